import type { Locale } from '../core/locale.js';
import type { Translate } from './chart-summary.js';
import type { Cell } from './csv.js';
import { unitWord } from './format.js';
import type { Series } from './indicators.js';

/** Pure code, no DOM: the rows behind a chart, for its table view and its CSV download. */

/** A column title with its unit: 案件（件） / Cases (cases). */
function withUnit(s: Series, locale: Locale): string {
  return locale === 'en' ? `${s.label.en} (${unitWord(s.unit, 'en')})` : `${s.label['zh-CN']}（${unitWord(s.unit, 'zh-CN')}）`;
}

/** The table behind the chart: a header row, then one row per category with a cell per series. */
export function chartTable(series: readonly Series[], locale: Locale, t: Translate): { head: string[]; rows: string[][] } {
  const first = series[0]!;
  return {
    head: [t(`kind.${first.kind}`), ...series.map((s) => withUnit(s, locale))],
    rows: first.points.map((point, i) => [
      point.label[locale],
      ...series.map((s) => new Intl.NumberFormat(locale).format(s.points[i]!.value)),
    ]),
  };
}

/** The CSV a reader downloads: stable codes, labels in the reader's language, plain numbers. */
export function chartCsv(series: readonly Series[], locale: Locale, t: Translate): Cell[][] {
  const first = series[0]!;
  const head: Cell[] = [t('csv.key'), t(`kind.${first.kind}`), ...series.map((s) => withUnit(s, locale))];
  return [head, ...first.points.map((point, i) => [point.key, point.label[locale], ...series.map((s) => s.points[i]!.value)])];
}

/** A file name for the download: the series ids, safe on every system. */
export function csvFileName(series: readonly Series[]): string {
  return `${series.map((s) => s.id).join('+')}.csv`;
}
