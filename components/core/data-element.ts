import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { canRetry, DataReader, DEFAULT_TIMEOUT_MS, type DataReport, type DataState } from './data-reader.js';
import type { DataErrorDetail } from './events.js';
import { LaElement } from './la-element.js';
import type { Messages } from './locale.js';

export type { DataState };

/**
 * A kit element that shows data read from a `src` URL, an inline `<script type="application/json">` child,
 * or the `data` property (first found of property, src, inline). It is always in one of three states;
 * the error state explains in plain words and always offers the 12348 hotline, never a blank box.
 * @event la-data-ready - The data loaded and validated; detail: { source: 'src' | 'inline' | 'property' }.
 * @event la-data-error - The data could not be used; detail: { kind, status?, message }.
 * @csspart status - The "loading" line.
 * @csspart error - The box explaining why the data cannot be shown.
 * @csspart hotline - The 12348 hotline line inside the error box.
 */
export abstract class LaDataElement<T, M extends Messages = Messages> extends LaElement<M> {
  /** URL of the JSON data. */
  @property({ reflect: true }) src: string | null = null;
  /** The data itself, for pages that already hold it; wins over `src`. */
  @property({ attribute: false }) data: unknown = undefined;
  /** How long to wait for `src`, in milliseconds (default 10,000). */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT_MS;

  @state() protected dataState: DataState = 'loading';
  @state() protected value: T | undefined;
  @state() protected dataError: DataErrorDetail | undefined;

  private readonly reader = new DataReader<T>(
    this,
    (raw) => this.parseData(raw),
    (next) => this.show(next),
  );

  /** Turns raw JSON into the widget's data or throws a DataValidationError naming the bad fields. */
  protected abstract parseData(raw: unknown): T;

  /** What to show when there is no data source at all; by default that is an error. */
  protected dataWhenMissing(): unknown {
    return undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('data') && this.data !== undefined) {
      this.reader.fromProperty(this.data);
    } else if (changed.has('src') && this.src && this.data === undefined) {
      void this.reload();
    } else if (!this.hasUpdated && this.data === undefined && !this.src) {
      this.reader.fromInline(this.dataWhenMissing());
    }
  }

  /** Fetches `src` again (the retry button). */
  reload(): Promise<void> {
    return this.src ? this.reader.fromUrl(this.src, this.timeout) : Promise.resolve();
  }

  private show({ state, value, error }: DataReport<T>): void {
    this.dataState = state;
    // While a new request runs, the last data (or error) stays for widgets that keep showing it.
    if (state === 'loading') return;
    this.value = value;
    this.dataError = error;
  }

  /** The loading or error view, or nothing when ready. Widgets put it where their content goes. */
  protected renderStatus(): TemplateResult | typeof nothing {
    if (this.dataState === 'loading') {
      return html`<p class="la-status" role="status" part="status">${this.t('status.loading')}</p>`;
    }
    if (this.dataState === 'error' && this.dataError) {
      const { kind, status } = this.dataError;
      return html`<div class="la-error" role="alert" part="error">
        <p class="la-error-title">${this.t('error.title')}</p>
        <p>${this.t(`error.${kind}`, { status: status ?? '' })}</p>
        ${this.renderHotline()}
        ${canRetry(this.src, this.dataError) ? html`<button type="button" @click=${() => void this.reload()}>${this.t('error.retry')}</button>` : nothing}
      </div>`;
    }
    return nothing;
  }

  /** The legal-aid hotline as a tappable `tel:` link. */
  protected renderHotline(): TemplateResult {
    return html`<p class="la-hotline" part="hotline">
      ${this.t('hotline.lead')}
      <a href="tel:12348">${this.t('hotline.name')}</a>
    </p>`;
  }
}
