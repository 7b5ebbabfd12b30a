import type { ReactiveController } from '@lit/reactive-element/reactive-controller.js';
import { h } from '../core/dom.js';
import type { FinderHost, ListSide } from './host.js';
import { setText } from './list-view.js';
import type { MapPanel } from './map-panel.js';

/**
 * The list's side of the map: the "open the map" button, opening it by itself on a wide screen once the
 * widget is visible (`map-mode="auto"`), and loading the map (map-panel.ts, with Leaflet) the first time.
 * Everything the open map does is in its own chunk.
 */
export class MapOpener implements ReactiveController {
  /** The worker has the map open (it may still be loading). */
  #shown = false;
  /** The map's chunk, asked for once; undefined until the map is first opened. */
  #loading: Promise<void> | undefined;
  /** The map once made; `failed` when its chunk could not load. */
  #panel: MapPanel | 'failed' | undefined;
  #visibility: IntersectionObserver | undefined;
  /** Leaflet's container: kept across the list's rebuilds, since the map lives in it. */
  readonly box = h('div', { class: 'map', part: 'map', role: 'region' });

  constructor(
    private readonly host: FinderHost,
    private readonly list: ListSide,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#visibility?.disconnect();
    // The map removes itself (MapPanel.hostDisconnected); a new one is made if the map is opened again.
    this.#visibility = this.#panel = this.#loading = undefined;
    this.#shown = false;
  }

  /** After the list's update: the button, the map's place and the loading line. */
  hostUpdated(): void {
    const { view } = this.list;
    const { host } = this;
    if (!view) return;
    const panel = this.#panel;
    setText(view.mapToggle, host.text(this.#shown ? 'map.close' : 'map.open'));
    view.mapToggle.setAttribute('aria-expanded', String(this.#shown));
    view.mapWrap.hidden = !this.#shown;
    // Once made, the map writes this line itself (the tiles failed).
    if (typeof panel !== 'object') setText(view.mapStatus, panel ? host.text('map.failed') : this.#loading ? host.text('map.loading') : '');
    if (host.mapMode === 'auto' && !this.#visibility && matchMedia('(min-width: 60em)').matches) {
      this.#visibility = new IntersectionObserver((entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this.#visibility!.disconnect();
        void this.show();
      });
      this.#visibility.observe(host);
    }
  }

  toggle(): void {
    if (!this.#shown) return void this.show().then(() => typeof this.#panel === 'object' && this.#panel.resize());
    this.#shown = false;
    this.host.requestUpdate();
  }

  /** Opens the map, loading Leaflet the first time. */
  show(): Promise<void> {
    this.#shown = true;
    this.host.requestUpdate();
    return (this.#loading ??= this.#load());
  }

  async #load(): Promise<void> {
    // Leaflet measures its container: let the update show it first.
    await this.host.updateComplete;
    try {
      const { MapPanel } = await import('./map-panel.js');
      // The widget may have left the page while Leaflet loaded: a map made now would never be removed.
      if (this.host.isConnected) this.#panel = new MapPanel(this.host, this.list, this.box);
    } catch (error) {
      console.warn(`legal-aid-kit: <${this.host.localName}> the map could not load: ${String(error)}`);
      this.#panel = 'failed';
    }
    this.host.requestUpdate();
  }

  /** 「在地图上看」: the map comes into view, centred on that workstation's pin, which takes the focus. */
  async showPin(id: string): Promise<void> {
    this.list.choose(id);
    await this.show();
    if (typeof this.#panel === 'object') await this.#panel.showPin(id);
  }
}
