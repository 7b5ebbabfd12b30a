import { LaDataErrorEvent, LaDataReadyEvent, type DataErrorDetail } from './events.js';
import { type LoadFailure, sharedFetch } from './fetch-json.js';
import { DataValidationError } from './validate.js';

export type DataState = 'loading' | 'ready' | 'error';
export type DataSource = 'src' | 'inline' | 'property';

export interface DataReport<T> {
  state: DataState;
  value?: T;
  error?: DataErrorDetail;
}

export const DEFAULT_TIMEOUT_MS = 10_000;

/** A partner page may write anything in `timeout`: keep it positive and below two minutes. */
export function clampTimeout(value: unknown): number {
  const ms = Number(value);
  return Number.isFinite(ms) && ms > 0 ? Math.min(ms, 120_000) : DEFAULT_TIMEOUT_MS;
}

/**
 * Reads a widget's data from the `data` property, a `src` URL or an inline `<script type="application/json">`
 * child, checks it with the widget's parser, fires la-data-ready / la-data-error on the host and reports the
 * new state. Framework-free, so Lit and plain kit elements load data the same way.
 */
export class DataReader<T> {
  #generation = 0;

  readonly #host: HTMLElement;
  readonly #parse: (raw: unknown) => T;
  readonly #report: (next: DataReport<T>) => void;

  constructor(host: HTMLElement, parse: (raw: unknown) => T, report: (next: DataReport<T>) => void) {
    this.#host = host;
    this.#parse = parse;
    this.#report = report;
  }

  fromProperty(data: unknown): void {
    this.#generation++;
    this.#accept(data, 'property');
  }

  async fromUrl(src: string, timeout: unknown): Promise<void> {
    const generation = ++this.#generation;
    this.#report({ state: 'loading' });
    try {
      const raw = await sharedFetch(new URL(src, document.baseURI).href, clampTimeout(timeout));
      if (generation === this.#generation) this.#accept(raw, 'src');
    } catch (error) {
      if (generation !== this.#generation) return;
      // By shape, not instanceof: on a CDN page the request may come from the other copy of the core.
      this.#fail((error as Partial<LoadFailure>)?.detail ?? { kind: 'network', message: String(error) });
    }
  }

  /**
   * The inline JSON child, else `fallback` (a widget's built-in default), else a "missing" error once
   * `timeout` ms have passed with no data nor URL: a page script may set them a little later, and data that
   * arrives so never shows the error view first, nor fires a false la-data-error.
   */
  fromInline(fallback?: unknown, timeout?: unknown): void {
    const generation = ++this.#generation;
    const script = this.#host.querySelector(':scope > script[type="application/json"]');
    if (!script) {
      if (fallback !== undefined) this.#accept(fallback, 'inline');
      else
        setTimeout(
          () => generation === this.#generation && this.#fail({ kind: 'missing', message: 'no data, src or inline JSON' }),
          clampTimeout(timeout),
        );
      return;
    }
    try {
      this.#accept(JSON.parse(script.textContent ?? ''), 'inline');
    } catch (error) {
      this.#fail({ kind: 'invalid-json', message: `inline JSON: ${String(error)}` });
    }
  }

  #accept(raw: unknown, source: DataSource): void {
    let value: T;
    try {
      value = this.#parse(raw);
    } catch (error) {
      this.#fail({ kind: 'invalid-data', message: error instanceof DataValidationError ? error.message : String(error) });
      return;
    }
    this.#report({ state: 'ready', value });
    this.#host.dispatchEvent(new LaDataReadyEvent(source));
  }

  #fail(error: DataErrorDetail): void {
    this.#report({ state: 'error', error });
    console.warn(`legal-aid-kit: <${this.#host.localName}> ${error.message}`);
    this.#host.dispatchEvent(new LaDataErrorEvent(error));
  }
}

/** Whether pressing "try again" may help: only a request that failed on the way. */
export function canRetry(src: string | null, error: DataErrorDetail | undefined): boolean {
  return Boolean(src) && /^(network|timeout|http)$/.test(error?.kind ?? '');
}
