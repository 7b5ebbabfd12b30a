import type { Locale } from '../core/locale.js';
import { download } from './download.js';
import { buildIcs } from './ics.js';

/**
 * "Add to my calendar" for a deadline, shared by the checker's result and the work log. A separate module
 * that each imports only when the button is pressed, so neither first load grows. Its words travel with it,
 * both languages (a few lines each). It imports nothing from the core: a core module shared with this chunk
 * would be split out of the checker's one-file CDN build into a chunk of its own.
 */

/** Fills {name} placeholders (the core's `interpolate`, which this chunk must not import). */
const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

export type DeadlineKind = 'arbitration' | 'injury-recognition' | 'civil';

export interface CalendarDeadline {
  /** The safe date, YYYY-MM-DD. */
  date: string;
  /** The same date as the widget writes it (2026年12月23日): the caller formats it, so this chunk needs no core module. */
  dateText: string;
  kind: DeadlineKind;
  locale: Locale;
  /** The workstation to go to, when one is known. */
  station?: { name: string; address: string; phone?: string };
  now?: Date;
}

const words = {
  'zh-CN': {
    arbitration: '申请劳动仲裁的最后安全日期',
    'injury-recognition': '自己申请工伤认定的最后安全日期',
    civil: '到法院起诉的最后安全日期',
    todo: '请在{date}以前去办，越早越好。',
    free: '法律援助免费。带上身份证、记工本、欠条、聊天记录和转账记录。',
    station: '法律援助工作站：{name}，{address}',
    stationPhone: '工作站电话：{phone}',
    noStation: '最近的法律援助工作站：打 12348 问。',
    hotline: '12348 法律服务热线（免费咨询）',
    alarm: '{what}：{date}。快去办！',
  },
  en: {
    arbitration: 'Last safe day to apply for labour arbitration',
    'injury-recognition': 'Last safe day to apply yourself for work-injury recognition',
    civil: 'Last safe day to go to court',
    todo: 'Go before {date}, the sooner the better.',
    free: 'Legal aid is free. Bring your ID, your work-day log, any IOU, chat messages and payment records.',
    station: 'Legal-aid workstation: {name}, {address}',
    stationPhone: 'Workstation phone: {phone}',
    noStation: 'Nearest legal-aid workstation: call 12348 and ask.',
    hotline: '12348 legal services hotline (free advice)',
    alarm: '{what}: {date}. Go now!',
  },
};

export function deadlineIcs({ date, dateText: day, kind, locale, station, now = new Date() }: CalendarDeadline): string {
  const w = words[locale];
  return buildIcs({
    date,
    summary: w[kind],
    lines: [
      fill(w.todo, { date: day }),
      w.free,
      ...(station
        ? [
            fill(w.station, { name: station.name, address: station.address }),
            ...(station.phone ? [fill(w.stationPhone, { phone: station.phone })] : []),
          ]
        : [w.noStation]),
      w.hotline,
    ],
    ...(station ? { location: station.address } : {}),
    alarm: fill(w.alarm, { what: w[kind], date: day }),
    // One event per deadline: opening the file again updates it instead of adding a second.
    uid: `${kind}-${date}@legal-aid-kit`,
    now,
  });
}

/** Builds the file and hands it to the phone, which opens it in its calendar. */
export function addToCalendar(deadline: CalendarDeadline): void {
  download(deadlineIcs(deadline), `deadline-${deadline.date}.ics`, 'text/calendar;charset=utf-8');
}
