import { expect, test, type Page } from '@playwright/test';
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

// From the check's result to printed papers (issue 19): 老张, owed two months' wages, and 王姐, hurt at work,
// each walk at 390 px by keyboard alone from the result's 「准备申请材料」 to the papers, with the amounts
// and citations checked, every screen drawn and checked with axe, and the printed papers rendered to PDF,
// turned into PNG with pdftoppm and compared with their baselines (look at papers.spec.ts-snapshots/).

const TODAY = '2026-12-03';
const NOW = new Date('2026-12-03T10:00:00+08:00');
/** A valid ID number (check character computed), born 8 May 1972. */
const ID = (() => {
  const body = '44200019720508123';
  const sum = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2].reduce((t, w, i) => t + w * Number(body[i]), 0);
  return body + '10X98765432'[sum % 11];
})();

// Each walk checks twenty screens with axe: give it time on a busy machine.
test.setTimeout(300_000);
test.use({ viewport: PHONE, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', serviceWorkers: 'block' });

const laoZhangCheck = {
  matter: 'unpaid-wages',
  ruralWorker: true,
  proofOfStatus: true,
  employment: 'ended',
  employmentEnded: '2026-07-01',
  writtenContract: true,
};
const wangJieCheck = {
  matter: 'work-injury',
  ruralWorker: true,
  proofOfStatus: true,
  employment: 'ongoing',
  injuryDate: '2026-02-10',
  employerAppliedInjury: false,
};

/** The day fixed on the page, the check's answers kept on the phone, each widget dated today. */
async function setUp(page: Page, answers?: Record<string, unknown>): Promise<void> {
  await page.clock.setFixedTime(NOW);
  await page.addInitScript(
    ([saved, today]) => {
      if (saved && location.pathname.includes('/check/')) {
        const responded = [
          ...Object.keys(saved),
          'assistance',
          'construction',
          'hasIou',
          'claimAmount',
          'needsPreservation',
          'drawingPension',
          'pension',
          'interruptionProof',
          'lastInterruption',
          'subcontractorOwes',
          'occupationalDisease',
          'insuredByEmployer',
          'injuryDelay',
        ];
        localStorage.setItem('legal-aid-kit:eligibility', JSON.stringify({ answers: saved, responded }));
      }
      document.addEventListener('DOMContentLoaded', () =>
        document.querySelectorAll('la-eligibility-checker, la-case-file').forEach((el) => el.setAttribute('today', today)),
      );
    },
    [answers ?? null, TODAY] as const,
  );
}

/** The focused element, through shadow roots. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el
      ? {
          name: el.getAttribute('name'),
          value: (el as HTMLInputElement).value,
          type: el.getAttribute('type'),
          text: el.textContent?.trim(),
        }
      : null;
  });

/** Presses Tab until the named field (or the button with this text) has focus. */
async function tabTo(page: Page, target: { name?: string; text?: string }): Promise<void> {
  for (let i = 0; i < 40; i++) {
    const now = await focused(page);
    if (now && (target.name ? now.name === target.name : now.text === target.text)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${JSON.stringify(target)}`);
}

type Answer = string | { choose: string } | { tick: string[] };

/** Answers the screen by keyboard: types into boxes, arrows to a radio option, Space ticks boxes, Enter continues. */
async function answerByKeyboard(page: Page, values: Record<string, Answer>): Promise<void> {
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'string') {
      await tabTo(page, { name });
      await page.keyboard.type(value);
    } else if ('choose' in value) {
      await tabTo(page, { name });
      await page.keyboard.press('Space');
      for (let i = 0; i < 12 && (await focused(page))!.value !== value.choose; i++) await page.keyboard.press('ArrowDown');
      expect((await focused(page))!.value).toBe(value.choose);
    } else {
      for (const option of value.tick) {
        for (let i = 0; i < 40 && !((await focused(page))?.name === name && (await focused(page))?.value === option); i++)
          await page.keyboard.press('Tab');
        await page.keyboard.press('Space');
      }
    }
  }
  await tabTo(page, { text: '下一步' });
  await page.keyboard.press('Enter');
}

const caseFile = (page: Page) => page.locator('la-case-file');
const heading = (page: Page) => caseFile(page).locator('h2[tabindex]');

/** A screen after an answer: its question has focus (a screen reader reads it), no axe violation, its baseline. */
async function screen(page: Page, name: string, { first = false } = {}): Promise<void> {
  if (!first) await expect(heading(page)).toBeFocused();
  await expectNoAxeViolations(page);
  await expectScreen(page, name);
}

/** From the check's result to the papers page, by keyboard. */
async function fromTheResult(page: Page): Promise<void> {
  await page.goto('/check/');
  await page.locator('la-eligibility-checker').getByRole('button', { name: '看结果' }).click();
  const link = page.locator('la-eligibility-checker').getByRole('link', { name: /准备申请材料/ });
  await expect(link).toBeVisible();
  await link.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL('**/papers/');
  // Nothing of his in the address.
  expect(page.url()).not.toContain('?');
}

test('老张, owed two months at 6,000 yuan, goes from the result to printed papers by keyboard', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL!);
  await setUp(page, laoZhangCheck);
  await fromTheResult(page);
  // The check gave the matter and the exemption: the papers start with his name.
  await expect(heading(page)).toHaveText('您叫什么名字？');
  await screen(page, 'wages-name', { first: true });
  await answerByKeyboard(page, { 'worker.name': '张建国' });
  await screen(page, 'wages-phone');
  await answerByKeyboard(page, { 'worker.phone': '13800000000' });
  await screen(page, 'wages-id');
  await answerByKeyboard(page, { 'worker.idNumber': ID });
  await screen(page, 'wages-address');
  await answerByKeyboard(page, { 'worker.address': '中山市石岐区某某路1号', 'worker.hukou': '四川省渠县某某村' });
  await screen(page, 'wages-employer');
  await answerByKeyboard(page, { 'respondents.0.role': { choose: 'gang-boss' }, 'respondents.0.name': '李大海' });
  await screen(page, 'wages-employer-contact');
  await answerByKeyboard(page, { 'respondents.0.phone': '13900000000', 'respondents.0.address': '中山市东区某某工地' });
  await screen(page, 'wages-contractor');
  await answerByKeyboard(page, { 'respondents.1.name': '某某建设集团有限公司' });
  await screen(page, 'wages-started');
  await answerByKeyboard(page, { 'claim.startedWork.year': '2022', 'claim.startedWork.month': '12', 'claim.startedWork.day': '1' });
  await screen(page, 'wages-job');
  await answerByKeyboard(page, { 'work.job': '钢筋工', 'work.site': '中山市东区某某工地' });
  await screen(page, 'wages-wage');
  await answerByKeyboard(page, { wageUnit: { choose: 'month' }, 'claim.wage': '6000' });
  await screen(page, 'wages-unpaid');
  await answerByKeyboard(page, { 'claim.unpaid': '2' });
  await screen(page, 'wages-contract');
  await answerByKeyboard(page, {});
  await screen(page, 'wages-end-reason');
  await answerByKeyboard(page, { 'claim.endReason': { choose: 'resigned-unpaid-wages' } });
  // The day he left came from the check.
  await screen(page, 'wages-ended');
  await expect(caseFile(page).locator('input[name="claim.employmentEnded.year"]')).toHaveValue('2026');
  await answerByKeyboard(page, {});
  await screen(page, 'wages-evidence');
  await answerByKeyboard(page, { evidence: { tick: ['id-card', 'iou', 'chat-records'] } });
  // The amounts, each with its formula in words and its article.
  const amounts = caseFile(page).locator('[part="amounts"]');
  await expect(amounts).toContainText(/拖欠的工资\s*12,000元/);
  await expect(amounts).toContainText(/经济补偿\s*24,000元/);
  await expect(amounts).toContainText('月工资6,000×2个月');
  await expect(amounts).toContainText('月工资6,000×4年（满6个月算1年，不满6个月算半年）');
  await expect(amounts).toContainText('《中华人民共和国劳动合同法》第四十六条第（一）项');
  await expect(amounts).toContainText(/合计\s*36,000元/);
  await screen(page, 'wages-amounts');
  await tabTo(page, { text: '下一步' });
  await page.keyboard.press('Enter');
  const papers = caseFile(page).locator('article.paper');
  await expect(papers).toHaveCount(5);
  await expect(papers.nth(1)).toContainText('1. 请求裁决被申请人支付申请人拖欠的工资12,000元');
  await expect(papers.nth(1)).toContainText(/此致\s*中山市劳动人事争议仲裁委员会/);
  await expect(papers.nth(0)).toContainText('《中华人民共和国法律援助法》第四十二条第（三）项，免予核查经济困难状况');
  await screen(page, 'wages-papers');
  const pages = await printedPages(page);
  pages.forEach((png, i) => expect(png).toMatchSnapshot(`wages-print-${i + 1}.png`, { maxDiffPixelRatio: 0.002 }));
  expect(problems).toEqual([]);
});

test('王姐, hurt at work, goes from the result to the injury papers by keyboard', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL!);
  await setUp(page, wangJieCheck);
  await fromTheResult(page);
  await answerByKeyboard(page, { 'worker.name': '王秀英' });
  await answerByKeyboard(page, { 'worker.phone': '13700000000' });
  await answerByKeyboard(page, {});
  await answerByKeyboard(page, { 'worker.address': '中山市小榄镇某某村' });
  await answerByKeyboard(page, { 'respondents.0.role': { choose: 'employer' }, 'respondents.0.name': '中山市某某五金厂' });
  await answerByKeyboard(page, { 'respondents.0.address': '中山市小榄镇某某路' });
  await answerByKeyboard(page, {
    'claim.startedWork.year': '2024',
    'claim.startedWork.month': '3',
    'claim.startedWork.monthOnly': { tick: ['on'] },
  });
  await answerByKeyboard(page, { 'work.job': '冲压工' });
  await answerByKeyboard(page, { wageUnit: { choose: 'month' }, 'claim.wage': '5000' });
  await answerByKeyboard(page, { 'claim.writtenContract': { choose: 'no' } });
  await answerByKeyboard(page, { 'claim.endReason': { choose: 'still-employed' } });
  await screen(page, 'injury-event');
  await expect(caseFile(page).locator('input[name="injury.date.day"]')).toHaveValue('10');
  await answerByKeyboard(page, { 'injury.place': '车间冲床旁', 'injury.how': '冲床压伤右手' });
  await screen(page, 'injury-treatment');
  await answerByKeyboard(page, { 'injury.bodyPart': '右手', 'injury.hospital': '中山市人民医院', 'injury.diagnosis': '右手食指骨折' });
  await screen(page, 'injury-grade');
  await answerByKeyboard(page, { 'claim.injury.grade': { choose: '9' } });
  await screen(page, 'injury-stopped-work');
  await answerByKeyboard(page, { 'claim.injury.stoppedWorkMonths': '3' });
  await answerByKeyboard(page, { evidence: { tick: ['id-card', 'medical-records'] } });
  const amounts = caseFile(page).locator('[part="amounts"]');
  await expect(amounts).toContainText(/一次性伤残补助金\s*45,000元/);
  await expect(amounts).toContainText('本人工资5,000×9个月（9级伤残）');
  await expect(amounts).toContainText('《工伤保险条例》第三十七条第一款第（一）项');
  await expect(amounts).toContainText(/停工留薪期工资\s*15,000元/);
  await screen(page, 'injury-amounts');
  await tabTo(page, { text: '下一步' });
  await page.keyboard.press('Enter');
  const papers = caseFile(page).locator('article.paper');
  await expect(papers.last()).toContainText('工伤认定申请（事实情况表）');
  await expect(papers.last()).toContainText(/此致\s*中山市人力资源和社会保障局/);
  await expect(papers.nth(0)).toContainText('请求工伤事故人身损害赔偿的进城务工人员');
  await screen(page, 'injury-papers');
  const pages = await printedPages(page);
  pages.forEach((png, i) => expect(png).toMatchSnapshot(`injury-print-${i + 1}.png`, { maxDiffPixelRatio: 0.002 }));
  expect(problems).toEqual([]);
});

/** Answers the screen by tapping: fills boxes, ticks options, taps Continue. */
async function answerByTap(page: Page, values: Record<string, string | string[]>, next = /下一步|Continue/): Promise<void> {
  const form = caseFile(page).locator('form');
  for (const [name, value] of Object.entries(values)) {
    if (Array.isArray(value)) for (const v of value) await form.locator(`input[name="${name}"][value="${v}"]`).check();
    else if ((await form.locator(`input[name="${name}"][value="${value}"]`).count()) > 0)
      await form.locator(`input[name="${name}"][value="${value}"]`).check();
    else await form.locator(`[name="${name}"]`).fill(value);
  }
  await form.getByRole('button', { name: next }).click();
}

const standalone: [screen: string, answers: Record<string, string | string[]>][] = [
  ['matter', { matter: 'unpaid-wages' }],
  ['status', { economicCheck: 'required' }],
  ['income', { householdIncomePerCapita: '1800' }],
  ['name', { 'worker.name': 'Zhang Jianguo' }],
  ['phone', { 'worker.phone': '13800000000' }],
  ['id', {}],
  ['address', {}],
  ['employer', { 'respondents.0.role': 'employer', 'respondents.0.name': 'Some Factory' }],
  ['employer-contact', {}],
  ['started', { 'claim.startedWork.year': '2025', 'claim.startedWork.month': '3', 'claim.startedWork.day': '1' }],
  ['job', { 'work.job': 'packer' }],
  ['wage', { wageUnit: 'day', 'claim.wage': '250' }],
  ['unpaid', { 'claim.unpaid': '20' }],
  ['contract', { 'claim.writtenContract': 'no' }],
  ['end-reason', { 'claim.endReason': 'still-employed' }],
  ['evidence', { evidence: ['attendance'] }],
];

// A worker hurt at work, on the papers page alone: only the injury's own screens are photographed here (the
// others are the wage path's, above).
const injuryStandalone: [screen: string | null, answers: Record<string, string | string[]>][] = [
  [null, { matter: 'work-injury' }],
  [null, { economicCheck: 'waived' }],
  [null, { 'worker.name': '王秀英' }],
  [null, { 'worker.phone': '13700000000' }],
  [null, {}],
  [null, {}],
  [null, { 'respondents.0.role': 'employer', 'respondents.0.name': '某某五金厂' }],
  [null, {}],
  [null, { 'claim.startedWork.year': '2024', 'claim.startedWork.month': '3', 'claim.startedWork.day': '1' }],
  [null, { 'work.job': '冲压工' }],
  [null, { wageUnit: 'month', 'claim.wage': '5000' }],
  [null, { 'claim.writtenContract': 'no' }],
  [null, { 'claim.endReason': 'still-employed' }],
  [
    'injury-event',
    { 'injury.date.year': '2026', 'injury.date.month': '9', 'injury.date.day': '10', 'injury.place': '车间', 'injury.how': '冲床压伤右手' },
  ],
  ['injury-treatment', { 'injury.bodyPart': '右手' }],
  ['injury-grade', { 'claim.injury.grade': '9' }],
  ['injury-stopped-work', { 'claim.injury.stoppedWorkMonths': '3' }],
  [null, { evidence: ['attendance'] }],
];

test('in English, every question screen and the amounts, around papers that stay in Chinese', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL!);
  await setUp(page);
  await page.goto('/en/papers/');
  for (const [name, answers] of standalone) {
    await expect(caseFile(page).locator('form')).toBeVisible();
    await screen(page, `en-${name}`, { first: name === 'matter' });
    await answerByTap(page, answers);
  }
  const amounts = caseFile(page).locator('[part="amounts"]');
  await expect(amounts).toContainText('daily wage 250 × 20 days');
  await expect(amounts).toContainText('Labour Contract Law of the PRC, article 30(1)');
  await expect(amounts).toContainText('the monthly wage is missing');
  await screen(page, 'en-amounts');
  await amounts.getByRole('button', { name: 'Continue' }).click();
  // The papers are Chinese, with the 41 pledge since the economic check applies.
  await expect(caseFile(page).locator('article.paper').first()).toContainText('经济困难状况个人诚信承诺');
  await expect(caseFile(page).locator('article.paper').first()).toContainText('人均月收入约1,800元');
  await screen(page, 'en-papers');
  expect(problems).toEqual([]);
});

test('bad input: a wrong ID number and a negative wage get a clear error, and what he typed stays', async ({ page }) => {
  await setUp(page);
  await page.goto('/papers/');
  for (const [, answers] of standalone.slice(0, 5)) await answerByTap(page, answers);
  await answerByTap(page, { 'worker.idNumber': '440000197205081239' });
  await expect(caseFile(page).getByRole('alert')).toHaveText('身份证号码不对：要18位，最后一位是数字或X。请对着身份证再看一下。');
  await expect(caseFile(page).locator('input[name="worker.idNumber"]')).toHaveValue('440000197205081239');
  await expect(caseFile(page).locator('input[name="worker.idNumber"]')).toBeFocused();
  await expectNoAxeViolations(page);
  await expectScreen(page, 'error-id');
  await answerByTap(page, { 'worker.idNumber': ID });
  for (const [, answers] of standalone.slice(6, 11)) await answerByTap(page, answers);
  await answerByTap(page, { wageUnit: 'month', 'claim.wage': '-5000' });
  await expect(caseFile(page).getByRole('alert')).toHaveText('请写一个大于0的数字，比如5000。');
  await expect(caseFile(page).locator('input[name="claim.wage"]')).toHaveValue('-5000');
  await expectNoAxeViolations(page);
  await expectScreen(page, 'error-wage');
});

test("the phone's Back and Forward step between the questions, every answer kept, none in the address", async ({ page }) => {
  await setUp(page);
  await page.goto('/papers/');
  for (const [, answers] of standalone.slice(0, 4)) await answerByTap(page, answers);
  const box = (name: string) => caseFile(page).locator(`input[name="${name}"]`);
  await expect(box('worker.phone')).toBeVisible();
  await page.goBack();
  await expect(box('worker.name')).toHaveValue('Zhang Jianguo');
  await expect(heading(page)).toBeFocused();
  await page.goBack();
  await expect(box('householdIncomePerCapita')).toHaveValue('1800');
  await page.goBack();
  await expect(caseFile(page).locator('input[name="economicCheck"][value="required"]')).toBeChecked();
  await page.goForward();
  await expect(box('householdIncomePerCapita')).toHaveValue('1800');
  await page.goForward();
  await expect(box('worker.name')).toHaveValue('Zhang Jianguo');
  await page.goForward();
  await expect(box('worker.phone')).toBeVisible();
  // The app's own Back is a history step too: the phone's Forward returns.
  await caseFile(page).getByRole('button', { name: '上一步' }).click();
  await expect(box('worker.name')).toHaveValue('Zhang Jianguo');
  await page.goForward();
  await expect(box('worker.phone')).toBeVisible();
  expect(page.url()).toMatch(/\/papers\/$/);
  expect(JSON.stringify(await page.evaluate(() => history.state))).not.toMatch(/Zhang|1800/);
});

// Large-text mode and 200 % zoom (a 390 px phone zoomed is 195 CSS px wide): every question screen and the
// amounts, with nothing wider than the screen, as check-paths.spec.ts does for the checker.
for (const variant of [
  { name: 'large', size: PHONE, large: true },
  { name: 'zoom', size: PHONE_ZOOM_200, large: false },
]) {
  /** The papers page on that phone, in large text or zoomed. */
  const openPapers = async (page: Page) => {
    await setUp(page);
    await page.setViewportSize(variant.size);
    await page.goto('/papers/');
    if (variant.large) await caseFile(page).evaluate((el) => el.setAttribute('large-text', ''));
  };
  /** What every screen here must pass: axe, nothing wider than the screen, and its baseline. */
  const look = async (page: Page, name: string) => {
    await expectNoAxeViolations(page);
    await expectNoSidewaysScroll(page);
    await expectScreen(page, `zh-${variant.name}-${name}`);
  };

  test(`every question screen and the amounts, zh-CN, ${variant.name}`, async ({ page }) => {
    await openPapers(page);
    for (const [name, answers] of standalone) {
      await expect(caseFile(page).locator('form')).toBeVisible();
      await look(page, name);
      await answerByTap(page, answers);
    }
    await expect(caseFile(page).locator('[part="amounts"]')).toContainText(/5,000元/);
    await look(page, 'amounts');
    await caseFile(page).locator('[part="amounts"]').getByRole('button', { name: '下一步' }).click();
    await expect(caseFile(page).locator('article.paper').first()).toBeVisible();
    await look(page, 'papers');
  });

  test(`the injury questions and their amounts, zh-CN, ${variant.name}`, async ({ page }) => {
    await openPapers(page);
    for (const [name, answers] of injuryStandalone) {
      await expect(caseFile(page).locator('form')).toBeVisible();
      if (name) await look(page, name);
      await answerByTap(page, answers);
    }
    await expect(caseFile(page).locator('[part="amounts"]')).toContainText('45,000元');
    await look(page, 'injury-amounts');
  });
}

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });
  test('after one visit the papers page works offline, amounts and papers included', async ({ context, page }) => {
    await setUp(page);
    await goOfflineAfterVisiting(context, page, '/papers/');
    await page.reload();
    for (const [, answers] of standalone) await answerByTap(page, answers);
    await expect(caseFile(page).locator('[part="amounts"]')).toContainText(/5,000元/);
    await caseFile(page).locator('[part="amounts"]').getByRole('button', { name: '下一步' }).click();
    await expect(caseFile(page).locator('article.paper')).toHaveCount(4);
  });
});
