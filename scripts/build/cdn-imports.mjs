// What a browser fetches for a file of the CDN build (dist/cdn/): the file and every file it imports
// statically, transitively; and the chunks it may load later with import(). Read from the built code
// itself, as a browser would, for the embed benchmark and the build test.
import fs from 'node:fs';
import path from 'node:path';
import { parseAst } from 'rolldown/parseAst';

const parse = (file) => parseAst(fs.readFileSync(file, 'utf8'), null, file).body;

/** The specifiers a built module imports statically (import and export … from). */
export const staticImports = (file) => parse(file).flatMap((node) => (node.source ? [node.source.value] : []));

/** The specifiers a built module loads with import('…'). */
export function dynamicImports(file) {
  const found = [];
  const visit = (node) => {
    if (!node || typeof node !== 'object') return;
    const { source } = node.type === 'ImportExpression' ? node : {};
    if (source?.type === 'Literal') found.push(source.value);
    // Rolldown writes import(`./chunks/…`): a template without ${}.
    if (source?.type === 'TemplateLiteral' && !source.expressions.length) found.push(source.quasis[0].value.cooked);
    for (const value of Object.values(node)) visit(value);
  };
  visit(parse(file));
  return found;
}

/** The chunks a built module loads with import('…'), as paths beside it. */
export const lazyChunks = (file) => dynamicImports(file).map((specifier) => path.join(path.dirname(file), specifier));

/** `files` and every file they import statically, transitively: what loads before any of them runs. */
export function staticClosure(files, seen = new Set()) {
  for (const file of files) {
    if (seen.has(file)) continue;
    seen.add(file);
    staticClosure(
      staticImports(file).map((specifier) => path.join(path.dirname(file), specifier)),
      seen,
    );
  }
  return seen;
}

/**
 * What a phone fetches for a CDN widget file before the widget can be used: the file, what it imports
 * statically, and the lazy chunks built from the source modules `eager` that it always loads at once (its
 * words), with what those import. Counted so, a CDN widget compares with its npm entry's budget row.
 */
export function fetchedAtOnce(file, eager = []) {
  const files = staticClosure([file]);
  const loaded = [...files].flatMap(lazyChunks);
  const chunks = eager.map((source) => {
    const name = path.basename(source, '.ts').replace(/\./g, '\\.');
    const chunk = loaded.find((each) => new RegExp(`^${name}-[\\w-]+\\.js$`).test(path.basename(each)));
    if (!chunk) throw new Error(`no CDN chunk for ${source}`);
    return chunk;
  });
  return { before: files.size, all: staticClosure(chunks, new Set(files)) };
}
