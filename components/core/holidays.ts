import { parseIsoDate } from './format.js';
import { Checker } from './validate.js';

/**
 * The State Council's public holidays and 调休 working days, as data (content/calendar/holidays.json,
 * published at /data/calendar.json). The engine moves a legal last day off a holiday (民法典 203); the map
 * says whether a workstation is open. A year without data counts weekends only, which is never later than
 * the real calendar, so no deadline moves the wrong way.
 */

export interface Holiday {
  name: { 'zh-CN': string; en: string };
  /** First and last day off, YYYY-MM-DD, inclusive. */
  from: string;
  to: string;
}

export interface HolidayYear {
  year: number;
  /** The notice that set the year, and the day it was published. */
  source: string;
  published: string;
  holidays: Holiday[];
  /** 调休: weekend days that are working days. */
  workdays: string[];
}

export interface HolidayCalendar {
  years: HolidayYear[];
}

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'adjusted-workday';

/** Validates the calendar file; throws DataValidationError naming every bad field. */
export function parseHolidayCalendar(raw: unknown, where = 'calendar'): HolidayCalendar {
  const check = new Checker();
  const record = check.object(raw) ?? {};
  const seen = new Set<number>();
  const years = (check.array(record, 'years', { nonEmpty: true }) ?? []).map((entry, i): HolidayYear => {
    const c = check.nested(`years.${i}`);
    const row = c.object(entry) ?? {};
    const year = c.number(row, 'year', { min: 2000, max: 2100 }) ?? 0;
    if (seen.has(year)) c.fail('year', `${year} appears twice`);
    seen.add(year);
    const inYear = (inner: Checker, key: string, value: string | undefined) => {
      if (value && !value.startsWith(`${year}-`)) inner.fail(key, `must be in ${year}`);
      return value ?? '';
    };
    const holidays = (c.array(row, 'holidays') ?? []).map((h, j) => {
      const hc = c.nested(`holidays.${j}`);
      const hr = hc.object(h) ?? {};
      const from = inYear(hc, 'from', hc.date(hr, 'from'));
      const to = inYear(hc, 'to', hc.date(hr, 'to'));
      if (from && to && to < from) hc.fail('to', 'must not be before from');
      return { name: hc.localized(hr, 'name')!, from, to };
    });
    const workdays = (c.array(row, 'workdays') ?? []).map((d, j) => {
      const dc = c.nested('workdays');
      const value = dc.date({ [j]: d }, String(j));
      if (value && !isWeekend(value)) dc.fail(String(j), `${value} is not a Saturday or Sunday`);
      return inYear(dc, String(j), value);
    });
    return { year, source: c.string(row, 'source')!, published: c.date(row, 'published')!, holidays, workdays };
  });
  return check.done({ years }, where);
}

const isWeekend = (date: string): boolean => {
  const day = parseIsoDate(date)!.getUTCDay();
  return day === 0 || day === 6;
};

const yearOf = (calendar: HolidayCalendar | null, date: string) => calendar?.years.find((y) => String(y.year) === date.slice(0, 4));

/** The holiday a date falls in, or null. */
export function holidayOn(calendar: HolidayCalendar | null, date: string): Holiday | null {
  return yearOf(calendar, date)?.holidays.find((h) => h.from <= date && date <= h.to) ?? null;
}

/** What kind of day a date is in mainland China. */
export function dayKind(calendar: HolidayCalendar | null, date: string): DayKind {
  if (holidayOn(calendar, date)) return 'holiday';
  if (yearOf(calendar, date)?.workdays.includes(date)) return 'adjusted-workday';
  return isWeekend(date) ? 'weekend' : 'workday';
}

export const isWorkingDay = (calendar: HolidayCalendar | null, date: string): boolean => {
  const kind = dayKind(calendar, date);
  return kind === 'workday' || kind === 'adjusted-workday';
};

/** The date itself when it is a working day, else the first working day after it. */
export function nextWorkingDay(calendar: HolidayCalendar | null, date: string): string {
  let day = parseIsoDate(date)!;
  let iso = date;
  while (!isWorkingDay(calendar, iso)) {
    day = new Date(day.getTime() + 86_400_000);
    iso = day.toISOString().slice(0, 10);
  }
  return iso;
}
