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

function defineAttribute(
  proto: object,
  key: string,
  attr: string,
  get: (this: Element) => unknown,
  set: (this: Element, value: never) => void,
): void {
  const ctor = (proto as PlainPrototype).constructor;
  // Each class gets its own list, starting from its parent's.
  if (!Object.hasOwn(ctor, 'attributeNames')) ctor.attributeNames = [...(ctor.attributeNames ?? [])];
  ctor.attributeNames!.push(attr);
  Object.defineProperty(proto, key, { get, set, configurable: true });
}

/**
 * A property backed by the attribute `name` (the attribute is the truth, so nothing needs reflecting):
 * reading gives the attribute's text, else `fallback`; writing null removes it. A change re-renders.
 */
export function attribute(name: string, fallback: string | null = null) {
  return (proto: object, key: string): void =>
    defineAttribute(
      proto,
      key,
      name,
      function () {
        return this.getAttribute(name) ?? fallback;
      },
      function (value: string | null) {
        if (value == null) this.removeAttribute(name);
        else this.setAttribute(name, value);
      },
    );
}

/** A number attribute; anything that is not a positive number (a typo on a partner page) reads as `fallback`. */
export function numberAttribute(name: string, fallback: number) {
  return (proto: object, key: string): void =>
    defineAttribute(
      proto,
      key,
      name,
      function () {
        const value = Number(this.getAttribute(name) ?? NaN);
        return Number.isFinite(value) && value > 0 ? value : fallback;
      },
      function (value: number) {
        this.setAttribute(name, String(value));
      },
    );
}

/** A boolean attribute: present is true. */
export function booleanAttribute(name: string) {
  return (proto: object, key: string): void =>
    defineAttribute(
      proto,
      key,
      name,
      function () {
        return this.hasAttribute(name);
      },
      function (value: boolean) {
        this.toggleAttribute(name, value);
      },
    );
}
