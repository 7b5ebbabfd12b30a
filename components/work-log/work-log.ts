import { html, type TemplateResult } from 'lit-html';
import { adoptStyles, type CSSResult } from '../core/css.js';
import { formatYuan } from '../core/format.js';
import { litRenderer } from '../core/lit-renderer.js';
import { LaElement } from '../core/element.js';
import { tokens } from '../core/tokens.styles.js';
import { LogStoreController } from './log-store-controller.js';
import type { FormsHost } from './log-forms.js';
import { recordDay, type DayFields, type DayStatus } from './log-model.js';
import { logTemplate, type Forms, type LogContext } from './log-views.js';
import { summarise } from './summary.js';
import { workLogWords, type WorkLogKey, type WorkLogMessages } from './work-log.strings.js';
import { workLogStyles } from './work-log.styles.js';
import type { ScreenHost } from './screen-host.js';

type View = 'log' | 'print' | 'roster' | 'clear';
/** A lazily loaded screen: the printable record or the roster. */
type ScreenModule = { screen(host: ScreenHost): TemplateResult; styles: CSSResult; reset?(): void };
/** The moment now as local time with its offset (2026-11-03T20:15:00+08:00): the date part is the worker's day. */
export function localMoment(at = new Date()): string {
  const offset = -at.getTimezoneOffset();
  const local = new Date(at.getTime() + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** A year on from a day (29 February gives 28 February): the arbitration clock of 调解仲裁法 27. */
function yearAfter(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y + 1, m, 0)).getUTCDate();
  return `${y + 1}-${date.slice(5, 7)}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * The days a worker worked, kept on his phone: one tap a day, the site, the employer or 包工头, what he was
 * paid; a month's figures; the rights notice board as a photo; a printable record; the deadline in his
 * calendar; a file to keep or move to a new phone; and the crew roster. Nothing is ever sent.
 * @summary Work-day log kept on the phone.
 * @attr today - The day to treat as today (YYYY-MM-DD); defaults to the phone's date.
 * @csspart taps - The three buttons of the day.
 * @csspart status - The "loading" line while the log is read from the phone.
 * @cssproperty [--la-work-log-accent=var(--la-color-success)] - Colour of worked days (the success colour by default).
 */
export class LaWorkLog extends LaElement<WorkLogMessages> {
  static override strings = workLogWords;
  // English loads the first time it shows (its own file imports the Chinese only as a type).
  static override lazyStrings = { en: () => import('./work-log.strings.en.js').then((m) => m.en) };
  static override styles = [tokens, workLogStyles];
  static override attributeNames = ['today'];

  readonly #store = new LogStoreController(this);
  #day = '';
  #view: View = 'log';
  #notice = '';
  #error: string[] = [];
  #screens: Partial<Record<View, ScreenModule>> = {};
  #forms?: typeof import('./log-forms.js') | 'loading' | 'failed';

  get today(): string {
    const value = this.getAttribute('today');
    return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : localMoment().slice(0, 10);
  }
  set today(value: string) {
    this.setAttribute('today', value);
  }

  #t = (key: WorkLogKey, values?: Record<string, string | number>): string => this.t(key, values);
  #date = (value: string): string => this.formatDate(value);
  #set(changes: { day?: string; view?: View; notice?: string; error?: string[] }): void {
    if (changes.day !== undefined) this.#day = changes.day;
    if (changes.view !== undefined) this.#view = changes.view;
    this.#notice = changes.notice ?? '';
    this.#error = changes.error ?? [];
    this.requestUpdate();
  }

  #shiftDay(by: number): void {
    const d = new Date(`${this.#day}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + by);
    const day = d.toISOString().slice(0, 10);
    this.#set({ day: day > this.today ? this.today : day });
  }

  #shiftMonth(by: number): void {
    const [y, m] = this.#day.split('-').map(Number) as [number, number];
    const first = new Date(Date.UTC(y, m - 1 + by, 1)).toISOString().slice(0, 10);
    this.#set({ day: first > this.today ? this.today : first });
  }

  /** One tap: the day's status; a new day takes the site and employer of the last day logged before it. */
  #tap(status: DayStatus): void {
    const { log } = this.#store;
    const entry = log.days.find((d) => d.date === this.#day);
    const before = log.days.filter((d) => d.date < this.#day).at(-1);
    const employerId = before?.employerId ?? (log.employers.length === 1 ? log.employers[0]!.id : undefined);
    const fields = entry ? { ...entry, status } : { status, site: before?.site, employerId };
    void this.#store.save(recordDay(log, this.#day, fields, localMoment()));
    this.#set({ notice: this.t('status.saved', { date: this.formatDate(this.#day), status: this.t(`status.${status}`) }) });
  }

  #saveDay(fields: Omit<DayFields, 'status'>): void {
    const entry = this.#store.log.days.find((d) => d.date === this.#day);
    if (!entry) return;
    void this.#store.save(recordDay(this.#store.log, this.#day, { ...fields, status: entry.status }, localMoment()));
    this.#set({ notice: this.t('status.saved', { date: this.formatDate(this.#day), status: this.t(`status.${entry.status}`) }) });
  }

  /** The forms behind a summary (the day's details, employers, his own name) load when one opens; a failed load waits for "try again". */
  #loadForms = (): void => {
    this.#forms = 'loading';
    this.requestUpdate();
    import('./log-forms.js').then(
      (forms) => ((this.#forms = forms), this.requestUpdate()),
      () => ((this.#forms = 'failed'), this.requestUpdate()),
    );
  };

  /** A form from log-forms.ts once it is here; until then "loading", or what went wrong with "try again". */
  #form(show: (forms: Forms) => TemplateResult): TemplateResult {
    const forms = this.#forms;
    if (typeof forms === 'object') {
      const host: FormsHost = {
        log: this.#store.log,
        locale: this.locale,
        now: localMoment,
        save: (log, notice) => (void this.#store.save(log), this.#set({ notice })),
        saveDay: (fields) => this.#saveDay(fields),
      };
      return show({
        dayForm: (entry) => forms.dayForm(host, entry),
        employerForm: (e) => forms.employerForm(host, e),
        meForm: () => forms.meForm(host),
      });
    }
    return forms === 'failed'
      ? html`<div class="error" role="alert">
          <p>${this.t('error.network')}</p>
          <button type="button" @click=${this.#loadForms}>${this.t('error.retry')}</button>
        </div>`
      : html`<p role="status">${this.t('status.loading')}</p>`;
  }

  async #photo(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (file) this.#set({ notice: (await this.#store.addPhoto(file, localMoment())) ? '' : this.t('photo.failed') });
  }

  /** Saving and reading files loads on use; if it cannot load, the worker is told (another tap tries again). */
  #files(): Promise<typeof import('./log-files.js') | void> {
    return import('./log-files.js').catch(() => this.#set({ error: [this.t('error.network')] }));
  }

  async #import(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    const files = file && (await this.#files());
    if (!files) return;
    const result = await files.importInto(this.#store.log, file, this.locale);
    if ('error' in result) return this.#set({ error: result.error });
    await this.#store.save(result.log);
    this.#set({ notice: result.notice });
  }

  /** The printable record, the roster and "exit and clear" load when asked; if one cannot, the worker is told. */
  async #go(view: Exclude<View, 'log'>): Promise<void> {
    try {
      const screen = (this.#screens[view] ??= await (view === 'print'
        ? import('./log-print.js')
        : view === 'roster'
          ? import('./roster-view.js')
          : import('./log-clear.js')));
      adoptStyles(this.shadowRoot!, screen.styles);
      this.#set({ view });
    } catch {
      // No signal: the reason shows beside the tools; another tap tries again.
      this.#set({ error: [this.t('error.network')] });
    }
  }

  async #clear(notice: string): Promise<void> {
    await this.#store.clear();
    this.#screens.roster?.reset?.();
    this.#set({ view: 'log', day: this.today, notice });
  }

  #deadline(): LogContext['deadline'] {
    const last = summarise(this.#store.log).last;
    return last ? { last, safe: yearAfter(last) } : null;
  }

  async #calendar(): Promise<void> {
    const deadline = this.#deadline();
    if (!deadline) return;
    const { addToCalendar } = await import('./deadline-calendar.js');
    addToCalendar({ date: deadline.safe, dateText: this.formatDate(deadline.safe), kind: 'arbitration', locale: this.locale });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#day ||= this.today;
  }

  protected override update(): void {
    litRenderer(this, this.render());
  }

  protected render(): TemplateResult {
    const t = this.#t;
    if (!this.wordsReady || this.#store.status === 'loading') return html`<p role="status" part="status">${this.t('status.loading')}</p>`;
    const head = html`<h2>${t('title')}</h2>
      <p class="private">${t('private')}</p>`;
    if (this.#store.status === 'failed')
      return html`${head}
        <div class="error" role="alert">
          <p>${t('store.failed')}</p>
          <p>${this.t('hotline.lead')} <a href="tel:12348">${this.t('hotline.name')}</a></p>
        </div>`;
    const host: ScreenHost = {
      log: this.#store.log,
      locale: this.locale,
      today: this.today,
      now: localMoment,
      t,
      date: this.#date,
      back: () => this.#set({ view: 'log' }),
      clear: (notice) => void this.#clear(notice),
      requestUpdate: () => this.requestUpdate(),
    };
    const screen = this.#screens[this.#view];
    if (screen) return screen.screen(host);
    const month = this.#day.slice(0, 7);
    const ctx: LogContext = {
      log: this.#store.log,
      day: this.#day,
      today: this.today,
      entry: this.#store.log.days.find((d) => d.date === this.#day),
      summary: summarise(this.#store.log, month),
      deadline: this.#deadline(),
      photos: this.#store.photos,
      notice: this.#notice,
      error: this.#error,
      t,
      date: this.#date,
      monthName: (m) =>
        new Intl.DateTimeFormat(this.locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${m}-01T00:00:00Z`)),
      yuan: (n) => formatYuan(n, this.locale),
      tap: (s) => this.#tap(s),
      pick: (day) => day && this.#set({ day: day > this.today ? this.today : day }),
      shiftDay: (by) => this.#shiftDay(by),
      shiftMonth: (by) => this.#shiftMonth(by),
      form: (show) => this.#form(show),
      openForm: (e) => void ((e.target as HTMLDetailsElement).open && !this.#forms && this.#loadForms()),
      photo: (i) => void this.#photo(i),
      calendar: () => void this.#calendar(),
      exportFile: (kind) => void this.#files().then((m) => m?.exportLog(this.#store.log, kind, this.today)),
      importFile: (i) => void this.#import(i),
      go: (view) => void this.#go(view),
    };
    return html`${head}${logTemplate(ctx)}`;
  }
}
