// No import cycle in components/ (issue 18): a module never reaches itself through its imports, type-only
// and lazy ones included, so each part can be read, tested and loaded on its own. Every folder is checked.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';

const FOLDERS = fs
  .readdirSync('components', { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);
const IMPORT = /(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\s+from\s+)?['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

/** The components' own modules each file imports, as paths of .ts files. */
function importsOf(file) {
  const source = fs.readFileSync(file, 'utf8');
  return [...source.matchAll(IMPORT)]
    .map((match) => path.join(path.dirname(file), (match[1] ?? match[2]).replace(/\.js$/, '.ts')))
    .filter((target) => fs.existsSync(target));
}

/** Every cycle found from the files, each as the chain of files that closes it. */
export function cycles(files) {
  const found = [];
  const state = new Map();
  const visit = (file, chain) => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'open') return void found.push([...chain.slice(chain.indexOf(file)), file]);
    state.set(file, 'open');
    for (const next of importsOf(file)) visit(next, [...chain, file]);
    state.set(file, 'done');
  };
  for (const file of files) visit(file, []);
  return found;
}

describe('imports in components/', () => {
  const files = FOLDERS.flatMap((folder) =>
    fs
      .readdirSync(`components/${folder}`, { recursive: true })
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
      .map((name) => path.join('components', folder, name)),
  );

  it('finds the modules to check', () => assert.ok(files.length > 150));

  it('form no cycle, type-only and lazy imports included', () => {
    assert.deepEqual(
      cycles(files).map((chain) => chain.join(' → ')),
      [],
    );
  });

  it('would see one: the FAQ before its split (rights-faq.ts ↔ interactions.ts ↔ answer-actions.ts)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'la-cycles-'));
    fs.writeFileSync(path.join(dir, 'a.ts'), "type I = typeof import('./b.js');");
    fs.writeFileSync(path.join(dir, 'b.ts'), "export { copy } from './c.js';");
    fs.writeFileSync(path.join(dir, 'c.ts'), "import type { Item } from './a.js';");
    assert.equal(cycles([path.join(dir, 'a.ts')]).length, 1);
  });
});
