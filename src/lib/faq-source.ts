import type { Locale } from '../../components/core/locale.js';
import { Checker } from '../../components/core/validate.js';
import type { SwitchId } from '../../components/eligibility/engine/packs.js';
import { parseFaqEntry, type FaqEntry } from '../../components/rights-faq/faq-data.js';
import { parseMarkdown, resolveConditions } from '../../components/rights-faq/markdown.js';

/**
 * One content/faq/<id>.md file: front matter (`key: value` lines), then the answer under `# zh-CN` and
 * again under `# en`. Pure: the content loader uses it and so can a test.
 *
 *     ---
 *     id: boss-wont-pay
 *     order: 10
 *     issues: unpaid-wages, legal-aid
 *     question.zh-CN: 老板不给工资，怎么办？
 *     question.en: My boss won't pay me. What can I do?
 *     synonyms.zh-CN: 欠薪, 讨薪
 *     synonyms.en: unpaid wages, back pay
 *     basis: wage-regulations 10
 *     reviewed: 2026-11-20
 *     ---
 *
 * An answer may hold conditional blocks (`::: if sameDayGreenChannel` … `:::`, components/rights-faq/markdown.ts):
 * they are resolved here against the switches of the site's region, so what is published says only what
 * holds there. A block naming a switch the rule packs do not know stops the build naming the file.
 */

/** Laws cited by the FAQ, by the short key the files use. */
export const LAWS: Record<string, Record<Locale, string>> = {
  'legal-aid-law': { 'zh-CN': '中华人民共和国法律援助法', en: 'Legal Aid Law of the PRC' },
  'legal-aid-regulations': { 'zh-CN': '法律援助条例', en: 'Regulations on Legal Aid (2003)' },
  'arbitration-law': { 'zh-CN': '劳动争议调解仲裁法', en: 'Labour Dispute Mediation and Arbitration Law' },
  'contract-law': { 'zh-CN': '劳动合同法', en: 'Labour Contract Law' },
  'labour-law': { 'zh-CN': '中华人民共和国劳动法', en: 'Labour Law of the PRC' },
  'wage-payment-provisions': { 'zh-CN': '工资支付暂行规定', en: 'Provisional Regulations on Wage Payment (1994)' },
  'contract-law-rules': { 'zh-CN': '劳动合同法实施条例', en: 'Implementing Regulations of the Labour Contract Law' },
  'wage-regulations': { 'zh-CN': '保障农民工工资支付条例', en: 'Regulations on Ensuring Payment of Wages to Migrant Workers' },
  'injury-regulations': { 'zh-CN': '工伤保险条例', en: 'Regulations on Work-Related Injury Insurance' },
  'social-insurance-law': { 'zh-CN': '社会保险法', en: 'Social Insurance Law' },
  'spc-labour-interpretation': {
    'zh-CN': '最高人民法院关于审理劳动争议案件适用法律问题的解释（一）',
    en: "Supreme People's Court Interpretation (1) on Labour Dispute Cases",
  },
  'spc-injury-rules': {
    'zh-CN': '最高人民法院关于审理工伤保险行政案件若干问题的规定',
    en: "Supreme People's Court Rules on Work-Injury Insurance Administrative Cases",
  },
  'civil-code': { 'zh-CN': '民法典', en: 'Civil Code' },
  'court-fees-measures': { 'zh-CN': '诉讼费用交纳办法', en: 'Measures on the Payment of Litigation Costs' },
  'mohrss-2016-29': {
    'zh-CN': '人力资源社会保障部关于执行《工伤保险条例》若干问题的意见（二）（人社部发〔2016〕29号）',
    en: 'MOHRSS Opinions (II) on Applying the Regulations on Work-Related Injury Insurance (2016 No. 29)',
  },
  'criminal-law': { 'zh-CN': '刑法', en: 'Criminal Law' },
  'inspection-regulations': { 'zh-CN': '劳动保障监察条例', en: 'Regulations on Labour Security Inspection' },
};

const ZH_DIGITS = '零一二三四五六七八九';

/**
 * An article as the files write it: "42", an item "42(3)", a paragraph "30p2", both "44p1(1)", an inserted
 * article "276-1". In Chinese 第42条第3项, 第30条第2款, 第44条第1款第1项, 第276条之一 (as the statute writes
 * it); in English art. 42(3), art. 30(2), art. 44(1)(1), art. 276-1.
 */
const ARTICLE = /^(\d+)(?:-([1-9]))?(?:p(\d+))?(?:\((\d+)\))?$/;

export function formatArticle(article: string, locale: Locale): string {
  const m = ARTICLE.exec(article);
  if (!m) return locale === 'en' ? `art. ${article}` : article;
  const [, n, sub, paragraph, item] = m;
  if (locale === 'en') return `art. ${n}${sub ? `-${sub}` : ''}${paragraph ? `(${paragraph})` : ''}${item ? `(${item})` : ''}`;
  return `第${n}条${sub ? `之${ZH_DIGITS[Number(sub)]}` : ''}${paragraph ? `第${paragraph}款` : ''}${item ? `第${item}项` : ''}`;
}

export interface FaqSource {
  order: number;
  entries: Record<Locale, FaqEntry>;
}

const list = (value: string | undefined) =>
  value
    ?.split(/[,，、]/)
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * Parses and validates one file; throws DataValidationError listing every bad field. `switches` are the rule
 * pack's switches for the site's region on the build day (resolveParameters(…).switches); conditional
 * blocks are resolved against them.
 */
export function parseFaqSource(text: string, where: string, switches: Readonly<Record<SwitchId, boolean>>): FaqSource {
  const check = new Checker();
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
  if (!match) {
    check.fail('(front matter)', 'must start the file between two lines of ---');
    check.done(null, where);
  }
  const meta: Record<string, string> = {};
  const cites: string[] = [];
  for (const line of match![1]!.split(/\r?\n/)) {
    const kv = /^([\w.-]+):\s*(.*)$/.exec(line);
    if (!kv) continue;
    if (kv[1] === 'basis') cites.push(kv[2]!.trim());
    else meta[kv[1]!] = kv[2]!.trim();
  }
  const sections: Record<string, string> = {};
  for (const part of match![2]!.split(/^# (?=zh-CN$|en$)/m).slice(1)) {
    const [lang, ...body] = part.split('\n');
    sections[lang!.trim()] = body.join('\n').trim();
  }
  const basisFor = (locale: Locale) =>
    cites.map((cite, i) => {
      const [, law = '', article = ''] = /^(\S+)\s+(\S+)$/.exec(cite) ?? [];
      if (locale === 'zh-CN' && !LAWS[law])
        check.fail(`basis.${i}`, `must be "<law> <article>" with a law among ${Object.keys(LAWS).join(', ')}`);
      else if (locale === 'zh-CN' && !ARTICLE.test(article))
        check.fail(`basis.${i}`, `"${article}" must be an article as 42, 42(3), 30p2, 44p1(1) or 276-1`);
      return { law: LAWS[law]?.[locale] ?? '', article: article && formatArticle(article, locale) };
    });
  const entries = {} as Record<Locale, FaqEntry>;
  const named: Partial<Record<Locale, string>> = {};
  for (const locale of ['zh-CN', 'en'] as const) {
    const field = locale === 'zh-CN' ? 'answer' : 'en.answer';
    const resolved = sections[locale] === undefined ? undefined : resolveConditions(sections[locale], switches);
    resolved?.problems.forEach((problem) => check.fail(field, problem));
    named[locale] = resolved?.names.slice().sort().join(', ');
    const raw = {
      id: meta['id'],
      question: meta[`question.${locale}`],
      answer: resolved?.text.trim(),
      issues: list(meta['issues']) ?? meta['issues'],
      synonyms: list(meta[`synonyms.${locale}`]) ?? [],
      basis: basisFor(locale),
      reviewed: meta['reviewed'],
    };
    const inner = check.nested(locale === 'zh-CN' ? '' : 'en');
    entries[locale] = parseFaqEntry(raw, locale === 'zh-CN' ? check : inner);
  }
  if (named['zh-CN'] !== undefined && named.en !== undefined && named['zh-CN'] !== named.en)
    check.fail(
      'en.answer',
      `names the switches [${named.en}] but the zh-CN answer names [${named['zh-CN']}]; both languages must say the same`,
    );
  const order = Number(meta['order'] ?? 1000);
  if (!Number.isFinite(order)) check.fail('order', 'must be a number');
  return check.done({ order, entries }, where);
}

/**
 * The answer's first sentence as plain text (no ** or link syntax): the page's description, which WeChat
 * shows on the card of a shared link. "可以。" alone says little, so a sentence under 16 characters takes the
 * next one with it (from the next paragraph if need be).
 */
export function firstSentence(answer: string): string {
  const sentences = parseMarkdown(answer)
    .flatMap((block) => block.items.map((item) => item.map((part) => part.text).join('')))
    .flatMap((text) => text.split(/(?<=[。！？：])|(?<=[.!?])\s+/))
    .map((s) => s.trim())
    .filter(Boolean);
  let out = sentences[0] ?? '';
  // A lead-in to a list ("…工资：") says little on its own: stop before it once the card says something.
  for (let i = 1; i < sentences.length && out.length < 16 && (out.length < 10 || !/[：:]$/.test(sentences[i]!)); i++)
    out += (/[.!?]$/.test(out) ? ' ' : '') + sentences[i];
  // Cards show about 160 characters: a longer sentence is cut at a word (or anywhere in Chinese).
  if (out.length <= 160) return out;
  const cut = out.slice(0, 159);
  return `${/\s/.test(cut) ? cut.replace(/\s+\S*$/, '') : cut}…`;
}
