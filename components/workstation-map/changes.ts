import { message } from '../core/core.strings.js';
import type { Locale } from '../core/locale.js';
import { cardExtrasStrings, type CardExtrasKey } from './card-extras.strings.js';
import { clock, minutes } from './weekly.js';
import type { Workstation } from './workstations.js';

/** "12月24日" / "24 December": a day of a workstation's own exception. */
const dayAndMonth = (date: string, locale: Locale) =>
  new Date(date).toLocaleDateString(locale === 'en' ? 'en-GB' : locale, { month: 'long', day: 'numeric', timeZone: 'UTC' });

/**
 * The workstation's own changes to its hours from `today` (YYYY-MM-DD) on, soonest first:
 * "12月24日不接待（镇里开普法大会）" / "24 December: closed (…)".
 */
export function changeLines({ exceptions, unreadable }: Workstation, locale: Locale, today: string): string[] {
  const t = (key: CardExtrasKey, values: Record<string, string>) => message(cardExtrasStrings, locale, key, values);
  const lines = exceptions
    .filter((e) => e.valid_to >= today)
    .sort((a, b) => a.valid_from.localeCompare(b.valid_from))
    .map(({ valid_from, valid_to, opens_at, closes_at, description }) => {
      const from = dayAndMonth(valid_from, locale);
      const days = valid_to === valid_from ? from : t('change.range', { from, to: dayAndMonth(valid_to, locale) });
      const text = opens_at
        ? t('change.hours', { days, hours: `${clock(minutes(opens_at))}–${clock(minutes(closes_at!))}` })
        : t('change.closed', { days });
      return description ? t('change.why', { text, why: description[locale] }) : text;
    });
  // Some could not be read (a partner's file): say so rather than show wrong hours.
  return unreadable ? [...lines, t('change.unreadable', {})] : lines;
}
