import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/work-log/work-log.define.js';
import type { LaWorkLog } from '../../components/work-log/work-log.js';
import { clearEverything, DB_NAME, loadLog } from '../../components/work-log/log-store.js';

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const tap = (el: Element, name: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.taps button')].find((b) => b.textContent!.includes(name))!;

async function logOn(lang: string): Promise<LaWorkLog> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}><la-work-log today="2026-11-30"></la-work-log></div>`);
  const el = wrapper.querySelector('la-work-log')!;
  await waitUntil(() => el.shadowRoot!.querySelector('.taps'), 'the day is shown', { timeout: 10_000 });
  return el;
}

describe('<la-work-log>', () => {
  beforeEach(() => clearEverything());

  it('one tap records the day on the phone, announced and pressed', async () => {
    const el = await logOn('zh-CN');
    tap(el, '干了一天').click();
    await el.updateComplete;
    expect(tap(el, '干了一天').getAttribute('aria-pressed')).to.equal('true');
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.equal('记好了：2026年11月30日，干了一天。');
    await waitUntil(async () => (await loadLog()).days.length === 1, 'saved in IndexedDB');
    expect((await loadLog()).days[0]).to.include({ date: '2026-11-30', status: 'worked' });
    await expect(el).to.be.accessible();
  });

  it('speaks English on an English page, with no Chinese left', async () => {
    const el = await logOn('en');
    expect(text(el)).to.contain('Did you work today?');
    expect(text(el)).not.to.match(/[\u4e00-\u9fff]/);
    await expect(el).to.be.accessible();
  });

  it('says so, with the hotline, when the phone cannot keep the log', async () => {
    // A database of a newer version than the widget knows cannot be opened.
    await new Promise<void>((resolve) => {
      const request = indexedDB.open(DB_NAME, 99);
      request.onsuccess = () => (request.result.close(), resolve());
    });
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="zh-CN"><la-work-log></la-work-log></div>`);
    const el = wrapper.querySelector('la-work-log')!;
    await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'), 'the error is shown', { timeout: 10_000 });
    expect(text(el)).to.contain('这个浏览器存不了记工本');
    expect(el.shadowRoot!.querySelector('a[href="tel:12348"]')).to.exist;
    await expect(el).to.be.accessible();
  });
});
