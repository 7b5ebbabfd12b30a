#!/usr/bin/env node
// The plain <script> embed: one minified ESM file per widget (dist/cdn/<name>.js) that imports one shared
// core chunk (dist/cdn/chunks/core-<hash>.js) and loads its own lazy chunks from dist/cdn/chunks/; the same
// widget in one file with the core (dist/cdn/solo/<name>.js), for a page with one kind of widget (see
// scripts/build/cdn-bundles.mjs); the autoloader dist/cdn/loader.js that knows every widget's tag, and
// dist/cdn/manifest.json with the subresource-integrity hash of each entry and of the core chunk, and the
// pinned version, from which
// the /embed/ page and the partner guide print their snippets. Also copies the partner themes to
// dist/themes/. (The React JSX typings need custom-elements.json, written after this step: see
// scripts/build/publish-embed.mjs.)
// scripts/build/build.mjs runs this after tsc; tests call buildCdn() with extra test widgets.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { rolldown } from 'rolldown';
import { bundleSoloWidgets, bundleWidgets, inputOptions, outputOptions } from './cdn-bundles.mjs';
import { discoverWidgets } from './widgets.mjs';

const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));

export const integrity = (bytes) => `sha384-${crypto.createHash('sha384').update(bytes).digest('base64')}`;

/**
 * Builds the CDN folder for `widgets` ({ tag, name, source }) into `outdir` and returns its manifest.
 * @param {{ widgets?: { tag: string, name: string, source: string }[], outdir?: string, version?: string }} [options]
 */
export async function buildCdn({ widgets = discoverWidgets(), outdir = 'dist/cdn', version = pkg.version } = {}) {
  fs.rmSync(outdir, { recursive: true, force: true });
  const core = widgets.length ? await bundleWidgets(widgets, outdir) : undefined;
  const solo = await bundleSoloWidgets(widgets, outdir);
  // The loader, with the widgets' tags, the version and the core chunk written in (Rolldown, as the widgets).
  const loader = await rolldown({
    ...inputOptions,
    input: { loader: 'components/loader.ts' },
    transform: {
      ...inputOptions.transform,
      define: {
        __LA_TAGS__: JSON.stringify(widgets.map((w) => w.tag)),
        __LA_VERSION__: JSON.stringify(version),
        __LA_CORE__: JSON.stringify(core ?? ''),
      },
    },
  });
  try {
    await loader.write({ ...outputOptions, dir: outdir, entryFileNames: '[name].js' });
  } finally {
    await loader.close();
  }
  fs.cpSync('components/themes', path.join(outdir, 'themes'), { recursive: true, filter: (src) => !src.endsWith('.md') });
  const file = (name) => ({ file: name, integrity: integrity(fs.readFileSync(path.join(outdir, name))) });
  const themes = fs.readdirSync(path.join(outdir, 'themes')).filter((name) => name.endsWith('.css'));
  const manifest = {
    version,
    loader: file('loader.js'),
    ...(core && { core: file(core) }),
    widgets: Object.fromEntries(widgets.map((w) => [w.tag, file(`${w.name}.js`)])),
    // What the loader takes on a page with one kind of widget: the widget and the core in one file.
    solo: Object.fromEntries(widgets.map((w, i) => [w.tag, file(solo[i])])),
    themes: Object.fromEntries(themes.map((name) => [name.replace(/\.css$/, ''), file(`themes/${name}`)])),
  };
  fs.writeFileSync(path.join(outdir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

function copyThemes() {
  fs.rmSync('dist/themes', { recursive: true, force: true });
  fs.cpSync('components/themes', 'dist/themes', { recursive: true, filter: (src) => !src.endsWith('.md') });
}

if (import.meta.url === pathToFileURL(path.resolve(process.argv[1] ?? '')).href) {
  const manifest = await buildCdn();
  copyThemes();
  console.log(`CDN ${manifest.version}: loader + ${Object.keys(manifest.widgets).length} widgets in dist/cdn/`);
}
