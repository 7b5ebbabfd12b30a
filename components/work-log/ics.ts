/**
 * The deadline as an iCalendar file (RFC 5545) made on the phone, which Android and iOS calendars open: no
 * server, no account. An all-day event on the safe date with reminders before it. Pure text, no DOM.
 */

export interface DeadlineEvent {
  /** The safe date, YYYY-MM-DD. */
  date: string;
  summary: string;
  /** Lines of the description: what to do, the workstation's address, the hotline. */
  lines: string[];
  location?: string;
  /** The reminder's text. */
  alarm: string;
  /** Days before the date, each reminding at 09:00 that day. */
  reminders?: number[];
  /** Unique and stable for one deadline, so importing the file twice updates the event instead of doubling it. */
  uid: string;
  /** When the file is made (DTSTAMP). */
  now: Date;
}

export const REMINDER_DAYS = [30, 7, 1];
/** Reminders ring at this hour of the day they fall on, not at midnight. */
const REMINDER_HOUR = 9;

/** TEXT values (3.3.11): backslash, semicolon and comma escaped, line breaks as \n. */
export const escapeText = (value: string): string =>
  value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/**
 * Lines of at most 75 octets (3.1): longer ones continue on the next line after a space. A cut never falls
 * inside a UTF-8 character, so Chinese text survives calendars that unfold byte by byte.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length ? 74 : 75; // continuation lines start with a space
    if (bytes + size > limit) {
      parts.push(current);
      current = '';
      bytes = 0;
    }
    current += char;
    bytes += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const basicDate = (date: string): string => date.replace(/-/g, '');
const stamp = (now: Date): string => now.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');

/** The day after, for DTEND of an all-day event. */
function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** A trigger before the event's start (midnight) that rings at REMINDER_HOUR on the day `days` before. */
function trigger(days: number): string {
  const hours = 24 - REMINDER_HOUR;
  return days > 1 ? `-P${days - 1}DT${hours}H` : `-PT${hours}H`;
}

export function buildIcs(event: DeadlineEvent): string {
  const alarms = (event.reminders ?? REMINDER_DAYS).flatMap((days) => [
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(event.alarm)}`,
    `TRIGGER:${trigger(days)}`,
    'END:VALARM',
  ]);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//legal-aid-kit//deadline//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${stamp(event.now)}`,
    `DTSTART;VALUE=DATE:${basicDate(event.date)}`,
    `DTEND;VALUE=DATE:${basicDate(nextDay(event.date))}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.lines.join('\n'))}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    'TRANSP:TRANSPARENT',
    ...alarms,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
