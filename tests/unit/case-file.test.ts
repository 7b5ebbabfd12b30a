import { elementUpdated, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/case-file/case-file.define.js';
import type { LaCaseFile } from '../../components/case-file/case-file.js';
import { handOver } from '../../components/case-file/handover.js';

const TODAY = '2026-11-29';
const packs = await Promise.all(['000000', '440000', '442000'].map(async (r) => (await fetch(`/content/rules/${r}.json`)).json()));
const rules = { packs };
/** A valid ID number (check character computed): born 1972-05-08. */
const ID = (() => {
  const body = '11010519720508123';
  const sum = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2].reduce((t, w, i) => t + w * Number(body[i]), 0);
  return body + '10X98765432'[sum % 11];
})();

const root = (el: LaCaseFile) => el.shadowRoot!;
const text = (el: LaCaseFile) => root(el).textContent!.replace(/\s+/g, ' ');
const step = (el: LaCaseFile) => root(el).querySelector<HTMLFormElement>('form')?.dataset['step'];
const heading = (el: LaCaseFile) => root(el).querySelector('h2')?.textContent?.trim() ?? '';

async function caseFile(attrs: { lang?: string; src?: string } = {}): Promise<LaCaseFile> {
  const wrapper = await fixture<HTMLDivElement>(
    attrs.src
      ? html`<div lang=${attrs.lang ?? 'zh-CN'}>
          <la-case-file today=${TODAY} region="442000" src=${attrs.src}><p>服务器上的说明</p></la-case-file>
        </div>`
      : html`<div lang=${attrs.lang ?? 'zh-CN'}><la-case-file today=${TODAY} region="442000" .data=${rules}></la-case-file></div>`,
  );
  const el = wrapper.querySelector('la-case-file')!;
  if (!attrs.src) await waitUntil(() => step(el), 'the first question shows', { timeout: 10_000 });
  return el;
}

/** Fills the screen's fields by name (a value for a radio or checkbox ticks it) and presses Continue. */
async function answer(el: LaCaseFile, values: Record<string, string | string[] | boolean>): Promise<void> {
  const form = root(el).querySelector('form')!;
  for (const [name, value] of Object.entries(values)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      const input =
        form.querySelector<HTMLInputElement>(`[name="${name}"][value="${v}"]`) ?? form.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
      if (input.type === 'radio' || input.type === 'checkbox') input.checked = v !== false;
      else input.value = String(v);
    }
  }
  form.querySelector<HTMLButtonElement>('button.primary')!.click();
  await elementUpdated(el);
}

const date = (path: string, y: string, m: string, d: string) => ({ [`${path}.year`]: y, [`${path}.month`]: m, [`${path}.day`]: d });

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe('a worker owed wages, on his own', () => {
  it('is asked one thing a screen and ends with the amounts, their formula, and the papers', async () => {
    const el = await caseFile();
    expect(heading(el)).to.equal('您要为哪件事准备材料？');
    await expect(el).to.be.accessible();
    await answer(el, { matter: 'unpaid-wages' });
    await answer(el, { economicCheck: 'waived' });
    await answer(el, { 'worker.name': '张建国' });
    await answer(el, { 'worker.phone': '138 0000 0000' });
    await answer(el, { 'worker.idNumber': ID });
    await answer(el, { 'worker.address': '中山市石岐区某某路1号' });
    await answer(el, { 'respondents.0.role': 'gang-boss', 'respondents.0.name': '李大海' });
    await answer(el, {});
    expect(step(el)).to.equal('contractor');
    await answer(el, { 'respondents.1.name': '某某建设集团有限公司' });
    await answer(el, date('claim.startedWork', '2022', '12', '1'));
    await answer(el, { 'work.job': '钢筋工' });
    await answer(el, { wageUnit: 'month', 'claim.wage': '6000' });
    await answer(el, { 'claim.unpaid': '2' });
    await answer(el, { 'claim.writtenContract': 'yes' });
    await answer(el, { 'claim.endReason': 'resigned-unpaid-wages' });
    await answer(el, date('claim.employmentEnded', '2026', '7', '1'));
    await answer(el, { evidence: ['id-card', 'iou'] });
    await waitUntil(() => root(el).querySelector('[part="amounts"]'), 'the amounts show', { timeout: 10_000 });
    expect(text(el)).to.contain('拖欠的工资 12,000元');
    expect(text(el)).to.contain('经济补偿 24,000元');
    expect(text(el)).to.contain('月工资6,000×4年（满6个月算1年，不满6个月算半年）');
    expect(text(el)).to.contain('合计 36,000元');
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('[part="amounts"] button.primary')!.click();
    await elementUpdated(el);
    const papers = [...root(el).querySelectorAll('article.paper')];
    expect(papers.map((p) => p.querySelector('h3')!.textContent)).to.deep.equal([
      '法律援助申请表',
      '劳动人事争议仲裁申请书',
      '劳动人事争议仲裁申请书',
      '劳动人事争议仲裁申请书',
      '证据清单',
    ]);
    expect(papers[1]!.textContent).to.contain('中山市劳动人事争议仲裁委员会');
    expect(papers[1]!.textContent).to.contain(`身份证号码：${ID}`);
    // Gender and birth date read from the ID number.
    expect(papers[1]!.textContent).to.contain('申请人：张建国，男，1972年5月8日出生');
    await expect(el).to.be.accessible();
  });
});

describe('a worker hurt at work, on his own', () => {
  it('meets every question with nothing ticked that he did not tick, the grade included', async () => {
    const el = await caseFile();
    const ticked = () => [...root(el).querySelectorAll<HTMLInputElement>('form input:checked')].map((i) => `${i.name}=${i.value}`);
    const screens: [string, Record<string, string | string[]>][] = [
      ['matter', { matter: 'work-injury' }],
      ['status', { economicCheck: 'waived' }],
      ['name', { 'worker.name': '王秀英' }],
      ['phone', { 'worker.phone': '13700000000' }],
      ['idNumber', {}],
      ['address', {}],
      ['employer', { 'respondents.0.role': 'employer', 'respondents.0.name': '某某五金厂' }],
      ['employerContact', {}],
      ['startedWork', date('claim.startedWork', '2024', '3', '1')],
      ['job', { 'work.job': '冲压工' }],
      ['wage', { wageUnit: 'month', 'claim.wage': '5000' }],
      ['contract', { 'claim.writtenContract': 'no' }],
      ['endReason', { 'claim.endReason': 'still-employed' }],
      ['injury', { ...date('injury.date', '2026', '9', '10'), 'injury.place': '车间', 'injury.how': '冲床压伤右手' }],
      ['treatment', { 'injury.bodyPart': '右手' }],
      ['grade', { 'claim.injury.grade': 'none' }],
      ['stoppedWork', {}],
    ];
    for (const [name, values] of screens) {
      expect(step(el)).to.equal(name);
      expect(ticked(), `the ${name} screen arrives with nothing ticked`).to.deep.equal([]);
      await answer(el, values);
    }
    // His own "not graded yet" is kept when he goes back to it.
    for (const screen of ['stoppedWork', 'grade']) {
      root(el).querySelector<HTMLButtonElement>('button.back')!.click();
      await waitUntil(() => step(el) === screen, `Back reaches ${screen}`);
    }
    expect(ticked()).to.deep.equal(['claim.injury.grade=none']);
  });
});

describe('bad input', () => {
  it('refuses a wrong ID number with a clear error and keeps what he typed', async () => {
    const el = await caseFile();
    await answer(el, { matter: 'unpaid-wages' });
    await answer(el, { economicCheck: 'waived' });
    await answer(el, { 'worker.name': '张建国' });
    await answer(el, { 'worker.phone': '13800000000' });
    const wrong = ID.slice(0, 17) + (ID[17] === '1' ? '2' : '1');
    await answer(el, { 'worker.idNumber': wrong });
    expect(step(el)).to.equal('idNumber');
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('身份证号码不对');
    expect(root(el).querySelector<HTMLInputElement>('[name="worker.idNumber"]')!.value).to.equal(wrong);
    await expect(el).to.be.accessible();
  });

  it('refuses a negative wage and a wage that is not a number, keeps it in the box, and reads 「1.5万」', async () => {
    const el = await caseFile();
    el.caseFacts = { matter: 'unpaid-wages' };
    const first: Record<string, string>[] = [
      { matter: 'unpaid-wages' },
      { economicCheck: 'waived' },
      { 'worker.name': '张' },
      { 'worker.phone': '13800000000' },
    ];
    for (const ok of first) await answer(el, ok);
    await answer(el, {});
    await answer(el, {});
    await answer(el, { 'respondents.0.role': 'employer', 'respondents.0.name': '某厂' });
    await answer(el, {});
    await answer(el, date('claim.startedWork', '2025', '3', '1'));
    await answer(el, { 'work.job': '普工' });
    await answer(el, { wageUnit: 'month', 'claim.wage': '-5000' });
    expect(step(el)).to.equal('wage');
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('请写一个大于0的数字');
    expect(root(el).querySelector<HTMLInputElement>('[name="claim.wage"]')!.value).to.equal('-5000');
    await answer(el, { 'claim.wage': '好几千' });
    expect(step(el)).to.equal('wage');
    await answer(el, { 'claim.wage': '1.5万' });
    expect(step(el)).to.equal('unpaid');
  });

  it('shows the error with the 12348 hotline when the data file is missing', async () => {
    const el = await caseFile({ src: '/this-file-does-not-exist.json' });
    await waitUntil(() => root(el).querySelector('[part="error"]'), 'the error shows', { timeout: 10_000 });
    expect(text(el)).to.contain('12348');
    expect(root(el).querySelector('a[href="tel:12348"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('asks its questions on a page that gives no rules (the national baseline), with no error', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="zh-CN"><la-case-file today=${TODAY}></la-case-file></div>`);
    const el = wrapper.querySelector('la-case-file')!;
    await waitUntil(() => step(el), 'the first question shows', { timeout: 15_000 });
    expect(heading(el)).to.equal('您要为哪件事准备材料？');
    expect(root(el).querySelector('[part="error"]')).to.equal(null);
  });
});

describe("the phone's Back and Forward move between the questions", () => {
  const value = (el: LaCaseFile, name: string) => root(el).querySelector<HTMLInputElement>(`[name="${name}"]`)?.value;
  const ticked = (el: LaCaseFile, name: string) => root(el).querySelector<HTMLInputElement>(`[name="${name}"]:checked`)?.value;
  const popTo = async (el: LaCaseFile, go: () => void, to: string) => {
    go();
    await waitUntil(() => step(el) === to, `the history reaches ${to}`);
  };

  it('keeps every answer in memory, with nothing but a step number in the history and the URL', async () => {
    const url = location.href;
    const el = await caseFile();
    await answer(el, { matter: 'unpaid-wages' });
    await answer(el, { economicCheck: 'required' });
    await answer(el, { householdIncomePerCapita: '1800' });
    await answer(el, { 'worker.name': '张建国' });
    expect(step(el)).to.equal('phone');
    await popTo(el, () => history.back(), 'name');
    expect(value(el, 'worker.name')).to.equal('张建国');
    expect(root(el).activeElement?.tagName, 'focus on the question').to.equal('H2');
    await popTo(el, () => history.back(), 'income');
    expect(value(el, 'householdIncomePerCapita')).to.equal('1800');
    await popTo(el, () => history.back(), 'status');
    expect(ticked(el, 'economicCheck')).to.equal('required');
    await popTo(el, () => history.forward(), 'income');
    await popTo(el, () => history.forward(), 'name');
    expect(value(el, 'worker.name')).to.equal('张建国');
    await popTo(el, () => history.forward(), 'phone');
    expect(location.href).to.equal(url);
    expect(JSON.stringify(history.state)).to.match(/^\{"la-case-file-step":\d+\}$/);
  });

  it("takes the app's own Back as a history step, and a changed answer drops the screens ahead", async () => {
    const el = await caseFile();
    await answer(el, { matter: 'unpaid-wages' });
    await answer(el, { economicCheck: 'required' });
    await answer(el, { householdIncomePerCapita: '1800' });
    expect(step(el)).to.equal('name');
    const back = root(el).querySelector<HTMLButtonElement>('button.back')!;
    await popTo(el, () => back.click(), 'income');
    // The phone's Forward returns to where the app's Back left.
    await popTo(el, () => history.forward(), 'name');
    await popTo(el, () => history.back(), 'income');
    await popTo(el, () => history.back(), 'status');
    // Exempt after all: the income question is no longer asked, and Forward has nowhere to go.
    await answer(el, { economicCheck: 'waived' });
    expect(step(el)).to.equal('name');
    history.forward();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(step(el)).to.equal('name');
    await popTo(el, () => history.back(), 'status');
    expect(ticked(el, 'economicCheck')).to.equal('waived');
    await popTo(el, () => history.forward(), 'name');
  });
});

describe('from the check, and privacy', () => {
  it('takes the check’s matter and exemption from the tab, skips those questions, and keeps nothing unless asked', async () => {
    handOver({ facts: { matter: 'work-injury', claim: { startedWork: '2024-03' } }, economicCheck: 'waived' });
    const el = await caseFile();
    expect(step(el)).to.equal('name');
    expect(localStorage.length).to.equal(0);
    root(el).querySelector<HTMLInputElement>('.privacy input[type="checkbox"]')!.click();
    await answer(el, { 'worker.name': '王秀英' });
    expect(localStorage.getItem('legal-aid-kit:case-file')).to.contain('王秀英');
    const exit = [...root(el).querySelectorAll('button')].find((b) => b.textContent!.includes('退出并清除'))!;
    exit.click();
    await elementUpdated(el);
    expect(localStorage.getItem('legal-aid-kit:case-file')).to.equal(null);
    expect(sessionStorage.length).to.equal(0);
    expect(step(el)).to.equal('matter');
    expect(text(el)).to.contain('已经清除了');
  });

  it('asks in English around papers that stay Chinese', async () => {
    const el = await caseFile({ lang: 'en' });
    expect(heading(el)).to.equal('What are the papers for?');
    expect(text(el)).to.contain('Nothing is sent anywhere');
    await expect(el).to.be.accessible();
  });
});
