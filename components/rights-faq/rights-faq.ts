import { adoptStyles, unsafeCSS, type CSSResult } from '../core/css.js';
import type { DataReport } from '../core/data-reader.js';
import { h, setAttr, type Child } from '../core/dom.js';
import { LaDataErrorEvent, type DataErrorDetail } from '../core/events.js';
import type { Catalogue, Messages } from '../core/locale.js';
import { LaElement } from '../core/element.js';
import { voiceFor } from '../core/speech.js';
import { errorView, hotlineView, loadingView } from '../core/status-view.js';
import type { ActionHost } from './answer-actions.js';
import type { FaqData, FaqEntry } from './faq-data.js';
import { readItem, type FaqItem } from './faq-items.js';
import { FaqSearch } from './faq-search.js';
import { actionsView, searchView, type FaqWords, type Live } from './faq-view.js';
import type { zh } from './rights-faq.strings.js';
import { rightsFaqStyles } from './rights-faq.styles.js';

export type { FaqItem } from './faq-items.js';

type DataView = typeof import('./faq-data-view.js');

/** A `<script type="application/json">` child holds the data (for pages without server answers). */
const INLINE = ':scope > script[type="application/json"]';
/** The answers' styles, made into one sheet for every FAQ on the page. */
let answerSheet: CSSResult | undefined;

/** Each language's messages load when the widget first shows it; the server answers stay readable meanwhile. */
const loadMessages = async (locale: string): Promise<Messages> =>
  locale === 'en' ? (await import('./rights-faq.strings.en.js')).en : (await import('./rights-faq.strings.js')).zh;

/**
 * Searchable answers to the questions migrant workers ask, each with its legal basis, a reviewed date and
 * what to do next. It enhances the server-rendered `<details>` answers it holds in place (search, filters,
 * copy link, read aloud); given the `data` property, `src` (/data/faq.<lang>.json) or inline JSON instead, it
 * loads its JSON renderer on demand and draws the answers itself. A `#id` in the address opens that answer.
 *
 * Written without Lit (LaElement): with search, the whole widget must fit in 12 KB.
 * @tagname la-rights-faq
 * @summary Rights FAQ with Chinese search.
 * @attr src - URL of the FAQ JSON (/data/faq.zh-CN.json or /data/faq.en.json), for pages without server-rendered answers.
 * @attr timeout - How long to wait for `src`, in milliseconds (default 10,000).
 * @attr check-href - Where the eligibility checker lives (default /check/); every answer links to it.
 * @attr map-href - Where the workstation map lives (default /map/); answers link to it filtered by their issue (`?issue=`).
 * @attr page-href - Base of the one-answer pages (`<page-href><id>/`) used for copied links; without it, `#id` on this page.
 * @attr large-text - Large-text mode (适老化): bigger type and touch targets.
 * @slot - Server-rendered `<details>` answers, as `answerView()` (answer-view.ts) builds them; enhanced in place, and shown as they are when JavaScript does not run.
 * @event la-search - The query or the issue filter changed; detail: { query, issue, count }.
 * @event la-data-ready - The data loaded and passed validation.
 * @event la-data-error - The data could not be loaded or used; the widget shows the hotline.
 * @csspart search - The search box.
 * @csspart chips - The issue filter buttons.
 * @csspart count - The live count of matching questions.
 * @csspart item - One question and its answer (a `<details>`), when drawn from data.
 * @csspart question - The question (the `<summary>`), when drawn from data.
 * @csspart answer - The answer, its legal basis and next steps, when drawn from data.
 * @csspart status - The loading message.
 * @csspart error - The error message.
 * @csspart hotline - The 12348 hotline link.
 * @cssproperty [--la-rights-faq-accent=var(--la-color-warning-surface)] - Background of highlighted words.
 */
export class LaRightsFaq extends LaElement<typeof zh> {
  /** Filled in per language as it loads. */
  static override strings: Catalogue<Messages> = { 'zh-CN': {}, en: {} };
  static override styles = rightsFaqStyles;
  static override attributeNames = ['src'];
  /** The JSON renderer, loaded only to draw answers from data (a seam for tests of a failed load). */
  static loadDataView: () => Promise<DataView> = () => import('./faq-data-view.js');

  /** URL of the FAQ JSON, for pages without server-rendered answers. */
  get src(): string | null {
    return this.getAttribute('src');
  }
  set src(value: string | null) {
    setAttr(this, 'src', value);
  }

  /** The FAQ data itself; wins over `src`. */
  get data(): FaqData | undefined {
    return this.#data as FaqData | undefined;
  }
  set data(value: FaqData | undefined) {
    if (value === this.#data) return;
    this.#data = value;
    if (this.#started) void this.reload();
  }

  /** Where the eligibility checker lives (attribute `check-href`). */
  get checkHref(): string {
    return this.getAttribute('check-href') ?? '/check/';
  }
  /** Where the workstation map lives (attribute `map-href`). */
  get mapHref(): string {
    return this.getAttribute('map-href') ?? '/map/';
  }
  /** Base of the one-answer pages (attribute `page-href`). */
  get pageHref(): string | null {
    return this.getAttribute('page-href');
  }

  /** @internal The ready view's changing parts (for the search state); unset while loading, failed or empty. */
  live: Live | undefined;

  readonly #words: FaqWords = (key, values) => this.t(key, values);
  readonly #search = new FaqSearch(this, this.#words, () => this.#hotline());
  #data: unknown;
  #dataState: 'loading' | 'ready' | 'error' = 'loading';
  /** What went wrong; set with dataState 'error', which renders it. */
  #dataError: DataErrorDetail | undefined;
  #voice: SpeechSynthesisVoice | undefined;
  #speaking: string | null = null;
  /** Answers read from data, and the language they were last built in; unset while enhancing server HTML. */
  #fromData: { entries: FaqEntry[]; locale?: string } | undefined;
  /** The JSON renderer, once loaded, and its reader of this element's data. */
  #view: DataView | undefined;
  #readData: (() => unknown) | undefined;
  #wordsFor: string | undefined;
  #loads = 0;
  #started = false;
  #shown = false;
  readonly #onVoices = () => this.#pickVoice();

  override connectedCallback(): void {
    super.connectedCallback();
    globalThis.speechSynthesis?.addEventListener('voiceschanged', this.#onVoices);
    if (this.#started) return;
    this.#started = true;
    // Read once the element's children are parsed (a microtask later).
    queueMicrotask(() => void this.reload());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.speechSynthesis?.removeEventListener('voiceschanged', this.#onVoices);
    if (this.#speaking) speechSynthesis.cancel();
  }

  // A new `src` reloads; nothing else needs a render (so the base's render request is not called).
  override attributeChangedCallback(_name: string, before: string | null, after: string | null): void {
    if (this.#started && after !== before) void this.reload();
  }

  get #hasStrings(): boolean {
    return 'filter.all' in LaRightsFaq.strings[this.locale];
  }

  /**
   * Server answers are enhanced where they stand; data (property, src or inline JSON) needs the JSON
   * renderer, loaded now. Also the retry button.
   */
  async reload(): Promise<void> {
    const load = ++this.#loads;
    this.#shown = false;
    const server = [...this.querySelectorAll('details')];
    if (this.data === undefined && !this.src && !this.querySelector(INLINE) && server.length) {
      this.#fromData = undefined;
      this.#search.items = server.map(readItem);
      return this.#show({ state: 'ready' });
    }
    this.#show({ state: 'loading' });
    try {
      if (!this.#view) {
        this.#view = await LaRightsFaq.loadDataView();
        // The answers' styles ship as static text in that chunk (never built from data).
        adoptStyles(this.shadowRoot!, (answerSheet ??= unsafeCSS(this.#view.styles)));
      }
      if (load !== this.#loads) return;
      this.#readData ??= this.#view.dataReader(this, (next) => this.#show(next));
      await this.#readData();
    } catch (error) {
      if (load === this.#loads) this.#fail(error);
    }
  }

  #show({ state, value, error }: DataReport<FaqEntry[]>): void {
    this.#dataState = state;
    this.#dataError = error;
    if (value) this.#fromData = { entries: value };
    this.requestUpdate();
  }

  /** A part of the widget that did not load (its words or the JSON renderer): as the network failing. */
  #fail(error: unknown): void {
    const detail: DataErrorDetail = { kind: 'network', message: String(error) };
    // Try the words and the data again once the phone is back online.
    this.#wordsFor = undefined;
    addEventListener('online', () => this.isConnected && void this.reload(), { once: true });
    this.#show({ state: 'error', error: detail });
    console.warn(`legal-aid-kit: <${this.localName}> ${detail.message}`);
    this.dispatchEvent(new LaDataErrorEvent(detail));
  }

  /** Read aloud only where the phone has a voice for the page's language; otherwise the button is hidden. */
  #pickVoice(): void {
    const had = this.#voice;
    this.#voice = voiceFor(this.locale);
    if (!had !== !this.#voice && this.live) this.#search.items.forEach((item) => this.#renderActions(item));
  }

  /** Which answer is being read aloud; its button says so. */
  #setSpeaking(id: string | null): void {
    this.#speaking = id;
    this.#search.items.forEach((item) => this.#showSpeaking(item));
  }

  #showSpeaking({ id, read }: FaqItem): void {
    const speaking = id === this.#speaking;
    read?.setAttribute('aria-pressed', String(speaking));
    read?.replaceChildren(this.t(speaking ? 'action.stop' : 'action.read'));
  }

  /** What copy link and read aloud (answer-actions.ts, loaded with search) use of the widget. */
  #actionHost(): ActionHost {
    const host = {
      pageHref: this.pageHref,
      voice: this.#voice,
      t: this.#words,
      tell: (item: FaqItem, text: string) => void (item.said && (item.said.textContent = text)),
    };
    // What is being read aloud is the widget's: the actions read and set it through the host.
    return Object.defineProperty(host, 'speaking', {
      get: () => this.#speaking,
      set: (id: string | null) => this.#setSpeaking(id),
    }) as ActionHost;
  }

  #act(action: 'copyLink' | 'readAloud', item: FaqItem): void {
    void this.#search.interact().then((interactions) => interactions?.[action](this.#actionHost(), item));
  }

  protected render(): Child {
    const { locale } = this;
    if (this.#wordsFor !== locale) {
      this.#wordsFor = locale;
      this.#pickVoice();
      if (!this.#hasStrings)
        loadMessages(locale).then(
          (messages) => ((LaRightsFaq.strings[locale] = messages), this.requestUpdate()),
          (error) => this.#fail(error),
        );
    }
    this.live = undefined;
    // Server HTML, when the page has it, stays readable whatever happens to the widget.
    const slot = this.children.length && !this.querySelector(INLINE) ? h('div', { id: 'list' }, h('slot', null)) : null;
    // Answers already on the page need no error above them when a part of the widget does not load (offline):
    // they stay as they are, without search, until the connection returns.
    if (this.#dataState !== 'ready' || !this.#hasStrings) return slot ?? this.#renderStatus();
    // Answers from data are built in the language shown, once its words are here, and again when it changes.
    const data = this.#fromData;
    if (data && data.locale !== locale) {
      data.locale = locale;
      const answer = (entry: FaqEntry) => this.#view!.answerView(entry, this.#words, locale, this) as HTMLDetailsElement;
      this.#search.items = data.entries.map((entry) => readItem(answer(entry)));
    }
    const { items } = this.#search;
    if (!items.length) return [h('p', { class: 'empty' }, this.t('empty.faq')), this.#hotline()];
    // The catalogue lists the issues in the bureau's order (the glossary's codes, as in issues.ts).
    const issues = Object.keys(LaRightsFaq.strings[locale])
      .filter((key) => key.startsWith('issue.'))
      .map((key) => key.slice(6))
      .filter((code) => items.some((item) => item.issues.includes(code)));
    const search = this.#search;
    const { view, live } = searchView(this.#words, issues, {
      focus: () => void search.interact(),
      search: (query) => void search.setFilter(query, search.issue),
      filter: (issue) => void search.setFilter(search.query, issue),
    });
    this.live = live;
    const list =
      slot && !data
        ? slot
        : h(
            'div',
            { id: 'list' },
            items.map((item) => item.el),
          );
    items.forEach((item) => this.#renderActions(item));
    search.showHits();
    // First time these answers are shown: open the one the address names.
    if (!this.#shown) {
      this.#shown = true;
      void search.openFromHash();
    }
    return [view, list];
  }

  /** Loading, or what went wrong in plain words (also when a part of the widget could not load), with the hotline. */
  #renderStatus(): HTMLElement {
    const t = this.#words;
    if (this.#dataState !== 'error') return loadingView(t);
    const retry = this.#view?.canRetry(this.src, this.#dataError!) ? () => void this.reload() : undefined;
    return errorView(t, this.#dataError!, retry);
  }

  #hotline(): HTMLElement {
    return hotlineView(this.#words);
  }

  #renderActions(item: FaqItem): void {
    actionsView(item, this.#words, !!this.#voice, { copy: () => this.#act('copyLink', item), read: () => this.#act('readAloud', item) });
    this.#showSpeaking(item);
  }
}
