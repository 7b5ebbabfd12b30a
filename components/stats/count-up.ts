import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element/reactive-controller.js';

const REVEAL_MS = 700;

/** What the reveal needs of `<la-stat>`: the figure it printed. */
interface CountUpHost extends ReactiveControllerHost, Element {
  readonly printed: HTMLElement | undefined;
}

/**
 * Reveals the host's figure each time a new one is printed, and stops with the host: a reactive controller,
 * added once per figure (`countUp(figure)` may be called after every update).
 */
class CountUpController implements ReactiveController {
  #shownFor: string | null | undefined;
  #stop: (() => void) | undefined;
  constructor(readonly host: CountUpHost) {
    host.addController(this);
    this.hostUpdated();
  }

  hostUpdated(): void {
    const { printed } = this.host;
    // A new render of the same figure (large text switched on, say) does not reveal it again.
    if (!printed || printed.textContent === this.#shownFor) return;
    this.#stop?.();
    this.#shownFor = printed.textContent;
    this.#stop = countUpWhenSeen(this.host, printed);
  }

  hostDisconnected(): void {
    this.#stop?.();
    this.#shownFor = this.#stop = undefined;
  }
}

const controllers = new WeakSet<CountUpHost>();

export function countUp(host: CountUpHost): void {
  if (controllers.has(host)) return;
  controllers.add(host);
  new CountUpController(host);
}

/**
 * Brings a figure in the first time `element` scrolls into view: it fades in and rises into place. The
 * figure itself never changes, so no moment (a screenshot, a screen reader, a quick glance) can show a
 * number that is not the bureau's: counting 0 → 1297.6万元 used to pass through false values such as
 * 「2余人次」 or 「96.4万元」. Nothing moves with reduced motion. Returns a function that stops it.
 * Loaded only by figures that ask for it with `count-up`.
 */
export function countUpWhenSeen(element: Element, figure: HTMLElement): () => void {
  if (matchMedia('(prefers-reduced-motion: reduce)').matches) return () => {};
  let animation: Animation | undefined;
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((e) => e.isIntersecting)) return;
    observer.disconnect();
    // The Web Animations API sets no style attribute, so a strict style-src CSP allows it.
    animation = figure.animate(
      [
        { opacity: 0, transform: 'translateY(0.4em)' },
        { opacity: 1, transform: 'none' },
      ],
      { duration: REVEAL_MS, easing: 'ease-out' },
    );
  });
  observer.observe(element);
  return () => {
    observer.disconnect();
    animation?.finish();
  };
}
