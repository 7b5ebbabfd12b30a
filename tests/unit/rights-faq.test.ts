import { aTimeout, elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/rights-faq/rights-faq.define.js';
import { LaRightsFaq } from '../../components/rights-faq/rights-faq.js';
import { answerView } from '../../components/rights-faq/answer-view.js';
import { rightsFaqStrings } from '../../components/rights-faq/rights-faq.catalogue.js';
import { translator } from '../../components/core/locale.js';
import type { LaDataErrorEvent } from '../../components/core/events.js';
import type { LaSearchEvent } from '../../components/rights-faq/rights-faq.events.js';
import { loadFaq, xssPayloads } from '../fixtures/faq-content.js';

const zh = { entries: await loadFaq('zh-CN') };
const en = { entries: await loadFaq('en') };
const payloads = await xssPayloads();
const json = (body: unknown) => `/__fixtures/json?body=${encodeURIComponent(JSON.stringify(body))}`;

const root = (el: LaRightsFaq) => el.shadowRoot!;
const text = (el: LaRightsFaq) => root(el).textContent!.replace(/\s+/g, ' ');
/** The answers shown, in their order (the others are hidden). */
const items = (el: LaRightsFaq) => [...root(el).querySelectorAll('details')].filter((d) => !d.hidden);
/** An answer's id, on its #link target inside the answer (answer-view.ts). */
const idOf = (item: Element) => item.querySelector('.faq-target')!.id;
const count = (el: LaRightsFaq) => root(el).querySelector('.count')!;
const input = (el: LaRightsFaq) => root(el).querySelector('input')!;

/** Parts of the widget (its words, the JSON renderer, search) load on demand: wait until it shows its view. */
const settled = (el: LaRightsFaq) => waitUntil(() => root(el).querySelector('input, .empty, [role="alert"]'), 'the widget never settled');

async function ready(template: ReturnType<typeof html>): Promise<LaRightsFaq> {
  const el = await fixture<LaRightsFaq>(template);
  await settled(el);
  await elementUpdated(el);
  return el;
}

async function type(el: LaRightsFaq, query: string): Promise<void> {
  input(el).focus();
  const searched = new Promise<void>((resolve) => el.addEventListener('la-search', (e) => e.detail.query === query && resolve()));
  await sendKeys({ type: query });
  await searched;
  await elementUpdated(el);
}

afterEach(() => history.replaceState(null, '', location.pathname + location.search));

describe('shows every answer, with its legal basis and next steps', function () {
  // axe over all 39 answers on a busy machine can take longer than the default.
  this.timeout(30_000);
  it('lists all questions and says how many, in a polite live region', async () => {
    const el = await ready(html`<la-rights-faq .data=${zh}></la-rights-faq>`);
    expect(items(el)).to.have.length(zh.entries.length);
    expect(count(el).getAttribute('role')).to.equal('status');
    expect(count(el).getAttribute('aria-live')).to.equal('polite');
    expect(count(el).textContent).to.contain(`共${zh.entries.length}个问题`);
    await expect(el).to.be.accessible();
  });

  it('an answer shows its basis, reviewed date, and links to the checker and the map filtered by its issue', async () => {
    const el = await ready(html`<la-rights-faq .data=${zh} check-href="/check/" map-href="/map/"></la-rights-faq>`);
    const wage = root(el).querySelector<HTMLDetailsElement>('details:has(#wage-iou)')!;
    wage.open = true;
    expect(wage.textContent).to.contain('法律依据');
    expect(wage.textContent).to.contain('劳动合同法第30条');
    expect(wage.textContent).to.contain('核对日期：2026年12月3日');
    expect(wage.querySelector('a[href="/check/"]')).to.exist;
    expect(wage.querySelector('a[href="/map/?issue=unpaid-wages"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows an English FAQ with English words under lang="en"', async () => {
    const wrapper = await fixture(html`<div lang="en"><la-rights-faq .data=${en}></la-rights-faq></div>`);
    const el = wrapper.querySelector('la-rights-faq')!;
    await settled(el);
    expect(text(el)).to.contain('Search the questions');
    expect(text(el)).to.contain('What is the green channel for migrant workers?');
    expect(count(el).textContent).to.contain(`${en.entries.length} questions in all`);
    await expect(el).to.be.accessible();
  });

  it('counts in English as English does: "1 question", never "1 questions"', async () => {
    const one = en.entries.find((entry) => entry.id === 'green-channel')!;
    const other = en.entries.find((entry) => !/green|channel/i.test(JSON.stringify(entry)))!;
    const wrapper = await fixture(html`<div lang="en"><la-rights-faq .data=${{ entries: [one, other] }}></la-rights-faq></div>`);
    const el = wrapper.querySelector('la-rights-faq')!;
    await settled(el);
    expect(count(el).textContent).to.equal('2 questions in all');
    await type(el, 'green channel');
    expect(count(el).textContent).to.equal('1 question found');
    const filtered = new Promise((resolve) => el.addEventListener('la-search', resolve, { once: true }));
    input(el).value = '';
    input(el).dispatchEvent(new Event('input'));
    await filtered;
    expect(count(el).textContent).to.equal('2 questions in all');
  });

  it('large-text mode is still accessible', async () => {
    const el = await ready(html`<la-rights-faq large-text .data=${zh}></la-rights-faq>`);
    expect(el.hasAttribute('large-text')).to.equal(true);
    await expect(el).to.be.accessible();
  });
});

describe('instant search as the user types', () => {
  it('narrows the list, highlights the words and announces the count', async () => {
    const el = await ready(html`<la-rights-faq .data=${zh}></la-rights-faq>`);
    const event = oneEvent(el, 'la-search') as Promise<LaSearchEvent>;
    await type(el, '欠条');
    expect((await event).detail.query).to.equal('欠');
    await waitUntil(() => count(el).textContent!.includes('找到'));
    expect(idOf(items(el)[0]!)).to.equal('wage-iou');
    expect(items(el).length).to.be.lessThan(zh.entries.length);
    expect(items(el)[0]!.querySelector('summary mark')!.textContent).to.equal('欠条');
    expect(count(el).textContent).to.contain(`找到${items(el).length}个问题`);
    await expect(el).to.be.accessible();
  });

  it('keeps the focus in the same search box while typing (the box is never rebuilt)', async () => {
    const el = await ready(html`<la-rights-faq .data=${zh}></la-rights-faq>`);
    const box = input(el);
    await type(el, '工伤');
    expect(input(el) === box, 'the same search box').to.equal(true);
    expect(root(el).activeElement === box, 'the search box has the focus').to.equal(true);
    expect(box.value).to.equal('工伤');
  });

  it('finds wage answers for everyday words (synonyms)', async () => {
    const el = await ready(html`<la-rights-faq .data=${zh}></la-rights-faq>`);
    await type(el, '工资不给');
    expect(idOf(items(el)[0]!)).to.equal('boss-wont-pay');
  });

  it('with no match, offers other words and the 12348 hotline; a suggestion searches again', async () => {
    const el = await ready(html`<la-rights-faq .data=${zh}></la-rights-faq>`);
    await type(el, 'zzzz');
    expect(items(el)).to.have.length(0);
    expect(text(el)).to.contain('没有找到相关的问题');
    expect(count(el).textContent).to.contain('找到0个问题');
    expect(root(el).querySelector('a[href="tel:12348"]')).to.exist;
    await expect(el).to.be.accessible();
    const suggestion = [...root(el).querySelectorAll<HTMLButtonElement>('.suggestions button')].find((b) => b.textContent === '欠薪')!;
    suggestion.click();
    await elementUpdated(el);
    expect(input(el).value).to.equal('欠薪');
    expect(idOf(items(el)[0]!)).to.equal('boss-wont-pay');
  });

  it('a 5,000-character paste, emoji and right-to-left text keep the widget working', async () => {
    const el = await ready(html`<la-rights-faq .data=${zh}></la-rights-faq>`);
    for (const query of ['欠'.repeat(5000), '😀👷‍♂️', 'مرحبا']) {
      const searched = oneEvent(el, 'la-search');
      input(el).value = query;
      input(el).dispatchEvent(new Event('input'));
      await searched;
      await elementUpdated(el);
      expect(count(el).textContent).to.match(/找到\d+个问题/);
    }
    expect(text(el)).to.contain('没有找到相关的问题');
  });
});

describe('filter chips by issue', () => {
  it('shows only the questions of the chosen issue, and all again', async () => {
    const el = await ready(html`<la-rights-faq .data=${zh}></la-rights-faq>`);
    const chip = (label: string) =>
      [...root(el).querySelectorAll<HTMLButtonElement>('.chips button')].find((b) => b.textContent === label)!;
    expect(root(el).querySelector('.chips')!.getAttribute('role')).to.equal('group');
    chip('工伤').click();
    await elementUpdated(el);
    expect(chip('工伤').getAttribute('aria-pressed')).to.equal('true');
    const injury = zh.entries.filter((entry) => entry.issues.includes('work-injury'));
    expect(items(el).map(idOf)).to.deep.equal(injury.map((entry) => entry.id));
    expect(count(el).textContent).to.contain(`找到${injury.length}个问题`);
    await expect(el).to.be.accessible();
    chip('全部').click();
    await elementUpdated(el);
    expect(items(el)).to.have.length(zh.entries.length);
  });
});

describe('deep links: #id opens and shows one answer', () => {
  it('opens the answer named in the address when the data arrives', async () => {
    history.replaceState(null, '', '#wage-iou');
    const el = await ready(html`<la-rights-faq .data=${zh}></la-rights-faq>`);
    await aTimeout(0);
    const target = root(el).querySelector<HTMLDetailsElement>('details:has(#wage-iou)')!;
    expect(target.open).to.equal(true);
    expect(root(el).activeElement).to.equal(target.querySelector('summary'));
    expect(items(el).filter((d) => d.open)).to.have.length(1);
  });

  it('opens another answer when the address changes, clearing a search that hid it', async () => {
    const el = await ready(html`<la-rights-faq .data=${zh}></la-rights-faq>`);
    await type(el, '工伤');
    location.hash = '#what-to-bring';
    await waitUntil(() => root(el).querySelector<HTMLDetailsElement>('details:has(#what-to-bring)')?.open);
    expect(input(el).value).to.equal('');
  });
});

describe('copy link and read aloud', () => {
  it('copies the link of the answer page and says so', async () => {
    let copied = '';
    const original = navigator.clipboard.writeText;
    navigator.clipboard.writeText = async (value: string) => void (copied = value);
    try {
      const el = await ready(html`<la-rights-faq .data=${zh} page-href="/faq/"></la-rights-faq>`);
      root(el).querySelector<HTMLButtonElement>('details:has(#wage-iou) .actions button')!.click();
      await waitUntil(() => copied);
      expect(copied).to.equal(`${location.origin}/faq/wage-iou/`);
      await elementUpdated(el);
      expect(root(el).querySelector('details:has(#wage-iou) .actions + .said')!.textContent).to.equal('链接已复制');
    } finally {
      navigator.clipboard.writeText = original;
    }
  });

  it('shows the link to copy by hand right under the button when the clipboard is refused', async () => {
    const original = navigator.clipboard.writeText;
    navigator.clipboard.writeText = () => Promise.reject(new Error('denied'));
    try {
      const el = await ready(html`<la-rights-faq .data=${zh}></la-rights-faq>`);
      const copy = root(el).querySelector<HTMLButtonElement>('details:has(#wage-iou) .actions button')!;
      root(el).querySelector<HTMLDetailsElement>('details:has(#wage-iou)')!.open = true;
      copy.click();
      const said = root(el).querySelector<HTMLElement>('details:has(#wage-iou) .said')!;
      await waitUntil(() => said.textContent);
      expect(said.textContent).to.contain('#wage-iou');
      expect(said.textContent).to.contain('长按');
      // Where the reader is looking: just below the button tapped, not at the top of the list.
      const gap = said.getBoundingClientRect().top - copy.getBoundingClientRect().bottom;
      expect(gap).to.be.within(0, 40);
      expect(root(el).querySelector('.notice')!.textContent).to.equal('');
      await expect(el).to.be.accessible();
    } finally {
      navigator.clipboard.writeText = original;
    }
  });

  it('hides read aloud where the phone has no Chinese voice, and offers it where it has one', async () => {
    const synth = speechSynthesis;
    const voice = (lang: string) => ({ lang, name: lang }) as SpeechSynthesisVoice;
    const original = synth.getVoices;
    const spoken: SpeechSynthesisUtterance[] = [];
    const speak = synth.speak;
    try {
      synth.getVoices = () => [voice('en-US')];
      const without = await ready(html`<la-rights-faq .data=${zh}></la-rights-faq>`);
      expect(text(without)).not.to.contain('读给我听');
      synth.getVoices = () => [voice('zh-CN')];
      synth.speak = (utterance) => void spoken.push(utterance);
      const el = await ready(html`<la-rights-faq .data=${zh}></la-rights-faq>`);
      const button = root(el).querySelectorAll<HTMLButtonElement>('details:has(#wage-iou) .actions button')[1]!;
      expect(button.textContent!.trim()).to.equal('读给我听');
      button.click();
      await waitUntil(() => spoken.length, 'nothing was read aloud');
      await elementUpdated(el);
      expect(spoken[0]!.lang).to.equal('zh-CN');
      expect(spoken[0]!.text).to.contain('欠条');
      expect(button.getAttribute('aria-pressed')).to.equal('true');
      await expect(el).to.be.accessible();
    } finally {
      synth.getVoices = original;
      synth.speak = speak;
    }
  });
});

describe('keyboard', () => {
  it('type to search, Tab to the filters, open an answer with Enter', async () => {
    const el = await ready(html`<la-rights-faq .data=${zh}></la-rights-faq>`);
    await type(el, '欠条');
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement!.textContent).to.equal('全部');
    const summary = items(el)[0]!.querySelector('summary')!;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    await elementUpdated(el);
    expect(items(el)[0]!.open).to.equal(true);
    expect(idOf(items(el)[0]!)).to.equal('wage-iou');
  });
});

describe('empty, broken and hostile data', () => {
  it('an empty FAQ says so and offers the hotline', async () => {
    const el = await ready(html`<la-rights-faq .data=${{ entries: [] }}></la-rights-faq>`);
    expect(text(el)).to.contain('这里还没有问题和回答');
    expect(root(el).querySelector('a[href="tel:12348"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('an entry without its legal basis is refused with the hotline, never a blank box', async () => {
    const broken = { entries: [{ ...zh.entries[0]!, basis: [] }] };
    const el = await fixture<LaRightsFaq>(html`<la-rights-faq src=${json(broken)}></la-rights-faq>`);
    await oneEvent(el, 'la-data-error');
    await elementUpdated(el);
    expect(root(el).querySelector('[role="alert"]')).to.exist;
    expect(root(el).querySelector('a[href="tel:12348"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('a failed request offers to try again, and trying again asks once more', async () => {
    const el = await fixture<LaRightsFaq>(html`<la-rights-faq src="/__fixtures/status/503"></la-rights-faq>`);
    await settled(el);
    await elementUpdated(el);
    const retry = root(el).querySelector<HTMLButtonElement>('[role="alert"] button')!;
    expect(retry.textContent).to.equal('再试一次');
    const again = oneEvent(el, 'la-data-error');
    retry.click();
    expect((await again).detail.status).to.equal(503);
    await expect(el).to.be.accessible();
  });

  it('bad data is refused without a pointless retry', async () => {
    const el = await fixture<LaRightsFaq>(html`<la-rights-faq src=${json({ entries: [{ id: 'x' }] })}></la-rights-faq>`);
    await settled(el);
    await elementUpdated(el);
    expect(root(el).querySelector('[role="alert"]')).to.exist;
    expect(root(el).querySelector('[role="alert"] button')).to.equal(null);
  });

  it('keeps the server HTML readable while loading and when the data fails', async () => {
    const el = await fixture<LaRightsFaq>(
      html`<la-rights-faq src="/__fixtures/status/500"
        ><details id="x">
          <summary>服务器上的问题</summary>
          <p>回答</p>
        </details></la-rights-faq
      >`,
    );
    expect(root(el).querySelector('slot')).to.exist;
    await oneEvent(el, 'la-data-error');
    await elementUpdated(el);
    expect(root(el).querySelector('slot')).to.exist;
    expect(el.querySelector('summary')!.getClientRects().length).to.be.greaterThan(0);
  });

  it('hostile HTML and script in questions and answers, read through src, stay inert text', async () => {
    // One request per payload keeps each address short enough for a server to accept.
    for (const payload of payloads) {
      const entry = { ...zh.entries[0]!, question: payload, answer: `${payload}\n\n- ${payload}\n\n**${payload}**`, synonyms: [payload] };
      const el = await fixture<LaRightsFaq>(
        html`<la-rights-faq src=${json({ entries: [{ ...entry, basis: [{ law: payload, article: '1' }] }] })}></la-rights-faq>`,
      );
      await oneEvent(el, 'la-data-ready');
      await settled(el);
      await elementUpdated(el);
      items(el)[0]!.open = true;
      await aTimeout(20);
      expect(root(el).querySelector('script, img, iframe, form, math, b, details details'), payload).to.equal(null);
      for (const link of root(el).querySelectorAll('a')) expect(link.getAttribute('href'), payload).to.match(/^(\/|#|tel:|https:\/\/)/);
      expect(items(el)[0]!.querySelector('summary')!.textContent).to.equal(payload);
    }
    expect((window as unknown as { __xss?: string }).__xss).to.equal(undefined);
  });
});

/** Server answers as the site renders them: the widget's own view (answer-view.ts), built at build time. */
function serverAnswers(entries: typeof zh.entries) {
  const words = translator(rightsFaqStrings, 'zh-CN');
  const links = { checkHref: '/check/', mapHref: '/map/' };
  return html`<div class="faq-list">${entries.map((entry) => answerView(entry, words, 'zh-CN', links))}</div>`;
}

describe('server-rendered answers are enhanced in place (the site: HTML first, no JSON download)', () => {
  const light = (el: LaRightsFaq) => [...el.querySelectorAll('details')].filter((d) => !d.hidden);

  it('searches, highlights, filters and adds copy link to the server <details>, without fetching the data', async () => {
    const requests: string[] = [];
    const original = window.fetch;
    window.fetch = (...args) => (requests.push(String(args[0])), original(...args));
    try {
      const el = await ready(html`<la-rights-faq>${serverAnswers(zh.entries)}</la-rights-faq>`);
      expect(root(el).querySelector('slot')).to.exist;
      expect(count(el).textContent).to.contain(`共${zh.entries.length}个问题`);
      const chip = (label: string) =>
        [...root(el).querySelectorAll<HTMLButtonElement>('.chips button')].find((b) => b.textContent === label)!;
      chip('工伤').click();
      await elementUpdated(el);
      const injury = zh.entries.filter((entry) => entry.issues.includes('work-injury'));
      expect(light(el).map((d) => d.querySelector('[id]')!.id)).to.deep.equal(injury.map((entry) => entry.id));
      chip('全部').click();
      await elementUpdated(el);
      expect(light(el)).to.have.length(zh.entries.length);
      await type(el, '欠条');
      expect(light(el)[0]!.querySelector('#wage-iou')).to.exist;
      expect(light(el).length).to.be.lessThan(zh.entries.length);
      expect(light(el)[0]!.querySelector('summary mark')!.textContent).to.equal('欠条');
      expect(count(el).textContent).to.contain(`找到${light(el).length}个问题`);
      expect(light(el)[0]!.querySelector('.actions button')!.textContent).to.equal('复制链接');
      await expect(el).to.be.accessible();
      expect(requests.filter((url) => url.includes('faq'))).to.deep.equal([]);
    } finally {
      window.fetch = original;
    }
  });

  it('copy link under a found server answer keeps the focus while it says the link was copied', async () => {
    const original = navigator.clipboard.writeText;
    navigator.clipboard.writeText = async () => {};
    try {
      const el = await ready(html`<la-rights-faq>${serverAnswers(zh.entries)}</la-rights-faq>`);
      await type(el, '欠条');
      light(el)[0]!.open = true;
      const copy = light(el)[0]!.querySelector<HTMLButtonElement>('.actions button')!;
      copy.focus();
      copy.click();
      await waitUntil(() => light(el)[0]!.querySelector('.said')!.textContent === '链接已复制');
      expect(document.activeElement === copy, 'copy link has the focus').to.equal(true);
    } finally {
      navigator.clipboard.writeText = original;
    }
  });

  it('a #id in the address opens and focuses that server answer', async () => {
    history.replaceState(null, '', '#what-to-bring');
    const el = await ready(html`<la-rights-faq>${serverAnswers(zh.entries)}</la-rights-faq>`);
    await waitUntil(() => el.querySelector<HTMLDetailsElement>('details:has(#what-to-bring)')!.open);
    expect(document.activeElement).to.equal(el.querySelector('details:has(#what-to-bring) summary'));
  });
});

describe('languages load on demand', () => {
  it('switching the page to English at run time shows every word in English', async () => {
    const wrapper = await fixture(html`<div lang="zh-CN"><la-rights-faq .data=${en}></la-rights-faq></div>`);
    const el = wrapper.querySelector('la-rights-faq')!;
    await settled(el);
    expect(text(el)).to.contain('搜索问题');
    wrapper.setAttribute('lang', 'en');
    await waitUntil(() => text(el).includes('Search the questions'), 'English never arrived');
    const shown = text(el) + root(el).querySelector('.chips')!.getAttribute('aria-label');
    for (const word of [
      'Search the questions',
      'Type a word or two',
      'Show questions about',
      'All',
      'Unpaid wages',
      'Work injury',
      'questions in all',
      'Legal basis',
      'Copy link',
    ]) {
      expect(shown).to.contain(word);
    }
    expect(shown).not.to.match(/[搜索全部问题法律依据复制链接]/);
    await expect(el).to.be.accessible();
  });
});

describe('when a part of the widget cannot load', () => {
  it('keeps the server answers readable with no red error above them (offline), and tries again online', async () => {
    const original = LaRightsFaq.loadDataView;
    LaRightsFaq.loadDataView = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    try {
      const failure = new Promise<LaDataErrorEvent>((resolve) => document.addEventListener('la-data-error', resolve, { once: true }));
      const el = await fixture<LaRightsFaq>(
        html`<la-rights-faq src="/data/faq.zh-CN.json">${serverAnswers(zh.entries.slice(0, 2))}</la-rights-faq>`,
      );
      const failed = await failure;
      expect(failed.detail.kind).to.equal('network');
      await elementUpdated(el);
      expect(root(el).querySelector('[role="alert"]')).to.equal(null);
      expect(root(el).querySelector('slot')).to.exist;
      expect(el.querySelector('summary')!.getClientRects().length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
      // Back online: it tries again (the renderer loads now; this test server has no data file, so the
      // answers stay as they are, still without an error box).
      let loaded = 0;
      LaRightsFaq.loadDataView = () => (loaded++, original());
      const again = new Promise((resolve) => el.addEventListener('la-data-error', resolve, { once: true }));
      dispatchEvent(new Event('online'));
      await again;
      expect(loaded).to.equal(1);
      await elementUpdated(el);
      expect(root(el).querySelector('[role="alert"]')).to.equal(null);
    } finally {
      LaRightsFaq.loadDataView = original;
    }
  });
});
