import type { Locale } from '../core/locale.js';
import { wgs84ToGcj02 } from './gcj02.js';
import { weeklyRows, type OpeningState } from './opening-hours.js';
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

/** "10月9日周五" / "Fri, Oct 9": a day beyond this week, or after a holiday. */
const shortDate = (date: string, locale: Locale) =>
  new Date(date).toLocaleDateString(locale, { month: 'short', day: 'numeric', weekday: 'short', timeZone: 'UTC' });

export function openingText(state: OpeningState, t: Translate, locale: Locale): string {
  if (state.open) return t(state.soon ? 'open.soon' : 'open.now', { time: state.closesAt });
  if ('never' in state) return t('open.never');
  const time = state.opensAt;
  if (state.holiday) return t('open.holiday', { name: state.holiday[locale], day: shortDate(state.date, locale), time });
  if (state.inDays === 0) return t('open.today', { time });
  if (state.inDays === 1) return t('open.tomorrow', { time });
  return t('open.later', { day: state.inDays < 7 ? weekdayName(state.weekday, locale) : shortDate(state.date, locale), time });
}

export function fullAddress(ws: Workstation, locale: Locale): string {
  const a = ws.address;
  return locale === 'en'
    ? `${a.address_1.en}, ${a.region.en}, ${a.city.en}, ${a.state_province.en}`
    : `${a.state_province['zh-CN']}${a.city['zh-CN']}${a.region['zh-CN']}${a.address_1['zh-CN']}`;
}

/**
 * Directions to the workstation from where the phone is, by public transport, in the phone's map app (its
 * web page without one). All three apps draw in GCJ-02: the point is shifted from our WGS-84 here, and
 * Baidu, whose own datum is BD-09, is told so with coord_type. Plain links: nothing is requested until tapped.
 */
export function navigationLinks(ws: Workstation, locale: Locale): { amap: string; tencent: string; baidu: string } | undefined {
  if (!ws.location) return undefined;
  const { lat, lng } = wgs84ToGcj02({ lat: ws.location.latitude, lng: ws.location.longitude });
  const to = `${lat.toFixed(6)},${lng.toFixed(6)}`;
  const name = encodeURIComponent(ws.name[locale]);
  return {
    amap: `https://uri.amap.com/navigation?to=${lng.toFixed(6)},${lat.toFixed(6)},${name}&mode=bus&coordinate=gaode&callnative=1&src=legal-aid-kit`,
    tencent: `https://apis.map.qq.com/uri/v1/routeplan?type=bus&to=${name}&tocoord=${to}&referer=legal-aid-kit`,
    baidu: `https://api.map.baidu.com/direction?origin=${encodeURIComponent('我的位置')}&destination=latlng:${to}|name:${name}&coord_type=gcj02&mode=transit&region=${encodeURIComponent(ws.address.city['zh-CN'])}&output=html&src=legal-aid-kit`,
  };
}
