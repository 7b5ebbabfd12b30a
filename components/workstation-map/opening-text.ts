import { message } from '../core/core.strings.js';
import type { Locale } from '../core/locale.js';
import type { OpeningState } from './opening-hours.js';
import { openingStrings } from './opening-text.strings.js';
import { weekdayName } from './present.js';

/** "10月9日周五" / "Fri, Oct 9": a day beyond this week, or after a holiday. */
const shortDate = (date: string, locale: Locale) =>
  new Date(date).toLocaleDateString(locale, { month: 'short', day: 'numeric', weekday: 'short', timeZone: 'UTC' });

/** What the card says about now: open, closing soon, or when it opens (after a holiday or its own closure). */
export function openingText(state: OpeningState, locale: Locale): string {
  const t = (key: keyof typeof openingStrings.en, values?: Record<string, string>) => message(openingStrings, locale, key, values);
  if (state.open) return t(state.soon ? 'open.soon' : 'open.now', { time: state.closesAt });
  if ('never' in state) return t('open.never');
  const time = state.opensAt;
  if (state.holiday) return t('open.holiday', { name: state.holiday[locale], day: shortDate(state.date, locale), time });
  if (state.ownClosure) return t('open.closedToday', { day: shortDate(state.date, locale), time });
  if (state.inDays === 0) return t('open.today', { time });
  if (state.inDays === 1) return t('open.tomorrow', { time });
  return t('open.later', { day: state.inDays < 7 ? weekdayName(state.weekday, locale) : shortDate(state.date, locale), time });
}
