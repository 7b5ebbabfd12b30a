import { html, nothing, type TemplateResult } from 'lit-html';
import { css } from '../core/css.js';
import { formatYuan } from '../core/format.js';
import { interpolate } from '../core/locale.js';
import { daysIn, employerOf, monthsIn, type DayFields, type Kept } from './log-model.js';
import { summarise } from './summary.js';
import { printWords, type PrintKey } from './log-print.strings.js';
import type { ScreenHost } from './screen-host.js';

/**
 * The printable record, loaded when asked: each month's days in a table with the date each entry was
 * written and changed and the values it held before, the month's figures, and the employers. What a
 * lawyer or arbitrator can check against the worker's word.
 */

export const styles = css`
  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: var(--_size-sm);
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: var(--_space-1);
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  .earlier td {
    color: var(--_muted);
    font-style: italic;
  }
  .table-wrap {
    overflow-x: auto;
  }
  .table-wrap table {
    min-inline-size: 34em;
  }
  div.print-bar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin-block-end: var(--_space-4);
  }
  @media print {
    .print-bar,
    div.print-bar {
      display: none;
    }
    .table-wrap table {
      min-inline-size: 0;
    }
    tr {
      break-inside: avoid;
    }
  }
`;

export function screen(host: ScreenHost): TemplateResult {
  const { log, t, date } = host;
  // The record's own words come with it; the day's and the month's are the log's (host.t).
  const words = printWords[host.locale];
  const p = (key: PrintKey, values?: Record<string, string>) => interpolate(words[key], values);
  const yuan = (n?: number) => (n === undefined ? '' : formatYuan(n, host.locale));
  const written = (k: Kept<object>) =>
    html`${date(k.made.slice(0, 10))}${k.changed ? html`<br />${t('changed', { date: date(k.changed.slice(0, 10)) })}` : nothing}`;
  const cells = (d: DayFields) =>
    html`<td>${t(`status.${d.status}`)}</td>
      <td>${d.site ?? ''}</td>
      <td>${d.hours ?? ''}</td>
      <td>${d.work ?? ''}</td>
      <td>${yuan(d.received)}</td>
      <td>${employerOf(log, d)?.name ?? ''}</td>`;
  const dayOfMonth = new Intl.DateTimeFormat(host.locale === 'en' ? 'en-GB' : 'zh-CN', { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const months = monthsIn(log).map((month) => {
    const s = summarise(log, month);
    const title = new Intl.DateTimeFormat(host.locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
      new Date(`${month}-01T00:00:00Z`),
    );
    return html`<section class="month-record">
      <h3>${title}</h3>
      <div class="table-wrap" tabindex="0" role="region" aria-label=${title}>
        <table>
          <thead>
            <tr>
              ${(['date', 'status', 'site', 'hours', 'work', 'received', 'employer', 'made'] as const).map(
                (key) => html`<th scope="col">${p(key)}</th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${daysIn(log, month).map(
              (day) =>
                html`<tr>
                    <th scope="row">${dayOfMonth.format(new Date(`${day.date}T00:00:00Z`))}</th>
                    ${cells(day)}
                    <td>${written(day)}</td>
                  </tr>
                  ${day.earlier.map(
                    (before) =>
                      html`<tr class="earlier">
                        <td>${p('earlier')}</td>
                        ${cells(before)}
                        <td>${date(before.at.slice(0, 10))}</td>
                      </tr>`,
                  )}`,
            )}
          </tbody>
        </table>
      </div>
      <p>
        ${t('summary.days')} ${t('summary.dayCount', { days: s.daysWorked })} · ${t('summary.due')} ${yuan(s.wageDue)} ·
        ${t('summary.paid')} ${yuan(s.paid)} · ${t('summary.owed')} ${yuan(s.owed)}
      </p>
    </section>`;
  });
  return html`<div class="print-bar">
      <button type="button" @click=${host.back}>‹ ${t('back')}</button>
      <button type="button" class="primary" @click=${() => window.print()}>${p('go')}</button>
    </div>
    <h2>${p('title')}</h2>
    ${log.worker?.name ? html`<p>${p('worker', { name: [log.worker.name, log.worker.phone].filter(Boolean).join(' ') })}</p>` : nothing}
    ${
      log.employers.length
        ? html`<h3>${t('employers.heading')}</h3>
            <ul>
              ${log.employers.map(
                (e) =>
                  html`<li>
                    ${[e.name, e.phone, e.siteAddress, e.dailyWage === undefined ? '' : p('wage', { amount: yuan(e.dailyWage) })].filter(Boolean).join('，')}
                    — ${written(e)}
                  </li>`,
              )}
            </ul>`
        : nothing
    }
    ${months.length ? months : html`<p>${p('empty')}</p>`}
    <p>${p('printed', { date: date(host.today) })}</p>`;
}
