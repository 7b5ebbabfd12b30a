export { nearestLang } from './lang.js';
export { type DataState } from './data-reader.js';
export { LaElement, type PropertyValues } from './element.js';
export { LaDataElement } from './data-element.js';
export { litRenderer } from './lit-renderer.js';
export { state, attribute } from './reactive.js';
export { h, type Child } from './dom.js';
export { defineElement } from './define.js';
export { DataReader, type DataReport } from './data-reader.js';
export { fetchJson, sharedFetch, LoadFailure } from './fetch-json.js';
export { LaEvent, LaDataErrorEvent, LaDataReadyEvent, type DataErrorDetail, type DataErrorKind } from './events.js';
export {
  resolveLocale,
  fallbackChain,
  translator,
  interpolate,
  DEFAULT_LOCALE,
  type Locale,
  type Catalogue,
  type Messages,
} from './locale.js';
export { formatNumber, formatYuan, formatDate, parseIsoDate } from './format.js';
export { Checker, DataValidationError, type Problem } from './validate.js';
export { css, unsafeCSS, adoptStyles, CSSResult, type CSSResultGroup } from './css.js';
export { tokens, baseTokens } from './tokens.styles.js';
export { buttonStyles } from './button.styles.js';
export { statusStyles } from './status.styles.js';
export { VERSION } from './version.js';
