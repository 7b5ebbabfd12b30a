import type { Locale } from '../core/locale.js';
import { weeklyRows } from './weekly.js';
import type { WorkstationMapKey } from './workstation-map.strings.js';
import type { Schedule, Workstation } from './workstations.js';

/**
 * Pure code, no DOM: how a workstation is written out. Shared by the widget and the server-rendered page,
 * so the list reads the same with and without JavaScript.
 */
export type Translate = (key: WorkstationMapKey, values?: Record<string, string | number>) => string;

/** 1 January 2023 was a Sunday: day 0 of our week. */
const SUNDAY = Date.UTC(2023, 0, 1);

/** One formatter per language: making one costs more than using it, and every list item names weekdays. */
const weekdayFormats = new Map<Locale, Intl.DateTimeFormat>();

export function weekdayName(day: number, locale: Locale): string {
  let format = weekdayFormats.get(locale);
  if (!format) weekdayFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' })));
  return format.format(new Date(SUNDAY + day * 86_400_000));
}

/** "周一至周五 8:30–12:00、14:30–17:30" / "Mon to Fri 8:30–12:00, 14:30–17:30". */
export function hoursLines(schedules: readonly Schedule[], t: Translate, locale: Locale): string[] {
  return weeklyRows(schedules).map(({ days, hours }) => {
    const runs: number[][] = [];
    // Monday-first positions, so Mon…Fri is one run and Sunday comes last.
    for (const day of days) {
      const run = runs.at(-1);
      const position = (d: number) => (d + 6) % 7;
      if (run && position(day) === position(run.at(-1)!) + 1) run.push(day);
      else runs.push([day]);
    }
    const dayText = runs
      .map((run) =>
        run.length > 2
          ? t('hours.range', { from: weekdayName(run[0]!, locale), to: weekdayName(run.at(-1)!, locale) })
          : run.map((d) => weekdayName(d, locale)).join(t('hours.join')),
      )
      .join(t('hours.join'));
    return `${dayText} ${hours.join(t('hours.join'))}`;
  });
}

export function fullAddress(ws: Workstation, locale: Locale): string {
  const a = ws.address;
  return locale === 'en'
    ? `${a.address_1.en}, ${a.region.en}, ${a.city.en}, ${a.state_province.en}`
    : `${a.state_province['zh-CN']}${a.city['zh-CN']}${a.region['zh-CN']}${a.address_1['zh-CN']}`;
}
