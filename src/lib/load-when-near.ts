/**
 * Runs `load` (typically: import a widget's module and register its tag) only once one of the elements
 * matching `selector` comes within `margin` of the screen. A widget far down the page then costs a phone on
 * a weak signal nothing until the reader scrolls towards it; its server-rendered HTML is there meanwhile.
 * Where IntersectionObserver is missing, it loads at once. A failed load leaves the server HTML in place.
 */
export function loadWhenNear(selector: string, load: () => Promise<unknown>, margin = '50% 0px'): void {
  const elements = document.querySelectorAll(selector);
  if (elements.length === 0) return;
  const run = () =>
    void load().catch((error: unknown) => console.warn(`legal-aid-kit site: ${selector} stays as server HTML (${String(error)})`));
  if (!('IntersectionObserver' in window)) return run();
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      run();
    },
    { rootMargin: margin },
  );
  for (const element of elements) observer.observe(element);
}
