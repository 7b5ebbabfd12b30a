import type { Cell } from './csv.js';
import type { StatsReport } from './indicators.js';

/** Pure code, no DOM: the flat table behind every figure and chart, published as /data/stats.csv. */

export const STATS_CSV_HEADER = [
  'kind',
  'id',
  'label_zh',
  'label_en',
  'category',
  'category_zh',
  'category_en',
  'value',
  'unit',
  'qualifier',
  'period_start',
  'period_end',
  'source_zh',
  'source_en',
  'last_updated',
  'next_update',
  'licence',
  'sample',
] as const;

/** One line per indicator and one per point of each series, every line carrying its source and period. */
export function statsTable(reports: readonly StatsReport[]): Cell[][] {
  const rows: Cell[][] = [[...STATS_CSV_HEADER]];
  for (const report of reports) {
    for (const row of report.indicators) {
      rows.push(['indicator', row.id, row.label['zh-CN'], row.label.en, '', '', '', row.value, row.unit, row.qualifier, ...metaCells(row)]);
    }
    for (const series of report.series) {
      for (const point of series.points) {
        rows.push([
          `series-${series.kind}`,
          series.id,
          series.label['zh-CN'],
          series.label.en,
          point.key,
          point.label['zh-CN'],
          point.label.en,
          point.value,
          series.unit,
          'exact',
          ...metaCells(series),
        ]);
      }
    }
  }
  return rows;
}

function metaCells(row: StatsReport['indicators'][number] | StatsReport['series'][number]): Cell[] {
  return [
    row.period.start,
    row.period.end,
    row.source['zh-CN'],
    row.source.en,
    row.lastUpdated,
    row.nextUpdate ?? '',
    row.licence,
    row.sample,
  ];
}
