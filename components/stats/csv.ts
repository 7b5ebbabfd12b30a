/** Pure code, no DOM: CSV (RFC 4180) that opens correctly in Excel and WPS, Chinese included. */

export type Cell = string | number | boolean | null | undefined;

/** A byte-order mark: without it Excel on Windows reads UTF-8 Chinese as mojibake. */
export const CSV_BOM = '\uFEFF';

/**
 * One cell: quoted when it holds a comma, quote or line break; text that a spreadsheet would run as a
 * formula (=, +, -, @ first) is prefixed with ' so opening the file never executes anything.
 */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text, CRLF line ends as the RFC says, without the BOM (add CSV_BOM for files). */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
