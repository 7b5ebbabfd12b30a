// Benchmark figures for the statistics widgets (npm run bench loads this file):
//  - gzip bytes of <la-stat> and of <la-stat-chart> without Chart.js, and the Chart.js chunk apart;
//  - the time to draw a 1,000-point chart: the pure geometry in Node, and the whole widget (parse, geometry,
//    the widget's render, layout and paint) in Chromium through playwright-core. Median of several runs.
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../test/chromium.mjs';

const POINTS = 1000;
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

/** A 1,000-point monthly series as the widget reads it. */
function bigSeries() {
  return {
    id: 'bench',
    label: { 'zh-CN': '测试', en: 'Bench' },
    unit: 'case',
    kind: 'month',
    definition: { 'zh-CN': '测试', en: 'Bench' },
    source: { 'zh-CN': '测试', en: 'Bench' },
    licence: 'CC BY 4.0',
    lastUpdated: '2023-07-10',
    period: { start: '2023-01-01', end: '2023-06-30' },
    points: Array.from({ length: POINTS }, (_, i) => ({
      key: `p${i}`,
      label: { 'zh-CN': `第${i + 1}天`, en: `Day ${i + 1}` },
      value: Math.round(100 + 80 * Math.sin(i / 20) + (i % 7) * 3),
    })),
  };
}

async function geometryInNode() {
  const { outputFiles } = await esbuild.build({
    entryPoints: ['components/stats/chart-geometry.ts'],
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const { chartGeometry } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
  const series = bigSeries();
  const spec = { type: 'line', categories: series.points.map((p) => p.label.en), series: [series.points.map((p) => p.value)] };
  const times = [];
  for (let i = 0; i < 30; i++) {
    const started = performance.now();
    chartGeometry(spec);
    times.push(performance.now() - started);
  }
  return median(times);
}

async function widgetInChromium(type) {
  const { outputFiles } = await esbuild.build({
    entryPoints: ['components/stats/stat-chart.define.ts'],
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    logLevel: 'silent',
    tsconfig: 'tsconfig.build.json',
  });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 412, height: 900 } });
    await page.setContent('<!doctype html><html lang="zh-CN"><body></body></html>');
    await page.addScriptTag({ content: outputFiles[0].text, type: 'module' });
    await page.waitForFunction(() => customElements.get('la-stat-chart'));
    const times = await page.evaluate(
      async ({ data, type }) => {
        const runs = [];
        for (let i = 0; i < 7; i++) {
          document.body.replaceChildren();
          const started = performance.now();
          const el = document.createElement('la-stat-chart');
          el.type = type;
          el.data = { series: [data] };
          document.body.append(el);
          await el.updateComplete;
          // Two frames: the first lays the SVG out, the second has painted it.
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          runs.push(performance.now() - started);
        }
        return runs;
      },
      { data: bigSeries(), type },
    );
    return median(times);
  } finally {
    await browser.close();
  }
}

export default async ({ measureEntry }) => {
  const group = await measureEntry('components/stats/stat-group.define.ts');
  const chart = await measureEntry('components/stats/stat-chart.define.ts');
  const rows = [
    { name: '<la-stat-group> with <la-stat> gzip', value: group.initialGzip, unit: 'B' },
    { name: '<la-stat-chart> Chart.js chunk (on request) gzip', value: chart.lazyGzip, unit: 'B' },
    { name: `chart geometry, ${POINTS} points (Node)`, value: Number((await geometryInNode()).toFixed(2)), unit: 'ms' },
  ];
  for (const type of ['line', 'bar']) {
    rows.push({
      name: `<la-stat-chart> ${type}, ${POINTS} points, to paint (Chromium)`,
      value: Number((await widgetInChromium(type)).toFixed(1)),
      unit: 'ms',
    });
  }
  return rows;
};
