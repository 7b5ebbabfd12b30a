import type { LoadedCatalogue } from '../core/locale.js';
import { metaZh } from './meta.strings.js';

export const statChartZh = {
  ...metaZh,
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

/** What `<la-stat-chart>` ships: the Chinese; the English loads on an English page. */
export const statChartWords: LoadedCatalogue<typeof statChartZh> = { 'zh-CN': statChartZh };
export const statChartLazyWords = { en: () => import('./stat-chart.strings.en.js').then((m) => m.statChartEn) };

export type StatChartMessages = typeof statChartZh;
