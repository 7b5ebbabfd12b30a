// What a partner's page fetches for a widget of the plain <script> embed before anything runs: on a page
// with several kinds, the widget file and one core chunk, the same for every widget; on a page with one
// kind, its one file with the core (solo/). Its words, the map, Chart.js and the rest load only when
// needed. Read from the built dist/cdn/ as a browser reads it. Needs `npm run build` first.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { integrity } from '../../scripts/build/build-cdn.mjs';
import { entryBudgets } from '../../scripts/measure/budgets.mjs';
import { dynamicImports, fetchedAtOnce, lazyChunks, staticClosure, staticImports } from '../../scripts/build/cdn-imports.mjs';
import { gzipSizeOfFiles } from '../../scripts/measure/sizes.mjs';

const CDN = 'dist/cdn';
const cdn = JSON.parse(fs.readFileSync(`${CDN}/manifest.json`, 'utf8'));
const core = cdn.core && path.join(CDN, cdn.core.file);
const widgetFiles = Object.values(cdn.widgets).map((entry) => path.join(CDN, entry.file));
const chunkFiles = fs.readdirSync(`${CDN}/chunks`).map((name) => path.join(CDN, 'chunks', name));
const soloFiles = Object.values(cdn.solo).map((entry) => path.join(CDN, entry.file));
const soloChunkFiles = fs.readdirSync(`${CDN}/solo/chunks`).map((name) => path.join(CDN, 'solo/chunks', name));
const read = (file) => fs.readFileSync(file, 'utf8');

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

  // Module-level state (one request per data URL, the define() guard) must exist once among the files of
  // the shared build: the code of those modules is in the core chunk and in no widget file or other chunk.
  for (const [source, marker] of [
    ['components/core/fetch-json.ts', 'no answer from'],
    ['components/core/define.ts', 'is already defined by'],
  ]) {
    it(`holds the only copy of ${source} in the shared build`, () => {
      assert.ok(read(source).includes(marker), `${source} no longer says "${marker}": pick another marker`);
      const holders = [...widgetFiles, ...chunkFiles].filter((file) => read(file).includes(marker));
      assert.deepEqual(holders, [core]);
    });
  }
});

describe('the one-file builds (solo/) for a page with one kind of widget', () => {
  for (const [tag, entry] of Object.entries(cdn.solo)) {
    const file = path.join(CDN, entry.file);

    it(`<${tag}> loads ${entry.file} alone before it runs, with the core inside`, () => {
      assert.deepEqual([...staticClosure([file])], [file]);
      assert.ok(read(file).includes('is already defined by'), 'the define() guard is in the file');
      assert.equal(entry.integrity, integrity(fs.readFileSync(file)));
    });

    // What the loader gives a page with this one kind of widget is held to the npm entry's budget.
    const row = entryBudgets.find((each) => each.id === tag.replace(/^la-/, ''));
    // An entry held to a provisional ceiling (scripts/measure/budgets.mjs) is held to it here too.
    const limit = row?.ceiling ?? row?.budget ?? row?.limit;
    if (limit) {
      it(`<${tag}> from solo/, with its words, is within ${limit} bytes gzip`, () => {
        const bytes = gzipSizeOfFiles(fetchedAtOnce(file, row.eager).all);
        assert.ok(bytes <= limit, `${entry.file} is ${bytes} bytes gzip with what it fetches at once, over ${limit}`);
      });
    }

    it(`<${tag}>'s lazily loaded chunks load from solo/ or are shared chunks that load no widget and no core`, () => {
      for (const chunk of lazyChunks(file)) {
        assert.ok(soloChunkFiles.includes(chunk) || chunkFiles.includes(chunk), `${entry.file} imports ${chunk}, which does not exist`);
        for (const loaded of staticClosure([chunk])) {
          if (loaded === file || soloChunkFiles.includes(loaded)) continue;
          assert.ok(chunkFiles.includes(loaded) && loaded !== core, `${chunk} loads ${loaded}, neither its own nor a shared chunk`);
          for (const inner of staticClosure([loaded])) assert.ok(chunkFiles.includes(inner) && inner !== core, `${loaded} loads ${inner}`);
        }
      }
    });
  }

  // A browser caches a chunk once: what both builds hold is one file in chunks/, and a chunk stays in
  // solo/chunks/ only because it imports its widget's one-file build (the shared build's twin imports the
  // shared widget file, with the other copy of the core).
  it('hold no chunk of their own but those that load their solo widget file', () => {
    for (const chunk of soloChunkFiles) {
      assert.ok(
        [...staticClosure([chunk])].some((loaded) => soloFiles.includes(loaded)),
        `${chunk} loads no solo widget file: it belongs in chunks/, shared with the other build`,
      );
    }
  });

  // A page may hold a one-file widget and, for a kind it added later, the shared core: both keep their
  // requests in flight in one map on the global object, under the same key, so that a URL is fetched once.
  it('share their requests in flight with the core chunk through one global key', () => {
    const globalKey = /Symbol\.for\(`legal-aid-kit \$\{\w+\} requests`\)|Symbol\.for\(["'`]legal-aid-kit [\d.]+ requests["'`]\)/;
    // The FAQ reads data only with `src`, in a chunk it loads then.
    for (const file of [core, ...soloFiles]) {
      const holders = [file, ...lazyChunks(file)].filter((each) => read(each).includes('no answer from'));
      // The work log reads no data at all: it keeps the worker's own on the phone.
      if (file.includes('work-log') && holders.length === 0) continue;
      assert.equal(holders.length, 1, `${file} reads data in one place`);
      assert.match(read(holders[0]), globalKey, `${holders[0]} keeps its requests on the global object`);
    }
  });
});

describe('one widget of the CDN embed', () => {
  for (const [tag, entry] of Object.entries(cdn.widgets)) {
    const file = path.join(CDN, entry.file);

    it(`<${tag}> loads ${entry.file} and the core chunk before it runs, nothing else`, () => {
      assert.deepEqual([...staticClosure([file])].sort(), [file, core].sort());
    });

    it(`<${tag}>'s lazily loaded chunks load nothing first but its own file, the same core and other chunks`, () => {
      const others = widgetFiles.filter((other) => other !== file);
      for (const chunk of lazyChunks(file)) {
        assert.ok(fs.existsSync(chunk), `${entry.file} imports a missing ${chunk}`);
        for (const loaded of staticClosure([chunk])) {
          assert.ok(!others.includes(loaded), `${chunk} loads another widget's ${loaded}`);
          assert.ok(loaded === core || !/^core-/.test(path.basename(loaded)), `${chunk} loads another core, ${loaded}`);
        }
      }
    });
  }
});
