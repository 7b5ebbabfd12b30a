// The FAQ as workers meet it (a shared link's card, an answer's own page, offline, a search in their words)
// and the notices that must hold at run time on a page built earlier (campaign ended, figures out of date).
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, expectScreen, goOfflineAfterVisiting, PHONE } from './helpers.js';

test.use({ viewport: PHONE, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });

const decode = (text: string) =>
  text
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const meta = (html: string, property: string) => decode(new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(html)?.[1] ?? '');

test('every answer page has the question as its <h1> and its first sentence as the shared card text', () => {
  const wrong: string[] = [];
  for (const lang of ['', 'en/']) {
    for (const id of fs.readdirSync(`dist-site/${lang}faq`).filter((name) => !name.includes('.'))) {
      const html = fs.readFileSync(`dist-site/${lang}faq/${id}/index.html`, 'utf8');
      const h1 = /<h1[^>]*>([^<]+)<\/h1>/.exec(html)?.[1];
      const description = meta(html, 'og:description');
      const firstParagraph = decode(/<div class="faq-text"[^>]*>\s*<p[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '') ?? '');
      if (!h1 || /visually-hidden/.test(/<h1[^>]*>/.exec(html)![0])) wrong.push(`${lang}${id}: no visible <h1>`);
      // The first sentence, or (when it is as short as "可以。") that and the next.
      const shown = description.replace(/…$/, '');
      const fromTheAnswer = firstParagraph.startsWith(shown) || shown.startsWith(firstParagraph);
      if (description.length < 10 || !fromTheAnswer) wrong.push(`${lang}${id}: og:description "${description}"`);
      if (description.length > 160) wrong.push(`${lang}${id}: description too long for a card`);
    }
  }
  expect(wrong).toEqual([]);
});

test('an answer page a worker opens from a shared link shows the question big, then the answer', async ({ page }) => {
  await page.goto('/faq/dismissed-compensation/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('老板辞退我，能拿经济补偿或者赔偿金吗？');
  await expect(page.locator('main')).toContainText('经济补偿的2倍');
  await expect(page.locator('main')).toContainText('劳动合同法第87条');
  await expectNoAxeViolations(page);
  await expectScreen(page, 'answer-page-dismissal');
});

test('search finds the new answers from what workers type, pinyin included', async ({ page }) => {
  await page.goto('/faq/');
  const box = page.getByRole('searchbox');
  for (const [query, question] of [
    ['炒鱿鱼', '老板辞退我'],
    ['jiabanfei', '加班不给加班费'],
    ['押金', '老板扣我工资'],
    ['gongshang', '工伤'],
  ] as const) {
    await box.fill(query);
    await expect(page.locator('la-rights-faq details:not([hidden]) summary').first()).toContainText(question);
  }
});

test('offline, the FAQ saved by a visit to the home page shows its answers and no red error above them', async ({ context, page }) => {
  // The service worker saves /faq/ with its page assets, but not the widget parts loaded on demand (its
  // words): those fail offline, as on a phone whose first visit was the home page.
  await goOfflineAfterVisiting(context, page, '/');
  await page.goto('/faq/');
  await expect(page.locator('.faq-item summary').first()).toBeVisible();
  await expect(page.locator('.faq-item')).toHaveCount(fs.readdirSync('content/faq').filter((f) => f.endsWith('.md')).length);
  await page.waitForTimeout(1000);
  await expect(page.locator('la-rights-faq [role="alert"]')).toHaveCount(0);
  await context.setOffline(false);
});

test.describe('notices decided at run time, on a page built earlier', () => {
  test('a campaign page says it has ended once its end date has passed, and lists its places one per line', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2027-04-01T09:00:00+08:00'));
    await page.goto('/campaigns/chunnuan-building-sites/');
    await expect(page.getByText('这个活动已经结束')).toBeVisible();
    await expect(page.locator('main ul.places > li')).toHaveText(['火炬开发区工地（示例）', '东区工地（示例）']);
  });

  test('before its end date it does not', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-03T09:00:00+08:00'));
    await page.goto('/campaigns/chunnuan-building-sites/');
    await expect(page.locator('main ul.places > li')).toHaveCount(2);
    await expect(page.getByText('这个活动已经结束')).toBeHidden();
  });

  test('figures past their next update say at the top which half-year they are', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-03T09:00:00+08:00'));
    await page.goto('/stats/');
    await expect(page.locator('main .stale-notice')).toHaveText(/这是2023年上半年的数字/);
    await page.goto('/en/');
    await expect(page.locator('main .stale-notice')).toHaveText(/the figures for the first half of 2023/);
  });
});

test('the privacy text says what the access log holds and what the scan count keeps, and no more', async ({ request }) => {
  for (const [path, says, never] of [
    ['/about/', /访问日志[\s\S]*IP地址[\s\S]*不留IP地址/, /不记录您在本站看了什么|不记录您的任何信息/],
    ['/en/about/', /access log[\s\S]*IP address[\s\S]*no IP addresses/, /records nothing about you|or what you read on this site/],
  ] as const) {
    const html = await (await request.get(path)).text();
    expect(html).toMatch(says);
    expect(html).not.toMatch(never);
  }
});

test('the workers’ header leaves out the partners’ embed page, which the footer links to', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('header a[href="/embed/"]')).toHaveCount(0);
  await expect(page.locator('footer a[href="/embed/"]')).toHaveText('合作单位嵌入');
  // On a phone the sections are one tap away, behind 「栏目」.
  await expect(page.locator('.site-nav a[href="/faq/"]')).toBeHidden();
  await page.getByText('栏目', { exact: true }).click();
  await expect(page.locator('.site-nav a[href="/faq/"]')).toBeVisible();
  // The papers and the work log are a worker's own tools: in the menu, in the order he meets them.
  await expect(page.locator('.site-nav a')).toHaveText([
    '首页',
    '能不能申请',
    '找工作站',
    '常见问题',
    '准备材料',
    '记工本',
    '工作成效',
    '关于本站',
  ]);
  await page.locator('.site-nav a[href="/log/"]').click();
  await expect(page.locator('.site-nav a[aria-current="page"]')).toHaveAttribute('href', '/log/');
  await expectNoAxeViolations(page);
});
