import { aTimeout, elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/eligibility/eligibility-checker.define.js';
import type { LaEligibilityChecker } from '../../components/eligibility/eligibility-checker.js';
import type { LaEligibilityResultEvent } from '../../components/eligibility/eligibility-events.js';

const TODAY = '2026-11-29';
const packs = await Promise.all(['000000', '440000', '442000'].map(async (r) => (await fetch(`/content/rules/${r}.json`)).json()));
const rules = { packs };

const root = (el: LaEligibilityChecker) => el.shadowRoot!;
const text = (el: LaEligibilityChecker) => root(el).textContent!.replace(/\s+/g, ' ');
const heading = (el: LaEligibilityChecker) => root(el).querySelector('h2')?.textContent?.trim() ?? '';
const field = (el: LaEligibilityChecker) => root(el).querySelector<HTMLFormElement>('form')?.dataset['field'];
const button = (el: LaEligibilityChecker, words: string) =>
  [...root(el).querySelectorAll('button')].find((b) => b.textContent!.includes(words)) as HTMLButtonElement;

async function checker(attrs: { lang?: string; region?: string; mapHref?: string } = {}): Promise<LaEligibilityChecker> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${attrs.lang ?? 'zh-CN'}>
      <la-eligibility-checker today=${TODAY} region=${attrs.region ?? '442000'} map-href=${attrs.mapHref ?? '/map/'} .data=${rules}
        ><p>服务器上的说明</p></la-eligibility-checker
      >
    </div>`,
  );
  const el = wrapper.querySelector('la-eligibility-checker')!;
  await waitUntil(() => field(el), 'the first question shows', { timeout: 10_000 });
  return el;
}

// A test that ticks "keep on this phone" must not leak answers into the next one.
beforeEach(() => localStorage.clear());

type Plan = Record<string, string | number | undefined>;

/** Answers the question on screen from the plan (missing from the plan: "not sure"/skip). */
async function answerCurrent(el: LaEligibilityChecker, plan: Plan): Promise<void> {
  const name = field(el)!;
  const value = plan[name];
  const form = root(el).querySelector('form')!;
  if (value === undefined) {
    const skip = form.querySelector<HTMLButtonElement>('button[value="skip"]') ?? null;
    if (skip) skip.click();
    else {
      form.querySelector<HTMLInputElement>('input[value="unsure"]')!.click();
      form.querySelector<HTMLButtonElement>('button.primary')!.click();
    }
  } else {
    if (form.querySelector('input[type="radio"]')) form.querySelector<HTMLInputElement>(`input[value="${value}"]`)!.click();
    else if (form.querySelector('input[name="year"]')) {
      const [y, m, d] = String(value).split('-');
      for (const [part, v] of [
        ['year', y],
        ['month', m],
        ['day', d],
      ] as const)
        form.querySelector<HTMLInputElement>(`input[name="${part}"]`)!.value = v!;
    } else form.querySelector<HTMLInputElement>('input[name="amount"]')!.value = String(value);
    form.querySelector<HTMLButtonElement>('button.primary')!.click();
  }
  await elementUpdated(el);
  // After the first answer the rules engine arrives (it loads on use): wait for the next screen.
  await waitUntil(() => !root(el).querySelector('.la-status'), 'the next screen shows', { timeout: 10_000 });
}

/** Answers every question until "check your answers"; returns the fields asked, in order. */
async function answerAll(el: LaEligibilityChecker, plan: Plan): Promise<string[]> {
  const asked: string[] = [];
  while (field(el)) {
    asked.push(field(el)!);
    await answerCurrent(el, plan);
    expect(root(el).querySelector('[role="alert"]')?.textContent ?? '', `no error at ${field(el)}`).to.equal('');
  }
  return asked;
}

async function seeResult(el: LaEligibilityChecker): Promise<LaEligibilityResultEvent> {
  await waitUntil(() => button(el, '看结果') || button(el, 'See the result'), 'the review screen shows', { timeout: 10_000 });
  const event = oneEvent(el, 'la-eligibility-result') as Promise<LaEligibilityResultEvent>;
  (button(el, '看结果') ?? button(el, 'See the result')).click();
  const result = await event;
  await waitUntil(() => root(el).querySelector('.result'), 'the result shows', { timeout: 10_000 });
  return result;
}

const migrantOwedWages: Plan = {
  matter: 'unpaid-wages',
  ruralWorker: 'yes',
  proofOfStatus: 'yes',
  employment: 'ongoing',
  writtenContract: 'no',
  startedWork: '2026-06-20',
  construction: 'no',
  hasIou: 'no',
  needsPreservation: 'no',
  pension: 'none',
};

describe('a worker owed wages goes through the check one question at a time', () => {
  it('asks only what the case needs, checks every screen with axe, and ends in a one-sentence yes', async function () {
    // Thirteen axe runs on a shared 2-core machine need more than the default 10 s.
    this.timeout(60_000);
    const el = await checker();
    expect(heading(el)).to.equal('您遇到了什么事？');
    await expect(el).to.be.accessible();
    const asked: string[] = [];
    while (field(el)) {
      asked.push(field(el)!);
      await answerCurrent(el, migrantOwedWages);
      await expect(el).to.be.accessible();
    }
    // A migrant worker with papers is never asked about income or benefits.
    expect(asked).to.deep.equal([
      'matter',
      'ruralWorker',
      'proofOfStatus',
      'employment',
      'writtenContract',
      'startedWork',
      'construction',
      'hasIou',
      'claimAmount',
      'needsPreservation',
      'pension',
    ]);
    await seeResult(el);
    expect(heading(el)).to.equal('可以申请免费法律援助。不用查您家的经济困难。');
    expect(text(el)).to.contain('超过一个月没签书面合同，可以要双倍工资');
    await expect(el).to.be.accessible();
  });

  it('shows progress and moves focus to each new question heading', async () => {
    const el = await checker();
    expect(root(el).querySelector('.progress')!.textContent).to.equal('第1题');
    await answerCurrent(el, migrantOwedWages);
    expect(root(el).querySelector('.progress')!.textContent).to.match(/^第2题，还有约\d+题$/);
    expect(root(el).activeElement?.textContent).to.equal(heading(el));
    expect(heading(el)).to.equal('您是农村户口、到城里打工的吗？');
  });

  it('goes back with the answer kept, and changes an answer from "check your answers"', async () => {
    const el = await checker();
    await answerCurrent(el, migrantOwedWages);
    button(el, '返回上一步').click();
    await elementUpdated(el);
    expect(field(el)).to.equal('matter');
    expect(root(el).querySelector<HTMLInputElement>('input[value="unpaid-wages"]')!.checked).to.equal(true);
    await answerAll(el, migrantOwedWages);
    expect(heading(el)).to.equal('核对您的回答');
    await expect(el).to.be.accessible();
    expect(text(el)).to.contain('2026年6月20日');
    // Change "still employed" to "left": the new questions this needs come next, then the review again.
    const change = [...root(el).querySelectorAll('.review div')]
      .find((row) => row.textContent!.includes('还在这个老板'))!
      .querySelector('button')!;
    change.click();
    await elementUpdated(el);
    expect(field(el)).to.equal('employment');
    const asked = await answerAll(el, { ...migrantOwedWages, employment: 'ended', employmentEnded: '2026-11-25' });
    expect(asked).to.deep.equal(['employment', 'employmentEnded', 'lastInterruption']);
    expect(heading(el)).to.equal('核对您的回答');
    await seeResult(el);
    expect(root(el).querySelector('.clock')!.textContent).to.contain('2027年11月25日');
  });

  it('can be done with the keyboard alone', async () => {
    const el = await checker();
    root(el).querySelector<HTMLInputElement>('input[value="unpaid-wages"]')!.focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await elementUpdated(el);
    expect(field(el)).to.equal('ruralWorker');
    // Focus is on the new heading, so the next Tab reaches the first answer.
    expect(root(el).activeElement?.tagName).to.equal('H2');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    expect(root(el).querySelector<HTMLInputElement>('input[value="yes"]')!.checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await elementUpdated(el);
    expect(field(el)).to.equal('proofOfStatus');
  });
});

describe('mistakes are explained and announced', () => {
  it('asks for an answer when none is chosen', async () => {
    const el = await checker();
    root(el).querySelector<HTMLButtonElement>('button.primary')!.click();
    await elementUpdated(el);
    const alert = root(el).querySelector('[role="alert"]')!;
    expect(alert.textContent).to.equal('请选一项。');
    expect(root(el).querySelector('fieldset')!.getAttribute('aria-describedby')).to.contain('error');
    expect(field(el)).to.equal('matter');
    await expect(el).to.be.accessible();
  });

  it('rejects an impossible date and a date after today', async () => {
    const el = await checker();
    const plan = { matter: 'work-injury', ruralWorker: 'yes', proofOfStatus: 'yes', occupationalDisease: 'no' };
    for (let i = 0; i < 4; i++) await answerCurrent(el, plan);
    expect(field(el)).to.equal('injuryDate');
    await answerCurrent(el, { injuryDate: '2026-02-30' });
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.equal('请填一个真实的日期。');
    await answerCurrent(el, { injuryDate: '2027-01-01' });
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.equal('日期不能晚于今天。');
    await answerCurrent(el, { injuryDate: '2026-01-29' });
    expect(field(el)).to.equal('employerAppliedInjury');
  });

  it('rejects an amount that is not a number', async () => {
    const el = await checker();
    await answerCurrent(el, { matter: 'traffic-accident' });
    await answerCurrent(el, { commuting: 'no' });
    await answerCurrent(el, { assistance: 'none' });
    await answerCurrent(el, { householdIncomePerCapita: '两千' });
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.equal('请填一个数字，比如 2000。');
  });
});

describe('the result says what to do', () => {
  it('warns when fewer than 7 days are left, with the date and days left', async () => {
    const el = await checker();
    await answerAll(el, { ...migrantOwedWages, employment: 'ended', employmentEnded: '2025-12-03', startedWork: '2025-06-20' });
    await seeResult(el);
    expect(root(el).querySelector('.urgent')!.textContent).to.contain('离期限只剩4天');
    expect(root(el).querySelector('.clock')!.textContent).to.contain('2026年12月3日');
    expect(root(el).querySelector('.clock')!.textContent).to.contain('还剩4天');
    await expect(el).to.be.accessible();
  });

  it('gives each reason its legal basis, a printable checklist, the map by issue and the hotlines', async () => {
    const el = await checker();
    await answerAll(el, migrantOwedWages);
    await seeResult(el);
    const details = [...root(el).querySelectorAll('details')];
    expect(details.map((d) => d.textContent).join(' ')).to.contain('《中华人民共和国法律援助法》第四十二条第（三）项');
    expect(root(el).querySelector('.checklist')!.textContent).to.contain('身份证');
    expect(root(el).querySelector<HTMLAnchorElement>('a[href="/map/?issue=unpaid-wages"]')).to.exist;
    expect(root(el).querySelector('a[href="tel:12348"]')).to.exist;
    expect(root(el).querySelector('a[href="tel:12333"]')).to.exist;
  });

  it('prints the checklist with every reason opened', async () => {
    const el = await checker();
    await answerAll(el, migrantOwedWages);
    await seeResult(el);
    const print = window.print;
    let printed = 0;
    window.print = () => printed++;
    try {
      button(el, '打印这张清单').click();
    } finally {
      window.print = print;
    }
    expect(printed).to.equal(1);
    expect([...root(el).querySelectorAll('details')].every((d) => d.open)).to.equal(true);
  });

  it('offers the free alternatives to an urban worker above the standard', async () => {
    const el = await checker();
    await answerAll(el, {
      matter: 'unpaid-wages',
      ruralWorker: 'no',
      assistance: 'none',
      householdIncomePerCapita: 4200,
      employment: 'ongoing',
    });
    const { detail } = await seeResult(el);
    expect(detail.assessment.legalAid).to.equal('not-eligible');
    expect(heading(el)).to.contain('一般不能免费请律师');
    expect(text(el)).to.contain('还可以这样做（不花钱）');
    expect(text(el)).to.contain('到劳动争议仲裁委员会申请仲裁，不收费');
    expect(text(el)).to.contain('每人每月2,592元');
    await expect(el).to.be.accessible();
  });

  it('refers a contractor claiming material costs elsewhere', async () => {
    const el = await checker();
    const asked = await answerAll(el, { matter: 'project-payment' });
    expect(asked).to.deep.equal(['matter']);
    await seeResult(el);
    expect(heading(el)).to.equal('这件事不在法律援助范围内。下面告诉您可以找谁。');
    expect(text(el)).to.contain('到法院起诉');
  });

  it('fires la-eligibility-result with the assessment only', async () => {
    const el = await checker();
    await answerAll(el, migrantOwedWages);
    const event = await seeResult(el);
    expect(event.bubbles && event.composed).to.equal(true);
    expect(Object.keys(event.detail)).to.deep.equal(['assessment']);
    expect(event.detail.assessment.economicCheck).to.equal('waived');
  });
});

describe('English, large text and bad data', () => {
  it('speaks plain English on an English page, to the end', async () => {
    const el = await checker({ lang: 'en' });
    expect(heading(el)).to.equal('What has happened to you?');
    await answerAll(el, migrantOwedWages);
    expect(heading(el)).to.equal('Check your answers');
    await seeResult(el);
    expect(heading(el)).to.equal('Yes, you can apply for free legal aid. Your household income will not be checked.');
    expect(text(el)).to.contain('Legal Aid Law of the PRC, article 42(3)');
    await expect(el).to.be.accessible();
  });

  it('makes text and targets bigger in large-text mode', async () => {
    const el = await checker();
    const before = parseFloat(getComputedStyle(root(el).querySelector('h2')!).fontSize);
    el.largeText = true;
    await elementUpdated(el);
    expect(parseFloat(getComputedStyle(root(el).querySelector('h2')!).fontSize)).to.be.greaterThan(before * 1.2);
    expect(root(el).querySelector('.choice')!.getBoundingClientRect().height).to.be.at.least(57);
    await expect(el).to.be.accessible();
  });

  it('shows the hotline and keeps the page help when the rules cannot be loaded', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <la-eligibility-checker src="/__fixtures/status/404"><p>服务器上的说明</p></la-eligibility-checker>
      </div>`,
    );
    const el = wrapper.querySelector('la-eligibility-checker')!;
    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'the error shows', { timeout: 10_000 });
    expect(root(el).querySelector('a[href="tel:12348"]')).to.exist;
    expect(root(el).querySelector('slot')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('uses the national rules when no rules are given', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><la-eligibility-checker today=${TODAY}></la-eligibility-checker></div>`);
    const el = wrapper.querySelector('la-eligibility-checker')!;
    await waitUntil(() => field(el), 'the first question shows', { timeout: 10_000 });
    await answerAll(el, { matter: 'traffic-accident', assistance: 'none' });
    await seeResult(el);
    expect(text(el)).to.contain('当地的困难标准，请问法律援助中心');
  });
});

describe('privacy: answers stay on the phone and only if asked', () => {
  it('stores nothing, anywhere, unless the worker opts in', async () => {
    localStorage.clear();
    sessionStorage.clear();
    const el = await checker();
    await answerAll(el, migrantOwedWages);
    await seeResult(el);
    expect(localStorage.length).to.equal(0);
    expect(sessionStorage.length).to.equal(0);
    expect(document.cookie).to.equal('');
  });

  it('keeps answers on this phone after opting in, and "exit and clear" removes them', async () => {
    const el = await checker();
    root(el).querySelector<HTMLInputElement>('.privacy input[type="checkbox"]')!.click();
    await answerCurrent(el, migrantOwedWages);
    await elementUpdated(el);
    expect(localStorage.length).to.equal(1);
    const again = await checker();
    expect(field(again)).to.equal('ruralWorker');
    button(again, '退出并清除').click();
    await elementUpdated(again);
    expect(localStorage.length).to.equal(0);
    expect(field(again)).to.equal('matter');
    await aTimeout(0);
    expect(root(again).querySelector('[role="status"]')!.textContent).to.equal('已清除您的回答。');
  });
});
