import { dayKind, holidayOn, type HolidayCalendar } from '../core/holidays.js';
import { clock, minutes } from './weekly.js';
import { slotDays, type Schedule, type ScheduleException } from './workstations.js';

/**
 * "Open now / closing soon / opens at …" in Asia/Shanghai, whatever time zone the phone is set to, on the
 * State Council's calendar: closed on public holidays, open on 调休 working weekends with working-day
 * hours, and a workstation's own exceptions (closed for a move, open on duty during 春节) over both.
 * China has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact and far cheaper than
 * Intl per row.
 */
const SHANGHAI_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 86_400_000;
const DAY = 1440;
/** "Closing soon" in the last half hour, so nobody sets off for a door about to shut. */
const SOON = 30;
/** How far ahead to look for the next opening: past the longest holiday and a month of exceptions. */
const LOOK_AHEAD = 40;

export interface Hours {
  schedules: readonly Schedule[];
  exceptions?: readonly ScheduleException[];
}

export type OpeningState =
  | { open: true; closesAt: string; soon: boolean }
  | {
      open: false;
      opensAt: string;
      /** 0 today, 1 tomorrow, … */
      inDays: number;
      weekday: number;
      /** The day it opens, YYYY-MM-DD. */
      date: string;
      /** The public holiday it is closed for today, if any. */
      holiday?: { 'zh-CN': string; en: string };
      /** Closed all day today by its own exception (a move, a local event): the card says why. */
      ownClosure?: true;
    }
  | { open: false; never: true };

const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** 1 January 1970 was a Thursday. */
const weekdayOf = (day: number) => (day + 4) % 7;

/** A slot as [start, end) minutes of its day; one that closes at or before it opens ends the next day. */
const span = (opens: string, closes: string): [number, number] => {
  const open = minutes(opens);
  const close = minutes(closes);
  return [open, close <= open ? close + DAY : close];
};

/** The workstation's own exceptions that cover a day (YYYY-MM-DD). */
const ownOn = ({ exceptions = [] }: Hours, date: string) => exceptions.filter((e) => e.valid_from <= date && date <= e.valid_to);

/** The opening slots of one day (days since 1970 in Shanghai). */
function slotsOn(hours: Hours, calendar: HolidayCalendar | null, day: number): [number, number][] {
  const { schedules } = hours;
  const date = isoDay(day);
  const own = ownOn(hours, date);
  // The workstation's own word for that day comes first: closed, or its special hours.
  if (own.length) return own.flatMap((e) => (e.opens_at && e.closes_at ? [span(e.opens_at, e.closes_at)] : []));
  const kind = dayKind(calendar, date);
  if (kind === 'holiday') return [];
  // A 调休 working weekend keeps a working day's hours (Monday's, or the first weekday that has any).
  const weekday =
    kind === 'adjusted-workday' ? ([1, 2, 3, 4, 5].find((d) => schedules.some((s) => slotDays(s).includes(d))) ?? 1) : weekdayOf(day);
  return schedules.filter((s) => slotDays(s).includes(weekday)).map((s) => span(s.opens_at, s.closes_at));
}

export function openingState(hours: Hours, instant: Date, calendar: HolidayCalendar | null = null): OpeningState {
  const local = instant.getTime() + SHANGHAI_OFFSET_MS;
  const today = Math.floor(local / DAY_MS);
  const now = Math.floor((local - today * DAY_MS) / 60_000);
  // Open if inside one of today's slots, or one of yesterday's that runs past midnight.
  const ends = [...slotsOn(hours, calendar, today - 1).map(([start, end]) => [start - DAY, end - DAY]), ...slotsOn(hours, calendar, today)]
    .filter(([start, end]) => start! <= now && now < end!)
    .map(([, end]) => end!);
  if (ends.length) {
    const end = Math.max(...ends);
    return { open: true, closesAt: clock(end % DAY), soon: end - now <= SOON };
  }
  if (!hours.schedules.length && !hours.exceptions?.some((e) => e.opens_at)) return { open: false, never: true };
  // Today's reason to be shut: its own word wins over the calendar's.
  const own = ownOn(hours, isoDay(today));
  const ownClosure = own.length > 0 && !own.some((e) => e.opens_at);
  const holiday = own.length ? undefined : holidayOn(calendar, isoDay(today))?.name;
  for (let inDays = 0; inDays < LOOK_AHEAD; inDays++) {
    const starts = slotsOn(hours, calendar, today + inDays)
      .map(([start]) => start)
      .filter((start) => inDays > 0 || start > now);
    if (starts.length)
      return {
        open: false,
        opensAt: clock(Math.min(...starts)),
        inDays,
        weekday: weekdayOf(today + inDays),
        date: isoDay(today + inDays),
        ...(holiday && { holiday }),
        ...(ownClosure && { ownClosure }),
      };
  }
  return { open: false, never: true };
}
