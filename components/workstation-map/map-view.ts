import { DivIcon, LatLngBounds, LayerGroup, Map as LeafletMap, Marker, TileLayer } from 'leaflet/dist/leaflet-src.esm.js';
import type { LatLngExpression } from 'leaflet';
import { gridCluster } from './cluster.js';
import { wgs84ToGcj02, type LatLng } from './gcj02.js';
import type { TileSource } from './tiles.js';

/**
 * The Leaflet part of <la-workstation-map>, loaded with import() only when the map opens, so Leaflet
 * never weighs on the list. Markers are SVG divIcons (no image requests, fine in shadow DOM) with
 * accessible names; nearby points merge into clusters at low zoom.
 */
export interface MapPoint extends LatLng {
  id: string;
  name: string;
}

export interface MapViewOptions {
  container: HTMLElement;
  tiles: TileSource | null;
  /** Waits this long for a first tile before saying the background failed. */
  tilesTimeout: number;
  /** District names drawn on the plain sketch so it is not an empty box. */
  places: MapPoint[];
  clusterLabel: (count: number) => string;
  onSelect: (id: string) => void;
  onTilesFailed: () => void;
  onSingleFingerTouch: () => void;
}

const SVG = 'http://www.w3.org/2000/svg';

function pinIcon(): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 32 40');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', 'M16 1C8 1 2 7 2 15c0 10 14 24 14 24s14-14 14-24C30 7 24 1 16 1z');
  const dot = document.createElementNS(SVG, 'circle');
  dot.setAttribute('cx', '16');
  dot.setAttribute('cy', '15');
  dot.setAttribute('r', '5');
  svg.append(path, dot);
  return svg;
}

export class MapView {
  private readonly map: LeafletMap;
  private readonly markers = new LayerGroup();
  private readonly labels: Marker[] = [];
  private here: Marker | undefined;
  private points: MapPoint[] = [];
  private selected: string | undefined;
  private tilesSettled = false;

  constructor(private readonly options: MapViewOptions) {
    // On a touch screen one finger scrolls the page; two fingers move and zoom the map.
    const touchFirst = matchMedia('(pointer: coarse)').matches;
    this.map = new LeafletMap(options.container, {
      dragging: !touchFirst,
      zoomSnap: 1,
      fadeAnimation: false,
      zoomAnimation: !matchMedia('(prefers-reduced-motion: reduce)').matches,
      attributionControl: Boolean(options.tiles),
      maxZoom: options.tiles?.maxZoom ?? 17,
    });
    if (touchFirst)
      options.container.addEventListener('touchmove', (e) => e.touches.length === 1 && options.onSingleFingerTouch(), { passive: true });
    if (options.tiles) this.addTiles(options.tiles);
    else this.drawPlaces();
    this.markers.addTo(this.map);
    this.map.on('zoomend', () => this.draw());
    this.map.setView([22.52, 113.38], 10, { animate: false });
  }

  private addTiles(tiles: TileSource): void {
    this.map.attributionControl.setPrefix('Leaflet');
    const timer = setTimeout(() => this.tilesFailed(), this.options.tilesTimeout);
    tiles.urls.forEach((url, i) => {
      const layer = new TileLayer(url, {
        subdomains: tiles.subdomains,
        maxZoom: tiles.maxZoom,
        // Leaflet writes the attribution as HTML: give it text only.
        attribution: i === 0 ? escapeHtml(tiles.attribution) : undefined,
        referrerPolicy: 'no-referrer',
      } as never);
      layer.on('tileload', () => {
        this.tilesSettled = true;
        clearTimeout(timer);
      });
      layer.on('tileerror', () => {
        clearTimeout(timer);
        this.tilesFailed();
      });
      layer.addTo(this.map);
    });
  }

  private tilesFailed(): void {
    if (this.tilesSettled) return;
    this.tilesSettled = true;
    this.options.onTilesFailed();
  }

  private drawPlaces(): void {
    for (const place of this.options.places) {
      const label = document.createElement('span');
      label.textContent = place.name;
      const marker = new Marker([place.lat, place.lng], {
        icon: new DivIcon({ html: label, className: 'la-place', iconSize: undefined }),
        interactive: false,
        keyboard: false,
        zIndexOffset: -1000,
      }).addTo(this.map);
      this.labels.push(marker);
    }
  }

  private drawPosition(point: LatLng): LatLngExpression {
    const drawn = this.options.tiles?.datum === 'gcj02' ? wgs84ToGcj02(point) : point;
    return [drawn.lat, drawn.lng];
  }

  /** Shows these points (the filtered list) and frames them. */
  setPoints(points: MapPoint[]): void {
    this.points = points;
    if (points.length) {
      const bounds = new LatLngBounds(points.map((p) => this.drawPosition(p) as [number, number]));
      this.map.fitBounds(bounds, { animate: false, padding: [32, 32], maxZoom: 15 });
    }
    this.draw();
  }

  /**
   * Highlights one workstation; `centre`: zooms in on it until it stands alone (chosen from the list). A pin
   * tapped on the map stays where it is, so the map does not jump under the finger.
   */
  select(id: string | undefined, centre = true): void {
    this.selected = id;
    const point = this.points.find((p) => p.id === id);
    if (point && centre) this.map.setView(this.drawPosition(point), Math.max(this.map.getZoom(), 15), { animate: false });
    this.draw();
  }

  private draw(): void {
    // Redrawing replaces the marker elements: keep keyboard focus on the same workstation.
    const active = (this.options.container.getRootNode() as ShadowRoot | Document).activeElement as HTMLElement | null;
    const focusedId = this.options.container.contains(active) ? active?.dataset['id'] : undefined;
    this.markers.clearLayers();
    const zoom = this.map.getZoom();
    const clusters = gridCluster(this.points, (p) => this.map.project(this.drawPosition(p), zoom), 48);
    for (const { members, x, y } of clusters) {
      if (members.length === 1) this.addMarker(members[0]!);
      else this.addCluster(members, this.map.unproject([x, y], zoom));
    }
    this.declutter();
    if (focusedId) this.options.container.querySelector<HTMLElement>(`[data-id="${CSS.escape(focusedId)}"]`)?.focus();
  }

  private addMarker(point: MapPoint): void {
    const marker = new Marker(this.drawPosition(point), {
      icon: new DivIcon({
        html: pinIcon(),
        className: `la-marker${point.id === this.selected ? ' la-marker--selected' : ''}`,
        iconSize: [32, 40],
        iconAnchor: [16, 40],
        tooltipAnchor: [14, -25],
      }),
      keyboard: true,
      riseOnHover: true,
      zIndexOffset: point.id === this.selected ? 1000 : 0,
    });
    marker.on('click', () => this.options.onSelect(point.id));
    this.markers.addLayer(marker);
    // The chosen workstation says its name on the map, so map and card visibly agree.
    if (point.id === this.selected)
      marker
        // Beside the pin, on the side towards the map's middle, so a long name stays inside the map.
        .bindTooltip(point.name, { permanent: true, direction: 'auto', className: 'la-name' })
        .openTooltip();
    this.label(marker, point.name, 1, () => this.options.onSelect(point.id), point.id);
  }

  /** A cluster badge where its members are on average, so badges stay a cell apart (cluster.ts). */
  private addCluster(members: MapPoint[], center: LatLngExpression): void {
    const bubble = document.createElement('span');
    bubble.textContent = String(members.length);
    const bounds = new LatLngBounds(members.map((p) => this.drawPosition(p) as [number, number]));
    const marker = new Marker(center, { icon: new DivIcon({ html: bubble, className: 'la-cluster', iconSize: [44, 44] }), keyboard: true });
    const zoomIn = () => this.map.fitBounds(bounds, { animate: false, padding: [32, 32], maxZoom: Math.max(this.map.getZoom() + 2, 12) });
    marker.on('click', zoomIn);
    this.markers.addLayer(marker);
    this.label(marker, this.options.clusterLabel(members.length), members.length, zoomIn);
  }

  /** An accessible name, the point count for tests and tools, and Enter/Space like a real button. */
  private label(marker: Marker, name: string, count: number, activate: () => void, id?: string): void {
    const element = marker.getElement();
    if (!element) return;
    element.setAttribute('aria-label', name);
    element.dataset['count'] = String(count);
    if (id) element.dataset['id'] = id;
    element.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      activate();
    });
  }

  /**
   * Hides the sketch's district names that would sit on a pin, a badge or another name: at low zoom the
   * central districts (石岐/东区/西区/南区) would pile up unreadably.
   */
  private declutter(): void {
    const taken = [...this.options.container.querySelectorAll('.la-marker, .la-cluster')].map((e) => e.getBoundingClientRect());
    // Before the map first draws (its zoomend comes before its load) the names have no element yet.
    for (const label of this.labels.flatMap((m) => m.getElement() ?? [])) {
      label.classList.remove('la-hidden');
      const box = label.getBoundingClientRect();
      const hidden = taken.some((t) => box.left < t.right && t.left < box.right && box.top < t.bottom && t.top < box.bottom);
      label.classList.toggle('la-hidden', hidden);
      if (!hidden) taken.push(box);
    }
  }

  /** Draws the worker's own position (only once they let the phone share it); null removes it. */
  setHere(point: LatLng | null, name: string): void {
    this.here?.remove();
    this.here = undefined;
    if (!point) return;
    const dot = document.createElement('span');
    dot.setAttribute('role', 'img');
    dot.setAttribute('aria-label', name);
    this.here = new Marker(this.drawPosition(point), {
      icon: new DivIcon({ html: dot, className: 'la-here', iconSize: [22, 22] }),
      interactive: false,
      keyboard: false,
      zIndexOffset: 500,
    }).addTo(this.map);
  }

  /** The map's size changed (opened, printed, rotated). */
  resize(): void {
    this.map.invalidateSize({ animate: false });
    this.declutter();
  }

  destroy(): void {
    this.map.remove();
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
