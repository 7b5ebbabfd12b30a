import { metaEn } from './meta.strings.en.js';
import type { statChartZh } from './stat-chart.strings.js';

export const statChartEn: Record<keyof typeof statChartZh, string> = {
  ...metaEn,
  'summary.series': '{label}: highest is {maxLabel} with {max}, lowest is {minLabel} with {min}',
  'summary.join': '; ',
  'summary.end': '.',
  'kind.month': 'Month',
  'kind.district': 'District',
  'kind.issue': 'Issue',
  'table.show': 'Show the table',
  'table.caption': '{label} (unit: {unit})',
  'csv.download': 'Download the table (CSV file)',
  'csv.key': 'Code',
  'interactive.open': 'Open the interactive chart',
  'interactive.loading': 'Opening the chart…',
  'interactive.close': 'Back to the simple chart',
  'interactive.failed': 'The interactive chart did not open. The chart and table above show the same figures.',
  'units.mixed': 'These figures have different units ({units}), so they cannot share one chart. Show them in separate charts.',
  'extras.failed': 'The table did not open; the network may be slow. Please try again later.',
};
