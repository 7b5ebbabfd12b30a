import type { Catalogue } from '../../components/core/locale.js';

/** The /papers/ page: what every visitor gets, with or without JavaScript. */
const zh = {
  title: '准备申请材料',
  lead: '在手机上写好申请法律援助和劳动仲裁的材料，带到法律援助工作站核对后再交。',
  privacy: '您填的内容只在这部手机上，不会发送到任何地方。',
  'papers.heading': '要准备的材料',
  'papers.aid': '法律援助申请表：农民工讨薪、要工伤赔偿，不用查经济困难。',
  'papers.arbitration': '劳动人事争议仲裁申请书：写清楚要多少钱、为什么；被申请人有几个，就多交几份副本。',
  'papers.evidence': '证据清单：您手上有哪些证据，还缺什么。',
  'papers.injury': '受了工伤的：工伤认定申请，受伤后1年内交给人社局。',
  'call.heading': '不会写，先打电话问',
  'call.12348': '12348 法律服务热线：免费问律师',
  'call.check': '先查一查能不能申请法律援助',
  basis: '法律依据：{citations}',
};

export const papersStrings: Catalogue<typeof zh> = {
  'zh-CN': zh,
  en: {
    title: 'Prepare your papers',
    lead: 'Write the papers for legal aid and labour arbitration on your phone, and take them to a legal-aid workstation to be checked before you hand them in.',
    privacy: 'What you write stays on this phone. Nothing is sent anywhere.',
    'papers.heading': 'The papers you need',
    'papers.aid': 'The legal-aid application: migrant workers claiming wages or injury compensation have no income check.',
    'papers.arbitration': 'The labour arbitration application: how much you claim and why, with one extra copy for each respondent.',
    'papers.evidence': 'The evidence list: what you have and what is missing.',
    'papers.injury': 'If you were hurt at work: the work-injury recognition application, within one year of the injury.',
    'call.heading': 'Not sure? Call first',
    'call.12348': '12348 legal services hotline: free advice from a lawyer',
    'call.check': 'First check whether you can get legal aid',
    basis: 'Legal basis: {citations}',
  },
};
