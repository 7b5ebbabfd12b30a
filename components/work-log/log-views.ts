import { html, nothing, type TemplateResult } from 'lit-html';
import { DAY_STATUSES, daysIn, type DayEntry, type DayStatus, type Employer, type NoticePhoto, type WorkLog } from './log-model.js';
import type { Summary } from './summary.js';
import type { WorkLogKey } from './work-log.strings.js';

/**
 * The log's everyday screen as templates: the day with its one tap, the month at a glance, the month's
 * figures, the employers, the notice-board photos and the tools. What the element holds comes in `LogContext`.
 */

/** The forms that load on open (log-forms.ts), bound to the log. */
export interface Forms {
  dayForm(entry: DayEntry): TemplateResult;
  employerForm(employer?: Employer): TemplateResult;
  meForm(): TemplateResult;
}

export interface LogContext {
  log: WorkLog;
  day: string;
  today: string;
  entry: DayEntry | undefined;
  summary: Summary;
  /** The last day worked and the safe date a year on, when any day was worked. */
  deadline: { last: string; safe: string } | null;
  photos: (NoticePhoto & { url: string })[];
  notice: string;
  /** What went wrong with a file, line by line; empty when nothing did. */
  error: string[];
  t(key: WorkLogKey, values?: Record<string, string | number>): string;
  date(value: string): string;
  monthName(month: string): string;
  yuan(value: number): string;
  tap(status: DayStatus): void;
  pick(day: string): void;
  shiftDay(by: number): void;
  shiftMonth(by: number): void;
  /**
   * A form that loads when its details opens (log-forms.ts): the form once here, else "loading", or what
   * went wrong with "try again".
   */
  form(show: (forms: Forms) => TemplateResult): TemplateResult;
  /** The toggle of a details holding such a form: opening it starts the load. */
  openForm(event: Event): void;
  photo(input: HTMLInputElement): void;
  calendar(): void;
  exportFile(kind: 'json' | 'csv'): void;
  importFile(input: HTMLInputElement): void;
  go(view: 'print' | 'roster' | 'clear'): void;
}

function dayTemplate(ctx: LogContext): TemplateResult {
  const { entry, t } = ctx;
  return html`<section class="day" aria-labelledby="day-q">
    <div class="day-nav">
      <button type="button" @click=${() => ctx.shiftDay(-1)}>‹ ${t('day.prev')}</button>
      <label class="day-pick"
        ><span class="visually-hidden">${t('day.label')}</span
        ><input type="date" max=${ctx.today} .value=${ctx.day} @change=${(e: Event) => ctx.pick((e.target as HTMLInputElement).value)}
      /></label>
      <button type="button" ?disabled=${ctx.day >= ctx.today} @click=${() => ctx.shiftDay(1)}>${t('day.next')} ›</button>
    </div>
    <h3 id="day-q">${ctx.day === ctx.today ? t('status.today') : t('status.question', { date: ctx.date(ctx.day) })}</h3>
    <div class="taps">
      ${DAY_STATUSES.map(
        (s) =>
          html`<button type="button" class="tap tap-${s}" aria-pressed=${entry?.status === s ? 'true' : 'false'} @click=${() => ctx.tap(s)}>
            ${t(`status.${s}`)}
          </button>`,
      )}
    </div>
    ${
      entry
        ? html`<p class="made">
              ${t('made', { date: ctx.date(entry.made.slice(0, 10)) })}${entry.changed ? html`，${t('changed', { date: ctx.date(entry.changed.slice(0, 10)) })}` : nothing}
            </p>
            <details @toggle=${ctx.openForm}>
              <summary>${t('more')}</summary>
              ${ctx.form((forms) => forms.dayForm(entry))}
            </details>`
        : nothing
    }
  </section>`;
}

function monthTemplate(ctx: LogContext): TemplateResult {
  const { t } = ctx;
  const month = ctx.day.slice(0, 7);
  const [year, m] = month.split('-').map(Number) as [number, number];
  const length = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const offset = (new Date(Date.UTC(year, m - 1, 1)).getUTCDay() + 6) % 7;
  const byDate = new Map(daysIn(ctx.log, month).map((d) => [d.date, d]));
  const mark: Record<DayStatus, string> = { worked: '●', half: '◐', off: '○' };
  const cells = Array.from({ length }, (_, i) => {
    const date = `${month}-${String(i + 1).padStart(2, '0')}`;
    const status = byDate.get(date)?.status;
    const label = `${ctx.date(date)}，${status ? t(`status.${status}`) : t('status.none')}`;
    // The first day sits under its weekday (Monday first); a class, not a style attribute, for a strict CSP.
    return html`<li class=${i === 0 ? `start-${offset + 1}` : nothing}>
      <button
        type="button"
        class="cell ${status ?? ''}"
        aria-label=${label}
        aria-current=${date === ctx.day ? 'date' : nothing}
        ?disabled=${date > ctx.today}
        @click=${() => ctx.pick(date)}
      >
        <span aria-hidden="true">${i + 1}</span><span aria-hidden="true" class="mark">${status ? mark[status] : ''}</span>
      </button>
    </li>`;
  });
  const s = ctx.summary;
  return html`<section class="month" aria-labelledby="month-h">
    <div class="day-nav">
      <button type="button" @click=${() => ctx.shiftMonth(-1)}>‹ ${t('month.prev')}</button>
      <h3 id="month-h">${ctx.monthName(month)}</h3>
      <button type="button" ?disabled=${month >= ctx.today.slice(0, 7)} @click=${() => ctx.shiftMonth(1)}>${t('month.next')} ›</button>
    </div>
    <ol class="grid">
      ${cells}
    </ol>
    <h3>${t('summary.heading')}</h3>
    <dl class="summary">
      <div>
        <dt>${t('summary.days')}</dt>
        <dd>${t('summary.dayCount', { days: s.daysWorked })}</dd>
      </div>
      <div>
        <dt>${t('summary.due')}</dt>
        <dd>${ctx.yuan(s.wageDue)}</dd>
      </div>
      <div>
        <dt>${t('summary.paid')}</dt>
        <dd>${ctx.yuan(s.paid)}</dd>
      </div>
      <div class="owed">
        <dt>${t('summary.owed')}</dt>
        <dd>${ctx.yuan(s.owed)}</dd>
      </div>
    </dl>
    ${s.daysWithoutWage ? html`<p class="warning">${t('summary.noWage', { days: s.daysWithoutWage })}</p>` : nothing}
  </section>`;
}

function employersTemplate(ctx: LogContext): TemplateResult {
  const { t } = ctx;
  return html`<section aria-labelledby="emp-h">
    <h3 id="emp-h">${t('employers.heading')}</h3>
    ${ctx.log.employers.length ? nothing : html`<p>${t('employers.none')}</p>`}
    ${ctx.log.employers.map(
      (e) =>
        html`<details class="employer" @toggle=${ctx.openForm}>
          <summary>${e.name}${e.dailyWage !== undefined ? ` · ${ctx.yuan(e.dailyWage)}` : ''}${e.phone ? ` · ${e.phone}` : ''}</summary>
          ${ctx.form((forms) => forms.employerForm(e))}
        </details>`,
    )}
    <details class="employer" ?open=${!ctx.log.employers.length} @toggle=${ctx.openForm}>
      <summary>${t('employer.add')}</summary>
      ${ctx.form((forms) => forms.employerForm())}
    </details>
    <details class="employer" @toggle=${ctx.openForm}>
      <summary>${t('me.heading')}</summary>
      ${ctx.form((forms) => forms.meForm())}
    </details>
  </section>`;
}

function photoTemplate(ctx: LogContext): TemplateResult {
  const { t } = ctx;
  return html`<section aria-labelledby="photo-h">
    <h3 id="photo-h">${t('photo.heading')}</h3>
    <p>${t('photo.why')}</p>
    <ul class="photos">
      ${ctx.photos.map((p) => html`<li><img src=${p.url} alt=${t('photo.alt', { date: ctx.date(p.taken.slice(0, 10)) })} /></li>`)}
    </ul>
    <label class="la-button file"
      >${t('photo.take')}<input
        type="file"
        accept="image/*"
        capture="environment"
        @change=${(e: Event) => ctx.photo(e.target as HTMLInputElement)}
    /></label>
  </section>`;
}

function toolsTemplate(ctx: LogContext): TemplateResult {
  const { t } = ctx;
  return html`${
      ctx.deadline
        ? html`<section aria-labelledby="dl-h">
            <h3 id="dl-h">${t('deadline.heading')}</h3>
            <p>${t('deadline.text', { date: ctx.date(ctx.deadline.last), safe: ctx.date(ctx.deadline.safe) })}</p>
            <button type="button" @click=${ctx.calendar}>${t('deadline.add')}</button>
          </section>`
        : nothing
    }
    <section class="tools" aria-labelledby="tools-h">
      <h3 id="tools-h">${t('tools.heading')}</h3>
      <button type="button" @click=${() => ctx.go('print')}>${t('tools.print')}</button>
      <button type="button" @click=${() => ctx.exportFile('json')}>${t('file.json')}</button>
      <button type="button" @click=${() => ctx.exportFile('csv')}>${t('file.csv')}</button>
      <label class="la-button file"
        >${t('tools.import')}<input
          type="file"
          accept=".json,.csv,application/json,text/csv"
          @change=${(e: Event) => ctx.importFile(e.target as HTMLInputElement)}
      /></label>
      ${ctx.error.length ? html`<div class="error" role="alert">${ctx.error.map((line) => html`<p>${line}</p>`)}</div>` : nothing}
      <button type="button" @click=${() => ctx.go('roster')}>${t('tools.roster')}</button>
      <button type="button" class="danger" @click=${() => ctx.go('clear')}>${t('tools.clear')}</button>
    </section>`;
}

export const logTemplate = (ctx: LogContext): TemplateResult =>
  html`<p class="notice" role="status">${ctx.notice}</p>
    ${dayTemplate(ctx)} ${monthTemplate(ctx)} ${employersTemplate(ctx)} ${photoTemplate(ctx)} ${toolsTemplate(ctx)}`;
