import type { Locale } from '../core/locale.js';
import { chartGeometry, type ChartGeometry, type ChartType } from './chart-geometry.js';
import type { Cell } from './csv.js';
import { formatFigure, formatTick, unitWord } from './format.js';
import type { Series } from './indicators.js';
import type { StatChartMessages } from './stat-chart.strings.js';

/**
 * Pure code, no DOM: what a chart of one or more series says, shared by the build-time SVG on the site
 * and by <la-stat-chart>: the geometry, the one-sentence summary, the table and the CSV.
 */

export type Translate = (key: keyof StatChartMessages & string, values?: Record<string, string | number>) => string;

/** Series with different units on one axis would mislead: a chart refuses them. */
export class MixedUnitsError extends Error {
  constructor(readonly units: string[]) {
    super(`series with different units cannot share one chart: ${units.join(', ')}`);
    this.name = 'MixedUnitsError';
  }
}

/** Throws MixedUnitsError unless every series has the same unit and the same categories. */
export function assertChartable(series: readonly Series[]): void {
  const units = [...new Set(series.map((s) => s.unit))];
  if (units.length > 1) throw new MixedUnitsError(units);
  const keys = series[0]?.points.map((p) => p.key).join('\n');
  if (series.some((s) => s.points.map((p) => p.key).join('\n') !== keys)) {
    throw new Error(`series ${series.map((s) => s.id).join(', ')} do not share the same categories`);
  }
}

/** Months read best left to right; long district and issue names read best down the side. */
export function chartGeometryFor(series: readonly Series[], type: ChartType, locale: Locale, width?: number): ChartGeometry {
  const first = series[0]!;
  return chartGeometry({
    type,
    orientation: first.kind === 'month' ? 'vertical' : 'horizontal',
    categories: first.points.map((p) => p.label[locale]),
    series: series.map((s) => s.points.map((p) => p.value)),
    formatTick: (v) => formatTick(v, locale),
    width,
  });
}

/** One sentence: for each series, where it is highest and lowest. */
export function chartSummary(series: readonly Series[], locale: Locale, t: Translate): string {
  const parts = series.map((s) => {
    const byValue = [...s.points].sort((a, b) => b.value - a.value);
    const max = byValue[0]!;
    const min = byValue[byValue.length - 1]!;
    return t('summary.series', {
      label: s.label[locale],
      maxLabel: max.label[locale],
      max: formatFigure(max.value, s.unit, 'exact', locale).spoken,
      minLabel: min.label[locale],
      min: formatFigure(min.value, s.unit, 'exact', locale).spoken,
    });
  });
  return parts.join(t('summary.join')) + t('summary.end');
}

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
