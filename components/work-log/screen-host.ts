import type { Locale } from '../core/locale.js';
import type { WorkLog } from './log-model.js';
import type { WorkLogKey } from './work-log.strings.js';

/**
 * What a lazily loaded screen (the printable record, the roster, exit and clear) gets from <la-work-log>: a
 * file of its own, so those screens depend on this and not on the element.
 */
export interface ScreenHost {
  log: WorkLog;
  locale: Locale;
  today: string;
  now(): string;
  t(key: WorkLogKey, values?: Record<string, string | number>): string;
  date(value: string): string;
  back(): void;
  /** Deletes everything stored and returns to an empty log, saying `notice`. */
  clear(notice: string): void;
  requestUpdate(): void;
}
