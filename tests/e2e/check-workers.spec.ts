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
  if (typeof choice === 'string') await page.getByLabel(choice, { exact: true }).check();
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
