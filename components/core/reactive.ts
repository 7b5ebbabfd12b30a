import type { LaPlainElement } from './plain-element.js';

/**
 * Decorators for LaPlainElement fields (experimentalDecorators, as the Lit widgets use). They keep a
 * plain element as short to write as a Lit one without Lit's reactive runtime.
 */

type PlainPrototype = LaPlainElement & { constructor: { attributeNames?: string[] } };

/** Internal state: assigning a different value re-renders the element (once it is in the page: field initializers do not). */
export function state() {
  return (proto: object, key: string): void => {
    const slot = Symbol(key);
    Object.defineProperty(proto, key, {
      get(this: Record<symbol, unknown>) {
        return this[slot];
      },
      set(this: LaPlainElement & Record<symbol, unknown>, value: unknown) {
        if (Object.is(value, this[slot])) return;
        this[slot] = value;
        if (this.isConnected) this.requestRender();
      },
      configurable: true,
    });
  };
}

/**
 * A property backed by an attribute (the attribute is the truth, so nothing needs reflecting): reading
 * gives the attribute's text or null, writing null removes it. A change of the attribute re-renders.
 */
export function attribute(name?: string) {
  return (proto: object, key: string): void => {
    const attr = name ?? key;
    const ctor = (proto as PlainPrototype).constructor;
    // Each class gets its own list, starting from its parent's.
    if (!Object.hasOwn(ctor, 'attributeNames')) ctor.attributeNames = [...(ctor.attributeNames ?? [])];
    ctor.attributeNames!.push(attr);
    Object.defineProperty(proto, key, {
      get(this: Element) {
        return this.getAttribute(attr);
      },
      set(this: Element, value: string | null) {
        if (value == null) this.removeAttribute(attr);
        else this.setAttribute(attr, value);
      },
      configurable: true,
    });
  };
}
