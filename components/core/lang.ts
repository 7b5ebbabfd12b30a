/** Anything that follows the nearest `lang`: kit elements with or without Lit. */
export interface LangFollower extends Node {
  refreshLocale(): void;
}

/** The nearest `lang` attribute above a node, crossing shadow-root boundaries to their hosts. */
export function nearestLang(start: Node): string | null {
  let node: Node | null = start;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return null;
}

/**
 * One observer for the whole page: any `lang` change in the document or in a shadow root that holds a
 * kit element makes every kit element re-resolve its language. Cheap, because `lang` rarely changes.
 */
const followers = new Set<LangFollower>();
const observedRoots = new WeakSet<Node>();
let langObserver: MutationObserver | undefined;

/** Starts following `lang` for a connected element; call `unwatchLang` when it disconnects. */
export function watchLang(element: LangFollower): void {
  followers.add(element);
  langObserver ??= new MutationObserver(() => followers.forEach((el) => el.refreshLocale()));
  // Observe every root between the element and the document, so a `lang` set on a host inside
  // another component's shadow root is seen too.
  let root: Node = element.getRootNode();
  for (;;) {
    const target = root instanceof Document ? root.documentElement : root;
    if (target && !observedRoots.has(target)) {
      observedRoots.add(target);
      langObserver.observe(target, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    if (!(root instanceof ShadowRoot)) break;
    root = root.host.getRootNode();
  }
}

export function unwatchLang(element: LangFollower): void {
  followers.delete(element);
}
