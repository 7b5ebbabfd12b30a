/**
 * Messages of <la-rights-faq> in Chinese. Each language loads on demand (the server answers stay readable
 * meanwhile); English (rights-faq.strings.en.ts) is typed against this, so a missing English message fails
 * the build.
 */
export const zh = {
  'search.label': '搜索问题',
  'search.hint': '输入几个字，比如“欠薪”“受伤”“合同”',
  'filter.label': '按问题类型看',
  'filter.all': '全部',
  'issue.unpaid-wages': '拖欠工资',
  'issue.work-injury': '工伤',
  'issue.confirm-employment': '确认劳动关系',
  'issue.double-wages': '双倍工资',
  'issue.social-insurance': '社保',
  'issue.project-payment': '工程款',
  'issue.labour-arbitration': '劳动仲裁',
  'issue.legal-aid': '法律援助',
  // Plural forms (pluralKey in core/locale.ts): Chinese says them one way, English needs "one" apart.
  'results.count.one': '找到{count}个问题',
  'results.count.other': '找到{count}个问题',
  'results.all.one': '共{count}个问题',
  'results.all.other': '共{count}个问题',
  'results.none': '没有找到相关的问题。',
  'results.try': '试试这些词：',
  'results.suggestions': '欠薪,工伤,没签合同,仲裁,要带什么',
  'empty.faq': '这里还没有问题和回答。',
  'answer.basis': '法律依据',
  'answer.reviewed': '核对日期：{date}',
  'answer.next': '下一步',
  'answer.check': '查一查我能不能申请法律援助',
  'answer.map': '找最近的法律援助工作站',
  'action.copy': '复制链接',
  'action.copied': '链接已复制',
  'action.copyFailed': '没能复制，请长按这个链接复制：{url}',
  'action.read': '读给我听',
  'action.stop': '停止朗读',
};

export type RightsFaqMessageKey = keyof typeof zh;
export type RightsFaqMessages = Record<RightsFaqMessageKey, string>;
