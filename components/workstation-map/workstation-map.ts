import { html, nothing } from 'lit-html';
import { litRenderer } from '../core/lit-renderer.js';
import type { Catalogue, Locale, Messages } from '../core/locale.js';
import { LaPlainDataElement } from '../core/plain-data-element.js';
import { attribute, booleanAttribute, numberAttribute, state } from '../core/reactive.js';
import { statusStyles } from '../core/status.styles.js';
import { tokens } from '../core/tokens.styles.js';
import { WorkstationFinder } from './finder.js';
import type { Translate } from './present.js';
import type { WorkstationMapMessages } from './workstation-map.strings.js';
import { finderStyles } from './workstation-map.styles.js';
import { parseWorkstationDirectory, type WorkstationDirectory } from './workstations.js';

export { LaWorkstationSelectEvent } from './workstation-map.events.js';

/** Each language's words load when the widget first shows it; the server list stays on screen meanwhile. */
const loadMessages = async (locale: Locale): Promise<WorkstationMapMessages> =>
  locale === 'en' ? (await import('./workstation-map.strings.en.js')).en : (await import('./workstation-map.strings.zh-CN.js')).zh;

/**
 * Where to get free legal aid nearby: the list of legal-aid workstations first (address, phone, open now,
 * what to bring, directions), filters that live in the URL, nearest-first sorting, and a map on top that
 * loads Leaflet only when it is opened.
 *
 * The element loads and validates the data and keeps the server-rendered list on screen until the data and
 * the words of its language (fetched in parallel) are here; the finder draws the list and filters. "Nearest
 * first" loads when first asked for; Leaflet only when the map opens. Lit's templates without its reactive
 * runtime (LaPlainDataElement + litRenderer), to keep the list small.
 * @summary Legal-aid workstation finder: list first, map on top.
 * @attr src - URL of the workstations data (HSDS JSON).
 * @attr timeout - How long to wait for `src`, in milliseconds (default 10,000).
 * @attr tiles - Map background: `none` (a plain sketch, no third-party request; the default), `tianditu`, `amap`, or a URL template with {z}/{x}/{y}.
 * @attr tiles-key - Key for Tianditu tiles.
 * @attr tiles-attribution - Attribution text for the tiles.
 * @attr tiles-approval - The tile provider's map approval number (审图号), shown in the attribution.
 * @attr tiles-timeout - How long to wait for the first tile before saying the background failed, in ms (default 8000).
 * @attr geo-timeout - How long to wait for the phone's position, in ms (default 8000).
 * @attr map-mode - `auto` (the default): the map opens by itself on a wide screen once visible; `manual`: only when asked.
 * @attr page-size - How many workstations to show before "show more" (default 20).
 * @attr ignore-url - Neither read nor write the filters in the page address (for partner pages with their own).
 * @attr large-text - Large-text mode (适老化): bigger type and touch targets.
 * @slot - Server-rendered list of workstations, shown as it is until the widget's list is ready.
 * @event la-workstation-select - A workstation was chosen in the list or on the map; detail: { id }.
 * @event la-data-ready - The data loaded and validated.
 * @event la-data-error - The data could not be used; the widget shows the hotline.
 * @csspart sample - The sample-data notice.
 * @csspart filters - The filter form.
 * @csspart list - The list of workstations.
 * @csspart item - One workstation in the list.
 * @csspart map - The map box.
 * @csspart status - The loading message.
 * @csspart error - The error box.
 * @csspart hotline - The hotline line.
 * @cssproperty --la-workstation-map-height - Height of the map (default 352px).
 * @cssproperty --la-workstation-map-sketch - Background of the plain sketch map.
 */
export class LaWorkstationMap extends LaPlainDataElement<WorkstationDirectory, WorkstationMapMessages> {
  /** Filled in per language as it loads. */
  static override strings: Catalogue<Messages> = { 'zh-CN': {}, en: {} };
  static override styles = [tokens, statusStyles, finderStyles];

  /** Map background: `none` (a plain sketch, no third-party request), `tianditu`, `amap`, or a URL template with {z}/{x}/{y}. */
  @attribute('tiles', 'none') tiles!: string;
  /** Key for Tianditu tiles. */
  @attribute('tiles-key') tilesKey!: string | null;
  /** Attribution text for the tiles. */
  @attribute('tiles-attribution') tilesAttribution!: string | null;
  /** The tile provider's map approval number (审图号), shown in the attribution. */
  @attribute('tiles-approval') tilesApproval!: string | null;
  /** How long to wait for the first tile before saying the background failed, in ms. */
  @numberAttribute('tiles-timeout', 8000) tilesTimeout!: number;
  /** How long to wait for the phone's position, in ms. */
  @numberAttribute('geo-timeout', 8000) geoTimeout!: number;
  /** `auto`: the map opens by itself on a wide screen once visible; `manual`: only when asked. */
  @attribute('map-mode', 'auto') mapMode!: 'auto' | 'manual';
  /** How many workstations to show before "show more". */
  @numberAttribute('page-size', 20) pageSize!: number;
  /** Neither read nor write the filters in the page address (for partner pages with their own). */
  @booleanAttribute('ignore-url') ignoreUrl!: boolean;
  /** The time used for "open now"; defaults to the clock. */
  @state() now: Date | undefined;

  private readonly finder = new WorkstationFinder(this);
  /** The words could not be loaded: the server list (or the hotline) stays. */
  private wordsFailed = false;
  private wordsLoading = new Set<Locale>();

  protected parseData(raw: unknown): WorkstationDirectory {
    return parseWorkstationDirectory(raw, `<${this.localName}> data`);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.finder.hostConnected();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.finder.hostDisconnected();
  }

  /** Starts loading the words of the element's language, once. */
  private loadWords(): void {
    const { locale } = this;
    if (this.wordsLoading.has(locale)) return;
    this.wordsLoading.add(locale);
    loadMessages(locale).then(
      (messages) => {
        LaWorkstationMap.strings[locale] = messages;
        this.requestRender();
      },
      (error: unknown) => {
        this.wordsFailed = true;
        console.warn(`legal-aid-kit: <${this.localName}> could not load its words: ${String(error)}`);
        this.requestRender();
      },
    );
  }

  private get hasStrings(): boolean {
    return 'count' in LaWorkstationMap.strings[this.locale];
  }

  /** @internal The validated data once ready. */
  get directory(): WorkstationDirectory | undefined {
    return this.dataState === 'ready' ? this.value : undefined;
  }

  /** @internal The element's resolved language. */
  get kitLocale(): Locale {
    return this.locale;
  }

  /** @internal A message in the element's language, for the finder. */
  readonly text: Translate = (key, values) => this.t(key, values);

  /** @internal The 12348 hotline line, for the finder's empty state. */
  hotline(): HTMLElement {
    return this.renderHotline();
  }

  protected override paint(content: unknown): void {
    litRenderer(this, content);
    this.finder.hostUpdated();
  }

  protected render() {
    if (!this.hasStrings) this.loadWords();
    if (this.directory && this.hasStrings) {
      this.finder.hostUpdate();
      return this.finder.render();
    }
    // Until the data and the words are here (or if the words never load), the server-rendered list shows as it is.
    const fallback = Boolean(this.querySelector(':scope > :not(script)'));
    if (fallback && this.dataState !== 'error') return html`<slot></slot>`;
    const waiting = this.dataState === 'ready' && !this.wordsFailed;
    return html`${waiting ? html`<p class="la-status" role="status" part="status">${this.t('status.loading')}</p>` : this.renderStatus()}
      ${this.wordsFailed && !fallback ? this.hotline() : nothing}<slot></slot>`;
  }
}
