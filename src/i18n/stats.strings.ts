import type { Catalogue } from '../../components/core/locale.js';

/** The /stats/ page's own words; the figures and charts bring their widgets' catalogues. */
const zh = {
  'stats.title': '法律援助做了什么：数字',
  'stats.lead': '2023年上半年，我们帮农民工办案、答疑、追回工钱。下面的数字来自司法局的工作总结。',
  'stats.figures': '上半年的主要数字',
  'stats.charts': '分月份、分镇街、分事由看',
  'stats.chartsNote': '下面的图是示例数据，只为演示图表怎么显示，不是司法局公布的数字。',
  'stats.data': '下载全部数据',
  'stats.dataLead': '记者、研究人员和上级部门可以下载全部数字，每一行都写明了来源、统计时间和统计口径。',
  'stats.json': '全部数据（JSON 格式）',
  'stats.csv': '全部数据（CSV 表格，可用 Excel、WPS 打开）',
  'stats.licence': '使用许可：{licence}。引用时请注明来源。',
};

export const statsPageStrings: Catalogue<typeof zh> = {
  'zh-CN': zh,
  en: {
    'stats.title': 'What legal aid has done: the figures',
    'stats.lead':
      'In the first half of 2023 we took on cases, answered questions and recovered wages for migrant workers. These figures come from the justice bureau’s report.',
    'stats.figures': 'The main figures for the half-year',
    'stats.charts': 'By month, district and issue',
    'stats.chartsNote': 'The charts below use sample data, only to show how the charts work. They are not figures published by the bureau.',
    'stats.data': 'Download all the data',
    'stats.dataLead':
      'Journalists, researchers and supervising departments can download every figure; each line gives its source, period and what is counted.',
    'stats.json': 'All the data (JSON)',
    'stats.csv': 'All the data (CSV table, opens in Excel or WPS)',
    'stats.licence': 'Licence: {licence}. Please name the source when you use it.',
  },
};
