import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LaDataErrorEvent, LaDataReadyEvent, type DataErrorDetail } from './events.js';
import { LoadFailure, sharedFetch } from './fetch-json.js';
import { LaElement } from './la-element.js';
import type { Messages } from './locale.js';
import { DataValidationError } from './validate.js';

export type DataState = 'loading' | 'ready' | 'error';
type DataSource = 'src' | 'inline' | 'property';

const DEFAULT_TIMEOUT_MS = 10_000;

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

  private loadGeneration = 0;

  /** Turns raw JSON into the widget's data or throws a DataValidationError naming the bad fields. */
  protected abstract parseData(raw: unknown): T;

  /** What to show when there is no data source at all; by default that is an error. */
  protected dataWhenMissing(): unknown {
    return undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('data') && this.data !== undefined) {
      this.accept(this.data, 'property');
    } else if (changed.has('src') && this.src && this.data === undefined) {
      void this.load();
    } else if (!this.hasUpdated && this.data === undefined && !this.src) {
      this.readInline();
    }
  }

  /** Fetches `src` again (the retry button). */
  reload(): Promise<void> {
    return this.src ? this.load() : Promise.resolve();
  }

  private effectiveTimeout(): number {
    const value = Number(this.timeout);
    return Number.isFinite(value) && value > 0 ? Math.min(value, 120_000) : DEFAULT_TIMEOUT_MS;
  }

  private async load(): Promise<void> {
    const generation = ++this.loadGeneration;
    this.dataState = 'loading';
    try {
      const raw = await sharedFetch(new URL(this.src!, document.baseURI).href, this.effectiveTimeout());
      if (generation === this.loadGeneration) this.accept(raw, 'src');
    } catch (error) {
      if (generation !== this.loadGeneration) return;
      this.fail(error instanceof LoadFailure ? error.detail : { kind: 'network', message: String(error) });
    }
  }

  private readInline(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (!script) {
      const fallback = this.dataWhenMissing();
      if (fallback === undefined) this.fail({ kind: 'missing', message: 'no data, src or inline JSON' });
      else this.accept(fallback, 'inline');
      return;
    }
    try {
      this.accept(JSON.parse(script.textContent ?? ''), 'inline');
    } catch (error) {
      this.fail({ kind: 'invalid-json', message: `inline JSON: ${String(error)}` });
    }
  }

  private accept(raw: unknown, source: DataSource): void {
    try {
      this.value = this.parseData(raw);
    } catch (error) {
      this.fail({ kind: 'invalid-data', message: error instanceof DataValidationError ? error.message : String(error) });
      return;
    }
    this.dataError = undefined;
    this.dataState = 'ready';
    this.dispatchEvent(new LaDataReadyEvent(source));
  }

  private fail(detail: DataErrorDetail): void {
    this.value = undefined;
    this.dataError = detail;
    this.dataState = 'error';
    console.warn(`legal-aid-kit: <${this.localName}> ${detail.message}`);
    this.dispatchEvent(new LaDataErrorEvent(detail));
  }

  /** The loading or error view, or nothing when ready. Widgets put it where their content goes. */
  protected renderStatus(): TemplateResult | typeof nothing {
    if (this.dataState === 'loading') {
      return html`<p class="la-status" role="status" aria-live="polite" part="status">${this.t('status.loading')}</p>`;
    }
    if (this.dataState === 'error' && this.dataError) {
      const { kind, status } = this.dataError;
      const canRetry = Boolean(this.src) && (kind === 'network' || kind === 'timeout' || kind === 'http');
      return html`<div class="la-error" role="alert" part="error">
        <p class="la-error-title">${this.t('error.title')}</p>
        <p>${this.t(`error.${kind}`, { status: status ?? '' })}</p>
        ${this.renderHotline()}
        ${canRetry ? html`<button type="button" @click=${() => void this.reload()}>${this.t('error.retry')}</button>` : nothing}
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
