// Measures what a browser downloads for an entry: esbuild bundle (minified, code-split), gzip -9.
// `initialGzip` is the entry chunk and the chunks it imports statically; `usableGzip` adds the lazily
// imported modules named in `eager` (source paths) that the widget always fetches before a worker can use
// it, such as the words of its language; `lazyGzip` is the rest (Leaflet, Chart.js), loaded on request.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import * as esbuild from 'esbuild';
import { esbuildMinifyCss } from '../build/css-minify.mjs';

export const gzipSize = (bytes) => zlib.gzipSync(bytes, { level: 9 }).length;

/** The gzip bytes of built files, each compressed on its own as a server sends it. */
export const gzipSizeOfFiles = (files) => [...files].reduce((sum, file) => sum + gzipSize(fs.readFileSync(file)), 0);

export async function measureEntry(entry, { eager = [] } = {}) {
  const outdir = path.resolve('.tmp/sizes', path.basename(entry, '.ts'));
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    outdir,
    write: false,
    metafile: true,
    legalComments: 'none',
    logLevel: 'silent',
    tsconfig: 'tsconfig.build.json',
    plugins: [esbuildMinifyCss],
  });
  const files = new Map(result.outputFiles.map((f) => [path.relative(process.cwd(), f.path), f.contents]));
  const outputs = result.metafile.outputs;
  // The entry's own output: with code splitting every lazily imported module is an entry point too, and
  // one of them may come first in the metafile.
  const entryOut = Object.keys(outputs).find((key) => outputs[key].entryPoint === entry && key.endsWith('.js'));
  const closure = (start) => {
    const seen = new Set();
    const visit = (key) => {
      if (seen.has(key)) return;
      seen.add(key);
      for (const imp of outputs[key].imports) if (imp.kind === 'import-statement') visit(imp.path);
    };
    visit(start);
    return seen;
  };
  const initial = closure(entryOut);
  const usable = new Set(initial);
  for (const source of eager) {
    const key = Object.keys(outputs).find((k) => outputs[k].entryPoint === source && k.endsWith('.js'));
    if (!key) throw new Error(`${entry}: ${source} is not a lazily loaded module of this entry`);
    for (const k of closure(key)) usable.add(k);
  }
  let initialGzip = 0;
  let usableGzip = 0;
  let lazyGzip = 0;
  for (const key of Object.keys(outputs)) {
    if (!key.endsWith('.js')) continue;
    const size = gzipSize(files.get(key) ?? fs.readFileSync(key));
    if (initial.has(key)) initialGzip += size;
    if (usable.has(key)) usableGzip += size;
    else lazyGzip += size;
  }
  return { initialGzip, usableGzip, lazyGzip };
}
