import type { CoreMessageKey } from '../core/core.strings.js';
import { h, type Child } from '../core/dom.js';
import type { FaqItem } from './faq-items.js';
import type { RightsFaqMessageKey } from './rights-faq.strings.js';

/**
 * The views of <la-rights-faq> around its answers (the answers themselves: answer-view.ts): the search box,
 * the issue chips, the live count, notice and no-results box, and the actions under each answer. Built with
 * `h()` from the words and what the reader can do; the widget keeps the parts that change (`Live`) and updates
 * them in place, so nothing that may hold focus is rebuilt.
 */

export type FaqWords = (key: RightsFaqMessageKey | CoreMessageKey, values?: Record<string, string | number>) => string;

/** The parts of the ready view that change as the reader searches. */
export interface Live {
  input: HTMLInputElement;
  chips: [HTMLButtonElement, string | null][];
  count: HTMLElement;
  notice: HTMLElement;
  none: HTMLElement;
}

/** What the reader can do in the search view. */
export interface SearchActions {
  focus(): void;
  search(query: string): void;
  filter(issue: string | null): void;
}

/** The search box, the chips (all, then each issue in `issues`), the count, notice and no-results box. */
export function searchView(t: FaqWords, issues: string[], on: SearchActions): { view: Child[]; live: Live } {
  const input = h('input', {
    id: 'q',
    type: 'search',
    enterkeyhint: 'search',
    autocomplete: 'off',
    maxlength: 200,
    'aria-describedby': 'hint',
    'aria-controls': 'list',
    onfocus: () => on.focus(),
    oninput: () => on.search(input.value),
  });
  const chips = [null, ...issues].map((code): [HTMLButtonElement, string | null] => [
    h('button', { type: 'button', onclick: () => on.filter(code) }, t(code ? (`issue.${code}` as 'issue.legal-aid') : 'filter.all')),
    code,
  ]);
  const live: Live = {
    input,
    chips,
    count: h('p', { class: 'count', part: 'count', role: 'status', 'aria-live': 'polite' }),
    notice: h('p', { class: 'notice', role: 'status', 'aria-live': 'polite' }),
    none: h('div', { class: 'none' }),
  };
  const view = [
    h(
      'div',
      { class: 'search', part: 'search' },
      h('label', { for: 'q' }, t('search.label')),
      h('p', { id: 'hint' }, t('search.hint')),
      input,
    ),
    h(
      'div',
      { class: 'chips', part: 'chips', role: 'group', 'aria-label': t('filter.label') },
      chips.map(([chip]) => chip),
    ),
    live.count,
    live.notice,
    live.none,
  ];
  return { view, live };
}

/**
 * Copy link and read aloud (where the phone has a voice) under an answer, with copy link's message under them:
 * in the shadow list, or added to a server answer.
 */
export function actionsView(item: FaqItem, t: FaqWords, hasVoice: boolean, on: { copy(): void; read(): void }): void {
  item.read = hasVoice ? h('button', { type: 'button', onclick: () => on.read() }) : null;
  item.said = h('p', { class: 'said', role: 'status', 'aria-live': 'polite' });
  item.actions.replaceChildren(
    h('div', { class: 'actions' }, h('button', { type: 'button', onclick: () => on.copy() }, t('action.copy')), item.read),
    item.said,
  );
}
