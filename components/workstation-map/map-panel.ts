import { toLatLng } from './distance.js';
import { leafletStyles } from './leaflet.styles.js';
import { mapPanelStrings } from './map-panel.strings.js';
import { mapStyles } from './map-view.styles.js';
import { MapView } from './map-view.js';
import type { Located } from './nearest.js';
import { tileSource } from './tiles.js';
import type { LatLng } from './gcj02.js';
import type { LaWorkstationMap } from './workstation-map.js';
import type { District } from './workstations.js';

/**
 * The map's styles, which the list adopts when it loads this chunk: Leaflet's sheet, then ours, as two
 * sheets, so nothing in one (an unclosed block) can swallow the other.
 */
export const mapPanelStyles = [leafletStyles, mapStyles];

/**
 * What the map adds to <la-workstation-map> once opened: Leaflet with the configured tiles, the filtered
 * points kept in step with the list, and the messages under the map (tiles failed, sketch map, points left
 * off, the two-finger hint). Loaded with Leaflet, so none of it weighs on the list.
 */
export class MapPanel {
  private readonly view: MapView;
  private readonly sketch: boolean;
  private tilesFailed = false;
  private fingerHintShown = false;
  private pointsKey: string | undefined;
  private hereKey = '';

  constructor(
    private readonly host: LaWorkstationMap,
    container: HTMLElement,
    districts: readonly District[],
    onSelect: (id: string) => void,
  ) {
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
      clusterLabel: (count) => this.t('map.cluster', { count: host.number(count) }),
      onSelect,
      onTilesFailed: () => this.set({ tilesFailed: true }),
      onSingleFingerTouch: () => {
        this.set({ fingerHintShown: true });
        setTimeout(() => this.set({ fingerHintShown: false }), 1500);
      },
    });
  }

  private get t() {
    return this.host.words(mapPanelStrings);
  }

  private set(patch: { tilesFailed?: boolean; fingerHintShown?: boolean }): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  /** Shows the filtered list's points, only when they changed (refitting on every render would fight the user). */
  show(results: readonly Located[]): void {
    const locale = this.host.locale;
    const points = results.flatMap(({ item: { id, name, location } }) =>
      location ? [{ id, name: name[locale], ...toLatLng(location) }] : [],
    );
    const key = points.map((p) => p.id).join();
    if (key === this.pointsKey) return;
    this.pointsKey = key;
    this.view.setPoints(points);
  }

  select(id: string, centre: boolean): void {
    this.view.select(id, centre);
  }

  /** The worker's own position, once they shared it (never a district picked by hand). */
  here(point: LatLng | undefined): void {
    const key = point ? `${point.lat},${point.lng}` : '';
    if (key === this.hereKey) return;
    this.hereKey = key;
    this.view.setHere(point ?? null, this.t('map.here'));
  }

  resize(): void {
    this.view.resize();
  }

  destroy(): void {
    this.view.destroy();
  }

  /** The status line under the map: the tiles failed, or nothing. */
  status(): string {
    return this.tilesFailed ? this.t('map.tilesFailed') : '';
  }

  /**
   * Puts the notes under the map into `box`: the two-finger hint while it shows (after a one-finger drag),
   * that this is a sketch and not a real map, and how many workstations are left off it. Built here, with
   * the map, so the list does not carry them.
   */
  notes(box: HTMLElement, results: readonly Located[]): void {
    const { t } = this;
    const unmapped = results.filter((r) => !r.item.location).length;
    const note = (text: string | false, className = 'hint') =>
      text ? [Object.assign(document.createElement('p'), { className, textContent: text })] : [];
    const finger = note(this.fingerHintShown && t('map.twoFingers'), 'finger-hint');
    finger[0]?.setAttribute('aria-hidden', 'true');
    box.replaceChildren(
      ...finger,
      ...note(this.sketch && t('map.schematic')),
      ...note(unmapped > 0 && t('map.unmapped', { count: this.host.number(unmapped) })),
    );
  }
}
