// What a developer at a partner agency gets from npm: pack the package, install the tarball into a scratch
// Vite app, import ONE widget per page, build, and check in Chromium that the widget works and that the
// other widgets are not in that page's bundle. Needs `npm run build` first (npm test builds before this).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/test/chromium.mjs';
import { discoverWidgets, engineEntry } from '../../scripts/build/widgets.mjs';

const repo = process.cwd();
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
const widgets = discoverWidgets();
const subpath = (widget) => Object.keys(pkg.exports).find((key) => pkg.exports[key].default === `./${widget.dist}`);
const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

let scratch;
let tarball;
let packedFiles;

before(() => {
  assert.ok(fs.existsSync('dist/index.js') && fs.existsSync('dist/cdn/loader.js'), 'run npm run build first');
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'la-pack-'));
  // With its scripts: prepack puts the package's README in place (scripts/build/pack-readme.mjs).
  const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', scratch], repo));
  tarball = path.join(scratch, packed.filename);
  packedFiles = packed.files.map((f) => f.path);
});

after(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe('the npm tarball', () => {
  it('holds what users need and nothing else (no sources, tests, site or source maps)', () => {
    for (const needed of [
      'package.json',
      'dist/custom-elements.json',
      'LICENSE',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/cdn/loader.js',
      'dist/jsx.d.ts',
      'CHANGELOG.md',
    ]) {
      assert.ok(packedFiles.includes(needed), `${needed} is in the tarball`);
    }
    for (const widget of widgets)
      assert.ok(packedFiles.includes(widget.dist) && packedFiles.includes(widget.types), `${widget.tag} and its types`);
    const stray = packedFiles.filter((f) => /^(components|src|tests|content|scripts|\.storybook)\/|\.map$|\.stories\./.test(f));
    assert.deepEqual(stray, []);
  });
});

describe('npm pack --dry-run: the package rules', () => {
  let files;
  before(() => {
    const [dry] = JSON.parse(npm(['pack', '--dry-run', '--json'], repo));
    files = new Set(dry.files.map((f) => f.path));
  });

  it('lists the same files as the real pack', () => assert.deepEqual([...files].sort(), [...packedFiles].sort()));

  it('has no sourceMappingURL pointing at a file the package does not ship', () => {
    const dangling = [];
    for (const file of files) {
      if (!/\.(js|css|d\.ts)$/.test(file)) continue;
      for (const [, url] of fs.readFileSync(file, 'utf8').matchAll(/[#@] sourceMappingURL=(\S+)/g)) {
        const target = path.posix.join(path.posix.dirname(file), url);
        if (!url.startsWith('data:') && !files.has(target)) dangling.push(`${file} → ${url}`);
      }
    }
    assert.deepEqual(dangling, []);
  });

  it('ships a LICENSE, and the README for people who install it, not the repository README', () => {
    assert.ok(files.has('LICENSE') && /MIT License/.test(fs.readFileSync('LICENSE', 'utf8')));
    assert.equal(pkg.license, 'MIT');
    execFileSync('tar', ['-xzf', tarball, '-C', scratch, 'package/README.md']);
    const shipped = fs.readFileSync(path.join(scratch, 'package/README.md'), 'utf8');
    assert.equal(shipped, fs.readFileSync('package-readme.md', 'utf8'));
    for (const topic of ['require(', 'nodenext', 'legal-aid-kit/eligibility', 'loader.js', 'legal-aid-kit/jsx'])
      assert.ok(shipped.includes(topic), `the package README covers ${topic}`);
    // The pack put the repository README back.
    assert.notEqual(fs.readFileSync('README.md', 'utf8'), shipped);
  });

  it('has a real repository field or none', () => {
    const url = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
    if (url) assert.doesNotMatch(url, /example\.(org|com|net)/, 'repository points at a placeholder address');
  });

  it('ships a minified custom-elements.json with public members only and paths that exist in the package', () => {
    assert.equal(pkg.customElements, 'dist/custom-elements.json');
    assert.equal(pkg.exports['./custom-elements.json'], './dist/custom-elements.json');
    assert.ok(files.has(pkg.customElements));
    const text = fs.readFileSync(pkg.customElements, 'utf8');
    assert.ok(!text.includes('\n'), 'minified');
    const manifest = JSON.parse(text);
    const hidden = [];
    const missing = new Set();
    for (const mod of manifest.modules) {
      if (!files.has(mod.path)) missing.add(mod.path);
      for (const declaration of mod.declarations ?? [])
        for (const member of declaration.members ?? [])
          if (member.privacy || member.name.startsWith('#')) hidden.push(`${declaration.name}.${member.name}`);
    }
    for (const [, ref] of text.matchAll(/"module":"([^"]+)"/g)) if (ref.startsWith('dist/') && !files.has(ref)) missing.add(ref);
    assert.deepEqual(hidden, [], 'private and protected members are not public API');
    assert.deepEqual([...missing], [], 'paths in custom-elements.json that the package does not hold');
    for (const widget of widgets)
      assert.ok(
        manifest.modules.some((mod) => mod.declarations?.some((d) => d.tagName === widget.tag)),
        `<${widget.tag}> is documented`,
      );
  });
});

describe('a Vite app that installs the tarball and imports one widget', () => {
  const pages = [
    ...widgets.map((w) => ({ name: w.name, tag: w.tag, code: `import 'legal-aid-kit/${subpath(w)?.slice(2)}';` })),
    // The root entry gives classes and registers nothing.
    {
      name: 'classes-only',
      tag: null,
      code: `import { LaElement, VERSION } from 'legal-aid-kit'; window.kit = { version: VERSION, base: typeof LaElement };`,
    },
    // The rule engine, once it exists: pure code, usable without any element.
    ...(fs.existsSync(engineEntry.source)
      ? [
          {
            name: 'engine',
            tag: null,
            engine: true,
            code: `import * as engine from 'legal-aid-kit/eligibility'; window.kit = { exports: Object.keys(engine).length };`,
          },
        ]
      : []),
  ];
  let served;

  before(() => {
    fs.writeFileSync(path.join(scratch, 'package.json'), JSON.stringify({ name: 'partner-app', private: true, type: 'module' }));
    try {
      npm(['install', '--offline', '--no-audit', '--no-fund', tarball], scratch);
    } catch {
      npm(['install', '--no-audit', '--no-fund', tarball], scratch);
    }
    for (const page of pages) {
      fs.writeFileSync(path.join(scratch, `${page.name}.js`), `${page.code}\n`);
      const body = page.tag ? `<${page.tag}></${page.tag}>` : '';
      fs.writeFileSync(
        path.join(scratch, `${page.name}.html`),
        `<!doctype html><html lang="zh-CN"><body>${body}<script type="module" src="./${page.name}.js"></script></body></html>`,
      );
    }
    const input = Object.fromEntries(pages.map((p) => [p.name, path.join(scratch, `${p.name}.html`)]));
    fs.writeFileSync(
      path.join(scratch, 'vite.config.mjs'),
      `export default ${JSON.stringify({ logLevel: 'error', build: { manifest: true, rollupOptions: { input } } })};\n`,
    );
    execFileSync(process.execPath, [path.join(repo, 'node_modules/vite/bin/vite.js'), 'build'], { cwd: scratch, stdio: 'pipe' });
  });

  /** All JavaScript a page can ever load: its entry, static and dynamic imports. */
  function pageCode(name) {
    const manifest = JSON.parse(fs.readFileSync(path.join(scratch, 'dist/.vite/manifest.json'), 'utf8'));
    const seen = new Set();
    const visit = (key) => {
      if (seen.has(key)) return;
      seen.add(key);
      for (const next of [...(manifest[key].imports ?? []), ...(manifest[key].dynamicImports ?? [])]) visit(next);
    };
    visit(`${name}.html`);
    return [...seen].map((key) => fs.readFileSync(path.join(scratch, 'dist', manifest[key].file), 'utf8')).join('\n');
  }

  /** The tags a widget's registration file defines: itself, and those it draws (the group's figures). */
  const registeredBy = (widget) => {
    // The registration file, and the classes it imports (the group's define() registers its figure).
    const source = fs.readFileSync(widget.source, 'utf8');
    const imported = [...source.matchAll(/from '(\.\/[\w.-]+)\.js'/g)].map((m) => path.join(path.dirname(widget.source), `${m[1]}.ts`));
    const code = [source, ...imported.map((file) => fs.readFileSync(file, 'utf8'))].join('\n');
    return [...code.matchAll(/\.define\((["'`])(la-[\w-]+)\1/g)].map((m) => m[2]);
  };
  /** A tag written as a string literal in any quotes: how a registration or a createElement names it. */
  const namesTag = (code, tag) => new RegExp(`(["'\`])${tag}\\1`).test(code);

  it('finds a tag in the bundled code whatever quotes the minifier writes', () => {
    for (const quoted of ['"la-stat"', "'la-stat'", '`la-stat`']) assert.ok(namesTag(`x.define(${quoted})`, 'la-stat'), quoted);
    assert.ok(!namesTag('x.define(`la-stat-group`)', 'la-stat'));
  });

  for (const page of pages) {
    it(`${page.name}: the bundle holds no other widget`, () => {
      const code = pageCode(page.name);
      const widget = widgets.find((w) => w.tag === page.tag);
      const own = widget ? registeredBy(widget) : [];
      if (widget) assert.ok(own.includes(widget.tag) && namesTag(code, widget.tag), `the ${page.name} bundle registers <${widget.tag}>`);
      for (const other of widgets.filter((w) => !own.includes(w.tag))) {
        assert.ok(!namesTag(code, other.tag), `<${other.tag}> leaked into the ${page.name} bundle`);
      }
    });
  }

  it('in Chromium each imported widget is defined and renders, the root entry defines nothing, the engine runs', async () => {
    served = http.createServer((request, response) => {
      const file = path.join(scratch, 'dist', new URL(request.url, 'http://x').pathname);
      if (!fs.existsSync(file) || !fs.statSync(file).isFile()) return response.writeHead(404).end();
      response.writeHead(200, { 'Content-Type': file.endsWith('.js') ? 'text/javascript' : 'text/html' });
      fs.createReadStream(file).pipe(response);
    });
    await new Promise((resolve) => served.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${served.address().port}`;
    const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    try {
      for (const page of pages) {
        const tab = await browser.newPage();
        const errors = [];
        tab.on('pageerror', (error) => errors.push(error.message));
        await tab.goto(`${origin}/${page.name}.html`);
        if (page.tag) {
          await tab.waitForFunction(
            (tag) => (document.querySelector(tag)?.shadowRoot?.querySelector('.la-root')?.childElementCount ?? 0) > 0,
            page.tag,
            {
              timeout: 10_000,
            },
          );
        } else if (page.engine) {
          await tab.waitForFunction(() => window.kit);
          assert.ok((await tab.evaluate(() => window.kit.exports)) > 0, 'the engine entry exports its API');
          assert.ok(!pageCode(page.name).includes('customElements'), 'the engine bundle holds no element code');
        } else {
          await tab.waitForFunction(() => window.kit);
          assert.deepEqual(await tab.evaluate(() => window.kit), { version: pkg.version, base: 'function' });
          const tags = widgets.map((w) => w.tag);
          assert.deepEqual(await tab.evaluate((list) => list.filter((tag) => customElements.get(tag)), tags), []);
        }
        assert.deepEqual(errors, [], `${page.name} raised no error`);
        await tab.close();
      }
    } finally {
      await browser.close();
      served.close();
    }
  });
});
