import type { ClaimItem, ClaimItemId } from './claim.js';

/**
 * Each claim item's name and formula in words, Chinese first, so a worker can check the sum himself and
 * the papers can print it. `{name}` is replaced by the formatted number of that name.
 */
export const claimWords: Record<'zh-CN' | 'en', Record<ClaimItemId, { name: string; formula: string }>> = {
  'zh-CN': {
    'unpaid-wages': {
      name: '拖欠的工资',
      formula: '月工资{monthlyWage}×{unpaidMonths}个月＋日工资{dailyWage}×{unpaidDays}天－已付{paidSoFar}',
    },
    'double-wages': { name: '未签书面劳动合同的双倍工资差额', formula: '月工资{monthlyWage}×{months}个月（从第二个月起算，最多11个月）' },
    severance: { name: '经济补偿', formula: '月工资{monthlyWage}×{years}年（满6个月算1年，不满6个月算半年）' },
    'unlawful-dismissal': { name: '违法解除劳动合同的赔偿金', formula: '经济补偿的2倍：月工资{monthlyWage}×{years}年×2' },
    'injury-lump-sum': { name: '一次性伤残补助金', formula: '本人工资{monthlyWage}×{months}个月（{grade}级伤残）' },
    'injury-wages-while-off': { name: '停工留薪期工资', formula: '原工资{monthlyWage}×{months}个月' },
    'injury-medical-lump-sum': { name: '一次性工伤医疗补助金', formula: '本人工资{monthlyWage}×{months}个月（{grade}级伤残，按本省标准）' },
    'injury-employment-lump-sum': {
      name: '一次性伤残就业补助金',
      formula: '本人工资{monthlyWage}×{months}个月（{grade}级伤残，按本省标准）',
    },
    'death-lump-sum': { name: '一次性工亡补助金', formula: '上一年度全国城镇居民人均可支配收入{nationalUrbanIncome}×{times}倍' },
    funeral: { name: '丧葬补助金', formula: '上年度职工月平均工资{provincialAverageWage}×{months}个月' },
  },
  en: {
    'unpaid-wages': {
      name: 'Unpaid wages',
      formula: 'monthly wage {monthlyWage} × {unpaidMonths} months + daily wage {dailyWage} × {unpaidDays} days − paid {paidSoFar}',
    },
    'double-wages': {
      name: 'Double wages for no written contract (the extra wage)',
      formula: 'monthly wage {monthlyWage} × {months} months (from the second month, at most 11)',
    },
    severance: {
      name: 'Severance pay',
      formula: 'monthly wage {monthlyWage} × {years} years (6 months or more count as a year, less as half)',
    },
    'unlawful-dismissal': {
      name: 'Compensation for unlawful dismissal',
      formula: 'twice the severance: monthly wage {monthlyWage} × {years} years × 2',
    },
    'injury-lump-sum': { name: 'One-off disability grant', formula: 'own wage {monthlyWage} × {months} months (disability grade {grade})' },
    'injury-wages-while-off': { name: 'Wages while off work for treatment', formula: 'former wage {monthlyWage} × {months} months' },
    'injury-medical-lump-sum': {
      name: 'One-off injury medical grant',
      formula: 'own wage {monthlyWage} × {months} months (grade {grade}, by the provincial standard)',
    },
    'injury-employment-lump-sum': {
      name: 'One-off disability employment grant',
      formula: 'own wage {monthlyWage} × {months} months (grade {grade}, by the provincial standard)',
    },
    'death-lump-sum': {
      name: 'One-off death grant',
      formula: "last year's national urban per-capita disposable income {nationalUrbanIncome} × {times}",
    },
    funeral: { name: 'Funeral grant', formula: "last year's average monthly wage {provincialAverageWage} × {months} months" },
  },
};

/** An item's name and its formula with the numbers filled in, in the page's language. */
export function formatClaimBasis(item: ClaimItem, locale: string): { name: string; formula: string } {
  const words = claimWords[locale.startsWith('en') ? 'en' : 'zh-CN'][item.id];
  const number = new Intl.NumberFormat(locale.startsWith('en') ? 'en' : 'zh-CN', { maximumFractionDigits: 2 });
  // A term whose numbers are all zero (no days owed, nothing paid yet) is left out: 「月工资6,000×2个月」.
  const terms = words.formula.split(/(?=[＋－]| [+−] )/).filter((term) => {
    const keys = [...term.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
    return !keys.length || keys.some((key) => (item.basis.numbers[key] ?? 0) !== 0);
  });
  const formula = terms
    .join('')
    .replace(/^(＋| \+ )/, '')
    .replace(/\{(\w+)\}/g, (_, key: string) => number.format(item.basis.numbers[key] ?? 0));
  return { name: words.name, formula };
}
