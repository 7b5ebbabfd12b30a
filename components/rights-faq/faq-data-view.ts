import type { DataErrorDetail, DataErrorKind } from '../core/events.js';
import { sharedFetch } from '../core/fetch-json.js';
import { citation, parseFaqData, type FaqEntry } from './faq-data.js';
import { parseMarkdown, type Block } from './markdown.js';
import { el } from './dom.js';
import type { RightsFaqMessageKey } from './rights-faq.strings.js';

/**
 * The JSON path of <la-rights-faq>, loaded only when the widget must draw the answers from data (the `data`
 * property, `src` or inline JSON) instead of enhancing server-rendered ones: fetching, the Checker parser,
 * and the Markdown subset built as the same `<details>` the site renders, so one code path searches both.
 * Every word goes in as a text node: nothing in the data can become markup or script. No Lit here, so this
 * chunk shares nothing with the widget's first download.
 */

export interface DataSource {
  data: unknown;
  src: string | null;
  timeout: number;
}

/** What the answers need from the widget (its protected members, passed as this shape). */
export interface AnswerHost {
  t(key: RightsFaqMessageKey, values?: Record<string, string>): string;
  formatDate(value: string): string;
  locale: string;
  checkHref: string;
  mapHref: string;
}

const fault = (kind: DataErrorKind, message: string, status?: number) =>
  Object.assign(new Error(message), { detail: { kind, message, status } satisfies DataErrorDetail });

function parse(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw fault('invalid-json', `${where}: ${String(error)}`);
  }
}

/** The validated answers from the first source found (property, src, inline JSON); throws with a `detail`. */
export async function readData(host: DataSource, inline: Element | null) {
  let raw: unknown = host.data;
  let source: 'property' | 'src' | 'inline' = 'property';
  if (raw !== undefined) {
    // The data property wins.
  } else if (host.src) {
    source = 'src';
    const timeout = Number(host.timeout) > 0 ? Math.min(Number(host.timeout), 120_000) : 10_000;
    // Shared with every other widget on the page that reads the same URL: one request, and its failure
    // arrives as core's LoadFailure, whose `detail` the widget reads like its own faults.
    raw = await sharedFetch(new URL(host.src, document.baseURI).href, timeout);
  } else if (inline) {
    source = 'inline';
    raw = parse(inline.textContent ?? '', 'inline JSON');
  } else throw fault('missing', 'no data, src or inline JSON');
  try {
    return { entries: parseFaqData(raw, 'data').entries, source };
  } catch (error) {
    throw fault('invalid-data', (error as Error).message);
  }
}

/**
 * Styles of the answers drawn in the shadow root, adopted with this chunk. Plain text, not Lit's `css` tag, so
 * this chunk needs nothing from Lit; static, never built from data.
 */
export const styles = `
  .reviewed {
    margin: 0 0 var(--_space-2);
    color: var(--_muted);
    font-size: var(--_size-sm);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin-block: var(--_space-3);
  }
  details {
    border-block-end: 1px solid var(--_border);
  }
  summary {
    display: list-item;
    min-block-size: var(--_target);
    padding-block: var(--_space-3);
    font-size: var(--_size-lg);
    font-weight: 700;
    cursor: pointer;
  }
  mark {
    background: var(--la-rights-faq-accent, var(--_warning-surface));
    color: inherit;
  }
  .faq-answer {
    padding-block-end: var(--_space-4);
  }
  .faq-next {
    margin-block-end: 0;
    font-weight: 700;
  }
  .next-links a,
  .faq-answer a[href^='tel:'] {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target);
  }
  @media (forced-colors: active) {
    mark {
      outline: 2px solid Highlight;
    }
  }
`;

/** Try again, where it may help: the request failed, not the data. */
export function retryButton(host: DataSource & { dataError: DataErrorDetail; reload(): Promise<void>; t(key: 'error.retry'): string }) {
  if (!host.src || !/^(network|timeout|http)$/.test(host.dataError.kind)) return undefined;
  const button = el('button', { type: 'button' }, host.t('error.retry'));
  button.addEventListener('click', () => void host.reload());
  return button;
}

function block({ list, items }: Block): HTMLElement {
  const lines = items.map((parts) =>
    parts.map(({ text, strong, href }) => (href ? el('a', { href }, text) : strong ? el('strong', {}, text) : text)),
  );
  return list ? el(list, {}, ...lines.map((line) => el('li', {}, ...line))) : el('p', {}, ...lines[0]!);
}

/** One answer, shaped like the site's FaqAnswer.astro (with the id on the `<details>`, and parts to style). */
export function buildAnswer(entry: FaqEntry, host: AnswerHost): HTMLDetailsElement {
  const t = (key: RightsFaqMessageKey) => host.t(key);
  return el(
    'details',
    { id: entry.id, part: 'item', 'data-issues': entry.issues.join(' '), 'data-synonyms': entry.synonyms.join('|') },
    el('summary', { part: 'question' }, entry.question),
    el(
      'div',
      { class: 'faq-answer', part: 'answer' },
      el('div', { class: 'faq-text' }, ...parseMarkdown(entry.answer).map(block)),
      el('p', { class: 'basis' }, el('strong', {}, t('answer.basis')), `: ${entry.basis.map((b) => citation(b, host.locale)).join('; ')}`),
      el('p', { class: 'reviewed' }, host.t('answer.reviewed', { date: host.formatDate(entry.reviewed) })),
      el('p', { class: 'faq-next' }, t('answer.next')),
      el(
        'ul',
        { class: 'next-links' },
        el('li', {}, el('a', { href: host.checkHref }, t('answer.check'))),
        el('li', {}, el('a', { href: `${host.mapHref}?issue=${entry.issues[0]}` }, t('answer.map'))),
      ),
    ),
  ) as HTMLDetailsElement;
}
