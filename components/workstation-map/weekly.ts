import { slotDays, type Schedule } from './workstations.js';

/** Weekly hours as people read them, for the list, print and the server page (no clock, no calendar). */

/** "08:30" as minutes since midnight. */
export const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Minutes since midnight as "8:30". */
export const clock = (minute: number) => `${Math.floor(minute / 60)}:${String(minute % 60).padStart(2, '0')}`;

/** Weekly hours as compact rows for the list and for print: days grouped by identical hours. */
export function weeklyRows(schedules: readonly Schedule[]): { days: number[]; hours: string[] }[] {
  const byDay = new Map<number, Schedule[]>();
  for (const slot of schedules) for (const day of slotDays(slot)) byDay.set(day, [...(byDay.get(day) ?? []), slot]);
  const rows: { days: number[]; hours: string[] }[] = [];
  // Monday first, as people read a week; slots in the order of the day.
  for (const day of [1, 2, 3, 4, 5, 6, 0]) {
    const hours = (byDay.get(day) ?? [])
      .sort((a, b) => minutes(a.opens_at) - minutes(b.opens_at))
      .map((slot) => `${clock(minutes(slot.opens_at))}–${clock(minutes(slot.closes_at))}`);
    if (!hours.length) continue;
    const same = rows.find((row) => row.hours.join() === hours.join());
    if (same) same.days.push(day);
    else rows.push({ days: [day], hours });
  }
  return rows;
}
