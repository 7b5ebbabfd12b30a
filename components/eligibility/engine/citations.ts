import type { Citation, Law } from './types.js';

/** Citations as a worker or a lawyer reads them, in Chinese (the official form) and English. */

const LAW_NAMES: Record<Law, [zh: string, en: string]> = {
  'legal-aid-law': ['中华人民共和国法律援助法', 'Legal Aid Law of the PRC'],
  'labour-dispute-law': ['中华人民共和国劳动争议调解仲裁法', 'Labour Dispute Mediation and Arbitration Law of the PRC'],
  'work-injury-regulation': ['工伤保险条例', 'Regulation on Work-Related Injury Insurance'],
  'wage-payment-regulation': ['保障农民工工资支付条例', 'Regulation on Ensuring Payment of Wages to Migrant Workers'],
  'labour-contract-law': ['中华人民共和国劳动合同法', 'Labour Contract Law of the PRC'],
  'social-insurance-law': ['中华人民共和国社会保险法', 'Social Insurance Law of the PRC'],
  'spc-labour-interpretation-1': [
    '最高人民法院关于审理劳动争议案件适用法律问题的解释（一）',
    "Supreme People's Court Interpretation (I) on Labour Dispute Cases",
  ],
  'spc-work-injury-provisions-2014': [
    '最高人民法院关于审理工伤保险行政案件若干问题的规定',
    "Supreme People's Court Provisions on Work-Injury Insurance Administrative Cases (2014)",
  ],
  'civil-code': ['中华人民共和国民法典', 'Civil Code of the PRC'],
  'mohrss-2016-29': [
    '人力资源社会保障部关于执行《工伤保险条例》若干问题的意见（二）（人社部发〔2016〕29号）',
    'MOHRSS Opinions (II) on Applying the Regulation on Work-Related Injury Insurance (2016 No. 29)',
  ],
  'criminal-law': ['中华人民共和国刑法', 'Criminal Law of the PRC'],
  'labour-law': ['中华人民共和国劳动法', 'Labour Law of the PRC'],
};

const DIGITS = '零一二三四五六七八九';

/** 1–999 in Chinese numerals as statutes write them: 十五, 四十二, 一百零五. */
export function chineseNumeral(n: number): string {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  let text = hundreds ? `${DIGITS[hundreds]}百` : '';
  if (tens) text += `${tens === 1 && !hundreds ? '' : DIGITS[tens]}十`;
  else if (hundreds && ones) text += '零';
  if (ones) text += DIGITS[ones];
  return text || DIGITS[0]!;
}

/**
 * 《中华人民共和国法律援助法》第四十二条第一款第（三）项 / Legal Aid Law of the PRC, article 42(1)(3);
 * an inserted article as the statute writes it: 《中华人民共和国刑法》第二百七十六条之一 / article 276-1.
 */
export function formatCitation(citation: Citation, locale: string): string {
  const [zh, en] = LAW_NAMES[citation.law];
  const { article, paragraph, item, sub } = citation;
  if (locale.startsWith('en')) {
    return `${en}, article ${article}${sub ? `-${sub}` : ''}${paragraph ? `(${paragraph})` : ''}${item ? `(${item})` : ''}`;
  }
  const n = chineseNumeral;
  return `《${zh}》第${n(article)}条${sub ? `之${n(sub)}` : ''}${paragraph ? `第${n(paragraph)}款` : ''}${item ? `第（${n(item)}）项` : ''}`;
}
