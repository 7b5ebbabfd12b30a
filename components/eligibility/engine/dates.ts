import { parseIsoDate } from '../../core/format.js';

/** Calendar arithmetic on YYYY-MM-DD strings, in UTC so no time zone can shift a day. */

const DAY_MS = 86_400_000;
const iso = (date: Date): string => date.toISOString().slice(0, 10);

/** The same day `months` later; the 31st becomes the month's last day (2025-01-31 + 1 → 2025-02-28). */
export function addMonths(value: string, months: number): string {
  const date = parseIsoDate(value)!;
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return iso(target);
}

export const addYears = (value: string, years: number): string => addMonths(value, years * 12);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number =>
  Math.round((parseIsoDate(to)!.getTime() - parseIsoDate(from)!.getTime()) / DAY_MS);

/** The later of two dates, ignoring an unknown one. */
export const later = (a: string, b: string | undefined): string => (b && b > a ? b : a);
