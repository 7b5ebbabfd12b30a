import { render } from 'lit-html';
import type { LaElement } from './element.js';

/**
 * Renders lit-html templates for a LaElement (its `update()` calls this, as LitElement's does): Lit's templating
 * without its reactive element runtime, for widgets whose budget cannot carry both.
 */
export function litRenderer(host: LaElement, content: unknown): void {
  render(content, host.renderRoot, { host });
}
