import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { message, type CoreMessageKey } from './core.strings.js';
import { defineElement } from './define.js';
import { formatDate, formatNumber, formatYuan } from './format.js';
import { nearestLang, unwatchLang, watchLang } from './lang.js';
import { resolveLocale, type Catalogue, type Locale, type Messages } from './locale.js';
import { VERSION } from './version.js';

export { nearestLang };

/**
 * Base of every kit element: version-aware registration, language from the nearest `lang`, the message
 * catalogue, Intl formatting and large-text mode.
 */
export class LaElement<M extends Messages = Messages> extends LitElement {
  /** The kit version that defined this class; compared when a tag is already taken. */
  static readonly kitVersion: string = VERSION;
  /** This component's messages; subclasses replace it. */
  static strings: Catalogue<Messages> = { 'zh-CN': {}, en: {} };

  /** Registers the element once per kit version (see defineElement). */
  static define(tag: string, registry: CustomElementRegistry = customElements): void {
    defineElement(tag, this, registry);
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
    unwatchLang(this);
  }

  /** Re-reads the nearest `lang`; called by the shared observer. */
  refreshLocale(): void {
    const next = resolveLocale(nearestLang(this));
    if (next !== this.locale) this.locale = next;
  }

  /** A message from this component's catalogue (then the core's), in the element's language. */
  protected t(key: (keyof M & string) | CoreMessageKey, values?: Record<string, string | number>): string {
    return message((this.constructor as typeof LaElement).strings, this.locale, key, values);
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
