import type { HolidayCalendar } from '../core/holidays.js';
import type { Locale } from '../core/locale.js';
import type { CheckerKey } from './eligibility-checker.strings.js';
import type { StationFinder } from './plan-station.js';

/** What the plan (the lazily loaded result view) asks of the checker that shows it. */
export interface ResultHost {
  locale: Locale;
  mapHref: string | null;
  /** The checker itself: its attributes (`workstations-src`, `share-href`, `timeout`) and re-rendering. */
  element: HTMLElement & { requestUpdate(): void };
  /** The day assessed on (YYYY-MM-DD). */
  today: string;
  /** Public holidays (from the rules file): the nearest workstation is not "open" on one. */
  calendar: HolidayCalendar | null;
  t(key: CheckerKey, values?: Record<string, string | number>): string;
  date(value: string): string;
  number(value: number): string;
  yuan(value: number): string;
  /** Each question asked, with the worker's answer in words. */
  summary(): [question: string, answer: string][];
  review(): void;
  restart(): void;
}

/** The plan drawn as a PNG (a data: address, which WeChat's "press and hold to save" accepts). */
export interface PlanPicture {
  src: string;
  width: number;
  height: number;
  alt: string;
  /** The plan's words it shows: a changed plan (other answers, another workstation) hides an outdated picture. */
  text: string;
  /** The page's Content-Security-Policy refused the image: only the download is offered. */
  blocked: boolean;
}

/** What the plan keeps per checker: the workstation finder, reading aloud, the print QR, the picture, a message. */
export interface PlanState {
  finder?: StationFinder;
  reading: boolean;
  voiceWatch: boolean;
  qr?: { text: string; size: number; path: string };
  picture?: PlanPicture;
  notice: string;
}

const states = new WeakMap<HTMLElement, PlanState>();
export const stateOf = (element: HTMLElement): PlanState => {
  let state = states.get(element);
  if (!state) states.set(element, (state = { reading: false, voiceWatch: false, notice: '' }));
  return state;
};

/** The address printed and drawn as a QR code: the partner's `share-href`, else this page without query or hash. */
export function shareHref(element: HTMLElement): string {
  return element.getAttribute('share-href') || `${location.origin}${location.pathname}`;
}
