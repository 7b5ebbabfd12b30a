import { elementUpdated, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../components/workstation-map/workstation-map.define.js';
import type { LaWorkstationMap } from '../../components/workstation-map/workstation-map.js';
import { SAMPLE_URL } from '../fixtures/workstations.js';

// Its own file, so its own page: nothing else here may have loaded Leaflet first.
const requested = (part: string) => performance.getEntriesByType('resource').some((r) => r.name.includes(part));

describe('Leaflet loads only when the map opens', function () {
  this.timeout(40_000);

  it('is not requested while a phone reads the list, and is requested when the map is opened', async () => {
    await setViewport({ width: 360, height: 640 });
    const el = await fixture<LaWorkstationMap>(html`<la-workstation-map ignore-url src=${SAMPLE_URL}></la-workstation-map>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.count'), 'the list renders', { timeout: 5000 });
    el.scrollIntoView();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(requested('leaflet'), 'no Leaflet request before the map opens').to.equal(false);
    expect(requested('map-view'), 'no map chunk before the map opens').to.equal(false);
    expect(el.shadowRoot!.querySelector('.leaflet-container')).to.equal(null);

    const open = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('打开地图'))!;
    expect(open.getAttribute('aria-expanded')).to.equal('false');
    open.click();
    await waitUntil(() => el.shadowRoot!.querySelector('.leaflet-container'), 'the map opens', { timeout: 5000 });
    await elementUpdated(el);
    expect(requested('leaflet')).to.equal(true);
    expect(open.getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
  });
});
