import { setAttr } from './dom.js';
import type { LaElement } from './element.js';

/**
 * Decorators for LaElement fields (experimentalDecorators, Lit's decorator shape). They keep an element
 * as short to write as a Lit one without Lit's reactive runtime.
 */

type PlainPrototype = LaElement & { constructor: { attributeNames?: string[] } };

/** Internal state: assigning a different value re-renders the element (once it is in the page: field initializers do not). */
export function state() {
  return (proto: object, key: string): void => {
    const slot = Symbol(key);
    Object.defineProperty(proto, key, {
      get(this: Record<symbol, unknown>) {
        return this[slot];
      },
      set(this: LaElement & Record<symbol, unknown>, value: unknown) {
        const before = this[slot];
        if (Object.is(value, before)) return;
        this[slot] = value;
        if (this.isConnected) this.requestUpdate(key, before);
      },
      configurable: true,
    });
  };
}

/**
 * A property backed by the attribute `name`: the attribute is the truth, so nothing needs reflecting.
 * `read` turns the attribute's text (or null) into the value, `write` turns a value back (null removes
 * the attribute). The attribute is observed: a change re-renders.
 */
function attributeProperty<T>(name: string, read: (text: string | null) => T, write: (value: T) => string | null) {
  return (proto: object, key: string): void => {
    const ctor = (proto as PlainPrototype).constructor;
    // Each class gets its own list, starting from its parent's.
    if (!Object.hasOwn(ctor, 'attributeNames')) ctor.attributeNames = [...(ctor.attributeNames ?? [])];
    ctor.attributeNames!.push(name);
    Object.defineProperty(proto, key, {
      get(this: Element) {
        return read(this.getAttribute(name));
      },
      set(this: Element, value: T) {
        setAttr(this, name, write(value));
      },
      configurable: true,
    });
  };
}

/** A text attribute; absent reads as `fallback`. */
export const attribute = (name: string, fallback: string | null = null) =>
  attributeProperty<string | null>(
    name,
    (text) => text ?? fallback,
    (value) => value,
  );

/** A number attribute; anything that is not a positive number (a typo on a partner page) reads as `fallback`. */
export const numberAttribute = (name: string, fallback: number) =>
  attributeProperty<number>(
    name,
    (text) => {
      const value = Number(text ?? NaN);
      return Number.isFinite(value) && value > 0 ? value : fallback;
    },
    String,
  );

/** A boolean attribute: present is true. */
export const booleanAttribute = (name: string) =>
  attributeProperty<boolean>(
    name,
    (text) => text !== null,
    (value) => (value ? '' : null),
  );
