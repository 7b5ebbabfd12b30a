import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element/reactive-controller.js';
import { adoptStyles, type CSSResultGroup } from './css.js';
import { message, type CoreMessageKey } from './core.strings.js';
import { defineElement } from './define.js';
import { h, nodes, type Child } from './dom.js';
import { formatDate } from './format.js';
import { nearestLang, unwatchLang, watchLang } from './lang.js';
import { resolveLocale, type LoadedCatalogue, type Locale, type Messages } from './locale.js';
import { VERSION } from './version.js';

type WordLoader = () => Promise<Messages>;
/** Each lazy catalogue loads once per page, however many elements show it. */
const wordLoads = new WeakMap<WordLoader, Promise<void>>();

/** HTMLElement, or a stand-in where there is none (Node, for server rendering): importing never throws. */
const ElementBase = (globalThis.HTMLElement ?? Object) as typeof HTMLElement;

/** What changed since the last update, with the earlier values, as in Lit. */
export type PropertyValues = Map<PropertyKey, unknown>;

/**
 * Base of every kit element, with Lit's shape but not its runtime (about 6 KB, more than most budgets
 * leave): registration, language, messages, dates, tokens and large-text mode. As in a LitElement, a change
 * calls `requestUpdate(name?, oldValue?)`; updates are batched to one per microtask and run
 * `willUpdate(changed)`, `update(changed)` (puts `render()`'s result into `renderRoot`) and
 * `updated(changed)`; reactive controllers (`addController`) get `hostConnected`, `hostUpdate`,
 * `hostUpdated` and `hostDisconnected`, so `@lit/task` or a controller written for Lit plugs in.
 *
 * The analyzer does not see attributes read in a getter (`largeText` below), so the attribute is declared
 * here: every widget inherits it in custom-elements.json (a widget's own `@attr large-text` line wins).
 * @attr large-text - Large-text mode (适老化): bigger type and touch targets.
 */
export abstract class LaElement<M extends Messages = Messages> extends ElementBase implements ReactiveControllerHost {
  static readonly kitVersion: string = VERSION;
  static strings: LoadedCatalogue = { 'zh-CN': {}, en: {} };
  /**
   * Words a widget does not bundle, by language (its English; the map's Chinese too, with an empty
   * `strings`): loaded the first time an element shows that language, which then updates again. Until they
   * are here `wordsReady` is false; if they cannot load, the Chinese stand in (`t()` falls back to them).
   */
  static lazyStrings?: Partial<Record<Locale, WordLoader>>;
  static styles: CSSResultGroup = [];
  /** Attributes whose change re-renders (a subclass lists its own, or declares them with `@attribute()`). */
  static attributeNames: string[] = [];
  static get observedAttributes(): string[] {
    return this.attributeNames;
  }

  static define(tag: string, registry?: CustomElementRegistry): void {
    defineElement(tag, this, registry);
  }

  /**
   * The resolved language of the element (read it, do not set it): follows the nearest `lang` attribute.
   * @readonly
   */
  declare locale: Locale;
  static {
    // On the prototype, not a field: the constructor below treats every own property as one set early.
    this.prototype.locale = 'zh-CN';
  }

  /** Large-text mode (适老化), the `large-text` attribute: bigger type and touch targets. */
  get largeText(): boolean {
    return this.hasAttribute('large-text');
  }
  set largeText(value: boolean) {
    this.toggleAttribute('large-text', value);
  }
  #pending: Promise<boolean> | undefined;
  #changed: PropertyValues = new Map();
  #controllers = new Set<ReactiveController>();
  #hasUpdated = false;
  /** Between connectedCallback and disconnectedCallback. Not `isConnected`: an element upgraded in place is
   * connected while its constructor runs, before connectedCallback, and its controllers would connect twice. */
  #connected = false;
  #wordsReady = true;
  /**
   * What `render()` returns goes in here, not straight into the shadow root: this wrapper carries the font,
   * colour and spacing (`.la-root` in tokens.styles.ts), so a partner reset that reaches the host
   * (`* { all: unset }`, `* { all: revert }`) cannot restyle the contents. The host keeps a minimal box.
   */
  readonly renderRoot: HTMLElement;

  constructor() {
    super();
    // Properties a page set before the element was defined (the loader defines widgets late) sit on the
    // element and hide the class's accessors: take them off and set them again through the accessors once
    // the subclasses' fields exist, as Lit and Shoelace do ("upgrade properties").
    for (const [key, value] of Object.entries(this)) {
      delete this[key as keyof this];
      queueMicrotask(() => ((this as Record<string, unknown>)[key] = value));
    }
    const { styles } = this.constructor as typeof LaElement;
    const root = this.attachShadow({ mode: 'open' });
    adoptStyles(root, styles);
    this.renderRoot = root.appendChild(h('div', { class: 'la-root' }));
  }

  connectedCallback(): void {
    this.refreshLocale();
    watchLang(this);
    this.#connected = true;
    this.#controllers.forEach((c) => c.hostConnected?.());
    this.requestUpdate();
  }

  disconnectedCallback(): void {
    unwatchLang(this);
    this.#connected = false;
    this.#controllers.forEach((c) => c.hostDisconnected?.());
  }

  attributeChangedCallback(name: string, before: string | null, _after: string | null): void {
    this.requestUpdate(name, before);
  }

  addController(controller: ReactiveController): void {
    this.#controllers.add(controller);
    if (this.#connected) controller.hostConnected?.();
  }

  removeController(controller: ReactiveController): void {
    this.#controllers.delete(controller);
  }

  /** Re-reads the nearest `lang`; called by the shared observer. */
  refreshLocale(): void {
    const next = resolveLocale(nearestLang(this));
    if (next !== this.locale) this.requestUpdate();
    // The language on the wrapper too: a reset that reaches the host (`all: revert`) also drops the page's
    // `lang` for rendering, and Chinese text would be drawn with another locale's glyphs.
    this.renderRoot.lang = this.locale = next;
  }

  /** Resolves once the pending render is on screen, like a Lit element's `updateComplete`. */
  get updateComplete(): Promise<boolean> {
    return this.#pending ?? Promise.resolve(true);
  }

  /** False while the words of the element's language are loading (`lazyStrings`): render a waiting state. */
  protected get wordsReady(): boolean {
    return this.#wordsReady;
  }

  /** The words of the element's language on their way, if they are not here yet. */
  #wordsLoading(): Promise<void> | undefined {
    const ctor = this.constructor as typeof LaElement;
    const { locale } = this;
    const load = ctor.lazyStrings?.[locale];
    if (!load || ctor.strings[locale]) return;
    let loading = wordLoads.get(load);
    if (!loading) {
      loading = load().then(
        (words) => void (ctor.strings[locale] = words),
        (error: unknown) => {
          ctor.strings[locale] = {};
          console.warn(`legal-aid-kit: <${this.localName}> ${locale}: ${error as string}`);
        },
      );
      wordLoads.set(load, loading);
    }
    return loading;
  }

  /** "Try again" after the words could not load: forget the failure and ask for them once more. */
  protected retryWords(): void {
    const ctor = this.constructor as typeof LaElement;
    const load = ctor.lazyStrings?.[this.locale];
    if (load) wordLoads.delete(load);
    delete ctor.strings[this.locale];
    this.requestUpdate();
  }

  /** True once the element has updated (rendered) at least once. */
  get hasUpdated(): boolean {
    return this.#hasUpdated;
  }

  /** Schedules one update for this microtask; `name` and `oldValue` go into the changed map. */
  requestUpdate(name?: PropertyKey, oldValue?: unknown): void {
    if (name && !this.#changed.has(name)) this.#changed.set(name, oldValue);
    this.#pending ??= Promise.resolve().then(() => {
      const changed = this.#changed;
      this.#changed = new Map();
      this.#pending = undefined;
      const words = this.#wordsLoading();
      this.#wordsReady = !words;
      this.#controllers.forEach((c) => c.hostUpdate?.());
      this.willUpdate(changed);
      this.update(changed);
      this.#controllers.forEach((c) => c.hostUpdated?.());
      this.#hasUpdated = true;
      this.updated(changed);
      // The next update, with the words, is the one `updateComplete` waits for (changes meanwhile join it).
      if (words) this.#pending = words.then(() => ((this.#pending = undefined), this.requestUpdate(), this.updateComplete));
      return true;
    });
  }

  /** Before the update: compute what the render needs from what changed. */
  protected willUpdate(_changed: PropertyValues): void {}

  protected abstract render(): unknown;

  /**
   * Puts `render()`'s result into `renderRoot`. A widget that renders lit-html templates overrides it to
   * call litRenderer, as LitElement's `update()` does.
   */
  protected update(_changed: PropertyValues): void {
    this.renderRoot.replaceChildren(...nodes([this.render() as Child]));
  }

  /** After every update: work on the rendered DOM (focus, saving). */
  protected updated(_changed: PropertyValues): void {}

  protected t(key: (keyof M & string) | CoreMessageKey, values?: Record<string, string | number>): string {
    return message((this.constructor as typeof LaElement).strings, this.locale, key, values);
  }

  protected formatDate(value: string | Date): string {
    return formatDate(value, this.locale);
  }
}
