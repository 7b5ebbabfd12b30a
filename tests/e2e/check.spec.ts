import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoSidewaysScroll, watchPage } from './helpers.js';

const pages = [
  {
    path: '/check/',
    lang: 'zh-CN',
    title: '能不能申请免费法律援助？',
    first: '您遇到了什么事？',
    matter: '我是包工头，要工程款或材料款',
    next: '下一步',
    review: '核对您的回答',
    see: '看结果',
    retry: '再试一次',
    slow: '网络太慢',
    verdict: '这件事不在法律援助范围内。下面告诉您可以找谁。',
    wages: '老板欠我工资',
    yes: '是',
    rural: '您能拿出材料，证明您是农民工吗？',
    ruralQuestion: '您是农村户口、到城里打工的吗？',
    summary: '农民工讨工资、要工伤赔偿：不用查经济困难',
    threshold: '每人每月2,592元',
  },
  {
    path: '/en/check/',
    lang: 'en',
    title: 'Can I get free legal aid?',
    first: 'What has happened to you?',
    matter: 'I am a labour contractor owed project or material payments',
    next: 'Continue',
    review: 'Check your answers',
    see: 'See the result',
    retry: 'Try again',
    slow: 'too slow',
    verdict: 'Legal aid does not cover this matter. Below is who can help.',
    wages: 'My employer owes me wages',
    yes: 'Yes',
    rural: 'Can you show papers that prove you are a migrant worker?',
    ruralQuestion: 'Are you from the countryside, working in a town or city?',
    summary: 'Migrant workers claiming wages or injury compensation: no income check',
    threshold: '2,592 yuan per person per month',
  },
];

// The service worker saves the checker's chunks for offline use and would answer for them: a test that
// aborts a chunk with page.route() must not have one (offline is tested in check-result.spec.ts).
test.use({ serviceWorkers: 'block' });

// The widget's own heading (the server summary's headings sit in the light DOM, unslotted once it runs).
const question = (page: Page) => page.locator('la-eligibility-checker h2[tabindex]');

for (const p of pages) {
  test.describe(`eligibility check ${p.path}`, () => {
    test('guides a worker to a result, with no error, no third party and nothing for axe', async ({ page, baseURL }) => {
      const problems = watchPage(page, baseURL!);
      await page.goto(p.path);
      await expect(page.locator('html')).toHaveAttribute('lang', p.lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.title);
      await expect(question(page)).toHaveText(p.first);
      await expectNoAxeViolations(page);
      await page.getByLabel(p.matter).check();
      await page.getByRole('button', { name: p.next }).click();
      await expect(question(page)).toHaveText(p.review);
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: p.see }).click();
      await expect(question(page)).toHaveText(p.verdict);
      await expect(page.locator('la-eligibility-checker .where a[href="tel:12348"]')).toBeVisible();
      await expectNoAxeViolations(page);
      expect(problems).toEqual([]);
    });

    test('skips the income questions for a migrant worker owed wages', async ({ page }) => {
      await page.goto(p.path);
      await page.getByLabel(p.wages).check();
      await page.getByRole('button', { name: p.next }).click();
      await page.getByLabel(p.yes, { exact: true }).check();
      await page.getByRole('button', { name: p.next }).click();
      await expect(question(page)).toHaveText(p.rural);
      await expect(question(page)).toBeFocused();
    });

    test.describe('with no signal', () => {
      // The service worker's own requests would bypass page.route: this test needs the network it controls.
      test.use({ serviceWorkers: 'block' });
      test('with no signal when the rules are needed, says so with 12348 and tries again', async ({ page }) => {
        // The first question shows without the rules engine; the engine loads on use.
        await page.route('**/checker-engine*.js', (route) => route.abort('internetdisconnected'));
        await page.goto(p.path);
        await expect(question(page)).toHaveText(p.first);
        await page.getByLabel(p.wages).check();
        await page.getByRole('button', { name: p.next }).click();
        const error = page.locator('la-eligibility-checker [role="alert"]');
        await expect(error).toBeVisible();
        await expect(error.locator('a[href="tel:12348"]')).toBeVisible();
        await expectNoAxeViolations(page);
        await page.unroute('**/checker-engine*.js');
        await error.getByRole('button', { name: p.retry }).click();
        await expect(question(page)).toHaveText(p.ruralQuestion);
      });

      test('when the rules never arrive (a dead connection), says so after the timeout, with 12348 and "try again"', async ({ page }) => {
        await page.route('**/checker-engine*.js', () => undefined);
        await page.goto(p.path);
        await page.locator('la-eligibility-checker').evaluate((el) => el.setAttribute('timeout', '1500'));
        await page.getByLabel(p.wages).check();
        await page.getByRole('button', { name: p.next }).click();
        const error = page.locator('la-eligibility-checker [role="alert"]');
        await expect(error).toContainText(p.slow);
        await expect(error.locator('a[href="tel:12348"]')).toBeVisible();
        await expect(error.getByRole('button', { name: p.retry })).toBeVisible();
        await expectNoAxeViolations(page);
      });
    });

    test('works at 200% zoom on a small phone', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(p.path);
      await expect(question(page)).toHaveText(p.first);
      await expectNoSidewaysScroll(page);
      await expectNoAxeViolations(page);
    });
  });

  test.describe(`${p.path} without JavaScript`, () => {
    test.use({ javaScriptEnabled: false });
    test('still says who can get free legal aid, the local standard, what to bring and whom to call', async ({ page }) => {
      await page.goto(p.path);
      const summary = page.locator('.check-summary');
      await expect(summary).toBeVisible();
      await expect(summary).toContainText(p.summary);
      await expect(summary).toContainText(p.threshold);
      await expect(summary.locator('a[href="tel:12348"]')).toBeVisible();
      await expect(summary.locator('a[href="tel:12333"]')).toBeVisible();
    });
  });
}

test('/data/rules.json publishes the validated rule packs, open to any origin', async ({ request }) => {
  const response = await request.get('/data/rules.json');
  expect(response.ok()).toBe(true);
  expect(response.headers()['access-control-allow-origin']).toBe('*');
  const { packs } = await response.json();
  const zhongshan = packs.find((pack: { region: string }) => pack.region === '442000');
  expect(zhongshan.threshold[0]).toMatchObject({ amount: 2592, effectiveFrom: '2023-03-10' });
  expect(packs.map((pack: { region: string }) => pack.region)).toContain('000000');
});
