import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, expectNoSidewaysScroll, watchPage } from './helpers.js';

const site = JSON.parse(fs.readFileSync('content/site.json', 'utf8'));

const pages = [
  {
    path: '/',
    lang: 'zh-CN',
    heading: '农民工法律援助',
    recovered: '1297.6万元',
    spoken: '12,976,000元',
    more: '40余次', // the bureau's own word: "法治宣传活动40余次"
    bureau: site.bureau['zh-CN'],
  },
  {
    path: '/en/',
    lang: 'en',
    heading: 'Legal aid for migrant workers',
    recovered: '12.98 million yuan',
    spoken: '12,976,000 yuan',
    more: '40+ events',
    bureau: site.bureau.en,
  },
];

for (const p of pages) {
  test.describe(`home page ${p.path}`, () => {
    test('shows the hotline, the bureau and its figures, with no error, no third party and nothing for axe', async ({ page, baseURL }) => {
      const problems = watchPage(page, baseURL!);
      await page.goto(p.path);
      await expect(page.locator('html')).toHaveAttribute('lang', p.lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.heading);
      const hotline = page.locator('header a[href="tel:12348"]');
      await expect(hotline).toBeVisible();
      await expect(hotline).toContainText('12348');
      await expect(page.locator('footer')).toContainText(p.bureau);
      await expect(page.locator('footer a[href="tel:12333"]')).toBeVisible();
      await expect(page.locator('#figure-recovered .figure-value [aria-hidden="true"]')).toHaveText(p.recovered);
      await expect(page.locator('#figure-recovered .visually-hidden')).toHaveText(p.spoken);
      await expect(page.locator('#figure-outreach-events [aria-hidden="true"]')).toHaveText(p.more);
      await expectNoAxeViolations(page);
      expect(problems).toEqual([]);
    });

    test('links to the same page in the other language', async ({ page }) => {
      await page.goto(p.path);
      await page.locator('.lang-switch').click();
      await expect(page.locator('html')).toHaveAttribute('lang', p.lang === 'en' ? 'zh-CN' : 'en');
    });

    test('works at 200% zoom on a small phone', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(p.path);
      await expectNoSidewaysScroll(page);
      await expectNoAxeViolations(page);
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the home page still shows the hotline and every figure', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('header a[href="tel:12348"]')).toBeVisible();
    await expect(page.locator('.figure-card')).toHaveCount(6);
    await expect(page.locator('#figure-cases [aria-hidden="true"]')).toHaveText('562件');
  });
});

test.describe('published data', () => {
  test('/data/site.json and /data/stats.json are the validated content, open to any origin', async ({ request }) => {
    const siteResponse = await request.get('/data/site.json');
    expect(siteResponse.ok()).toBe(true);
    expect(siteResponse.headers()['access-control-allow-origin']).toBe('*');
    expect((await siteResponse.json()).bureau).toEqual(site.bureau);
    const stats = await (await request.get('/data/stats.json')).json();
    const recovered = stats.reports[0].indicators.find((row: { id: string }) => row.id === 'recovered');
    expect(recovered.value).toBe(12976000);
  });
});
