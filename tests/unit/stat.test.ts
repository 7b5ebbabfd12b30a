import { elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../components/stats/stat-group.define.js';
import '../../components/stats/stat.define.js';
import type { LaStatGroup } from '../../components/stats/stat-group.js';
import type { LaStat } from '../../components/stats/stat.js';
import { jsonUrl, outreach, recovered, statsDocument } from '../fixtures/stats-data.js';

const root = (el: Element) => el.shadowRoot!;
const printed = (el: LaStat) => root(el).querySelector('.figure-value [aria-hidden="true"]')?.textContent;
const spoken = (el: LaStat) => root(el).querySelector('.figure-value .visually-hidden')!.textContent;
const text = (el: Element) => root(el).textContent!.replace(/\s+/g, ' ');

describe('<la-stat> shows a figure the Chinese way and reads it in full', () => {
  it('shows 1297.6万元 and gives screen readers 12,976,000元', async () => {
    const el = await fixture<LaStat>(html`<la-stat .data=${recovered}></la-stat>`);
    expect(printed(el)).to.equal('1297.6万元');
    expect(spoken(el)).to.equal('12,976,000元');
    expect(text(el)).to.contain('为农民工挽回损失');
    await expect(el).to.be.accessible();
  });

  it('keeps its styles on phones without constructable style sheets, where they are <style> children', async () => {
    const wrapper = await fixture(html`<div lang="zh-CN"><la-stat .data=${recovered}></la-stat></div>`);
    const el = wrapper.querySelector<LaStat>('la-stat')!;
    // What the fallback of older browsers (iOS before 16.4) puts in the shadow root instead of adopting sheets.
    const fallback = Object.assign(document.createElement('style'), { textContent: '.figure-value { outline: 1px solid; }' });
    root(el).prepend(fallback);
    wrapper.setAttribute('lang', 'en');
    await waitUntil(() => printed(el) === '12.98 million yuan', 'the figure re-renders in English');
    expect(fallback.isConnected, 'the <style> child survives the re-render').to.equal(true);
  });

  it('says "at least 40" to screen readers for 40余场', async () => {
    const el = await fixture<LaStat>(html`<la-stat .data=${outreach}></la-stat>`);
    expect(printed(el)).to.equal('40余场');
    expect(spoken(el)).to.equal('至少40场');
  });

  it('speaks English on an English page: 12.98 million yuan, read as 12,976,000 yuan', async () => {
    const wrapper = await fixture(html`<div lang="en"><la-stat .data=${recovered}></la-stat></div>`);
    const el = wrapper.querySelector('la-stat')!;
    await elementUpdated(el);
    expect(printed(el)).to.equal('12.98 million yuan');
    expect(spoken(el)).to.equal('12,976,000 yuan');
    expect(text(el)).to.contain('Data as of 10 July 2023');
    await expect(el).to.be.accessible();
  });

  it('says under the figure when it covers, where it comes from and how fresh it is', async () => {
    const el = await fixture<LaStat>(html`<la-stat .data=${recovered}></la-stat>`);
    expect(text(el)).to.contain('统计时间：2023年1月1日至2023年6月30日');
    expect(text(el)).to.contain('来源：中山市司法局工作总结');
    expect(text(el)).to.contain('数据截至2023年7月10日');
    expect(text(el)).not.to.contain('示例数据');
  });

  it('marks sample data as sample on screen', async () => {
    const el = await fixture<LaStat>(html`<la-stat .data=${{ ...recovered, sample: true }}></la-stat>`);
    expect(text(el)).to.contain('示例数据，不是司法局公布的数字');
    await expect(el).to.be.accessible();
  });

  it('opens the definition (统计口径) with one key press', async () => {
    const el = await fixture<LaStat>(html`<la-stat .data=${recovered}></la-stat>`);
    const details = root(el).querySelector('details')!;
    expect(details.open).to.equal(false);
    root(el).querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    expect(details.textContent).to.contain('挽回的工资和赔偿');
    await expect(el).to.be.accessible();
  });

  it('is larger in large-text mode and still accessible', async () => {
    const plain = await fixture<LaStat>(html`<la-stat .data=${recovered}></la-stat>`);
    const large = await fixture<LaStat>(html`<la-stat large-text .data=${recovered}></la-stat>`);
    const size = (el: LaStat) => parseFloat(getComputedStyle(root(el).querySelector('.figure-value')!).fontSize);
    expect(size(large)).to.be.greaterThan(size(plain));
    await expect(large).to.be.accessible();
  });
});

describe('<la-stat> reads one figure out of the published document', () => {
  it('picks its indicator from /data/stats.json and folds in the report source', async () => {
    const el = await fixture<LaStat>(html`<la-stat indicator="recovered" src=${jsonUrl(statsDocument([outreach, recovered]))}></la-stat>`);
    expect(text(el)).to.contain('正在读取');
    await waitUntil(() => root(el).querySelector('.figure-value'), 'the figure arrives', { timeout: 10_000 });
    expect(printed(el)).to.equal('1297.6万元');
    expect(text(el)).to.contain('来源：中山市司法局工作总结');
  });

  it('shows the server-rendered figure while the data loads', async () => {
    const el = await fixture<LaStat>(
      html`<la-stat indicator="recovered" src="/__fixtures/hang" timeout="60000"><p>1297.6万元</p></la-stat>`,
    );
    const slot = root(el).querySelector('slot')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('1297.6万元');
    await expect(el).to.be.accessible();
  });

  it('one bad row shows an error in its own figure and the others still render', async () => {
    const src = jsonUrl(statsDocument([recovered, { ...outreach, value: 'forty' }]));
    const wrapper = await fixture(
      html`<div>
        <la-stat indicator="recovered" src=${src}></la-stat>
        <la-stat indicator="outreach-events" src=${src}></la-stat>
      </div>`,
    );
    const [good, bad] = [...wrapper.querySelectorAll('la-stat')];
    await waitUntil(() => root(good!).querySelector('.figure-value') && root(bad!).querySelector('[role="alert"]'), 'both settle', {
      timeout: 10_000,
    });
    expect(printed(good!)).to.equal('1297.6万元');
    expect(text(bad!)).to.contain('收到的信息有错误');
    expect(root(bad!).querySelector('a[href="tel:12348"]')).to.exist;
    await expect(bad!).to.be.accessible();
  });

  it("keeps the partner's server-rendered figure in view beside the error when the data fails", async () => {
    const el = await fixture<LaStat>(html`<la-stat indicator="recovered" src="/__fixtures/status/503"><p>1297.6万元</p></la-stat>`);
    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'the error shows', { timeout: 10_000 });
    const slot = root(el).querySelector('slot');
    expect(slot, 'the fallback slot stays').to.exist;
    expect(slot!.assignedElements()[0]!.textContent).to.equal('1297.6万元');
    expect((slot!.assignedElements()[0] as HTMLElement).offsetHeight).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('says there is nothing to show, with the hotline, when given no data at all', async () => {
    const el = await fixture<LaStat>(html`<la-stat timeout="200"></la-stat>`);
    await oneEvent(el, 'la-data-error');
    await el.updateComplete;
    expect(text(el)).to.contain('还没有要显示的信息');
    expect(root(el).querySelector('a[href="tel:12348"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('says so when the indicator is not in the data', async () => {
    const el = await fixture<LaStat>(html`<la-stat indicator="nothing-here" .data=${statsDocument([recovered])}></la-stat>`);
    expect(root(el).querySelector('[role="alert"]')).to.exist;
    expect(root(el).querySelector('a[href="tel:12348"]')).to.exist;
  });
});

describe('<la-stat-group> lays every figure out in a grid', () => {
  it('renders a figure per row and isolates a bad one', async () => {
    const doc = statsDocument([recovered, { ...outreach, unit: undefined }, { ...outreach, id: 'leaflets', value: 7000, unit: 'copy' }]);
    const group = await fixture<LaStatGroup>(html`<la-stat-group .data=${doc}></la-stat-group>`);
    const figures = [...root(group).querySelectorAll('la-stat')];
    await Promise.all(figures.map((f) => f.updateComplete));
    expect(figures).to.have.length(3);
    expect(printed(figures[0]!)).to.equal('1297.6万元');
    expect(root(figures[1]!).querySelector('[role="alert"]')).to.exist;
    expect(printed(figures[2]!)).to.equal('7000余份');
    expect(getComputedStyle(root(group).querySelector('ul')!).display).to.equal('grid');
    await expect(group).to.be.accessible();
  });

  it('shows only the chosen indicators, in order', async () => {
    const doc = statsDocument([recovered, outreach]);
    const group = await fixture<LaStatGroup>(html`<la-stat-group indicators="outreach-events" .data=${doc}></la-stat-group>`);
    const figures = [...root(group).querySelectorAll('la-stat')];
    await figures[0]!.updateComplete;
    expect(figures).to.have.length(1);
    expect(printed(figures[0]!)).to.equal('40余场');
  });
});

// A figure "more than 2071 consultations": counting up from 0 would have printed 「2余人次」 on the way.
const moreThan = { ...recovered, value: 2071, unit: 'consultation', qualifier: 'more-than' } as const;

describe('<la-stat count-up> moves only for readers who want motion', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('brings the figure in without ever printing a number that is not the figure', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const el = await fixture<LaStat>(html`<la-stat count-up .data=${moreThan}></la-stat>`);
    const figure = () => root(el).querySelector<HTMLElement>('.figure-value [aria-hidden="true"]')!;
    await waitUntil(() => figure()?.getAnimations().length > 0, 'the reveal starts', { timeout: 10_000 });
    // Every frame of the reveal: the bureau's figure with its qualifier and unit, never a smaller number.
    while (figure().getAnimations().length > 0) {
      expect(printed(el)).to.equal('2071余人次');
      await new Promise(requestAnimationFrame);
    }
    expect(printed(el)).to.equal('2071余人次');
    expect(spoken(el)).to.equal('至少2,071人次');
    await expect(el).to.be.accessible();
  });

  it('shows the real figure at once when the reader asks for reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await fixture<LaStat>(html`<la-stat count-up .data=${recovered}></la-stat>`);
    for (let i = 0; i < 5; i++) {
      await new Promise(requestAnimationFrame);
      expect(printed(el)).to.equal('1297.6万元');
    }
  });
});
