// Measures what a browser downloads for an entry, built as the kit ships: Rolldown (the CDN's bundler and
// Vite's), minified, code-split, each file gzip -9. `initialGzip` is the entry chunk and the chunks it
// imports statically; `usableGzip` adds the lazily imported modules named in `eager` (source paths) that the
// widget always fetches before a worker can use it, such as the words of its language; `lazyGzip` is the
// rest (Leaflet, Chart.js), loaded on request.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { rolldown } from 'rolldown';
import { inputOptions, outputOptions } from '../build/cdn-bundles.mjs';
import { rolldownMinifyCss } from '../build/css-minify.mjs';

export const gzipSize = (bytes) => zlib.gzipSync(bytes, { level: 9 }).length;

/** The gzip bytes of built files, each compressed on its own as a server sends it. */
export const gzipSizeOfFiles = (files) => [...files].reduce((sum, file) => sum + gzipSize(fs.readFileSync(file)), 0);

export async function measureEntry(entry, { eager = [] } = {}) {
  const bundle = await rolldown({ ...inputOptions, logLevel: 'silent', input: entry, plugins: [rolldownMinifyCss] });
  let output;
  try {
    ({ output } = await bundle.generate({ ...outputOptions, chunkFileNames: '[name]-[hash].js' }));
  } finally {
    await bundle.close();
  }
  const chunks = new Map(output.filter((o) => o.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  const closure = (start) => {
    const seen = new Set();
    const visit = (name) => {
      if (seen.has(name)) return;
      seen.add(name);
      for (const imported of chunks.get(name).imports) visit(imported);
    };
    visit(start);
    return seen;
  };
  const chunkOf = (source) => [...chunks.values()].find((chunk) => chunk.facadeModuleId === path.resolve(source))?.fileName;
  const initial = closure(chunkOf(entry));
  const usable = new Set(initial);
  for (const source of eager) {
    const name = chunkOf(source);
    if (!name) throw new Error(`${entry}: ${source} is not a lazily loaded module of this entry`);
    for (const n of closure(name)) usable.add(n);
  }
  let initialGzip = 0;
  let usableGzip = 0;
  let lazyGzip = 0;
  for (const [name, chunk] of chunks) {
    const size = gzipSize(chunk.code);
    if (initial.has(name)) initialGzip += size;
    if (usable.has(name)) usableGzip += size;
    else lazyGzip += size;
  }
  return { initialGzip, usableGzip, lazyGzip };
}
