import { LaStatChart } from './stat-chart.js';

LaStatChart.define('la-stat-chart');

declare global {
  interface HTMLElementTagNameMap {
    'la-stat-chart': LaStatChart;
  }
}
