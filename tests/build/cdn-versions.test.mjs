// Two releases in a row, as a bureau deploys them: version A is built and deployed, then version B is built
// into an emptied site folder. /cdn/A/ must still be served, byte for byte, with a year-long immutable
// cache, and a build that would change a published version must fail and say to release a new version.
// No network: the CDN is built locally (with the test widget only, to be quick) and the npm case uses a
// tarball made here.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildCdn } from '../../scripts/build/build-cdn.mjs';
import { archiveTarball, archiveVersion, filesUnder, harvestDeployment, publishCdnVersions } from '../../scripts/build/cdn-versions.mjs';
import { freePort } from '../../scripts/test/free-port.mjs';

const widget = { tag: 'la-demo-list', name: 'demo-list', source: 'tests/fixtures/demo-element.ts' };
const A = '9.0.0';
const B = '9.1.0';
let work;
const dir = (...parts) => path.join(work, ...parts);

/** One deployment: an emptied site folder, the previous output's versions kept, this build published. */
function deploy(site, { previous, distCdn, version, archive }) {
  if (previous) harvestDeployment(previous, version, archive);
  fs.rmSync(site, { recursive: true, force: true });
  fs.mkdirSync(site, { recursive: true });
  fs.writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>site</title>');
  return publishCdnVersions({ siteDir: site, distCdn, version, archive });
}

/** Every file of a folder with its bytes. */
const snapshot = (folder) => new Map(filesUnder(folder).map((file) => [file, fs.readFileSync(path.join(folder, file))]));

before(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'la-cdn-versions-'));
  await buildCdn({ widgets: [widget], outdir: dir('build-a'), version: A });
  // Release B changes the code: it holds no widget at all, so its loader differs from A's.
  await buildCdn({ widgets: [], outdir: dir('build-b'), version: B });
});

after(() => fs.rmSync(work, { recursive: true, force: true }));

describe('two releases in a row', () => {
  let firstA;

  it('release A is published at /cdn/A/', () => {
    assert.deepEqual(deploy(dir('site-1'), { distCdn: dir('build-a'), version: A, archive: dir('archive') }), [A]);
    firstA = snapshot(dir('site-1/cdn', A));
    assert.ok(firstA.has('loader.js') && firstA.has('demo-list.js'));
    // `npm run release` records the released folder.
    assert.equal(archiveVersion(dir('build-a'), A, dir('archive')), true);
  });

  it('after release B, from the archive, /cdn/A/ is byte-identical and /cdn/B/ is added', () => {
    assert.deepEqual(deploy(dir('site-2'), { distCdn: dir('build-b'), version: B, archive: dir('archive') }), [A, B]);
    assert.deepEqual(snapshot(dir('site-2/cdn', A)), firstA);
    assert.equal(fs.readFileSync(dir('site-2/cdn', B, 'manifest.json'), 'utf8').includes(`"version": "${B}"`), true);
  });

  it('after release B, with no archive but the previous deployment output, /cdn/A/ is kept byte-identical', () => {
    const archive = dir('archive-from-output');
    assert.deepEqual(deploy(dir('site-3'), { previous: dir('site-1'), distCdn: dir('build-b'), version: B, archive }), [A, B]);
    assert.deepEqual(snapshot(dir('site-3/cdn', A)), firstA);
  });

  it('a build that would change a published version fails and says to release a new version', () => {
    // The same version number, other bytes: B's code released again as A.
    assert.throws(
      () => deploy(dir('site-4'), { distCdn: dir('build-b'), version: A, archive: dir('archive') }),
      (error) => {
        assert.match(error.message, /CDN version 9\.0\.0 is already published/);
        assert.match(error.message, /has changed|is missing|is new/);
        assert.match(error.message, /Release a new version/);
        return true;
      },
    );
    assert.throws(() => archiveVersion(dir('build-b'), A, dir('archive')), /Release a new version/);
    // The archive itself is untouched.
    assert.deepEqual(snapshot(dir('archive', A)), firstA);
  });

  it('a version from the npm tarball of that release is archived as the package holds it', () => {
    const pack = dir('tarball/package');
    fs.mkdirSync(path.join(pack, 'dist'), { recursive: true });
    fs.writeFileSync(path.join(pack, 'package.json'), JSON.stringify({ name: 'legal-aid-kit', version: A }));
    fs.cpSync(dir('build-a'), path.join(pack, 'dist/cdn'), { recursive: true });
    execFileSync('tar', ['-czf', dir('kit-a.tgz'), '-C', dir('tarball'), 'package']);
    const archive = dir('archive-from-npm');
    assert.equal(archiveTarball(dir('kit-a.tgz'), archive), A);
    assert.deepEqual(deploy(dir('site-5'), { distCdn: dir('build-b'), version: B, archive }), [A, B]);
    assert.deepEqual(snapshot(dir('site-5/cdn', A)), firstA);
  });

  it('scripts/test/serve.mjs serves the old version unchanged, cached for a year as immutable', async () => {
    const port = await freePort();
    const server = spawn(process.execPath, ['scripts/test/serve.mjs', '--root', dir('site-2'), '--port', String(port)], { stdio: 'pipe' });
    try {
      await new Promise((resolve, reject) => {
        server.stdout.on('data', resolve);
        server.on('exit', reject);
      });
      for (const [file, bytes] of firstA) {
        const response = await fetch(`http://127.0.0.1:${port}/cdn/${A}/${file}`, { headers: { 'Accept-Encoding': 'identity' } });
        assert.equal(response.status, 200, file);
        assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable', file);
        assert.equal(response.headers.get('access-control-allow-origin'), '*', file);
        assert.ok(Buffer.from(await response.arrayBuffer()).equals(bytes), `${file} is byte-identical`);
      }
      const page = await fetch(`http://127.0.0.1:${port}/`);
      assert.equal(page.headers.get('cache-control'), 'no-cache', 'pages are revalidated');
    } finally {
      server.kill();
    }
  });
});
