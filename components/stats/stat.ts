import { h, setAttr } from '../core/dom.js';
import { LaDataElement } from '../core/data-element.js';
import { Checker } from '../core/validate.js';
import { figureView } from './figure-view.js';
import { findRawRow, metaOf, parseIndicator, type Indicator, type StatsDocument } from './indicators.js';
import { statLazyWords, statWords } from './stat.strings.js';
import { statStyles } from './stat.styles.js';

/**
 * One of the bureau's figures, written the Chinese way (1297.6万元, 40余场) and read to screen readers in
 * full (12,976,000元, 至少40场), with its period, source and date under it and its definition (统计口径)
 * one tap away. "数据截至…" is always shown, so a stale cached copy says how old it is.
 *
 * Written without Lit (LaDataElement): a page of figures should cost less than Lit alone.
 *
 * Data: a published stats document (`src="/data/stats.json"` with `indicator="recovered"`), one indicator
 * row as inline `<script type="application/json">` or the `data` property. Only the chosen row is checked,
 * so one bad row shows an error in its own figure and the others still render.
 *
 * @summary One statistic, honest and accessible.
 * @attr indicator - Which indicator to show when the data is a whole stats document.
 * @attr count-up - Brings the figure in (fades and rises) when it first comes into view; the number itself never changes. Not with reduced motion.
 * @attr src - URL of the JSON data.
 * @attr timeout - How long to wait for `src`, in milliseconds (default 10,000).
 * @slot - Server-rendered HTML of the figure, shown before the element upgrades and while its data loads.
 * @event la-data-ready - The figure's data loaded and is valid.
 * @event la-data-error - The figure's data could not be used; the figure shows an error with the 12348 hotline.
 * @csspart value - The number as printed.
 * @csspart label - What the number counts.
 * @csspart meta - Period, source, data date and the sample-data badge.
 * @csspart definition - The 统计口径 disclosure.
 * @csspart status - The loading message.
 * @csspart error - The error view.
 * @csspart hotline - The 12348 hotline in the error view.
 * @cssproperty [--la-stat-value-color=var(--la-color-primary)] - Colour of the number (must keep 4.5:1 contrast on its background).
 * @cssproperty [--la-stat-value-size=32px] - Size of the number before large-text scaling.
 * @cssproperty [--la-stat-padding=var(--la-space-4)] - Space around the figure.
 * @cssproperty [--la-stat-sample-surface=#fff4ce] - Background of the sample-data badge.
 * @cssproperty [--la-stat-sample-text=#5c3c00] - Text colour of the sample-data badge.
 */
export class LaStat extends LaDataElement<Indicator, (typeof statWords)['zh-CN'], StatsDocument | Indicator> {
  static override strings = statWords;
  static override lazyStrings = statLazyWords;
  static override styles = statStyles;
  static override attributeNames = [...LaDataElement.attributeNames, 'indicator'];

  /** Which indicator to show when the data is a whole stats document. */
  get indicator(): string | null {
    return this.getAttribute('indicator');
  }
  set indicator(value: string | null) {
    setAttr(this, 'indicator', value);
  }

  /** Stops a running reveal; set while one is waiting or running. */
  /** @internal The printed figure, the element the count-up reveal moves. */
  printed: HTMLElement | undefined;

  protected parseData(raw: unknown): Indicator {
    const check = new Checker();
    const where = this.indicator ? `indicator="${this.indicator}"` : 'data';
    if (!this.indicator || !(raw as { reports?: unknown })?.reports) return check.done(parseIndicator(raw, check)!, where);
    const found = findRawRow(raw, 'indicators', this.indicator);
    if (!found) check.fail('indicator', 'is not in the data');
    const row = found && parseIndicator(found.row, check, metaOf(found.report));
    return check.done(row!, where);
  }

  protected override updated(): void {
    // `count-up`: brings the figure in when it first comes into view, never changing the number. Its code,
    // a reactive controller, loads only for figures that ask for it.
    if (this.printed && this.hasAttribute('count-up')) void import('./count-up.js').then(({ countUp }) => countUp(this));
  }

  protected render() {
    const row = this.value;
    // The partner's fallback (the figure as text) stays in view while loading and on error, as in every widget.
    // The server-rendered figure stays until the data and the page language's words are here.
    if (!row || !this.wordsReady) return [h('slot', null), this.renderStatus()];
    const view = figureView(row, (key, values) => this.t(key, values), this.locale);
    this.printed = view[0].firstElementChild as HTMLElement;
    return view;
  }
}
