import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import {
  expectNoAxeViolations,
  expectNoSidewaysScroll,
  expectScreen,
  goOfflineAfterVisiting,
  pdfAsPngs,
  PHONE,
  PHONE_ZOOM_200,
} from './helpers.js';

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
  pension: 'none',
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
  pension: 'none',
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
  pension: 'none',
  occupationalDisease: false,
  injuryDelay: 'none',
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
        'matter',
        'ruralWorker',
        'proofOfStatus',
        'assistance',
        'householdIncomePerCapita',
        'employment',
        'employmentEnded',
        'lastInterruption',
        'injuryDate',
        'employerAppliedInjury',
        'writtenContract',
        'startedWork',
        'construction',
        'subcontractorOwes',
        'hasIou',
        'claimAmount',
        'needsPreservation',
        'drawingPension',
        'confirmPurpose',
        'commuting',
        'occupationalDisease',
        'diagnosisDate',
        'injuryDelay',
        'pension',
        'insuredByEmployer',
        'iouDate',
        'interruptionProof',
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

// No service worker, except in the offline test: it would answer for the chunks the error tests abort.
test.use({ viewport: PHONE, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', serviceWorkers: 'block' });

const states: {
  name: string;
  answers: Answers;
  setup?: Record<string, string>;
  /** What the worker must see, by language. */
  sees: Record<Lang, string[]>;
  /** Hotlines that must not be offered (12333 is for wages and social insurance only). */
  notOffered?: string[];
  district?: string;
}[] = [
  {
    name: 'wages-amber-preservation',
    answers: laoZhang('2025-12-23', { needsPreservation: true }),
    district: 'east',
    sees: {
      'zh-CN': ['时间不多了，抓紧办。', '还剩20天', '请法律援助律师马上向仲裁委或法院申请财产保全', '12333 人社服务热线'],
      en: [
        'Time is running out: act soon.',
        '20 days left',
        'ask the legal-aid lawyer to apply at once',
        '12333 labour and social security hotline',
      ],
    },
  },
  {
    name: 'wages-red',
    answers: laoZhang('2025-12-07'),
    sees: {
      'zh-CN': ['时间很紧，今天就去办！', '还剩4天', '法律援助可以先给'],
      en: ['Time is very short: go today!', '4 days left', 'Legal aid can start before the decision.'],
    },
  },
  {
    name: 'wages-last-day',
    answers: laoZhang('2025-12-03'),
    sees: { 'zh-CN': ['今天是最后一天！今天就去办。'], en: ['Today is the last day! Go today.'] },
  },
  {
    name: 'wages-passed',
    answers: laoZhang('2025-10-01'),
    sees: {
      'zh-CN': [
        '期限已经过了，但还可以试：',
        '今天就去申请',
        '已经过了63天',
        '老板答应过给钱或写过欠条，时间会重新算',
        '12348 法律服务热线',
      ],
      en: [
        'The deadline has passed, but you can still try:',
        'today',
        '63 days ago',
        'the time starts again',
        '12348 legal services hotline',
      ],
    },
  },
  {
    name: 'courier-not-eligible',
    answers: xiaoLi,
    district: 'shiqi',
    sees: {
      'zh-CN': ['一般不能免费请律师', '到劳动争议仲裁委员会申请仲裁，不收费。', '还可以这样做', '每人每月2,592元'],
      en: [
        'Usually no free lawyer',
        'Apply to the labour arbitration commission. It is free.',
        'Other ways to get help',
        '2,592 yuan per person per month',
      ],
    },
  },
  {
    name: 'injury-recognition',
    answers: wangJie,
    district: 'xiaolan',
    sees: {
      'zh-CN': ['自己申请工伤认定的最后一天', '2027年2月3日', '病历、诊断证明、医药费票据'],
      en: ['Last day to apply yourself for work-injury recognition', 'Medical records, diagnosis, medical bills'],
    },
    notOffered: ['12333'],
  },
  {
    name: 'violence-partner',
    answers: violence,
    setup: { 'quick-exit-href': 'https://weather.example.org/' },
    notOffered: ['12333'],
    sees: {
      'zh-CN': ['有危险，马上打110。', '110 报警', '12338 妇女维权热线', '报警回执', '验伤记录、病历', '告诫书（如果有）', '照片'],
      en: [
        'In danger? Call 110 now.',
        '110 police',
        "12338 women's rights hotline",
        'The police receipt',
        'Injury examination record',
        'The written warning',
        'Photos',
      ],
    },
  },
];

for (const state of states) {
  for (const locale of ['zh-CN', 'en'] as const) {
    test(`the plan for ${state.name} (${locale}): what the worker must see, with axe and screenshots`, async ({ page }) => {
      await openResult(page, state.answers, locale, state.setup && JSON.stringify(state.setup));
      const plan = checker(page).locator('.result');
      if (state.district) {
        await checker(page).getByRole('combobox').selectOption(state.district);
        await expect(plan.locator('.station-card')).toContainText(locale === 'en' ? 'About' : '约');
      } else await expect(plan.locator('.station-name')).toBeVisible();
      for (const words of state.sees[locale]) await expect(plan).toContainText(words);
      for (const number of state.notOffered ?? []) await expect(plan.locator(`a[href="tel:${number}"]`)).toHaveCount(0);
      if (state.setup?.['quick-exit-href'])
        await expect(checker(page).getByRole('link', { name: locale === 'en' ? 'Quick exit' : '快速离开' })).toHaveAttribute(
          'href',
          state.setup['quick-exit-href'],
        );
      // The plan opens with the one thing to do today; the reasons are there, collapsed.
      await expect(plan.locator('.today')).toBeVisible();
      await expect(plan.locator('details.why')).not.toHaveAttribute('open');
      await expectNoAxeViolations(page);
      await expectScreen(page, `${state.name}-${locale}`);
      // Large text and 200 % zoom in the workers' language, and in English for the longest plan.
      if (locale === 'en' && state.name !== 'wages-passed') return;

      await checker(page).evaluate((el) => el.setAttribute('large-text', ''));
      await expectNoAxeViolations(page);
      await expectScreen(page, `${state.name}-${locale}-large`);
      await checker(page).evaluate((el) => el.removeAttribute('large-text'));

      await page.setViewportSize(PHONE_ZOOM_200);
      await expectNoSidewaysScroll(page);
      await expectNoAxeViolations(page);
      await expectScreen(page, `${state.name}-${locale}-zoom`);
    });
  }
}

test.describe('the nearest workstation', () => {
  test('from the district the worker picks, or from the phone only when he allows it', async ({ page, context }) => {
    await openResult(page, laoZhang('2025-12-23'));
    const station = checker(page).locator('.station');
    // Before any place is given: the legal-aid centre, which handles every matter.
    await expect(station.locator('.station-name')).toHaveText('中山市法律援助中心');
    await station.getByLabel('您在哪个镇街？').selectOption('xiaolan');
    await expect(station.locator('.station-name')).toHaveText(/小榄/);
    await expect(station).toContainText('离小榄镇约');
    await expect(station.locator('a[href^="tel:"]').first()).toBeVisible();
    await expect(station.getByRole('link', { name: '用高德地图导航' })).toHaveAttribute('href', /uri\.amap\.com/);
    // The union's free legal service, from the same data.
    await expect(station.locator('.union')).toContainText('工会也有免费法律服务');

    await context.grantPermissions(['geolocation']);
    await context.setGeolocation({ latitude: 22.611, longitude: 113.185 });
    await station.getByRole('button', { name: '用我的位置找最近的' }).click();
    await expect(station.locator('.station-name')).toHaveText(/古镇/);
    await expect(station).toContainText('离您约');
  });

  test('says so, with 12348, when the workstation list cannot be loaded', async ({ page }) => {
    await page.route('**/data/workstations.json', (route) => route.abort());
    await openResult(page, laoZhang('2025-12-23'));
    await expect(checker(page).locator('.station [role="alert"]')).toHaveText('工作站名单没有读出来。打12348问去哪里。');
    await expect(checker(page).locator('.where a[href="tel:12348"]')).toBeVisible();
  });
});

test.describe('when the result cannot load', () => {
  test('the result view fails: a plain error with 12348 and "try again", which then shows the plan', async ({ page }) => {
    await page.route('**/result-view.*.js', (route) => route.abort());
    await openReview(page, laoZhang('2025-12-23'));
    await page.getByRole('button', { name: '看结果' }).click();
    const error = checker(page).locator('[role="alert"]');
    await expect(error).toContainText('信息暂时打不开');
    await expect(error).toContainText('网络不通');
    await expect(error.locator('a[href="tel:12348"]')).toBeVisible();
    await expect(checker(page).getByText('正在读取信息…')).toHaveCount(0);
    await expectNoAxeViolations(page);
    await expectScreen(page, 'load-error-zh-CN');
    await page.setViewportSize(PHONE_ZOOM_200);
    await expectNoSidewaysScroll(page);
    await expectScreen(page, 'load-error-zh-CN-zoom');
    await page.setViewportSize(PHONE);

    await page.unroute('**/result-view.*.js');
    await error.getByRole('button', { name: '再试一次' }).click();
    await expect(checker(page).locator('.result .today')).toBeVisible();
  });

  test('the result words fail (English): the same error, never an endless loading line', async ({ page }) => {
    await page.route('**/result.en.*.js', (route) => route.abort());
    await openReview(page, laoZhang('2025-12-23'), 'en');
    await page.getByRole('button', { name: 'See the result' }).click();
    const error = checker(page).locator('[role="alert"]');
    await expect(error.locator('a[href="tel:12348"]')).toBeVisible();
    await expect(error.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expectNoAxeViolations(page);
    await expectScreen(page, 'load-error-en');
  });

  test('the question words fail: the error with 12348 instead of the first question', async ({ page }) => {
    await page.route('**/questions.zh-CN.*.js', (route) => route.abort());
    await page.goto('/check/');
    await expect(checker(page).locator('[role="alert"] a[href="tel:12348"]')).toBeVisible();
    // The page's own help stays in view.
    await expect(page.locator('.check-summary')).toBeVisible();
  });

  test('a chunk that never arrives: after the timeout, the error with 12348 and "try again"', async ({ page }) => {
    // A dead connection: the request is never answered.
    await page.route('**/result-view.*.js', () => undefined);
    await openReview(page, laoZhang('2025-12-23'), 'zh-CN', JSON.stringify({ timeout: '1500' }));
    await page.getByRole('button', { name: '看结果' }).click();
    await expect(checker(page).getByText('正在读取信息…')).toBeVisible();
    const error = checker(page).locator('[role="alert"]');
    await expect(error).toContainText('网络太慢');
    await expect(error.getByRole('button', { name: '再试一次' })).toBeVisible();
  });
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });
  test('works offline after one visit: the check, its words, the plan and the workstations', async ({ page, context }) => {
    await goOfflineAfterVisiting(page.context(), page, '/check/');
    await openResult(page, laoZhang('2025-12-23'));
    await expect(checker(page).locator('.station-name')).toHaveText('中山市法律援助中心');
    await expect(checker(page).locator('.clock')).toContainText('还剩20天');
    await context.setOffline(false);
  });
});

test.describe('domestic violence on a partner page', () => {
  test('"quick exit" leaves at once and clears the answers', async ({ page, context }) => {
    await page.route('https://weather.example.org/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>天气</title>' }));
    await openResult(page, violence, 'zh-CN', JSON.stringify({ 'quick-exit-href': 'https://weather.example.org/' }));
    await checker(page).getByRole('link', { name: '快速离开' }).click();
    await expect(page).toHaveURL('https://weather.example.org/');
    // A fresh tab (this one puts the answers back on every load): nothing is left on the phone.
    const after = await context.newPage();
    await after.goto('/check/');
    expect(await after.evaluate(() => localStorage.getItem('legal-aid-kit:eligibility'))).toBeNull();
  });

  for (const bad of ['javascript:alert(1)', 'data:text/html,hi', 'not a url at all ::']) {
    test(`a bad quick-exit-href (${bad}) falls back to the neutral site`, async ({ page }) => {
      await openReview(page, violence, 'zh-CN', JSON.stringify({ 'quick-exit-href': bad }));
      await expect(checker(page).getByRole('link', { name: '快速离开' })).toHaveAttribute('href', 'https://www.baidu.com/');
    });
  }
});

test("reads the plan aloud with the phone's Chinese voice, and hides the button without one", async ({ page }) => {
  await openResult(page, laoZhang('2025-12-07'));
  await expect(checker(page).getByRole('button', { name: '读给我听' })).toHaveCount(0);

  // A phone with a Chinese voice (the test browser has none): what is spoken is recorded.
  await page.addInitScript(() => {
    const spoken: string[] = [];
    (window as unknown as { spoken: string[] }).spoken = spoken;
    const voice = { lang: 'zh-CN', name: 'Chinese', default: true, localService: true, voiceURI: 'zh' };
    Object.defineProperty(speechSynthesis, 'getVoices', { value: () => [voice] });
    Object.defineProperty(speechSynthesis, 'speak', { value: (u: SpeechSynthesisUtterance) => spoken.push(`${u.lang}|${u.text}`) });
    Object.defineProperty(speechSynthesis, 'cancel', { value: () => undefined });
  });
  await page.reload();
  await page.getByRole('button', { name: '看结果' }).click();
  const read = checker(page).getByRole('button', { name: '读给我听' });
  await read.click();
  await expect(checker(page).getByRole('button', { name: '停止朗读' })).toHaveAttribute('aria-pressed', 'true');
  const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
  expect(spoken).toHaveLength(1);
  expect(spoken[0]).toMatch(/^zh-CN\|可以申请免费法律援助/);
  expect(spoken[0]).toContain('今天就做这件事');
  expect(spoken[0]).toContain('中山市法律援助中心');
  expect(spoken[0]).toContain('还剩4天');
  expect(spoken[0]).toContain('身份证');
});

test.describe('print and picture', () => {
  test('「打印」 prints one A4 page: the plan, the date, the answers, the checklist, the workstation and the link with its QR', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      window.print = () => void ((window as unknown as { printed: number }).printed = 1);
    });
    await openResult(page, laoZhang('2025-12-23', { needsPreservation: true }));
    await checker(page).getByRole('button', { name: '打印' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed?: number }).printed)).toBe(1);
    await expect(checker(page).locator('.print-link svg path')).toHaveCount(1);
    await page.emulateMedia({ media: 'print' });
    const sheet = checker(page).locator('.result');
    for (const words of [
      '我的法律援助办事单',
      '2026年12月3日生成',
      '我的回答',
      '老板欠我工资',
      '身份证',
      '中山市法律援助中心',
      '广东省中山市东区',
      '再查一次：https://legal-aid.example.org/check/',
    ])
      await expect(sheet).toContainText(words);
    await page.emulateMedia({ media: null });

    const pages = pdfAsPngs(await page.pdf({ format: 'A4', printBackground: true }), 60);
    expect(pages, 'the plan fits one A4 page').toHaveLength(1);
    const png = pages[0]!;
    expect(png).toMatchSnapshot('print-a4.png', { maxDiffPixelRatio: 0.002 });
  });

  for (const locale of ['zh-CN', 'en'] as const) {
    test(`"save as a picture" shows a PNG of the plan on the page to press and hold, and offers the download (${locale})`, async ({
      page,
    }) => {
      const words = {
        'zh-CN': {
          button: '存成图片',
          hold: '长按图片保存',
          alt: /^我的法律援助办事单（图片）：可以申请免费法律援助/,
          download: '下载图片',
          close: '收起图片',
        },
        en: {
          button: 'Save as a picture',
          hold: 'Press and hold the picture to save it',
          alt: /^My legal-aid plan \(picture\): Yes, you can apply for free legal aid/,
          download: 'Download the picture',
          close: 'Close the picture',
        },
      }[locale];
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await openResult(page, laoZhang('2025-12-23'), locale);
      const before = requests.length;
      await checker(page).getByRole('button', { name: words.button }).click();
      const panel = checker(page).locator('section.plan-picture');
      await expect(panel.locator('h3')).toBeFocused();
      await expect(panel).toContainText(words.hold);
      const image = panel.getByRole('img');
      await expect(image).toHaveAttribute('alt', words.alt);
      // The picture decodes as a PNG, 720 px wide and taller than wide, with the plan's dark text on white.
      const drawn = await image.evaluate(async (img: HTMLImageElement) => {
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.naturalWidth;
        canvas.height = img.naturalHeight;
        const context = canvas.getContext('2d')!;
        context.drawImage(img, 0, 0);
        const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
        let dark = 0;
        for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 128) dark++;
        return { src: img.src.slice(0, 22), width: img.naturalWidth, height: img.naturalHeight, dark: dark / (pixels.length / 4) };
      });
      expect(drawn.src).toBe('data:image/png;base64,');
      expect(drawn.width).toBe(720);
      expect(drawn.height).toBeGreaterThan(900);
      expect(drawn.dark, 'the plan is drawn, not a blank picture').toBeGreaterThan(0.02);
      await expectNoAxeViolations(page);
      await expectScreen(page, `picture-${locale}`);

      // The download, for browsers that keep it: the same PNG, named after the plan.
      const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('link', { name: words.download }).click()]);
      expect(download.suggestedFilename()).toBe(locale === 'en' ? 'My legal-aid plan.png' : '我的法律援助办事单.png');
      const png = fs.readFileSync(await download.path());
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(drawn.width);
      expect(png.readUInt32BE(20)).toBe(drawn.height);
      // Nothing uploaded: the only requests after the tap are the picture code itself.
      expect(requests.slice(before).filter((url) => !url.includes('/_assets/'))).toEqual([]);

      await panel.getByRole('button', { name: words.close }).click();
      await expect(panel).toHaveCount(0);
    });
  }
});

test('"add to my calendar" downloads the safe date with the chosen workstation, reminders 30, 7 and 1 day before (issue 20)', async ({
  page,
}) => {
  await openResult(page, laoZhang('2025-12-23'));
  await checker(page).getByRole('combobox').selectOption('east');
  await expect(checker(page).locator('.station-card')).toContainText('约');
  const address = (await checker(page).locator('.station-card p').nth(1).textContent())!.trim();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    checker(page)
      .getByRole('button', { name: /加到手机日历/ })
      .click(),
  ]);
  const vevent = new ICAL.Component(ICAL.parse(fs.readFileSync(await download.path(), 'utf8'))).getFirstSubcomponent('vevent')!;
  const event = new ICAL.Event(vevent);
  expect(event.startDate.toString()).toBe('2026-12-23');
  expect(event.summary).toBe('申请劳动仲裁的最后安全日期');
  expect(event.location).toBe(address);
  expect(event.description).toContain(address);
  expect(event.description).toContain('12348');
  const rings = vevent.getAllSubcomponents('valarm').map((alarm) => {
    const at = event.startDate.clone();
    at.isDate = false;
    at.addDuration(alarm.getFirstPropertyValue('trigger') as ICAL.Duration);
    return at.toString();
  });
  expect(rings).toEqual(['2026-11-23T09:00:00', '2026-12-16T09:00:00', '2026-12-22T09:00:00']);
});
