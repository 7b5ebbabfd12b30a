// Server rendering (Next.js, Nuxt, Astro) imports a package's modules in Node, where there is no DOM.
// Every entry of the package, and the loader of the plain <script> embed, must import there without
// throwing: nothing may touch document, HTMLElement or customElements until an element is created in a
// browser. (The widget files under cdn/ are bundled for browsers: the checker's holds lit-html's browser
// build, which reads `document` when it loads; a server imports the npm entries, which use lit-html's
// Node build.) Each import runs in a fresh Node process, as a server would load it. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';

const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
const entries = Object.entries(pkg.exports)
  .map(([key, value]) => [key, typeof value === 'string' ? value : value.default])
  .filter(([, file]) => file?.endsWith('.js'));
const cdn = JSON.parse(fs.readFileSync('dist/cdn/manifest.json', 'utf8'));
const cdnFiles = [`./dist/cdn/${cdn.loader.file}`];

/** Imports `file` in a Node process with no DOM; returns what it printed on failure. */
function importInNode(file) {
  const code = `import(${JSON.stringify(pathToFileURL(path.resolve(file)).href)}).then(
    (mod) => console.log(JSON.stringify({ ok: true, exports: Object.keys(mod).length })),
    (error) => { console.log(JSON.stringify({ ok: false, error: String(error?.stack ?? error) })); process.exitCode = 1; });`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  return JSON.parse(result.stdout.trim().split('\n').pop() || `{"ok":false,"error":${JSON.stringify(result.stderr)}}`);
}

describe('importing in Node, as server rendering does', () => {
  it('finds the entries to try', () => assert.ok(entries.length >= 8));

  for (const [key, file] of entries) {
    it(`legal-aid-kit${key.slice(1)} (${file}) imports without a DOM`, () => {
      const outcome = importInNode(file);
      assert.ok(outcome.ok, outcome.error);
    });
  }

  it('the root entry still gives the classes in Node (it registers nothing)', () => {
    const outcome = importInNode('./dist/index.js');
    assert.ok(outcome.ok && outcome.exports > 20, JSON.stringify(outcome));
  });

  for (const file of cdnFiles) {
    it(`${file} imports without a DOM`, () => {
      const outcome = importInNode(file);
      assert.ok(outcome.ok, outcome.error);
    });
  }
});
