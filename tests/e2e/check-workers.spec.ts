import { expect, test, type Page } from '@playwright/test';
import { checked, checker, question, walkByKeyboard, WORKERS } from './check-walk.js';
import { expectNoAxeViolations, expectScreen, PHONE } from './helpers.js';

// The three workers of issue 14 — 老张 (a construction worker owed three months by a 包工头, the job ended 11
// months ago), 小李 (an urban courier above the income standard) and 王姐 (hurt ten months ago) — walked on a
// 390 px phone in Chinese, by tap and by keyboard alone, with the browser's Back and Forward; axe on every
// question. The result's look belongs to the result view: only what makes each plan right is asserted here.
const TODAY = '2026-11-29';
// Axe on every question of a whole walk: more than the default minute on a busy machine.
test.describe.configure({ timeout: 180_000 });

async function open(page: Page): Promise<void> {
  await page.setViewportSize(PHONE);
  await page.goto('/check/');
  await page.locator('la-eligibility-checker').evaluate((el, today) => el.setAttribute('today', today), TODAY);
  await expect(question(page)).toHaveText('您遇到了什么事？');
}

/** Ticks an answer (or types a date/amount) and goes on, after checking nothing was ticked before. */
async function answer(page: Page, heading: string, choice: string | string[], screen?: string): Promise<void> {
  await expect(question(page)).toHaveText(heading);
  await expect(checked(page), `${heading}: nothing ticked before the worker answers`).toHaveCount(0);
  await expectNoAxeViolations(page);
  if (screen) await expectScreen(page, screen);
  const amount = page.locator('la-eligibility-checker input[name="amount"]');
  if (typeof choice === 'string' && (await amount.count())) await amount.fill(choice);
  else if (typeof choice === 'string') await page.getByLabel(choice, { exact: true }).check();
  else
    for (const [i, name] of ['year', 'month', 'day'].entries())
      await page.locator(`la-eligibility-checker input[name="${name}"]`).fill(choice[i]!);
  await page.getByRole('button', { name: '下一步' }).click();
}

test('老张 by tap, with the phone’s Back and Forward: the answers stay, the deadline shows', async ({ page }) => {
  await open(page);
  await answer(page, '您遇到了什么事？', '老板欠我工资', 'laozhang-matter');
  await answer(page, '您是农村户口、到城里打工的吗？', '是');
  await answer(page, '您能拿出材料，证明您是农民工吗？', '能', 'laozhang-proof');
  // The phone's Back: the last question again, with the worker's own answer; Forward returns.
  await page.goBack();
  await expect(question(page)).toHaveText('您能拿出材料，证明您是农民工吗？');
  await expect(page.getByLabel('能', { exact: true })).toBeChecked();
  await page.goBack();
  await expect(question(page)).toHaveText('您是农村户口、到城里打工的吗？');
  await expect(page.getByLabel('是', { exact: true })).toBeChecked();
  await page.goForward();
  await page.goForward();
  await expect(question(page)).toHaveText('您还在这个老板那里干活吗？');
  await answer(page, '您还在这个老板那里干活吗？', '已经不干了');
  await answer(page, '您哪天不干的？', ['2025', '12', '29'], 'laozhang-date');
  for (let i = 0; i < 20 && (await page.getByRole('button', { name: '看结果' }).count()) === 0; i++) {
    await expect(checked(page)).toHaveCount(0);
    const skip = page.locator('la-eligibility-checker button[value="skip"]');
    if (await skip.count()) await skip.click();
    else {
      const options = page.locator('la-eligibility-checker .choice input');
      await options.nth((await options.count()) - 1).check();
      await page.getByRole('button', { name: '下一步' }).click();
    }
  }
  await expect(question(page)).toHaveText('核对您的回答');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: '看结果' }).click();
  await expect(page.locator('la-eligibility-checker')).toContainText('可以申请免费法律援助');
  await expect(page.locator('la-eligibility-checker')).toContainText('2026年12月29日');
});

/** What each worker's plan must say, and which questions must (not) be asked on the way. */
const KEYBOARD_WALKS: {
  worker: keyof typeof WORKERS;
  name: string;
  asked: string[];
  notAsked: string[];
  sees: string[];
  notOffered: string[];
}[] = [
  {
    worker: 'laozhang',
    name: '老张',
    asked: ['proofOfStatus', 'employmentEnded', 'subcontractorOwes'],
    notAsked: ['assistance', 'householdIncomePerCapita'],
    sees: ['可以申请免费法律援助', '2026年12月29日', '还剩30天', '12333 人社服务热线'],
    notOffered: [],
  },
  {
    worker: 'xiaoli',
    name: '小李',
    asked: ['assistance', 'householdIncomePerCapita'],
    notAsked: ['proofOfStatus'],
    sees: ['一般不能免费请律师', '每人每月2,592元', '到劳动争议仲裁委员会申请仲裁，不收费。'],
    notOffered: [],
  },
  {
    worker: 'wangjie',
    name: '王姐',
    asked: ['injuryDate', 'employerAppliedInjury', 'pension'],
    notAsked: ['assistance', 'householdIncomePerCapita'],
    sees: ['可以申请免费法律援助', '自己申请工伤认定的最后一天', '2027年1月29日', '还剩61天', '病历、诊断证明、医药费票据'],
    notOffered: ['12333'],
  },
];

for (const walk of KEYBOARD_WALKS) {
  test(`${walk.name} by keyboard alone, with Back and Forward on every question: nothing ticked, answers kept, the right plan`, async ({
    page,
  }) => {
    await open(page);
    const asked = await walkByKeyboard(page, WORKERS[walk.worker]);
    for (const field of walk.asked) expect(asked).toContain(field);
    for (const field of walk.notAsked) expect(asked).not.toContain(field);
    const plan = checker(page).locator('.result');
    for (const words of walk.sees) await expect(plan).toContainText(words);
    for (const number of walk.notOffered) await expect(plan.locator(`a[href="tel:${number}"]`)).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
}

/** Answers each question the plan names by its heading (ticking or typing), every other one with "not sure". */
async function walk(page: Page, plan: Record<string, string | string[]>): Promise<string[]> {
  const asked: string[] = [];
  for (let i = 0; i < 25 && (await page.getByRole('button', { name: '看结果' }).count()) === 0; i++) {
    const heading = (await question(page).textContent())!.trim();
    asked.push(heading);
    const choice = plan[heading];
    if (choice) await answer(page, heading, choice);
    else {
      await expect(checked(page)).toHaveCount(0);
      await expectNoAxeViolations(page);
      const skip = page.locator('la-eligibility-checker button[value="skip"]');
      if (await skip.count()) await skip.click();
      else {
        await page.getByLabel('不清楚', { exact: true }).check();
        await page.getByRole('button', { name: '下一步' }).click();
      }
    }
    await expect(question(page)).not.toHaveText(heading);
  }
  return asked;
}

/** Walks a worker's answers to the review, then the result; returns the questions asked. */
async function toResult(page: Page, plan: Record<string, string | string[]>): Promise<string[]> {
  await open(page);
  const asked = await walk(page, plan);
  await page.getByRole('button', { name: '看结果' }).click();
  return asked;
}

test('小李, an urban courier above the standard, is never ticked into "no means test"', async ({ page }) => {
  const asked = await toResult(page, {
    '您遇到了什么事？': '老板欠我工资',
    '您是农村户口、到城里打工的吗？': '不是',
    '您家有没有领下面这些补助？': '都没有',
    '您家每人每月大约收入多少元？': '4200',
    '您还在这个老板那里干活吗？': '还在干',
  });
  expect(asked).toContain('您家有没有领下面这些补助？');
  expect(asked).not.toContain('您能拿出材料，证明您是农民工吗？');
  await expect(question(page)).toContainText('一般不能免费请律师');
});

test('王姐, hurt 10 months ago, employer never applied, small rural pension: asked which pension, and told the deadline', async ({
  page,
}) => {
  const asked = await toResult(page, {
    '您遇到了什么事？': '我干活时受了伤',
    '您是农村户口、到城里打工的吗？': '是',
    '您能拿出材料，证明您是农民工吗？': '能',
    '是得了职业病吗？': '不是',
    '您哪天受的伤？': ['2026', '1', '29'],
    '老板给您申请工伤认定了吗？': '没申请',
    '您在领养老金吗？领的是哪一种？': '领城乡居民养老金（农村的养老钱）',
  });
  expect(asked).toContain('您在领养老金吗？领的是哪一种？');
  await expect(page.locator('la-eligibility-checker')).toContainText('可以申请免费法律援助');
  await expect(page.locator('la-eligibility-checker')).toContainText('2027年1月');
});
