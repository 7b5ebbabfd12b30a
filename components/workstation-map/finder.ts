import { html, nothing, type TemplateResult } from 'lit-html';
import { formatDate, formatNumber } from '../core/format.js';
import { applyFilters, filtersFromSearch, filtersToSearch, hasFilters, NO_FILTERS, type Filters } from './filters.js';
import type { MapPanel } from './map-panel.js';
import type { Located, Nearest } from './nearest.js';
import { openingState } from './opening-hours.js';
import { fullAddress, hoursLines, navigationLinks, openingText, type Translate } from './present.js';
import type { WorkstationMapKey } from './workstation-map.strings.js';
import { LaWorkstationSelectEvent } from './workstation-map.events.js';
import type { LaWorkstationMap } from './workstation-map.js';
import { AGENCY_TYPES, ISSUE_CODES, type Workstation, type WorkstationDirectory } from './workstations.js';

type MapState = 'closed' | 'loading' | 'open' | 'failed';

/**
 * The list and filters of <la-workstation-map>, as a Lit reactive controller. It ships with the element (a
 * chunk of its own cost more bytes than it saved, since every worker needs the list); "nearest first"
 * (nearest.ts) and the map (map-panel.ts, with Leaflet) load the first time the worker asks for them.
 */
/** The list, filters and map of <la-workstation-map>; the element calls its host* hooks around each render. */
export class WorkstationFinder {
  // What the user sees; change it through set() so the element re-renders.
  filters: Filters = NO_FILTERS;
  shown = 0;
  selectedId: string | undefined;
  locating = false;
  mapState: MapState = 'closed';
  mapVisible = false;
  copied: { id: string; ok: boolean } | undefined;
  printing = false;
  private results: Located[] = [];
  private directory: WorkstationDirectory | undefined;
  private near: Nearest | undefined;
  private map: MapPanel | undefined;
  private visibility: IntersectionObserver | undefined;
  private clock: ReturnType<typeof setInterval> | undefined;
  private readonly t: Translate = (key, values) => this.host.text(key, values);

  constructor(private readonly host: LaWorkstationMap) {}

  // Print every filtered workstation, not just the first page; Lit re-renders before the print layout.
  private readonly onBeforePrint = () => this.set({ printing: true });
  private readonly onAfterPrint = () => this.set({ printing: false });

  /** Changes state and re-renders. */
  private set(patch: Partial<WorkstationFinder>): void {
    Object.assign(this, patch);
    this.host.requestRender();
  }

  hostConnected(): void {
    addEventListener('beforeprint', this.onBeforePrint);
    addEventListener('afterprint', this.onAfterPrint);
    // "Open now" must not go stale on a page left open.
    clearInterval(this.clock);
    this.clock = setInterval(() => this.host.requestRender(), 60_000);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.onBeforePrint);
    removeEventListener('afterprint', this.onAfterPrint);
    clearInterval(this.clock);
    this.visibility?.disconnect();
    this.visibility = undefined;
    this.map?.destroy();
    this.map = undefined;
    this.mapState = 'closed';
    this.mapVisible = false;
  }

  hostUpdate(): void {
    const directory = this.host.directory;
    if (!directory) return;
    if (directory !== this.directory) {
      this.directory = directory;
      if (!this.host.ignoreUrl)
        this.filters = filtersFromSearch(
          location.search,
          directory.districts.map((d) => d.id),
        );
      this.shown = this.host.pageSize;
    }
    const filtered = applyFilters(directory.workstations, this.filters, this.instant());
    this.results = this.near?.sort(filtered) ?? filtered.map((item) => ({ item }));
  }

  hostUpdated(): void {
    if (this.directory) this.watchVisibility();
    this.map?.show(this.results);
  }

  private instant(): Date {
    return this.host.now ?? new Date();
  }

  private number(value: number): string {
    return formatNumber(value, this.host.kitLocale);
  }

  // ---- filters and URL ----

  private setFilters(next: Partial<Filters>): void {
    this.set({ filters: { ...this.filters, ...next }, shown: this.host.pageSize });
    if (!this.host.ignoreUrl) {
      const search = filtersToSearch(this.filters, location.search);
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    }
  }

  private readonly onFilterChange = (event: Event): void => {
    const field = event.target as HTMLInputElement;
    const { name, value } = field;
    this.setFilters({ [name]: name === 'open' ? field.checked : name === 'q' ? value : value || undefined } as Partial<Filters>);
  };

  // ---- nearest, loaded on first use ----

  private readonly locate = async (): Promise<void> => {
    if (!this.near) {
      this.set({ locating: true });
      try {
        const { Nearest } = await import('./nearest.js');
        this.near ??= new Nearest(this.host);
      } catch (error) {
        console.warn(`legal-aid-kit: <${this.host.localName}> could not load "nearest first": ${String(error)}`);
      }
      this.set({ locating: false });
    }
    this.near?.locate();
  };

  // ---- map, loaded on first use ----

  private watchVisibility(): void {
    if (this.host.mapMode !== 'auto' || this.visibility || !matchMedia('(min-width: 60em)').matches) return;
    this.visibility = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      this.visibility?.disconnect();
      void this.showMap();
    });
    this.visibility.observe(this.host);
  }

  /** Opens the map, loading Leaflet the first time. */
  async showMap(): Promise<void> {
    this.set({ mapVisible: true });
    if (this.mapState !== 'closed') return;
    this.set({ mapState: 'loading' });
    await this.host.updateComplete;
    try {
      const { MapPanel } = await import('./map-panel.js');
      // The widget may have left the page while Leaflet loaded: a map made now would never be removed.
      if (!this.host.isConnected) {
        this.mapState = 'closed';
        return;
      }
      const container = this.host.shadowRoot!.querySelector<HTMLElement>('.map')!;
      this.map = new MapPanel(this.host, container, this.directory!.districts, (id) => this.select(id, 'map'));
      this.set({ mapState: 'open' });
      this.map.show(this.results);
    } catch (error) {
      console.warn(`legal-aid-kit: <${this.host.localName}> the map could not load: ${String(error)}`);
      this.set({ mapState: 'failed' });
    }
  }

  private readonly toggleMap = (): void => {
    if (this.mapVisible) this.set({ mapVisible: false });
    else void this.showMap().then(() => this.map?.resize());
  };

  /** Highlights one workstation in both the list and the map. */
  private async select(id: string, from: 'list' | 'map'): Promise<void> {
    const index = this.results.findIndex((r) => r.item.id === id);
    this.set({ selectedId: id, shown: Math.max(this.shown, index + 1) });
    this.host.dispatchEvent(new LaWorkstationSelectEvent(id));
    if (from === 'list') await this.showMap();
    this.map?.select(id);
    if (from === 'map') {
      await this.host.updateComplete;
      this.host.shadowRoot!.querySelector(`#ws-${CSS.escape(id)}`)?.scrollIntoView({ block: 'nearest' });
    }
  }

  // ---- copy ----

  private async copyAddress(ws: Workstation): Promise<void> {
    let ok = false;
    try {
      await navigator.clipboard.writeText(fullAddress(ws, this.host.kitLocale));
      ok = true;
    } catch {
      // No clipboard permission (old WebViews): the message tells the user to long-press instead.
    }
    this.set({ copied: { id: ws.id, ok } });
  }

  // ---- rendering ----

  render(): TemplateResult {
    const directory = this.directory!;
    const visible = this.printing ? this.results : this.results.slice(0, this.shown);
    const more = this.results.length - visible.length;
    return html`
      ${directory.sample ? html`<p class="sample" part="sample">${this.t('sample')}</p>` : nothing} ${this.renderFilters(directory)}
      ${this.renderNearest(directory)} ${this.renderMap()}
      <p class="count" role="status">${this.t('count', { count: this.number(this.results.length) })}</p>
      ${
        this.results.length
          ? html`<ul class="list" part="list" aria-label=${this.t('list.label')}>
              ${visible.map((r) => this.renderItem(r))}
            </ul>`
          : this.renderEmpty(directory)
      }
      <div class="after">
        ${
          more > 0
            ? html`<button type="button" @click=${() => this.set({ shown: this.shown + this.host.pageSize })}>
                ${this.t('list.more', { count: this.number(Math.min(more, this.host.pageSize)) })}
              </button>`
            : nothing
        }
        <button type="button" class="print" @click=${() => print()}>${this.t('print.button')}</button>
      </div>
    `;
  }

  private renderFilters(directory: WorkstationDirectory): TemplateResult {
    const f = this.filters;
    const issues = ISSUE_CODES.filter((code) => directory.workstations.some((ws) => ws.issues.includes(code)));
    const types = AGENCY_TYPES.filter((type) => directory.workstations.some((ws) => ws.agency_type === type));
    const select = (name: string, label: WorkstationMapKey, options: [string, string][], current?: string) =>
      html`<label
        >${this.t(label)}
        <select name=${name} @change=${this.onFilterChange}>
          <option value="">${this.t('filter.any')}</option>
          ${options.map(([value, text]) => html`<option value=${value} ?selected=${value === current}>${text}</option>`)}
        </select></label
      >`;
    return html`<form class="filters" part="filters" role="search" @submit=${(e: Event) => e.preventDefault()}>
      <fieldset>
        <legend>${this.t('filter.legend')}</legend>
        ${select(
          'issue',
          'filter.issue',
          issues.map((c) => [c, this.t(`issue.${c}`)]),
          f.issue,
        )}
        ${select(
          'type',
          'filter.type',
          types.map((c) => [c, this.t(`type.${c}`)]),
          f.type,
        )}
        ${select(
          'district',
          'filter.district',
          directory.districts.map((d) => [d.id, d.name[this.host.kitLocale]]),
          f.district,
        )}
        <label class="check"
          ><input type="checkbox" name="open" .checked=${f.open} @change=${this.onFilterChange} />${this.t('filter.open')}</label
        >
        <label>${this.t('filter.q')}<input type="search" name="q" .value=${f.q} @input=${this.onFilterChange} /></label>
        ${hasFilters(f) ? html`<button type="button" @click=${() => this.setFilters(NO_FILTERS)}>${this.t('filter.clear')}</button>` : nothing}
      </fieldset>
    </form>`;
  }

  private renderNearest(directory: WorkstationDirectory): TemplateResult {
    const near = this.near;
    return html`<div class="near">
      <button type="button" class="primary" @click=${this.locate} ?disabled=${this.locating || near?.geo === 'asking'}>
        ${this.t('near.button')}
      </button>
      <p class="hint">${this.t('near.privacy')}</p>
      <p role="status" class="near-status">${near ? near.status() : this.locating ? this.t('near.asking') : nothing}</p>
      ${near?.picker(directory.districts) ?? nothing}
    </div>`;
  }

  private renderMap(): TemplateResult {
    const { mapState } = this;
    return html`<div class="map-area">
      <button type="button" aria-expanded=${String(this.mapVisible)} @click=${this.toggleMap}>
        ${this.t(this.mapVisible ? 'map.close' : 'map.open')}
      </button>
      ${
        mapState === 'closed'
          ? nothing
          : html`<div class="map-wrap" ?hidden=${!this.mapVisible}>
              <div class="map" part="map" role="region" aria-label=${this.t('map.label')}></div>
              ${
                this.map?.render(this.results) ??
                html`<p role="status" class="map-status">${this.t(mapState === 'failed' ? 'map.failed' : 'map.loading')}</p>`
              }
            </div>`
      }
    </div>`;
  }

  private renderEmpty(directory: WorkstationDirectory): TemplateResult {
    const all = directory.workstations;
    const nearest = this.near?.closest(all) ?? { item: all.find((ws) => ws.agency_type === 'legal-aid-centre') ?? all[0]! };
    return html`<div class="empty">
      <p class="empty-title">${this.t('empty.title')}</p>
      ${this.host.hotline()}
      ${
        nearest?.item
          ? html`<p>${this.t('empty.lead')}</p>
              <ul class="list" part="list">
                ${this.renderItem(nearest)}
              </ul>`
          : nothing
      }
      <button type="button" @click=${() => this.setFilters(NO_FILTERS)}>${this.t('filter.clear')}</button>
    </div>`;
  }

  private renderItem({ item: ws, metres }: Located): TemplateResult {
    const locale = this.host.kitLocale;
    const t = this.t;
    const state = openingState(ws.schedules, this.instant());
    const links = navigationLinks(ws, locale);
    const copied = this.copied?.id === ws.id ? this.copied : undefined;
    const headingId = `ws-${ws.id}-name`;
    return html`<li id="ws-${ws.id}" class="item ${ws.id === this.selectedId ? 'selected' : ''}" part="item">
      <article aria-labelledby=${headingId}>
        <h2 id=${headingId}>${ws.name[locale]}</h2>
        <p class="host">${t(`type.${ws.agency_type}`)} · ${t('item.host', { org: ws.organization.name[locale] })}</p>
        <p class="open ${state.open ? 'is-open' : ''}">${openingText(state, t, locale)}</p>
        ${metres === undefined ? nothing : html`<p class="distance">${this.near!.distance(metres)}</p>`}
        <dl>
          <dt>${t('item.address')}</dt>
          <dd>
            ${fullAddress(ws, locale)}
            <button type="button" class="small" @click=${() => this.copyAddress(ws)}>${t('item.copy')}</button>
            ${copied ? html`<span role="status">${t(copied.ok ? 'item.copied' : 'item.copyFailed')}</span>` : nothing}
          </dd>
          <dt>${t('item.phone')}</dt>
          <dd>${ws.phones.map((p) => html`<a class="tel" href="tel:${p.number}">${p.number}</a> `)}</dd>
          <dt>${t('item.hours')}</dt>
          <dd>${hoursLines(ws.schedules, t, locale).map((line) => html`<span class="line">${line}</span>`)}</dd>
          <dt>${t('item.issues')}</dt>
          <dd>${ws.issues.map((code) => t(`issue.${code}`)).join(t('hours.join'))}</dd>
          ${
            ws.required_documents.length
              ? html`<dt>${t('item.documents')}</dt>
                  <dd>
                    <ul>
                      ${ws.required_documents.map((doc) => html`<li>${doc[locale]}</li>`)}
                    </ul>
                  </dd>`
              : nothing
          }
          ${
            ws.accessibility.length
              ? html`<dt>${t('item.access')}</dt>
                  <dd>${ws.accessibility.map((a) => a[locale]).join(t('hours.join'))}</dd>`
              : nothing
          }
        </dl>
        <p class="actions">
          ${
            links
              ? html`<a class="la-button" href=${links.amap} rel="noopener noreferrer" target="_blank">${t('item.amap')}</a>
                  <a class="la-button" href=${links.tencent} rel="noopener noreferrer" target="_blank">${t('item.tencent')}</a>
                  <button type="button" @click=${() => this.select(ws.id, 'list')}>${t('item.showOnMap')}</button>`
              : html`<span class="hint">${t('item.noLocation')}</span>`
          }
        </p>
        <p class="assured">${t('item.assured', { date: formatDate(ws.assured_date, locale) })}</p>
      </article>
    </li>`;
  }
}
