import type { Catalogue } from '../../components/core/locale.js';

/** The site's own words (page chrome and the home page). Widgets carry their own catalogues. */
const zh = {
  'meta.description': '拖欠工资、工伤，农民工可以申请免费法律援助。查一查能不能申请、去哪里申请、要带什么。',
  'skip.link': '跳到正文',
  'header.hotline': '法律援助热线',
  'header.call': '拨打',
  'lang.switch': 'English',
  'nav.label': '主要栏目',
  'nav.home': '首页',
  'home.title': '农民工法律援助',
  'home.lead': '工资被拖欠、工伤，可以申请免费法律援助。',
  'home.hotlines': '有问题，先打电话',
  'home.figures': '我们做了什么',
  'home.figuresPeriod': '{start}至{end}',
  'home.figuresSource': '来源：{source}',
  'home.figuresAsOf': '数据截至{date}',
  'home.definition': '统计口径',
  'footer.runBy': '主办：{bureau}',
  'footer.centre': '{centre}',
  'footer.address': '地址：{address}',
  'footer.phone': '电话：',
  'footer.hours': '办公时间：{hours}',
  'footer.sample': '本站的工作站地址、电话等为示例数据，正式使用前由司法局替换。',
  'footer.privacy': '本站不用 Cookie，不记录您的任何信息。',
  'sample.badge': '示例',
};

export const siteStrings: Catalogue<typeof zh> = {
  'zh-CN': zh,
  en: {
    'meta.description':
      'Migrant workers with unpaid wages or a work injury can apply for free legal aid. Check if you can, where to go and what to bring.',
    'skip.link': 'Skip to main content',
    'header.hotline': 'Legal aid hotline',
    'header.call': 'Call',
    'lang.switch': '中文',
    'nav.label': 'Main sections',
    'nav.home': 'Home',
    'home.title': 'Legal aid for migrant workers',
    'home.lead': 'Unpaid wages or a work injury? You can apply for free legal aid.',
    'home.hotlines': 'Questions? Call first',
    'home.figures': 'What we have done',
    'home.figuresPeriod': '{start} to {end}',
    'home.figuresSource': 'Source: {source}',
    'home.figuresAsOf': 'Data as of {date}',
    'home.definition': 'What is counted',
    'footer.runBy': 'Run by {bureau}',
    'footer.centre': '{centre}',
    'footer.address': 'Address: {address}',
    'footer.phone': 'Phone: ',
    'footer.hours': 'Office hours: {hours}',
    'footer.sample':
      'Workstation addresses, phone numbers and similar details on this site are sample data until the bureau replaces them.',
    'footer.privacy': 'This site uses no cookies and records nothing about you.',
    'sample.badge': 'Sample',
  },
};
