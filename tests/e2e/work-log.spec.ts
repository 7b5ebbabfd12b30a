// The work-day log as 老张 keeps it on his phone (issue 20): a month logged by tap, saved as files and read
// back in a fresh browser (a new phone), summarised and printed; the crew roster built from two workers'
// files; the deadline as an .ics file parsed back with ical.js; bad files; 390 px, large text, 200 % zoom,
// keyboard, offline; exit and clear. Every screen is a baseline with axe. The day is fixed: Monday
// 30 November 2026, 20:00 in Zhongshan.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import {
  expectNoAxeViolations,
  expectNoSidewaysScroll,
  expectScreen,
  goOfflineAfterVisiting,
  PHONE,
  PHONE_ZOOM_200,
  printedPages,
  watchPage,
} from './helpers.js';

const NOW = new Date('2026-11-30T20:00:00+08:00');
const CONTEXT = { viewport: PHONE, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' } as const;
test.use(CONTEXT);
// A month tapped in day by day is long on a busy machine.
test.describe.configure({ timeout: 180_000 });

const log = (page: Page) => page.locator('la-work-log');
/** The three buttons of the day. */
const taps = (page: Page) => log(page).locator('.taps');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'la-work-log-'));

async function open(page: Page, where = '/log/'): Promise<void> {
  await page.clock.setFixedTime(NOW);
  await page.goto(where);
  await expect(log(page).locator('h2')).toHaveText(where.startsWith('/en/') ? 'Work-day log' : '记工本');
}

/** Picks a day in the month grid and taps its status. */
async function logDay(page: Page, day: number, status: '干了一天' | '干了半天' | '没干'): Promise<void> {
  await log(page)
    .getByRole('button', { name: new RegExp(`^2026年11月${day}日，`) })
    .click();
  await expect(log(page).locator('#day-q')).toHaveText(`2026年11月${day}日干活了吗？`);
  await taps(page).getByRole('button', { name: status }).click();
  await expect(taps(page).getByRole('button', { name: status })).toHaveAttribute('aria-pressed', 'true');
}

async function addEmployer(page: Page, name: string, wage: string): Promise<void> {
  const form = log(page).locator('details.employer[open] form');
  await form.getByLabel('名字').fill(name);
  await form.getByLabel('电话').fill('13800000000');
  await form.getByLabel('工地地址').fill('中山市火炬区某工地');
  await form.getByLabel('说好一天多少钱（元）').fill(wage);
  await form.getByRole('button', { name: '保存' }).click();
  await expect(log(page).locator('details.employer summary').first()).toContainText(name);
}

async function saveMe(page: Page, name: string): Promise<void> {
  await log(page).getByText('我自己的名字和电话').click();
  const form = log(page).locator('details.employer[open] form');
  await form.getByLabel('名字').fill(name);
  await form.getByRole('button', { name: '保存' }).click();
}

/** Saves a file the widget offers and returns where it landed. */
async function downloaded(page: Page, button: string, name: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), log(page).getByRole('button', { name: button }).click()]);
  const file = path.join(tmp, name);
  await download.saveAs(file);
  return file;
}

async function expectFigures(page: Page, days: string, due: string, paid: string, owed: string): Promise<void> {
  await expect(log(page).locator('.summary dd')).toHaveText([days, due, paid, owed]);
}

/** 老张's November: 王老板 at 300 a day; 20 days tapped, 2 off, 2 half, 1,000 yuan on the 10th; the 16th changed. */
async function laoZhangsMonth(page: Page): Promise<void> {
  await addEmployer(page, '王老板', '300');
  await saveMe(page, '老张');
  for (let d = 2; d <= 21; d++) await logDay(page, d, [7, 14].includes(d) ? '没干' : d === 9 ? '干了半天' : '干了一天');
  await logDay(page, 16, '干了半天'); // a change: the print keeps the earlier value
  await logDay(page, 10, '干了一天');
  await log(page).getByText('多写几句').click();
  await log(page).getByLabel('今天拿到多少钱（元）').fill('1000');
  await log(page).getByLabel('干了什么活').fill('扎钢筋');
  await log(page).getByRole('button', { name: '保存', exact: true }).first().click();
  await expect(log(page).getByRole('status').first()).toHaveText('记好了：2026年11月10日，干了一天。');
}

async function freshPhone(browser: Browser, locale: 'zh-CN' | 'en' = 'zh-CN'): Promise<Page> {
  const context = await browser.newContext({ ...CONTEXT, locale, baseURL: test.info().project.use.baseURL! });
  return context.newPage();
}

test('a month logged by tap, saved as JSON and CSV, read in on a new phone, summarised, printed', async ({ page, browser, baseURL }) => {
  const problems = watchPage(page, baseURL!);
  await open(page);
  await expectScreen(page, 'log-empty-zh');
  await expectNoAxeViolations(page);
  await laoZhangsMonth(page);
  // 16 full days and 2 half days (the 9th, the 16th) = 17 days at 300; 1,000 received.
  await expectFigures(page, '17天', '5,100元', '1,000元', '4,100元');
  await expect(log(page).locator('.made')).toHaveText('2026年11月30日记的，2026年11月30日改的');
  await expectScreen(page, 'log-month-zh');
  await expectNoAxeViolations(page);
  // Still there after the page is closed and opened again: it lives in the phone's IndexedDB.
  await page.reload();
  await expectFigures(page, '17天', '5,100元', '1,000元', '4,100元');

  const json = await downloaded(page, '存成备份文件（换手机用）', 'laozhang.json');
  const csv = await downloaded(page, '存成表格（Excel）', 'laozhang.csv');
  expect(fs.readFileSync(csv, 'utf8')).toMatch(/^\uFEFFrecord,date,status/);

  await log(page).getByRole('button', { name: '打印记录' }).click();
  const record = log(page);
  await expect(record.locator('h2')).toHaveText('记工记录');
  // Two days were changed (the 16th to half a day, the 10th given its details): each keeps what it said before.
  await expect(record.locator('tr.earlier')).toHaveCount(2);
  await expect(record.locator('tr.earlier').first()).toContainText('改动前');
  await expect(record.locator('tbody tr').filter({ hasText: '11月10日' })).toContainText('扎钢筋');
  await expect(record).toContainText('打印日期：2026年11月30日');
  await expectScreen(page, 'log-print-zh');
  await expectNoAxeViolations(page);
  await page.emulateMedia({ media: 'print' });
  const pages = await printedPages(page, 50);
  expect(pages[0]).toMatchSnapshot('log-print-page1.png', { maxDiffPixelRatio: 0.002 });
  await page.emulateMedia({ media: null });
  expect(problems).toEqual([]);

  for (const file of [json, csv]) {
    const phone = await freshPhone(browser);
    await open(phone);
    await expectFigures(phone, '0天', '0元', '0元', '0元');
    await log(phone).locator('input[type=file][accept^=".json"]').setInputFiles(file);
    await expect(log(phone).getByRole('status').first()).toHaveText('读进来了：新加了20天。');
    await expectFigures(phone, '17天', '5,100元', '1,000元', '4,100元');
    await phone.context().close();
  }
});

test('bad files are refused with a plain reason, and nothing stored is lost', async ({ page }) => {
  await open(page);
  await addEmployer(page, '王老板', '300');
  await logDay(page, 2, '干了一天');
  await logDay(page, 3, '干了半天');
  const good = JSON.parse(fs.readFileSync(await downloaded(page, '存成备份文件（换手机用）', 'two-days.json'), 'utf8')) as {
    days: Record<string, unknown>[];
  };
  good.days[0]!['status'] = 'maybe';
  good.days[1]!['date'] = '2026-02-30';
  const bad: [string, string | Buffer, string][] = [
    ['empty.json', '', '这个文件是空的。'],
    ['photo.json', fs.readFileSync('public/favicon-32.png'), '这不是记工本的文件。请选“存成备份文件”存下来的那个。'],
    ['package.json', '{"name":"x","version":"1.0.0"}', '这不是记工本的文件。请选“存成备份文件”存下来的那个。'],
    ['other.csv', 'name,amount\r\n张三,100\r\n', '这不是记工本的文件。请选“存成备份文件”存下来的那个。'],
    ['newer.json', '{"format":"legal-aid-kit/work-log","version":9,"employers":[],"days":[]}', '这个文件是新版本存的。请先更新网页再读。'],
    ['damaged.json', JSON.stringify(good), '这个文件有2处坏了，没有读进来。'],
  ];
  for (const [name, content, reason] of bad) {
    const file = path.join(tmp, name);
    fs.writeFileSync(file, content);
    await log(page).locator('input[type=file][accept^=".json"]').setInputFiles(file);
    await expect(log(page).getByRole('alert').locator('p')).toHaveText([reason, '手机里记的都还在，一点没少。']);
    await expectFigures(page, '1.5天', '450元', '0元', '450元');
  }
  await expectScreen(page, 'log-import-error-zh');
  await expectNoAxeViolations(page);
});

test('the deadline goes into the phone calendar: an .ics a standard parser reads, with its three reminders', async ({ page }) => {
  await open(page);
  await logDay(page, 20, '干了一天');
  await expect(log(page).locator('#dl-h + p')).toHaveText('如果2026年11月20日以后就没再干：最晚在2027年11月20日以前申请劳动仲裁。');
  const file = await downloaded(page, '加到手机日历', 'deadline.ics');
  const text = fs.readFileSync(file, 'utf8');
  for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
  const event = new ICAL.Event(vevent);
  expect(event.startDate.toString()).toBe('2027-11-20');
  expect(event.summary).toBe('申请劳动仲裁的最后安全日期');
  expect(event.description).toContain('12348 法律服务热线（免费咨询）');
  const rings = vevent.getAllSubcomponents('valarm').map((alarm) => {
    const at = event.startDate.clone();
    at.isDate = false;
    at.addDuration(alarm.getFirstPropertyValue('trigger') as ICAL.Duration);
    return at.toString();
  });
  expect(rings).toEqual(['2027-10-21T09:00:00', '2027-11-13T09:00:00', '2027-11-19T09:00:00']);
});

test('a crew roster from two workers’ log files, with totals, printed', async ({ page, browser }) => {
  await open(page);
  await addEmployer(page, '王老板', '300');
  await saveMe(page, '老张');
  for (const d of [2, 3, 4]) await logDay(page, d, '干了一天');
  const zhang = await downloaded(page, '存成备份文件（换手机用）', 'zhang.json');
  const li = await freshPhone(browser);
  await open(li);
  await addEmployer(li, '王老板', '280');
  await saveMe(li, '小李');
  await logDay(li, 3, '干了一天');
  await logDay(li, 5, '干了半天');
  await log(li).getByText('多写几句').click();
  await log(li).getByLabel('今天拿到多少钱（元）').fill('100');
  await log(li).getByRole('button', { name: '保存', exact: true }).first().click();
  const xiaoLi = await downloaded(li, '存成备份文件（换手机用）', 'li.json');
  await li.context().close();

  await log(page).getByRole('button', { name: '工友名单' }).click();
  await log(page).getByLabel('工地', { exact: true }).fill('火炬区某工地');
  await log(page).getByLabel('包工头').fill('王老板');
  await log(page).getByLabel('总承包单位（总包公司）').fill('某建设集团');
  await log(page).getByLabel('制表人（您的名字）').fill('老张');
  await log(page).locator('input[type=file][multiple]').setInputFiles([zhang, xiaoLi]);
  await expect(log(page).getByRole('status')).toHaveText('加上了：老张、小李');
  const rows = log(page).locator('tbody tr, tfoot tr');
  await expect(rows.nth(0)).toHaveText(/老张\s*3\s*300元\s*900元\s*0元\s*900元/);
  await expect(rows.nth(1)).toHaveText(/小李\s*1.5\s*280元\s*420元\s*100元\s*320元/);
  await expect(rows.nth(2)).toHaveText(/合计（2人）\s*4.5\s*1,320元\s*100元\s*1,220元/);
  await expect(log(page).locator('.la-root')).toContainText('时间：2026年11月2日 到 2026年11月5日');
  await expect(log(page).locator('.la-root')).toContainText('制表人：老张，制表日期：2026年11月30日');
  await expectScreen(page, 'roster-zh');
  await expectNoAxeViolations(page);
  await page.emulateMedia({ media: 'print' });
  const pages = await printedPages(page, 50);
  expect(pages).toHaveLength(1);
  expect(pages[0]).toMatchSnapshot('roster-print.png', { maxDiffPixelRatio: 0.002 });
});

test('the notice board photo is kept on the phone', async ({ page }) => {
  await open(page);
  await log(page).locator('input[accept="image/*"]').setInputFiles('public/icon-192.png');
  await expect(log(page).getByRole('img', { name: '维权告示牌照片，2026年11月30日拍的' })).toBeVisible();
  await page.reload();
  await expect(log(page).getByRole('img', { name: '维权告示牌照片，2026年11月30日拍的' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('exit and clear asks first, then leaves nothing behind', async ({ page }) => {
  await open(page);
  await logDay(page, 2, '干了一天');
  await log(page).getByRole('button', { name: '退出并清除' }).click();
  await expect(log(page).getByRole('alertdialog')).toContainText('真的全部清除吗？');
  await expectScreen(page, 'log-clear-zh');
  await expectNoAxeViolations(page);
  await log(page).getByRole('button', { name: '不清除' }).click();
  await expectFigures(page, '1天', '0元', '0元', '0元');
  await log(page).getByRole('button', { name: '退出并清除' }).click();
  await log(page).getByRole('button', { name: '全部清除' }).click();
  await expect(log(page).getByRole('status').first()).toHaveText('已经全部清除。');
  await expectFigures(page, '0天', '0元', '0元', '0元');
  expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toEqual([]);
  await page.reload();
  await expectFigures(page, '0天', '0元', '0元', '0元');
});

test('by keyboard alone: the day is tapped with Enter and a day picked in the month', async ({ page }) => {
  await open(page);
  await taps(page).getByRole('button', { name: '干了半天' }).focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(taps(page).getByRole('button', { name: '干了一天' })).toHaveAttribute('aria-pressed', 'true');
  await log(page)
    .getByRole('button', { name: /^2026年11月29日，/ })
    .focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(log(page).locator('#day-q')).toHaveText('2026年11月28日干活了吗？');
});

test('large text and 200 % zoom: nothing sideways, buttons big enough', async ({ page }) => {
  await open(page);
  await laoZhangsMonth(page);
  await log(page).evaluate((el) => el.setAttribute('large-text', ''));
  await expectNoSidewaysScroll(page);
  await expectScreen(page, 'log-large-text-zh');
  await expectNoAxeViolations(page);
  await log(page).evaluate((el) => el.removeAttribute('large-text'));
  await page.setViewportSize(PHONE_ZOOM_200);
  await expectNoSidewaysScroll(page);
  for (const box of await log(page)
    .locator('button')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height))) {
    expect(box).toBeGreaterThanOrEqual(44);
  }
  await expectScreen(page, 'log-zoom-200-zh');
});

test('in English: the month, the print and the roster', async ({ page, browser }) => {
  await open(page);
  await laoZhangsMonth(page);
  const json = await downloaded(page, '存成备份文件（换手机用）', 'en.json');
  const en = await freshPhone(browser, 'en');
  await open(en, '/en/log/');
  await log(en).locator('input[type=file][accept^=".json"]').setInputFiles(json);
  await expect(log(en).getByRole('status').first()).toHaveText('Read in: 20 new days added.');
  await expect(log(en).locator('.summary dd')).toHaveText(['17 days', '5,100 yuan', '1,000 yuan', '4,100 yuan']);
  await expectScreen(en, 'log-month-en');
  await expectNoAxeViolations(en);
  await log(en).getByRole('button', { name: 'Print the record' }).click();
  await expect(log(en).locator('.la-root')).toContainText('Before the change');
  await expectScreen(en, 'log-print-en');
  await expectNoAxeViolations(en);
  await log(en).getByRole('button', { name: 'Back' }).click();
  await log(en).getByRole('button', { name: 'Crew roster' }).click();
  await expect(log(en).locator('h2')).toHaveText('Crew roster (for a group wage claim)');
  await expectScreen(en, 'roster-empty-en');
  await expectNoAxeViolations(en);
  await en.context().close();
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });
  test('opens and logs a day with no network after one visit', async ({ context, page }) => {
    await page.clock.setFixedTime(NOW);
    await goOfflineAfterVisiting(context, page, '/log/');
    await page.reload();
    await logDay(page, 29, '干了一天');
    // The forms load on open: the service worker saved that part with the page.
    await log(page).getByText('多写几句').click();
    await expect(log(page).getByLabel('今天拿到多少钱（元）')).toBeVisible();
    await log(page).getByRole('button', { name: '打印记录' }).click();
    await expect(log(page).locator('h2')).toHaveText('记工记录');
  });
});

test.describe('when the forms cannot load', () => {
  // The service worker's own requests would bypass page.route: this test needs the network it controls.
  test.use({ serviceWorkers: 'block' });
  test('an opened form says so with "try again", and nothing logged is lost', async ({ page }) => {
    await page.route('**/log-forms.*.js', (route) => route.abort('internetdisconnected'));
    await open(page);
    await logDay(page, 2, '干了一天');
    // The employer form is open on an empty log: it loads at once, and here it fails.
    const error = log(page).locator('details.employer[open]').getByRole('alert');
    await expect(error).toContainText('网络不通，信息没有读出来。');
    await expect(log(page).getByText('正在读取信息…')).toHaveCount(0);
    await expectNoAxeViolations(page);
    await error.scrollIntoViewIfNeeded();
    await expectScreen(page, 'log-forms-failed-zh', { fullPage: false });
    // The day's details form, from the same chunk, says so too; the day tapped is still there.
    await log(page).getByText('多写几句').click();
    await expect(log(page).locator('.day details').getByRole('alert')).toBeVisible();
    await expect(taps(page).getByRole('button', { name: '干了一天' })).toHaveAttribute('aria-pressed', 'true');
    await page.unroute('**/log-forms.*.js');
    await error.getByRole('button', { name: '再试一次' }).click();
    await log(page).getByLabel('今天拿到多少钱（元）').fill('100');
    await log(page).getByRole('button', { name: '保存', exact: true }).first().click();
    await addEmployer(page, '王老板', '300');
    await expectFigures(page, '1天', '300元', '100元', '200元');
  });
});
