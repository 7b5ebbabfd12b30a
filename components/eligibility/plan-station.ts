import type { HolidayCalendar } from '../core/holidays.js';
import { sharedFetch } from '../core/fetch-json.js';
import { clampTimeout } from '../core/data-reader.js';
import { interpolate, type Locale } from '../core/locale.js';
import { byDistance, toLatLng } from '../workstation-map/distance.js';
import type { LatLng } from '../workstation-map/gcj02.js';
import { openingState, type OpeningState } from '../workstation-map/opening-hours.js';
import type { Translate } from '../workstation-map/present.js';
import type { WorkstationMapMessages } from '../workstation-map/workstation-map.strings.js';
import { parseWorkstationDirectory } from '../workstation-map/exceptions.js';
import { ISSUE_CODES, type IssueCode, type Workstation, type WorkstationDirectory } from '../workstation-map/workstations.js';

/**
 * The plan's "go here": the nearest workstation that handles the worker's matter, open now if one is, from
 * the same data and with the same distance and opening-hours code as the map. Nearest to the phone's
 * position only after the worker taps "use my location" (the position stays in memory), else to the
 * district he picks. Loaded with the result view; the data is fetched when the result is first shown.
 */

export interface StationPick {
  item: Workstation;
  metres?: number;
  opening: OpeningState;
}

type Origin = { point: LatLng; district?: string };
const wordLoaders: Record<Locale, () => Promise<WorkstationMapMessages>> = {
  'zh-CN': async () => (await import('../workstation-map/workstation-map.strings.zh-CN.js')).zh,
  en: async () => (await import('../workstation-map/workstation-map.strings.en.js')).en,
};

export class StationFinder {
  state: 'loading' | 'ready' | 'error' = 'loading';
  geo: 'idle' | 'asking' | 'denied' = 'idle';
  directory: WorkstationDirectory | undefined;
  origin: Origin | undefined;
  private words: Partial<Record<Locale, WorkstationMapMessages>> = {};

  constructor(
    private readonly element: HTMLElement & { requestUpdate(): void },
    readonly src: string,
  ) {
    void this.load();
  }

  async load(): Promise<void> {
    this.state = 'loading';
    try {
      const raw = await sharedFetch(new URL(this.src, document.baseURI).href, clampTimeout(this.element.getAttribute('timeout')));
      this.directory = parseWorkstationDirectory(raw, this.src);
      this.state = 'ready';
    } catch (error) {
      console.warn(`legal-aid-kit: the checker could not load workstations from ${this.src}: ${String(error)}`);
      this.state = 'error';
    }
    this.element.requestUpdate();
  }

  /** The map's words for hours and "open now" in `locale`, or undefined while they load. */
  translate(locale: Locale): Translate | undefined {
    const words = this.words[locale];
    if (!words) {
      void wordLoaders[locale]().then((loaded) => {
        this.words[locale] = loaded;
        this.element.requestUpdate();
      });
      return undefined;
    }
    return (key, values) => interpolate(words[key], values);
  }

  pick(districtId: string): void {
    const district = this.directory?.districts.find((d) => d.id === districtId);
    this.origin = district && { point: toLatLng(district.location), district: district.id };
    this.element.requestUpdate();
  }

  locate(timeoutMs = 10_000): void {
    const geolocation = navigator.geolocation;
    if (!geolocation) return this.denied();
    this.geo = 'asking';
    this.element.requestUpdate();
    // Some WebViews never call back at all: give up on our own clock too.
    const timer = setTimeout(() => this.denied(), timeoutMs + 1000);
    geolocation.getCurrentPosition(
      ({ coords }) => {
        clearTimeout(timer);
        this.geo = 'idle';
        // The Geolocation API answers in WGS-84, like our data.
        this.origin = { point: { lat: coords.latitude, lng: coords.longitude } };
        this.element.requestUpdate();
      },
      () => (clearTimeout(timer), this.denied()),
      { timeout: timeoutMs, maximumAge: 300_000, enableHighAccuracy: false },
    );
  }

  private denied(): void {
    if (this.origin && !this.origin.district) return;
    this.geo = 'denied';
    this.element.requestUpdate();
  }

  /**
   * The nearest workstation of `agency` (any when omitted) that handles `matter`, preferring one open at
   * `now`. Before the worker gives a place: the legal-aid centre (it handles every matter), else the first
   * that handles it. Undefined when none does.
   */
  best(
    matter: string | undefined,
    now: Date,
    agency?: Workstation['agency_type'],
    calendar: HolidayCalendar | null = null,
  ): StationPick | undefined {
    if (!this.directory) return undefined;
    const issue = ISSUE_CODES.includes(matter as IssueCode) ? (matter as IssueCode) : undefined;
    const handles = this.directory.workstations.filter(
      (ws) => (!issue || ws.issues.includes(issue)) && (!agency || ws.agency_type === agency),
    );
    if (!this.origin) {
      const item = handles.find((ws) => ws.agency_type === 'legal-aid-centre') ?? handles[0];
      return item && { item, opening: openingState(item, now, calendar) };
    }
    const sorted = byDistance(handles, this.origin.point, (ws) => (ws.location ? toLatLng(ws.location) : undefined)).map(
      ({ item, metres }) => ({
        item,
        metres,
        opening: openingState(item, now, calendar),
      }),
    );
    return sorted.find((pick) => pick.opening.open) ?? sorted[0];
  }
}
