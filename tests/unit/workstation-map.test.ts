import { aTimeout, elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/workstation-map/workstation-map.define.js';
import type { LaWorkstationMap } from '../../components/workstation-map/workstation-map.js';
import { manyWorkstations, rawDirectory, rawWorkstation, SAMPLE_URL } from '../fixtures/workstations.js';

const root = (el: Element) => el.shadowRoot!;
const text = (el: Element) => root(el).textContent!.replace(/\s+/g, ' ');
const items = (el: Element) => [...root(el).querySelectorAll<HTMLElement>('.list > .item')];
const names = (el: Element) => items(el).map((li) => li.querySelector('h2')!.textContent!.trim());
const button = (el: Element, label: string) => [...root(el).querySelectorAll('button')].find((b) => b.textContent!.includes(label))!;
const markers = (el: Element) => [...root(el).querySelectorAll<HTMLElement>('.leaflet-marker-pane [data-count]')];
const markedCount = (el: Element) => markers(el).reduce((n, m) => n + Number(m.dataset['count']), 0);
/** Friday 4 December 2026, 10:00 in Shanghai. */
const FRIDAY_MORNING = new Date('2026-12-04T10:00:00+08:00');

/** Waits until the finder has rendered the data, and "open now" (which loads just after the list) on every card. */
async function ready(el: LaWorkstationMap): Promise<LaWorkstationMap> {
  await waitUntil(() => root(el).querySelector('.count'), 'the finder renders', { timeout: 5000 });
  await waitUntil(() => items(el).every((li) => !li.querySelector<HTMLElement>('.open')!.hidden), 'open now is told', { timeout: 5000 });
  await elementUpdated(el);
  return el;
}

async function mapOf(data: unknown, attrs: Partial<LaWorkstationMap> = {}): Promise<LaWorkstationMap> {
  const el = await fixture<LaWorkstationMap>(
    html`<la-workstation-map map-mode="manual" ignore-url .now=${FRIDAY_MORNING}></la-workstation-map>`,
  );
  Object.assign(el, attrs);
  el.data = data as never;
  return ready(el);
}

async function openMap(el: LaWorkstationMap): Promise<void> {
  button(el, '打开地图').click();
  await waitUntil(() => markers(el).length > 0, 'markers are drawn', { timeout: 5000 });
}

async function choose(el: LaWorkstationMap, name: string, value: string): Promise<void> {
  const select = root(el).querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await elementUpdated(el);
}

describe('the list comes first', function () {
  // axe and Leaflet on a 2-core machine shared with other test runs: allow time, never assert on it.
  this.timeout(40_000);
  it('lists every sample workstation with phone, hours, documents and directions, marked as sample data', async () => {
    const el = await ready(
      await fixture<LaWorkstationMap>(html`<la-workstation-map map-mode="manual" ignore-url src=${SAMPLE_URL}></la-workstation-map>`),
    );
    expect(text(el)).to.contain('示例数据');
    expect(text(el)).to.contain('找到20个工作站');
    expect(items(el).length).to.equal(20);
    const first = items(el)[0]!;
    expect(first.querySelector('a[href^="tel:0760-"]')).to.exist;
    expect(first.textContent).to.contain('周一至周五');
    expect(first.textContent).to.contain('身份证');
    expect(first.querySelector('a[href^="https://uri.amap.com/navigation"]')).to.exist;
    expect(first.querySelector('a[href^="https://api.map.baidu.com/direction"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows the server-rendered list until the finder is ready', async () => {
    const el = await fixture<LaWorkstationMap>(
      html`<la-workstation-map map-mode="manual" ignore-url src="/__fixtures/hang" timeout="1500"
        ><p id="server">服务器名单</p></la-workstation-map
      >`,
    );
    const slot = root(el).querySelector('slot')!;
    expect(slot.assignedElements().map((e) => e.id)).to.deep.equal(['server']);
    expect(Boolean(root(el).querySelector('[role="status"]')), 'no loading message over the server list').to.equal(false);
  });

  it('says "open now" or when it opens, in Shanghai time', async () => {
    const el = await mapOf(rawDirectory([rawWorkstation('a')]));
    expect(text(el)).to.contain('现在开门，17:30关门');
    el.now = new Date('2026-12-05T10:00:00+08:00');
    await elementUpdated(el);
    expect(text(el)).to.contain('现在关门，周一8:30开门');
  });

  it('is complete in English', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const el = document.createElement('la-workstation-map') as LaWorkstationMap;
    el.mapMode = 'manual';
    el.ignoreUrl = true;
    el.src = SAMPLE_URL;
    wrapper.append(el);
    await ready(el);
    expect(text(el)).to.contain('Workstations found: 20');
    expect(text(el)).to.contain('Sample data');
    expect(text(el)).to.contain('Zhongshan Legal Aid Centre');
    expect(text(el)).not.to.match(/[\u4e00-\u9fff]{2}/, 'no Chinese words left in the English view');
    await expect(el).to.be.accessible();
  });

  it('counts one workstation and two in English without a wrong plural', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const el = document.createElement('la-workstation-map') as LaWorkstationMap;
    el.mapMode = 'manual';
    el.ignoreUrl = true;
    el.now = FRIDAY_MORNING;
    el.data = rawDirectory([rawWorkstation('a', { issues: ['unpaid-wages'] }), rawWorkstation('b', { issues: ['work-injury'] })]) as never;
    wrapper.append(el);
    await ready(el);
    const count = () => root(el).querySelector('.count')!.textContent;
    expect(count()).to.equal('Workstations found: 2');
    await choose(el, 'issue', 'work-injury');
    await waitUntil(() => items(el).length === 1, 'the list is filtered', { timeout: 5000 });
    expect(count()).to.equal('Workstations found: 1');
  });

  it('copies the address and says so', async () => {
    let copied = '';
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void (copied = t) } });
    try {
      const el = await mapOf(rawDirectory([rawWorkstation('a')]));
      button(el, '复制地址').click();
      await waitUntil(() => text(el).includes('地址已复制'), undefined, { timeout: 10_000 });
      expect(copied).to.equal('广东省中山市石岐街道示例路a号');
    } finally {
      delete (navigator as unknown as Record<string, unknown>)['clipboard'];
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    }
  });

  it('shows only the first page and more on request', async () => {
    const el = await mapOf(manyWorkstations(45), { pageSize: 20 });
    expect(items(el).length).to.equal(20);
    button(el, '再显示20个').click();
    await elementUpdated(el);
    expect(items(el).length).to.equal(40);
  });

  it('takes the keyboard on to the first new workstation, also when the last page hides the button', async () => {
    const el = await mapOf(manyWorkstations(45), { pageSize: 20 });
    button(el, '再显示20个').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).activeElement === items(el)[20], 'focus on the 21st workstation');
    button(el, '再显示5个').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).activeElement === items(el)[40], 'focus on the 41st workstation');
    expect(button(el, '再显示').hidden, 'no more to show').to.equal(true);
    // Tab goes on from there, not from the top of the page.
    await sendKeys({ press: 'Tab' });
    expect(items(el)[40]!.contains(root(el).activeElement)).to.equal(true);
  });

  it('prints every filtered workstation, not just the first page', async () => {
    const el = await mapOf(manyWorkstations(45), { pageSize: 20 });
    window.dispatchEvent(new Event('beforeprint'));
    await elementUpdated(el);
    expect(items(el).length).to.equal(45);
    window.dispatchEvent(new Event('afterprint'));
    await elementUpdated(el);
    expect(items(el).length).to.equal(20);
  });

  it('leaves a broken schedule exception out, keeps the list, says on the card to call first and names the field to the page', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const el = await mapOf(
        rawDirectory([
          rawWorkstation('a', {
            schedules: [
              { freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '08:30', closes_at: '17:30' },
              { valid_from: '2026-12-10', valid_to: '2026-12-01' },
              { valid_from: '2026-12-24', valid_to: '2026-12-24', description: { 'zh-CN': '镇里开会', en: 'Town meeting' } },
            ],
          }),
          rawWorkstation('b'),
        ]),
      );
      expect(names(el)).to.deep.equal(['工作站a', '工作站b']);
      expect(root(el).querySelector('[role="alert"]'), 'no error box').to.equal(null);
      const card = items(el)[0]!;
      await waitUntil(() => card.textContent!.includes('临时变动'), 'the changes row arrives');
      // The good exception stays, the broken one is left out and the card says so; the weekly hours stay.
      expect(card.textContent).to.contain('12月24日不接待（镇里开会）');
      expect(card.textContent).to.contain('还有临时变动没能读出来，去之前先打电话问');
      expect(card.textContent).to.contain('8:30–17:30');
      expect(items(el)[1]!.textContent).not.to.contain('临时变动');
      expect(warnings.join('\n')).to.contain('workstations.0.schedules.1.valid_to: must not be before valid_from (left out)');
      await expect(el).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });

  it('shows the hotline when the data is broken', async () => {
    const el = await fixture<LaWorkstationMap>(html`<la-workstation-map ignore-url></la-workstation-map>`);
    el.data = rawDirectory([rawWorkstation('a', { location: { latitude: 'NaN', longitude: 1 } })]) as never;
    await elementUpdated(el);
    expect(root(el).querySelector('[role="alert"]')).to.exist;
    expect(root(el).querySelector('a[href="tel:12348"]')).to.exist;
    await expect(el).to.be.accessible();
  });
});

describe('open now and the holiday calendar', function () {
  this.timeout(40_000);
  const NATIONAL_DAY = new Date('2026-10-02T10:00:00+08:00');
  const calendarMap = async (calendar: string) => {
    const el = await fixture<LaWorkstationMap>(
      html`<la-workstation-map map-mode="manual" ignore-url .now=${NATIONAL_DAY} calendar=${calendar}></la-workstation-map>`,
    );
    el.data = rawDirectory([rawWorkstation('a'), rawWorkstation('b')]) as never;
    return ready(el);
  };
  const openLines = (el: LaWorkstationMap) => [...root(el).querySelectorAll('.list .open')].map((p) => p.textContent);
  const note = (el: LaWorkstationMap) => [...root(el).querySelectorAll<HTMLElement>('p')].find((p) => p.textContent!.includes('放假安排'));

  it('says a workstation is closed on 国庆 and when it opens again', async () => {
    const el = await calendarMap('/content/calendar/holidays.json');
    expect(openLines(el)).to.deep.equal(['国庆节放假，10月8日周四8:30开门', '国庆节放假，10月8日周四8:30开门']);
    expect(note(el)!.hidden).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('says so when the calendar is not valid, and the list still works', async () => {
    const el = await calendarMap(`/__fixtures/json?body=${encodeURIComponent(JSON.stringify({ years: [] }))}`);
    expect(note(el)!.hidden).to.equal(false);
    expect(note(el)!.textContent).to.equal('放假安排没有加载出来，节假日去之前先打电话。');
    expect(root(el).querySelectorAll('.list > .item')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('says so when the calendar cannot be loaded', async () => {
    const el = await calendarMap('/__fixtures/status/404');
    expect(note(el)!.hidden).to.equal(false);
  });

  it('counts weekends only with calendar="none", and says nothing about it', async () => {
    const el = await calendarMap('none');
    expect(openLines(el)[0]).to.contain('现在开门');
    expect(note(el)!.hidden).to.equal(true);
  });
});

describe("a workstation's own changes to its hours", function () {
  this.timeout(40_000);
  const closedOn24th = () =>
    rawDirectory([
      rawWorkstation('a', {
        schedules: [
          { freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '08:30', closes_at: '17:30' },
          { valid_from: '2026-12-24', valid_to: '2026-12-24', description: { 'zh-CN': '镇里开普法大会', en: 'Town legal fair' } },
          { valid_from: '2026-12-28', valid_to: '2026-12-29', opens_at: '09:00', closes_at: '12:00' },
          { valid_from: '2026-11-02', valid_to: '2026-11-02' },
        ],
      }),
    ]);
  const changesOf = (el: LaWorkstationMap) =>
    [...items(el)[0]!.querySelectorAll('dt')].find((dt) => /临时变动|Changes/.test(dt.textContent!))?.nextElementSibling?.textContent;
  const openOf = (el: LaWorkstationMap) => items(el)[0]!.querySelector('.open')!.textContent;

  it('lists the coming ones on the card, soonest first, after the weekly hours; past ones not', async () => {
    const el = await mapOf(closedOn24th());
    await waitUntil(() => changesOf(el), 'the changes row arrives');
    expect(changesOf(el)).to.equal('12月24日不接待（镇里开普法大会）12月28日至12月29日只在9:00–12:00开门');
    const hours = [...items(el)[0]!.querySelectorAll('dt')].map((dt) => dt.textContent);
    expect(hours.indexOf('临时变动')).to.equal(hours.indexOf('开门时间') + 1);
    await expect(el).to.be.accessible();
  });

  it('says closed today, and when it opens, on the day of its own closure; "open now" leaves it out', async () => {
    const el = await mapOf(closedOn24th(), { now: new Date('2026-12-24T10:00:00+08:00') });
    expect(openOf(el)).to.equal('今天不接待，12月25日周五8:30开门');
    root(el).querySelector<HTMLInputElement>('input[name="open"]')!.click();
    await elementUpdated(el);
    expect(root(el).querySelectorAll('ul[aria-label] > .item')).to.have.length(0);
    expect(text(el)).to.contain('没有找到符合条件的工作站');
  });

  it('is open, and closing soon, at the special hours of a changed day', async () => {
    const el = await mapOf(closedOn24th(), { now: new Date('2026-12-28T11:40:00+08:00') });
    expect(openOf(el)).to.equal('快关门了，12:00关门');
    el.now = new Date('2026-12-28T13:00:00+08:00');
    await elementUpdated(el);
    expect(openOf(el)).to.equal('现在关门，明天9:00开门');
  });

  it('says the same in English', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const el = document.createElement('la-workstation-map') as LaWorkstationMap;
    Object.assign(el, { mapMode: 'manual', ignoreUrl: true, now: new Date('2026-12-24T10:00:00+08:00') });
    el.data = closedOn24th() as never;
    wrapper.append(el);
    await ready(el);
    await waitUntil(() => changesOf(el), 'the changes row arrives');
    expect(changesOf(el)).to.equal('24 December: closed (Town legal fair)28 December to 29 December: open 9:00–12:00 only');
    expect(openOf(el)).to.equal('Closed today; opens Fri, Dec 25 at 8:30');
    await expect(el).to.be.accessible();
  });
});

describe('what loads just after the list', function () {
  this.timeout(40_000);
  it('shows the list without waiting for "open now"; the open-now filter waits for it rather than showing a wrong list', async () => {
    const el = await fixture<LaWorkstationMap>(
      html`<la-workstation-map map-mode="manual" ignore-url .now=${FRIDAY_MORNING} calendar="/__fixtures/hang"></la-workstation-map>`,
    );
    el.data = rawDirectory([rawWorkstation('a'), rawWorkstation('b', { schedules: [] })]) as never;
    await waitUntil(() => items(el).length === 2, 'the list shows');
    // The calendar never answers: no "open now" line rather than a guess; the directions arrive anyway.
    await waitUntil(() => items(el)[0]!.querySelector('a[href^="https://uri.amap.com/"]'), 'directions arrive');
    expect(items(el).every((li) => li.querySelector<HTMLElement>('.open')!.hidden)).to.equal(true);
    root(el).querySelector<HTMLInputElement>('input[name="open"]')!.click();
    await elementUpdated(el);
    expect(items(el)).to.have.length(0);
    expect(root(el).querySelector<HTMLElement>('.empty')!.hidden, 'no "nothing found" before it is known').to.equal(true);
    await expect(el).to.be.accessible();
  });
});

describe('filters', function () {
  // axe and Leaflet on a 2-core machine shared with other test runs: allow time, never assert on it.
  this.timeout(40_000);
  const directory = () =>
    rawDirectory([
      rawWorkstation('wages', { issues: ['unpaid-wages'], agency_type: 'union' }),
      rawWorkstation('injury', { issues: ['work-injury'], district: 'tanzhou', location: { latitude: 22.265, longitude: 113.47 } }),
      rawWorkstation('both', { issues: ['unpaid-wages', 'work-injury'], schedules: [] }),
    ]);

  it('reads the filters from the address the checker links to, and writes changes back', async () => {
    const before = location.href;
    history.replaceState(null, '', '?issue=work-injury&utm=poster');
    try {
      const el = await fixture<LaWorkstationMap>(html`<la-workstation-map map-mode="manual" .now=${FRIDAY_MORNING}></la-workstation-map>`);
      el.data = directory() as never;
      await ready(el);
      expect(names(el)).to.deep.equal(['工作站injury', '工作站both']);
      expect(root(el).querySelector<HTMLSelectElement>('select[name="issue"]')!.value).to.equal('work-injury');
      await choose(el, 'district', 'tanzhou');
      expect(names(el)).to.deep.equal(['工作站injury']);
      expect(location.search).to.equal('?issue=work-injury&utm=poster&district=tanzhou');
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('filters by open now and by text', async () => {
    const el = await mapOf(directory());
    root(el).querySelector<HTMLInputElement>('input[name="open"]')!.click();
    await elementUpdated(el);
    expect(names(el)).to.deep.equal(['工作站wages', '工作站injury']);
    const search = root(el).querySelector<HTMLInputElement>('input[name="q"]')!;
    search.value = 'injury';
    search.dispatchEvent(new Event('input'));
    await elementUpdated(el);
    expect(names(el)).to.deep.equal(['工作站injury']);
  });

  it('keeps focus on the filter a worker is using while the list changes and "open now" ticks', async () => {
    const el = await mapOf(directory());
    const issue = root(el).querySelector<HTMLSelectElement>('select[name="issue"]')!;
    issue.focus();
    await choose(el, 'issue', 'work-injury');
    expect(names(el)).to.deep.equal(['工作站injury', '工作站both']);
    expect(root(el).activeElement, 'the same select keeps focus').to.equal(issue);
    expect(issue.isConnected).to.equal(true);

    const search = root(el).querySelector<HTMLInputElement>('input[name="q"]')!;
    search.focus();
    await sendKeys({ type: 'both' });
    await elementUpdated(el);
    expect(names(el)).to.deep.equal(['工作站both']);
    expect(root(el).activeElement, 'typing in the search keeps focus').to.equal(search);
    expect(search.value).to.equal('both');

    // The minute tick re-renders the list; the search box is neither replaced nor emptied.
    el.now = new Date('2026-12-04T10:01:00+08:00');
    await elementUpdated(el);
    expect(root(el).activeElement).to.equal(search);
    expect(search.value).to.equal('both');
  });

  it('when nothing matches, says so, shows 12348 and the nearest workstation of any kind', async () => {
    const el = await mapOf(directory());
    await choose(el, 'type', 'union');
    await choose(el, 'district', 'tanzhou');
    expect(text(el)).to.contain('没有找到符合条件的工作站');
    expect(root(el).querySelector('a[href="tel:12348"]')).to.exist;
    expect(items(el).length).to.equal(1);
    await expect(el).to.be.accessible();
    button(el, '清除条件').click();
    await elementUpdated(el);
    expect(items(el).length).to.equal(3);
  });
});

describe('nearest first', function () {
  // axe and Leaflet on a 2-core machine shared with other test runs: allow time, never assert on it.
  this.timeout(40_000);
  const directory = () =>
    rawDirectory([
      rawWorkstation('north', { location: { latitude: 22.7, longitude: 113.34 } }),
      rawWorkstation('tanzhou', { location: { latitude: 22.266, longitude: 113.47 } }),
      rawWorkstation('centre', { location: { latitude: 22.52, longitude: 113.38 } }),
    ]);
  const realGeolocation = Object.getOwnPropertyDescriptor(Navigator.prototype, 'geolocation')!;
  const stubGeolocation = (getCurrentPosition: Geolocation['getCurrentPosition']) =>
    Object.defineProperty(navigator, 'geolocation', { configurable: true, value: { getCurrentPosition } });
  afterEach(() => {
    delete (navigator as unknown as Record<string, unknown>)['geolocation'];
    Object.defineProperty(Navigator.prototype, 'geolocation', realGeolocation);
  });

  it('sorts by distance from the phone, without sending the position anywhere', async () => {
    stubGeolocation((ok) => ok({ coords: { latitude: 22.27, longitude: 113.46 } } as GeolocationPosition));
    const el = await mapOf(directory());
    const before = location.href;
    button(el, '按离我远近排列').click();
    // "Nearest first" loads on first use: wait for the sorted list rather than for one update.
    await waitUntil(() => text(el).includes('离您约'), 'the list is sorted from the position', { timeout: 10_000 });
    expect(names(el)).to.deep.equal(['工作站tanzhou', '工作站centre', '工作站north']);
    expect(text(el)).to.contain('离您约');
    expect(location.href).to.equal(before);
  });

  it('when location is refused, offers a district picker and sorts from the district', async () => {
    stubGeolocation((_ok, fail) => fail!({ code: 1, PERMISSION_DENIED: 1, TIMEOUT: 3 } as GeolocationPositionError));
    const el = await mapOf(directory());
    button(el, '按离我远近排列').click();
    await waitUntil(() => text(el).includes('没有拿到您的位置'), undefined, { timeout: 10_000 });
    const picker = root(el).querySelector<HTMLSelectElement>('#la-near-district')!;
    expect(root(el).activeElement).to.equal(picker);
    await expect(el).to.be.accessible();
    picker.value = 'tanzhou';
    picker.dispatchEvent(new Event('change'));
    await elementUpdated(el);
    expect(names(el)[0]).to.equal('工作站tanzhou');
    expect(text(el)).to.contain('离坦洲镇约');
  });

  it('when location never answers, gives up after the timeout and offers the picker', async () => {
    stubGeolocation(() => undefined);
    const el = await mapOf(directory(), { geoTimeout: 100 });
    button(el, '按离我远近排列').click();
    await elementUpdated(el);
    expect(text(el)).to.contain('正在找您的位置');
    await waitUntil(() => text(el).includes('找位置太慢'), 'timeout message', { timeout: 3000 });
    expect(root(el).querySelector('#la-near-district')).to.exist;
  });
});

describe('the map', function () {
  // axe and Leaflet on a 2-core machine shared with other test runs: allow time, never assert on it.
  this.timeout(40_000);
  it('shows a marker for each workstation in the filtered list, and none for one without coordinates', async () => {
    const el = await mapOf(
      rawDirectory([
        rawWorkstation('a', { location: { latitude: 22.7, longitude: 113.3 }, issues: ['unpaid-wages'] }),
        rawWorkstation('b', { location: { latitude: 22.3, longitude: 113.5 }, issues: ['work-injury'] }),
        rawWorkstation('c', { location: { latitude: 22.5, longitude: 113.2 }, issues: ['unpaid-wages'] }),
        rawWorkstation('d', { location: undefined, issues: ['unpaid-wages'] }),
      ]),
    );
    await openMap(el);
    expect(markedCount(el)).to.equal(3);
    expect(text(el)).to.contain('1个工作站还没有地图位置');
    await choose(el, 'issue', 'unpaid-wages');
    await waitUntil(() => markedCount(el) === 2, undefined, { timeout: 10_000 });
    expect(
      markers(el)
        .map((m) => m.dataset['id'])
        .sort(),
    ).to.deep.equal(['a', 'c']);
    expect(markers(el)[0]!.getAttribute('aria-label')).to.match(/^工作站[ac]$/);
    await expect(el).to.be.accessible();
  });

  it('renders 5,000 workstations and clusters them on the map', async () => {
    const el = await mapOf(manyWorkstations(5000));
    expect(text(el)).to.contain('找到5,000个工作站');
    expect(items(el).length).to.equal(20);
    await openMap(el);
    expect(markers(el).length).to.be.lessThan(500);
    expect(markedCount(el)).to.equal(5000);
    const cluster = root(el).querySelector('.la-cluster')!;
    expect(cluster.getAttribute('aria-label')).to.match(/^这里有[\d,]+个工作站，按一下放大$/);
  });

  it('walks list and markers by keyboard: a marker selects its workstation in the list, and back', async () => {
    const el = await mapOf(
      rawDirectory([
        rawWorkstation('a', { location: { latitude: 22.7, longitude: 113.3 } }),
        rawWorkstation('b', { location: { latitude: 22.3, longitude: 113.5 } }),
      ]),
    );
    await openMap(el);
    const marker = root(el).querySelector<HTMLElement>('[data-id="b"]')!;
    expect(marker.getAttribute('role')).to.equal('button');
    expect(marker.tabIndex).to.equal(0);
    marker.focus();
    const selected = oneEvent(el, 'la-workstation-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.id).to.equal('b');
    await elementUpdated(el);
    expect(root(el).querySelector('#ws-b')!.classList.contains('selected')).to.equal(true);
    expect((root(el).activeElement as HTMLElement).dataset['id'], 'focus stays on the marker').to.equal('b');
    // From the list: Tab to "show on the map" of a, press Enter; its marker turns selected.
    const show = [...root(el).querySelectorAll<HTMLButtonElement>('#ws-a button')].find((b) => b.textContent!.includes('在地图上看'))!;
    show.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('[data-id="a"]')?.classList.contains('la-marker--selected'), undefined, {
      timeout: 10_000,
    });
    expect(root(el).querySelector('#ws-a')!.classList.contains('selected')).to.equal(true);
  });

  for (const [name, template] of [
    ['answers 500', '/__fixtures/status/500?t={z}/{x}/{y}'],
    ['never answers', '/__fixtures/hang?t={z}/{x}/{y}'],
  ]) {
    it(`says so when the tile server ${name}, and the list keeps working`, async () => {
      const el = await mapOf(rawDirectory([rawWorkstation('a'), rawWorkstation('b', { issues: ['work-injury'] })]), {
        tiles: template,
        tilesTimeout: 500,
      });
      await openMap(el);
      await waitUntil(() => text(el).includes('地图底图没有加载出来'), 'tile failure message', { timeout: 4000 });
      await choose(el, 'issue', 'work-injury');
      expect(names(el)).to.deep.equal(['工作站b']);
      await expect(el).to.be.accessible();
    });
  }

  it('draws the plain sketch by default, with no request to another origin', async () => {
    const el = await mapOf(rawDirectory([rawWorkstation('a')]));
    await openMap(el);
    expect(root(el).querySelectorAll('.leaflet-tile').length).to.equal(0);
    expect(text(el)).to.contain('示意图');
    const foreign = performance.getEntriesByType('resource').filter((r) => new URL(r.name).origin !== location.origin);
    expect(foreign.map((r) => r.name)).to.deep.equal([]);
    await aTimeout(0);
  });
});
