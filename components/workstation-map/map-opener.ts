import type { ReactiveController } from '@lit/reactive-element/reactive-controller.js';
import { h } from '../core/dom.js';
import type { FinderHost, ListSide } from './host.js';
import { setText } from './list-view.js';
import type { MapPanel } from './map-panel.js';

type MapState = 'closed' | 'loading' | 'open' | 'failed';

/**
 * The list's side of the map: the "open the map" button, opening it by itself on a wide screen once the
 * widget is visible (`map-mode="auto"`), and loading the map (map-panel.ts, with Leaflet) the first time.
 * Everything the open map does is in its own chunk.
 */
export class MapOpener implements ReactiveController {
  #state: MapState = 'closed';
  #visible = false;
  #panel: MapPanel | undefined;
  #loading: Promise<void> | undefined;
  #visibility: IntersectionObserver | undefined;
  /** Leaflet's container: kept across the list's rebuilds, since the map lives in it. */
  readonly box = h('div', { class: 'map', part: 'map', role: 'region' });

  constructor(
    private readonly host: FinderHost,
    private readonly list: ListSide,
  ) {
    host.addController(this);
  }

  #set(state: MapState, visible = this.#visible): void {
    this.#state = state;
    this.#visible = visible;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#visibility?.disconnect();
    // The map removes itself (MapPanel.hostDisconnected); a new one is made if the map is opened again.
    this.#visibility = this.#panel = this.#loading = undefined;
    this.#set('closed', false);
  }

  /** After the list's update: the button, the map's place and the loading line. */
  hostUpdated(): void {
    const view = this.list.view;
    if (!view) return;
    setText(view.mapToggle, this.host.text(this.#visible ? 'map.close' : 'map.open'));
    view.mapToggle.setAttribute('aria-expanded', String(this.#visible));
    view.mapWrap.hidden = this.#state === 'closed' || !this.#visible;
    if (!this.#panel)
      setText(view.mapStatus, this.#state === 'loading' || this.#state === 'failed' ? this.host.text(`map.${this.#state}`) : '');
    this.#watchVisibility();
  }

  #watchVisibility(): void {
    if (this.host.mapMode !== 'auto' || this.#visibility || !matchMedia('(min-width: 60em)').matches) return;
    this.#visibility = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      this.#visibility?.disconnect();
      void this.show();
    });
    this.#visibility.observe(this.host);
  }

  toggle(): void {
    if (this.#visible) this.#set(this.#state, false);
    else void this.show().then(() => this.#panel?.resize());
  }

  /** Opens the map, loading Leaflet the first time. */
  show(): Promise<void> {
    this.#set(this.#state, true);
    return (this.#loading ??= this.#load());
  }

  async #load(): Promise<void> {
    this.#set('loading');
    // Leaflet measures its container: let the update show it first.
    await this.host.updateComplete;
    try {
      const { MapPanel } = await import('./map-panel.js');
      // The widget may have left the page while Leaflet loaded: a map made now would never be removed.
      if (!this.host.isConnected) return;
      this.#panel = new MapPanel(this.host, this.list, this.box);
      this.#set('open');
    } catch (error) {
      console.warn(`legal-aid-kit: <${this.host.localName}> the map could not load: ${String(error)}`);
      this.#set('failed');
    }
  }

  /** 「在地图上看」: the map comes into view, centred on that workstation's pin, which takes the focus. */
  async showPin(id: string): Promise<void> {
    this.list.choose(id);
    await this.show();
    await this.#panel?.showPin(id);
  }
}
