import { parseHTML } from 'linkedom';
import { nodes, type Child } from '../../components/core/dom.js';

/**
 * Server rendering of the widgets' own views: a view builder (a pure function of data, words and locale that
 * builds nodes with core's `h()`) runs at build time against linkedom's document and comes back as HTML for
 * `set:html`. So a page and its widget show one markup, written once in components/, and the pages ship no
 * byte of this (linkedom is a devDependency, imported only here, at build time).
 *
 * Text and attribute values are escaped by the serialiser, as the browser's DOM would: a view cannot put
 * markup into the page from its data.
 */
const { document: serverDocument } = parseHTML('<!doctype html><html><body></body></html>');

export function renderView(build: () => Child): string {
  // `h()` and `s()` use the global document; give them linkedom's for this call only (rendering is
  // synchronous), so nothing else in the build sees a DOM it does not expect.
  const global = globalThis as { document?: Document };
  const saved = global.document;
  global.document = serverDocument as unknown as Document;
  try {
    const box = serverDocument.createElement('div');
    box.append(...nodes([build()]));
    return box.innerHTML;
  } finally {
    if (saved) global.document = saved;
    else delete global.document;
  }
}
