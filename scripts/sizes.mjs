// Measures what a browser downloads for an entry: esbuild bundle (minified, code-split), gzip -9,
// counting the entry chunk and the chunks it imports statically. Lazy chunks (Leaflet, Chart.js) are
// reported apart: they load only when the user asks.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import * as esbuild from 'esbuild';
import { esbuildMinifyCss } from './css-minify.mjs';

export const gzipSize = (bytes) => zlib.gzipSync(bytes, { level: 9 }).length;

export async function measureEntry(entry) {
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
  const entryOut = Object.keys(outputs).find((key) => outputs[key].entryPoint && key.endsWith('.js'));
  const initial = new Set();
  const visit = (key) => {
    if (initial.has(key)) return;
    initial.add(key);
    for (const imp of outputs[key].imports) if (imp.kind === 'import-statement') visit(imp.path);
  };
  visit(entryOut);
  let initialGzip = 0;
  let lazyGzip = 0;
  for (const key of Object.keys(outputs)) {
    if (!key.endsWith('.js')) continue;
    const size = gzipSize(files.get(key) ?? fs.readFileSync(key));
    if (initial.has(key)) initialGzip += size;
    else lazyGzip += size;
  }
  return { initialGzip, lazyGzip };
}
