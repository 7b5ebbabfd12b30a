import { nodes, type Child } from '../core/dom.js';

/**
 * `h()` for SVG, which needs its own namespace: attributes are written as text (null or '' leaves one out)
 * and strings become text nodes, so labels from the data stay inert.
 */
export function s(tag: string, attributes: Record<string, string | number | null | undefined>, ...children: Child[]): SVGElement {
  const element = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attributes)) if (value != null && value !== '') element.setAttribute(name, String(value));
  element.append(...nodes(children));
  return element;
}
