import { h, setAttr } from '../core/dom.js';
import { LaDataElement } from '../core/data-element.js';
import { Checker } from '../core/validate.js';
import { assertChartable, chartSummary, MixedUnitsError, type Translate } from './chart-summary.js';
import type { ChartType } from './chart-geometry.js';
import { chartTitle, chartView } from './chart-view.js';
import { unitWord } from './format.js';
import { findRawRow, metaOf, parseSeries, type Series, type StatsDocument } from './indicators.js';
import { statChartLazyWords, statChartWords, type StatChartMessages } from './stat-chart.strings.js';
import { statChartStyles } from './stat-chart.styles.js';

/** The table and the CSV: fetched when a reader first asks for either, not to show the chart. */
const tableAndCsv = () => import('./stat-chart-table.js');

/**
 * A series of the bureau's figures (by month, district or issue) as an accessible SVG bar or line chart,
 * drawn without a chart library: a one-sentence summary first, the picture, the table behind it and a CSV
 * download made on the device. Colours come from the Okabe–Ito palette and lines also differ by dash, so
 * no reader depends on telling colours apart. Series with different units are refused: one axis, one unit.
 * With `interactive`, a button loads tree-shaken Chart.js (a separate chunk) only when the reader asks.
 *
 * Written without Lit (LaDataElement): the chart should cost less than Lit alone. The table and the
 * CSV load on first use, like Chart.js.
 *
 * Data: a published stats document (`src="/data/stats.json"` with `series="cases-by-month"`), inline
 * `<script type="application/json">{"series": [...]}</script>` or the `data` property.
 *
 * @summary Accessible statistics chart with table view and CSV download.
 * @attr type - `bar` (default) or `line` (a line only makes sense over months).
 * @attr series - Which series to draw when the data is a whole stats document (comma-separated ids).
 * @attr interactive - Offers a button that loads the interactive Chart.js chart.
 * @attr src - URL of the JSON data.
 * @attr timeout - How long to wait for `src`, in milliseconds (default 10,000).
 * @slot - Server-rendered HTML and SVG of the chart, shown before the element upgrades and while its data loads.
 * @event la-data-ready - The chart's data loaded and is valid.
 * @event la-data-error - The chart's data could not be used (including mixed units); an error with the 12348 hotline shows.
 * @csspart title - The chart's title.
 * @csspart summary - The one-sentence summary.
 * @csspart chart - The SVG chart (or the interactive canvas).
 * @csspart table - The table view disclosure.
 * @csspart actions - The CSV download and interactive-chart buttons.
 * @csspart meta - Period, source, data date and the sample-data badge.
 * @csspart status - The loading message.
 * @csspart error - The error view.
 * @csspart hotline - The 12348 hotline in the error view.
 * @cssproperty [--la-stat-chart-grid=#d0d7de] - Colour of the gridlines.
 * @cssproperty [--la-stat-chart-max-width=640px] - Widest the chart grows.
 * @cssproperty [--la-stat-sample-surface=#fff4ce] - Background of the sample-data badge (shared with `<la-stat>`).
 * @cssproperty [--la-stat-sample-text=#5c3c00] - Text colour of the sample-data badge (shared with `<la-stat>`).
 */
export class LaStatChart extends LaDataElement<Series[], StatChartMessages, StatsDocument> {
  static override strings = statChartWords;
  static override lazyStrings = statChartLazyWords;
  static override styles = statChartStyles;
  static override attributeNames = [...LaDataElement.attributeNames, 'type', 'series', 'interactive'];

  /** Bars or a line (a line only makes sense over months). */
  get type(): ChartType {
    return this.getAttribute('type') === 'line' ? 'line' : 'bar';
  }
  set type(value: ChartType) {
    this.setAttribute('type', value);
  }

  /** Which series to draw when the data is a whole stats document (comma-separated ids). */
  get series(): string | null {
    return this.getAttribute('series');
  }
  set series(value: string | null) {
    setAttr(this, 'series', value);
  }

  /** Offers a button that loads the interactive Chart.js chart. */
  get interactive(): boolean {
    return this.hasAttribute('interactive');
  }
  set interactive(value: boolean) {
    this.toggleAttribute('interactive', value);
  }

  /** Units of a refused chart, for the error message. */
  private mixedUnits: string[] | undefined;
  /** Closes the interactive chart and puts the SVG back; set while the interactive chart is open. */
  private closeChart: (() => void) | undefined;
  private opening = false;

  protected parseData(raw: unknown): Series[] {
    this.mixedUnits = undefined;
    const check = new Checker();
    let list: (Series | undefined)[];
    if (this.series && (raw as { reports?: unknown })?.reports) {
      list = this.series.split(',').map((id) => {
        const found = findRawRow(raw, 'series', id.trim());
        if (!found) check.fail('series', `"${id.trim()}" is not in the data`);
        return found && parseSeries(found.row, check.nested(`series ${id.trim()}`), metaOf(found.report));
      });
    } else {
      const record = check.object(raw) ?? {};
      const rows = Array.isArray(record['series']) ? record['series'] : [raw];
      list = rows.map((row, i) => parseSeries(row, check.nested(Array.isArray(record['series']) ? `series.${i}` : '')));
    }
    const series = check.done(list as Series[], this.series ? `series="${this.series}"` : 'data');
    try {
      assertChartable(series);
    } catch (error) {
      if (error instanceof MixedUnitsError) this.mixedUnits = error.units;
      throw error;
    }
    return series;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.closeInteractive();
  }

  private say: Translate = (key, values) => this.t(key, values);

  /** A short line after `after` when something the reader asked for could not load; no text clears it. */
  private tell(after: Element, text?: string): void {
    const next = after.nextElementSibling;
    if (next?.classList.contains('note')) next.remove();
    if (text) after.after(h('p', { class: 'note', role: 'status' }, text));
  }

  /** Builds the table when the disclosure is first opened: a 1,000-row table costs more than the chart itself. */
  private async openTable(details: HTMLDetailsElement, list: Series[], title: string): Promise<void> {
    if (!details.open || details.querySelector('table')) return;
    try {
      const { tableView } = await tableAndCsv();
      this.tell(details.firstElementChild!);
      if (!details.querySelector('table')) details.append(tableView(list, this.locale, this.say, title));
    } catch {
      this.tell(details.firstElementChild!, this.t('extras.failed'));
    }
  }

  private async downloadCsv(button: HTMLElement, list: Series[]): Promise<void> {
    try {
      (await tableAndCsv()).downloadCsv(this.shadowRoot!, list, this.locale, this.say);
      this.tell(button.parentElement!);
    } catch {
      this.tell(button.parentElement!, this.t('extras.failed'));
    }
  }

  /** One button opens and closes the interactive chart, so keyboard focus never falls off the page. */
  private async toggleInteractive(button: HTMLButtonElement, svg: SVGElement, list: Series[], summary: string): Promise<void> {
    if (this.closeChart) {
      this.closeInteractive();
      button.textContent = this.t('interactive.open');
      return;
    }
    if (this.opening) return;
    this.opening = true;
    button.textContent = this.t('interactive.loading');
    try {
      const { openInteractiveChart } = await import('./stat-chart-interactive.js');
      // Drawn again meanwhile (new data or language): that render has its own SVG and button.
      if (!button.isConnected) return;
      this.tell(button.parentElement!);
      this.closeChart = openInteractiveChart(svg, list, this.type, this.locale, summary);
      button.textContent = this.t('interactive.close');
    } catch (error) {
      console.warn('legal-aid-kit: <la-stat-chart> could not load the interactive chart', error);
      button.textContent = this.t('interactive.open');
      this.tell(button.parentElement!, this.t('interactive.failed'));
    } finally {
      this.opening = false;
    }
  }

  private closeInteractive(): void {
    this.closeChart?.();
    this.closeChart = undefined;
  }

  protected render() {
    // A new render draws the SVG again: new data, language or type closes the interactive chart.
    this.closeInteractive();
    const list = this.value;
    // The server-rendered chart stays until the page language's words are here.
    if (!this.wordsReady && list) return h('slot', null);
    if (!list) {
      const status = this.renderStatus();
      if (this.mixedUnits && status) {
        const units = this.mixedUnits.map((u) => unitWord(u as Series['unit'], this.locale)).join('、');
        status.children[1]!.textContent = this.t('units.mixed', { units });
      }
      return [this.dataState === 'loading' && h('slot', null), status];
    }
    const { locale } = this;
    const title = chartTitle(list, this.say, locale);
    const summary = chartSummary(list, locale, this.say);
    const csv = h('button', { type: 'button', onclick: () => void this.downloadCsv(csv, list) }, this.t('csv.download'));
    const toggle =
      this.interactive &&
      h(
        'button',
        { type: 'button', onclick: () => void this.toggleInteractive(toggle as HTMLButtonElement, svg, list, summary) },
        this.t('interactive.open'),
      );
    // The table is built when first opened (its rows cost more than the chart), in the chart's place for it.
    const table = [
      h(
        'details',
        { part: 'table', ontoggle: (event: Event) => void this.openTable(event.target as HTMLDetailsElement, list, title) },
        h('summary', null, this.t('table.show')),
      ),
      h('div', { class: 'actions', part: 'actions' }, csv, toggle),
    ];
    const view = chartView(list, this.type, this.say, locale, table);
    const svg = view.find((node): node is SVGElement => node instanceof SVGElement)!;
    return view;
  }
}
