import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { outreach, recovered, statsDocument } from '../fixtures/stats-data.js';

// Another copy of the kit, an older version, registered <la-stat> first on this page.
class ForeignStat extends HTMLElement {
  static kitVersion = '0.0.1';
  connectedCallback() {
    this.textContent = 'FOREIGN';
  }
}
customElements.define('la-stat', ForeignStat);

const warnings: string[] = [];
const warn = console.warn;
console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
const { LaStatGroup } = await import('../../components/stats/stat-group.js');
await import('../../components/stats/stat-group.define.js');
console.warn = warn;

describe('<la-stat-group> on a page where another kit version holds <la-stat>', () => {
  it('warns once and draws its own figures, never the foreign element', async () => {
    const about = warnings.filter((w) => w.includes('<la-stat>'));
    expect(about).to.have.length(1);
    expect(about[0]).to.contain('version 0.0.1');
    const el = await fixture(html`<la-stat-group .data=${statsDocument([outreach, recovered])}></la-stat-group>`);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[part="figure"]').length === 2, 'two figures');
    const figures = [...el.shadowRoot!.querySelectorAll('[part="figure"]')];
    expect(figures.every((figure) => figure.localName === 'la-stat-group-figure')).to.equal(true);
    expect(el.shadowRoot!.querySelector('la-stat')).to.equal(null);
    await waitUntil(() => figures.every((figure) => figure.shadowRoot?.querySelector('.figure-value')), 'the figures render');
    expect(el.shadowRoot!.textContent).not.to.contain('FOREIGN');
    expect(customElements.get('la-stat')).to.equal(ForeignStat);
    await expect(el).to.be.accessible();
  });

  it('can be defined under a partner tag as well, drawing the same figures', async () => {
    LaStatGroup.define('partner-figures');
    const el = await fixture(html`<partner-figures .data=${statsDocument([recovered])}></partner-figures>`);
    await waitUntil(
      () => el.shadowRoot!.querySelector('[part="figure"]')?.shadowRoot?.querySelector('.figure-value'),
      'the figure renders',
    );
    expect(el.shadowRoot!.querySelector('[part="figure"]')!.localName).to.equal('partner-figures-figure');
  });
});
