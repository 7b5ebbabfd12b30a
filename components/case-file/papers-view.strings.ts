import type { Locale } from '../core/locale.js';

/**
 * The words of the amounts and papers screens, in both languages, loaded with them (papers-view.ts) rather
 * than with the first question: the entry stays within its budget. Looked up before the widget's own words.
 */
const zh = {
  'error.claim': '算不出金额：{problem}',
  'q.amounts': '请核对一下这些钱',
  'hint.amounts': '下面是按您说的情况算的。每一项写了怎么算的，不对就点“上一步”改。',
  'amounts.total': '合计',
  'amounts.final': '这一项一裁终局：裁决后老板不能再起诉，只能在30天内申请撤销；您不服，可以在15天内起诉。',
  'amounts.missing': '还算不了：缺{what}。到工作站补上。',
  'amounts.none': '还算不出金额。把工资和时间告诉工作站的律师，他们会帮您算。',
  'amounts.unverified': '当地标准还没有核对过，以工作站核对为准。',
  'missing.monthlyWage': '月工资',
  'missing.dailyWage': '日工资',
  'missing.startedWork': '开始干活的日期',
  'missing.employmentEnded': '不干的日期',
  'missing.injury.monthlyWage': '受伤前的工资',
  'missing.injury.grade': '伤残等级',
  'q.papers': '您的材料准备好了',
  'papers.lead': '材料是中文的，要交给中国的机关。请带到法律援助工作站，核对以后再签名。',
  'papers.count': '共{count}份材料',
  'papers.print': '打印',
  'papers.picture': '存成图片',
  'papers.pictureAlt': '{title}的图片',
  'papers.pictureHint': '长按图片可以保存到手机或发给别人。',
  'papers.edit': '改一下回答',
} as const;

const en: Record<keyof typeof zh, string> = {
  'error.claim': 'The amounts could not be worked out: {problem}',
  'q.amounts': 'Please check these amounts',
  'hint.amounts': 'Worked out from what you said. Each shows how; if something is wrong, go Back and change it.',
  'amounts.total': 'Total',
  'amounts.final':
    'The award on this item is final for the employer: he cannot sue, only ask within 30 days to set it aside; if you disagree, you can sue within 15 days.',
  'amounts.missing': 'Cannot be worked out yet: {what} is missing. Add it at the workstation.',
  'amounts.none': 'No amount can be worked out yet. Tell the workstation lawyer your wage and dates; they will work it out.',
  'amounts.unverified': 'The local figures have not been checked yet: the workstation has the last word.',
  'missing.monthlyWage': 'the monthly wage',
  'missing.dailyWage': 'the daily wage',
  'missing.startedWork': 'the start date',
  'missing.employmentEnded': 'the date you stopped',
  'missing.injury.monthlyWage': 'the wage before the injury',
  'missing.injury.grade': 'the disability grade',
  'q.papers': 'Your papers are ready',
  'papers.lead':
    'The papers are in Chinese, because they go to Chinese authorities. Take them to a legal-aid workstation; sign them after they are checked there.',
  'papers.count': '{count} papers',
  'papers.print': 'Print',
  'papers.picture': 'Save as a picture',
  'papers.pictureAlt': 'Picture of the {title}',
  'papers.pictureHint': 'Press and hold the picture to save it or send it.',
  'papers.edit': 'Change my answers',
};

export const papersViewWords: Record<Locale, Record<string, string>> = { 'zh-CN': zh, en };
