import { coreEn } from '../core/core.strings.en.js';
import type { Catalogue } from '../core/locale.js';

/** Words every statistics widget shows under its figures: period, source, freshness, sample data. */
export const metaZh = {
  'meta.period': '统计时间：{start}至{end}',
  'meta.source': '来源：{source}',
  'meta.asOf': '数据截至{date}',
  'meta.sample': '示例数据，不是司法局公布的数字',
};

export const metaStrings: Catalogue<typeof metaZh> = {
  'zh-CN': metaZh,
  en: {
    ...coreEn,
    'meta.period': 'Period: {start} to {end}',
    'meta.source': 'Source: {source}',
    'meta.asOf': 'Data as of {date}',
    'meta.sample': 'Sample data, not figures published by the bureau',
  },
};
