import type { Catalogue } from '../core/locale.js';

/** Words every statistics widget shows under its figures: period, source, freshness, sample data. */
const metaZh = {
  'meta.period': '统计时间：{start}至{end}',
  'meta.source': '来源：{source}',
  'meta.asOf': '数据截至{date}',
  'meta.nextUpdate': '下次更新：{date}',
  'meta.licence': '使用许可：{licence}',
  'meta.sample': '示例数据，不是司法局公布的数字',
  'meta.notFound': '数据里没有“{id}”这一项。',
};

export const metaStrings: Catalogue<typeof metaZh> = {
  'zh-CN': metaZh,
  en: {
    'meta.period': 'Period: {start} to {end}',
    'meta.source': 'Source: {source}',
    'meta.asOf': 'Data as of {date}',
    'meta.nextUpdate': 'Next update: {date}',
    'meta.licence': 'Licence: {licence}',
    'meta.sample': 'Sample data, not figures published by the bureau',
    'meta.notFound': 'The data has no item called "{id}".',
  },
};

const zh = {
  ...metaZh,
  definition: '统计口径（怎么算的）',
};

export const statStrings: Catalogue<typeof zh> = {
  'zh-CN': zh,
  en: {
    ...metaStrings.en,
    definition: 'What is counted',
  },
};
