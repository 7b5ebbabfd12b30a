import type { Locale } from '../core/locale.js';
import { chartGeometry, type ChartGeometry, type ChartType } from './chart-geometry.js';
import { formatFigure, formatTick } from './format.js';
import type { Series } from './indicators.js';
import type { StatChartMessages } from './stat-chart.strings.js';

/** Pure code, no DOM: what a chart shows and says at first sight, its geometry and one-sentence summary. */

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
