/**
 * What the lazily loaded parts (print, roster, forms, files) share with the first screen; each imports it
 * from here, not from its own module. A bundler puts a module in one chunk per set of entries that reach
 * it, so parts each reaching a different few of these split the widget's first download into five files
 * (≈ 570 B more gzip than one). Through this one module they all land in a single shared chunk.
 */
export { html, nothing, type TemplateResult } from 'lit-html';
export { css } from '../core/css.js';
export { formatYuan } from '../core/format.js';
export { interpolate, type Locale } from '../core/locale.js';
export {
  daysIn,
  employerOf,
  monthsIn,
  mergeLogs,
  saveEmployer,
  type DayEntry,
  type DayFields,
  type Employer,
  type Kept,
  type WorkLog,
} from './log-model.js';
export { summarise } from './summary.js';
export { loadRoster, saveRoster } from './log-store.js';
