import { elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/stats/stat-chart.define.js';
import type { LaStatChart } from '../../components/stats/stat-chart.js';
import { casesByMonth, jsonUrl, moneyByMonth, statsDocument } from '../fixtures/stats-data.js';

const root = (el: Element) => el.shadowRoot!;
const text = (el: Element) => root(el).textContent!.replace(/\s+/g, ' ');
const requested = (pattern: RegExp) => performance.getEntriesByType('resource').some((e) => pattern.test(e.name));
const chartJsRequested = () => requested(/\/chart\.js\/|stat-chart-interactive/);
const button = (el: Element, words: string) => [...root(el).querySelectorAll('button')].find((b) => b.textContent!.includes(words))!;

/** Captures what the CSV button hands to the browser instead of letting it download. */
async function downloadedCsv(el: LaStatChart): Promise<{ text: string; bom: boolean; name: string; type: string }> {
  const original = URL.createObjectURL;
  let blob: Blob | undefined;
  URL.createObjectURL = (b: Blob | MediaSource) => {
    blob = b as Blob;
    return 'blob:test';
  };
  const clicks: HTMLAnchorElement[] = [];
  const onClick = (event: Event) => {
    clicks.push(event.target as HTMLAnchorElement);
    event.preventDefault();
  };
  root(el).addEventListener('click', onClick, true);
  try {
    button(el, 'CSV').click();
    // The CSV code loads on the first click, so the link comes a moment later.
    await waitUntil(() => clicks.some((c) => c instanceof HTMLAnchorElement), 'the CSV is handed over', { timeout: 10_000 });
  } finally {
    URL.createObjectURL = original;
    root(el).removeEventListener('click', onClick, true);
  }
  const link = clicks.find((c) => c instanceof HTMLAnchorElement)!;
  // Blob.text() drops the byte-order mark, so look at the raw bytes for it.
  const bytes = new Uint8Array(await blob!.arrayBuffer());
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { text: await blob!.text(), bom, name: link.download, type: blob!.type };
}

// First, before anything else on this page could have loaded it.
describe('<la-stat-chart> loads Chart.js only when the reader asks', () => {
  it('requests no Chart.js code for the chart, the table or the CSV, then loads it on the button', async function () {
    // Chart.js arrives as separate unbundled modules here; give a loaded machine time to fetch them.
    this.timeout(30_000);
    const el = await fixture<LaStatChart>(html`<la-stat-chart interactive .data=${{ series: [casesByMonth] }}></la-stat-chart>`);
    expect(requested(/stat-chart-table/), 'the table and CSV code loaded before the reader asked').to.equal(false);
    root(el).querySelector('summary')!.click();
    await waitUntil(() => root(el).querySelector('table'), 'the table opens');
    await downloadedCsv(el);
    expect(chartJsRequested(), 'Chart.js requested before the reader asked').to.equal(false);
    const toggle = button(el, '打开可以点的图表');
    toggle.focus();
    toggle.click();
    await waitUntil(() => root(el).querySelector('canvas') && chartJsRequested(), 'the interactive chart opens', { timeout: 25_000 });
    expect(root(el).activeElement, 'focus stays on the same button').to.equal(toggle);
    expect(root(el).querySelector('details')!.open, 'the open table stays open').to.equal(true);
    const canvas = root(el).querySelector('canvas')!;
    expect(canvas.getAttribute('role')).to.equal('img');
    expect(canvas.getAttribute('aria-label')).to.contain('3月最多');
    await waitUntil(() => canvas.width > 0, 'Chart.js draws', { timeout: 10_000 });
    expect(button(el, '换回简单的图'), 'the same button now closes it').to.exist;
    await expect(el).to.be.accessible();
    button(el, '换回简单的图').click();
    await elementUpdated(el);
    expect(root(el).querySelector('canvas')).to.equal(null);
    expect(root(el).querySelector('svg.chart-svg')).to.exist;
    await expect(el).to.be.accessible();
  });
});

describe('<la-stat-chart> tells everyone what the chart shows', () => {
  it('sums the chart up in one sentence and hides the picture from screen readers', async () => {
    const el = await fixture<LaStatChart>(html`<la-stat-chart .data=${{ series: [casesByMonth] }}></la-stat-chart>`);
    expect(root(el).querySelector('.chart-summary')!.textContent).to.equal('每月案件：3月最多，117件；2月最少，64件。');
    expect(root(el).querySelector('svg.chart-svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect(root(el).querySelectorAll('svg.chart-svg rect')).to.have.length(3);
    await expect(el).to.be.accessible();
  });

  it('draws a line chart with a point per month', async () => {
    const el = await fixture<LaStatChart>(html`<la-stat-chart type="line" .data=${{ series: [casesByMonth] }}></la-stat-chart>`);
    expect(root(el).querySelectorAll('svg.chart-svg path.line')).to.have.length(1);
    expect(root(el).querySelectorAll('svg.chart-svg circle')).to.have.length(3);
  });

  it('marks sample data and says how fresh the data is', async () => {
    const el = await fixture<LaStatChart>(html`<la-stat-chart .data=${{ series: [casesByMonth] }}></la-stat-chart>`);
    expect(text(el)).to.contain('示例数据，不是司法局公布的数字');
    expect(text(el)).to.contain('数据截至2023年7月10日');
  });

  it('speaks English on an English page', async () => {
    const wrapper = await fixture(html`<div lang="en"><la-stat-chart .data=${{ series: [casesByMonth] }}></la-stat-chart></div>`);
    const el = wrapper.querySelector('la-stat-chart')!;
    await elementUpdated(el);
    expect(root(el).querySelector('.chart-summary')!.textContent).to.equal(
      'Cases by month: highest is Month 3 with 117 cases, lowest is Month 2 with 64 cases.',
    );
    expect(text(el)).to.contain('Data as of 10 July 2023');
    await expect(el).to.be.accessible();
  });

  it('keeps working in large-text mode', async () => {
    const el = await fixture<LaStatChart>(html`<la-stat-chart large-text .data=${{ series: [casesByMonth] }}></la-stat-chart>`);
    await expect(el).to.be.accessible();
  });
});

describe('<la-stat-chart> has the table behind the chart', () => {
  it('opens a real table from the keyboard', async () => {
    const el = await fixture<LaStatChart>(html`<la-stat-chart .data=${{ series: [casesByMonth] }}></la-stat-chart>`);
    const details = root(el).querySelector('details')!;
    expect(details.open).to.equal(false);
    root(el).querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    await waitUntil(() => details.querySelector('table'), 'the table is built when opened', { timeout: 10_000 });
    const table = details.querySelector('table')!;
    expect(table.querySelector('caption')!.textContent).to.contain('每月案件');
    expect([...table.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col']);
    expect([...table.querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent)).to.deep.equal(['1月', '2月', '3月']);
    expect([...table.querySelectorAll('tbody td')].map((td) => td.textContent)).to.deep.equal(['78', '64', '117']);
    await expect(el).to.be.accessible();
  });

  it('downloads the table as CSV made on the device, Chinese intact', async () => {
    const el = await fixture<LaStatChart>(html`<la-stat-chart .data=${{ series: [casesByMonth] }}></la-stat-chart>`);
    const before = performance.getEntriesByType('resource').length;
    const csv = await downloadedCsv(el);
    expect(csv.name).to.equal('cases-by-month.csv');
    expect(csv.type).to.contain('text/csv');
    expect(csv.bom, 'starts with a byte-order mark so Excel reads Chinese').to.equal(true);
    expect(csv.text).to.equal('代码,月份,每月案件（件）\r\n2023-01,1月,78\r\n2023-02,2月,64\r\n2023-03,3月,117\r\n');
    expect(performance.getEntriesByType('resource').length, 'no request for the CSV').to.equal(before);
  });

  it('reaches the CSV button with the keyboard', async () => {
    const el = await fixture<LaStatChart>(html`<la-stat-chart .data=${{ series: [casesByMonth] }}></la-stat-chart>`);
    root(el).querySelector('summary')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement!.textContent).to.contain('下载表格');
  });
});

describe('<la-stat-chart> refuses what would mislead and isolates bad data', () => {
  it('refuses figures with different units on one chart, with a clear error and the hotline', async () => {
    const el = await fixture<LaStatChart>(html`<la-stat-chart .data=${{ series: [casesByMonth, moneyByMonth] }}></la-stat-chart>`);
    expect(root(el).querySelector('svg.chart-svg')).to.equal(null);
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('这些数字单位不同（件、元），不能画在一张图里');
    expect(root(el).querySelector('a[href="tel:12348"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows an error, not a chart, for a negative count', async () => {
    const bad = { ...casesByMonth, points: [{ ...casesByMonth.points[0]!, value: -5 }] };
    const el = await fixture<LaStatChart>(html`<la-stat-chart .data=${{ series: [bad] }}></la-stat-chart>`);
    expect(text(el)).to.contain('收到的信息有错误');
    expect(root(el).querySelector('svg.chart-svg')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says there is nothing to show, with the hotline, when given no data at all', async () => {
    const el = await fixture<LaStatChart>(html`<la-stat-chart timeout="200"></la-stat-chart>`);
    await oneEvent(el, 'la-data-error');
    await el.updateComplete;
    expect(text(el)).to.contain('还没有要显示的信息');
    expect(root(el).querySelector('a[href="tel:12348"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('picks its series out of /data/stats.json, even when another row is broken', async () => {
    const doc = statsDocument([], [casesByMonth, { ...moneyByMonth, unit: undefined }]);
    const el = await fixture<LaStatChart>(html`<la-stat-chart series="cases-by-month" src=${jsonUrl(doc)}></la-stat-chart>`);
    expect(text(el)).to.contain('正在读取');
    await expect(el).to.be.accessible();
    await waitUntil(() => root(el).querySelector('svg.chart-svg'), 'the chart arrives', { timeout: 10_000 });
    expect(root(el).querySelectorAll('svg.chart-svg rect')).to.have.length(3);
  });
});
