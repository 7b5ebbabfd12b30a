/** Words every statistics widget shows under its figures: period, source, freshness, sample data. */
export const metaZh = {
  'meta.period': '统计时间：{start}至{end}',
  'meta.source': '来源：{source}',
  'meta.asOf': '数据截至{date}',
  'meta.sample': '示例数据，不是司法局公布的数字',
};
