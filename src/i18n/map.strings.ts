import type { Catalogue } from '../../components/core/locale.js';

/** Words of the /map/ page itself; each workstation is written with the widget's own catalogue. */
const zh = {
  title: '找法律援助工作站',
  lead: '工资被拖欠、工伤，可以到离您最近的工作站申请免费法律援助。去之前可以先打电话。',
  noscript: '下面是全部工作站。打开浏览器的脚本功能，可以按问题筛选、按远近排列、看地图。',
};

export const mapStrings: Catalogue<typeof zh> = {
  'zh-CN': zh,
  en: {
    title: 'Find a legal-aid workstation',
    lead: 'Unpaid wages or a work injury? Apply for free legal aid at the workstation nearest to you. You can call before you go.',
    noscript: 'Below are all the workstations. With scripts turned on you can filter by problem, sort by distance and see a map.',
  },
};
