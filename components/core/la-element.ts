import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { coreStrings, type CoreMessageKey } from './core.strings.js';
import { formatDate, formatNumber, formatYuan } from './format.js';
import { interpolate, resolveLocale, type Catalogue, type Locale, type Messages } from './locale.js';
import { VERSION } from './version.js';

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
const langListeners = new Set<LaElement>();
const observedRoots = new WeakSet<Node>();
let langObserver: MutationObserver | undefined;

function watchLang(element: LaElement): void {
  langListeners.add(element);
  langObserver ??= new MutationObserver(() => langListeners.forEach((el) => el.refreshLocale()));
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

/**
 * Base of every kit element: version-aware registration, language from the nearest `lang`, the message
 * catalogue, Intl formatting and large-text mode.
 */
export class LaElement<M extends Messages = Messages> extends LitElement {
  /** The kit version that defined this class; compared when a tag is already taken. */
  static readonly kitVersion: string = VERSION;
  /** This component's messages; subclasses replace it. */
  static strings: Catalogue<Messages> = { 'zh-CN': {}, en: {} };

  /**
   * Registers the element. Quiet when the tag already holds this kit version (two bundles of one
   * release); warns, never throws, when another version holds it, and leaves that one in place.
   */
  static define(tag: string, registry: CustomElementRegistry = customElements): void {
    const existing = registry.get(tag) as (CustomElementConstructor & { kitVersion?: string }) | undefined;
    if (existing) {
      if (existing !== this && existing.kitVersion !== this.kitVersion) {
        console.warn(
          `legal-aid-kit: <${tag}> is already defined by ${existing.kitVersion ? `version ${existing.kitVersion}` : 'another script'}; version ${this.kitVersion} will not replace it.`,
        );
      }
      return;
    }
    registry.define(tag, this);
  }

  /** Large-text mode (适老化): bigger type and touch targets. */
  @property({ type: Boolean, reflect: true, attribute: 'large-text' }) largeText = false;

  /** The resolved language of the element; follows the nearest `lang` attribute. */
  @state() protected locale: Locale = 'zh-CN';

  override connectedCallback(): void {
    super.connectedCallback();
    this.refreshLocale();
    watchLang(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    langListeners.delete(this);
  }

  /** Re-reads the nearest `lang`; called by the shared observer. */
  refreshLocale(): void {
    const next = resolveLocale(nearestLang(this));
    if (next !== this.locale) this.locale = next;
  }

  /** A message from this component's catalogue (then the core's), in the element's language. */
  protected t(key: (keyof M & string) | CoreMessageKey, values?: Record<string, string | number>): string {
    const own = (this.constructor as typeof LaElement).strings;
    const template =
      (own[this.locale] as Messages | undefined)?.[key] ?? (coreStrings[this.locale] as Messages)[key] ?? own['zh-CN'][key] ?? key;
    return interpolate(template, values);
  }

  protected formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
    return formatNumber(value, this.locale, options);
  }

  protected formatYuan(value: number): string {
    return formatYuan(value, this.locale);
  }

  protected formatDate(value: string | Date): string {
    return formatDate(value, this.locale);
  }
}
