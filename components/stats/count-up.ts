const REVEAL_MS = 700;

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
