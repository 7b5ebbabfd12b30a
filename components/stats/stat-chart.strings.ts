import type { Catalogue } from '../core/locale.js';
import { metaStrings } from './meta.strings.js';

const zh = {
  ...metaStrings['zh-CN'],
  'summary.series': '{label}：{maxLabel}最多，{max}；{minLabel}最少，{min}',
  'summary.join': '；',
  'summary.end': '。',
  'kind.month': '月份',
  'kind.district': '镇街',
  'kind.issue': '事由',
  'table.show': '看数据表',
  'table.caption': '{label}（单位：{unit}）',
  'csv.download': '下载表格（CSV 文件）',
  'csv.key': '代码',
  'interactive.open': '打开可以点的图表',
  'interactive.loading': '正在打开图表…',
  'interactive.close': '换回简单的图',
  'interactive.failed': '可以点的图表打不开。上面的图和表格里的数字是一样的。',
  'units.mixed': '这些数字单位不同（{units}），不能画在一张图里。请分成几张图。',
  'extras.failed': '表格打不开，可能是网络不好。请稍后再试。',
};

export const statChartStrings: Catalogue<typeof zh> = {
  'zh-CN': zh,
  en: {
    ...metaStrings.en,
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
  },
};

export type StatChartMessages = typeof zh;
