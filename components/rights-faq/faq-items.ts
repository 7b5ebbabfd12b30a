import type { Searchable } from './search.js';

/** One answer as search sees it, and its `<details>` (from the server, or built from data). */
export interface FaqItem extends Searchable {
  id: string;
  issues: string[];
  el: HTMLDetailsElement;
  /** Where copy link and read aloud go. */
  actions: HTMLElement;
  /** Copy link's message, under the buttons (a polite live region), made with them. */
  said?: HTMLElement;
  /** Its read-aloud button, where the phone has a voice. */
  read?: HTMLButtonElement | null;
}

/**
 * An answer's `<details>` as search sees it, with a place for its actions. One shape, answer-view.ts's, which
 * both the site (at build time) and the widget (from data) render.
 */
export function readItem(el: HTMLDetailsElement): FaqItem {
  const answer = el.querySelector('.faq-answer')!;
  const actions = document.createElement('div');
  answer.insertBefore(actions, answer.querySelector('.faq-next'));
  return {
    el,
    actions,
    id: el.querySelector('.faq-target')!.id,
    question: el.querySelector('summary')!.textContent!,
    synonyms: el.dataset.synonyms?.split('|') ?? [],
    issues: el.dataset.issues?.split(' ') ?? [],
    text: el.querySelector('.faq-text')!.textContent!,
  };
}
