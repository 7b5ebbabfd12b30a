import { h } from '../core/dom.js';
import type { Locale } from '../core/locale.js';
import type { Translate } from './chart-summary.js';
import { chartCsv, chartTable, csvFileName } from './chart-rows.js';
import { CSV_BOM, toCsv } from './csv.js';
import { unitWord } from './format.js';
import type { Series } from './indicators.js';

/**
 * The figures behind <la-stat-chart>: the table view and the CSV download. Loaded when a reader first
 * opens the table or presses the download button, so the chart itself shows with less to fetch.
 */

/** A real table: a caption with the unit, a header row, one row per category with a row header. */
export function tableView(list: readonly Series[], locale: Locale, t: Translate, title: string): HTMLElement {
  const { head, rows } = chartTable(list, locale, t);
  return h(
    'div',
    { class: 'chart-table-wrap' },
    h(
      'table',
      { class: 'chart-table' },
      h('caption', null, t('table.caption', { label: title, unit: unitWord(list[0]!.unit, locale) })),
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          head.map((cell) => h('th', { scope: 'col' }, cell)),
        ),
      ),
      h(
        'tbody',
        null,
        rows.map(([category, ...cells]) =>
          h(
            'tr',
            null,
            h('th', { scope: 'row' }, category),
            cells.map((cell) => h('td', null, cell)),
          ),
        ),
      ),
    ),
  );
}

/** Builds the CSV on the device and hands it over as a Blob URL: no request leaves the page. */
export function downloadCsv(root: ShadowRoot, list: readonly Series[], locale: Locale, t: Translate): void {
  const text = CSV_BOM + toCsv(chartCsv(list, locale, t));
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = h('a', { href: url, download: csvFileName(list), hidden: true });
  root.append(link);
  link.click();
  link.remove();
  // The download has started by now; free the memory.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
