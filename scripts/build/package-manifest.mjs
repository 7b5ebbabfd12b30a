#!/usr/bin/env node
// The custom elements manifest the npm package ships (dist/custom-elements.json), made from the one the
// analyzer writes for the repository (custom-elements.json: Storybook and the /embed/ pages read it):
//  - only the public API: private and protected members (and #private ones) are left out;
//  - paths that exist in the package: `components/x/y.ts` becomes `dist/x/y.js`, and a module with no
//    file in dist/ (a CDN-only source, a story) is left out;
//  - minified: editors and tools read it, people read the README and Storybook.
// scripts/build/build.mjs runs it after the analyzer; tests/build/package.test.mjs checks the result.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const toDist = (file) =>
  file
    .replace(/^\//, '')
    .replace(/^components\//, 'dist/')
    .replace(/\.ts$/, '.js');
/** A module reference as the analyzer writes it (`./x.js` from the module, `/components/…`, `components/…`) as a package path. */
const resolveModule = (ref, from) => toDist(/^\.\.?\//.test(ref) ? path.posix.join(path.posix.dirname(from), ref) : ref);
const isPublic = (member) => !member.privacy && !member.name?.startsWith('#');

/** Rewrites every `module` reference (exports, superclasses, inherited members) of module `from` into the package. */
function relink(value, from) {
  if (Array.isArray(value)) return value.map((item) => relink(item, from));
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      key === 'module' && typeof inner === 'string' ? resolveModule(inner, from) : relink(inner, from),
    ]),
  );
}

/** @param {{ modules: object[] }} manifest the analyzer's manifest; `exists(path)` says if a file is in the package */
export function packageManifest(manifest, exists = (file) => fs.existsSync(file)) {
  const modules = manifest.modules
    .filter((mod) => exists(toDist(mod.path)))
    .map((mod) => ({
      ...relink(
        {
          ...mod,
          declarations: (mod.declarations ?? []).map((declaration) =>
            declaration.members ? { ...declaration, members: declaration.members.filter(isPublic) } : declaration,
          ),
        },
        mod.path,
      ),
      path: toDist(mod.path),
    }));
  const kept = new Set(modules.map((mod) => mod.path));
  // A reference to a module that is not shipped would point nowhere: drop it (its declaration is not public API).
  const shipped = (ref) => !ref?.module || kept.has(ref.module) || !ref.module.startsWith('dist/');
  for (const mod of modules) {
    mod.exports = (mod.exports ?? []).filter((entry) => shipped(entry.declaration));
    for (const declaration of mod.declarations) {
      if (declaration.superclass && !shipped(declaration.superclass)) delete declaration.superclass.module;
      for (const list of ['members', 'attributes', 'events']) {
        for (const item of declaration[list] ?? [])
          if (item.inheritedFrom && !shipped(item.inheritedFrom)) delete item.inheritedFrom.module;
      }
    }
  }
  return { ...manifest, modules };
}

export function writePackageManifest(from = 'custom-elements.json', to = 'dist/custom-elements.json') {
  const manifest = packageManifest(JSON.parse(fs.readFileSync(from, 'utf8')));
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.writeFileSync(to, JSON.stringify(manifest));
  return manifest;
}

if (import.meta.url === pathToFileURL(path.resolve(process.argv[1] ?? '')).href) {
  const manifest = writePackageManifest();
  console.log(`dist/custom-elements.json: ${manifest.modules.length} modules, public members only`);
}
