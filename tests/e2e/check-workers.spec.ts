import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectScreen, PHONE } from './helpers.js';

// 老张 of issue 14: a construction worker owed three months by a 包工头, the job ended 11 months ago.
// Walked on a 390 px phone, by tap and by keyboard, with the phone's Back and Forward; axe on every question.
// The result's look belongs to the result view: only its verdict and deadline are asserted here.
const TODAY = '2026-11-29';
const question = (page: Page) => page.locator('la-eligibility-checker h2[tabindex]');
const checked = (page: Page) => page.locator('la-eligibility-checker input:checked');

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

test('老张 by keyboard: Tab never lands on an answer he did not tick', async ({ page }) => {
  await open(page);
  await page.locator('la-eligibility-checker input[value="unpaid-wages"]').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  for (const heading of ['您是农村户口、到城里打工的吗？', '您能拿出材料，证明您是农民工吗？']) {
    await expect(question(page)).toHaveText(heading);
    await expect(question(page)).toBeFocused();
    await page.keyboard.press('Tab');
    // Past 「读给我听」 when the phone has a voice.
    if (await page.locator('la-eligibility-checker button.read:focus').count()) await page.keyboard.press('Tab');
    await expect(page.locator('la-eligibility-checker input:focus')).toHaveAttribute('value', 'yes');
    await expect(checked(page)).toHaveCount(0);
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
  }
  await expect(question(page)).toHaveText('您还在这个老板那里干活吗？');
  await expect(checked(page)).toHaveCount(0);
});

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
