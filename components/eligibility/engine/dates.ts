import { parseIsoDate } from '../../core/format.js';

/** Calendar arithmetic on YYYY-MM-DD strings, in UTC so no time zone can shift a day. */

const DAY_MS = 86_400_000;
const iso = (date: Date): string => date.toISOString().slice(0, 10);
const MONTH = /^(\d{4})-(\d{2})$/;

/** The same day `months` later; the 31st becomes the month's last day (2025-01-31 + 1 → 2025-02-28). */
export function addMonths(value: string, months: number): string {
  const date = parseIsoDate(value)!;
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return iso(target);
}

export const addYears = (value: string, years: number): string => addMonths(value, years * 12);
export const addDays = (value: string, days: number): string => iso(new Date(parseIsoDate(value)!.getTime() + days * DAY_MS));

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number =>
  Math.round((parseIsoDate(to)!.getTime() - parseIsoDate(from)!.getTime()) / DAY_MS);

/** The later of two dates, ignoring an unknown one. */
export const later = (a: string, b: string | undefined): string => (b && b > a ? b : a);
export const earlier = (a: string, b: string | undefined): string => (b && b < a ? b : a);

/** A month the worker remembers without the day: YYYY-MM (a real month). */
export const isMonth = (value: string): boolean => {
  const match = MONTH.exec(value);
  return Boolean(match && Number(match[2]) >= 1 && Number(match[2]) <= 12);
};

/**
 * The two ends of a date that may be only a month. A deadline runs from the first day (the date to tell the
 * worker is never too late); whether it has passed is judged from the last (the worker is never shut out
 * by a day he could not remember).
 */
export function firstDay(value: string): string {
  return isMonth(value) ? `${value}-01` : value;
}
export function lastDayOf(value: string): string {
  if (!isMonth(value)) return value;
  const [year, month] = value.split('-').map(Number) as [number, number];
  return iso(new Date(Date.UTC(year, month, 0)));
}
