/** Anything that follows the nearest `lang`: kit elements with or without Lit. */
export interface LangFollower extends Node {
  refreshLocale(): void;
}

/** The nearest `lang` attribute above a node, crossing shadow-root boundaries to their hosts. */
export function nearestLang(start: Element): string | null {
  // Within each tree `closest` finds it; past a shadow root, look again from its host.
  for (let node: Element | undefined = start; node; node = (node.getRootNode() as ShadowRoot).host) {
    const found = node.closest('[lang]');
    if (found) return found.getAttribute('lang');
  }
  return null;
}

const followers = new Set<LangFollower>();
const observedRoots = new WeakSet<Node>();
let langObserver: MutationObserver | undefined;

/** Starts following `lang` for a connected element; call `unwatchLang` when it disconnects. */
export function watchLang(element: LangFollower): void {
  followers.add(element);
  langObserver ??= new MutationObserver(() => followers.forEach((el) => el.refreshLocale()));
  // Observe every root between the element and the document, so a `lang` set on a host inside
  // another component's shadow root is seen too.
  // The element's tree, then each shadow root's host's, up to the document (which has no host).
  for (let root: Node | undefined = element.getRootNode(); root; root = (root as ShadowRoot).host?.getRootNode()) {
    const target = root instanceof Document ? root.documentElement : root;
    if (target && !observedRoots.has(target)) {
      observedRoots.add(target);
      langObserver.observe(target, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
  }
}

export function unwatchLang(element: LangFollower): void {
  followers.delete(element);
}
