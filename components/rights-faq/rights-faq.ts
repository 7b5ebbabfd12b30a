import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { LaDataElement } from '../core/data-element.js';
import { citation, ISSUES, parseFaqData, type FaqEntry } from './faq-data.js';
import { parseMarkdown, plainText, type Block, type Inline } from './markdown.js';
import { LaSearchEvent } from './rights-faq.events.js';
import { rightsFaqStrings, type RightsFaqMessageKey } from './rights-faq.strings.js';
import { rightsFaqStyles } from './rights-faq.styles.js';
import { buildIndex, search, type Hit } from './search.js';

export interface FaqItem extends FaqEntry {
  blocks: Block[];
  text: string;
}

/**
 * Searchable answers to the questions migrant workers ask, each with its legal basis, a reviewed date and
 * what to do next. Reads /data/faq.<lang>.json; a `#id` in the address opens that answer.
 * @tagname la-rights-faq
 * @summary Rights FAQ with Chinese search.
 * @slot - Server-rendered `<details>` answers, shown as they are until the data is ready (and when JavaScript does not run).
 * @event la-search - The query or the issue filter changed; detail: { query, issue, count }.
 * @event la-data-ready - The data loaded and passed validation.
 * @event la-data-error - The data could not be loaded or used; the widget shows the hotline.
 * @csspart search - The search box.
 * @csspart chips - The issue filter buttons.
 * @csspart count - The live count of matching questions.
 * @csspart item - One question and its answer (a `<details>`).
 * @csspart question - The question (the `<summary>`).
 * @csspart answer - The answer, its legal basis and next steps.
 * @csspart status - The loading message.
 * @csspart error - The error message.
 * @csspart hotline - The 12348 hotline link.
 * @cssproperty --la-rights-faq-accent - Background of highlighted words.
 */
export class LaRightsFaq extends LaDataElement<FaqItem[], (typeof rightsFaqStrings)['zh-CN']> {
  static override strings = rightsFaqStrings;
  static override styles = rightsFaqStyles;

  /** Where the eligibility checker lives; every answer links to it. */
  @property({ attribute: 'check-href' }) checkHref = '/check/';
  /** Where the workstation map lives; answers link to it filtered by their issue (`?issue=`). */
  @property({ attribute: 'map-href' }) mapHref = '/map/';
  /** Base of the one-answer pages (`<page-href><id>/`) used for copied links; without it, `#id` on this page. */
  @property({ attribute: 'page-href' }) pageHref: string | null = null;

  @state() private query = '';
  @state() private issue: string | null = null;
  @state() private notice = '';
  @state() private voice: SpeechSynthesisVoice | undefined;
  @state() private speaking: string | null = null;

  private index: ReturnType<typeof buildIndex<FaqItem>> = [];
  private readonly onHash = () => void this.openFromHash();
  private readonly onVoices = () => this.pickVoice();

  protected parseData(raw: unknown): FaqItem[] {
    return parseFaqData(raw, 'data').entries.map((entry) => {
      const blocks = parseMarkdown(entry.answer);
      return { ...entry, blocks, text: plainText(blocks) };
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.onHash);
    globalThis.speechSynthesis?.addEventListener('voiceschanged', this.onVoices);
    this.pickVoice();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.onHash);
    globalThis.speechSynthesis?.removeEventListener('voiceschanged', this.onVoices);
    if (this.speaking) speechSynthesis.cancel();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('value')) this.index = buildIndex(this.value ?? []);
    if (changed.has('locale')) this.pickVoice();
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('dataState') && this.dataState === 'ready') void this.openFromHash();
  }

  /** Read aloud only where the phone has a voice for the page's language; otherwise the button is hidden. */
  private pickVoice(): void {
    const lang = this.locale === 'en' ? 'en' : 'zh';
    this.voice = globalThis.speechSynthesis?.getVoices().find((v) => v.lang.toLowerCase().startsWith(lang));
  }

  /** Opens, shows and focuses the answer named in the address (#id), clearing filters that would hide it. */
  private async openFromHash(): Promise<void> {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id || !this.value?.some((entry) => entry.id === id)) return;
    this.query = '';
    this.issue = null;
    await this.updateComplete;
    const details = this.renderRoot.querySelector<HTMLDetailsElement>(`details[id="${CSS.escape(id)}"]`);
    if (!details) return;
    details.open = true;
    details.scrollIntoView({ block: 'start' });
    details.querySelector('summary')?.focus({ preventScroll: true });
  }

  private get hits(): Hit<FaqItem>[] {
    const hits = this.query.trim()
      ? search(this.index, this.query)
      : (this.value ?? []).map((item) => ({ item, score: 0, ranges: [] as [number, number][] }));
    return this.issue ? hits.filter((hit) => hit.item.issues.includes(this.issue as never)) : hits;
  }

  private setFilter(query: string, issue: string | null): void {
    this.query = query;
    this.issue = issue;
    this.notice = '';
    this.dispatchEvent(new LaSearchEvent({ query, issue, count: this.hits.length }));
  }

  private async copyLink(id: string): Promise<void> {
    const url = this.pageHref ? new URL(`${this.pageHref}${id}/`, location.href).href : `${location.href.split('#')[0]}#${id}`;
    try {
      await navigator.clipboard.writeText(url);
      this.notice = this.t('action.copied');
    } catch {
      this.notice = this.t('action.copyFailed', { url });
    }
  }

  private readAloud(item: FaqItem): void {
    speechSynthesis.cancel();
    if (this.speaking === item.id) {
      this.speaking = null;
      return;
    }
    const utterance = new SpeechSynthesisUtterance(`${item.question}\n${item.text}`);
    // The language alone lets the phone choose its own voice for it.
    utterance.lang = this.voice!.lang;
    utterance.onend = utterance.onerror = () => (this.speaking = null);
    this.speaking = item.id;
    speechSynthesis.speak(utterance);
  }

  override render() {
    if (this.dataState !== 'ready') {
      // Server HTML, when the page has it, stays readable until the data is ready or if it never is.
      return this.children.length && !this.querySelector(':scope > script') ? html`<slot></slot>` : this.renderStatus();
    }
    const items = this.value!;
    if (!items.length)
      return html`<p>${this.t('empty.faq')}</p>
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
          @input=${(e: Event) => this.setFilter((e.target as HTMLInputElement).value, this.issue)}
        />
      </div>
      ${this.renderChips(items)}
      <p class="count" part="count" role="status" aria-live="polite">
        ${this.t(searching ? 'results.count' : 'results.all', { count: this.formatNumber(hits.length) })}
      </p>
      <p class="notice" role="status" aria-live="polite">${this.notice}</p>
      ${hits.length ? nothing : this.renderNoResults()}
      <div id="list">
        ${repeat(
          hits,
          (hit) => hit.item.id,
          (hit) => this.renderItem(hit),
        )}
      </div>
    `;
  }

  private renderChips(items: FaqItem[]): TemplateResult {
    const present = ISSUES.filter((code) => items.some((item) => item.issues.includes(code)));
    const chip = (code: string | null, label: string) =>
      html`<button type="button" aria-pressed=${this.issue === code} @click=${() => this.setFilter(this.query, code)}>${label}</button>`;
    return html`<div class="chips" part="chips" role="group" aria-label=${this.t('filter.label')}>
      ${chip(null, this.t('filter.all'))} ${present.map((code) => chip(code, this.t(`issue.${code}`)))}
    </div>`;
  }

  private renderNoResults(): TemplateResult {
    return html`<div class="none">
      <p>${this.t('results.none')}</p>
      <p>${this.t('results.try')}</p>
      <ul class="suggestions">
        ${this.t('results.suggestions')
          .split(',')
          .map((word) => html`<li><button type="button" @click=${() => this.setFilter(word, null)}>${word}</button></li>`)}
      </ul>
      ${this.renderHotline()}
    </div>`;
  }

  private renderItem({ item, ranges }: Hit<FaqItem>): TemplateResult {
    const t = (key: RightsFaqMessageKey) => this.t(key);
    return html`<details id=${item.id} part="item">
      <summary part="question">${marked(item.question, ranges)}</summary>
      <div class="answer" part="answer">
        ${item.blocks.map(renderBlock)}
        <p class="basis"><strong>${t('answer.basis')}</strong>: ${item.basis.map((b) => citation(b, this.locale)).join('; ')}</p>
        <p class="reviewed">${this.t('answer.reviewed', { date: this.formatDate(item.reviewed) })}</p>
        <div class="actions">
          <button type="button" @click=${() => void this.copyLink(item.id)}>${t('action.copy')}</button>
          ${
            this.voice
              ? html`<button type="button" aria-pressed=${this.speaking === item.id} @click=${() => this.readAloud(item)}>
                  ${t(this.speaking === item.id ? 'action.stop' : 'action.read')}
                </button>`
              : nothing
          }
        </div>
        <p class="next">${t('answer.next')}</p>
        <ul class="next-links">
          <li><a href=${this.checkHref}>${t('answer.check')}</a></li>
          <li><a href=${`${this.mapHref}?issue=${item.issues[0]}`}>${t('answer.map')}</a></li>
        </ul>
      </div>
    </details>`;
  }
}

/** The question with the matched words in <mark>. */
function marked(text: string, ranges: [number, number][]): (string | TemplateResult)[] {
  const out: (string | TemplateResult)[] = [];
  let last = 0;
  for (const [start, end] of ranges) {
    out.push(text.slice(last, start), html`<mark>${text.slice(start, end)}</mark>`);
    last = end;
  }
  out.push(text.slice(last));
  return out;
}

function renderInline(part: Inline): TemplateResult | string {
  if (part.href) return html`<a href=${part.href}>${part.text}</a>`;
  return part.strong ? html`<strong>${part.text}</strong>` : part.text;
}

function renderBlock(block: Block): TemplateResult {
  const items = block.items.map((item) => item.map(renderInline));
  if (block.list === 'ul')
    return html`<ul>
      ${items.map((i) => html`<li>${i}</li>`)}
    </ul>`;
  if (block.list === 'ol')
    return html`<ol>
      ${items.map((i) => html`<li>${i}</li>`)}
    </ol>`;
  return html`<p>${items[0]}</p>`;
}
