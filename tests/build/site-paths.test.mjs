// The site's addresses are promises: the e2e specs, the printed posters' QR codes, search engines and
// partners' links point at them. Every address the build publishes (pages, data, icons, the sitemap) is
// listed in site-paths.txt; a change of routing that adds, drops or moves one fails here.
// After adding content on purpose (a new FAQ answer, a campaign), rewrite the list with
// `LA_UPDATE_SITE_PATHS=1 node --test tests/build/site-paths.test.mjs` and review its diff.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

const root = process.env.LA_SITE_OUT ?? 'dist-site';
const listFile = 'tests/build/site-paths.txt';
// Hashed assets change name with their bytes; the CDN files and Storybook have tests of their own.
const notAddresses = new Set(['_assets', 'cdn', 'storybook']);

/** Every published address: a page's directory URL (/faq/), any other file by its path (/data/site.json). */
function builtAddresses() {
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => !notAddresses.has(file.split('/')[0]))
    .map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`)
    .sort();
}

describe('the built site publishes the same addresses', () => {
  const built = builtAddresses();
  if (process.env.LA_UPDATE_SITE_PATHS) fs.writeFileSync(listFile, `${built.join('\n')}\n`);
  const expected = fs.readFileSync(listFile, 'utf8').trim().split('\n');

  it('the site is built', () => assert.ok(built.includes('/'), `run the build first (no ${root}/index.html)`));

  it('no address disappeared', () => {
    const missing = expected.filter((address) => !built.includes(address));
    assert.deepEqual(missing, [], `no longer built: ${missing.join(', ')}`);
  });

  it('no address appeared unannounced', () => {
    const added = built.filter((address) => !expected.includes(address));
    assert.deepEqual(added, [], `built but not in ${listFile}: ${added.join(', ')}`);
  });
});
