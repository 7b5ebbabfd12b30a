import { LaStat } from './stat.js';

LaStat.define('la-stat');

declare global {
  interface HTMLElementTagNameMap {
    'la-stat': LaStat;
  }
}
