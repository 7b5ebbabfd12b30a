/**
 * The CDN autoloader for a plain `<script type="module">` embed. It defines a widget the first time its tag
 * appears anywhere on the page, including inside shadow roots attached later, loading `<name>.js` from the
 * folder this file was served from. Until a widget is defined it is hidden, for two seconds at most, so the
 * page does not flash raw fallback markup; a stylesheet object is used so a strict CSP allows it.
 *
 * The list of widgets is written in by the CDN build (scripts/build-cdn.mjs); without it nothing loads.
 * So is the path of the core chunk every widget file imports: the loader asks for it together with the
 * first widget, so that on a slow connection it does not wait for the widget file to name it.
 */
declare const __LA_TAGS__: readonly string[] | undefined;
declare const __LA_VERSION__: string | undefined;
declare const __LA_CORE__: string | undefined;

const tags: readonly string[] = typeof __LA_TAGS__ === 'undefined' ? [] : __LA_TAGS__;
const version = typeof __LA_VERSION__ === 'undefined' ? '' : __LA_VERSION__;
const core = typeof __LA_CORE__ === 'undefined' ? '' : __LA_CORE__;
const base = new URL('./', import.meta.url);
const requested = new Set<string>();
const selector = tags.join(',');
const MAX_HIDE_MS = 2000;

/** Loads the module that registers `tag`, once. A failure is reported, never thrown into the page. */
function request(tag: string): void {
  if (requested.has(tag)) return;
  requested.add(tag);
  const existing = customElements.get(tag) as { kitVersion?: string } | undefined;
  if (existing) {
    // Another copy of the kit got there first: keep it, as define() does, and say so.
    if (existing.kitVersion !== version) {
      console.warn(
        `legal-aid-kit loader: <${tag}> is already defined by ${existing.kitVersion ? `version ${existing.kitVersion}` : 'another script'}; version ${version} will not replace it.`,
      );
    }
    return;
  }
  // In parallel with the widget file (the browser fetches a module once); a failure shows when the widget
  // file imports it.
  if (core) import(new URL(core, base).href).catch(() => undefined);
  import(new URL(`${tag.slice(3)}.js`, base).href).catch((error: unknown) => {
    console.warn(`legal-aid-kit loader: <${tag}> could not be loaded`, error);
  });
}

const observer = new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
});

const watched = new WeakSet<Node>();
function watch(root: Document | ShadowRoot): void {
  if (watched.has(root)) return;
  watched.add(root);
  observer.observe(root, { childList: true, subtree: true });
  scan(root);
}

/** Requests every kit tag in `root` and looks into the open shadow roots it already holds. */
function scan(root: Element | Document | ShadowRoot): void {
  if (!selector) return;
  if (root instanceof Element) {
    if (tags.includes(root.localName)) request(root.localName);
    if (root.shadowRoot) watch(root.shadowRoot);
  }
  for (const element of root.querySelectorAll('*')) {
    if (tags.includes(element.localName)) request(element.localName);
    if (element.shadowRoot) watch(element.shadowRoot);
  }
}

// Shadow roots a page attaches from now on are watched too (open or closed: the loader gets the root).
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
  const root = attachShadow.call(this, init);
  watch(root);
  return root;
};

function hideUndefined(): void {
  if (!selector || !('adoptedStyleSheets' in document)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`${tags.map((tag) => `${tag}:not(:defined)`).join(',')}{visibility:hidden}`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const reveal = () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  };
  const timer = setTimeout(reveal, MAX_HIDE_MS);
  // Reveal as soon as everything requested so far is defined.
  void Promise.resolve().then(() =>
    Promise.all([...requested].map((tag) => customElements.whenDefined(tag))).then(() => {
      clearTimeout(timer);
      reveal();
    }),
  );
}

watch(document);
hideUndefined();

export {};
