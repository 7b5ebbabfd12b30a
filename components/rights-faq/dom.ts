export type Child = Node | string;

/** Builds an element from plain text and attributes: every word a text node, so nothing can become markup. */
export function el(tag: string, props: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}
