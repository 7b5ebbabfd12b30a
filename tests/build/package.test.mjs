// The package's shape, for every widget the checkout holds: an export with types per widget, an exact
// sideEffects list, a complete custom-elements.json, React JSX typings that type-check, the CDN folder
// with correct integrity hashes and a pinned version. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, it } from 'node:test';
import { integrity } from '../../scripts/build/build-cdn.mjs';
import { manifestElements } from '../../scripts/build/jsx-types.mjs';
import { themeTokens } from '../../scripts/build/theme-tokens.mjs';
import { discoverWidgets } from '../../scripts/build/widgets.mjs';

const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
const widgets = discoverWidgets();
const manifest = JSON.parse(fs.readFileSync('custom-elements.json', 'utf8'));
const elements = new Map(manifestElements(manifest).map((e) => [e.declaration.tagName, e]));

describe('package.json exports', () => {
  it('the root entry is the classes only (components/index.ts registers nothing)', () => {
    assert.deepEqual(pkg.exports['.'], { types: './dist/index.d.ts', default: './dist/index.js' });
    const index = fs.readFileSync('components/index.ts', 'utf8');
    assert.ok(!/['"][^'"]*\.define(\.js)?['"]/.test(index), 'components/index.ts must not import a *.define file');
  });

  for (const widget of widgets) {
    it(`<${widget.tag}> has its own registering entry with types, listed in sideEffects`, () => {
      const entry = Object.values(pkg.exports).find((value) => value?.default === `./${widget.dist}`);
      assert.ok(entry, `no export points at ./${widget.dist}: run node scripts/build/package-exports.mjs --write`);
      assert.equal(entry.types, `./${widget.types}`);
      assert.ok(fs.existsSync(widget.types), `${widget.types} is built`);
      assert.ok(pkg.sideEffects.includes(`./${widget.dist}`), `sideEffects lists ./${widget.dist}, or bundlers drop the registration`);
    });
  }

  it('sideEffects lists only registering files (built, and the sources the site imports), the CDN scripts and CSS', () => {
    for (const entry of pkg.sideEffects)
      assert.match(entry, /\.define\.js$|^\.\/components\/\*\*\/\*\.define\.ts$|^\.\/dist\/cdn\/(solo\/)?\*\.js$|\.css$/);
  });

  it('every export with types points at files that are built (for the widgets that exist)', () => {
    const existing = new Set(widgets.map((w) => `./${w.dist}`));
    for (const [key, value] of Object.entries(pkg.exports)) {
      if (typeof value !== 'object') continue;
      const isWidget = value.default?.endsWith('.define.js');
      if (isWidget && !existing.has(value.default)) continue; // planned widget, not merged yet
      if (key === './eligibility' && !fs.existsSync('components/eligibility/engine/index.ts')) continue;
      for (const target of Object.values(value)) assert.ok(fs.existsSync(target), `${key} → ${target} exists`);
    }
  });

  it('the runtime VERSION matches package.json (define() and the CDN path compare it)', () => {
    assert.match(fs.readFileSync('components/core/version.ts', 'utf8'), new RegExp(`VERSION = '${pkg.version.replace(/\./g, '\\.')}'`));
  });
});

describe('custom-elements.json documents every widget from its JSDoc', () => {
  for (const widget of widgets) {
    it(`<${widget.tag}>: summary, every attribute, event and part described, theme properties with defaults`, () => {
      const element = elements.get(widget.tag);
      assert.ok(element, `<${widget.tag}> is in custom-elements.json (define it in ${widget.source})`);
      const d = element.declaration;
      assert.ok(d.summary?.trim(), 'has a @summary');
      for (const a of d.attributes ?? []) assert.ok(a.description?.trim(), `attribute ${a.name} is described`);
      for (const e of d.events ?? []) assert.ok(e.description?.trim(), `event ${e.name} is described`);
      for (const p of d.cssParts ?? []) assert.ok(p.description?.trim(), `part ${p.name} is described`);
      for (const s of d.slots ?? []) assert.ok(s.description?.trim(), `slot ${s.name || '(default)'} is described`);
      assert.ok(
        (d.cssProperties ?? []).some((p) => p.name === '--la-color-primary' && p.default),
        'lists the theme properties with their defaults',
      );
      // Every part the widget's own templates expose is documented (its class file and <name>.*.ts files;
      // a folder may hold several widgets).
      const folder = path.dirname(widget.source);
      const own = (f) => path.join(folder, f) === element.module || f.startsWith(`${widget.name}.`);
      const source = fs
        .readdirSync(folder)
        .filter((f) => f.endsWith('.ts') && !f.endsWith('.stories.ts') && own(f))
        .map((f) => fs.readFileSync(path.join(folder, f), 'utf8'))
        .join('\n');
      const documented = new Set((d.cssParts ?? []).map((p) => p.name));
      for (const [, parts] of source.matchAll(/\bpart="([^"$]+)"/g)) {
        for (const part of parts.split(/\s+/)) assert.ok(documented.has(part), `part "${part}" has a @csspart line`);
      }
    });
  }
});

describe('custom-elements.json links each decorated property to its attribute', () => {
  it('an `@attribute()` field names its attribute, and the attribute its field (as for a Lit @property)', () => {
    const links = [];
    for (const widget of widgets) {
      const element = elements.get(widget.tag);
      if (!element) continue;
      const source = fs.readFileSync(element.module, 'utf8');
      for (const [, attribute, field] of source.matchAll(/@(?:number|boolean)?[aA]ttribute\('([a-z-]+)'[^)]*\)\s+(?:override\s+)?(\w+)/g)) {
        const member = element.declaration.members?.find((m) => m.name === field);
        const listed = element.declaration.attributes?.find((a) => a.name === attribute);
        assert.equal(member?.attribute, attribute, `<${widget.tag}>.${field} → ${attribute}`);
        assert.equal(listed?.fieldName, field, `<${widget.tag}> ${attribute} → .${field}`);
        links.push(attribute);
      }
    }
    assert.ok(links.length > 0, 'some widget declares attributes with @attribute()');
  });
});

// The attributes a widget reads or writes on its own element, found in its source: its class module and
// every kit module it imports, statically or on demand (so the core base classes and shared styles count),
// but not another widget's class module. Only reads on the host count (`this.` or the `host` handed to a
// helper, `setAttr(this, …)`, `@attribute()`, `attributeNames`, `:host([…])`): a widget also reads
// attributes of other elements (a child <script type="application/json">, the nearest `lang` up the tree,
// `data-*` of server-rendered answers), which are not its own. Global HTML attributes are not listed.
const GLOBAL_ATTRIBUTES = new Set(['hidden', 'lang', 'dir', 'id', 'class', 'style', 'title', 'slot', 'part']);
const HOST_ATTRIBUTE_PATTERNS = [
  /\b(?:this|host)\.(?:get|has|toggle|set|remove)Attribute\(\s*'([^']+)'/g,
  /\bsetAttr\(\s*(?:this|host)\s*,\s*'([^']+)'/g,
  /\bthis\.#?\w+Attr\(\s*'([^']+)'/g, // helpers such as this.#numberAttr('page-size', 20)
  /@attribute\(\s*'([^']+)'/g,
  /:host\(\[([\w-]+)/g,
];
/** The code (comments removed) of a widget's class module and every kit module it imports, except other widgets. */
function widgetSources(classModule, { drawn = false } = {}) {
  const widgetModules = new Set([...elements.values()].map((e) => e.module));
  const sources = new Map();
  // With `drawn`, another widget's module counts when this one draws it inside itself (the group's
  // figures): custom properties set on the group reach them.
  const visit = (file, from) => {
    if (sources.has(file) || !fs.existsSync(file) || (file !== classModule && widgetModules.has(file) && !(drawn && from === classModule)))
      return;
    const source = fs
      .readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    sources.set(file, source);
    for (const [, spec] of source.matchAll(/(?:\bfrom\s*|\bimport\(\s*)'(\.{1,2}\/[^']+)'/g))
      visit(path.join(path.dirname(file), spec).split(path.sep).join('/').replace(/\.js$/, '.ts'), file);
  };
  visit(classModule);
  return [...sources.values()].join('\n');
}
function hostAttributesRead(classModule) {
  const source = widgetSources(classModule);
  const names = new Set();
  for (const pattern of HOST_ATTRIBUTE_PATTERNS) for (const [, name] of source.matchAll(pattern)) names.add(name);
  for (const [, list] of source.matchAll(/\battributeNames\s*=\s*\[([^\]]*)\]/g))
    for (const [, name] of list.matchAll(/'([^']+)'/g)) names.add(name);
  return [...names].filter((name) => !GLOBAL_ATTRIBUTES.has(name)).sort();
}

describe('custom-elements.json lists every attribute a widget reads', () => {
  for (const widget of widgets) {
    it(`<${widget.tag}>: each attribute its source reads on the element is in the manifest`, () => {
      const element = elements.get(widget.tag);
      assert.ok(element, `<${widget.tag}> is in custom-elements.json`);
      const listed = new Set((element.declaration.attributes ?? []).map((a) => a.name));
      const read = hostAttributesRead(element.module);
      assert.ok(read.includes('src') || read.length > 1, `the scan finds the attributes of ${element.module}`);
      const missing = read.filter((name) => !listed.has(name));
      assert.deepEqual(missing, [], `attributes read by <${widget.tag}> but missing from custom-elements.json (add an @attr line)`);
    });
  }
});

// The fallback of `var(--name, fallback)` in a widget's styles is the property's default. The tokens'
// private copies (`--_primary: var(--la-color-primary, #0b5394)`) are named by the public property a
// partner sets, so a fallback of `var(--_primary)` is documented as `var(--la-color-primary)`.
const tokenSource = fs.readFileSync('components/core/tokens.styles.ts', 'utf8');
const themeTokenNames = new Set(themeTokens().map((t) => t.name));
const privateToPublic = new Map([...tokenSource.matchAll(/(--_[\w-]+)\s*:\s*var\(\s*(--la-[\w-]+)/g)].map(([, own, pub]) => [own, pub]));
function cssFallbacks(source, name) {
  const found = new Set();
  for (const match of source.matchAll(new RegExp(`var\\(\\s*${name}\\s*,`, 'g'))) {
    let depth = 0;
    let end = match.index + match[0].length;
    for (; end < source.length && (depth > 0 || source[end] !== ')'); end++)
      depth += source[end] === '(' ? 1 : source[end] === ')' ? -1 : 0;
    const fallback = source
      .slice(match.index + match[0].length, end)
      .replace(/\s+/g, ' ')
      .trim();
    found.add(
      fallback.replace(/var\(\s*(--_[\w-]+)\s*\)/g, (all, own) => (privateToPublic.has(own) ? `var(${privateToPublic.get(own)})` : all)),
    );
  }
  return [...found];
}

describe('custom-elements.json gives every --la-* custom property its default', () => {
  for (const widget of widgets) {
    it(`<${widget.tag}>: each custom property has the default its styles fall back to`, () => {
      const element = elements.get(widget.tag);
      assert.ok(element, `<${widget.tag}> is in custom-elements.json`);
      const source = widgetSources(element.module, { drawn: true });
      for (const p of element.declaration.cssProperties ?? []) {
        assert.ok(p.default?.trim(), `${p.name} has a default: write @cssproperty [${p.name}=<its fallback>] - …`);
        if (themeTokenNames.has(p.name)) continue; // the shared theme tokens' defaults come from tokens.styles.ts
        const fallbacks = cssFallbacks(source, p.name);
        assert.ok(fallbacks.length, `${p.name} is used in the styles of <${widget.tag}> with a fallback`);
        assert.deepEqual(fallbacks, [p.default], `${p.name}: the documented default is the styles' fallback`);
      }
      // …and every --la-* property its styles read is documented (custom properties inherit, so a property
      // used by the styles a widget shares with another one works on both).
      const documented = new Set((element.declaration.cssProperties ?? []).map((p) => p.name));
      const used = [...new Set([...source.matchAll(/var\(\s*(--la-[\w-]+)/g)].map(([, name]) => name))];
      assert.deepEqual(
        used.filter((name) => !documented.has(name)),
        [],
        `custom properties <${widget.tag}> uses without a @cssproperty line`,
      );
    });
  }
});

describe('React 19 JSX typings (legal-aid-kit/jsx)', () => {
  it('name every widget and type-check in a TSX file that uses them', () => {
    const jsx = fs.readFileSync('dist/jsx.d.ts', 'utf8');
    for (const widget of widgets) assert.ok(jsx.includes(`'${widget.tag}':`), `${widget.tag} is in dist/jsx.d.ts`);
    const dir = path.resolve('.tmp/jsx-check');
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const uses = widgets.map((w) => `<${w.tag} large-text lang="en" />`).join('');
    // The typings must keep each widget's typed properties, the `data` property and `on<event>` handlers
    // for its la-* events: every @ts-expect-error line must fail to compile, and every other line must
    // compile (a lost property or handler is an unknown prop, or a handler whose event is implicitly any).
    const has = new Set(widgets.map((w) => w.tag));
    const snippets = [
      `// @ts-expect-error large-text is a boolean\nexport const LoudText = () => <${widgets[0].tag} large-text="yes" />;`,
      has.has('la-stat-chart') &&
        `export const Line = () => <la-stat-chart type="line" interactive />;\n` +
          `// @ts-expect-error type is 'bar' | 'line'\nexport const Pie = () => <la-stat-chart type="pie" />;\n` +
          `// @ts-expect-error interactive is a boolean property\nexport const Maybe = () => <la-stat-chart interactive="maybe" />;`,
      has.has('la-workstation-map') &&
        `export const Short = () => <la-workstation-map pageSize={10} mapMode="manual" />;\n` +
          `// @ts-expect-error pageSize is a number\nexport const Long = () => <la-workstation-map pageSize="many" />;\n` +
          `// @ts-expect-error mapMode is 'auto' | 'manual'\nexport const Always = () => <la-workstation-map mapMode="always" />;\n` +
          `// @ts-expect-error data is the workstation file (WorkstationFile), with workstations\nexport const NoStations = () => <la-workstation-map data={{ stations: [] }} />;`,
      has.has('la-stat') &&
        `export const Figure = () => <la-stat indicator="recovered" data={{ reports: [] }} timeout={5000} />;\n` +
          `export const Slow = () => <la-stat timeout="20000" />;\n` +
          `// @ts-expect-error data is the published stats document (StatsDocument) or one indicator\nexport const Wrong = () => <la-stat data={{ figures: [] }} />;\n` +
          `export const Ready = () => <la-stat onla-data-ready={(event) => console.log(event.detail.source)} />;\n` +
          `export const Failed = () => <la-stat onla-data-error={(event) => console.log(event.detail.kind)} />;\n` +
          `// @ts-expect-error the handler gets the kit's event, not a keyboard event\nexport const Keys = () => <la-stat onla-data-ready={(event: KeyboardEvent) => event.key} />;`,
      has.has('la-rights-faq') &&
        `export const Search = () => <la-rights-faq onla-search={(event) => console.log(event.detail.query)} timeout={8000} />;\n` +
          `// @ts-expect-error data is FaqData, with entries\nexport const NoEntries = () => <la-rights-faq data={{ questions: [] }} />;`,
    ].filter(Boolean);
    fs.writeFileSync(
      path.join(dir, 'app.tsx'),
      `import type {} from '../../dist/jsx.js';\nexport const App = () => <div>${uses}</div>;\n// @ts-expect-error proves the check is strict: an unknown tag is refused\nexport const Bad = () => <la-nope />;\n${snippets.join('\n')}\n`,
    );
    const tsconfig = {
      compilerOptions: {
        strict: true,
        jsx: 'react-jsx',
        module: 'esnext',
        moduleResolution: 'bundler',
        target: 'es2022',
        // dist/jsx.d.ts is a .d.ts: with skipLibCheck its own errors would pass unseen (and turn types into any).
        skipLibCheck: false,
        noEmit: true,
        types: [],
        lib: ['es2023', 'dom'],
        typeRoots: [path.resolve('node_modules/@types')],
      },
      files: ['app.tsx'],
    };
    fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
    try {
      execFileSync(process.execPath, [path.resolve('node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      assert.fail(`dist/jsx.d.ts does not type-check:\n${error.stdout}`);
    }
  });
});

describe('the CDN folder (dist/cdn/) for the plain <script> embed', () => {
  const cdn = JSON.parse(fs.readFileSync('dist/cdn/manifest.json', 'utf8'));

  it('pins the package version and has, per widget, a file sharing the core and a file with it, plus the loader', () => {
    assert.equal(cdn.version, pkg.version);
    assert.deepEqual(Object.keys(cdn.widgets).sort(), widgets.map((w) => w.tag).sort());
    assert.deepEqual(Object.keys(cdn.solo).sort(), widgets.map((w) => w.tag).sort());
    for (const w of widgets) assert.equal(cdn.solo[w.tag].file, `solo/${w.name}.js`);
  });

  it('carries integrity hashes that match the files', () => {
    for (const entry of [cdn.loader, ...Object.values(cdn.widgets), ...Object.values(cdn.solo), ...Object.values(cdn.themes)]) {
      assert.equal(entry.integrity, integrity(fs.readFileSync(path.join('dist/cdn', entry.file))), entry.file);
    }
  });

  it('the built loader knows every widget tag and stays within 3 KB gzip', () => {
    const loader = fs.readFileSync('dist/cdn/loader.js');
    for (const widget of widgets) assert.match(loader.toString(), new RegExp(`["'\`]${widget.tag}["'\`]`), `loader knows ${widget.tag}`);
    const size = zlib.gzipSync(loader, { level: 9 }).length;
    assert.ok(size <= 3 * 1024, `loader.js is ${size} bytes gzip`);
  });

  it('the site publishes it at /cdn/<version>/', () => {
    assert.ok(fs.existsSync(`dist-site/cdn/${pkg.version}/loader.js`), 'run npm run build');
    assert.deepEqual(fs.readFileSync(`dist-site/cdn/${pkg.version}/loader.js`), fs.readFileSync('dist/cdn/loader.js'));
  });
});

describe('releases', () => {
  it('every pending changeset names this package with a semantic-version bump and a summary', () => {
    const files = fs.readdirSync('.changeset').filter((f) => f.endsWith('.md') && f !== 'README.md');
    for (const file of files) {
      const match = /^---\n([\s\S]*?)\n---\n+([\s\S]+)$/.exec(fs.readFileSync(path.join('.changeset', file), 'utf8'));
      assert.ok(match, `${file} has front matter and a summary`);
      assert.match(match[1], /^['"]?legal-aid-kit['"]?: (major|minor|patch)$/m, `${file} bumps legal-aid-kit by major, minor or patch`);
    }
    assert.equal(JSON.parse(fs.readFileSync('.changeset/config.json', 'utf8')).baseBranch, 'main');
    assert.match(
      fs.readFileSync('CHANGELOG.md', 'utf8'),
      new RegExp(`^## ${pkg.version.replace(/\./g, '\\.')}$`, 'm'),
      'the CHANGELOG has the current version',
    );
  });
});
