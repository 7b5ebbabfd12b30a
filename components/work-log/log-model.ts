/**
 * The work-day log as data, with no DOM: what a worker records each day and who he worked for. A record a
 * lawyer can rely on is one that is never silently rewritten, so every change keeps the earlier value and
 * the moment each value was written (`made`, `changed`, `earlier`).
 */

export const DAY_STATUSES = ['worked', 'half', 'off'] as const;
export type DayStatus = (typeof DAY_STATUSES)[number];

/** How much of a day's wage a status earns. */
export const DAY_SHARE: Record<DayStatus, number> = { worked: 1, half: 0.5, off: 0 };

/** What the worker writes about one day. */
export interface DayFields {
  status: DayStatus;
  site?: string;
  hours?: number;
  /** The work done, in his words. */
  work?: string;
  /** Money received that day, yuan. */
  received?: number;
  /** The employer or 包工头 he worked for that day. */
  employerId?: string;
}

/** An employer or 包工头, with the wage agreed with him. */
export interface EmployerFields {
  name: string;
  phone?: string;
  siteAddress?: string;
  /** The wage agreed for a full day, yuan. */
  dailyWage?: number;
}

/** A value that was replaced, with the moment it had been written. */
export type Earlier<F> = F & { at: string };

/** A record that keeps its history: when it was made, last changed, and every value it held before. */
export type Kept<F> = F & { made: string; changed?: string; earlier: Earlier<F>[] };

export type DayEntry = Kept<DayFields> & { date: string };
export type Employer = Kept<EmployerFields> & { id: string };

/** A photo of the rights notice board (维权信息告示牌), kept on the phone with the date it was taken. */
export interface NoticePhoto {
  id: string;
  taken: string;
  type: string;
  /** The picture itself; not part of the exported file. */
  blob?: Blob;
}

export const LOG_FORMAT = 'legal-aid-kit/work-log';
export const LOG_VERSION = 1;

export interface WorkLog {
  format: typeof LOG_FORMAT;
  version: typeof LOG_VERSION;
  /** Whose log it is; optional, for the roster. */
  worker?: { name?: string; phone?: string };
  employers: Employer[];
  days: DayEntry[];
}

export const emptyLog = (): WorkLog => ({ format: LOG_FORMAT, version: LOG_VERSION, employers: [], days: [] });

const DAY_KEYS = ['status', 'site', 'hours', 'work', 'received', 'employerId'] as const;
const EMPLOYER_KEYS = ['name', 'phone', 'siteAddress', 'dailyWage'] as const;

/** The written fields only, without empty text or absent numbers, so "" and undefined compare equal. */
function fieldsOf<F extends object>(source: F, keys: readonly (keyof F)[]): F {
  const out = {} as F;
  for (const key of keys) {
    const value = source[key];
    if (value !== undefined && value !== null && value !== '') out[key] = typeof value === 'string' ? (value.trim() as F[keyof F]) : value;
  }
  return out;
}

const same = (a: object, b: object): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The record with new values: the old ones go into `earlier` with the moment they were written. */
function revise<F extends object>(record: Kept<F>, fields: F, keys: readonly (keyof F)[], now: string): Kept<F> {
  const before = fieldsOf(record as F, keys);
  const after = fieldsOf(fields, keys);
  if (same(before, after)) return record;
  const earlier = [...record.earlier, { ...before, at: record.changed ?? record.made }];
  return { ...after, made: record.made, changed: now, earlier } as Kept<F>;
}

/** Records a day, or changes it keeping what it said before. `now` is an ISO date-time. */
export function recordDay(log: WorkLog, date: string, fields: DayFields, now: string): WorkLog {
  const found = log.days.find((day) => day.date === date);
  const revised = found && revise(found, fields, DAY_KEYS, now);
  if (found && revised === found) return log;
  const next: DayEntry = revised ? { date, ...revised } : { date, ...fieldsOf(fields, DAY_KEYS), made: now, earlier: [] };
  const days = [...log.days.filter((day) => day.date !== date), next].sort((a, b) => a.date.localeCompare(b.date));
  return { ...log, days };
}

/** Adds an employer (no id) or changes one, keeping what it said before. */
export function saveEmployer(log: WorkLog, fields: EmployerFields & { id?: string }, now: string): WorkLog {
  const found = fields.id ? log.employers.find((e) => e.id === fields.id) : undefined;
  if (found) {
    const revised = revise(found, fields, EMPLOYER_KEYS, now);
    if (revised === found) return log;
    const next = { id: found.id, ...revised };
    return { ...log, employers: log.employers.map((e) => (e.id === found.id ? next : e)) };
  }
  const id = fields.id ?? `e${log.employers.length + 1}-${Date.parse(now).toString(36)}`;
  return { ...log, employers: [...log.employers, { id, ...fieldsOf(fields, EMPLOYER_KEYS), made: now, earlier: [] }] };
}

export const employerOf = (log: WorkLog, day: DayFields): Employer | undefined =>
  log.employers.find((e) => e.id === day.employerId) ?? (log.employers.length === 1 ? log.employers[0] : undefined);

/** YYYY-MM of a date. */
export const monthOf = (date: string): string => date.slice(0, 7);

/** The months the log covers, oldest first. */
export const monthsIn = (log: WorkLog): string[] => [...new Set(log.days.map((day) => monthOf(day.date)))].sort();

/** The days of one month (YYYY-MM), in order. */
export const daysIn = (log: WorkLog, month: string): DayEntry[] => log.days.filter((day) => monthOf(day.date) === month);

/**
 * Adds another log's days and employers, never replacing what is here: a day already recorded keeps its
 * value and history. Returns how many days were new and how many differ (kept as they are here).
 */
export function mergeLogs(into: WorkLog, from: WorkLog): { log: WorkLog; added: number; differing: number } {
  const employers = [...into.employers];
  const ids = new Map<string, string>();
  for (const employer of from.employers) {
    const match = employers.find((e) => e.id === employer.id || (e.name === employer.name && e.phone === employer.phone));
    if (match) ids.set(employer.id, match.id);
    else employers.push(employer);
  }
  const days = [...into.days];
  let added = 0;
  let differing = 0;
  for (const day of from.days) {
    const employerId = day.employerId && (ids.get(day.employerId) ?? day.employerId);
    const incoming = { ...day, ...(employerId ? { employerId } : {}) };
    const here = days.find((d) => d.date === day.date);
    if (!here) {
      days.push(incoming);
      added++;
    } else if (!same(fieldsOf(here as DayFields, DAY_KEYS), fieldsOf(incoming as DayFields, DAY_KEYS))) differing++;
  }
  days.sort((a, b) => a.date.localeCompare(b.date));
  return { log: { ...into, worker: into.worker ?? from.worker, employers, days }, added, differing };
}
