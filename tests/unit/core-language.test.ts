import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import { resolveLocale, fallbackChain } from '../../components/core/locale.js';
import { formatDate, formatNumber, formatYuan, parseIsoDate } from '../../components/core/format.js';
import '../fixtures/demo-element.js';
import type { LaDemoList } from '../fixtures/demo-element.js';

const heading = (el: LaDemoList) => el.shadowRoot!.querySelector('h2')!.textContent;

describe('a widget speaks the language of the page around it', () => {
  it('is Chinese by default', async () => {
    const el = await fixture<LaDemoList>(html`<la-demo-list .data=${{ names: [] }}></la-demo-list>`);
    expect(heading(el)).to.equal('工作站名单');
  });

  it('follows the nearest lang attribute, also across a shadow root', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="en"><div id="outer"></div></div>`);
    const outer = host.querySelector('#outer')!;
    const root = outer.attachShadow({ mode: 'open' });
    const el = document.createElement('la-demo-list') as LaDemoList;
    el.data = { names: ['a'] };
    root.append(el);
    await elementUpdated(el);
    expect(heading(el)).to.equal('Workstations');
  });

  it('re-renders when the page changes its lang', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="zh-CN"><la-demo-list .data=${{ names: ['x', 'y'] }}></la-demo-list></div>`,
    );
    const el = wrapper.querySelector<LaDemoList>('la-demo-list')!;
    expect(heading(el)).to.equal('工作站名单');
    wrapper.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await elementUpdated(el);
    expect(heading(el)).to.equal('Workstations');
    expect(el.shadowRoot!.textContent).to.contain('2 in all');
  });

  it('re-renders when lang changes on a host inside another shadow root', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = outer.attachShadow({ mode: 'open' });
    const section = document.createElement('section');
    root.append(section);
    const el = document.createElement('la-demo-list') as LaDemoList;
    el.data = { names: [] };
    section.append(el);
    await elementUpdated(el);
    expect(heading(el)).to.equal('工作站名单');
    section.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve, 0));
    await elementUpdated(el);
    expect(heading(el)).to.equal('Workstations');
  });

  it('falls back to Chinese, without an error, for an unknown or strange lang', async () => {
    for (const lang of ['fr', 'xx-YY', '', '<script>', 'zh-HK', 'zh-Hant-TW', 'zh']) {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}><la-demo-list .data=${{ names: [] }}></la-demo-list></div>`);
      expect(heading(wrapper.querySelector<LaDemoList>('la-demo-list')!), lang).to.equal('工作站名单');
    }
  });

  it('resolves locales along the chain zh-HK → zh → zh-CN and en-* → en', () => {
    expect(fallbackChain('zh-HK')).to.deep.equal(['zh-HK', 'zh', 'zh-CN']);
    expect(resolveLocale('zh-HK')).to.equal('zh-CN');
    expect(resolveLocale('en-GB')).to.equal('en');
    expect(resolveLocale('EN')).to.equal('en');
    expect(resolveLocale(undefined)).to.equal('zh-CN');
  });
});

describe('numbers, money and dates are written the way each language writes them', () => {
  it('formats in Chinese', () => {
    expect(formatNumber(12976000, 'zh-CN')).to.equal('12,976,000');
    expect(formatYuan(2592, 'zh-CN')).to.equal('2,592元');
    expect(formatDate('2026-12-02', 'zh-CN')).to.equal('2026年12月2日');
  });
  it('formats in English', () => {
    expect(formatYuan(2592, 'en')).to.equal('2,592 yuan');
    expect(formatDate('2026-12-02', 'en')).to.equal('2 December 2026');
  });
  it('rejects impossible dates instead of rolling them over', () => {
    expect(parseIsoDate('2026-02-30')).to.equal(null);
    expect(parseIsoDate('2026-2-3')).to.equal(null);
    expect(parseIsoDate('2024-02-29')?.toISOString()).to.equal('2024-02-29T00:00:00.000Z');
  });
});
