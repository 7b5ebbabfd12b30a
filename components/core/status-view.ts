import type { CoreMessageKey } from './core.strings.js';
import { h } from './dom.js';
import type { DataErrorDetail } from './events.js';

/**
 * The views every widget shares while its data is not there: loading, what went wrong, and the 12348 hotline.
 * Pure functions of the words (core's messages through the widget's `t`), built with `h()`; statusStyles
 * styles them. The one copy: the data element and the FAQ show these.
 */

export type CoreWords = (key: CoreMessageKey, values?: Record<string, string | number>) => string;

/** The legal-aid hotline as a tappable `tel:` link. */
export function hotlineView(t: CoreWords): HTMLElement {
  return h('p', { class: 'la-hotline', part: 'hotline' }, t('hotline.lead'), ' ', h('a', { href: 'tel:12348' }, t('hotline.name')));
}

/** "Loading", in a polite live region. */
export function loadingView(t: CoreWords): HTMLElement {
  return h('p', { class: 'la-status', role: 'status', part: 'status' }, t('status.loading'));
}

/** What went wrong in plain words, the hotline, and "try again" when `retry` is given (the request failed, not the data). */
export function errorView(t: CoreWords, { kind, status }: DataErrorDetail, retry?: () => void): HTMLElement {
  return h(
    'div',
    { class: 'la-error', role: 'alert', part: 'error' },
    h('p', { class: 'la-error-title' }, t('error.title')),
    h('p', null, t(`error.${kind}`, { status: status ?? '' })),
    hotlineView(t),
    retry && h('button', { type: 'button', onclick: retry }, t('error.retry')),
  );
}
