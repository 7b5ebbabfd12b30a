import { h, nodes, setAttr, type Child } from '../core/dom.js';
import type { LoadedCatalogue } from '../core/locale.js';
import { errorView, loadingView } from '../core/status-view.js';
import { LaDataElement } from '../core/data-element.js';
import { statusStyles } from '../core/status.styles.js';
import { tokens } from '../core/tokens.styles.js';
import { WorkstationFinder } from './finder.js';
import type { FinderHost } from './host.js';
import type { Translate } from './present.js';
import type { WorkstationMapMessages } from './workstation-map.strings.js';
import { finderStyles } from './workstation-map.styles.js';
import { readWorkstationDirectory, type WorkstationDirectory, type WorkstationFile } from './workstations.js';

export { LaWorkstationSelectEvent } from './workstation-map.events.js';

/**
 * Where to get free legal aid nearby: the list of legal-aid workstations first (address, phone, open now,
 * what to bring, directions), filters that live in the URL, nearest-first sorting, and a map on top that
 * loads Leaflet only when it is opened.
 *
 * The element loads and validates the data and keeps the server-rendered list on screen until the data and
 * the words of its language (fetched in parallel) are here; the finder draws the list and filters. "Nearest
 * first" loads when first asked for; Leaflet only when the map opens. Plain DOM without Lit
 * (LaDataElement and `h()`), to keep the list small.
 * @summary Legal-aid workstation finder: list first, map on top.
 * @attr src - URL of the workstations data (HSDS JSON).
 * @attr timeout - How long to wait for `src`, in milliseconds (default 10,000).
 * @attr calendar - URL of the public-holiday calendar (/data/calendar.json) for "open now"; by default `calendar.json` beside `src`; `none`: weekends only.
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
 * @cssproperty [--la-workstation-map-height=352px] - Height of the map.
 * @cssproperty [--la-workstation-map-sketch=#e8eef3] - Background of the plain sketch map.
 */
export class LaWorkstationMap extends LaDataElement<WorkstationDirectory, WorkstationMapMessages, WorkstationFile> implements FinderHost {
  /** None bundled: each language's words load when the widget first shows it (the server list stays meanwhile). */
  static override strings = {} as LoadedCatalogue<WorkstationMapMessages>;
  static override lazyStrings = {
    'zh-CN': () => import('./workstation-map.strings.zh-CN.js').then((m) => m.zh),
    en: () => import('./workstation-map.strings.en.js').then((m) => m.en),
  };
  static override styles = [tokens, statusStyles, finderStyles];

  // Only what changes the list re-renders: the tiles and timeouts are read when the map or "nearest" starts.
  static override attributeNames = [...LaDataElement.attributeNames, 'map-mode', 'page-size', 'ignore-url', 'calendar'];

  // Attributes are the truth (LaElement): each property reads its attribute, and writing it sets the attribute.
  /** A positive number attribute; anything else (a typo on a partner page) reads as `fallback`. */
  #numberAttr(name: string, fallback: number): number {
    const value = Number(this.getAttribute(name) ?? NaN);
    return Number.isFinite(value) && value > 0 ? value : fallback;
  }

  /** Map background: `none` (a plain sketch, no third-party request), `tianditu`, `amap`, or a URL template with {z}/{x}/{y}. */
  get tiles(): string {
    return this.getAttribute('tiles') ?? 'none';
  }
  set tiles(value: string) {
    setAttr(this, 'tiles', value);
  }
  /** Key for Tianditu tiles. */
  get tilesKey(): string | null {
    return this.getAttribute('tiles-key');
  }
  set tilesKey(value: string | null) {
    setAttr(this, 'tiles-key', value);
  }
  /** Attribution text for the tiles. */
  get tilesAttribution(): string | null {
    return this.getAttribute('tiles-attribution');
  }
  set tilesAttribution(value: string | null) {
    setAttr(this, 'tiles-attribution', value);
  }
  /** The tile provider's map approval number (审图号), shown in the attribution. */
  get tilesApproval(): string | null {
    return this.getAttribute('tiles-approval');
  }
  set tilesApproval(value: string | null) {
    setAttr(this, 'tiles-approval', value);
  }
  /** How long to wait for the first tile before saying the background failed, in ms. */
  get tilesTimeout(): number {
    return this.#numberAttr('tiles-timeout', 8000);
  }
  set tilesTimeout(value: number) {
    setAttr(this, 'tiles-timeout', String(value));
  }
  /** How long to wait for the phone's position, in ms. */
  get geoTimeout(): number {
    return this.#numberAttr('geo-timeout', 8000);
  }
  set geoTimeout(value: number) {
    setAttr(this, 'geo-timeout', String(value));
  }
  /** URL of the public-holiday calendar for "open now"; by default `calendar.json` beside `src`; `none`: weekends only. */
  get calendar(): string | null {
    return this.getAttribute('calendar');
  }
  set calendar(value: string | null) {
    setAttr(this, 'calendar', value);
  }
  /** `auto`: the map opens by itself on a wide screen once visible; `manual`: only when asked. */
  get mapMode(): 'auto' | 'manual' {
    return this.getAttribute('map-mode') === 'manual' ? 'manual' : 'auto';
  }
  set mapMode(value: 'auto' | 'manual') {
    setAttr(this, 'map-mode', value);
  }
  /** How many workstations to show before "show more". */
  get pageSize(): number {
    return this.#numberAttr('page-size', 20);
  }
  set pageSize(value: number) {
    setAttr(this, 'page-size', String(value));
  }
  /** Neither read nor write the filters in the page address (for partner pages with their own). */
  get ignoreUrl(): boolean {
    return this.hasAttribute('ignore-url');
  }
  set ignoreUrl(value: boolean) {
    this.toggleAttribute('ignore-url', value);
  }
  /** The time used for "open now"; defaults to the clock. */
  get now(): Date | undefined {
    return this.#nowValue;
  }
  set now(value: Date | undefined) {
    this.#nowValue = value;
    if (this.isConnected) this.requestUpdate();
  }

  #nowValue: Date | undefined;
  readonly #slot = h('slot', null);
  readonly #finder = new WorkstationFinder(this);

  protected parseData(raw: unknown): WorkstationDirectory {
    // The dated exceptions are read just after the list shows, with "open now" (card-extras.ts).
    return readWorkstationDirectory(raw, `<${this.localName}> data`);
  }

  /** @internal The validated data once ready. */
  get directory(): WorkstationDirectory | undefined {
    return this.dataState === 'ready' ? this.value : undefined;
  }

  /** @internal A message in the element's language, for the finder. */
  readonly text: Translate = (key, values) => this.t(key, values);

  /** @internal The 12348 hotline line, for the finder's empty state. */
  hotline(): HTMLElement {
    return this.renderHotline();
  }

  protected override update(): void {
    const content = this.render();
    if (content === this.#finder) this.#finder.update(this.renderRoot);
    // The slot alone again: nothing to change.
    else if (this.renderRoot.lastChild !== content) this.renderRoot.replaceChildren(...nodes([content as Child]));
  }

  protected render() {
    // Loaded by LaElement (lazyStrings); if they could not be, the catalogue stays without them.
    const hasWords = Boolean(LaWorkstationMap.strings[this.locale]?.count);
    const wordsFailed = this.wordsReady && !hasWords;
    // The finder (a controller: its hostUpdate starts "open now" and the calendar beside the data and the
    // words) keeps its own DOM and updates it in place (update above).
    if (this.directory && hasWords) return this.#finder;
    // Until the data and the words are here (or if the words never load), the server-rendered list shows as
    // it is; without one, what went wrong, the hotline and "try again".
    const fallback = Boolean(this.querySelector(':scope > :not(script)'));
    // The same slot every time: a new one would make a slow phone lay the whole server list out again.
    if (fallback && this.dataState !== 'error') return this.#slot;
    return [
      this.dataState === 'ready' && !wordsFailed ? loadingView((key) => this.t(key)) : this.renderStatus(),
      wordsFailed &&
        !fallback &&
        errorView(
          (key) => this.t(key),
          { kind: 'network', message: 'words' },
          () => this.retryWords(),
        ),
      this.#slot,
    ];
  }
}
