// What an outreach team prints: posters with tear-off strips, a poster for a new place made in the browser,
// and the tri-fold leaflet. Each is printed to PDF as Chromium prints it, turned into PNG with poppler's
// pdftoppm, and compared with its committed baseline (look at them: print.spec.ts-snapshots/).
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { decodeQr, expectNoAxeViolations, pdfPageSizes, printedPages } from './helpers.js';

test.use({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1000, height: 1400 } });

const site = JSON.parse(fs.readFileSync('content/site.json', 'utf8')) as { siteUrl: string };

const matches = (png: Buffer, name: string) => expect(png).toMatchSnapshot(name, { maxDiffPixelRatio: 0.002 });

/** In print, every poster's strips end inside its own sheet (nothing spills onto a second page). */
async function expectStripsOnTheSheet(page: Page) {
  await page.emulateMedia({ media: 'print' });
  const overflow = await page
    .locator('.sheet')
    .evaluateAll((sheets) =>
      sheets.map((sheet) => sheet.querySelector('.sheet-strips')!.getBoundingClientRect().bottom - sheet.getBoundingClientRect().bottom),
    );
  for (const px of overflow) expect(px).toBeLessThanOrEqual(1);
  await page.emulateMedia({ media: null });
}

test('an A4 poster has 7 tear-off strips with the hotline and the address, inside its page', async ({ page }) => {
  await page.goto('/posters/chunnuan-building-sites/');
  const strips = page.locator('.sheet').first().locator('.sheet-strips li');
  await expect(strips).toHaveCount(7);
  for (const strip of await strips.all()) await expect(strip).toHaveText('12348legal-aid.example.org/Q/SITE1');
  await expectStripsOnTheSheet(page);
  const [first] = await printedPages(page);
  matches(first!, 'poster-a4.png');
  // The strips, closer: the bottom quarter of the first page at 100 dpi (A4 is 827 × 1169 px there).
  const [strip] = await printedPages(page, 100, { x: 0, y: 860, w: 827, h: 309 });
  matches(strip!, 'poster-strips.png');
});

test('the posters of every campaign, in one language or two, fit their strips on the page', async ({ page }) => {
  for (const name of fs.readdirSync('content/campaigns').filter((f) => f.endsWith('.md') && f !== 'README.md')) {
    await page.goto(`/posters/${path.basename(name, '.md')}/`);
    await expectStripsOnTheSheet(page);
  }
  await page.goto('/posters/railway-station/');
  const [first] = await printedPages(page);
  matches(first!, 'poster-two-languages-a4.png');
});

test.describe('a poster for a new place, made in the browser', () => {
  test('says what is missing when no place is typed', async ({ page }) => {
    await page.goto('/posters/');
    await page.getByRole('button', { name: '做海报' }).click();
    await expect(page.getByRole('alert')).toHaveText('请写上张贴地点。');
    await expect(page.getByLabel('张贴地点')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('.maker-output')).toBeHidden();
    await expectNoAxeViolations(page);
  });

  test('prints the chosen campaign with the typed place; its QR and address lead to the campaign and name the place', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).origin));
    await page.goto('/posters/');
    await page.getByLabel('哪个活动').selectOption({ label: '春暖农民工·工地行' });
    await page.getByLabel('张贴地点').fill('火炬开发区某工地');
    await page.getByRole('button', { name: '做海报' }).click();
    await expect(page.getByRole('status')).toContainText('地点代码是KTM2');
    const sheet = page.locator('.maker-output .sheet');
    await expect(sheet).toContainText('张贴地点：火炬开发区某工地 · 地点代码：KTM2');
    await expect(sheet.locator('.sheet-url-address')).toHaveText('legal-aid.example.org/Q/SITE1?KTM2');
    expect(new URL((await decodeQr(page, sheet.locator('.sheet-qr')))!).href).toBe(`${site.siteUrl}/Q/SITE1?KTM2`);
    await expectNoAxeViolations(page);
    // Nothing was sent anywhere: every request went to this site.
    expect(new Set(requests)).toEqual(new Set([new URL(page.url()).origin]));
    await expectStripsOnTheSheet(page);
    const pages = await printedPages(page);
    expect(pages).toHaveLength(1);
    matches(pages[0]!, 'poster-new-place.png');

    // The address as printed and as typed in lower case opens the campaign.
    for (const typed of ['/Q/SITE1?KTM2', '/q/site1?ktm2', '/q/site1/']) {
      await page.goto(typed);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('春暖农民工·工地行');
    }
  });
});

test('the leaflet prints as two landscape A4 sides of three panels, in the campaign language', async ({ page }) => {
  await page.goto('/campaigns/railway-station/');
  await page.getByRole('link', { name: /宣传折页/ }).click();
  await expect(page).toHaveURL(/\/campaigns\/railway-station\/leaflet\/$/);
  await expect(page.locator('.leaflet-side')).toHaveCount(2);
  await expect(page.locator('.leaflet-side').first().locator('.leaflet-panel')).toHaveCount(3);
  // The FAQ's first answers (the most asked), the hotline and the nearest workstations.
  await expect(page.locator('.leaflet-answer h3').first()).toHaveText('老板不给工资，我该怎么办？');
  await expect(page.locator('.leaflet-stations li')).toHaveCount(3);
  expect(new URL((await decodeQr(page, page.locator('.leaflet-qr')))!).href).toBe(`${site.siteUrl}/Q/STN1`);
  await expectNoAxeViolations(page);
  const pdfSizes = pdfPageSizes(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  expect(pdfSizes.map(([w, h]) => [Math.round(w), Math.round(h)])).toEqual([
    [842, 595],
    [842, 595],
  ]);
  const [outside, inside] = await printedPages(page, 50);
  matches(outside!, 'leaflet-outside.png');
  matches(inside!, 'leaflet-inside.png');
});
