import { elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../components/workstation-map/workstation-map.define.js';
import type { LaWorkstationMap } from '../../components/workstation-map/workstation-map.js';
import { SAMPLE_URL } from '../fixtures/workstations.js';

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const items = (el: Element) => [...el.shadowRoot!.querySelectorAll('.list > .item')];

/** Waits until the finder (the list chunk) has rendered. */
export async function ready(el: LaWorkstationMap): Promise<void> {
  await waitUntil(() => el.shadowRoot!.querySelector('.count'), 'the finder renders', { timeout: 5000 });
  await elementUpdated(el);
}

describe('smoke', () => {
  it('renders the sample list', async () => {
    const el = await fixture<LaWorkstationMap>(html`<la-workstation-map map-mode="manual" ignore-url src=${SAMPLE_URL}></la-workstation-map>`);
    await ready(el);
    expect(text(el)).to.contain('找到20个工作站');
    expect(items(el).length).to.equal(20);
    await expect(el).to.be.accessible();
    void oneEvent;
  });
});
