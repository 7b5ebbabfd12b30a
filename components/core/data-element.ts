import { canRetry, DataReader, type DataReport, type DataState } from './data-reader.js';
import type { CoreMessageKey } from './core.strings.js';
import { setAttr } from './dom.js';
import type { DataErrorDetail } from './events.js';
import type { Messages } from './locale.js';
import { LaElement } from './element.js';
import { errorView, hotlineView, loadingView } from './status-view.js';

/**
 * A kit element that shows data: from the `data` property, a `src` URL or inline JSON, with three states
 * (loading, ready, error), events, and an error view with the 12348 hotline (statusStyles styles it).
 * @event la-data-ready - The data loaded and validated; detail: { source: 'src' | 'inline' | 'property' }.
 * @event la-data-error - The data could not be used; detail: { kind, status?, message }.
 * @csspart status - The "loading" line.
 * @csspart error - The box explaining why the data cannot be shown.
 * @csspart hotline - The 12348 hotline line inside the error box.
 */
/**
 * `T` is the widget's parsed data, `D` what its `data` property accepts (the published JSON's type, such as
 * `StatsDocument` or `FaqData`).
 */
export abstract class LaDataElement<T, M extends Messages = Messages, D = unknown> extends LaElement<M> {
  protected dataState: DataState = 'loading';
  protected value: T | undefined;
  protected dataError: DataErrorDetail | undefined;
  #dataValue: unknown = undefined;
  /** The first read is scheduled (on the first connection); `started` once it ran. */
  #scheduled = false;
  #started = false;
  readonly #reader = new DataReader<T>(
    this,
    (raw) => this.parseData(raw),
    (next) => this.#show(next),
  );

  static override attributeNames = ['src'];

  /** URL of the JSON data. */
  get src(): string | null {
    return this.getAttribute('src');
  }
  set src(value: string | null) {
    setAttr(this, 'src', value);
  }

  /** The data itself, for pages that already hold it; wins over `src`. */
  get data(): D | undefined {
    return this.#dataValue as D | undefined;
  }
  set data(value: D | undefined) {
    this.#dataValue = value;
    // Before the element is on the page its events would reach nobody: the first connection reads it.
    if (value !== undefined && this.#started) this.#reader.fromProperty(value);
  }

  /** Turns raw JSON into the widget's data or throws a DataValidationError naming the bad fields. */
  protected abstract parseData(raw: unknown): T;

  /** What to show when there is no data source at all; by default that is an error. */
  protected dataWhenMissing(): unknown {
    return undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#scheduled) return;
    this.#scheduled = true;
    // Read once the element's children are parsed (a microtask later), as a Lit element's first update does.
    queueMicrotask(() => {
      this.#started = true;
      if (this.#dataValue !== undefined) this.#reader.fromProperty(this.#dataValue);
      else if (this.src) void this.reload();
      // No source yet: DataReader waits `timeout` for a page script to set `data` or `src`.
      else this.#reader.fromInline(this.dataWhenMissing(), this.getAttribute('timeout'));
    });
  }

  override attributeChangedCallback(name: string, before: string | null, after: string | null): void {
    super.attributeChangedCallback(name, before, after);
    if (name === 'src' && this.#started && after && after !== before && this.#dataValue === undefined) void this.reload();
  }

  /** Fetches `src` again (the retry button); the `timeout` attribute says how long to wait, in ms. */
  reload(): Promise<void> {
    return this.src ? this.#reader.fromUrl(this.src, this.getAttribute('timeout')) : Promise.resolve();
  }

  #show({ state, value, error }: DataReport<T>): void {
    const before = this.dataState;
    this.dataState = state;
    if (state !== 'loading') {
      this.value = value;
      this.dataError = error;
    }
    // Always marked, even ready → ready: `willUpdate` reacts to new data by `changed.has('dataState')`.
    this.requestUpdate('dataState', before);
  }

  /** The loading or error view (status-view.ts), or null when ready. */
  protected renderStatus(): HTMLElement | undefined {
    const t = (key: CoreMessageKey, values?: Record<string, string | number>) => this.t(key, values);
    const error = this.dataError;
    // An error is kept only with the error state (#show clears it on new data).
    return this.dataState === 'loading'
      ? loadingView(t)
      : error && errorView(t, error, canRetry(this.src, error) ? () => void this.reload() : undefined);
  }

  /** The legal-aid hotline as a tappable `tel:` link. */
  protected renderHotline(): HTMLElement {
    return hotlineView((key) => this.t(key));
  }
}
