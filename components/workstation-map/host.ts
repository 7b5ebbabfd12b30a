import type { ReactiveControllerHost } from '@lit/reactive-element/reactive-controller.js';
import type { Locale } from '../core/locale.js';
import type { LatLng } from './gcj02.js';
import type { Translate } from './present.js';
import type { Workstation, WorkstationDirectory } from './workstations.js';

/**
 * What the list (finder.ts) and the parts it loads (card-extras.ts, nearest.ts, map-panel.ts) need from
 * <la-workstation-map>, and from each other. Each of them is a reactive controller (Lit's shape, added with
 * `host.addController(this)`) typed against this host. Types only: none of them imports the element or
 * another's class, so there is no import cycle between them.
 */
export interface FinderHost extends HTMLElement, ReactiveControllerHost {
  readonly locale: Locale;
  /** The validated data once ready. */
  readonly directory: WorkstationDirectory | undefined;
  /** The element's `t` (protected there) for the controllers: the same words, by the same name elsewhere. */
  readonly text: Translate;
  readonly pageSize: number;
  readonly ignoreUrl: boolean;
  readonly mapMode: 'auto' | 'manual';
  readonly tiles: string;
  readonly tilesKey: string | null;
  readonly tilesAttribution: string | null;
  readonly tilesApproval: string | null;
  readonly tilesTimeout: number;
  readonly geoTimeout: number;
  /** The data's address, and the holiday calendar's (`none`: weekends only). */
  readonly src: string | null;
  readonly calendar: string | null;
  /** The time for "open now"; undefined: the clock. */
  readonly now: Date | undefined;
  /** The 12348 hotline line. */
  hotline(): HTMLElement;
}

/** A workstation of the filtered list, with its distance once the list is sorted nearest first. */
export type Located = { item: Workstation; metres?: number };

/** The places in the list's view where "nearest first" and the map write. */
export interface ListParts {
  nearBox: HTMLElement;
  nearStatus: HTMLElement;
  mapToggle: HTMLElement;
  mapWrap: HTMLElement;
  mapStatus: HTMLElement;
  mapNotes: HTMLElement;
}

/** What the map and "nearest first" see of the list. */
export interface ListSide {
  /** The list's view, rebuilt for another language. */
  readonly view: ListParts | undefined;
  /** The filtered list, in the order shown. */
  readonly results: readonly Located[];
  /** Where the phone said the worker is, once they let it. */
  readonly here: LatLng | undefined;
  /** A workstation's card, once built. */
  card(id: string): HTMLElement | undefined;
  /** Chooses a workstation: highlighted and shown in the list (the next pages open up to it), told to the page. */
  choose(id: string): void;
}
