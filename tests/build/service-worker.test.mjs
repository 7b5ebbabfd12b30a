// The offline cache must not keep every old deployment's hashed files: the built sw.js carries a cache
// name made from what it saves, so a deployment that changes those files installs a new cache and the
// service worker's `activate` deletes the old one.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { stampServiceWorker } from '../../scripts/build/site-files.mjs';

function fakeSite({ page = '<h1>常见问题</h1>', asset = 'faq.abc123.js' } = {}) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'la-sw-'));
  fs.mkdirSync(path.join(root, 'faq'));
  fs.mkdirSync(path.join(root, '_assets'));
  fs.writeFileSync(path.join(root, 'faq', 'index.html'), page);
  fs.writeFileSync(path.join(root, '_assets', asset), '');
  fs.copyFileSync('public/sw.js', path.join(root, 'sw.js'));
  return root;
}
const cacheName = (root) => /const CACHE = '([^']+)'/.exec(fs.readFileSync(path.join(root, 'sw.js'), 'utf8'))?.[1];

describe('the service worker cache is renamed with each deployment that changes offline files', () => {
  it('the built sw.js names its cache after the offline pages and assets', () => {
    const built = cacheName('dist-site');
    assert.match(built ?? '', /^la-site-[0-9a-f]{12}$/, 'dist-site/sw.js is stamped');
    assert.notEqual(built, cacheName('public'));
  });

  it('the same files give the same name, a changed page or a new asset a new one', () => {
    const names = [fakeSite(), fakeSite(), fakeSite({ page: '<h1>常见问题（新）</h1>' }), fakeSite({ asset: 'faq.def456.js' })].map(
      (root) => stampServiceWorker(root, ['/faq/']),
    );
    assert.equal(names[0], names[1]);
    assert.notEqual(names[0], names[2]);
    assert.notEqual(names[0], names[3]);
  });

  it('stops the build when sw.js no longer has the name to replace', () => {
    const root = fakeSite();
    stampServiceWorker(root, ['/faq/']);
    assert.throws(() => stampServiceWorker(root, ['/faq/']), /cache name 'la-site-v1' to stamp is missing/);
  });
});

describe('the checker works offline after one visit', () => {
  // The service worker's own reference finder, taken from sw.js so the test follows what it really does.
  const source = fs.readFileSync('public/sw.js', 'utf8');
  const assetRefs = new Function(`return ${/const assetRefs = ([\s\S]*?\);)\n/.exec(source)[1]}`)();

  /** Every file the service worker saves when it installs `page`, following references as it does. */
  function saved(page) {
    const seen = new Set();
    const visit = (url) => {
      if (seen.has(url)) return;
      seen.add(url);
      const file = path.join('dist-site', url.endsWith('/') ? `${url}index.html` : url);
      if (!/\.(html|js)$/.test(file) || !fs.existsSync(file)) return;
      for (const ref of assetRefs(fs.readFileSync(file, 'utf8'), new URL(url, 'https://site.example'))) visit(ref);
    };
    visit(page);
    return [...seen];
  }

  it('precaches /check/ and /en/check/', () => {
    const { pages } = JSON.parse(fs.readFileSync('dist-site/sw-precache.json', 'utf8'));
    assert.ok(pages.includes('/check/') && pages.includes('/en/check/'), pages.join(' '));
  });

  for (const [page, lang] of [
    ['/check/', 'zh-CN'],
    ['/en/check/', 'en'],
  ]) {
    it(`saves every chunk ${page} loads on demand: the words, the result view and what it loads`, () => {
      const files = saved(page).map((url) => path.basename(url));
      for (const chunk of [`questions.${lang}.`, `result.${lang}.`, 'result-view.']) {
        assert.ok(
          files.some((name) => name.startsWith(chunk)),
          `${chunk}*.js is not saved (saved: ${files.join(', ')})`,
        );
      }
    });
  }
});
