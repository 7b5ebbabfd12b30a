import { expect, test } from '@playwright/test';
import { answerByTap, checker, form, WORKERS } from './check-walk.js';
import { expectNoAxeViolations, expectNoSidewaysScroll, expectScreen, PHONE, PHONE_ZOOM_200 } from './helpers.js';

// Every screen of the three workers of issue 14 — 老张, 小李 and 王姐 — as a baseline, in Chinese and English,
// at 390 px, in large-text mode and at 200 % zoom, from the first question to the result. Answers are given by
// their values, so one plan walks both languages; "nothing ticked" on every screen, and axe on every screen at
// 390 px (large text and zoom change sizes, not names, roles or colours: their screens are checked by eye and
// for sideways scrolling, which keeps the suite in its time).
const TODAY = '2026-11-30';
// The clock too: "open now" on the plan's workstation must not depend on when the suite runs (a Monday, 10:00 in Zhongshan).
const NOW = new Date('2026-11-30T10:00:00+08:00');
const VARIANTS = [
  { name: 'zh', path: '/check/', size: PHONE, large: false },
  { name: 'en', path: '/en/check/', size: PHONE, large: false },
  { name: 'zh-large', path: '/check/', size: PHONE, large: true },
  { name: 'en-large', path: '/en/check/', size: PHONE, large: true },
  { name: 'zh-zoom', path: '/check/', size: PHONE_ZOOM_200, large: false },
  { name: 'en-zoom', path: '/en/check/', size: PHONE_ZOOM_200, large: false },
];

// Large text and zoom: every variant for 老张 (48, the reader large text is for; his path asks the most), the
// Chinese ones for 王姐 (the injury questions only she is asked); 小李's screens are the same questions as
// theirs, and every plan's result in large text and at 200 % is in check-result.spec.ts.
const VARIANTS_FOR: Record<string, string[]> = {
  laozhang: VARIANTS.map((v) => v.name),
  wangjie: ['zh', 'en', 'zh-large', 'zh-zoom'],
  xiaoli: ['zh', 'en'],
};

for (const [worker, plan] of Object.entries(WORKERS)) {
  for (const variant of VARIANTS.filter((v) => VARIANTS_FOR[worker]!.includes(v.name))) {
    test(`${worker}, every screen, ${variant.name}`, async ({ page }) => {
      test.slow();
      await page.clock.setFixedTime(NOW);
      await page.setViewportSize(variant.size);
      await page.goto(variant.path);
      await checker(page).evaluate(
        (el, { today, large }) => {
          el.setAttribute('today', today);
          if (large) el.setAttribute('large-text', '');
        },
        { today: TODAY, large: variant.large },
      );
      for (let step = 1; step <= 25; step++) {
        await expect(form(page).or(page.locator('la-eligibility-checker dl.review'))).toBeVisible();
        if (!(await form(page).count())) break;
        const field = (await form(page).getAttribute('data-field'))!;
        await expect(checker(page).locator('input:checked'), `${field}: nothing ticked before the worker answers`).toHaveCount(0);
        if (variant.size === PHONE && !variant.large) await expectNoAxeViolations(page);
        await expectNoSidewaysScroll(page);
        await expectScreen(page, `${worker}-${variant.name}-${String(step).padStart(2, '0')}-${field}`);
        await answerByTap(page, field, plan);
      }
      await expectScreen(page, `${worker}-${variant.name}-review`);
      await checker(page).locator('.review ~ button.primary, button.primary').last().click();
      await expect(checker(page).locator('.result')).toBeVisible();
      await expectNoAxeViolations(page);
      await expectScreen(page, `${worker}-${variant.name}-result`);
    });
  }
}
