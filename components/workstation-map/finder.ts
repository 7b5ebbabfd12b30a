import type { ReactiveController } from '@lit/reactive-element/reactive-controller.js';
import { formatNumber } from '../core/format.js';
import type { CardExtras } from './card-extras.js';
import { changesRow, workstationCard } from './card.js';
import { applyFilters, filtersFromSearch, hasFilters, NO_FILTERS, type Filters } from './filters.js';
import type { FinderHost, ListSide, Located } from './host.js';
import { buildListView, setText, type ListView } from './list-view.js';
import { MapOpener } from './map-opener.js';
import type { Nearest } from './nearest.js';
import type { Translate } from './present.js';
import { LaWorkstationSelectEvent } from './workstation-map.events.js';
import type { WorkstationDirectory } from './workstations.js';

/** The parts of a built card that change after it is built. */
interface CardView {
  li: HTMLLIElement;
  open: HTMLElement;
  distance: HTMLElement;
  actions: HTMLElement;
  /** The opening hours, which its own changes follow. */
  hours: HTMLElement;
  /** Whether its directions links and changes are in. */
  completed: boolean;
}

/** Puts `wanted` into `parent` in order, moving only what is out of place, so a focused control stays put. */
function syncChildren(parent: Element, wanted: readonly Node[]): void {
  wanted.forEach((node, i) => {
    const at = parent.childNodes[i];
    if (at !== node) parent.insertBefore(node, at ?? null);
  });
  while (parent.childNodes.length > wanted.length) parent.lastChild!.remove();
}

/** The day in Shanghai (UTC+8 all year), YYYY-MM-DD. */
const shanghaiDay = (instant: Date) => new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * The list of <la-workstation-map>: its state (filters in the URL, page, selection), the view built once per
 * data and language (list-view.ts, card.ts) and updated in place, so a worker on a filter, a button or a
 * link keeps focus when the list changes or "open now" ticks. What the list can show without loads later:
 * "open now" with the holiday calendar and the directions links (card-extras.ts, asked for with the data),
 * "nearest first" (nearest.ts) and the map (map-panel.ts, with Leaflet) when the worker asks for them.
 */
export class WorkstationFinder implements ReactiveController, ListSide {
  filters: Filters = NO_FILTERS;
  shown = 0;
  selectedId: string | undefined;
  locating = false;
  printing = false;
  results: Located[] = [];
  view: ListView | undefined;
  #now = new Date();
  #directory: WorkstationDirectory | undefined;
  #near: Nearest | undefined;
  #clock: ReturnType<typeof setInterval> | undefined;
  /** What the view was built for: the data, the language and the day. */
  #builtFor: [WorkstationDirectory, string] | undefined;
  #cards = new Map<string, CardView>();
  readonly #map: MapOpener;
  readonly #host: FinderHost;
  /** Open now, search and directions (card-extras.ts), asked for beside the data; `failed` if they never come. */
  #extras: CardExtras | 'loading' | 'failed' | undefined;
  readonly #t: Translate = (key, values) => this.#host.text(key, values);

  constructor(host: FinderHost) {
    this.#host = host;
    host.addController(this);
    this.#map = new MapOpener(host, this);
  }

  // Print every filtered workstation, not just the first page; the render lands before the print layout.
  readonly #onPrint = (event: Event) => this.#set({ printing: event.type === 'beforeprint' });

  /** Says in the console why a part could not load; the list goes on without it. */
  #warn(what: string, error: unknown): void {
    console.warn(`legal-aid-kit: <${this.#host.localName}> ${what}: ${String(error)}`);
  }

  /** Changes state and re-renders. */
  #set(patch: Partial<WorkstationFinder>): void {
    Object.assign(this, patch);
    this.#host.requestUpdate();
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
  }

  /** Before each render: "open now", search and the directions links start loading beside the data. */
  hostUpdate(): void {
    if (typeof this.#extras === 'object') this.#extras.hostUpdate();
    if (this.#extras) return;
    this.#extras = 'loading';
    import('./card-extras.js').then(
      ({ CardExtras }) => {
        this.#extras = new CardExtras(this.#host);
        this.#host.requestUpdate();
      },
      (error: unknown) => {
        // The cards still show everything else; the open and search filters are left out.
        this.#warn('could not load "open now", search and directions', error);
        this.#extras = 'failed';
        this.#host.requestUpdate();
      },
    );
  }

  /** Open now, search and directions, once loaded. */
  get #ready(): CardExtras | undefined {
    return typeof this.#extras === 'object' ? this.#extras : undefined;
  }

  // ---- what the map and "nearest first" see (ListSide) ----

  get here() {
    return this.#near?.here;
  }

  card(id: string): HTMLElement | undefined {
    return this.#cards.get(id)?.li;
  }

  choose(id: string): void {
    const index = this.results.findIndex((r) => r.item.id === id);
    this.#set({ selectedId: id, shown: Math.max(this.shown, index + 1) });
    this.#host.dispatchEvent(new LaWorkstationSelectEvent(id));
  }

  // ---- filters and the URL ----

  #setFilters(next: Partial<Filters>): void {
    this.#set({ filters: { ...this.filters, ...next }, shown: this.#host.pageSize });
    // Loaded just after the list, long before a worker changes a filter.
    if (!this.#host.ignoreUrl) this.#ready?.writeUrl(this.filters);
  }

  // ---- what the worker does (ListActions) ----

  readonly #actions = {
    filterChanged: (event: Event): void => {
      const field = event.target as HTMLInputElement;
      const { name, value } = field;
      this.#setFilters({ [name]: name === 'open' ? field.checked : name === 'q' ? value : value || undefined } as Partial<Filters>);
    },

    /** Clears every filter; the "clear" button goes away, so focus moves to the first filter rather than being lost. */
    clearFilters: (): void => {
      this.#setFilters(NO_FILTERS);
      (this.view!.form.elements.namedItem('issue') as HTMLElement).focus();
    },

    /**
     * Shows the next page and moves the focus to its first workstation: the worker reads on from there, and
     * the focus is not lost when the button goes away after the last page.
     */
    showMore: async (): Promise<void> => {
      const first = this.shown;
      this.#set({ shown: first + this.#host.pageSize });
      await this.#host.updateComplete;
      (this.view!.list.children[first] as HTMLElement | undefined)?.focus();
    },

    /** "Nearest first", its code loaded on first use. */
    locate: async (): Promise<void> => {
      if (this.locating || this.#near?.geo === 'asking') return;
      if (!this.#near) {
        this.#set({ locating: true });
        try {
          const { Nearest } = await import('./nearest.js');
          this.#near ??= new Nearest(this.#host, this);
        } catch (error) {
          this.#warn('could not load "nearest first"', error);
        }
        this.#set({ locating: false });
      }
      this.#near?.locate();
    },

    toggleMap: (): void => this.#map.toggle(),

    cardClicked: (event: Event): void => {
      const button = (event.target as Element).closest('button');
      const id = button?.closest('.item')?.id.slice(3);
      if (!id) return;
      // Copying loads just after the list (card-extras.ts); it says so on the line after the button.
      if (button!.hasAttribute('data-copy')) void this.#ready?.copyAddress(id, button!.nextElementSibling!);
      if (button!.hasAttribute('data-show')) void this.#map.showPin(id);
    },
  };

  // ---- rendering ----

  /** Shows the list in `root` (the element's update): built once per data and language, then updated in place. */
  update(root: HTMLElement): void {
    const host = this.#host;
    const directory = host.directory!;
    const locale = host.locale;
    // One instant for the whole render, so "open now" agrees between the filter and every card.
    this.#now = host.now ?? new Date();
    const today = shanghaiDay(this.#now);
    if (directory !== this.#directory) {
      this.#directory = directory;
      if (!host.ignoreUrl)
        this.filters = filtersFromSearch(
          location.search,
          directory.districts.map((d) => d.id),
        );
      this.shown = host.pageSize;
    }
    // Rebuilt for new data, another language, and at midnight (the cards list changes from today on).
    const key = `${locale} ${today}`;
    if (this.#builtFor?.[0] !== directory || this.#builtFor[1] !== key) {
      this.#builtFor = [directory, key];
      this.#cards.clear();
      this.view = buildListView(directory, this.#t, locale, this.#actions, { hotline: host.hotline(), mapBox: this.#map.box });
    }
    const { shell } = this.view!;
    if (root.firstChild !== shell[0]) root.replaceChildren(...shell);
    // Until "open now" and search can tell, their filters show nothing rather than a wrong list.
    const extras = this.#ready;
    const f = this.filters;
    const waiting = this.#extras !== 'failed' && ((f.open && !extras?.hoursKnown) || (Boolean(f.q.trim()) && !extras));
    const filtered = waiting
      ? []
      : applyFilters(directory.workstations, f, {
          isOpen: (ws) => extras?.isOpen(ws, this.#now) ?? true,
          matchesText: (ws, q) => extras?.matchesText(ws, q) ?? true,
        });
    this.results = this.#near?.sort(filtered) ?? filtered.map((item) => ({ item }));
    this.#update(directory, today, waiting);
  }

  /** Brings the built view in line with the state; only what changed is touched. */
  #update(directory: WorkstationDirectory, today: string, waiting: boolean): void {
    const t = this.#t;
    const host = this.#host;
    const { results, filters: f } = this;
    const view = this.view!;
    const near = this.#near;
    const fields = view.form.elements as unknown as Record<keyof Filters, HTMLInputElement>;
    for (const name of ['issue', 'type', 'district', 'q'] as const) {
      const value = f[name] ?? '';
      if (fields[name].value !== value) fields[name].value = value;
    }
    fields.open.checked = f.open;
    view.clear.hidden = !hasFilters(f);
    view.calendarNote.hidden = !(this.#ready?.calendarFailed ?? this.#extras === 'failed');

    // aria-disabled rather than disabled: a disabled button drops the focus of the worker who pressed it.
    view.nearButton.setAttribute('aria-disabled', String(this.locating || near?.geo === 'asking'));
    if (!near) setText(view.nearStatus, this.locating ? t('near.asking') : '');

    setText(view.count, waiting ? '' : t('count', { count: formatNumber(results.length, host.locale) }));
    const visible = this.printing ? results : results.slice(0, this.shown);
    syncChildren(
      view.list,
      visible.map((r) => this.#card(r, today)),
    );
    view.list.hidden = !results.length;
    view.empty.hidden = results.length > 0 || waiting;
    const all = directory.workstations;
    const nearest =
      results.length || waiting
        ? undefined
        : (near?.closest(all) ?? (all.length ? { item: all.find((ws) => ws.agency_type === 'legal-aid-centre') ?? all[0]! } : undefined));
    syncChildren(view.emptyList, nearest ? [this.#card(nearest, today)] : []);
    view.emptyLead.hidden = !nearest;
    const more = results.length - visible.length;
    view.more.hidden = more <= 0;
    setText(view.more, t('list.more', { count: formatNumber(Math.min(more, host.pageSize), host.locale) }));
  }

  /** One workstation's card, built once and kept up to date: open now, distance, selected, directions. */
  #card({ item: ws, metres }: Located, today: string): HTMLLIElement {
    const t = this.#t;
    const locale = this.#host.locale;
    let view = this.#cards.get(ws.id);
    if (!view) {
      const li = workstationCard(ws, t, locale);
      const part = (selector: string) => li.querySelector<HTMLElement>(selector)!;
      const [open, distance, actions, hours] = ['.open', '.distance', '.actions', '.hours'].map(part);
      view = { li, open: open!, distance: distance!, actions: actions!, hours: hours!, completed: false };
      this.#cards.set(ws.id, view);
    }
    const extras = this.#ready;
    if (extras && !view.completed) {
      view.completed = true;
      view.actions.prepend(...extras.links(ws));
      const changes = extras.changes(ws, today);
      if (changes.length) view.hours.after(...changesRow(changes, t));
    }
    const opening = extras?.opening(ws, this.#now);
    setText(view.open, opening?.text ?? '');
    view.open.hidden = !opening;
    view.open.classList.toggle('is-open', Boolean(opening?.open));
    setText(view.distance, metres === undefined ? '' : this.#near!.distance(metres));
    view.distance.hidden = metres === undefined;
    view.li.classList.toggle('selected', ws.id === this.selectedId);
    return view.li;
  }
}
