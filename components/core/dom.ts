/** What an element built with `h` may hold: text is always text, never parsed as HTML. */
export type Child = Node | string | null | undefined | false | readonly Child[];
type Attributes = Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>;

/**
 * Builds an element for kit elements that render without Lit. Attribute values are set as attributes,
 * `on…` functions become listeners, `true` writes an empty attribute and `false` or null leaves it out.
 * Strings become text nodes, so hostile content in data stays inert.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (typeof value === 'function') element.addEventListener(name.slice(2), value);
    // setAttribute writes numbers as text itself; true is an empty (boolean) attribute.
    else if (value !== false && value != null) element.setAttribute(name, value === true ? '' : (value as string));
  }
  element.append(...nodes(children));
  return element;
}

/** Flattens children into nodes and strings for `append`/`replaceChildren`, dropping the empty ones. */
export function nodes(children: readonly Child[]): (Node | string)[] {
  return children.flatMap((child): (Node | string)[] => (Array.isArray(child) ? nodes(child) : child ? [child as Node | string] : []));
}

/** Writes an attribute, or removes it for null: what a nullable text property's setter does. */
export function setAttr(element: Element, name: string, value: string | null | undefined): void {
  if (value == null) element.removeAttribute(name);
  else element.setAttribute(name, value);
}
