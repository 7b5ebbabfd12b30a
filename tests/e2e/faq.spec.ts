import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, expectNoSidewaysScroll, watchPage } from './helpers.js';

const questionCount = fs.readdirSync('content/faq').filter((name) => name.endsWith('.md')).length;

const pages = [
  { base: '/faq/', lang: 'zh-CN', heading: '常见问题', query: '欠条', count: `共${questionCount}个问题`, basis: '法律依据' },
  {
    base: '/en/faq/',
    lang: 'en',
    heading: 'Your rights: common questions',
    query: 'IOU',
    count: `${questionCount} questions in all`,
    basis: 'Legal basis',
  },
];

/** The widget enhances the server answers in place: the search hides, ranks and highlights them where they stand. */
const widget = (page: import('@playwright/test').Page) => page.locator('la-rights-faq');
const answers = (page: import('@playwright/test').Page) => page.locator('la-rights-faq details:not([hidden])');
const answer = (page: import('@playwright/test').Page, id: string) => page.locator(`la-rights-faq details:has(#${id})`);

for (const p of pages) {
  test.describe(`FAQ ${p.base}`, () => {
    test('the widget enhances the server answers: searchable, no error, no third party, nothing for axe', async ({ page, baseURL }) => {
      const problems = watchPage(page, baseURL!);
      const dataRequests: string[] = [];
      page.on('request', (request) => request.url().includes('/data/faq') && dataRequests.push(request.url()));
      await page.goto(p.base);
      await expect(page.locator('html')).toHaveAttribute('lang', p.lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.heading);
      await expect(widget(page).locator('.count')).toHaveText(p.count);
      await expect(answers(page)).toHaveCount(questionCount);
      await expectNoAxeViolations(page);
      await widget(page).locator('input').fill(p.query);
      await expect(answers(page).first().locator('#wage-iou')).toHaveCount(1);
      await expect(answers(page).first().locator('summary mark')).not.toHaveCount(0);
      await expect(widget(page).locator('.count')).not.toHaveText(p.count);
      await answer(page, 'wage-iou').locator('summary').click();
      await expect(answer(page, 'wage-iou')).toContainText(p.basis);
      await expect(answer(page, 'wage-iou').locator('.actions button').first()).toBeVisible();
      await expectNoAxeViolations(page);
      expect(problems).toEqual([]);
      // HTML first: the answers are already in the page, so the widget never downloads them again.
      expect(dataRequests).toEqual([]);
    });

    test('a #id link opens that answer and scrolls to it', async ({ page }) => {
      await page.goto(`${p.base}#what-to-bring`);
      const target = answer(page, 'what-to-bring');
      await expect(target).toHaveAttribute('open', '');
      await expect(target.locator('.faq-answer')).toBeInViewport();
    });

    test('the one-answer page (the QR code target) shows the question as its heading and the answer, with its basis and next steps', async ({
      page,
      baseURL,
    }) => {
      const problems = watchPage(page, baseURL!);
      await page.goto(`${p.base}wage-iou/`);
      const answer = page.locator('article.faq-item:has(#wage-iou)');
      await expect(answer.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(answer.locator('.faq-text')).toBeVisible();
      await expect(answer).toContainText(p.basis);
      await expect(answer.locator(`a[href$="/map/?issue=unpaid-wages"]`)).toBeVisible();
      await expect(page.locator(`a[href="${p.base}"]`).first()).toBeVisible();
      await expectNoAxeViolations(page);
      expect(problems).toEqual([]);
    });

    test('works at 200% zoom on a small phone', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(p.base);
      await expect(widget(page).locator('.count')).toHaveText(p.count);
      await answers(page).first().locator('summary').click();
      await expectNoSidewaysScroll(page);
      await expectNoAxeViolations(page);
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/faq/ shows every question as a <details> that opens', async ({ page }) => {
    await page.goto('/faq/');
    const items = page.locator('la-rights-faq details');
    await expect(items).toHaveCount(questionCount);
    const answer = page.locator('details:has(#boss-wont-pay)');
    await answer.locator('summary').click();
    await expect(answer).toContainText('12348');
    await expect(page.locator('header a[href="tel:12348"]')).toBeVisible();
  });

  test('a #id link opens that answer and scrolls to it; the answer page shows it', async ({ page }) => {
    const answer = page.locator('details:has(#what-to-bring)');
    for (const path of ['/faq/#what-to-bring', '/en/faq/#what-to-bring']) {
      await page.goto(path);
      await expect(answer).toHaveAttribute('open', '');
      await expect(answer.locator('summary')).toBeInViewport();
      await expect(answer.locator('li').first()).toBeVisible();
    }
    for (const path of ['/faq/what-to-bring/', '/en/faq/what-to-bring/']) {
      await page.goto(path);
      const page1 = page.locator('article.faq-item:has(#what-to-bring)');
      await expect(page1.getByRole('heading', { level: 1 })).toBeInViewport();
      await expect(page1.locator('li').first()).toBeVisible();
    }
  });
});

test.describe('published FAQ data', () => {
  for (const lang of ['zh-CN', 'en']) {
    test(`/data/faq.${lang}.json holds every question, open to any origin`, async ({ request }) => {
      const response = await request.get(`/data/faq.${lang}.json`);
      expect(response.headers()['access-control-allow-origin']).toBe('*');
      const { entries } = await response.json();
      expect(entries).toHaveLength(questionCount);
      for (const entry of entries) {
        expect(entry.basis.length).toBeGreaterThan(0);
        expect(entry.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    });
  }

  // The demo content is Zhongshan, whose pack switches the local promise on (the bureau's report); the build test
  // tests/build/faq-content.test.mjs turns it off and checks that it is gone.
  test("the same-day promise, a local one, appears where the region's pack switches it on", async ({ page, request }) => {
    for (const [lang, words] of [
      ['zh-CN', '当日申请、当日受理、当日指派'],
      ['en', 'on the same day'],
    ]) {
      const { entries } = await (await request.get(`/data/faq.${lang}.json`)).json();
      for (const id of ['green-channel', 'how-long-decision']) {
        const answer: string = entries.find((entry: { id: string }) => entry.id === id).answer;
        expect(answer, `${id} (${lang})`).toContain(words);
        expect(answer, `${id} (${lang})`).not.toContain(':::');
      }
    }
    await page.goto('/faq/green-channel/');
    await expect(page.locator('.faq-item:has(#green-channel) .faq-text')).toContainText('当日申请、当日受理、当日指派律师');
    await expect(page.locator('.faq-item:has(#green-channel) .faq-text')).toContainText('7天内决定');
  });
});
