import type { ReactiveController } from '@lit/reactive-element/reactive-controller.js';
import { message } from '../core/core.strings.js';
import { adoptStyles, unsafeCSS, type CSSResult } from '../core/css.js';
import { formatNumber } from '../core/format.js';
import { toLatLng } from './distance.js';
import { leafletStyles } from './leaflet.styles.js';
import { mapPanelStrings } from './map-panel.strings.js';
import { mapStyles } from './map-view.styles.js';
import { MapView } from './map-view.js';
import { tileSource } from './tiles.js';
import type { FinderHost, ListSide } from './host.js';

/** The map's sheets, made once from its text and shared by every map on the page. */
let sheets: CSSResult[] | undefined;

/**
 * Brings `element` to the top of the screen. The list items above it may change height as they are laid
 * out for the first time (content-visibility), which moves it again: repeat until it stays put.
 */
async function scrollToTop(element: HTMLElement): Promise<void> {
  for (let i = 0, last = NaN; i < 8; i++) {
    element.scrollIntoView({ block: 'start' });
    await new Promise(requestAnimationFrame);
    const top = element.getBoundingClientRect().top;
    if (Math.abs(top - last) < 1) return;
    last = top;
  }
}

/**
 * What the map adds to <la-workstation-map> once opened: its styles (Leaflet's sheet, then ours, as two
 * sheets, so nothing in one, such as an unclosed block, can swallow the other), Leaflet with the configured
 * tiles, the filtered points kept in step with the list, a pin and its card pointing to each other, and the
 * messages under the map (tiles failed, sketch map, points left off, the two-finger hint). Loaded with
 * Leaflet, so none of it weighs on the list.
 */
export class MapPanel implements ReactiveController {
  private readonly view: MapView;
  private readonly sketch: boolean;
  private tilesFailed = false;
  private fingerHintShown = false;
  private pointsKey: string | undefined;
  private hereKey = '';

  constructor(
    private readonly host: FinderHost,
    private readonly list: ListSide,
    private readonly container: HTMLElement,
  ) {
    host.addController(this);
    // After the element's own sheets.
    adoptStyles(host.shadowRoot!, (sheets ??= [leafletStyles, mapStyles].map(unsafeCSS)));
    const districts = host.directory!.districts;
    const tiles = tileSource(host.tiles, { key: host.tilesKey, attribution: host.tilesAttribution, approval: host.tilesApproval });
    if (!tiles && host.tiles !== 'none')
      console.warn(`legal-aid-kit: <${host.localName}> tiles="${host.tiles}" is not usable; drawing the plain sketch`);
    this.sketch = !tiles;
    const locale = host.locale;
    this.view = new MapView({
      container,
      tiles,
      tilesTimeout: host.tilesTimeout,
      places: tiles ? [] : districts.map(({ id, name, location }) => ({ id, name: name[locale], ...toLatLng(location) })),
      clusterLabel: (count) => this.t('map.cluster', { count: formatNumber(count, host.locale) }),
      onSelect: (id) => void this.fromPin(id),
      onTilesFailed: () => this.set({ tilesFailed: true }),
      onSingleFingerTouch: () => {
        this.set({ fingerHintShown: true });
        setTimeout(() => this.set({ fingerHintShown: false }), 1500);
      },
    });
  }

  /** Its own words, in the element's language. */
  private readonly t = (key: keyof (typeof mapPanelStrings)['zh-CN'], values?: Record<string, string | number>) =>
    message(mapPanelStrings, this.host.locale, key, values);

  private set(patch: { tilesFailed?: boolean; fingerHintShown?: boolean }): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  /** After the list's render: its points, the worker's position, and the lines under the map. */
  hostUpdated(): void {
    const { results } = this.list;
    this.show();
    this.here();
    const parts = this.list.view!;
    this.container.setAttribute('aria-label', this.t('map.label'));
    const status = this.tilesFailed ? this.t('map.tilesFailed') : '';
    if (parts.mapStatus.textContent !== status) parts.mapStatus.textContent = status;
    this.notes(parts.mapNotes, results.filter((r) => !r.item.location).length);
  }

  /** A pin was chosen: its card comes to the top of the screen, selected. */
  private async fromPin(id: string): Promise<void> {
    this.list.choose(id);
    this.view.select(id, false);
    await this.host.updateComplete;
    await scrollToTop(this.list.card(id)!);
  }

  /** 「在地图上看」: the map comes into view, centred on that workstation's pin, which takes the focus. */
  async showPin(id: string): Promise<void> {
    this.view.select(id, true);
    await this.host.updateComplete;
    this.list.view!.mapWrap.scrollIntoView({ block: 'nearest' });
    this.container.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`)?.focus({ preventScroll: true });
  }

  /** Shows the filtered list's points, only when they changed (refitting on every render would fight the user). */
  private show(): void {
    const locale = this.host.locale;
    const points = this.list.results.flatMap(({ item: { id, name, location } }) =>
      location ? [{ id, name: name[locale], ...toLatLng(location) }] : [],
    );
    const key = points.map((p) => p.id).join();
    if (key === this.pointsKey) return;
    this.pointsKey = key;
    this.view.setPoints(points);
  }

  /** The worker's own position, once they shared it (never a district picked by hand). */
  private here(): void {
    const point = this.list.here;
    const key = point ? `${point.lat},${point.lng}` : '';
    if (key === this.hereKey) return;
    this.hereKey = key;
    this.view.setHere(point ?? null, this.t('map.here'));
  }

  resize(): void {
    this.view.resize();
  }

  /** The widget left the page: the map goes (a new one is made if it comes back and the map is opened). */
  hostDisconnected(): void {
    this.host.removeController(this);
    this.view.destroy();
  }

  /**
   * Puts the notes under the map into `box`: the two-finger hint while it shows (after a one-finger drag),
   * that this is a sketch and not a real map, and how many workstations are left off it. Built here, with
   * the map, so the list does not carry them.
   */
  private notes(box: HTMLElement, unmapped: number): void {
    const { t } = this;
    const note = (text: string | false, className = 'hint') =>
      text ? [Object.assign(document.createElement('p'), { className, textContent: text })] : [];
    const finger = note(this.fingerHintShown && t('map.twoFingers'), 'finger-hint');
    finger[0]?.setAttribute('aria-hidden', 'true');
    box.replaceChildren(
      ...finger,
      ...note(this.sketch && t('map.schematic')),
      ...note(unmapped > 0 && t('map.unmapped', { count: formatNumber(unmapped, this.host.locale) })),
    );
  }
}
