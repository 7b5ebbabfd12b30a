import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LaDataElement } from '../core/data-element.js';
import { Checker } from '../core/validate.js';
import { formatFigure } from './format.js';
import { findRawRow, metaOf, parseIndicator, type Indicator } from './indicators.js';
import { renderMeta } from './meta-view.js';
import { statStrings } from './stat.strings.js';
import { statStyles } from './stat.styles.js';

const COUNT_UP_MS = 1200;

/**
 * One of the bureau's figures, written the Chinese way (1297.6万元, 40余场) and read to screen readers in
 * full (12,976,000元, 至少40场), with its period, source and date under it and its definition (统计口径)
 * one tap away. "数据截至…" is always shown, so a stale cached copy says how old it is.
 *
 * Data: a published stats document (`src="/data/stats.json"` with `indicator="recovered"`), one indicator
 * row as inline `<script type="application/json">` or the `data` property. Only the chosen row is checked,
 * so one bad row shows an error in its own figure and the others still render.
 *
 * @summary One statistic, honest and accessible.
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
 * @cssproperty --la-stat-value-color - Colour of the number (must keep 4.5:1 contrast on its background).
 * @cssproperty --la-stat-value-size - Size of the number before large-text scaling (default 32px).
 * @cssproperty --la-stat-padding - Space around the figure.
 * @cssproperty --la-stat-sample-surface - Background of the sample-data badge.
 * @cssproperty --la-stat-sample-text - Text colour of the sample-data badge.
 */
export class LaStat extends LaDataElement<Indicator, (typeof statStrings)['zh-CN']> {
  static override strings = statStrings;
  static override styles = statStyles;

  /** Which indicator to show when the data is a whole stats document. */
  @property({ reflect: true }) indicator: string | null = null;
  /** Counts the number up when it first comes into view (not with reduced motion; never read aloud). */
  @property({ type: Boolean, reflect: true, attribute: 'count-up' }) countUp = false;

  /** The number shown while counting up; undefined once it stands at the real value. */
  @state() private shown: number | undefined;
  private frame = 0;
  private observer: IntersectionObserver | undefined;

  protected parseData(raw: unknown): Indicator {
    const check = new Checker();
    const where = this.indicator ? `indicator="${this.indicator}"` : 'data';
    if (!this.indicator || !(raw as { reports?: unknown })?.reports) return check.done(parseIndicator(raw, check)!, where);
    const found = findRawRow(raw, 'indicators', this.indicator);
    if (!found) check.fail('indicator', 'is not in the data');
    const row = found && parseIndicator(found.row, check, metaOf(found.report));
    return check.done(row!, where);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('value') && this.value && this.countUp) this.startCountUpWhenSeen();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopCountUp();
  }

  private startCountUpWhenSeen(): void {
    this.stopCountUp();
    if (matchMedia('(prefers-reduced-motion: reduce)').matches) return;
    // The real figure stands until the element scrolls into view, so print and a quick scroll past never
    // show a zero.
    this.observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      this.observer?.disconnect();
      this.shown = 0;
      const target = this.value!.value;
      const started = performance.now();
      const step = (now: number) => {
        const progress = Math.min(1, (now - started) / COUNT_UP_MS);
        // Ease out: fast at first, settling gently on the real figure.
        const eased = 1 - (1 - progress) ** 3;
        this.shown = progress < 1 ? Math.round(target * eased) : undefined;
        if (progress < 1) this.frame = requestAnimationFrame(step);
      };
      this.frame = requestAnimationFrame(step);
    });
    this.observer.observe(this);
  }

  private stopCountUp(): void {
    cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
    this.shown = undefined;
  }

  override render() {
    const row = this.value;
    if (!row) return html`${this.dataState === 'loading' ? html`<slot></slot>` : nothing}${this.renderStatus()}`;
    const { locale } = this;
    const figure = formatFigure(row.value, row.unit, row.qualifier, locale);
    const printed = this.shown === undefined ? figure.text : formatFigure(this.shown, row.unit, row.qualifier, locale).text;
    const date = (value: string) => this.formatDate(value);
    return html`
      <p class="value" part="value"><span aria-hidden="true">${printed}</span><span class="visually-hidden">${figure.spoken}</span></p>
      <p class="label" part="label">${row.label[locale]}</p>
      ${renderMeta(row, locale, (key, values) => this.t(key, values), date)}
      <details part="definition">
        <summary>${this.t('definition')}</summary>
        <p>${row.definition[locale]}</p>
      </details>
    `;
  }
}
