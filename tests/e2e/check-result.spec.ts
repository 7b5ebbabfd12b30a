import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoSidewaysScroll, expectScreen, PHONE, PHONE_ZOOM_200 } from './helpers.js';

// The result as a plan: every state a worker can reach (deadline calm, amber, red, last day, passed; not
// eligible; injury recognition; domestic violence on a partner page; the result failing to load), in both
// languages, at 390 px, in large-text mode and at 200 % zoom. The answers are put in "keep on this phone"
// storage, so each test opens on "check your answers"; the question screens are tested in check.spec.ts.
// The day is fixed with the widget's `today` and the clock (Thursday 3 December 2026, 10:00 in Zhongshan).

const TODAY = '2026-12-03';
const NOW = new Date('2026-12-03T10:00:00+08:00');

type Answers = Record<string, unknown>;
const laoZhang = (employmentEnded: string, extra: Answers = {}): Answers => ({
  matter: 'unpaid-wages',
  ruralWorker: true,
  proofOfStatus: true,
  employment: 'ended',
  employmentEnded,
  writtenContract: true,
  construction: true,
  subcontractorOwes: true,
  hasIou: false,
  claimAmount: 15000,
  needsPreservation: false,
  drawingPension: false,
  ...extra,
});
const xiaoLi: Answers = {
  matter: 'unpaid-wages',
  ruralWorker: false,
  assistance: 'none',
  householdIncomePerCapita: 5000,
  employment: 'ongoing',
  writtenContract: true,
  construction: false,
  hasIou: false,
  claimAmount: 8000,
  needsPreservation: false,
  drawingPension: false,
};
const wangJie: Answers = {
  matter: 'work-injury',
  ruralWorker: true,
  proofOfStatus: true,
  employment: 'ended',
  employmentEnded: '2026-03-01',
  injuryDate: '2026-02-03',
  employerAppliedInjury: false,
  construction: true,
  claimAmount: 30000,
  needsPreservation: false,
  drawingPension: false,
};
const violence: Answers = { matter: 'domestic-violence' };

const lang = {
  'zh-CN': { path: '/check/', see: '看结果', review: '核对您的回答' },
  en: { path: '/en/check/', see: 'See the result', review: 'Check your answers' },
} as const;
type Lang = keyof typeof lang;

/** Opens the check with these answers kept on the phone (every other question answered "not sure"). */
async function openReview(page: Page, answers: Answers, locale: Lang = 'zh-CN', setup?: string): Promise<void> {
  await page.clock.setFixedTime(NOW);
  await page.addInitScript(
    ([saved, today, extra]) => {
      const fields = [
        'matter', 'ruralWorker', 'proofOfStatus', 'assistance', 'householdIncomePerCapita', 'employment', 'employmentEnded',
        'lastInterruption', 'injuryDate', 'employerAppliedInjury', 'writtenContract', 'startedWork', 'construction',
        'subcontractorOwes', 'hasIou', 'claimAmount', 'needsPreservation', 'drawingPension',
      ];
      localStorage.setItem('legal-aid-kit:eligibility', JSON.stringify({ answers: saved, responded: fields }));
      // Before the element upgrades: the fixed day, and whatever the test adds (a partner's attributes).
      document.addEventListener('DOMContentLoaded', () => {
        const checker = document.querySelector('la-eligibility-checker')!;
        checker.setAttribute('today', today);
        for (const [name, value] of Object.entries(JSON.parse(extra || '{}') as Record<string, string>)) checker.setAttribute(name, value);
      });
    },
    [answers, TODAY, setup ?? ''] as const,
  );
  await page.goto(lang[locale].path);
  await expect(page.locator('la-eligibility-checker h2[tabindex]')).toHaveText(lang[locale].review);
}

async function openResult(page: Page, answers: Answers, locale: Lang = 'zh-CN', setup?: string): Promise<void> {
  await openReview(page, answers, locale, setup);
  await page.getByRole('button', { name: lang[locale].see }).click();
  await expect(page.locator('la-eligibility-checker .result')).toBeVisible();
}

const checker = (page: Page) => page.locator('la-eligibility-checker');

test.use({ viewport: PHONE, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });

test('look', async ({ page }) => {
  await openResult(page, laoZhang('2025-12-23', { needsPreservation: true }));
  await checker(page).getByLabel('您在哪个镇街？').selectOption('east');
  await expectScreen(page, 'tmp-look');
});
