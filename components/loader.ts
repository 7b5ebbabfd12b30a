/**
 * The CDN autoloader for a plain `<script type="module">` embed. It defines a widget the first time its tag
 * appears anywhere on the page, including inside shadow roots attached later, loading its module from the
 * folder this file was served from. Until a widget is defined it is hidden, for two seconds at most, so the
 * page does not flash raw fallback markup; a stylesheet object is used so a strict CSP allows it.
 *
 * The list of widgets is written in by the CDN build (scripts/build/build-cdn.mjs); without it nothing loads.
 * So is the path of the core chunk every `<name>.js` imports: the loader asks for it together with the
 * widget files, so that on a slow connection it does not wait for a widget file to name it.
 *
 * A page that holds one kind of widget when the loader first looks (most partner pages: one checker, or
 * a few figures) gets `solo/<name>.js`, the widget and the core in one file: one request, and no core
 * code that only other widgets use. Several kinds share the core chunk, and so does every kind that
 * appears after the first load.
 */
declare const __LA_TAGS__: readonly string[] | undefined;
declare const __LA_VERSION__: string | undefined;
declare const __LA_CORE__: string | undefined;

const tags: readonly string[] = typeof __LA_TAGS__ === 'undefined' ? [] : __LA_TAGS__;
const version = typeof __LA_VERSION__ === 'undefined' ? '' : __LA_VERSION__;
const core = typeof __LA_CORE__ === 'undefined' ? '' : __LA_CORE__;
const base = new URL('./', import.meta.url);
const requested = new Set<string>();
/** Tags found since the last load, loaded together at the end of the task that found them. */
const pending = new Set<string>();
let loadedBefore = false;
const selector = tags.join(',');
const MAX_HIDE_MS = 2000;

/** Asks for the module that registers `tag`, once. */
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
  if (!pending.size) queueMicrotask(load);
  pending.add(tag);
}

/** Loads the pending widgets. A failure is reported, never thrown into the page. */
function load(): void {
  const solo = !loadedBefore && pending.size === 1;
  // In parallel with the widget files (the browser fetches a module once); a failure shows when a widget
  // file imports it.
  if (!solo && core) import(new URL(core, base).href).catch(() => undefined);
  for (const tag of pending) {
    import(new URL(`${solo ? 'solo/' : ''}${tag.slice(3)}.js`, base).href).catch((error: unknown) => {
      console.warn(`legal-aid-kit loader: <${tag}> could not be loaded`, error);
    });
  }
  pending.clear();
  loadedBefore = true;
}

let observer: MutationObserver;

const watched = new WeakSet<Node>();
function watch(root: Document | ShadowRoot): void {
  if (watched.has(root)) return;
  watched.add(root);
  hide(root);
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

// Until the widgets are defined, for two seconds at most, they are hidden in the document and in every
// shadow root watched meanwhile: a style sheet there holds `<tag>:not(:defined)`, which a strict CSP allows.
let hideSheet: CSSStyleSheet | undefined;
const hiddenIn = new Set<Document | ShadowRoot>();

function hide(root: Document | ShadowRoot): void {
  if (!hideSheet) return;
  hiddenIn.add(root);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, hideSheet];
}

function reveal(): void {
  for (const root of hiddenIn) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => sheet !== hideSheet);
  hiddenIn.clear();
  hideSheet = undefined;
}

/** Starts watching the page; never where there is no page (the module imported in Node, for server rendering). */
function start(): void {
  observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  });
  // Shadow roots a page attaches from now on are watched too (open or closed: the loader gets the root).
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
    const root = attachShadow.call(this, init);
    watch(root);
    return root;
  };
  if (selector && 'adoptedStyleSheets' in document) {
    hideSheet = new CSSStyleSheet();
    hideSheet.replaceSync(`${tags.map((tag) => `${tag}:not(:defined)`).join(',')}{visibility:hidden}`);
  }
  watch(document);
  if (hideSheet) {
    const timer = setTimeout(reveal, MAX_HIDE_MS);
    // Reveal as soon as everything requested so far is defined.
    void Promise.resolve().then(() =>
      Promise.all([...requested].map((tag) => customElements.whenDefined(tag))).then(() => {
        clearTimeout(timer);
        reveal();
      }),
    );
  }
}

if (typeof document !== 'undefined') start();

export {};
