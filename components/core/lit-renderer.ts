import { render } from 'lit-html';
import type { LaPlainElement } from './plain-element.js';

/**
 * Renders lit-html templates for a LaPlainElement (its `paint()` calls this): Lit's templating
 * without its reactive element runtime, for widgets whose budget cannot carry both.
 */
export function litRenderer(host: LaPlainElement, content: unknown): void {
  render(content, host.renderRoot, { host });
}
