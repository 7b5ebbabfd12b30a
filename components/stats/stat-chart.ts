import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { LaDataElement } from '../core/data-element.js';
import { Checker } from '../core/validate.js';
import { assertChartable, chartCsv, chartGeometryFor, chartSummary, chartTable, csvFileName, MixedUnitsError } from './chart-data.js';
import type { ChartGeometry, ChartType } from './chart-geometry.js';
import { CSV_BOM, toCsv } from './csv.js';
import { unitWord } from './format.js';
import { findRawRow, metaOf, parseSeries, type Series } from './indicators.js';
import { metaView } from './meta-view.js';
import { seriesColour, seriesDash } from './palette.js';
import { statChartStrings, type StatChartMessages } from './stat-chart.strings.js';
import { statChartStyles } from './stat-chart.styles.js';

type InteractiveState = 'off' | 'loading' | 'on' | 'failed';
const INTERACTIVE_LABEL = {
  off: 'interactive.open',
  failed: 'interactive.open',
  loading: 'interactive.loading',
  on: 'interactive.close',
} as const satisfies Record<InteractiveState, string>;
interface InteractiveChart {
  destroy(): void;
}

/**
 * A series of the bureau's figures (by month, district or issue) as an accessible SVG bar or line chart,
 * drawn without a chart library: a one-sentence summary first, the picture, the table behind it and a CSV
 * download made on the device. Colours come from the Okabe–Ito palette and lines also differ by dash, so
 * no reader depends on telling colours apart. Series with different units are refused: one axis, one unit.
 * With `interactive`, a button loads tree-shaken Chart.js (a separate chunk) only when the reader asks.
 *
 * Data: a published stats document (`src="/data/stats.json"` with `series="cases-by-month"`), inline
 * `<script type="application/json">{"series": [...]}</script>` or the `data` property.
 *
 * @summary Accessible statistics chart with table view and CSV download.
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
 * @cssproperty --la-stat-chart-grid - Colour of the gridlines.
 * @cssproperty --la-stat-chart-max-width - Widest the chart grows (default 640px).
 */
export class LaStatChart extends LaDataElement<Series[], StatChartMessages> {
  static override strings = statChartStrings;
  static override styles = statChartStyles;

  /** Bars or a line (a line only makes sense over months). */
  @property({ reflect: true }) type: ChartType = 'bar';
  /** Which series to draw when the data is a whole stats document (comma-separated ids). */
  @property({ reflect: true }) series: string | null = null;
  /** Offers a button that loads the interactive Chart.js chart. */
  @property({ type: Boolean, reflect: true }) interactive = false;

  @state() private interactiveState: InteractiveState = 'off';
  /** The table is built when first opened: a 1,000-row table costs more than the chart itself. */
  @state() private tableOpen = false;
  /** Units of a refused chart, for the error message. */
  @state() private mixedUnits: string[] | undefined;
  @query('canvas') private canvas?: HTMLCanvasElement;
  private chart: InteractiveChart | undefined;

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

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if ((changed.has('value') || changed.has('locale') || changed.has('type')) && this.chart) this.closeInteractive();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('interactiveState') && this.interactiveState === 'on' && !this.chart) void this.drawInteractive();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.closeInteractive();
  }

  private say = (key: keyof StatChartMessages & string, values?: Record<string, string | number>) => this.t(key, values);

  /** Builds the CSV on the device and hands it over as a Blob URL: no request leaves the page. */
  private downloadCsv(): void {
    const text = CSV_BOM + toCsv(chartCsv(this.value!, this.locale, this.say));
    const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = csvFileName(this.value!);
    link.hidden = true;
    this.renderRoot.append(link);
    link.click();
    link.remove();
    // The download has started by now; free the memory.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  /** One button opens and closes the interactive chart, so keyboard focus never falls off the page. */
  private toggleInteractive(): void {
    if (this.interactiveState === 'on') this.closeInteractive();
    else if (this.interactiveState !== 'loading') void this.openInteractive();
  }

  private async openInteractive(): Promise<void> {
    this.interactiveState = 'loading';
    try {
      await import('./stat-chart-interactive.js');
      this.interactiveState = 'on';
    } catch (error) {
      console.warn('legal-aid-kit: <la-stat-chart> could not load the interactive chart', error);
      this.interactiveState = 'failed';
    }
  }

  private async drawInteractive(): Promise<void> {
    const { drawInteractiveChart } = await import('./stat-chart-interactive.js');
    if (!this.canvas || !this.value) return;
    this.chart = drawInteractiveChart(
      this.canvas,
      this.value,
      this.type,
      this.locale,
      matchMedia('(prefers-reduced-motion: reduce)').matches,
    );
  }

  private closeInteractive(): void {
    this.chart?.destroy();
    this.chart = undefined;
    if (this.interactiveState === 'on') this.interactiveState = 'off';
  }

  override render() {
    const list = this.value;
    if (!list) {
      if (this.mixedUnits) {
        return html`<div class="la-error" role="alert" part="error">
          <p class="la-error-title">
            ${this.t('units.mixed', { units: this.mixedUnits.map((u) => unitWord(u as Series['unit'], this.locale)).join('、') })}
          </p>
          ${this.renderHotline()}
        </div>`;
      }
      return html`${this.dataState === 'loading' ? html`<slot></slot>` : nothing}${this.renderStatus()}`;
    }
    const { locale } = this;
    const first = list[0]!;
    const title = list.map((s) => s.label[locale]).join(this.t('summary.join'));
    const summary = chartSummary(list, locale, this.say);
    return html`
      <p class="title" part="title">${title}</p>
      <p class="summary" part="summary">${summary}</p>
      ${
        this.interactiveState === 'on'
          ? html`<div class="canvas-box" part="chart"><canvas role="img" aria-label=${summary}></canvas></div>`
          : this.renderSvg(chartGeometryFor(list, this.type, locale))
      }
      ${list.length > 1 ? this.renderLegend(list) : nothing} ${this.renderTable(list, title)}
      <div class="actions" part="actions">
        <button type="button" @click=${this.downloadCsv}>${this.t('csv.download')}</button>
        ${
          this.interactive
            ? html`<button type="button" @click=${this.toggleInteractive}>${this.t(INTERACTIVE_LABEL[this.interactiveState])}</button>`
            : nothing
        }
      </div>
      ${this.interactiveState === 'failed' ? html`<p role="status">${this.t('interactive.failed')}</p>` : nothing}
      ${metaView(
        first,
        locale,
        (key, values) => this.t(key, values),
        (value) => this.formatDate(value),
      )}
    `;
  }

  /** The picture only: the summary above and the table below say everything it shows. */
  private renderSvg(g: ChartGeometry) {
    return html`<svg part="chart" class="chart" viewBox="0 0 ${g.width} ${g.height}" aria-hidden="true" font-size=${g.fontSize}>
      ${g.ticks.map(
        (tick) =>
          svg`<line class="grid" x1=${tick.x1} y1=${tick.y1} x2=${tick.x2} y2=${tick.y2}></line>
          <text class="tick" x=${tick.labelX} y=${tick.labelY} text-anchor=${g.orientation === 'horizontal' ? 'middle' : 'end'}>${tick.label}</text>`,
      )}
      <line class="baseline" x1=${g.baseline.x1} y1=${g.baseline.y1} x2=${g.baseline.x2} y2=${g.baseline.y2}></line>
      ${g.bars.map((bar) => svg`<rect x=${bar.x} y=${bar.y} width=${bar.width} height=${bar.height} fill=${seriesColour(bar.series)}></rect>`)}
      ${g.lines.map(
        (line) =>
          svg`<path class="line" d=${line.path} stroke=${seriesColour(line.series)} stroke-dasharray=${seriesDash(line.series) || 'none'}></path>
          ${g.markers ? line.points.map((p) => svg`<circle cx=${p.x} cy=${p.y} r="3.5" fill=${seriesColour(line.series)}></circle>`) : nothing}`,
      )}
      ${g.categoryLabels.map((label) => svg`<text class="category" x=${label.x} y=${label.y} text-anchor=${label.anchor}>${label.label}</text>`)}
    </svg>`;
  }

  private renderLegend(list: Series[]) {
    return html`<ul class="legend" aria-hidden="true">
      ${list.map(
        (s, i) =>
          html`<li>
            <svg width="24" height="12" viewBox="0 0 24 12">
              <line
                x1="0"
                y1="6"
                x2="24"
                y2="6"
                stroke=${seriesColour(i)}
                stroke-width="4"
                stroke-dasharray=${seriesDash(i) || 'none'}
              ></line>
            </svg>
            ${s.label[this.locale]}
          </li>`,
      )}
    </ul>`;
  }

  private renderTable(list: Series[], title: string) {
    return html`<details part="table" @toggle=${(event: Event) => (this.tableOpen = (event.target as HTMLDetailsElement).open)}>
      <summary>${this.t('table.show')}</summary>
      ${this.tableOpen ? this.renderTableBody(list, title) : nothing}
    </details>`;
  }

  private renderTableBody(list: Series[], title: string) {
    const table = chartTable(list, this.locale, this.say);
    return html`<div class="table-box">
      <table>
        <caption>
          ${this.t('table.caption', { label: title, unit: unitWord(list[0]!.unit, this.locale) })}
        </caption>
        <thead>
          <tr>
            ${table.head.map((cell) => html`<th scope="col">${cell}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${table.rows.map(
            ([category, ...cells]) =>
              html`<tr>
                <th scope="row">${category}</th>
                ${cells.map((cell) => html`<td>${cell}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}
