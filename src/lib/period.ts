import type { Locale } from '../../components/core/locale.js';
import { formatDate } from '../../components/core/format.js';

/**
 * A report's period as people say it: 2023年上半年 / the first half of 2023, 2023年 / 2023, otherwise the two
 * dates. Pure, so a build test can check it.
 */
export function periodName(start: string, end: string, locale: Locale): string {
  const [y1, m1d1, y2, m2d2] = [start.slice(0, 4), start.slice(5), end.slice(0, 4), end.slice(5)];
  const en = locale === 'en';
  if (y1 === y2 && m1d1 === '01-01' && m2d2 === '06-30') return en ? `the first half of ${y1}` : `${y1}年上半年`;
  if (y1 === y2 && m1d1 === '07-01' && m2d2 === '12-31') return en ? `the second half of ${y1}` : `${y1}年下半年`;
  if (y1 === y2 && m1d1 === '01-01' && m2d2 === '12-31') return en ? y1 : `${y1}年`;
  return en ? `${formatDate(start, locale)} to ${formatDate(end, locale)}` : `${formatDate(start, locale)}至${formatDate(end, locale)}`;
}

/**
 * The day after which a report's figures are out of date: its own next update, or a year after its period
 * ended when it names none.
 */
export function staleAfter(report: { period: { end: string }; nextUpdate?: string }): string {
  if (report.nextUpdate) return report.nextUpdate;
  return `${Number(report.period.end.slice(0, 4)) + 1}${report.period.end.slice(4)}`;
}
