const COUNT_UP_MS = 1200;

/**
 * Counts a figure up from zero the first time `element` scrolls into view, painting each step with
 * `paint`; nothing moves with reduced motion. The real figure stands until then, so print and a quick
 * scroll past never show a zero. Returns a function that stops it (and paints the real figure).
 * Loaded only by figures that ask for it with `count-up`.
 */
export function countUpWhenSeen(element: Element, target: number, paint: (shown: number) => void): () => void {
  if (matchMedia('(prefers-reduced-motion: reduce)').matches) return () => paint(target);
  let frame = 0;
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((e) => e.isIntersecting)) return;
    observer.disconnect();
    const started = performance.now();
    const step = (now: number) => {
      const progress = Math.min(1, (now - started) / COUNT_UP_MS);
      // Ease out: fast at first, settling gently on the real figure.
      paint(Math.round(target * (1 - (1 - progress) ** 3)));
      if (progress < 1) frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
  });
  observer.observe(element);
  return () => {
    cancelAnimationFrame(frame);
    observer.disconnect();
    paint(target);
  };
}
