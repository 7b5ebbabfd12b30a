/**
 * What <la-rights-faq> needs once the reader does more than read: search, copy link and read aloud. One
 * chunk, loaded when the search box is first focused or an action first tapped; it shares only core's `h()`
 * with the widget's first download.
 */
import { h } from '../core/dom.js';

export { buildIndex, search } from './search.js';
export { copyLink, readAloud } from './answer-actions.js';

/** The question with the matched words in <mark>. Only a search makes ranges, so this waits for it. */
export function marked(text: string, ranges: [number, number][]): (Node | string)[] {
  const out: (Node | string)[] = [];
  let last = 0;
  for (const [start, end] of ranges) {
    out.push(text.slice(last, start), h('mark', null, text.slice(start, end)));
    last = end;
  }
  out.push(text.slice(last));
  return out;
}

/** The widget's members the no-results view uses (protected there, passed as this shape). */
export interface NoResultsHost {
  t(key: 'results.none' | 'results.try' | 'results.suggestions'): string;
  setFilter(query: string, issue: null): void;
}

/** No match: say so and offer other words to try (the widget adds the hotline). Only a search can get here. */
export function noResults(host: NoResultsHost): HTMLElement[] {
  const suggestion = (word: string) => h('li', null, h('button', { type: 'button', onclick: () => host.setFilter(word, null) }, word));
  return [
    h('p', null, host.t('results.none')),
    h('p', null, host.t('results.try')),
    h('ul', { class: 'suggestions' }, host.t('results.suggestions').split(',').map(suggestion)),
  ];
}
