import type { Locale } from '../core/locale.js';

/** Pure code, no DOM: how a figure is written on screen and spoken to screen readers, in each language. */

export const UNITS = ['case', 'consultation', 'person-time', 'yuan', 'event', 'activity', 'copy', 'person', 'percent'] as const;
export type Unit = (typeof UNITS)[number];
export const QUALIFIERS = ['exact', 'more-than', 'about'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** Counts can never be negative. */
export const COUNT_UNITS: readonly Unit[] = ['case', 'consultation', 'person-time', 'event', 'activity', 'copy', 'person'];

/**
 * The counter word of each unit: Chinese measure word, English noun (singular, plural).
 * `activity` is the bureau's 次 ("40余次法治宣传活动"): each time an event is held.
 */
const UNIT_WORDS: Record<Unit, { zh: string; en: [string, string] }> = {
  case: { zh: '件', en: ['case', 'cases'] },
  // 人次 counts visits, not people: one worker who asks twice is counted twice.
  consultation: { zh: '人次', en: ['consultation', 'consultations'] },
  'person-time': { zh: '人次', en: ['time', 'times'] },
  yuan: { zh: '元', en: ['yuan', 'yuan'] },
  event: { zh: '场', en: ['event', 'events'] },
  activity: { zh: '次', en: ['event', 'events'] },
  copy: { zh: '份', en: ['copy', 'copies'] },
  person: { zh: '人', en: ['person', 'people'] },
  percent: { zh: '%', en: ['%', '%'] },
};

/** The unit word alone, for table headers and axis titles: 件 / cases. */
export function unitWord(unit: Unit, locale: Locale): string {
  return locale === 'en' ? UNIT_WORDS[unit].en[1] : UNIT_WORDS[unit].zh;
}

export interface FormattedFigure {
  /** As printed: 1297.6万元, 40余场 / 12.98 million yuan, 40+ events. */
  text: string;
  /** In full, for screen readers: 12,976,000元, 至少40场 / 12,976,000 yuan, at least 40 events. */
  spoken: string;
  /** The number alone, as printed (no unit, no qualifier): 1297.6万 / 12.98 million. */
  number: string;
}

/**
 * A figure written the way each language writes it. Chinese groups by 万 from 10,000 up and writes
 * small numbers without separators (2071人次); English says "million" from 1,000,000 up.
 */
export function formatFigure(value: number, unit: Unit, qualifier: Qualifier, locale: Locale): FormattedFigure {
  const words = UNIT_WORDS[unit];
  const full = new Intl.NumberFormat(locale).format(value);
  if (locale === 'en') {
    const compact = Math.abs(value) >= 1_000_000;
    const number = new Intl.NumberFormat(
      'en',
      compact ? { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 } : {},
    ).format(value);
    const noun = value === 1 ? words.en[0] : words.en[1];
    const sep = unit === 'percent' ? '' : ' ';
    const about = qualifier === 'about' ? 'about ' : '';
    const plus = qualifier === 'more-than' ? '+' : '';
    return {
      text: `${about}${number}${plus}${sep}${noun}`,
      spoken: `${qualifier === 'more-than' ? 'at least ' : about}${full}${sep}${noun}`,
      number,
    };
  }
  const number =
    Math.abs(value) >= 10_000
      ? new Intl.NumberFormat('zh-CN', { notation: 'compact', maximumFractionDigits: 1 }).format(value)
      : new Intl.NumberFormat('zh-CN', { useGrouping: false, maximumFractionDigits: 2 }).format(value);
  const about = qualifier === 'about' ? '约' : '';
  const more = qualifier === 'more-than' ? '余' : '';
  return {
    text: `${about}${number}${more}${words.zh}`,
    spoken: `${qualifier === 'more-than' ? '至少' : about}${full}${words.zh}`,
    number,
  };
}

/** A short axis label: 1,200 / 1.2万 / 1.2M. */
export function formatTick(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}
