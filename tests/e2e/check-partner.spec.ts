import { expect, test } from '@playwright/test';
import { startEmbedServers, strictCsp, waitForWidgets, widgets, type EmbedServers } from './embed-harness.js';
import { checked, checker, question } from './check-walk.js';
import { expectNoAxeViolations, expectScreen, PHONE } from './helpers.js';
import { widgetMarkup } from '../../src/lib/embed-widgets.js';

// The partner case of issue 14: a women's federation's own page (its origin, its strict CSP) embeds the
// checker from the kit's CDN with `quick-exit-href`. A woman who reports domestic violence gets 110 and 12338
// (never 12333) and what to bring; "quick exit" leaves at once for the neutral page and leaves nothing behind.
const NOW = new Date('2026-12-03T10:00:00+08:00');
let servers: EmbedServers;
let exitUrl: string;
let federationUrl: string;

test.beforeAll(async () => {
  servers = await startEmbedServers();
  servers.addFile('federation.css', 'text/css', 'body { margin: 16px; font-family: serif; } h2 { color: #8a1c1c; }');
  // Where "quick exit" goes: a page about the weather on the federation's own site.
  servers.addFile(
    'weather.html',
    'text/html; charset=utf-8',
    '<!doctype html><html lang="zh-CN"><title>天气</title><p>今天晴。</p></html>',
  );
  exitUrl = `${servers.partnerOrigin}/weather.html`;
  const example = widgets.find((w) => w.tag === 'la-eligibility-checker')!.example;
  const checkerMarkup = widgetMarkup('la-eligibility-checker', example, servers.dataOrigin, {
    'quick-exit-href': exitUrl,
    'workstations-src': '/data/v1/workstations.json',
    today: '2026-12-03',
  });
  federationUrl = servers.addPage('federation', {
    head: '<link rel="stylesheet" href="/federation.css">',
    body: `<h2>中山市妇女联合会：遇到家庭暴力怎么办</h2>${checkerMarkup}`,
    csp: strictCsp(servers.widgetOrigin, servers.dataOrigin),
  });
});
test.afterAll(() => servers.close());

test.use({ viewport: PHONE, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', serviceWorkers: 'block' });

test("on a women's federation page: the violence plan with 110 and 12338, and a quick exit that leaves nothing behind", async ({
  page,
}) => {
  await page.clock.setFixedTime(NOW);
  await page.goto(federationUrl);
  await waitForWidgets(page, ['la-eligibility-checker']);
  const quickExit = checker(page).getByRole('link', { name: '快速离开' });
  // On a partner page with quick-exit-href, the way out is there from the first screen.
  await expect(quickExit).toHaveAttribute('href', exitUrl);
  await checker(page).getByLabel('家庭暴力、虐待或遗弃').check();
  await checker(page).getByRole('button', { name: '下一步' }).click();
  await checker(page).getByRole('button', { name: '看结果' }).click();

  const plan = checker(page).locator('.result');
  await expect(plan).toContainText('有危险，马上打110。');
  await expect(plan.locator('a[href="tel:110"]').first()).toBeVisible();
  await expect(plan.locator('a[href="tel:12338"]')).toHaveText('12338 妇女维权热线');
  await expect(plan.locator('a[href="tel:12333"]')).toHaveCount(0);
  await expect(plan).not.toContainText('12333');
  const bring = plan.locator('.checklist');
  for (const item of ['报警回执', '验伤记录、病历', '告诫书（如果有）', '受伤的照片']) await expect(bring).toContainText(item);
  await expect(plan.locator('.station-name')).toBeVisible();
  await expectNoAxeViolations(page);
  await expectScreen(page, 'federation-violence-plan');

  // Kept on the phone, to prove the exit clears the phone too.
  await checker(page).getByLabel('在这部手机上保存我的回答').check();
  expect(await page.evaluate(() => localStorage.getItem('legal-aid-kit:eligibility'))).toContain('domestic-violence');
  await quickExit.click();
  await expect(page).toHaveURL(exitUrl);
  expect(await page.evaluate(() => localStorage.getItem('legal-aid-kit:eligibility'))).toBeNull();

  // Back does not bring the answers back: the federation's page opens afresh, on the first question.
  await page.goBack();
  await expect(page).toHaveURL(federationUrl);
  await waitForWidgets(page, ['la-eligibility-checker']);
  await expect(question(page)).toHaveText('您遇到了什么事？');
  await expect(checked(page)).toHaveCount(0);
  await expect(checker(page).locator('.result')).toHaveCount(0);
  await expect(page.getByText('12338')).toHaveCount(0);
});
