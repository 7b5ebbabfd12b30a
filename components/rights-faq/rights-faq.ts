import { adoptStyles, unsafeCSS, type CSSResult } from '../core/css.js';
import type { DataReport } from '../core/data-reader.js';
import { h, setAttr, type Child } from '../core/dom.js';
import { LaDataErrorEvent, type DataErrorDetail } from '../core/events.js';
import { formatNumber } from '../core/format.js';
import type { Catalogue, Messages } from '../core/locale.js';
import { LaElement } from '../core/element.js';
import { voiceFor } from '../core/speech.js';
import type { FaqData, FaqEntry } from './faq-data.js';
import { LaSearchEvent } from './rights-faq.events.js';
import type { zh } from './rights-faq.strings.js';
import { rightsFaqStyles } from './rights-faq.styles.js';
import type { Hit, Indexed, Searchable } from './search.js';

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

type DataView = typeof import('./faq-data-view.js');
type Interactions = typeof import('./interactions.js');

/** The parts of the ready view that change as the reader searches: updated in place, so focus stays put. */
interface Live {
  input: HTMLInputElement;
  chips: [HTMLButtonElement, string | null][];
  count: HTMLElement;
  notice: HTMLElement;
  none: HTMLElement;
}

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
 * @slot - Server-rendered `<details>` answers (each `data-issues`, `data-synonyms`, an element with the answer's id, a `.faq-answer`); enhanced in place, and shown as they are when JavaScript does not run.
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
    return this.dataValue as FaqData | undefined;
  }
  set data(value: FaqData | undefined) {
    if (value === this.dataValue) return;
    this.dataValue = value;
    if (this.started) void this.reload();
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

  private dataValue: unknown;
  private dataState: 'loading' | 'ready' | 'error' = 'loading';
  /** What went wrong; set with dataState 'error', which renders it. */
  private dataError: DataErrorDetail | undefined;
  private items: FaqItem[] = [];
  private query = '';
  private issue: string | null = null;
  private voice: SpeechSynthesisVoice | undefined;
  private speakingId: string | null = null;
  /** The ready view's changing parts; unset while loading, failed or empty. */
  private live: Live | undefined;
  /** How many answers the last search showed. */
  private shownCount = 0;

  /** Answers read from data, and the language they were last built in; unset while enhancing server HTML. */
  private fromData: { entries: FaqEntry[]; locale?: string } | undefined;
  /** The JSON renderer, once loaded, and its reader of this element's data. */
  private view: DataView | undefined;
  private readData: (() => unknown) | undefined;
  /** Search, copy link and read aloud: loaded when the reader first focuses the search box or taps an action. */
  private interactions: Interactions | undefined;
  private interacting: Promise<Interactions | void> | undefined;
  private index: Indexed<FaqItem>[] | undefined;
  private wordsFor: string | undefined;
  private loads = 0;
  private started = false;
  private shown = false;
  private readonly onHash = () => void this.openFromHash();
  private readonly onVoices = () => this.pickVoice();

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.onHash);
    globalThis.speechSynthesis?.addEventListener('voiceschanged', this.onVoices);
    if (this.started) return;
    this.started = true;
    // Read once the element's children are parsed (a microtask later).
    queueMicrotask(() => void this.reload());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.onHash);
    globalThis.speechSynthesis?.removeEventListener('voiceschanged', this.onVoices);
    if (this.speakingId) speechSynthesis.cancel();
  }

  // A new `src` reloads; nothing else needs a render (so the base's render request is not called).
  override attributeChangedCallback(_name: string, before: string | null, after: string | null): void {
    if (this.started && after !== before) void this.reload();
  }

  private get hasStrings(): boolean {
    return 'filter.all' in LaRightsFaq.strings[this.locale];
  }

  /**
   * Server answers are enhanced where they stand; data (property, src or inline JSON) needs the JSON
   * renderer, loaded now. Also the retry button.
   */
  async reload(): Promise<void> {
    const load = ++this.loads;
    this.shown = false;
    const server = [...this.querySelectorAll('details')];
    if (this.data === undefined && !this.src && !this.querySelector(INLINE) && server.length) {
      this.fromData = undefined;
      this.setItems(server.map(readItem));
      return this.show({ state: 'ready' });
    }
    this.show({ state: 'loading' });
    try {
      if (!this.view) {
        this.view = await LaRightsFaq.loadDataView();
        // The answers' styles ship as static text in that chunk (never built from data).
        adoptStyles(this.shadowRoot!, (answerSheet ??= unsafeCSS(this.view.styles)));
      }
      if (load !== this.loads) return;
      this.readData ??= this.view.dataReader(this, (next) => this.show(next));
      await this.readData();
    } catch (error) {
      if (load === this.loads) this.fail(error);
    }
  }

  private show({ state, value, error }: DataReport<FaqEntry[]>): void {
    this.dataState = state;
    this.dataError = error;
    if (value) this.fromData = { entries: value };
    this.requestUpdate();
  }

  /** A part of the widget that did not load (its words or the JSON renderer): as the network failing. */
  private fail(error: unknown): void {
    const detail: DataErrorDetail = { kind: 'network', message: String(error) };
    // Try the words and the data again once the phone is back online.
    this.wordsFor = undefined;
    addEventListener('online', () => this.isConnected && void this.reload(), { once: true });
    this.show({ state: 'error', error: detail });
    console.warn(`legal-aid-kit: <${this.localName}> ${detail.message}`);
    this.dispatchEvent(new LaDataErrorEvent(detail));
  }

  private setItems(items: FaqItem[]): void {
    this.items = items;
    this.index = undefined;
  }

  /** Read aloud only where the phone has a voice for the page's language; otherwise the button is hidden. */
  private pickVoice(): void {
    const had = this.voice;
    this.voice = voiceFor(this.locale);
    if (!had !== !this.voice && this.live) this.items.forEach((item) => this.renderActions(item));
  }

  /** Opens, shows and focuses the answer named in the address (#id), clearing filters that would hide it. */
  private async openFromHash(): Promise<void> {
    const id = decodeURIComponent(location.hash.slice(1));
    const item = this.items.find((entry) => entry.id === id);
    if (!id || !item) return;
    await this.updateComplete;
    this.query = '';
    this.issue = null;
    this.showHits();
    const details = item.el;
    details.open = true;
    details.scrollIntoView({ block: 'start' });
    details.querySelector('summary')?.focus({ preventScroll: true });
  }

  private interact(): Promise<Interactions | void> {
    return (this.interacting ??= import('./interactions.js').then(
      (interactions) => {
        this.interactions = interactions;
        this.showHits();
        return interactions;
      },
      // Search cannot load (the network): say so, and try again on the next focus or tap.
      () => {
        this.interacting = undefined;
        this.notice = this.t('error.network');
      },
    ));
  }

  private get hits(): Hit<FaqItem>[] {
    const search = this.query.trim() ? this.interactions : undefined;
    const hits = search
      ? search.search((this.index ??= search.buildIndex(this.items)), this.query)
      : this.items.map((item) => ({ item, score: 0, ranges: [] as [number, number][] }));
    return this.issue ? hits.filter((hit) => hit.item.issues.includes(this.issue!)) : hits;
  }

  private async setFilter(query: string, issue: string | null): Promise<void> {
    this.query = query;
    this.issue = issue;
    this.notice = '';
    this.showHits();
    await this.interact();
    this.dispatchEvent(new LaSearchEvent({ query, issue, count: this.shownCount }));
  }

  /** A message for the whole list (search could not load), in a polite live region. */
  private set notice(text: string) {
    if (this.live) this.live.notice.textContent = text;
  }

  /** Copy link's message, right under the button the reader tapped (set by the actions chunk). */
  private tell(item: FaqItem, text: string): void {
    if (item.said) item.said.textContent = text;
  }

  /** Which answer is being read aloud (set by the actions chunk); its button says so. */
  private get speaking(): string | null {
    return this.speakingId;
  }
  private set speaking(id: string | null) {
    this.speakingId = id;
    this.items.forEach((item) => this.showSpeaking(item));
  }

  private showSpeaking({ id, read }: FaqItem): void {
    const speaking = id === this.speakingId;
    read?.setAttribute('aria-pressed', String(speaking));
    read?.replaceChildren(this.t(speaking ? 'action.stop' : 'action.read'));
  }

  /**
   * The answers are ranked, filtered and highlighted where they stand, and the count, chips, search box and
   * no-results view follow: all in place, so nothing that may hold focus is rebuilt.
   */
  private showHits(): void {
    const { live, interactions } = this;
    if (!live) return;
    const hits = this.hits;
    const shown = hits.map(({ item }) => item.el);
    for (const item of this.items) item.el.hidden = true;
    for (const el of shown) el.hidden = false;
    // Move answers only when the order changes: moving one takes the focus out of it.
    if (shown.some((el, i) => i && shown[i - 1]!.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING))
      for (const el of shown) el.parentElement!.append(el);
    if (interactions)
      for (const { item, ranges } of hits) item.el.querySelector('summary')!.replaceChildren(...interactions.marked(item.question, ranges));
    this.shownCount = hits.length;
    const searching = this.query.trim() !== '' || this.issue !== null;
    live.count.textContent = this.t(searching ? 'results.count' : 'results.all', { count: formatNumber(hits.length, this.locale) });
    if (live.input.value !== this.query) live.input.value = this.query;
    for (const [chip, code] of live.chips) chip.setAttribute('aria-pressed', String(this.issue === code));
    live.none.hidden = !interactions || hits.length > 0;
    if (interactions && !live.none.hidden && !live.none.firstChild)
      live.none.append(...interactions.noResults(this as never), this.renderHotline());
  }

  private act(action: 'copyLink' | 'readAloud', item: FaqItem): void {
    void this.interact().then((interactions) => interactions?.[action](this as never, item));
  }

  protected render(): Child {
    const { locale } = this;
    if (this.wordsFor !== locale) {
      this.wordsFor = locale;
      this.pickVoice();
      if (!this.hasStrings)
        loadMessages(locale).then(
          (messages) => ((LaRightsFaq.strings[locale] = messages), this.requestUpdate()),
          (error) => this.fail(error),
        );
    }
    this.live = undefined;
    // Server HTML, when the page has it, stays readable whatever happens to the widget.
    const slot = this.children.length && !this.querySelector(INLINE) ? h('div', { id: 'list' }, h('slot', null)) : null;
    // Answers already on the page need no error above them when a part of the widget does not load (offline):
    // they stay as they are, without search, until the connection returns.
    if (this.dataState !== 'ready' || !this.hasStrings) return slot ?? this.renderStatus();
    // Answers from data are built in the language shown, once its words are here, and again when it changes.
    const data = this.fromData;
    if (data && data.locale !== locale) {
      data.locale = locale;
      this.setItems(data.entries.map((entry) => readItem(this.view!.buildAnswer(entry, this as never))));
    }
    if (!this.items.length) return [h('p', { class: 'empty' }, this.t('empty.faq')), this.renderHotline()];
    const input = h('input', {
      id: 'q',
      type: 'search',
      enterkeyhint: 'search',
      autocomplete: 'off',
      maxlength: 200,
      'aria-describedby': 'hint',
      'aria-controls': 'list',
      onfocus: () => void this.interact(),
      oninput: () => void this.setFilter(input.value, this.issue),
    });
    // The catalogue lists the issues in the bureau's order (the glossary's codes, as in issues.ts).
    const present = Object.keys(LaRightsFaq.strings[locale])
      .map((key) => key.slice(6))
      .filter((code) => this.items.some((item) => item.issues.includes(code)));
    const chips = [null, ...present].map((code): [HTMLButtonElement, string | null] => [
      h(
        'button',
        { type: 'button', onclick: () => void this.setFilter(this.query, code) },
        this.t(code ? (`issue.${code}` as 'issue.legal-aid') : 'filter.all'),
      ),
      code,
    ]);
    const live: Live = (this.live = {
      input,
      chips,
      count: h('p', { class: 'count', part: 'count', role: 'status', 'aria-live': 'polite' }),
      notice: h('p', { class: 'notice', role: 'status', 'aria-live': 'polite' }),
      none: h('div', { class: 'none' }),
    });
    const list =
      slot && !data
        ? slot
        : h(
            'div',
            { id: 'list' },
            this.items.map((item) => item.el),
          );
    this.items.forEach((item) => this.renderActions(item));
    this.showHits();
    // First time these answers are shown: open the one the address names.
    if (!this.shown) {
      this.shown = true;
      void this.openFromHash();
    }
    return [
      h(
        'div',
        { class: 'search', part: 'search' },
        h('label', { for: 'q' }, this.t('search.label')),
        h('p', { id: 'hint' }, this.t('search.hint')),
        input,
      ),
      h(
        'div',
        { class: 'chips', part: 'chips', role: 'group', 'aria-label': this.t('filter.label') },
        chips.map(([chip]) => chip),
      ),
      live.count,
      live.notice,
      live.none,
      list,
    ];
  }

  /** Loading, or what went wrong in plain words (also when a part of the widget could not load), with the hotline. */
  private renderStatus(): HTMLElement {
    if (this.dataState !== 'error')
      return h('p', { class: 'la-status', role: 'status', 'aria-live': 'polite', part: 'status' }, this.t('status.loading'));
    const { kind, status } = this.dataError!;
    return h(
      'div',
      { class: 'la-error', role: 'alert', part: 'error' },
      h('p', { class: 'la-error-title' }, this.t('error.title')),
      h('p', null, this.t(`error.${kind}`, { status: status ?? '' })),
      this.renderHotline(),
      this.view?.retryButton(this as never),
    );
  }

  private renderHotline(): HTMLElement {
    return h(
      'p',
      { class: 'la-hotline', part: 'hotline' },
      this.t('hotline.lead'),
      ' ',
      h('a', { href: 'tel:12348' }, this.t('hotline.name')),
    );
  }

  /** Copy link and read aloud, under an answer: in the shadow list, or added to a server answer. */
  private renderActions(item: FaqItem): void {
    item.read = this.voice && h('button', { type: 'button', onclick: () => this.act('readAloud', item) });
    item.said = h('p', { class: 'said', role: 'status', 'aria-live': 'polite' });
    item.actions.replaceChildren(
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', onclick: () => this.act('copyLink', item) }, this.t('action.copy')),
        item.read,
      ),
      item.said,
    );
    this.showSpeaking(item);
  }
}

/** An answer's `<details>` as search sees it, with a place for its actions. */
function readItem(el: HTMLDetailsElement): FaqItem {
  const summary = el.querySelector('summary')!;
  const answer = el.querySelector('.faq-answer') ?? el;
  const question = summary.textContent!;
  const actions = document.createElement('div');
  answer.insertBefore(actions, answer.querySelector('.faq-next'));
  return {
    el,
    actions,
    // The server puts the id on a target inside the answer, so a #link opens it even without JavaScript.
    id: (el.querySelector('[id]') ?? el).id,
    question,
    synonyms: el.dataset.synonyms?.split('|') ?? [],
    issues: el.dataset.issues?.split(' ') ?? [],
    text: (el.querySelector('.faq-text') ?? answer).textContent!,
  };
}
