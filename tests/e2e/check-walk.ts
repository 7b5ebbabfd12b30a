import { expect, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers.js';

/**
 * The three workers of issue 14 and the ways they walk the checker, shared by the checker's specs.
 * A plan gives each answer by its value (so one plan walks both languages): a choice's option value, a date
 * as [year, month, day] as the worker types it, an amount as typed. A question the plan does not name is
 * answered "not sure" (its skip button, else its last option).
 */
export type Plan = Record<string, string | [string, string, string]>;

export const WORKERS = {
  /** 老张: a construction worker owed three months by a 包工头, the job ended 11 months ago. */
  laozhang: {
    matter: 'unpaid-wages',
    ruralWorker: 'yes',
    proofOfStatus: 'yes',
    employment: 'ended',
    employmentEnded: ['2025', '12', '29'],
    writtenContract: 'no',
    startedWork: ['2025', '3', '1'],
    construction: 'yes',
    subcontractorOwes: 'yes',
    hasIou: 'no',
    claimAmount: '15000',
    needsPreservation: 'no',
    pension: 'none',
  },
  /** 小李: an urban courier above the income standard. */
  xiaoli: {
    matter: 'unpaid-wages',
    ruralWorker: 'no',
    assistance: 'none',
    householdIncomePerCapita: '4200',
    employment: 'ongoing',
    writtenContract: 'yes',
    construction: 'no',
    hasIou: 'no',
    claimAmount: '12000',
    needsPreservation: 'no',
    pension: 'none',
  },
  /** 王姐: injured ten months ago, her employer never applied for injury recognition; a small rural pension. */
  wangjie: {
    matter: 'work-injury',
    ruralWorker: 'yes',
    proofOfStatus: 'yes',
    occupationalDisease: 'no',
    injuryDate: ['2026', '1', '29'],
    employerAppliedInjury: 'no',
    construction: 'yes',
    needsPreservation: 'no',
    pension: 'resident',
  },
} satisfies Record<string, Plan>;

const DATE_PARTS = ['year', 'month', 'day'] as const;

export const checker = (page: Page) => page.locator('la-eligibility-checker');
/** The widget's own heading (the server summary's headings sit in the light DOM, unslotted once it runs). */
export const question = (page: Page) => page.locator('la-eligibility-checker h2[tabindex]');
export const checked = (page: Page) => page.locator('la-eligibility-checker input:checked');
/** The form of the question on screen; its data-field names the question. */
export const form = (page: Page) => page.locator('la-eligibility-checker form[data-field]');
const inside = (page: Page, selector: string) => page.locator(`la-eligibility-checker ${selector}`);

/** Ticks or types the plan's answer by tap, and goes on. */
export async function answerByTap(page: Page, field: string, plan: Plan): Promise<void> {
  const value = plan[field];
  if (value === undefined) {
    const skip = inside(page, 'button[value="skip"]');
    if (await skip.count()) return skip.click();
    const options = inside(page, '.choice input');
    await options.nth((await options.count()) - 1).check();
  } else if (Array.isArray(value)) {
    for (const [i, name] of DATE_PARTS.entries()) await inside(page, `input[name="${name}"]`).fill(value[i]!);
  } else if (await inside(page, 'input[name="amount"]').count()) {
    await inside(page, 'input[name="amount"]').fill(value);
  } else {
    await inside(page, `input[type="radio"][value="${value}"]`).check();
  }
  await inside(page, 'button.primary').first().click();
}

/** Presses Tab until the focus is on `selector` inside the checker. */
export async function tabTo(page: Page, selector: string): Promise<void> {
  const target = inside(page, `${selector}:focus`);
  for (let presses = 0; presses < 60; presses++) {
    if (await target.count()) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/**
 * Gives the plan's answer with the keyboard alone: Tab to the answers (which lands on the first without
 * ticking it), the arrow keys or Space to tick, typing for dates and amounts, Enter on 「下一步」.
 */
export async function answerByKeyboard(page: Page, field: string, plan: Plan): Promise<void> {
  const value = plan[field];
  if (value === undefined && (await inside(page, 'button[value="skip"]').count())) {
    await tabTo(page, 'button[value="skip"]');
    return page.keyboard.press('Enter');
  }
  if (Array.isArray(value)) {
    for (const [i, name] of DATE_PARTS.entries()) {
      await tabTo(page, `input[name="${name}"]`);
      await page.keyboard.type(value[i]!);
    }
  } else if (value !== undefined && (await inside(page, 'input[name="amount"]').count())) {
    await tabTo(page, 'input[name="amount"]');
    await page.keyboard.type(value);
  } else {
    await tabTo(page, 'input[type="radio"]');
    await expect(checked(page), `${field}: Tab onto the answers ticks none`).toHaveCount(0);
    const options = await inside(page, 'input[type="radio"]').evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
    if (value === undefined) {
      // Up from the first answer wraps round to the last ("not sure") and ticks it.
      await page.keyboard.press('ArrowUp');
    } else {
      const index = options.indexOf(value);
      expect(index, `${field} offers ${value}`).toBeGreaterThanOrEqual(0);
      if (index === 0) await page.keyboard.press('Space');
      for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
      await expect(inside(page, `input[type="radio"][value="${value}"]`)).toBeChecked();
    }
  }
  await tabTo(page, 'button.primary');
  await page.keyboard.press('Enter');
}

/** The question on screen shows the answer the plan gave it (after Back). */
export async function expectAnswerKept(page: Page, field: string, plan: Plan): Promise<void> {
  await expect(form(page)).toHaveAttribute('data-field', field);
  const value = plan[field];
  if (value === undefined) return;
  if (Array.isArray(value)) {
    for (const [i, name] of DATE_PARTS.entries()) await expect(inside(page, `input[name="${name}"]`)).toHaveValue(value[i]!);
  } else if (await inside(page, 'input[name="amount"]').count()) {
    await expect(inside(page, 'input[name="amount"]')).toHaveValue(value);
  } else {
    await expect(checked(page)).toHaveCount(1);
    await expect(inside(page, `input[type="radio"][value="${value}"]`)).toBeChecked();
  }
}

/**
 * Walks the plan by keyboard alone, from the top of the page to the result, with the browser's Back and
 * Forward on every question: on arrival the heading has the focus and nothing is ticked; Back shows the
 * question before with its answer kept; Forward returns to this one, still with nothing ticked. Returns the
 * questions asked, by field.
 */
export async function walkByKeyboard(page: Page, plan: Plan): Promise<string[]> {
  const asked: string[] = [];
  const review = inside(page, 'dl.review');
  await tabTo(page, 'input[type="radio"]');
  for (let step = 0; step < 25; step++) {
    await expect(form(page).or(review)).toBeVisible();
    const previous = asked.at(-1);
    if (previous) await expect(question(page)).toBeFocused();
    if (!(await form(page).count())) break;
    const field = (await form(page).getAttribute('data-field'))!;
    // axe: check-paths.spec.ts runs it on every screen of these same walks, in both languages.
    await expect(checked(page), `${field}: nothing ticked before the worker answers`).toHaveCount(0);
    if (previous) await backAndForward(page, previous, plan, field);
    asked.push(field);
    await answerByKeyboard(page, field, plan);
    await expect(inside(page, `form[data-field="${field}"]`)).toHaveCount(0);
  }
  await backAndForward(page, asked.at(-1)!, plan);
  await expectNoAxeViolations(page);
  await tabTo(page, 'button.primary');
  await page.keyboard.press('Enter');
  await expect(inside(page, '.result')).toBeVisible();
  await expect(inside(page, '.result h2')).toBeFocused();
  return asked;
}

/** The browser's Back: the question before, its answer kept; Forward: back here (`field`, or the review). */
async function backAndForward(page: Page, previous: string, plan: Plan, field?: string): Promise<void> {
  await page.goBack();
  await expectAnswerKept(page, previous, plan);
  await expect(question(page)).toBeFocused();
  await page.goForward();
  if (field) {
    await expect(form(page)).toHaveAttribute('data-field', field);
    await expect(checked(page), `${field}: nothing ticked after Forward`).toHaveCount(0);
  } else await expect(inside(page, 'dl.review')).toBeVisible();
  await expect(question(page)).toBeFocused();
}
