import { CSV_BOM, toCsv, type Cell } from '../stats/csv.js';
import { Checker, type Problem } from '../core/validate.js';
import {
  DAY_STATUSES,
  employerOf,
  LOG_FORMAT,
  LOG_VERSION,
  type DayEntry,
  type DayFields,
  type Employer,
  type WorkLog,
} from './log-model.js';

/**
 * The log as a file the worker keeps (a new phone, the lawyer's computer): JSON holds everything, CSV opens
 * in a spreadsheet and comes back in. Reading a file never touches what is stored: it returns a log or
 * throws a `LogFileError` saying what is wrong, and the widget merges only a log that passed.
 */

export type LogFileProblem = 'empty' | 'too-big' | 'not-a-log' | 'newer-version' | 'invalid';

export class LogFileError extends Error {
  readonly code: LogFileProblem;
  readonly problems: Problem[];
  constructor(code: LogFileProblem, problems: Problem[] = []) {
    super(`${code}${problems.length ? `: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}` : ''}`);
    this.name = 'LogFileError';
    this.code = code;
    this.problems = problems;
  }
}

/** Larger than years of days with long notes: anything bigger is not a log. */
export const MAX_FILE_BYTES = 2_000_000;
const MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const CSV_COLUMNS = [
  'record',
  'date',
  'status',
  'site',
  'hours',
  'work',
  'received',
  'employer',
  'employer_phone',
  'employer_site',
  'daily_wage',
  'made',
  'changed',
] as const;
type Row = Partial<Record<(typeof CSV_COLUMNS)[number], string>>;

export const logToJson = (log: WorkLog): string => JSON.stringify(log, null, 1);

/** One row per day, then a row per earlier value of it ("earlier", with the moment it was written). */
export function logToCsv(log: WorkLog): string {
  // The employer the summary counts for the day (the only one, when the day names none).
  const employer = (d: DayFields): Cell[] => {
    const e = employerOf(log, d);
    return [e?.name, e?.phone, e?.siteAddress, e?.dailyWage];
  };
  const rows: Cell[][] = [[...CSV_COLUMNS]];
  for (const day of log.days) {
    const cells = (record: string, d: Omit<DayEntry, 'made' | 'earlier' | 'date'>, made: string, changed?: string): Cell[] => [
      record,
      day.date,
      d.status,
      d.site,
      d.hours,
      d.work,
      d.received,
      ...employer(d),
      made,
      changed,
    ];
    rows.push(cells('day', day, day.made, day.changed));
    for (const before of day.earlier) rows.push(cells('earlier', before, before.at));
  }
  return CSV_BOM + toCsv(rows);
}

/** Reads a JSON or CSV log file's text; throws `LogFileError`. */
export function readLogFile(text: string): WorkLog {
  if (text.length > MAX_FILE_BYTES) throw new LogFileError('too-big');
  const clean = text.replace(/^\uFEFF/, '').trim();
  if (!clean) throw new LogFileError('empty');
  if (clean.startsWith('{')) {
    let data: unknown;
    try {
      data = JSON.parse(clean);
    } catch {
      throw new LogFileError('not-a-log');
    }
    return checkLog(data);
  }
  if (clean.startsWith(CSV_COLUMNS.join(','))) return checkLog(csvToLog(parseCsv(clean)));
  throw new LogFileError('not-a-log');
}

function checkKept(c: Checker, record: Record<string, unknown>): void {
  c.string(record, 'made', { pattern: MOMENT });
  c.string(record, 'changed', { optional: true, pattern: MOMENT });
  const earlier = c.array(record, 'earlier') ?? [];
  earlier.forEach((_, i) => c.nested(`earlier.${i}`).string(c.object(earlier[i], `earlier.${i}`) ?? {}, 'at', { pattern: MOMENT }));
}

function checkDayFields(c: Checker, day: Record<string, unknown>, employers: Set<string>): void {
  c.oneOf(day, 'status', DAY_STATUSES);
  c.string(day, 'site', { optional: true });
  c.string(day, 'work', { optional: true });
  c.number(day, 'hours', { optional: true, min: 0, max: 24 });
  c.number(day, 'received', { optional: true, min: 0 });
  const id = c.string(day, 'employerId', { optional: true });
  if (id !== undefined && !employers.has(id)) c.fail('employerId', 'names no employer in the file');
}

/** The one schema of a log, for both file kinds; a foreign JSON file is "not a log", not a list of faults. */
export function checkLog(data: unknown): WorkLog {
  const c = new Checker();
  const log = c.object(data);
  if (!log || log['format'] !== LOG_FORMAT) throw new LogFileError('not-a-log');
  if (typeof log['version'] === 'number' && log['version'] > LOG_VERSION) throw new LogFileError('newer-version');
  if (log['version'] !== LOG_VERSION) c.fail('version', `must be ${LOG_VERSION}`);
  const ids = new Set<string>();
  (c.array(log, 'employers') ?? []).forEach((raw, i) => {
    const e = c.nested(`employers.${i}`);
    const employer = e.object(raw) ?? {};
    const id = e.string(employer, 'id');
    if (id && ids.has(id)) e.fail('id', 'appears twice');
    if (id) ids.add(id);
    e.string(employer, 'name');
    e.string(employer, 'phone', { optional: true });
    e.string(employer, 'siteAddress', { optional: true });
    e.number(employer, 'dailyWage', { optional: true, min: 0 });
    checkKept(e, employer);
  });
  const dates = new Set<string>();
  (c.array(log, 'days') ?? []).forEach((raw, i) => {
    const d = c.nested(`days.${i}`);
    const day = d.object(raw) ?? {};
    const date = d.date(day, 'date');
    if (date && dates.has(date)) d.fail('date', 'appears twice');
    if (date) dates.add(date);
    checkDayFields(d, day, ids);
    checkKept(d, day);
    ((day['earlier'] as unknown[] | undefined) ?? []).forEach((before, j) =>
      checkDayFields(d.nested(`earlier.${j}`), (before ?? {}) as Record<string, unknown>, ids),
    );
  });
  if (log['worker'] !== undefined) c.object(log['worker'], 'worker');
  return c.problems.length ? fail(c.problems) : (log as unknown as WorkLog);
}

const fail = (problems: Problem[]): never => {
  throw new LogFileError('invalid', problems);
};

/** RFC 4180: quoted cells may hold commas, quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = (): void => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') cell += text[i++];
    else if (ch === '"') quoted = !quoted;
    else if (quoted || (ch !== ',' && ch !== '\n' && ch !== '\r')) cell += ch;
    else if (ch === ',') endCell();
    else {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endCell();
      rows.push(row);
      row = [];
    }
  }
  if (cell || row.length) {
    endCell();
    rows.push(row);
  }
  return rows;
}

/** A cell as written: the ' that guarded a formula-like text in a spreadsheet comes off. */
const text = (value?: string): string | undefined => (value ? value.replace(/^'(?=[=+\-@\t\r])/, '') : undefined);
const num = (value?: string): number | string | undefined => (value ? (Number.isFinite(Number(value)) ? Number(value) : value) : undefined);

function csvToLog([head, ...lines]: string[][]): unknown {
  const rows: Row[] = lines.map((cells) => Object.fromEntries(CSV_COLUMNS.map((key, i) => [key, cells[i]])));
  const problems: Problem[] = [];
  if (head?.length !== CSV_COLUMNS.length) problems.push({ path: 'line 1', message: 'is not the header of a log' });
  const employers: Employer[] = [];
  const employerId = (row: Row): string | undefined => {
    if (!row.employer) return undefined;
    const fields = {
      name: text(row.employer)!,
      phone: text(row.employer_phone),
      siteAddress: text(row.employer_site),
      dailyWage: num(row.daily_wage),
    };
    const found = employers.find((e) => e.name === fields.name && e.phone === fields.phone);
    if (found) return found.id;
    const id = `e${employers.length + 1}`;
    employers.push(JSON.parse(JSON.stringify({ id, ...fields, made: row.made, earlier: [] })) as Employer);
    return id;
  };
  const days: Record<string, unknown>[] = [];
  rows.forEach((row, i) => {
    const fields = {
      status: row.status,
      site: text(row.site),
      hours: num(row.hours),
      work: text(row.work),
      received: num(row.received),
      employerId: employerId(row),
    };
    const clean = JSON.parse(JSON.stringify(fields)) as Record<string, unknown>;
    const last = days.at(-1);
    if (row.record === 'day')
      days.push({ date: row.date, ...clean, made: row.made, ...(row.changed ? { changed: row.changed } : {}), earlier: [] });
    else if (row.record === 'earlier' && last && last['date'] === row.date) (last['earlier'] as unknown[]).push({ ...clean, at: row.made });
    else if (Object.values(row).some(Boolean))
      problems.push({ path: `line ${i + 2}`, message: 'is neither a day nor an earlier value of the day above' });
  });
  if (problems.length) fail(problems);
  return { format: LOG_FORMAT, version: LOG_VERSION, employers, days };
}
