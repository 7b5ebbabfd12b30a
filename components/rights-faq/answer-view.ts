import { h } from '../core/dom.js';
import { formatDate } from '../core/format.js';
import type { Locale } from '../core/locale.js';
import { citation, type FaqEntry } from './faq-data.js';
import { parseMarkdown, type Block } from './markdown.js';
import type { RightsFaqMessageKey } from './rights-faq.strings.js';

/**
 * One FAQ answer: the only markup of it, a pure function of (entry, words, locale). The widget builds it for
 * answers drawn from data; the site renders the same function at build time (src/lib/render-view.ts), and
 * the widget enhances those answers in place, so both read one shape (readItem in faq-items.ts).
 * Every word goes in as a text node: nothing in the data can become markup or script.
 */

export type AnswerWords = (key: RightsFaqMessageKey, values?: Record<string, string>) => string;

/** Where an answer's next steps lead: the checker, and the map (filtered by the answer's first issue). */
export interface AnswerLinks {
  checkHref: string;
  mapHref: string;
}

function block({ list, items }: Block): HTMLElement {
  const lines = items.map((parts) =>
    parts.map(({ text, strong, href }) => (href ? h('a', { href }, text) : strong ? h('strong', null, text) : text)),
  );
  return list ? h(list, null, ...lines.map((line) => h('li', null, ...line))) : h('p', null, ...lines[0]!);
}

/**
 * A `<details>` in a list, or, for the answer's own page (`page`), an `<article>` with the question as its
 * `<h1>`. The #id target sits inside the answer, not on the `<details>`: a browser without JavaScript opens a
 * closed `<details>` when a link points into it.
 */
export function answerView(entry: FaqEntry, t: AnswerWords, locale: Locale, links: AnswerLinks, page = false): HTMLElement {
  return h(
    page ? 'article' : 'details',
    { class: 'faq-item', part: 'item', 'data-issues': entry.issues.join(' '), 'data-synonyms': entry.synonyms.join('|') },
    h(page ? 'h1' : 'summary', { class: 'faq-question', part: 'question' }, entry.question),
    h(
      'div',
      { class: 'faq-answer', part: 'answer' },
      h('span', { class: 'faq-target', id: entry.id }),
      h('div', { class: 'faq-text' }, ...parseMarkdown(entry.answer).map(block)),
      h('p', { class: 'faq-basis' }, h('strong', null, t('answer.basis')), `: ${entry.basis.map((b) => citation(b, locale)).join('; ')}`),
      h('p', { class: 'faq-reviewed' }, t('answer.reviewed', { date: formatDate(entry.reviewed, locale) })),
      h('p', { class: 'faq-next' }, t('answer.next')),
      h(
        'ul',
        { class: 'next-links' },
        h('li', null, h('a', { href: links.checkHref }, t('answer.check'))),
        h('li', null, h('a', { href: `${links.mapHref}?issue=${entry.issues[0]}` }, t('answer.map'))),
      ),
    ),
  );
}
