import { adoptStyles, html, nothing, render, unsafeCSS, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LaDataErrorEvent, LaDataReadyEvent, type DataErrorDetail } from '../core/events.js';
import { LaElement } from '../core/la-element.js';
import type { Catalogue, Messages } from '../core/locale.js';
import { LaSearchEvent } from './rights-faq.events.js';
import type { FaqEntry } from './faq-data.js';
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
}

type DataView = typeof import('./faq-data-view.js');
type Interactions = typeof import('./interactions.js');

/** Each language's messages load when the widget first shows it; the server answers stay readable meanwhile. */
const loadMessages = async (locale: string): Promise<Messages> =>
  locale === 'en' ? (await import('./rights-faq.strings.en.js')).en : (await import('./rights-faq.strings.js')).zh;

/**
 * Searchable answers to the questions migrant workers ask, each with its legal basis, a reviewed date and
 * what to do next. It enhances the server-rendered `<details>` answers it holds in place (search, filters,
 * copy link, read aloud); given the `data` property, `src` (/data/faq.<lang>.json) or inline JSON instead, it
 * loads its JSON renderer on demand and draws the answers itself. A `#id` in the address opens that answer.
 * @tagname la-rights-faq
 * @summary Rights FAQ with Chinese search.
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
 * @cssproperty --la-rights-faq-accent - Background of highlighted words.
 */
export class LaRightsFaq extends LaElement<typeof zh> {
  /** Filled in per language as it loads. */
  static override strings: Catalogue<Messages> = { 'zh-CN': {}, en: {} };
  static override styles = rightsFaqStyles;
  /** The JSON renderer, loaded only to draw answers from data (a seam for tests of a failed load). */
  static loadDataView: () => Promise<DataView> = () => import('./faq-data-view.js');

  /** URL of the FAQ JSON, for pages without server-rendered answers. */
  @property({ reflect: true }) src: string | null = null;
  /** The FAQ data itself; wins over `src`. */
  @property({ attribute: false }) data: unknown = undefined;
  /** How long to wait for `src`, in milliseconds. */
  @property({ type: Number }) timeout = 10_000;
  /** Where the eligibility checker lives; every answer links to it. */
  @property({ attribute: 'check-href' }) checkHref = '/check/';
  /** Where the workstation map lives; answers link to it filtered by their issue (`?issue=`). */
  @property({ attribute: 'map-href' }) mapHref = '/map/';
  /** Base of the one-answer pages (`<page-href><id>/`) used for copied links; without it, `#id` on this page. */
  @property({ attribute: 'page-href' }) pageHref: string | null = null;

  @state() protected dataState: 'loading' | 'ready' | 'error' = 'loading';
  /** What went wrong; set with dataState 'error', which renders it. */
  protected dataError: DataErrorDetail | undefined;
  @state() private items: FaqItem[] = [];
  @state() private query = '';
  @state() private issue: string | null = null;
  @state() private notice = '';
  @state() private voice: SpeechSynthesisVoice | undefined;
  @state() private speaking: string | null = null;

  /** Answers read from data, and the renderer that builds them (in the shadow list); unset while enhancing server HTML. */
  private fromData: { entries: FaqEntry[]; locale?: string } | undefined;
  /** The JSON renderer, once loaded. */
  private view: DataView | undefined;
  /** Search, copy link and read aloud: loaded when the reader first focuses the search box or taps an action. */
  private interactions: Interactions | undefined;
  private interacting: Promise<Interactions> | undefined;
  private index: Indexed<FaqItem>[] | undefined;
  private loads = 0;
  private shown = false;
  private readonly onHash = () => void this.openFromHash();
  private readonly onVoices = () => this.pickVoice();

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.onHash);
    globalThis.speechSynthesis?.addEventListener('voiceschanged', this.onVoices);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.onHash);
    globalThis.speechSynthesis?.removeEventListener('voiceschanged', this.onVoices);
    if (this.speaking) speechSynthesis.cancel();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('locale')) {
      this.pickVoice();
      const { locale } = this;
      if (!this.hasStrings)
        loadMessages(locale).then(
          (messages) => ((LaRightsFaq.strings[locale] = messages), this.requestUpdate()),
          (error) => this.fail(error),
        );
    }
    if (!this.hasUpdated || changed.has('data') || changed.has('src')) void this.reload();
    // Answers from data are built in the language shown, once its words are here, and again when it changes.
    const data = this.fromData;
    if (data && this.hasStrings && data.locale !== this.locale) {
      data.locale = this.locale;
      this.items = data.entries.map((entry) => readItem(this.view!.buildAnswer(entry, this as never)));
    }
    if (changed.has('items')) this.index = undefined;
  }

  protected override updated(changed: PropertyValues): void {
    if (!this.ready) return;
    const list = this.fromData && this.renderRoot.querySelector('#list');
    if (list && (changed.has('items') || !list.firstChild)) list.replaceChildren(...this.items.map((item) => item.el));
    this.showHits();
    // First time these answers are shown: open the one the address names.
    if (!this.shown) {
      this.shown = true;
      void this.openFromHash();
    }
  }

  private get hasStrings(): boolean {
    return 'filter.all' in LaRightsFaq.strings[this.locale];
  }

  private get ready(): boolean {
    return this.dataState === 'ready' && this.hasStrings;
  }

  /**
   * Server answers are enhanced where they stand; data (property, src or inline JSON) needs the JSON
   * renderer, loaded now. Also the retry button.
   */
  async reload(): Promise<void> {
    const load = ++this.loads;
    this.shown = false;
    const inline = this.querySelector(':scope > script[type="application/json"]');
    const server = [...this.querySelectorAll('details')];
    if (this.data === undefined && !this.src && !inline && server.length) {
      this.fromData = undefined;
      this.items = server.map(readItem);
      this.dataState = 'ready';
      return;
    }
    this.dataState = 'loading';
    try {
      if (!this.view) {
        this.view = await LaRightsFaq.loadDataView();
        // The answers' styles ship as static text in that chunk (never built from data).
        adoptStyles(this.renderRoot as ShadowRoot, [...LaRightsFaq.elementStyles, unsafeCSS(this.view.styles)]);
      }
      const { entries, source } = await this.view.readData(this, inline);
      if (load !== this.loads) return;
      this.fromData = { entries };
      this.dataState = 'ready';
      this.dispatchEvent(new LaDataReadyEvent(source));
    } catch (error) {
      if (load === this.loads) this.fail(error);
    }
  }

  /** A failure with its `detail` (data), or any other (a part of the widget that did not load: the network). */
  private fail(error: unknown): void {
    const detail = (error as { detail?: DataErrorDetail }).detail ?? { kind: 'network', message: String(error) };
    this.dataError = detail;
    this.dataState = 'error';
    console.warn(`legal-aid-kit: <${this.localName}> ${detail.message}`);
    this.dispatchEvent(new LaDataErrorEvent(detail));
  }

  /** Read aloud only where the phone has a voice for the page's language; otherwise the button is hidden. */
  private pickVoice(): void {
    const lang = this.locale.slice(0, 2);
    this.voice = globalThis.speechSynthesis?.getVoices().find((v) => v.lang.toLowerCase().startsWith(lang));
  }

  /** Opens, shows and focuses the answer named in the address (#id), clearing filters that would hide it. */
  private async openFromHash(): Promise<void> {
    const id = decodeURIComponent(location.hash.slice(1));
    const item = this.items.find((entry) => entry.id === id);
    if (!id || !item) return;
    this.query = '';
    this.issue = null;
    await this.updateComplete;
    const details = item.el;
    details.open = true;
    details.scrollIntoView({ block: 'start' });
    details.querySelector('summary')?.focus({ preventScroll: true });
  }

  private interact(): Promise<Interactions> {
    return (this.interacting ??= import('./interactions.js').then((interactions) => {
      this.interactions = interactions;
      this.requestUpdate();
      return interactions;
    }));
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
    await this.interact();
    this.dispatchEvent(new LaSearchEvent({ query, issue, count: this.hits.length }));
  }

  /** The answers are ranked, filtered and highlighted where they stand, and get their actions. */
  private showHits(): void {
    const hits = this.hits;
    for (const item of this.items) item.el.hidden = true;
    for (const { item, ranges } of hits) {
      item.el.hidden = false;
      item.el.parentElement!.append(item.el);
      if (this.interactions) item.el.querySelector('summary')!.replaceChildren(...this.interactions.marked(item.question, ranges));
      render(this.renderActions(item), item.actions);
    }
  }

  private act(action: 'copyLink' | 'readAloud', item: FaqItem): void {
    void this.interact().then((interactions) => interactions[action](this as never, item));
  }

  override render() {
    // Server HTML, when the page has it, stays readable whatever happens to the widget.
    const slot = this.children.length && !this.querySelector(':scope > script') ? html`<div id="list"><slot></slot></div>` : nothing;
    if (!this.ready) return [this.dataState === 'error' || !slot ? this.renderStatus() : nothing, slot];
    if (!this.items.length)
      return html`<p class="empty">${this.t('empty.faq')}</p>
        ${this.renderHotline()}`;
    const hits = this.hits;
    const searching = this.query.trim() !== '' || this.issue !== null;
    return html`
      <div class="search" part="search">
        <label for="q">${this.t('search.label')}</label>
        <p id="hint">${this.t('search.hint')}</p>
        <input
          id="q"
          type="search"
          enterkeyhint="search"
          autocomplete="off"
          maxlength="200"
          aria-describedby="hint"
          aria-controls="list"
          .value=${this.query}
          @focus=${() => void this.interact()}
          @input=${(e: Event) => this.setFilter((e.target as HTMLInputElement).value, this.issue)}
        />
      </div>
      ${this.renderChips()}
      <p class="count" part="count" role="status" aria-live="polite">
        ${this.t(searching ? 'results.count' : 'results.all', { count: this.formatNumber(hits.length) })}
      </p>
      <p class="notice" role="status" aria-live="polite">${this.notice}</p>
      ${hits.length || !this.interactions ? nothing : html`<div class="none">${this.interactions.noResults(this as never)}${this.renderHotline()}</div>`}
      ${this.fromData ? html`<div id="list"></div>` : slot}
    `;
  }

  /** Loading, or what went wrong in plain words (also when a part of the widget could not load), with the hotline. */
  private renderStatus(): TemplateResult {
    if (this.dataState !== 'error')
      return html`<p class="la-status" role="status" aria-live="polite" part="status">${this.t('status.loading')}</p>`;
    const { kind, status } = this.dataError!;
    return html`<div class="la-error" role="alert" part="error">
      <p class="la-error-title">${this.t('error.title')}</p>
      <p>${this.t(`error.${kind}`, { status: status ?? '' })}</p>
      ${this.renderHotline()} ${this.view?.retryButton(this as never)}
    </div>`;
  }

  private renderHotline(): TemplateResult {
    return html`<p class="la-hotline" part="hotline">
      ${this.t('hotline.lead')}
      <a href="tel:12348">${this.t('hotline.name')}</a>
    </p>`;
  }

  private renderChips(): TemplateResult {
    // The catalogue lists the issues in the bureau's order (the glossary's codes, as in issues.ts).
    const present = Object.keys(LaRightsFaq.strings[this.locale])
      .map((key) => key.slice(6))
      .filter((code) => this.items.some((item) => item.issues.includes(code)));
    const chip = (code: string | null, label: string) =>
      html`<button type="button" aria-pressed=${this.issue === code} @click=${() => this.setFilter(this.query, code)}>${label}</button>`;
    return html`<div class="chips" part="chips" role="group" aria-label=${this.t('filter.label')}>
      ${chip(null, this.t('filter.all'))} ${present.map((code) => chip(code, this.t(`issue.${code}` as 'issue.legal-aid')))}
    </div>`;
  }

  /** Copy link and read aloud, under an answer: in the shadow list, or added to a server answer. */
  private renderActions(item: FaqItem): TemplateResult {
    const speaking = this.speaking === item.id;
    return html`<div class="actions">
      <button type="button" @click=${() => this.act('copyLink', item)}>${this.t('action.copy')}</button>
      ${
        this.voice
          ? html`<button type="button" aria-pressed=${speaking} @click=${() => this.act('readAloud', item)}>
              ${this.t(speaking ? 'action.stop' : 'action.read')}
            </button>`
          : nothing
      }
    </div>`;
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
