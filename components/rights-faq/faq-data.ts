import { Checker } from '../core/validate.js';
import { ISSUES, type Issue } from './issues.js';

/**
 * The FAQ data format, one language per file (/data/faq.zh-CN.json, /data/faq.en.json). Pure, no DOM: the
 * build checks every content file with it and the widget checks what it fetches with it.
 */

export { ISSUES, type Issue } from './issues.js';

export interface LegalBasis {
  law: string;
  article: string;
}

export interface FaqEntry {
  /** Stable slug: the #fragment and the page /faq/<id>/. */
  id: string;
  question: string;
  /** Markdown subset (markdown.ts); never HTML. */
  answer: string;
  issues: Issue[];
  synonyms: string[];
  basis: LegalBasis[];
  /** When a legal-aid lawyer last checked the answer, YYYY-MM-DD. */
  reviewed: string;
}

export interface FaqData {
  entries: FaqEntry[];
}

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function strings(check: Checker, row: Record<string, unknown>, key: string, nonEmpty = false): string[] {
  return (check.array(row, key, { nonEmpty }) ?? []).filter((value, i) => {
    const ok = typeof value === 'string' && value.trim() !== '';
    if (!ok) check.fail(`${key}.${i}`, 'must be non-empty text');
    return ok;
  }) as string[];
}

/** One entry; problems land in `check` under its path. */
export function parseFaqEntry(raw: unknown, check: Checker): FaqEntry {
  const row = check.object(raw) ?? {};
  const issues = strings(check, row, 'issues', true);
  issues.forEach((issue, i) => {
    if (!ISSUES.includes(issue as Issue)) check.fail(`issues.${i}`, `must be one of ${ISSUES.join(', ')}`);
  });
  const basis = (check.array(row, 'basis', { nonEmpty: true }) ?? []).map((item, i) => {
    const inner = check.nested(`basis.${i}`);
    const cite = inner.object(item) ?? {};
    return { law: inner.string(cite, 'law')!, article: inner.string(cite, 'article')! };
  });
  return {
    id: check.string(row, 'id', { pattern: ID_PATTERN })!,
    question: check.string(row, 'question')!,
    answer: check.string(row, 'answer')!,
    issues: issues as Issue[],
    synonyms: strings(check, row, 'synonyms'),
    basis,
    reviewed: check.date(row, 'reviewed')!,
  };
}

/** A whole language file; throws DataValidationError naming each bad field and any repeated id. */
export function parseFaqData(raw: unknown, where = 'faq'): FaqData {
  const check = new Checker();
  const record = check.object(raw) ?? {};
  const seen = new Set<string>();
  const entries = (check.array(record, 'entries') ?? []).map((item, i) => {
    const entry = parseFaqEntry(item, check.nested(`entries.${i}`));
    if (seen.has(entry.id)) check.fail(`entries.${i}.id`, `"${entry.id}" is used twice`);
    seen.add(entry.id);
    return entry;
  });
  return check.done({ entries }, where);
}

/** A citation as written in each language: 劳动合同法第82条 / Labour Contract Law, art. 82. */
export function citation(basis: LegalBasis, locale: string): string {
  return locale === 'en' ? `${basis.law}, ${basis.article}` : `${basis.law}${basis.article}`;
}
