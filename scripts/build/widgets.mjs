// The widgets this checkout holds, found from their registration files so that nothing lists them by hand:
// components/<folder>/<name>.define.ts registers <la-<name>>. The CDN build, the npm package checks, the
// JSX typings, the /embed/ page and the partner-page tests all iterate over this list.
import fs from 'node:fs';
import path from 'node:path';

/** @typedef {{ tag: string, name: string, source: string, dist: string, types: string }} Widget */

/** Every file under `root` whose name ends with `suffix`, in folder order. */
export function filesUnder(root, suffix) {
  const found = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(suffix)) found.push(full);
    }
  };
  if (fs.existsSync(root)) walk(root);
  return found;
}

/** @returns {Widget[]} sorted by tag */
export function discoverWidgets(root = 'components') {
  return filesUnder(root, '.define.ts')
    .map((source) => {
      const name = path.basename(source, '.define.ts');
      const rel = path.relative(root, source).split(path.sep).join('/').replace(/\.ts$/, '');
      return { tag: `la-${name}`, name, source: source.split(path.sep).join('/'), dist: `dist/${rel}.js`, types: `dist/${rel}.d.ts` };
    })
    .sort((a, b) => a.tag.localeCompare(b.tag));
}

/** The engine entry, published as `legal-aid-kit/eligibility` once it exists. */
export const engineEntry = { source: 'components/eligibility/engine/index.ts', dist: 'dist/eligibility/engine/index.js' };
