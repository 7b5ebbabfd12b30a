// What a partner's page fetches for one widget of the plain <script> embed: the widget file and one core
// chunk, the same for every widget, before anything runs; its words, the map, Chart.js and the rest only
// when needed. Read from the built dist/cdn/ as a browser reads it. Needs `npm run build` first.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { integrity } from '../../scripts/build-cdn.mjs';
import { dynamicImports, staticClosure, staticImports } from '../../scripts/cdn-imports.mjs';

const CDN = 'dist/cdn';
const cdn = JSON.parse(fs.readFileSync(`${CDN}/manifest.json`, 'utf8'));
const core = cdn.core && path.join(CDN, cdn.core.file);
const widgetFiles = Object.values(cdn.widgets).map((entry) => path.join(CDN, entry.file));
const chunkFiles = fs.readdirSync(`${CDN}/chunks`).map((name) => path.join(CDN, 'chunks', name));

describe('the CDN core chunk', () => {
  it('is named in the manifest with an integrity hash that matches it', () => {
    assert.ok(core, 'manifest.json has no core entry');
    assert.match(cdn.core.file, /^chunks\/core-[\w-]+\.js$/);
    assert.equal(cdn.core.integrity, integrity(fs.readFileSync(core)));
  });

  it('is the only core chunk, and imports nothing itself', () => {
    assert.deepEqual(
      chunkFiles.filter((file) => /^core-/.test(path.basename(file))),
      [core],
    );
    assert.deepEqual(staticImports(core), []);
    assert.deepEqual(dynamicImports(core), []);
  });

  // Module-level state (one request per data URL, the define() guard) must exist once on a page: the code
  // of those modules is in the core chunk and in no widget file or other chunk.
  for (const [source, marker] of [
    ['components/core/fetch-json.ts', 'no answer from'],
    ['components/core/define.ts', 'is already defined by'],
  ]) {
    it(`holds the only copy of ${source}`, () => {
      assert.ok(fs.readFileSync(source, 'utf8').includes(marker), `${source} no longer says "${marker}": pick another marker`);
      const holders = [...widgetFiles, ...chunkFiles].filter((file) => fs.readFileSync(file, 'utf8').includes(marker));
      assert.deepEqual(holders, [core]);
    });
  }
});

describe('one widget of the CDN embed', () => {
  for (const [tag, entry] of Object.entries(cdn.widgets)) {
    const file = path.join(CDN, entry.file);

    it(`<${tag}> loads ${entry.file} and the core chunk before it runs, nothing else`, () => {
      assert.deepEqual([...staticClosure([file])].sort(), [file, core].sort());
    });

    it(`<${tag}>'s lazily loaded chunks load nothing first but its own file, the same core and other chunks`, () => {
      const others = widgetFiles.filter((other) => other !== file);
      for (const specifier of dynamicImports(file)) {
        const chunk = path.join(path.dirname(file), specifier);
        assert.ok(fs.existsSync(chunk), `${entry.file} imports a missing ${specifier}`);
        for (const loaded of staticClosure([chunk])) {
          assert.ok(!others.includes(loaded), `${specifier} loads another widget's ${loaded}`);
          assert.ok(loaded === core || !/^core-/.test(path.basename(loaded)), `${specifier} loads another core, ${loaded}`);
        }
      }
    });
  }
});
