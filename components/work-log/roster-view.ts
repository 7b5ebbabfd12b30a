import { html, nothing, type TemplateResult } from 'lit-html';
import { formatYuan } from '../core/format.js';
import { interpolate } from '../core/locale.js';
import { loadRoster, saveRoster } from './log-store.js';
import { readLogFile } from './log-file.js';
import { fileFault } from './log-files.js';
import { rosterTotals, workerFromLog, type Roster, type RosterWorker } from './roster.js';
import { rosterWords, type RosterKey } from './roster.strings.js';
import type { ScreenHost } from './screen-host.js';
import { styles as printStyles } from './log-print.js';

/**
 * The crew roster screen, loaded when opened: the case (site, 包工头, general contractor, who compiles it),
 * coworkers from their exported log files or typed, and one table with totals per worker and for the group,
 * printable. Kept in IndexedDB on this phone like the log.
 */

export const styles = printStyles;

let roster: Roster | undefined;
let loading: Promise<void> | undefined;
let message = '';
let problem = '';

async function change(host: ScreenHost, next: Roster, note = '', fault = ''): Promise<void> {
  roster = next;
  message = note;
  problem = fault;
  host.requestUpdate();
  await saveRoster(next);
}

async function addFiles(host: ScreenHost, input: HTMLInputElement, t: (k: RosterKey, v?: Record<string, string>) => string): Promise<void> {
  const files = [...(input.files ?? [])];
  input.value = '';
  const workers: RosterWorker[] = [];
  const faults: string[] = [];
  for (const [i, file] of files.entries()) {
    try {
      workers.push(workerFromLog(readLogFile(await file.text()), file.name.replace(/\.(json|csv)$/i, '') || String(i + 1)));
    } catch (error) {
      faults.push(t('file.bad', { file: file.name, problem: fileFault(error, host.locale) }));
    }
  }
  const next = { ...roster!, workers: [...roster!.workers, ...workers] };
  await change(host, next, workers.length ? t('file.added', { names: workers.map((w) => w.name).join('、') }) : '', faults.join(' '));
}

function addTyped(host: ScreenHost, form: HTMLFormElement, t: (k: RosterKey) => string): void {
  const data = new FormData(form);
  const text = (key: string) => String(data.get(key) ?? '').trim();
  const number = (key: string) => (text(key) ? Number(text(key)) : undefined);
  const days = number('days');
  if (!text('name') || days === undefined || !(days >= 0)) return void change(host, roster!, '', t('worker.missing'));
  const wage = number('dailyWage');
  const worker: RosterWorker = {
    name: text('name'),
    days,
    paid: number('paid') ?? 0,
    from: 'typed',
    ...(text('phone') ? { phone: text('phone') } : {}),
    ...(wage !== undefined ? { dailyWage: wage } : {}),
  };
  form.reset();
  void change(host, { ...roster!, workers: [...roster!.workers, worker] });
}

export function screen(host: ScreenHost): TemplateResult {
  const words = rosterWords[host.locale];
  const t = (key: RosterKey, values?: Record<string, string>) => interpolate(words[key], values);
  if (!roster) {
    loading ??= loadRoster()
      .catch(() => undefined)
      .then((saved) => {
        roster = saved ?? { workers: [] };
        host.requestUpdate();
      });
    return html`<p role="status">${host.t('loading')}</p>`;
  }
  const r = roster;
  const yuan = (n?: number) => (n === undefined ? '' : formatYuan(n, host.locale));
  const totals = rosterTotals(r);
  const caseField = (key: 'site' | 'gangBoss' | 'generalContractor' | 'compiledBy', label: RosterKey) =>
    html`<label
      >${t(label)}<input
        .value=${r[key] ?? ''}
        @input=${(e: Event) => void change(host, { ...roster!, [key]: (e.target as HTMLInputElement).value || undefined })}
    /></label>`;
  const input = (name: string, label: RosterKey, type = 'text') =>
    html`<label
      >${t(label)}<input name=${name} type=${type} min=${type === 'number' ? '0' : nothing} step=${type === 'number' ? 'any' : nothing}
    /></label>`;
  return html`<div class="print-bar">
      <button type="button" @click=${host.back}>‹ ${t('back')}</button>
      <button type="button" class="primary" @click=${() => window.print()}>${t('print')}</button>
    </div>
    <h2>${t('title')}</h2>
    <p class="private print-bar">${t('why')}</p>
    <section class="print-bar" aria-labelledby="case-h">
      <h3 id="case-h">${t('case.heading')}</h3>
      ${caseField('site', 'case.site')} ${caseField('gangBoss', 'case.gangBoss')} ${caseField('generalContractor', 'case.contractor')}
      ${caseField('compiledBy', 'case.compiledBy')}
      <p>${t('from.logs.hint')}</p>
      <label class="la-button file"
        >${t('from.logs')}<input
          type="file"
          multiple
          accept=".json,.csv,application/json,text/csv"
          @change=${(e: Event) => void addFiles(host, e.target as HTMLInputElement, t)}
      /></label>
      <p class="notice" role="status">${message}</p>
      ${problem ? html`<div class="error" role="alert"><p>${problem}</p></div>` : nothing}
      <details>
        <summary>${t('typed.heading')}</summary>
        <form @submit=${(e: Event) => (e.preventDefault(), addTyped(host, e.target as HTMLFormElement, t))}>
          ${input('name', 'worker.name')} ${input('phone', 'worker.phone', 'tel')} ${input('days', 'worker.days', 'number')}
          ${input('dailyWage', 'worker.wage', 'number')} ${input('paid', 'worker.paid', 'number')}
          <button class="primary">${t('worker.add')}</button>
        </form>
      </details>
    </section>
    <dl class="case">
      ${(
        [
          ['case.site', r.site],
          ['case.gangBoss', r.gangBoss],
          ['case.contractor', r.generalContractor],
        ] as const
      ).map(([key, value]) =>
        value
          ? html`<div>
              <dt>${t(key)}</dt>
              <dd>${value}</dd>
            </div>`
          : nothing,
      )}
    </dl>
    ${totals.first ? html`<p>${t('period', { first: host.date(totals.first), last: host.date(totals.last!) })}</p>` : nothing}
    ${
      r.workers.length
        ? html`<div class="table-wrap" tabindex="0" role="region" aria-label=${t('title')}>
            <table>
              <thead>
                <tr>
                  ${(['col.name', 'col.phone', 'col.days', 'col.wage', 'col.due', 'col.paid', 'col.owed', 'col.from'] as const).map((k) => html`<th scope="col">${t(k)}</th>`)}
                </tr>
              </thead>
              <tbody>
                ${totals.workers.map(
                  (w, i) =>
                    html`<tr>
                      <th scope="row">${w.name}</th>
                      <td>${w.phone ?? ''}</td>
                      <td>${w.days}</td>
                      <td>${yuan(w.dailyWage)}</td>
                      <td>${yuan(w.due)}</td>
                      <td>${yuan(w.paid)}</td>
                      <td>${yuan(w.owed)}</td>
                      <td>
                        ${t(w.from === 'log' ? 'from.log' : 'from.typed')}
                        <button
                          type="button"
                          class="print-bar"
                          aria-label=${t('worker.remove', { name: w.name })}
                          @click=${() => void change(host, { ...r, workers: r.workers.filter((_, j) => j !== i) })}
                        >
                          ×
                        </button>
                      </td>
                    </tr>`,
                )}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">${t('total', { count: String(r.workers.length) })}</th>
                  <td></td>
                  <td>${totals.days}</td>
                  <td></td>
                  <td>${yuan(totals.due)}</td>
                  <td>${yuan(totals.paid)}</td>
                  <td>${yuan(totals.owed)}</td>
                  <td></td>
                </tr>
              </tfoot>
            </table>
          </div>`
        : html`<p>${t('empty')}</p>`
    }
    <p>${t('compiled', { name: r.compiledBy ?? '____', date: host.date(host.today) })}</p>`;
}

/** After "exit and clear": forget the roster held in memory too. */
export function reset(): void {
  roster = undefined;
  loading = undefined;
  message = problem = '';
}
