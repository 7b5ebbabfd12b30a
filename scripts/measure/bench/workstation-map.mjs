// Benchmark figures for <la-workstation-map> (its size before the map opens is in the main entries table):
// gzip bytes of the Leaflet chunk, then the time to render 5,000 workstations in the list and on the map, and the peak JS
// heap of that page, in the system Chromium (scripts/test/chromium.mjs).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../test/chromium.mjs';
import { freePort } from '../../test/free-port.mjs';
import { entryBudgets } from '../budgets.mjs';

const OUT = path.resolve('.tmp/bench-workstation-map');

/** A page with the widget and 5,000 generated workstations, built with esbuild. */
async function buildPage() {
  const entry = path.join(OUT, 'page.ts');
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(
    entry,
    // package.json "sideEffects" would let the bundler drop a bare import of the *.define.ts source.
    `import { LaWorkstationMap } from '../../components/workstation-map/workstation-map.ts';
LaWorkstationMap.define('la-workstation-map');
import { manyWorkstations } from '../../tests/fixtures/workstations.ts';
(window as any).benchData = manyWorkstations(5000);
`,
  );
  await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    outdir: path.join(OUT, 'page'),
    logLevel: 'silent',
    tsconfig: 'tsconfig.json',
  });
  fs.writeFileSync(
    path.join(OUT, 'page', 'index.html'),
    '<!doctype html><html lang="zh-CN"><body><la-workstation-map map-mode="manual" ignore-url></la-workstation-map><script type="module" src="page.js"></script></body></html>',
  );
}

async function renderFigures() {
  await buildPage();
  const port = await freePort();
  const server = spawn(process.execPath, ['scripts/test/serve.mjs', '--port', String(port), '--root', path.join(OUT, 'page')], {
    stdio: 'ignore',
  });
  await new Promise((resolve) => setTimeout(resolve, 500));
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    page.on('console', (m) => process.env.BENCH_DEBUG && console.log(m.text()));
    page.on('requestfailed', (r) => console.warn(`workstation-map bench: ${r.url()} failed`));
    page.on('pageerror', (error) => console.warn(`workstation-map bench page: ${error.message}`));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    let peak = 0;
    const sampleHeap = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      peak = Math.max(peak, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
    };
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => customElements.get('la-workstation-map') && window.benchData);
    const listMs = await page.evaluate(async () => {
      const el = document.querySelector('la-workstation-map');
      const started = performance.now();
      el.data = window.benchData;
      while (!el.shadowRoot.querySelector('.count')) await new Promise((r) => requestAnimationFrame(r));
      await el.updateComplete;
      return performance.now() - started;
    });
    await sampleHeap();
    const mapMs = await page.evaluate(async () => {
      const el = document.querySelector('la-workstation-map');
      const started = performance.now();
      [...el.shadowRoot.querySelectorAll('button')].find((b) => b.getAttribute('aria-expanded') === 'false').click();
      while (!el.shadowRoot.querySelector('.leaflet-marker-pane [data-count]')) await new Promise((r) => requestAnimationFrame(r));
      return performance.now() - started;
    });
    await sampleHeap();
    return { listMs, mapMs, peakMb: peak / 1024 / 1024 };
  } finally {
    await browser.close();
    server.kill();
  }
}

export default async ({ measureEntry }) => {
  const { entry, eager } = entryBudgets.find((row) => row.id === 'workstation-map');
  const { lazyGzip } = await measureEntry(entry, { eager });
  const render = await renderFigures();
  return [
    { name: 'workstation-map: map chunk (Leaflet, on open)', value: lazyGzip, unit: 'bytes' },
    { name: 'workstation-map: 5,000 workstations, list ready', value: Math.round(render.listMs), unit: 'ms' },
    { name: 'workstation-map: 5,000 workstations, map drawn', value: Math.round(render.mapMs), unit: 'ms' },
    { name: 'workstation-map: peak JS heap, 5,000 workstations', value: Number(render.peakMb.toFixed(1)), unit: 'MB' },
  ];
};
