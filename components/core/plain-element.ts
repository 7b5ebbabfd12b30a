import { adoptStyles, type CSSResultGroup } from './css.js';
import { message, type CoreMessageKey } from './core.strings.js';
import { defineElement } from './define.js';
import { h, nodes, type Child } from './dom.js';
import { formatDate } from './format.js';
import { nearestLang, unwatchLang, watchLang } from './lang.js';
import { resolveLocale, type Catalogue, type Locale, type Messages } from './locale.js';
import { VERSION } from './version.js';

/** HTMLElement, or a stand-in where there is none (Node, for server rendering): importing never throws. */
const ElementBase = (globalThis.HTMLElement ?? Object) as typeof HTMLElement;

/**
 * Base of every kit element, without Lit's reactive runtime (about 6 KB, more than most budgets leave):
 * registration, language, messages, dates, tokens and large-text mode, with a plain DOM render into the
 * shadow root. `render()` returns the shadow root's children; a change calls
 * `requestRender()`, and renders are batched to one per microtask.
 *
 * The analyzer does not see attributes read in a getter (`largeText` below), so the attribute is declared
 * here: every widget inherits it in custom-elements.json (a widget's own `@attr large-text` line wins).
 * @attr large-text - Large-text mode (适老化): bigger type and touch targets.
 */
export abstract class LaPlainElement<M extends Messages = Messages> extends ElementBase {
  static readonly kitVersion: string = VERSION;
  static strings: Catalogue<Messages> = { 'zh-CN': {}, en: {} };
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
    const { styles } = this.constructor as typeof LaPlainElement;
    const root = this.attachShadow({ mode: 'open' });
    adoptStyles(root, styles);
    this.renderRoot = root.appendChild(h('div', { class: 'la-root' }));
  }

  connectedCallback(): void {
    this.refreshLocale();
    watchLang(this);
    this.requestRender();
  }

  disconnectedCallback(): void {
    unwatchLang(this);
  }

  attributeChangedCallback(_name: string, _before: string | null, _after: string | null): void {
    this.requestRender();
  }

  /** Re-reads the nearest `lang`; called by the shared observer. */
  refreshLocale(): void {
    const next = resolveLocale(nearestLang(this));
    if (next !== this.locale) this.requestRender();
    // The language on the wrapper too: a reset that reaches the host (`all: revert`) also drops the page's
    // `lang` for rendering, and Chinese text would be drawn with another locale's glyphs.
    this.renderRoot.lang = this.locale = next;
  }

  /** Resolves once the pending render is on screen, like a Lit element's `updateComplete`. */
  get updateComplete(): Promise<boolean> {
    return this.#pending ?? Promise.resolve(true);
  }

  /** Schedules one render for this microtask. */
  requestRender(): void {
    this.#pending ??= Promise.resolve().then(() => {
      this.#pending = undefined;
      this.paint(this.render());
      return true;
    });
  }

  protected abstract render(): unknown;

  /**
   * Puts `render()`'s result into `renderRoot`. A widget that renders lit-html templates overrides it to
   * call litRenderer, and does any after-render work (focus, saving) there.
   */
  protected paint(content: unknown): void {
    this.renderRoot.replaceChildren(...nodes([content as Child]));
  }

  protected t(key: (keyof M & string) | CoreMessageKey, values?: Record<string, string | number>): string {
    return message((this.constructor as typeof LaPlainElement).strings, this.locale, key, values);
  }

  protected formatDate(value: string | Date): string {
    return formatDate(value, this.locale);
  }
}
