import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/eligibility/eligibility-checker.define.js';
import '../../components/rights-faq/rights-faq.define.js';
import '../../components/stats/stat-chart.define.js';
import '../../components/stats/stat-group.define.js';
import '../../components/stats/stat.define.js';
import '../../components/workstation-map/workstation-map.define.js';

// The core's English words travel with each widget's own English words (a Chinese page never downloads
// them), so every widget is checked here: its error view on an English page is English, hotline included.
const tags = ['la-eligibility-checker', 'la-rights-faq', 'la-stat', 'la-stat-chart', 'la-stat-group', 'la-workstation-map'];
const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

/** Puts `tag` in a page of language `lang` with data that answers 404, and waits for `words` in its view. */
async function errorView(tag: string, lang: string, words: string): Promise<Element> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement(tag);
  el.setAttribute('src', '/__fixtures/status/404');
  wrapper.append(el);
  await waitUntil(() => shadowText(el).includes(words), `<${tag}> says "${words}"`, { timeout: 10_000 });
  return el;
}

describe('every widget explains a data error in the language of the page', () => {
  for (const tag of tags) {
    it(`<${tag}> on an English page: English words and the 12348 hotline`, async () => {
      const el = await errorView(tag, 'en', 'error code 404');
      expect(shadowText(el)).to.contain('12348 legal services hotline');
      expect(el.shadowRoot!.querySelector('a[href="tel:12348"]')).to.exist;
      expect(shadowText(el)).not.to.match(/[\u4e00-\u9fff]/, 'no Chinese left in the error view');
    });

    it(`<${tag}> on a Chinese page: Chinese words`, async () => {
      const el = await errorView(tag, 'zh-CN', '错误代码 404');
      expect(shadowText(el)).to.contain('12348 法律服务热线');
    });
  }
});
