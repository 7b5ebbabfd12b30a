import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element/reactive-controller.js';

/**
 * Each screen of a step-by-step widget is a history entry, so the phone's Back and Forward move between its
 * screens (the answers stay in memory, never in the URL). Only a step index goes into `history.state`, under
 * the widget's own key, so two widgets on one page keep their steps apart. A screen is a name the widget
 * gives (the checker's question field, the case file's step id).
 */
export class ScreenHistory implements ReactiveController {
  readonly #screens: string[] = [];
  #at = -1;
  /** The key of the step index in `history.state`, e.g. 'la-eligibility-step'. */
  readonly #key: string;
  /** Shows a screen the browser went back or forward to; false if it cannot be shown now. */
  readonly #show: (screen: string) => boolean;

  constructor(host: ReactiveControllerHost, key: string, show: (screen: string) => boolean) {
    this.#key = key;
    this.#show = show;
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('popstate', this.#onPopState);
  }

  hostDisconnected(): void {
    removeEventListener('popstate', this.#onPopState);
  }

  /** The screen now on view: a new history entry when it changed (the first one replaces the page's entry). */
  record(screen: string): void {
    if (!screen || screen === this.#screens[this.#at]) return;
    const state = history.state && typeof history.state === 'object' ? (history.state as object) : {};
    this.#screens.length = this.#at + 1;
    this.#screens.push(screen);
    (this.#at++ < 0 ? history.replaceState : history.pushState).call(history, { ...state, [this.#key]: this.#at }, '');
  }

  /** The app's Back: goes back in the history when the screen before is `screen` (Forward can then return). */
  backTo(screen: string): boolean {
    if (this.#at <= 0 || screen !== this.#screens[this.#at - 1]) return false;
    history.back();
    return true;
  }

  readonly #onPopState = (event: PopStateEvent): void => {
    const index = (event.state as Record<string, unknown> | null)?.[this.#key];
    const screen = typeof index === 'number' ? this.#screens[index] : undefined;
    if (!screen || index === this.#at) return;
    // Moved first: the screen shown must not count as a new entry.
    const before = this.#at;
    this.#at = index as number;
    if (!this.#show(screen)) this.#at = before;
  };
}
