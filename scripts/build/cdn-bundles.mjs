// The JavaScript of the plain <script> embed, in two builds of every widget:
//  - solo/<name>.js, the widget and the core in one file (bundleSoloWidgets), which the loader takes for a
//    page that holds one kind of widget: one request, and about what the npm entry weighs;
//  - <name>.js, each importing the same core chunk (bundleWidgets), for a page with several kinds.
// Either way a widget's own lazy chunks (its words, the result view, the map with Leaflet, Chart.js...)
// load only when needed.
//
// The shared build: a page fetches <name>.js for each kind and chunks/core-<hash>.js once. With Rolldown,
// one widget at a time:
//  1. graph: which modules of the kit's core and of Lit's runtime each widget reaches. Those reached by two
//     widgets or more are the core; one that a single widget needs (lit-html, only the checker's) stays in
//     that widget's file, so the other widgets do not pay for it. Lazily imported modules count too: the
//     core holds the data reading that <la-rights-faq> loads only with `src`, as every CDN embed gives it.
//  2. names: each widget, built with the core modules left external, says which of their exports it uses.
//  3. the core chunk is built from a barrel of exactly those exports under short aliases, and each widget
//     is built for good with every core module read from that one file. Module-level state (sharedFetch's
//     requests in flight, the define() guard, the language followers) therefore exists once on a page,
//     however many widgets it embeds. Where a one-file widget came first, the requests in flight still
//     do: in both builds they live on the global object (pageWideRequests).
//
// Code a family shares and nothing else uses (components/stats: the figures' format, indicators and meta
// line, in stat, stat-chart and stat-group) is copied into each of its widget files rather than put in a
// family chunk: a partner with one figure fetches no third file and none of the chart's code. A page that
// embeds several stats widgets downloads that code once per widget; with all six widgets a page still
// fetched about as much as the old build split into 19 files (42.4 against 41.6 KB gzip, when written).
//
// Rolldown, not esbuild: built one widget at a time, esbuild still moves code the widget file shares with
// its own lazy chunks (a decorator helper, the chart's palette) into more chunks that the widget imports
// statically. Rolldown keeps that code in the widget file, and the lazy chunks import it from there.
// (Rolldown is Vite 8's bundler, installed with it.)
import fs from 'node:fs';
import path from 'node:path';
import { rolldown } from 'rolldown';
import { parseAst } from 'rolldown/parseAst';
import { dynamicImports, staticImports } from './cdn-imports.mjs';
import { rolldownMinifyCss } from './css-minify.mjs';

/**
 * Modules that may go into the core chunk: the kit's core and Lit's runtime; not the core's English words,
 * which only the widgets' English chunks import: left out, each English chunk holds them as the one-file
 * build's does, so the two builds have the same English chunk and share it (see shareSoloChunks).
 */
const CORE_CANDIDATE = {
  test: (id) =>
    /[\\/](?:components[\\/]core|node_modules[\\/](?:lit|lit-html|lit-element|@lit[\\/]reactive-element))[\\/]/.test(id) &&
    !/[\\/]core\.strings\.en\.ts$/.test(id),
};
/** Placeholder id of a core module left external while the names a widget uses are collected. */
const EXTERNAL = 'la-core-external:';
/** Id of the stand-in for a core module in the final widget build: it re-exports from the core chunk. */
const PROXY = '\0la-core-proxy:';
const BARREL = '\0la-core-barrel';
/** How the widget files name the core chunk until each is written, with the path from that file. */
const CORE_CHUNK = 'la-core-chunk';

/** Shared with the size measure (scripts/measure/sizes.mjs), so that it counts what ships. */
export const inputOptions = { tsconfig: 'tsconfig.build.json', transform: { target: 'es2022' }, logLevel: 'warn' };
export const outputOptions = { format: 'es', minify: true, comments: false };
/** How both builds name a widget's file and its lazy chunks inside their folder. */
const widgetOutput = (dir) => ({
  ...outputOptions,
  dir,
  entryFileNames: '[name].js',
  chunkFileNames: 'chunks/[name]-[hash].js',
  // Chart.js in a chunk of its own, which imports nothing of the widget: the same bytes in both builds, so
  // cdn/ and cdn/solo/ share one copy (see shareSoloChunks). Leaflet's chunk is already so.
  codeSplitting: { groups: [{ name: 'chart-js', test: /[\\/]node_modules[\\/](?:chart\.js|@kurkle)[\\/]/ }] },
});

/**
 * A page may hold two copies of the core (see bundleSoloWidgets): the requests in flight live on the global
 * object there (components/core/in-flight.cdn.ts), so that each URL is still requested once.
 */
const pageWideRequests = {
  name: 'la-page-wide-requests',
  resolveId: (source, importer) =>
    importer && /[\\/]components[\\/]core[\\/]/.test(importer) && source === './in-flight.js'
      ? path.resolve('components/core/in-flight.cdn.ts')
      : null,
};

async function build(input, plugins, generate) {
  const bundle = await rolldown({ ...inputOptions, input, plugins: [pageWideRequests, rolldownMinifyCss, ...plugins] });
  try {
    return await generate(bundle);
  } finally {
    await bundle.close();
  }
}

/**
 * Pass 1: every module the widget's graph holds, lazily imported ones included; and the export names of
 * the core candidates among them (into `exportsOf`), for a widget that imports one with `import *`.
 */
async function reachedModules(widget, exportsOf) {
  let ids = [];
  const graph = {
    name: 'la-module-graph',
    buildEnd() {
      ids = [...this.getModuleIds()];
      for (const id of ids) if (CORE_CANDIDATE.test(id)) exportsOf.set(id, this.getModuleInfo(id).exports);
    },
  };
  // Rolldown reads the graph lazily, when the output is asked for.
  await build(widget.source, [graph], (bundle) => bundle.generate({ format: 'es' }));
  return ids;
}

/** The core candidates that at least two widgets (or the only one) reach. */
function coreModules(graphs) {
  const reachedBy = new Map();
  for (const ids of graphs) for (const id of ids) if (CORE_CANDIDATE.test(id)) reachedBy.set(id, (reachedBy.get(id) ?? 0) + 1);
  const needed = Math.min(2, graphs.length);
  return new Set([...reachedBy].filter(([, count]) => count >= needed).map(([id]) => id));
}

/** A plugin that hands every import of a core module to `replace(id)`. */
const redirectCore = (core, replace) => ({
  name: 'la-core-redirect',
  async resolveId(source, importer, options) {
    if (!importer) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved && core.has(resolved.id) ? replace(resolved.id) : resolved;
  },
});

/**
 * Adds to `used` (core module → names) what the built `code` imports from the placeholders. `import *`
 * and `export *` (Lit's own modules re-export lit-html so) take every export of the module.
 */
function collectImports(code, used, exportsOf, file) {
  let seen = 0;
  for (const node of parseAst(code).body) {
    const from = node.source?.value;
    if (typeof from !== 'string' || !from.startsWith(EXTERNAL)) continue;
    seen++;
    const module = from.slice(EXTERNAL.length);
    const names = used.get(module);
    const whole = node.type === 'ExportAllDeclaration' || node.specifiers.some((spec) => spec.type === 'ImportNamespaceSpecifier');
    if (whole) for (const name of exportsOf.get(module)) names.add(name);
    else
      for (const spec of node.specifiers)
        names.add(spec.type === 'ImportDefaultSpecifier' ? 'default' : (spec.imported ?? spec.local).name);
  }
  if (code.split(EXTERNAL).length - 1 !== seen) throw new Error(`${file}: a core module is imported with import(): not supported`);
}

/** Pass 2: the exports of each core module that the widget uses. */
async function usedCoreExports(widget, core, used, exportsOf) {
  const output = await build(
    widget.source,
    [redirectCore(core, (id) => ({ id: EXTERNAL + id, external: true }))],
    async (bundle) => (await bundle.generate({ format: 'es' })).output,
  );
  for (const chunk of output)
    if (chunk.type === 'chunk') collectImports(chunk.code, used, exportsOf, `${widget.source} (${chunk.fileName})`);
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const shortName = (i) =>
  i < ALPHABET.length ? ALPHABET[i] : shortName(Math.floor(i / ALPHABET.length) - 1) + ALPHABET[i % ALPHABET.length];

/**
 * Each used export gets a short alias: the widgets import `a`, `b`… from the core chunk instead of
 * `LaDataElement`, `statusStyles`…, and two core modules may export the same name without a clash.
 * @returns {Map<string, [string, string][]>} core module → [name, alias] pairs
 */
function aliasExports(used) {
  const aliases = new Map();
  let next = 0;
  for (const module of [...used.keys()].sort())
    aliases.set(
      module,
      [...used.get(module)].sort().map((name) => [name, shortName(next++)]),
    );
  return aliases;
}

const virtualModules = (modules) => ({
  name: 'la-virtual-modules',
  resolveId: (source) => (modules.has(source) ? source : null),
  load: (id) => modules.get(id) ?? null,
});

/** Pass 3a: the core chunk, from a barrel of the used exports. Returns its path under `outdir`. */
async function buildCoreChunk(aliases, outdir) {
  const barrel = [...aliases]
    .map(([module, pairs]) =>
      pairs.length
        ? `export { ${pairs.map(([name, alias]) => `${name} as ${alias}`).join(', ')} } from ${JSON.stringify(module)};`
        : `import ${JSON.stringify(module)};`,
    )
    .join('\n');
  const output = await build({ core: BARREL }, [virtualModules(new Map([[BARREL, barrel]]))], async (bundle) => {
    return (await bundle.generate({ ...outputOptions, codeSplitting: false, entryFileNames: 'chunks/core-[hash].js' })).output;
  });
  const [chunk, ...rest] = output.filter((file) => file.type === 'chunk');
  if (rest.length) throw new Error('the core chunk must be a single file');
  fs.mkdirSync(path.join(outdir, path.dirname(chunk.fileName)), { recursive: true });
  fs.writeFileSync(path.join(outdir, chunk.fileName), chunk.code);
  return chunk.fileName;
}

/** Pass 3b: the widget file and its lazy chunks, reading every core module from the core chunk. */
async function buildWidget(widget, aliases, coreFile, outdir) {
  const proxies = new Map(
    [...aliases].map(([module, pairs]) => [
      PROXY + module,
      pairs.length
        ? `export { ${pairs.map(([name, alias]) => `${alias} as ${name}`).join(', ')} } from ${JSON.stringify(CORE_CHUNK)};`
        : `import ${JSON.stringify(CORE_CHUNK)};`,
    ]),
  );
  // Rolldown would write an absolute external's path relative to the sources; each chunk needs it
  // relative to itself (./chunks/core-….js from a widget file, ./core-….js from a lazy chunk).
  const coreChunk = {
    name: 'la-core-chunk',
    resolveId: (source) => (source === CORE_CHUNK ? { id: CORE_CHUNK, external: true } : null),
    renderChunk: (code, chunk) => {
      const relative = path.posix.relative(path.posix.dirname(chunk.fileName), coreFile);
      return code.replaceAll(JSON.stringify(CORE_CHUNK), JSON.stringify(relative.startsWith('.') ? relative : `./${relative}`));
    },
  };
  const core = new Set(aliases.keys());
  await build({ [widget.name]: widget.source }, [coreChunk, virtualModules(proxies), redirectCore(core, (id) => PROXY + id)], (bundle) =>
    bundle.write(widgetOutput(outdir)),
  );
}

/**
 * Builds `solo/<name>.js` for each widget ({ name, source }), with its lazy chunks in `solo/chunks/`: the
 * widget and the core in one file, for a page that holds one kind of widget. The loader takes it when that
 * is so: a partner with one widget fetches one file, about what the npm entry weighs, instead of the widget
 * file and a core chunk that also holds what other widgets use. A kind the page adds later comes from the
 * shared build, and with it a second copy of the core; the requests in flight are page-wide for that.
 */
export async function bundleSoloWidgets(widgets, outdir) {
  const dir = path.join(outdir, 'solo');
  for (const widget of widgets) await build({ [widget.name]: widget.source }, [], (bundle) => bundle.write(widgetOutput(dir)));
  shareSoloChunks(outdir);
  return widgets.map((widget) => `solo/${widget.name}.js`);
}

/**
 * One copy of each lazy chunk the two builds have in common: a chunk of solo/chunks/ that is byte for byte
 * a chunk of chunks/, and that loads nothing but such chunks, is deleted and solo/ loads the one in chunks/
 * (a browser caches it once). A chunk that imports its widget's file (`../stat-chart.js`, a different file
 * in each build) stays in each build: shared, it would load the other build's widget and core.
 */
function shareSoloChunks(outdir) {
  const shared = path.join(outdir, 'chunks');
  const solo = path.join(outdir, 'solo/chunks');
  if (!fs.existsSync(solo) || !fs.existsSync(shared)) return;
  const importsOf = (file) => [...staticImports(file), ...dynamicImports(file)];
  const same = new Set(
    fs.readdirSync(solo).filter((name) => {
      const twin = path.join(shared, name);
      return fs.existsSync(twin) && fs.readFileSync(twin).equals(fs.readFileSync(path.join(solo, name)));
    }),
  );
  // Keep only chunks whose imports are all shareable siblings, until nothing changes.
  for (let changed = true; changed;) {
    changed = false;
    for (const name of same) {
      if (importsOf(path.join(solo, name)).every((specifier) => same.has(specifier.replace(/^\.\//, '')))) continue;
      same.delete(name);
      changed = true;
    }
  }
  for (const name of same) fs.rmSync(path.join(solo, name));
  const rewrite = (file, from, to) => {
    let code = fs.readFileSync(file, 'utf8');
    for (const name of same) code = code.replaceAll(`${from}${name}`, `${to}${name}`);
    fs.writeFileSync(file, code);
  };
  for (const name of fs.readdirSync(path.dirname(solo)))
    if (name.endsWith('.js')) rewrite(path.join(outdir, 'solo', name), './chunks/', '../chunks/');
  for (const name of fs.readdirSync(solo)) rewrite(path.join(solo, name), './', '../../chunks/');
}

/**
 * Builds `<name>.js` for each widget ({ name, source }) and their chunks into `outdir`.
 * @returns {Promise<string>} the core chunk's path relative to `outdir`
 */
export async function bundleWidgets(widgets, outdir) {
  const graphs = [];
  const exportsOf = new Map();
  for (const widget of widgets) graphs.push(await reachedModules(widget, exportsOf));
  const core = coreModules(graphs);
  const used = new Map([...core].map((id) => [id, new Set()]));
  for (const widget of widgets) await usedCoreExports(widget, core, used, exportsOf);
  const aliases = aliasExports(used);
  const coreFile = await buildCoreChunk(aliases, outdir);
  for (const widget of widgets) await buildWidget(widget, aliases, coreFile, outdir);
  return coreFile;
}
