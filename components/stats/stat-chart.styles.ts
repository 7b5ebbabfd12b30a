import { css } from '../core/css.js';
import { statusStyles } from '../core/status.styles.js';
import { tokens } from '../core/tokens.styles.js';
import { metaStyles } from './meta.styles.js';

export const statChartStyles = [
  tokens,
  statusStyles,
  metaStyles,
  css`
    p {
      margin: 0 0 var(--_space-2);
    }
    .chart-title {
      font-size: var(--_size-lg);
      font-weight: 700;
    }
    .chart-svg,
    .canvas-box {
      display: block;
      inline-size: 100%;
      max-inline-size: var(--la-stat-chart-max-width, 640px);
      block-size: auto;
    }
    .canvas-box {
      /* Chart.js sizes its canvas from this box; without position it can keep resizing itself. */
      position: relative;
    }
    .chart-svg text {
      fill: var(--_text);
    }
    .chart-svg .tick {
      fill: var(--_muted);
    }
    .grid {
      stroke: var(--la-stat-chart-grid, #d0d7de);
    }
    .baseline {
      stroke: var(--_text);
    }
    .line {
      fill: none;
      stroke-width: 2.5;
    }
    .chart-legend {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-2) var(--_space-4);
      padding: 0;
      list-style: none;
    }
    .chart-table-wrap {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      margin-block: var(--_space-2);
    }
    caption {
      text-align: start;
      font-weight: 600;
    }
    th,
    td {
      padding: var(--_space-1) var(--_space-3);
      border-block-end: 1px solid var(--la-stat-chart-grid, #d0d7de);
      text-align: start;
    }
    td {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-2);
      margin-block: var(--_space-3);
    }
    @media (forced-colors: active) {
      .chart-svg rect,
      .chart-svg circle {
        fill: CanvasText;
      }
      .chart-svg .line,
      .baseline {
        stroke: CanvasText;
      }
    }
  `,
];
