#!/usr/bin/env node
// Keeps package.json in step with the widgets the checkout holds: one registering export with types per
// widget (`legal-aid-kit/<name>`), and an exact sideEffects list of those files plus the CDN scripts and CSS.
// `node scripts/build/package-exports.mjs` prints what would change; `--write` rewrites package.json.
// tests/build/package.test.mjs fails, naming this script, when a widget has no export.
import fs from 'node:fs';
import { discoverWidgets } from './widgets.mjs';

const fixed = {
  './eligibility': { types: './dist/eligibility/engine/index.d.ts', default: './dist/eligibility/engine/index.js' },
  './loader': { types: './dist/loader.d.ts', default: './dist/cdn/loader.js' },
  './cdn/*': './dist/cdn/*',
  './themes/*': './dist/themes/*',
  './jsx': { types: './dist/jsx.d.ts' },
  './custom-elements.json': './dist/custom-elements.json',
  './package.json': './package.json',
};

export function expectedPackageFields(widgets = discoverWidgets()) {
  const exports = { '.': { types: './dist/index.d.ts', default: './dist/index.js' } };
  for (const w of widgets) exports[`./${w.name}`] = { types: `./${w.types}`, default: `./${w.dist}` };
  return {
    exports: { ...exports, ...fixed },
    // The sources too: the site in this same package imports them, and Vite reads this list for it.
    sideEffects: [
      ...widgets.map((w) => `./${w.dist}`),
      './dist/cdn/*.js',
      './dist/cdn/solo/*.js',
      './dist/themes/*.css',
      './components/**/*.define.ts',
    ],
  };
}

if (process.argv[1]?.endsWith('package-exports.mjs')) {
  const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
  const next = { ...pkg, ...expectedPackageFields() };
  const changed = JSON.stringify(next) !== JSON.stringify(pkg);
  if (process.argv.includes('--write') && changed) fs.writeFileSync('package.json', `${JSON.stringify(next, null, 2)}\n`);
  console.log(
    changed
      ? process.argv.includes('--write')
        ? 'package.json updated'
        : 'package.json is out of date: run with --write'
      : 'package.json is up to date',
  );
}
