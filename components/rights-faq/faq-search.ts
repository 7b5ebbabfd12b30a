import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element/reactive-controller.js';
import { formatNumber } from '../core/format.js';
import { pluralKey, type Locale } from '../core/locale.js';
import type { FaqItem } from './faq-items.js';
import type { FaqWords, Live } from './faq-view.js';
import { LaSearchEvent } from './rights-faq.events.js';
import type { Hit, Indexed } from './search.js';

type Interactions = typeof import('./interactions.js');

/** What the search state needs from its widget. */
export interface SearchHost extends HTMLElement, ReactiveControllerHost {
  readonly locale: Locale;
  /** The ready view's changing parts; unset while loading, failed or empty. */
  readonly live: Live | undefined;
}

/**
 * The state of <la-rights-faq>'s list and the address: the answers, the query and the issue filter, the
 * search code (loaded when the reader first focuses the search box or taps an action) and the `#id` in the
 * address, which opens that answer. It shows the hits on the widget's view in place. A reactive controller:
 * it listens to the address while its widget is on the page.
 */
export class FaqSearch implements ReactiveController {
  query = '';
  issue: string | null = null;
  /** How many answers the last search showed. */
  shownCount = 0;
  /** Search, copy link and read aloud, once loaded. */
  interactions: Interactions | undefined;
  #items: FaqItem[] = [];
  #index: Indexed<FaqItem>[] | undefined;
  #loading: Promise<Interactions | void> | undefined;
  readonly #host: SearchHost;
  readonly #t: FaqWords;
  readonly #hotline: () => HTMLElement;
  readonly #onHash = () => void this.openFromHash();

  constructor(host: SearchHost, t: FaqWords, hotline: () => HTMLElement) {
    this.#host = host;
    this.#t = t;
    this.#hotline = hotline;
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('hashchange', this.#onHash);
  }

  hostDisconnected(): void {
    removeEventListener('hashchange', this.#onHash);
  }

  get items(): FaqItem[] {
    return this.#items;
  }
  set items(items: FaqItem[]) {
    this.#items = items;
    this.#index = undefined;
  }

  /** Loads search, copy link and read aloud once; a failed load (the network) says so and tries again next time. */
  interact(): Promise<Interactions | void> {
    return (this.#loading ??= import('./interactions.js').then(
      (interactions) => {
        this.interactions = interactions;
        this.showHits();
        return interactions;
      },
      () => {
        this.#loading = undefined;
        this.notice = this.#t('error.network');
      },
    ));
  }

  /** A message for the whole list (search could not load), in a polite live region. */
  set notice(text: string) {
    if (this.#host.live) this.#host.live.notice.textContent = text;
  }

  async setFilter(query: string, issue: string | null): Promise<void> {
    this.query = query;
    this.issue = issue;
    this.notice = '';
    this.showHits();
    await this.interact();
    this.#host.dispatchEvent(new LaSearchEvent({ query, issue, count: this.shownCount }));
  }

  get #hits(): Hit<FaqItem>[] {
    const search = this.query.trim() ? this.interactions : undefined;
    const hits = search
      ? search.search((this.#index ??= search.buildIndex(this.#items)), this.query)
      : this.#items.map((item) => ({ item, score: 0, ranges: [] as [number, number][] }));
    return this.issue ? hits.filter((hit) => hit.item.issues.includes(this.issue!)) : hits;
  }

  /**
   * The answers are ranked, filtered and highlighted where they stand, and the count, chips, search box and
   * no-results view follow: all in place, so nothing that may hold focus is rebuilt.
   */
  showHits(): void {
    const { live, locale } = this.#host;
    const { interactions } = this;
    if (!live) return;
    const hits = this.#hits;
    const shown = hits.map(({ item }) => item.el);
    for (const item of this.#items) item.el.hidden = true;
    for (const el of shown) el.hidden = false;
    // Move answers only when the order changes: moving one takes the focus out of it.
    if (shown.some((el, i) => i && shown[i - 1]!.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING))
      for (const el of shown) el.parentElement!.append(el);
    if (interactions)
      for (const { item, ranges } of hits) item.el.querySelector('summary')!.replaceChildren(...interactions.marked(item.question, ranges));
    this.shownCount = hits.length;
    const searching = this.query.trim() !== '' || this.issue !== null;
    const key = pluralKey(searching ? 'results.count' : 'results.all', hits.length, locale) as 'results.count.other';
    live.count.textContent = this.#t(key, { count: formatNumber(hits.length, locale) });
    if (live.input.value !== this.query) live.input.value = this.query;
    for (const [chip, code] of live.chips) chip.setAttribute('aria-pressed', String(this.issue === code));
    live.none.hidden = !interactions || hits.length > 0;
    if (interactions && !live.none.hidden && !live.none.firstChild)
      live.none.append(...interactions.noResults({ t: this.#t, setFilter: (query) => void this.setFilter(query, null) }), this.#hotline());
  }

  /** Opens, shows and focuses the answer named in the address (#id), clearing filters that would hide it. */
  async openFromHash(): Promise<void> {
    const id = decodeURIComponent(location.hash.slice(1));
    const item = this.#items.find((entry) => entry.id === id);
    if (!id || !item) return;
    await this.#host.updateComplete;
    this.query = '';
    this.issue = null;
    this.showHits();
    item.el.open = true;
    item.el.scrollIntoView({ block: 'start' });
    item.el.querySelector('summary')?.focus({ preventScroll: true });
  }
}
