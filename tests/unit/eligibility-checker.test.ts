import { aTimeout, elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/eligibility/eligibility-checker.define.js';
import type { LaEligibilityChecker } from '../../components/eligibility/eligibility-checker.js';
import type { LaEligibilityResultEvent } from '../../components/eligibility/eligibility-events.js';
import { MATTERS } from '../../components/eligibility/engine/types.js';

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
  let form = root(el).querySelector('form')!;
  // A matter of the second list is reached through 「别的事」.
  const more = root(el).querySelector('h2')!.textContent === '是哪一类事？';
  if (name === 'matter' && !more && value !== undefined && (value === 'other' || !form.querySelector(`input[value="${value}"]`))) {
    form.querySelector<HTMLInputElement>('input[value="other"]')!.click();
    form.querySelector<HTMLButtonElement>('button.primary')!.click();
    await elementUpdated(el);
    form = root(el).querySelector('form')!;
  }
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

/** The app's Back button: a step back in the history, shown when the popstate arrives. */
async function goBack(el: LaEligibilityChecker): Promise<void> {
  const before = heading(el);
  button(el, '返回上一步').click();
  await waitUntil(() => heading(el) !== before, 'Back shows the screen before');
}

/** The phone's Forward, waiting for the heading named. */
async function popForward(el: LaEligibilityChecker, to: string): Promise<void> {
  history.forward();
  await waitUntil(() => heading(el) === to, `Forward reaches ${to}`);
}

/** Answers from the plan until the named question shows (a bounded loop: a missed question fails, not hangs). */
async function answerUntil(el: LaEligibilityChecker, plan: Plan, name: string): Promise<void> {
  for (let i = 0; field(el) !== name; i++) {
    if (i > 20 || !field(el)) throw new Error(`${name} never came (at ${field(el) ?? heading(el)})`);
    await answerCurrent(el, plan);
  }
}

/** Submits the question on screen as it is and sees the result from the review. */
async function seeResultAfterReview(el: LaEligibilityChecker): Promise<void> {
  root(el).querySelector<HTMLButtonElement>('button.primary')!.click();
  await elementUpdated(el);
  await seeResult(el);
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
    await goBack(el);
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
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.equal('请填真实的年、月、日，比如 2025年12月3日。');
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
    await answerCurrent(el, { householdIncomePerCapita: '两千多' });
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.equal('请填一个数字，比如 2000 或 1.5万。');
    await answerCurrent(el, { householdIncomePerCapita: '一千五' });
    expect(root(el).querySelector('[role="alert"]')).to.equal(null);
    expect(field(el)).not.to.equal('householdIncomePerCapita');
  });

  it('takes dates and amounts as workers write them, and says what "not sure" and "only the month" mean', async () => {
    const el = await checker();
    const plan = { ...migrantOwedWages, employment: 'ended', startedWork: '2025-06-20' };
    await answerUntil(el, plan, 'employmentEnded');
    // "Not sure" about the day the deadline runs from says what it costs.
    const skip = root(el).querySelector<HTMLButtonElement>('button[value="skip"]')!;
    const note = root(el).querySelector(`#${skip.getAttribute('aria-describedby')}`)!;
    expect(note.textContent).to.equal('选“不清楚”，就算不出期限还剩几天。期限可能快到了，请尽快打12348问。');
    // A day left empty: the error says what to type, and how to give the month alone.
    await answerCurrent(el, { employmentEnded: '２０２６-１-' });
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.equal('请填哪一天，比如 3。记不清哪天，就勾“只记得哪年哪月”。');
    const monthOnly = root(el).querySelector<HTMLInputElement>('input[name="monthOnly"]')!;
    expect(monthOnly.checked).to.equal(false);
    monthOnly.click();
    await elementUpdated(el);
    expect(root(el).querySelector('input[name="day"]'), 'no day box for the month alone').to.equal(null);
    expect(root(el).querySelector('.warning')!.textContent).to.equal('只填年和月，期限就按那个月的1号算，这样不会错过。');
    await expect(el).to.be.accessible();
    const form = root(el).querySelector('form')!;
    form.querySelector<HTMLInputElement>('input[name="year"]')!.value = '26';
    form.querySelector<HTMLInputElement>('input[name="month"]')!.value = '１';
    form.querySelector<HTMLButtonElement>('button.primary')!.click();
    await elementUpdated(el);
    expect(field(el)).to.equal('lastInterruption');
    await answerUntil(el, plan, 'claimAmount');
    await answerCurrent(el, { claimAmount: '1.5万' });
    await answerAll(el, plan);
    expect(text(el)).to.contain('2026年1月');
    expect(text(el)).to.contain('15,000');
    // Back on the month question shows the month alone, ticked as the worker left it.
    const change = [...root(el).querySelectorAll('.review div')].find((row) => row.textContent!.includes('哪天不干'))!;
    change.querySelector('button')!.click();
    await elementUpdated(el);
    expect(root(el).querySelector<HTMLInputElement>('input[name="monthOnly"]')!.checked).to.equal(true);
    expect(root(el).querySelector<HTMLInputElement>('input[name="month"]')!.value).to.equal('1');
    await seeResultAfterReview(el);
    expect(text(el)).to.contain('您只记得月份，这里按那个月的第一天算期限。');
  });

  it('says in the answers that "not sure" about the date leaves no deadline', async () => {
    const el = await checker();
    await answerAll(el, { ...migrantOwedWages, employment: 'ended' });
    expect(text(el)).to.contain('不清楚（算不出期限）');
  });
});

describe('the result says what to do', () => {
  it('turns the clock red when fewer than 7 days are left, with the date, the days left and aid first', async () => {
    const el = await checker();
    await answerAll(el, { ...migrantOwedWages, employment: 'ended', employmentEnded: '2025-12-03', startedWork: '2025-06-20' });
    await seeResult(el);
    const clock = root(el).querySelector('.clock')!;
    expect(clock.classList.contains('clock-red')).to.equal(true);
    expect(clock.textContent).to.contain('时间很紧，今天就去办！');
    expect(clock.textContent).to.contain('2026年12月3日');
    expect(clock.textContent).to.contain('还剩4天');
    expect(clock.textContent).to.contain('法律援助可以先给');
    await expect(el).to.be.accessible();
  });

  it('gives each reason its legal basis, a printable checklist, the map by issue and the hotlines', async () => {
    const el = await checker();
    await answerAll(el, migrantOwedWages);
    await seeResult(el);
    const why = root(el).querySelector<HTMLDetailsElement>('details.why')!;
    expect(why.open, 'the reasons are collapsed').to.equal(false);
    expect(why.textContent).to.contain('《中华人民共和国法律援助法》第四十二条第（三）项');
    expect(root(el).querySelector('.checklist')!.textContent).to.contain('身份证');
    expect(root(el).querySelector<HTMLAnchorElement>('a[href="/map/?issue=unpaid-wages"]')).to.exist;
    expect(root(el).querySelector('a[href="tel:12348"]')).to.exist;
    expect(root(el).querySelector('a[href="tel:12333"]')).to.exist;
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
    expect(text(el)).to.contain('还可以这样做');
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
    // A court case is not free: the step says so.
    expect(root(el).querySelector('.today-step')!.textContent).to.contain('到法院起诉（要交诉讼费，困难的可以申请缓交、减交、免交）');
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

describe('a new question never shows an answer the worker did not give on it', () => {
  // Valid answers for the typed questions; each choice is picked by position, so the option ticked on one
  // question sits where a reused radio on the next one would stay ticked.
  const typed: Record<string, string> = {
    employmentEnded: '2026-01-10',
    lastInterruption: '2026-03-05',
    injuryDate: '2026-01-29',
    diagnosisDate: '2026-02-02',
    iouDate: '2026-02-10',
    startedWork: '2025-06-20',
    householdIncomePerCapita: '1500',
    claimAmount: '30000',
  };
  type Pick = 'first' | 'second' | 'last';
  const at = (count: number, pick: Pick) => (pick === 'first' ? 0 : pick === 'second' ? 1 : count - 1);
  const inputs = (el: LaEligibilityChecker) => [...root(el).querySelectorAll<HTMLInputElement>('form input')];

  /** Nothing ticked, nothing typed: what a question the worker has not answered yet must look like. */
  function expectBlank(el: LaEligibilityChecker, where: string): void {
    const given = inputs(el).filter((i) => (i.type === 'radio' || i.type === 'checkbox' ? i.checked : i.value !== ''));
    expect(
      given.map((i) => `${i.name}=${i.value}`),
      `${where}: ${field(el)} shows an answer`,
    ).to.deep.equal([]);
  }

  /** The question on screen shows exactly the answer given to it before. */
  function expectShows(el: LaEligibilityChecker, shown: string[], where: string): void {
    const now = inputs(el)
      .filter((i) => (i.type === 'radio' ? i.checked : i.type !== 'checkbox' && i.value !== ''))
      .map((i) => i.value);
    expect(now, `${where}: ${field(el)} after Back`).to.deep.equal(shown);
  }

  async function tap(el: LaEligibilityChecker, pick: Pick): Promise<string[]> {
    const form = root(el).querySelector('form')!;
    const radios = [...form.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    let shown: string[];
    if (radios.length) {
      const radio = radios[at(radios.length, pick)]!;
      radio.click();
      shown = [radio.value];
    } else {
      const value = typed[field(el)!]!;
      if (form.querySelector('input[name="year"]')) {
        shown = value.split('-').map((part) => String(Number(part)));
        ['year', 'month', 'day'].forEach((name, i) => (form.querySelector<HTMLInputElement>(`input[name="${name}"]`)!.value = shown[i]!));
      } else {
        shown = [value];
        form.querySelector<HTMLInputElement>('input[name="amount"]')!.value = value;
      }
    }
    form.querySelector<HTMLButtonElement>('button.primary')!.click();
    await elementUpdated(el);
    return shown;
  }

  for (const pick of ['first', 'second', 'last'] as const)
    it(`by tap, picking the ${pick} option of every question, on every matter, with Back on each`, async function () {
      this.timeout(120_000);
      for (const matter of MATTERS) {
        const el = await checker();
        await answerCurrent(el, { matter });
        const seen: string[] = [];
        while (field(el)) {
          const where = `${matter}/${pick} after ${seen.join('>')}`;
          expectBlank(el, where);
          const name = field(el)!;
          seen.push(name);
          const shown = await tap(el, pick);
          if (root(el).querySelector('[role="alert"]')) throw new Error(`${where}: ${name} rejected ${shown.join('-')}`);
          // Back shows the worker's own answer on that question, and only that.
          await goBack(el);
          expect(field(el)).to.equal(name);
          expectShows(el, shown, where);
          root(el).querySelector<HTMLButtonElement>('button.primary')!.click();
          await elementUpdated(el);
        }
        expect(heading(el), `${matter}/${pick} reaches the review`).to.equal('核对您的回答');
        el.parentElement!.remove();
      }
    });

  it('by keyboard: Tab never lands on an answer the worker did not tick, on every matter', async function () {
    this.timeout(120_000);
    for (const matter of MATTERS) {
      const el = await checker();
      await answerCurrent(el, { matter });
      let step = 0;
      while (field(el)) {
        const name = field(el)!;
        const where = `${matter} by keyboard at ${name}`;
        expect(root(el).activeElement?.tagName, `${where}: focus on the heading`).to.equal('H2');
        await sendKeys({ press: 'Tab' });
        const first = root(el).activeElement as HTMLInputElement;
        expect(first.tagName, where).to.equal('INPUT');
        expectBlank(el, where);
        if (first.type === 'radio') {
          // Space ticks the first answer; ArrowDown moves on (and ticks) — alternating positions on each question.
          await sendKeys({ press: 'Space' });
          const count = root(el).querySelectorAll('input[type="radio"]').length;
          for (let i = 0; i < (step % 2 ? count - 1 : 0); i++) await sendKeys({ press: 'ArrowDown' });
          await sendKeys({ press: 'Tab' });
          await sendKeys({ press: 'Enter' });
        } else if (first.name === 'year') {
          const [y, m, d] = typed[name]!.split('-');
          await sendKeys({ type: y! });
          await sendKeys({ press: 'Tab' });
          await sendKeys({ type: String(Number(m)) });
          await sendKeys({ press: 'Tab' });
          await sendKeys({ type: String(Number(d)) });
          await sendKeys({ press: 'Enter' });
        } else {
          await sendKeys({ type: typed[name]! });
          await sendKeys({ press: 'Enter' });
        }
        await elementUpdated(el);
        if (root(el).querySelector('[role="alert"]')) throw new Error(`${where}: rejected`);
        step++;
      }
      expect(heading(el), `${matter} reaches the review`).to.equal('核对您的回答');
      el.parentElement!.remove();
    }
  });
});

describe("the phone's Back and Forward move between questions", () => {
  const radio = (el: LaEligibilityChecker) => root(el).querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value;
  const popTo = async (el: LaEligibilityChecker, go: () => void, to: string) => {
    go();
    await waitUntil(() => field(el) === to || (to === 'review' && heading(el) === '核对您的回答'), `history reaches ${to}`);
  };

  it('keeps every answer in memory, with nothing but a step number in the history and the URL', async () => {
    const url = location.href;
    const el = await checker();
    await answerCurrent(el, migrantOwedWages);
    await answerCurrent(el, migrantOwedWages);
    expect(field(el)).to.equal('proofOfStatus');
    await popTo(el, () => history.back(), 'ruralWorker');
    expect(radio(el)).to.equal('yes');
    expect(root(el).activeElement?.tagName, 'focus on the question').to.equal('H2');
    await popTo(el, () => history.back(), 'matter');
    expect(radio(el)).to.equal('unpaid-wages');
    await popTo(el, () => history.forward(), 'ruralWorker');
    expect(radio(el)).to.equal('yes');
    await popTo(el, () => history.forward(), 'proofOfStatus');
    expect(radio(el)).to.equal(undefined);
    expect(location.href).to.equal(url);
    expect(JSON.stringify(history.state)).to.match(/^\{"la-eligibility-step":\d+\}$/);
  });

  it("agrees with the app's own Back button, and reaches the review and back again", async () => {
    const el = await checker();
    const asked = await answerAll(el, migrantOwedWages);
    const [before, last] = asked.slice(-2) as [string, string];
    expect(heading(el)).to.equal('核对您的回答');
    await goBack(el);
    expect(field(el)).to.equal(last);
    const lastAnswer = radio(el);
    expect(lastAnswer).to.be.a('string');
    await popTo(el, () => history.forward(), 'review');
    await popTo(el, () => history.back(), last);
    expect(radio(el)).to.equal(lastAnswer);
    await popTo(el, () => history.back(), before);
    expect(radio(el)).to.be.a('string');
  });
});

describe('the questions speak as workers do', () => {
  const labels = (el: LaEligibilityChecker) => [...root(el).querySelectorAll('.choice')].map((c) => c.textContent!.trim());

  it('asks what happened after 「别的事」, with the other matters, before anything else', async () => {
    const el = await checker();
    expect(labels(el)).to.include('别的事');
    expect(labels(el)).not.to.include('被老板开除、辞退');
    root(el).querySelector<HTMLInputElement>('input[value="other"]')!.click();
    root(el).querySelector<HTMLButtonElement>('button.primary')!.click();
    await elementUpdated(el);
    expect(heading(el)).to.equal('是哪一类事？');
    expect(labels(el)).to.deep.equal([
      '被老板开除、辞退',
      '加班不给加班费',
      '要赡养费、抚养费或扶养费',
      '看病出了医疗事故，或吃的药、食品出了事故',
      '要国家赔偿',
      '都不是，是别的事',
    ]);
    expect(root(el).querySelector('input:checked'), 'nothing ticked on the second screen').to.equal(null);
    await expect(el).to.be.accessible();
    // Back returns to the first screen with 「别的事」 as the worker ticked it.
    await goBack(el);
    expect(heading(el)).to.equal('您遇到了什么事？');
    await waitUntil(() => root(el).querySelector<HTMLInputElement>('input[value="other"]')?.checked, '别的事 stays ticked');
    await popForward(el, '是哪一类事？');
    root(el).querySelector<HTMLInputElement>('input[value="dismissal"]')!.click();
    root(el).querySelector<HTMLButtonElement>('button.primary')!.click();
    await waitUntil(() => field(el) === 'ruralWorker', 'a dismissed worker is asked about his status next');
    // "Something else" is asked about and never ends out of scope.
    const other = await checker();
    await answerAll(other, { matter: 'other', assistance: 'none' });
    const { detail } = await seeResult(other);
    expect(detail.assessment.legalAid).not.to.equal('out-of-scope');
  });

  it('answers yes/no questions in their own words: 签了/没签, 能/不能, 写过/没写过', async () => {
    const el = await checker();
    await answerUntil(el, migrantOwedWages, 'proofOfStatus');
    expect(heading(el)).to.equal('您能拿出材料，证明您是农民工吗？');
    expect(labels(el)).to.deep.equal(['能', '不能', '不清楚']);
    await answerUntil(el, migrantOwedWages, 'writtenContract');
    expect(labels(el)).to.deep.equal(['签了', '没签', '不清楚']);
    await answerUntil(el, migrantOwedWages, 'startedWork');
    expect(root(el).querySelector('#hint')!.textContent).to.contain('所以要知道您哪天开始干');
    await answerUntil(el, migrantOwedWages, 'hasIou');
    expect(labels(el)).to.deep.equal(['写过', '没写过', '不清楚']);
  });

  it('never counts more questions left than the question before did', async () => {
    for (const plan of [
      migrantOwedWages,
      { matter: 'unpaid-wages', ruralWorker: 'no', assistance: 'none', householdIncomePerCapita: 4200, employment: 'ongoing' },
    ]) {
      const el = await checker();
      const lefts: number[] = [];
      while (field(el)) {
        const line = root(el).querySelector('.progress')!.textContent!;
        lefts.push(Number(/还有约(\d+)题/.exec(line)?.[1] ?? 0));
        await answerCurrent(el, plan);
      }
      for (let i = 2; i < lefts.length; i++) expect(lefts[i], `${lefts.join(',')}`).to.be.at.most(Math.max(lefts[i - 1]! - 1, 0));
    }
  });
});

describe('「读给我听」 reads each question with its answers', () => {
  const synth = speechSynthesis;
  const voice = (lang: string) => ({ lang, name: lang }) as SpeechSynthesisVoice;
  const original = { getVoices: synth.getVoices, speak: synth.speak, cancel: synth.cancel };
  let spoken: SpeechSynthesisUtterance[] = [];
  let cancelled = 0;
  beforeEach(() => {
    spoken = [];
    cancelled = 0;
    synth.speak = (utterance) => void spoken.push(utterance);
    synth.cancel = () => void cancelled++;
  });
  afterEach(() => Object.assign(synth, original));
  const read = (el: LaEligibilityChecker) => root(el).querySelector<HTMLButtonElement>('button.read');

  it('is not shown where the phone has no voice for the language', async () => {
    synth.getVoices = () => [voice('en-US')];
    const el = await checker();
    expect(read(el)).to.equal(null);
  });

  it('reads the question, its hint and every answer in the phone’s Chinese voice, and stops', async () => {
    synth.getVoices = () => [voice('zh-CN')];
    const el = await checker();
    expect(read(el)!.textContent!.trim()).to.equal('读给我听');
    read(el)!.click();
    await elementUpdated(el);
    expect(spoken).to.have.length(1);
    expect(spoken[0]!.lang).to.equal('zh-CN');
    expect(spoken[0]!.text.split('\n')).to.include.members(['您遇到了什么事？', '老板欠我工资', '别的事']);
    expect(read(el)!.getAttribute('aria-pressed')).to.equal('true');
    expect(read(el)!.textContent!.trim()).to.equal('停止朗读');
    await expect(el).to.be.accessible();
    read(el)!.click();
    await elementUpdated(el);
    expect(read(el)!.getAttribute('aria-pressed')).to.equal('false');
    // The next question is read with its own words, and moving on stops the reading.
    read(el)!.click();
    await answerCurrent(el, migrantOwedWages);
    await waitUntil(() => field(el) === 'ruralWorker', 'the next question shows');
    expect(cancelled).to.be.greaterThan(2);
    read(el)!.click();
    expect(spoken.at(-1)!.text).to.equal('您是农村户口、到城里打工的吗？\n也就是“农民工”。\n是\n不是\n不清楚');
  });
});
