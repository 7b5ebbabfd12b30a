import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoSidewaysScroll, watchPage } from './helpers.js';

const report = JSON.parse(fs.readFileSync('content/stats/report-2023-h1.json', 'utf8'));

const pages = [
  {
    path: '/stats/',
    lang: 'zh-CN',
    heading: '法律援助做了什么：数字',
    recovered: '1297.6万元',
    spoken: '12,976,000元',
    outreach: '40余次',
    asOf: '数据截至2023年7月10日',
    summary: /每月办理的农民工法律援助案件：6月最多，117件；2月最少，64件。/,
    csv: '下载表格',
    interactive: '打开可以点的图表',
    sample: '示例数据',
  },
  {
    path: '/en/stats/',
    lang: 'en',
    heading: 'What legal aid has done: the figures',
    recovered: '12.98 million yuan',
    spoken: '12,976,000 yuan',
    outreach: '40+ events',
    asOf: 'Data as of 10 July 2023',
    summary: /Legal-aid cases for migrant workers, by month: highest is June with 117 cases, lowest is February with 64 cases\./,
    csv: 'Download the table',
    interactive: 'Open the interactive chart',
    sample: 'Sample data',
  },
];

const figure = (page: Page, id: string) => page.locator('la-stat', { has: page.locator(`#figure-${id}`) });

for (const p of pages) {
  test.describe(`statistics page ${p.path}`, () => {
    test('shows every figure and chart through the widgets, with no error, no third party and nothing for axe', async ({
      page,
      baseURL,
    }) => {
      const problems = watchPage(page, baseURL!);
      await page.goto(p.path);
      await expect(page.locator('html')).toHaveAttribute('lang', p.lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.heading);
      await expect(page.locator('la-stat')).toHaveCount(report.indicators.length);
      // What the widgets draw (.la-root, in their shadow roots): the light DOM holds the same view, server-rendered.
      const recovered = figure(page, 'recovered');
      await recovered.scrollIntoViewIfNeeded();
      await expect(recovered.locator('.la-root [part="value"] [aria-hidden="true"]')).toHaveText(p.recovered);
      await expect(recovered.locator('.la-root [part="value"] .visually-hidden')).toHaveText(p.spoken);
      await expect(recovered.locator('.la-root [part="meta"]')).toContainText(p.asOf);
      await expect(figure(page, 'outreach-events').locator('.la-root [part="value"] [aria-hidden="true"]')).toHaveText(p.outreach);
      const chart = page.locator('#chart-cases-by-month');
      await chart.scrollIntoViewIfNeeded();
      await expect(chart.locator('.la-root [part="summary"]')).toHaveText(p.summary);
      await expect(chart.locator('.la-root svg[part="chart"] rect')).toHaveCount(6);
      await expect(chart.locator('.la-root [part="meta"]')).toContainText(p.sample);
      await expectNoAxeViolations(page);
      expect(problems).toEqual([]);
    });

    test('downloads a chart as CSV from a Blob URL, and loads Chart.js only on request', async ({ page, baseURL }) => {
      const problems = watchPage(page, baseURL!);
      const chunks: string[] = [];
      page.on('request', (request) => {
        if (/stat-chart-interactive/.test(request.url())) chunks.push(request.url());
      });
      await page.goto(p.path);
      const chart = page.locator('#chart-cases-by-month');
      await chart.scrollIntoViewIfNeeded();
      const [download] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: p.csv }).click()]);
      expect(download.url()).toMatch(/^blob:/);
      expect(download.suggestedFilename()).toBe('cases-by-month.csv');
      const csv = fs.readFileSync((await download.path())!, 'utf8');
      expect(csv.startsWith('\uFEFF')).toBe(true);
      expect(csv).toContain('2023-06,');
      expect(chunks, 'the Chart.js chunk loads only when asked').toEqual([]);
      await chart.getByRole('button', { name: p.interactive }).click();
      await expect(chart.locator('canvas[role="img"]')).toBeVisible();
      expect(chunks).toHaveLength(1);
      await expectNoAxeViolations(page);
      expect(problems).toEqual([]);
    });

    test('works at 200% zoom on a small phone', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(p.path);
      // The charts are far below the figures on a phone: their code waits until the reader scrolls near.
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => customElements.get('la-stat-chart'))).toBeUndefined();
      await expect(page.locator('#chart-cases-by-district svg.chart-svg')).toBeAttached();
      await page.locator('#chart-cases-by-district').scrollIntoViewIfNeeded();
      await expect(page.locator('#chart-cases-by-district .la-root svg[part="chart"]')).toBeVisible();
      await expectNoSidewaysScroll(page);
      await expectNoAxeViolations(page);
    });
  });
}

test.describe('the statistics page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const p of pages) {
    test(`${p.path} still shows every figure, every chart as SVG and every table`, async ({ page }) => {
      await page.goto(p.path);
      await expect(page.locator('.figure-card')).toHaveCount(report.indicators.length);
      await expect(page.locator('#figure-recovered .figure-value [aria-hidden="true"]')).toHaveText(p.recovered);
      await expect(page.locator('#figure-recovered .visually-hidden')).toHaveText(p.spoken);
      await expect(page.locator('#figure-recovered')).toContainText(p.asOf);
      await expect(page.locator('svg.chart-svg')).toHaveCount(4);
      await expect(page.locator('#chart-cases-by-month svg.chart-svg rect')).toHaveCount(6);
      await expect(page.locator('table.chart-table')).toHaveCount(4);
      await expect(page.locator('#chart-cases-by-month .chart-summary')).toHaveText(p.summary);
      await expect(page.locator('#chart-cases-by-month table.chart-table tbody tr')).toHaveCount(6);
    });
  }
});

test.describe('the statistics page when the widget script fails to load', () => {
  test('the server-rendered figures, charts and tables are what readers get, and axe finds nothing', async ({ page }) => {
    // axe needs JavaScript, so block only the page's own script: the same HTML a reader without it sees.
    await page.route('**/_assets/*.js', (route) => route.abort());
    await page.goto('/stats/');
    await expect(page.locator('.figure-card')).toHaveCount(report.indicators.length);
    await expect(page.locator('svg.chart-svg')).toHaveCount(4);
    await expectNoAxeViolations(page);
  });
});

test.describe('published statistics', () => {
  test('/data/stats.csv has every figure with its source, opens in Excel, and is open to any origin', async ({ request }) => {
    const response = await request.get('/data/stats.csv');
    expect(response.ok()).toBe(true);
    expect(response.headers()['access-control-allow-origin']).toBe('*');
    expect(response.headers()['content-type']).toContain('text/csv');
    const body = await response.text();
    expect(body.startsWith('\uFEFF')).toBe(true);
    const lines = body.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe(
      'kind,id,label_zh,label_en,category,category_zh,category_en,value,unit,qualifier,period_start,period_end,source_zh,source_en,last_updated,next_update,licence,sample',
    );
    expect(lines.find((line) => line.startsWith('indicator,recovered,'))).toContain(',12976000,yuan,exact,2023-01-01,2023-06-30,');
    expect(lines.filter((line) => line.startsWith('series-month,cases-by-month,'))).toHaveLength(6);
    expect(lines.filter((line) => line.startsWith('series-'))[0]).toMatch(/,true$/);
  });

  test('/data/stats.json gives every figure its own source and period, and marks sample series', async ({ request }) => {
    const stats = await (await request.get('/data/stats.json')).json();
    const rows = stats.reports.flatMap((r: { indicators: object[] }) => r.indicators);
    const recovered = rows.find((row: { id: string }) => row.id === 'recovered');
    expect(recovered).toMatchObject({ value: 12976000, unit: 'yuan', sample: false, period: { start: '2023-01-01', end: '2023-06-30' } });
    const series = stats.reports.flatMap((r: { series: object[] }) => r.series);
    expect(series.every((s: { sample: boolean }) => s.sample)).toBe(true);
  });
});
