import { aTimeout, elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LaDataErrorEvent } from '../../components/core/events.js';
import { LaDemoList } from '../fixtures/demo-element.js';

const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
/** The wrapper inside the shadow root that carries the widget's text styles. */
const textBox = (el: Element) => el.shadowRoot!.querySelector('.la-root')!;
const hotlineLink = (el: Element) => el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href="tel:12348"]');
const json = (body: unknown) => `/__fixtures/json?body=${encodeURIComponent(JSON.stringify(body))}`;

async function errorOf(src: string, attributes: Record<string, string> = {}): Promise<{ el: LaDemoList; event: LaDataErrorEvent }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('la-demo-list') as LaDemoList;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const event = oneEvent(wrapper, 'la-data-error') as Promise<LaDataErrorEvent>;
  el.src = src;
  wrapper.append(el);
  const detail = await event;
  await elementUpdated(el);
  return { el, event: detail };
}

describe('a widget reads its data from a URL, inline JSON or a property', () => {
  it('shows a loading state, then the data from src', async () => {
    const el = await fixture<LaDemoList>(html`<la-demo-list src=${json({ names: ['中山市法律援助中心'] })}></la-demo-list>`);
    expect(shadowText(el)).to.contain('正在读取信息');
    expect(el.shadowRoot!.querySelector('[role="status"]')).to.exist;
    await oneEvent(el, 'la-data-ready');
    await elementUpdated(el);
    expect(shadowText(el)).to.contain('中山市法律援助中心');
    expect(shadowText(el)).not.to.contain('正在读取');
    await expect(el).to.be.accessible();
  });

  it('reads inline <script type="application/json">', async () => {
    const el = await fixture<LaDemoList>(
      html`<la-demo-list
        ><script type="application/json">
          { "names": ["甲", "乙"] }
        </script></la-demo-list
      >`,
    );
    expect(shadowText(el)).to.contain('共2个');
  });

  it('prefers the data property over src', async () => {
    const el = await fixture<LaDemoList>(html`<la-demo-list src="/__fixtures/status/500" .data=${{ names: ['属性'] }}></la-demo-list>`);
    expect(shadowText(el)).to.contain('属性');
  });

  it('re-renders when the data property changes', async () => {
    const el = await fixture<LaDemoList>(html`<la-demo-list .data=${{ names: ['一'] }}></la-demo-list>`);
    el.data = { names: ['一', '二', '三'] };
    await elementUpdated(el);
    expect(shadowText(el)).to.contain('共3个');
  });

  it('fires la-data-ready that bubbles out of shadow roots', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = wrapper.attachShadow({ mode: 'open' });
    const el = document.createElement('la-demo-list') as LaDemoList;
    const ready = oneEvent(wrapper, 'la-data-ready');
    el.data = { names: [] };
    root.append(el);
    const event = await ready;
    expect(event.composed).to.equal(true);
    expect(event.bubbles).to.equal(true);
    expect(event.detail).to.deep.equal({ source: 'property' });
  });
});

describe('when the data cannot be used, the widget says so and shows the hotline', () => {
  for (const [name, src, kind, words] of [
    ['a 404', '/__fixtures/status/404', 'http', '错误代码 404'],
    ['a 500', '/__fixtures/status/500', 'http', '错误代码 500'],
    ['invalid JSON', '/__fixtures/invalid-json', 'invalid-json', '格式不对'],
    ['JSON of the wrong shape', json({ names: 'not a list' }), 'invalid-data', '信息有错误'],
    ['a host that does not exist', 'http://127.0.0.1:9/data.json', 'network', '网络不通'],
  ] as const) {
    it(`explains ${name} in plain words, with 12348 as a tel: link`, async () => {
      const { el, event } = await errorOf(src);
      expect(event.detail.kind).to.equal(kind);
      const alert = el.shadowRoot!.querySelector('[role="alert"]');
      expect(alert, 'an alert is shown').to.exist;
      expect(shadowText(el)).to.contain(words);
      expect(hotlineLink(el)?.textContent).to.contain('12348');
      await expect(el).to.be.accessible();
    });
  }

  it('gives up on a server that never answers after the timeout', async () => {
    const { el, event } = await errorOf('/__fixtures/hang', { timeout: '300' });
    expect(event.detail.kind).to.equal('timeout');
    expect(shadowText(el)).to.contain('网络太慢');
    expect(hotlineLink(el)).to.exist;
  });

  it('ignores a nonsense timeout from a partner page and uses the default', async () => {
    const el = await fixture<LaDemoList>(html`<la-demo-list timeout="soon" src=${json({ names: ['准时'] })}></la-demo-list>`);
    await oneEvent(el, 'la-data-ready');
    await elementUpdated(el);
    expect(shadowText(el)).to.contain('准时');
  });

  it('reports broken inline JSON', async () => {
    const el = await fixture<LaDemoList>(
      html`<la-demo-list
        ><script type="application/json">
          { broken
        </script></la-demo-list
      >`,
    );
    expect(shadowText(el)).to.contain('格式不对');
    expect(hotlineLink(el)).to.exist;
  });

  it('reports a widget given no data at all instead of showing a blank box, once it has waited `timeout`', async () => {
    const el = await fixture<LaDemoList>(html`<la-demo-list timeout="300"></la-demo-list>`);
    expect(shadowText(el)).to.contain('正在读取信息');
    const event = (await oneEvent(el, 'la-data-error')) as LaDataErrorEvent;
    await elementUpdated(el);
    expect(event.detail.kind).to.equal('missing');
    expect(shadowText(el)).to.contain('还没有要显示的信息');
    expect(hotlineLink(el)).to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows data that a page script sets a little later, never the error view first nor a false la-data-error', async () => {
    const el = await fixture<LaDemoList>(html`<la-demo-list></la-demo-list>`);
    const errors: Event[] = [];
    el.addEventListener('la-data-error', (event) => errors.push(event));
    await aTimeout(400);
    expect(shadowText(el)).to.contain('正在读取信息');
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    el.data = { names: ['稍后到的工作站'] };
    await elementUpdated(el);
    expect(shadowText(el)).to.contain('稍后到的工作站');
    expect(errors).to.have.length(0);
  });

  it('keeps data set before the widget is defined, as happens with the loader', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('la-demo-list-late') as HTMLElement & { data?: unknown };
    el.data = { names: ['先设的数据'] };
    wrapper.append(el);
    const ready = oneEvent(el, 'la-data-ready');
    class LaDemoListLate extends LaDemoList {}
    LaDemoListLate.define('la-demo-list-late');
    await ready;
    await elementUpdated(el as unknown as LaDemoList);
    expect(shadowText(el)).to.contain('先设的数据');
  });

  it('explains the error in English on an English page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const el = document.createElement('la-demo-list') as LaDemoList;
    const failed = oneEvent(wrapper, 'la-data-error');
    el.src = '/__fixtures/status/503';
    wrapper.append(el);
    await failed;
    await elementUpdated(el);
    expect(shadowText(el)).to.contain('error code 503');
    expect(shadowText(el)).to.contain('12348 legal services hotline');
  });

  it('retries from the keyboard and recovers when the data comes back', async () => {
    const { el } = await errorOf('/__fixtures/status/500');
    const retry = el.shadowRoot!.querySelector('button')!;
    expect(retry.textContent).to.contain('再试一次');
    // Point the widget at data that works, then press the retry button with the keyboard.
    el.src = json({ names: ['恢复了'] });
    await waitUntil(() => shadowText(el).includes('恢复了'), undefined, { timeout: 10_000 });
    el.src = '/__fixtures/status/500';
    await waitUntil(() => el.shadowRoot!.querySelector('button'), undefined, { timeout: 10_000 });
    el.shadowRoot!.querySelector('button')!.focus();
    const again = oneEvent(el, 'la-data-error');
    await sendKeys({ press: 'Enter' });
    await again;
    expect(shadowText(el)).to.contain('错误代码 500');
  });

  it('keeps only the answer to the latest src when answers arrive out of order', async () => {
    const el = await fixture<LaDemoList>(html`<la-demo-list timeout="2000" src="/__fixtures/hang"></la-demo-list>`);
    el.src = json({ names: ['最新'] });
    await waitUntil(() => shadowText(el).includes('最新'), undefined, { timeout: 10_000 });
    await aTimeout(50);
    expect(shadowText(el)).to.contain('最新');
  });
});

describe('large-text mode', () => {
  it('makes the text bigger', async () => {
    const el = await fixture<LaDemoList>(html`<la-demo-list .data=${{ names: [] }}></la-demo-list>`);
    const normal = parseFloat(getComputedStyle(el.shadowRoot!.querySelector('h2')!).fontSize);
    el.largeText = true;
    await elementUpdated(el);
    const large = parseFloat(getComputedStyle(el.shadowRoot!.querySelector('h2')!).fontSize);
    expect(el.hasAttribute('large-text')).to.equal(true);
    expect(large).to.be.greaterThan(normal * 1.2);
  });

  it('follows --la-text-scale set by the page', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="--la-text-scale: 1.5"><la-demo-list .data=${{ names: [] }}></la-demo-list></div>`,
    );
    const el = wrapper.querySelector('la-demo-list')!;
    expect(parseFloat(getComputedStyle(textBox(el)).fontSize)).to.equal(24);
  });

  it('keeps its own text size when the host page shrinks the root font size', async () => {
    document.documentElement.style.fontSize = '10px';
    try {
      const el = await fixture<LaDemoList>(html`<la-demo-list .data=${{ names: [] }}></la-demo-list>`);
      expect(parseFloat(getComputedStyle(textBox(el)).fontSize)).to.equal(16);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });
});
