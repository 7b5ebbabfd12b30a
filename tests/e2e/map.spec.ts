import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoSidewaysScroll, watchPage } from './helpers.js';

const content = JSON.parse(fs.readFileSync('content/workstations/zhongshan-sample.json', 'utf8'));
const total = content.workstations.length;
const widget = (page: Page) => page.locator('la-workstation-map');
/** Items the widget renders in its shadow root (Playwright locators pierce open shadow roots). */
const widgetItems = (page: Page) => page.locator('la-workstation-map .list > .item');

const pages = [
  {
    path: '/map/',
    lang: 'zh-CN',
    heading: '找法律援助工作站',
    count: `找到${total}个工作站`,
    sample: '示例数据',
    openMap: '打开地图',
    more: '再显示8个',
  },
  {
    path: '/en/map/',
    lang: 'en',
    heading: 'Find a legal-aid workstation',
    count: `Workstations found: ${total}`,
    sample: 'Sample data',
    openMap: 'Open the map',
    more: 'Show 8 more',
  },
];

for (const p of pages) {
  test.describe(`workstation page ${p.path}`, () => {
    test('lists every workstation marked as sample data, with no error, no third party and nothing for axe', async ({ page, baseURL }) => {
      const problems = watchPage(page, baseURL!);
      await page.goto(p.path);
      await expect(page.locator('html')).toHaveAttribute('lang', p.lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.heading);
      await expect(widget(page).locator('.count')).toHaveText(p.count);
      await expect(widget(page).locator('.sample')).toContainText(p.sample);
      // The page shows eight at a time (page-size="8"), then eight more on request.
      await expect(widgetItems(page)).toHaveCount(8);
      await expect(widgetItems(page).first().locator('a[href^="tel:"]')).toBeVisible();
      await widget(page).getByRole('button', { name: p.more }).click();
      await expect(widgetItems(page)).toHaveCount(Math.min(16, total));
      // A wide screen opens the plain sketch map by itself: still no request to another origin.
      await expect(widget(page).locator('.leaflet-container')).toBeVisible();
      await expectNoAxeViolations(page);
      expect(problems).toEqual([]);
    });

    test('works at 200% zoom on a small phone, with the map only on request', async ({ page, baseURL }) => {
      const problems = watchPage(page, baseURL!);
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(p.path);
      await expect(widget(page).locator('.count')).toHaveText(p.count);
      await expect(widget(page).locator('.leaflet-container')).toHaveCount(0);
      await expectNoSidewaysScroll(page);
      await expectNoAxeViolations(page);
      await widget(page).getByRole('button', { name: p.openMap }).click();
      await expect(widget(page).locator('.leaflet-container')).toBeVisible();
      await expectNoSidewaysScroll(page);
      expect(problems).toEqual([]);
    });
  });
}

test('a deep link from the checker opens a filtered list', async ({ page }) => {
  await page.goto('/map/?issue=criminal-defence&type=court');
  await expect(widget(page).locator('select[name="issue"]')).toHaveValue('criminal-defence');
  const expected = content.workstations.filter(
    (ws: { issues: string[]; agency_type: string }) => ws.issues.includes('criminal-defence') && ws.agency_type === 'court',
  ).length;
  await expect(widgetItems(page)).toHaveCount(expected);
});

test.describe('when a part that loads later cannot load', () => {
  test.use({ viewport: { width: 360, height: 640 } });

  test('without what loads just after the list, every workstation keeps its address, phone and hours, and the list says to call before a holiday', async ({
    page,
  }) => {
    await page.route('**/card-extras*', (route) => route.abort());
    await page.goto('/map/');
    await expect(widget(page).locator('.count')).toHaveText(`找到${total}个工作站`);
    await expect(widget(page).getByText('放假安排没有加载出来，节假日去之前先打电话。')).toBeVisible();
    await expect(widgetItems(page)).toHaveCount(8);
    const first = widgetItems(page).first();
    await expect(first.locator('a[href^="tel:"]').first()).toBeVisible();
    await expect(first.locator('dd').first()).toContainText('广东省中山市');
    await expect(first.locator('.hours')).not.toBeEmpty();
    // Copying needs that part: the button says nothing rather than something wrong, and the list goes on.
    await first.getByRole('button', { name: '复制地址' }).click();
    await expect(first.locator('dd [role="status"]')).toHaveText('');
    await widget(page).getByRole('button', { name: '再显示8个' }).click();
    await expect(widgetItems(page)).toHaveCount(Math.min(16, total));
    await expectNoAxeViolations(page);
  });

  test('without the map, the map box says it cannot open and the list keeps working', async ({ page }) => {
    await page.route('**/map-panel*', (route) => route.abort());
    await page.goto('/map/');
    await expect(widgetItems(page)).toHaveCount(8);
    const toggle = widget(page).locator('.map-area > button');
    await toggle.click();
    await expect(widget(page).locator('.map-wrap .map-status')).toHaveText('地图打不开。名单照常可以用。');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(widget(page).locator('.leaflet-container')).toHaveCount(0);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(widget(page).locator('.map-wrap')).toBeHidden();
    await expect(widgetItems(page)).toHaveCount(8);
    await expectNoAxeViolations(page);
  });
});

test.describe('on a phone set to another time zone', () => {
  test.use({ timezoneId: 'America/New_York' });
  test('"open now" follows Shanghai time', async ({ page }) => {
    // Friday 10:00 in Shanghai is Thursday 21:00 in New York.
    await page.clock.setFixedTime(new Date('2026-12-04T10:00:00+08:00'));
    await page.goto('/map/?type=detention-centre');
    await expect(widgetItems(page).first().locator('.open')).toHaveText('现在开门，17:00关门');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const p of pages) {
    test(`${p.path} still lists every workstation with its phone and address`, async ({ page }) => {
      await page.goto(p.path);
      await expect(page.locator('.ws-list > .item')).toHaveCount(total);
      await expect(page.locator('.ws-list > .item a[href^="tel:"]')).toHaveCount(total);
      await expect(page.locator('.ws-fallback .sample-note')).toContainText(p.sample);
      // axe runs inside the page, so it cannot run here; this variant checks the content only.
    });
  }
});

test('/data/workstations.json is the validated data, open to any origin', async ({ request }) => {
  const response = await request.get('/data/workstations.json');
  expect(response.ok()).toBe(true);
  expect(response.headers()['access-control-allow-origin']).toBe('*');
  const data = await response.json();
  expect(data.region).toBe('442000');
  expect(data.workstations.map((ws: { id: string }) => ws.id)).toEqual(content.workstations.map((ws: { id: string }) => ws.id));
  // In the file's own format: a workstation's dated exceptions among its schedules, as the widget reads them.
  expect(data.workstations).toEqual(content.workstations);
});
