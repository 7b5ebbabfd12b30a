import { adoptStyles, unsafeCSS, type CSSResult } from '../core/css.js';
import { h, nodes, type Child } from '../core/dom.js';
import { clampTimeout } from '../core/data-reader.js';
import { sharedFetch } from '../core/fetch-json.js';
import { formatDate } from '../core/format.js';
import { parseHolidayCalendar, type HolidayCalendar } from '../core/holidays.js';
import type { Locale } from '../core/locale.js';
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

/** Leaflet's and the markers' sheets, made once and shared by every map on the page. */
let mapSheets: CSSResult[] | undefined;

/** The parts of a built list item that change after it is built. */
interface ItemView {
  li: HTMLLIElement;
  open: HTMLElement;
  distance: HTMLElement;
  copied: HTMLElement;
}

/** Writes text only when it changed, so a live region is not announced again and a caret does not jump. */
const setText = (node: Node, text: string) => {
  if (node.textContent !== text) node.textContent = text;
};

/** A labelled select whose first choice is empty ("any", "choose"). */
const select = (label: string, attributes: Parameters<typeof h>[1], empty: string, options: [string, string][]) =>
  h(
    'label',
    null,
    label,
    h(
      'select',
      attributes,
      h('option', { value: '' }, empty),
      options.map(([value, text]) => h('option', { value }, text)),
    ),
  );

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

/** Puts `wanted` into `parent` in order, moving only what is out of place, so a focused control stays put. */
function syncChildren(parent: Element, wanted: readonly Node[]): void {
  wanted.forEach((node, i) => {
    const at = parent.childNodes[i];
    if (at !== node) parent.insertBefore(node, at ?? null);
  });
  while (parent.childNodes.length > wanted.length) parent.lastChild!.remove();
}

/**
 * The list, filters and map of <la-workstation-map>, in plain DOM. The form, buttons and list items are
 * built once (per data and language) and updated in place, so a worker on a filter, a button or a link
 * keeps focus when the list changes or "open now" ticks. It ships with the element (a chunk of its own cost
 * more bytes than it saved, since every worker needs the list); "nearest first" (nearest.ts) and the map
 * (map-panel.ts, with Leaflet) load the first time the worker asks for them.
 */
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
  #results: Located[] = [];
  #now!: Date;
  #directory: WorkstationDirectory | undefined;
  /** The holiday calendar: undefined while it loads, null when there is none (weekends only). */
  #calendar: HolidayCalendar | null | undefined;
  #calendarFailed = false;
  #near: Nearest | undefined;
  #map: MapPanel | undefined;
  #visibility: IntersectionObserver | undefined;
  #clock: ReturnType<typeof setInterval> | undefined;
  readonly #t: Translate = (key, values) => this.#host.text(key, values);

  // The built view: rebuilt only when the data or the language changes.
  #builtFor: [WorkstationDirectory, Locale] | undefined;
  #shell: Node[] = [];
  #items = new Map<string, ItemView>();
  #form!: HTMLFormElement;
  #clear!: HTMLButtonElement;
  #nearBox!: HTMLElement;
  #nearButton!: HTMLButtonElement;
  #nearStatus!: HTMLElement;
  #mapToggle!: HTMLButtonElement;
  #mapWrap!: HTMLElement;
  #mapStatus!: HTMLElement;
  #mapNotes!: HTMLElement;
  #count!: HTMLElement;
  #calendarNote!: HTMLElement;
  #list!: HTMLElement;
  #empty!: HTMLElement;
  #emptyLead!: HTMLElement;
  #emptyList!: HTMLElement;
  #more!: HTMLButtonElement;
  /** The district picker of "nearest first", built the first time it is needed. */
  #picker: HTMLElement | undefined;
  #districtOptions: [string, string][] = [];
  /** Leaflet's container: kept across rebuilds, since the map lives in it. */
  readonly #mapBox = h('div', { class: 'map', part: 'map', role: 'region' });

  readonly #host: LaWorkstationMap;

  constructor(host: LaWorkstationMap) {
    this.#host = host;
  }

  // Print every filtered workstation, not just the first page; the render lands before the print layout.
  readonly #onPrint = (event: Event) => this.#set({ printing: event.type === 'beforeprint' });

  /** Changes state and re-renders. */
  #set(patch: Partial<WorkstationFinder>): void {
    Object.assign(this, patch);
    this.#host.requestUpdate();
  }

  /**
   * Whether the holiday calendar is here (or there is none); the first call starts loading it, beside the
   * data. The list waits for it, so "open now" is never wrong for a moment on a holiday.
   */
  get ready(): boolean {
    this.#loadCalendar();
    return this.#calendar !== undefined;
  }

  /** The calendar address last asked for: a page may set `src` or `calendar` after the element connects. */
  #calendarUrl: string | undefined;

  #loadCalendar(): void {
    const url = this.#host.calendarUrl;
    if (url === this.#calendarUrl) return;
    this.#calendarUrl = url;
    this.#calendarFailed = false;
    this.#calendar = url ? undefined : null;
    if (!url) return;
    sharedFetch(url, clampTimeout(this.#host.getAttribute('timeout')))
      .then((raw) => parseHolidayCalendar(raw, url))
      .then(
        (calendar) => url === this.#calendarUrl && (this.#calendar = calendar),
        (error: unknown) => {
          console.warn(`legal-aid-kit: <${this.#host.localName}> the holiday calendar could not be used: ${String(error)}`);
          if (url !== this.#calendarUrl) return;
          this.#calendar = null;
          this.#calendarFailed = true;
        },
      )
      .then(() => this.#host.requestUpdate());
  }

  hostConnected(): void {
    addEventListener('beforeprint', this.#onPrint);
    addEventListener('afterprint', this.#onPrint);
    // "Open now" must not go stale on a page left open (hostDisconnected stops it).
    this.#clock = setInterval(() => this.#host.requestUpdate(), 60_000);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.#onPrint);
    removeEventListener('afterprint', this.#onPrint);
    clearInterval(this.#clock);
    this.#visibility?.disconnect();
    this.#visibility = undefined;
    this.#map?.destroy();
    this.#map = undefined;
    this.mapState = 'closed';
    this.mapVisible = false;
  }

  // ---- filters and URL ----

  #setFilters(next: Partial<Filters>): void {
    this.#set({ filters: { ...this.filters, ...next }, shown: this.#host.pageSize });
    if (!this.#host.ignoreUrl) {
      const search = filtersToSearch(this.filters, location.search);
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    }
  }

  readonly #onFilterChange = (event: Event): void => {
    const field = event.target as HTMLInputElement;
    const { name, value } = field;
    this.#setFilters({ [name]: name === 'open' ? field.checked : name === 'q' ? value : value || undefined } as Partial<Filters>);
  };

  /**
   * Shows the next page and moves the focus to its first workstation: the worker reads on from there, and
   * the focus is not lost when the button goes away after the last page.
   */
  readonly #showMore = async (): Promise<void> => {
    const first = this.shown;
    this.#set({ shown: first + this.#host.pageSize });
    await this.#host.updateComplete;
    (this.#list.children[first] as HTMLElement | undefined)?.focus();
  };

  /** Clears every filter; the "clear" button goes away, so focus moves to the first filter rather than being lost. */
  readonly #clearFilters = (): void => {
    this.#setFilters(NO_FILTERS);
    (this.#form.elements.namedItem('issue') as HTMLElement).focus();
  };

  // ---- nearest, loaded on first use ----

  readonly #locate = async (): Promise<void> => {
    if (this.locating || this.#near?.geo === 'asking') return;
    if (!this.#near) {
      this.#set({ locating: true });
      try {
        const { Nearest } = await import('./nearest.js');
        this.#near ??= new Nearest(this.#host);
      } catch (error) {
        console.warn(`legal-aid-kit: <${this.#host.localName}> could not load "nearest first": ${String(error)}`);
      }
      this.#set({ locating: false });
    }
    this.#near?.locate();
  };

  // ---- map, loaded on first use ----

  #watchVisibility(): void {
    if (this.#host.mapMode !== 'auto' || this.#visibility || !matchMedia('(min-width: 60em)').matches) return;
    this.#visibility = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      this.#visibility?.disconnect();
      void this.showMap();
    });
    this.#visibility.observe(this.#host);
  }

  /** Opens the map, loading Leaflet the first time. */
  async showMap(): Promise<void> {
    this.#set({ mapVisible: true });
    if (this.mapState !== 'closed') return;
    this.#set({ mapState: 'loading' });
    // Leaflet measures its container: let the render show it first.
    await this.#host.updateComplete;
    try {
      const { MapPanel, mapPanelStyles } = await import('./map-panel.js');
      // The widget may have left the page while Leaflet loaded: a map made now would never be removed.
      if (!this.#host.isConnected) {
        this.mapState = 'closed';
        return;
      }
      adoptStyles(this.#host.shadowRoot!, (mapSheets ??= mapPanelStyles.map(unsafeCSS)));
      this.#map = new MapPanel(this.#host, this.#mapBox, this.#directory!.districts, (id) => this.#select(id, 'map'));
      this.#set({ mapState: 'open' });
      this.#map.show(this.#results);
    } catch (error) {
      console.warn(`legal-aid-kit: <${this.#host.localName}> the map could not load: ${String(error)}`);
      this.#set({ mapState: 'failed' });
    }
  }

  readonly #toggleMap = (): void => {
    if (this.mapVisible) this.#set({ mapVisible: false });
    else void this.showMap().then(() => this.#map?.resize());
  };

  /**
   * Highlights one workstation in both the list and the map. From a pin: its card comes to the top of the
   * screen. From a card: the map comes into view, centred on that workstation's pin, which takes the focus.
   */
  async #select(id: string, from: 'list' | 'map'): Promise<void> {
    const index = this.#results.findIndex((r) => r.item.id === id);
    this.#set({ selectedId: id, shown: Math.max(this.shown, index + 1) });
    this.#host.dispatchEvent(new LaWorkstationSelectEvent(id));
    if (from === 'list') await this.showMap();
    this.#map?.select(id, from === 'list');
    await this.#host.updateComplete;
    if (from === 'map') return scrollToTop(this.#items.get(id)!.li);
    this.#mapWrap.scrollIntoView({ block: 'nearest' });
    this.#mapBox.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`)?.focus({ preventScroll: true });
  }

  // ---- copy ----

  async #copyAddress(ws: Workstation): Promise<void> {
    let ok = false;
    try {
      await navigator.clipboard.writeText(fullAddress(ws, this.#host.locale));
      ok = true;
    } catch {
      // No clipboard permission (old WebViews): the message tells the user to long-press instead.
    }
    this.#set({ copied: { id: ws.id, ok } });
  }

  // ---- rendering ----

  /** Shows the finder in `root`: built once per data and language, then updated in place. */
  paint(root: HTMLElement): void {
    const directory = this.#host.directory!;
    const locale = this.#host.locale;
    if (directory !== this.#directory) {
      this.#directory = directory;
      if (!this.#host.ignoreUrl)
        this.filters = filtersFromSearch(
          location.search,
          directory.districts.map((d) => d.id),
        );
      this.shown = this.#host.pageSize;
    }
    if (this.#builtFor?.[0] !== directory || this.#builtFor[1] !== locale) {
      this.#builtFor = [directory, locale];
      this.#build(directory, locale);
    }
    if (root.firstChild !== this.#shell[0]) root.replaceChildren(...this.#shell);
    // One instant for the whole render, so "open now" agrees between the filter and every item.
    this.#now = this.#host.now ?? new Date();
    const filtered = applyFilters(directory.workstations, this.filters, this.#now, this.#calendar);
    this.#results = this.#near?.sort(filtered) ?? filtered.map((item) => ({ item }));
    this.#update(directory);
    this.#watchVisibility();
    this.#map?.show(this.#results);
    this.#map?.here(this.#near?.here);
  }

  #build(directory: WorkstationDirectory, locale: Locale): void {
    const t = this.#t;
    this.#items.clear();
    const all = directory.workstations;
    const filter = (name: keyof Filters, label: WorkstationMapKey, options: [string, string][]) =>
      select(t(label), { name, onchange: this.#onFilterChange }, t('filter.any'), options);
    this.#districtOptions = directory.districts.map((d) => [d.id, d.name[locale]]);
    this.#picker = undefined;
    const clearButton = () => h('button', { type: 'button', onclick: this.#clearFilters }, t('filter.clear'));
    this.#clear = clearButton();
    this.#form = h(
      'form',
      { class: 'filters', part: 'filters', role: 'search', onsubmit: (e) => e.preventDefault() },
      h(
        'fieldset',
        null,
        h('legend', null, t('filter.legend')),
        filter(
          'issue',
          'filter.issue',
          ISSUE_CODES.filter((code) => all.some((ws) => ws.issues.includes(code))).map((c) => [c, t(`issue.${c}`)]),
        ),
        filter(
          'type',
          'filter.type',
          AGENCY_TYPES.filter((type) => all.some((ws) => ws.agency_type === type)).map((c) => [c, t(`type.${c}`)]),
        ),
        filter('district', 'filter.district', this.#districtOptions),
        h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'open', onchange: this.#onFilterChange }), t('filter.open')),
        h('label', null, t('filter.q'), h('input', { type: 'search', name: 'q', oninput: this.#onFilterChange })),
        this.#clear,
      ),
    );
    this.#nearButton = h('button', { type: 'button', class: 'primary', onclick: this.#locate }, t('near.button'));
    this.#nearStatus = h('p', { role: 'status', class: 'near-status' });
    this.#nearBox = h('div', { class: 'near' }, this.#nearButton, h('p', { class: 'hint' }, t('near.privacy')), this.#nearStatus);
    this.#mapToggle = h('button', { type: 'button', onclick: this.#toggleMap });
    this.#mapStatus = h('p', { role: 'status', class: 'map-status' });
    this.#mapNotes = h('div', null);
    this.#mapWrap = h('div', { class: 'map-wrap' }, this.#mapBox, this.#mapStatus, this.#mapNotes);
    this.#mapBox.setAttribute('aria-label', t('map.label'));
    this.#count = h('p', { class: 'count', role: 'status' });
    this.#calendarNote = h('p', { class: 'map-status' }, t('open.noCalendar'));
    this.#list = h('ul', { class: 'list', part: 'list', 'aria-label': t('list.label') });
    this.#emptyLead = h('p', null, t('empty.lead'));
    this.#emptyList = h('ul', { class: 'list', part: 'list' });
    this.#empty = h(
      'div',
      { class: 'empty' },
      h('p', { class: 'empty-title' }, t('empty.title')),
      this.#host.hotline(),
      this.#emptyLead,
      this.#emptyList,
      clearButton(),
    );
    this.#more = h('button', { type: 'button', onclick: this.#showMore });
    this.#shell = nodes([
      directory.sample && h('p', { class: 'sample', part: 'sample' }, t('sample')),
      // Nearest first, above the filters: what most workers want first.
      this.#nearBox,
      this.#form,
      h('div', { class: 'map-area' }, this.#mapToggle, this.#mapWrap),
      this.#count,
      this.#calendarNote,
      this.#list,
      this.#empty,
      h('div', { class: 'after' }, this.#more, h('button', { type: 'button', class: 'print', onclick: () => print() }, t('print.button'))),
    ]) as Node[];
  }

  /** Brings the built view in line with the state; only what changed is touched. */
  #update(directory: WorkstationDirectory): void {
    const t = this.#t;
    const results = this.#results;
    const near = this.#near;
    const { mapState } = this;
    const f = this.filters;
    const fields = this.#form.elements as unknown as Record<keyof Filters, HTMLInputElement>;
    for (const name of ['issue', 'type', 'district', 'q'] as const) {
      const value = f[name] ?? '';
      if (fields[name].value !== value) fields[name].value = value;
    }
    fields.open.checked = f.open;
    this.#clear.hidden = !hasFilters(f);
    this.#calendarNote.hidden = !this.#calendarFailed;

    // aria-disabled rather than disabled: a disabled button drops the focus of the worker who pressed it.
    this.#nearButton.setAttribute('aria-disabled', String(this.locating || near?.geo === 'asking'));
    setText(this.#nearStatus, near ? near.status() : this.locating ? t('near.asking') : '');
    if (near) {
      this.#picker ??= this.#nearBox.appendChild(
        select(
          near.t('near.pick'),
          {
            id: 'la-near-district',
            onchange: (e) => near.pick(directory.districts.find((d) => d.id === (e.target as HTMLSelectElement).value)),
          },
          near.t('near.choose'),
          this.#districtOptions,
        ),
      );
      this.#picker.hidden = !near.picking;
      (this.#picker.lastChild as HTMLSelectElement).value = near.districtId;
    }

    setText(this.#mapToggle, t(this.mapVisible ? 'map.close' : 'map.open'));
    this.#mapToggle.setAttribute('aria-expanded', String(this.mapVisible));
    this.#mapWrap.hidden = mapState === 'closed' || !this.mapVisible;
    setText(
      this.#mapStatus,
      this.#map ? this.#map.status() : mapState === 'closed' ? '' : t(mapState === 'failed' ? 'map.failed' : 'map.loading'),
    );
    this.#map?.notes(this.#mapNotes, results);

    setText(this.#count, t('count', { count: this.#host.number(results.length) }));
    const visible = this.printing ? results : results.slice(0, this.shown);
    syncChildren(
      this.#list,
      visible.map((r) => this.#item(r)),
    );
    this.#list.hidden = !results.length;
    this.#empty.hidden = results.length > 0;
    const all = directory.workstations;
    const nearest = results.length
      ? undefined
      : (this.#near?.closest(all) ??
        (all.length ? { item: all.find((ws) => ws.agency_type === 'legal-aid-centre') ?? all[0]! } : undefined));
    syncChildren(this.#emptyList, nearest ? [this.#item(nearest)] : []);
    this.#emptyLead.hidden = !nearest;
    const more = results.length - visible.length;
    this.#more.hidden = more <= 0;
    setText(this.#more, t('list.more', { count: this.#host.number(Math.min(more, this.#host.pageSize)) }));
  }

  /** One workstation, built once and kept up to date: open now, distance, selected, copied. */
  #item({ item: ws, metres }: Located): HTMLLIElement {
    const t = this.#t;
    const locale = this.#host.locale;
    const view = this.#items.get(ws.id) ?? this.#buildItem(ws, locale);
    this.#items.set(ws.id, view);
    const state = openingState(ws, this.#now, this.#calendar);
    setText(view.open, openingText(state, t, locale));
    view.open.classList.toggle('is-open', state.open);
    setText(view.distance, metres === undefined ? '' : this.#near!.distance(metres));
    view.distance.hidden = metres === undefined;
    view.li.classList.toggle('selected', ws.id === this.selectedId);
    const copied = this.copied?.id === ws.id ? this.copied : undefined;
    setText(view.copied, copied ? t(copied.ok ? 'item.copied' : 'item.copyFailed') : '');
    return view.li;
  }

  #buildItem(ws: Workstation, locale: Locale): ItemView {
    const t = this.#t;
    const join = t('hours.join');
    const links = navigationLinks(ws, locale);
    const headingId = `ws-${ws.id}-name`;
    const row = (key: WorkstationMapKey, ...value: Child[]) => [h('dt', null, t(key)), h('dd', null, ...value)];
    const link = (href: string, key: WorkstationMapKey) =>
      h('a', { class: 'la-button', href, rel: 'noopener noreferrer', target: '_blank' }, t(key));
    const view = {
      open: h('p', { class: 'open' }),
      distance: h('p', { class: 'distance' }),
      copied: h('span', { role: 'status' }),
    };
    const li = h(
      'li',
      { id: `ws-${ws.id}`, class: 'item', part: 'item', tabindex: -1 },
      h(
        'article',
        { 'aria-labelledby': headingId },
        h('h2', { id: headingId }, ws.name[locale]),
        h('p', { class: 'host' }, `${t(`type.${ws.agency_type}`)} · ${t('item.host', { org: ws.organization.name[locale] })}`),
        view.open,
        view.distance,
        h(
          'dl',
          null,
          row(
            'item.address',
            fullAddress(ws, locale),
            ' ',
            h('button', { type: 'button', onclick: () => void this.#copyAddress(ws) }, t('item.copy')),
            ' ',
            view.copied,
          ),
          row(
            'item.phone',
            ws.phones.map((p) => [h('a', { class: 'tel', href: `tel:${p.number}` }, p.number), ' ']),
          ),
          row(
            'item.hours',
            hoursLines(ws.schedules, t, locale).map((line) => h('span', { class: 'line' }, line)),
          ),
          row('item.issues', ws.issues.map((code) => t(`issue.${code}`)).join(join)),
          ws.required_documents.length > 0 &&
            row(
              'item.documents',
              h(
                'ul',
                null,
                ws.required_documents.map((doc) => h('li', null, doc[locale])),
              ),
            ),
          ws.accessibility.length > 0 && row('item.access', ws.accessibility.map((a) => a[locale]).join(join)),
        ),
        h(
          'p',
          { class: 'actions' },
          links
            ? [
                link(links.amap, 'item.amap'),
                link(links.tencent, 'item.tencent'),
                link(links.baidu, 'item.baidu'),
                h('button', { type: 'button', onclick: () => void this.#select(ws.id, 'list') }, t('item.showOnMap')),
              ]
            : h('span', { class: 'hint' }, t('item.noLocation')),
        ),
        h('p', { class: 'assured' }, t('item.assured', { date: formatDate(ws.assured_date, locale) })),
      ),
    );
    return { li, ...view };
  }
}
