#!/usr/bin/env node
// `npm run bench`: what the architecture promises, measured. Prints a table and writes bench/report.json:
//  - gzip bytes of each published entry against its budget (lazy chunks such as Leaflet apart),
//  - the time to build the components and the site,
//  - per page: bytes transferred and JavaScript on first load, and Lighthouse mobile scores,
//  - figures each widget adds through scripts/measure/bench/*.mjs (default export: async (ctx) => rows).
// Options: --no-lighthouse to skip Lighthouse (it takes about 10 s a page); LA_BENCH_PAGES="/a/,/b/" for
// only those pages; LA_LIGHTHOUSE_RUNS=3 for the median of three Lighthouse runs a page.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { entryBudgets, pageBudgets } from './budgets.mjs';
import { chromiumArgs, chromiumPath } from '../test/chromium.mjs';
import { freePort } from '../test/free-port.mjs';
import { listPages, pageUrl, pageWeight } from './page-weight.mjs';
import { measureEntry } from './sizes.mjs';

const withLighthouse = !process.argv.includes('--no-lighthouse');
// Lighthouse's performance score counts main-thread time, so it drops when other processes share the CPU:
// LA_LIGHTHOUSE_RUNS=3 keeps the median of three runs per page. Each row prints Lighthouse's benchmarkIndex
// ("cpu"); below 1000, where Lighthouse itself warns of a slow host CPU, the performance score says more
// about the machine than about the page.
const lighthouseRuns = Math.max(1, Number(process.env.LA_LIGHTHOUSE_RUNS) || 1);
const busyCpu = 1000;
const report = { date: new Date().toISOString(), node: process.version, entries: [], build: {}, pages: [], extra: [] };
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

console.log('\nEntries (gzip, lit-html and the core included)');
for (const row of entryBudgets) {
  if (!fs.existsSync(row.entry)) {
    report.entries.push({ ...row, status: 'not built yet' });
    console.log(`  ${row.id.padEnd(22)} not built yet (${row.entry})`);
    continue;
  }
  const { initialGzip, usableGzip, lazyGzip } = await measureEntry(row.entry, { eager: row.eager });
  const ok = usableGzip <= (row.budget ?? row.limit);
  report.entries.push({ ...row, gzip: usableGzip, entryGzip: initialGzip, lazyGzip, ok });
  const verdict = !row.budget
    ? `${ok ? 'ok' : 'OVER'}   (no design budget; held to ${kb(row.limit)})`
    : ok
      ? 'ok  '
      : `OVER design budget${row.ceiling ? ` (provisional ceiling ${kb(row.ceiling)})` : ''}`;
  const parts = usableGzip > initialGzip ? `  (entry ${kb(initialGzip)} + ${kb(usableGzip - initialGzip)} fetched at once)` : '';
  const lazy = lazyGzip ? `  (+${kb(lazyGzip)} in chunks loaded on request)` : '';
  console.log(
    `  ${row.id.padEnd(22)} ${kb(usableGzip).padStart(9)} / ${kb(row.budget ?? row.limit).padStart(8)} ${verdict}${parts}${lazy}`,
  );
}

console.log('\nBuild');
for (const [name, args] of [
  ['components', ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json']],
  ['site', ['node_modules/astro/bin/astro.mjs', 'build']],
]) {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error(`${name} build failed; run npm run build to see why`);
  report.build[name] = Math.round(performance.now() - started);
  console.log(`  ${name.padEnd(22)} ${(report.build[name] / 1000).toFixed(2)} s`);
}

// Every section page, and two pages of each template family (FAQ answers, campaigns, posters): pages of
// one template weigh alike. LA_BENCH_PAGES="/check/,/en/check/" limits the run to the pages listed.
const pages = listPages();
const only = process.env.LA_BENCH_PAGES?.split(',');
const seenFamilies = new Map();
const sampled = pages.filter((file) => {
  const url = pageUrl(file);
  if (only) return only.includes(url);
  const parts = url.split('/').filter(Boolean);
  const rest = parts[0] === 'en' ? parts.slice(1) : parts;
  if (rest.length < 2) return true;
  const family = `${parts[0] === 'en' ? 'en/' : ''}${rest[0]}`;
  seenFamilies.set(family, (seenFamilies.get(family) ?? 0) + 1);
  return seenFamilies.get(family) <= 2;
});

let server;
let chrome;
let lighthouse;
if (withLighthouse) {
  const port = await freePort();
  server = spawn(process.execPath, ['scripts/test/serve.mjs', '--port', String(port)], { stdio: 'ignore' });
  await new Promise((resolve) => setTimeout(resolve, 500));
  lighthouse = { run: (await import('lighthouse')).default, origin: `http://127.0.0.1:${port}` };
  const { launch } = await import('chrome-launcher');
  chrome = await launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', ...chromiumArgs] });
}

console.log(
  `\nPages (first load, gzip; budget ${kb(pageBudgets.total)} in all, ${kb(pageBudgets.js)} JS)${withLighthouse ? ' and Lighthouse mobile' : ''}`,
);
try {
  for (const file of sampled) {
    const url = pageUrl(file);
    const weight = pageWeight(file);
    const row = { url, ...weight, ok: weight.total <= pageBudgets.total && weight.js <= pageBudgets.js };
    if (lighthouse && !url.endsWith('/404')) {
      const runs = [];
      for (let run = 0; run < lighthouseRuns; run++) {
        const { lhr } = await lighthouse.run(`${lighthouse.origin}${url}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        runs.push({
          ...Object.fromEntries(Object.entries(lhr.categories).map(([key, value]) => [key, Math.round((value.score ?? 0) * 100)])),
          cpu: Math.round(lhr.environment.benchmarkIndex),
        });
      }
      // The median run by performance: the one score that moves with how busy the machine is.
      row.lighthouse = runs.sort((a, b) => a.performance - b.performance)[Math.floor(runs.length / 2)];
    }
    report.pages.push(row);
    const scores = row.lighthouse
      ? `  perf ${row.lighthouse.performance} a11y ${row.lighthouse.accessibility} bp ${row.lighthouse['best-practices']} seo ${row.lighthouse.seo} (cpu ${row.lighthouse.cpu}${row.lighthouse.cpu < busyCpu ? ', slow host CPU' : ''})`
      : '';
    console.log(
      `  ${url.padEnd(28)} ${kb(weight.total).padStart(9)} total ${kb(weight.js).padStart(8)} JS ${row.ok ? 'ok  ' : 'OVER'}${scores}`,
    );
  }
} finally {
  await chrome?.kill();
  server?.kill();
}

const pluginDir = 'scripts/bench';
const plugins = fs.existsSync(pluginDir)
  ? fs
      .readdirSync(pluginDir)
      .filter((f) => f.endsWith('.mjs'))
      .sort()
  : [];
if (plugins.length) console.log('\nWidgets');
for (const file of plugins) {
  const run = (await import(pathToFileURL(path.resolve(pluginDir, file)).href)).default;
  for (const row of await run({ measureEntry })) {
    report.extra.push({ source: file, ...row });
    console.log(
      `  ${row.name.padEnd(52)} ${String(row.value).padStart(12)} ${row.unit ?? ''}${row.budget !== undefined ? ` (budget ${row.budget}${row.value > row.budget ? ', OVER' : ''})` : ''}`,
    );
  }
}

fs.mkdirSync('bench', { recursive: true });
fs.writeFileSync('bench/report.json', `${JSON.stringify(report, null, 2)}\n`);
console.log('\nWrote bench/report.json');
