import type { ReactiveController } from '@lit/reactive-element/reactive-controller.js';
import { clampTimeout } from '../core/data-reader.js';
import { sharedFetch } from '../core/fetch-json.js';
import { parseHolidayCalendar, type HolidayCalendar } from '../core/holidays.js';
import { message } from '../core/core.strings.js';
import { cardExtrasStrings } from './card-extras.strings.js';
import { directionLinks } from './direction-links.js';
import { navigationLinks } from './directions.js';
import type { Filters } from './filters.js';
import { filtersToSearch } from './filters-url.js';
import type { FinderHost } from './host.js';
import { openingState } from './opening-hours.js';
import { openingText } from './opening-text.js';
import { changeLines } from './changes.js';
import { readExceptions } from './exceptions.js';
import { fullAddress } from './present.js';
import { matchesText } from './search.js';
import type { Workstation } from './workstations.js';

/**
 * What the list gets a moment after it shows, in a chunk of its own that the list asks for with the data
 * (so it is usually here first) and does not wait for: "open now" and "closing soon" on the holiday
 * calendar (loaded and checked here), the text search, and the directions links (with the WGS-84 → GCJ-02
 * shift). The list shows everything else meanwhile; a filter that needs these waits for them.
 */
export class CardExtras implements ReactiveController {
  /** The calendar could not be used: "open now" counts weekends only, and the list says to call on holidays. */
  calendarFailed = false;
  /** The holiday calendar: undefined while it loads, null when there is none (weekends only). */
  #calendar: HolidayCalendar | null | undefined;
  /** The calendar address last asked for: a page may set `src` or `calendar` after the element connects. */
  #calendarUrl: string | undefined;
  readonly matchesText = matchesText;

  /** The line that said an address was copied. */
  #copied: Element | undefined;
  /** The data whose broken exceptions were named. */
  #named: unknown;

  constructor(private readonly host: FinderHost) {
    host.addController(this);
  }

  /** The calendar's address (by default `calendar.json` beside the data), or '' for none. */
  get #calendarAddress(): string {
    const { calendar, src } = this.host;
    const base = document.baseURI;
    if (calendar) return calendar === 'none' ? '' : new URL(calendar, base).href;
    return src ? new URL('calendar.json', new URL(src, base)).href : '';
  }

  /** Before each render: loads the calendar (again for a new address); names new data's broken exceptions. */
  hostUpdate(): void {
    const { directory } = this.host;
    if (directory !== this.#named) {
      this.#named = directory;
      // Its dated exceptions, read here; the ones the data had wrong are left out and named for the page's
      // developer (the card says to call).
      for (const ws of directory?.workstations ?? []) {
        readExceptions(ws);
        for (const problem of ws.unreadable ?? []) console.warn(`legal-aid-kit: <${this.host.localName}> data: ${problem} (left out)`);
      }
    }
    const url = this.#calendarAddress;
    if (url === this.#calendarUrl) return;
    this.#calendarUrl = url;
    this.calendarFailed = false;
    this.#calendar = url ? undefined : null;
    if (!url) return;
    sharedFetch(url, clampTimeout(this.host.getAttribute('timeout')))
      .then((raw) => parseHolidayCalendar(raw, url))
      .then(
        (calendar) => url === this.#calendarUrl && (this.#calendar = calendar),
        (error: unknown) => {
          console.warn(`legal-aid-kit: <${this.host.localName}> the holiday calendar could not be used: ${String(error)}`);
          if (url !== this.#calendarUrl) return;
          this.#calendar = null;
          this.calendarFailed = true;
        },
      )
      .then(() => this.host.requestUpdate());
  }

  /** Whether "open now" can be told yet (the calendar is here, or there is none). */
  get hoursKnown(): boolean {
    return this.#calendar !== undefined;
  }

  /** Open now (false while not known). */
  isOpen(ws: Workstation, now: Date): boolean {
    return this.hoursKnown && openingState(ws, now, this.#calendar!).open;
  }

  /** "现在开门，17:00关门" and whether it is open; undefined while not known. */
  opening(ws: Workstation, now: Date): { text: string; open: boolean } | undefined {
    if (!this.hoursKnown) return undefined;
    const state = openingState(ws, now, this.#calendar!);
    return { text: openingText(state, this.host.locale), open: state.open };
  }

  /**
   * Copies a workstation's full address and says so on `line` (its card's status line, cleared when another
   * address is copied); where the page may not (old WebViews), says to long-press instead.
   */
  async copyAddress(id: string, line: Element): Promise<void> {
    const { locale } = this.host;
    let done = true;
    try {
      await navigator.clipboard.writeText(
        fullAddress(
          this.host.directory!.workstations.find((ws) => ws.id === id)!,
          locale,
        ),
      );
    } catch {
      done = false;
    }
    if (this.#copied) this.#copied.textContent = '';
    (this.#copied = line).textContent = message(cardExtrasStrings, locale, done ? 'item.copied' : 'item.copyFailed');
  }

  /** The workstation's own changes to its hours from `today` on, as lines for the card. */
  changes(ws: Workstation, today: string): string[] {
    return changeLines(ws, this.host.locale, today);
  }

  /** Writes the filters into the page's address (keeping the page's own parameters), to share or bookmark. */
  writeUrl(filters: Filters): void {
    history.replaceState(history.state, '', `${location.pathname}${filtersToSearch(filters, location.search)}${location.hash}`);
  }

  /** The directions links, or nothing for a workstation with no map position. */
  links(ws: Workstation): HTMLAnchorElement[] {
    const links = navigationLinks(ws, this.host.locale);
    return links ? directionLinks(links, this.host.locale) : [];
  }
}
