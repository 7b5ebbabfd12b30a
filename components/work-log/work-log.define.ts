import { LaWorkLog } from './work-log.js';

LaWorkLog.define('la-work-log');

declare global {
  interface HTMLElementTagNameMap {
    'la-work-log': LaWorkLog;
  }
}
