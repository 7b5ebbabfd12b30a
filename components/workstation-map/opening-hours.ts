import { slotDays, type Schedule } from './workstations.js';

/**
 * "Open now / opens at …" in Asia/Shanghai, whatever time zone the phone is set to. China has kept
 * UTC+8 without daylight saving since 1991, so a fixed offset is exact and far cheaper than Intl per row.
 */
const SHANGHAI_OFFSET_MS = 8 * 3600_000;
const DAY = 1440;
const WEEK = 7 * DAY;

export type OpeningState =
  | { open: true; closesAt: string }
  | { open: false; opensAt: string; /** 0 today, 1 tomorrow, … */ inDays: number; weekday: number }
  | { open: false; never: true };

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Minutes since Sunday 00:00 in Shanghai. */
export function shanghaiWeekMinute(instant: Date): number {
  const local = new Date(instant.getTime() + SHANGHAI_OFFSET_MS);
  return local.getUTCDay() * DAY + local.getUTCHours() * 60 + local.getUTCMinutes();
}

/** Each slot as [start, end) in minutes of the week; a slot that closes at or before it opens ends the next day. */
function intervals(schedules: readonly Schedule[]): [number, number, Schedule][] {
  const out: [number, number, Schedule][] = [];
  for (const slot of schedules) {
    const open = minutes(slot.opens_at);
    let close = minutes(slot.closes_at);
    if (close <= open) close += DAY;
    for (const day of slotDays(slot)) {
      const start = day * DAY + open;
      out.push([start, start + close - open, slot]);
    }
  }
  return out;
}

export function openingState(schedules: readonly Schedule[], instant: Date): OpeningState {
  const now = shanghaiWeekMinute(instant);
  const slots = intervals(schedules);
  // Open if inside a slot, this week or one that began late last week (Saturday night into Sunday).
  const current = slots
    .filter(([start, end]) => (now >= start && now < end) || (now + WEEK >= start && now + WEEK < end))
    .map(([start, end]) => (now >= start ? end - now : end - now - WEEK));
  if (current.length) {
    const closesIn = Math.max(...current);
    return { open: true, closesAt: clock((now + closesIn) % DAY) };
  }
  if (!slots.length) return { open: false, never: true };
  const waits = slots.map(([start]) => (start - now + WEEK) % WEEK);
  const wait = Math.min(...waits);
  const at = now + wait;
  const today = Math.floor(now / DAY);
  return { open: false, opensAt: clock(at % DAY), inDays: Math.floor(at / DAY) - today, weekday: Math.floor(at / DAY) % 7 };
}

const clock = (minute: number) => `${Math.floor(minute / 60)}:${String(minute % 60).padStart(2, '0')}`;

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
