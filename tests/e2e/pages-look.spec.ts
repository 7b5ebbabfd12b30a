// What an elderly reader and every worker see: each distinct page template at 390 px in both languages,
// normally and in large-text mode, and at 200 % zoom (195 CSS px). One load and one shot per page and
// variant; the 200 % variant also proves the page never scrolls sideways.
// The map widget's contents belong to its own spec (and change there): here its area is masked, as are the
// embed page's code blocks (their hashes change with every build of a widget).
import { expect, test, type Page } from '@playwright/test';
import { expectNoSidewaysScroll, expectScreen, PHONE, PHONE_ZOOM_200 } from './helpers.js';

test.describe.configure({ mode: 'parallel' });

const TEMPLATES = [
  ['home', '/'],
  ['campaign', '/campaigns/chunnuan-building-sites/'],
  ['campaign-list', '/campaigns/'],
  ['faq-list', '/faq/'],
  ['faq-answer', '/faq/boss-wont-pay/'],
  ['map', '/map/'],
  ['stats', '/stats/'],
  ['about', '/about/'],
  ['posters', '/posters/chunnuan-building-sites/'],
  ['poster-maker', '/posters/'],
  ['embed', '/embed/'],
] as const;
// The offline page is one page in both languages.
const PAGES: [string, string][] = [
  ...TEMPLATES.flatMap(([name, path]) => [[`${name}-zh`, path] as [string, string], [`${name}-en`, `/en${path}`] as [string, string]]),
  ['offline', '/offline/'],
];
const VARIANTS = [
  { name: 'phone', viewport: PHONE, largeText: false },
  { name: 'large-text', viewport: PHONE, largeText: true },
  { name: 'zoom-200', viewport: PHONE_ZOOM_200, largeText: false },
] as const;

async function open(page: Page, path: string, largeText: boolean) {
  // A fixed day: campaign end and stale-figure notices are decided at run time.
  await page.clock.setFixedTime(new Date('2026-12-03T10:00:00+08:00'));
  if (largeText) await page.addInitScript(() => localStorage.setItem('la-large-text', 'on'));
  await page.goto(path);
  // Widgets replace their server-rendered HTML once their data arrives; wait for the figures' words.
  await page.waitForLoadState('networkidle');
}

for (const variant of VARIANTS) {
  test.describe(variant.name, () => {
    test.use({ viewport: variant.viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', serviceWorkers: 'block' });
    for (const [name, path] of PAGES) {
      test(`${name} (${path})`, async ({ page }) => {
        await open(page, path, variant.largeText);
        if (variant.largeText) await expect(page.locator('html')).toHaveAttribute('data-text', 'on');
        if (variant.name === 'zoom-200') {
          await expectNoSidewaysScroll(page);
          // The compact header leaves the page's own heading on the first screen.
          const h1 = await page.locator('h1').first().boundingBox();
          expect(h1!.y).toBeLessThan(variant.viewport.height);
          // The hotline's last digit stays inside its blue box (it used to read 「1234」).
          for (const box of await page.locator('.hotline-hero').all()) {
            const [outer, number] = [await box.boundingBox(), await box.locator('.hotline-hero-number').boundingBox()];
            expect(number!.x + number!.width).toBeLessThanOrEqual(outer!.x + outer!.width);
          }
        }
        // The embed page's code holds hashes of the built files, which change with any change to a widget:
        // the code's text is checked in embed-snippets.spec.ts, its box (of a fixed size) is masked here.
        const mask = name.startsWith('map')
          ? [page.locator('la-workstation-map')]
          : name.startsWith('embed')
            ? [page.locator('pre.snippet, [data-embed-code]')]
            : [];
        await expectScreen(page, `${name}-${variant.name}`, { mask });
      });
    }
  });
}
