import { Checker } from '../core/validate.js';
import type { Locale } from '../core/locale.js';

/** Pure code, no DOM: the statistics data format and how a figure is written and spoken. */

export const UNITS = ['case', 'person-time', 'yuan', 'event', 'copy', 'person', 'percent'] as const;
export type Unit = (typeof UNITS)[number];
export const QUALIFIERS = ['exact', 'more-than', 'about'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

type Localized = { 'zh-CN': string; en: string };

export interface Indicator {
  id: string;
  label: Localized;
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  definition: Localized;
}

export interface StatsReport {
  source: Localized;
  licence: string;
  lastUpdated: string;
  nextUpdate?: string;
  period: { start: string; end: string };
  sample: boolean;
  indicators: Indicator[];
}

/** Counts can never be negative; only a percentage may be fractional. */
const COUNT_UNITS: readonly Unit[] = ['case', 'person-time', 'event', 'copy', 'person'];

export function parseIndicator(raw: unknown, check: Checker): Indicator | undefined {
  const row = check.object(raw);
  if (!row) return undefined;
  const id = check.string(row, 'id', { pattern: /^[a-z0-9-]+$/ });
  const label = check.localized(row, 'label');
  const unit = check.oneOf(row, 'unit', UNITS);
  const value = check.number(row, 'value', { min: unit && COUNT_UNITS.includes(unit) ? 0 : undefined });
  const qualifier = check.oneOf(row, 'qualifier', QUALIFIERS, { optional: true }) ?? 'exact';
  const definition = check.localized(row, 'definition');
  if (id === undefined || !label || unit === undefined || value === undefined || !definition) return undefined;
  return { id, label, value, unit, qualifier, definition };
}

/** Validates a report file; throws DataValidationError naming every bad field. */
export function parseStatsReport(raw: unknown, where = 'stats'): StatsReport {
  const check = new Checker();
  const report = check.object(raw) ?? {};
  const source = check.localized(report, 'source');
  const licence = check.string(report, 'licence');
  const lastUpdated = check.date(report, 'lastUpdated');
  const nextUpdate = check.date(report, 'nextUpdate', { optional: true });
  const periodCheck = check.nested('period');
  const periodRaw = periodCheck.object(report['period']) ?? {};
  const start = periodCheck.date(periodRaw, 'start');
  const end = periodCheck.date(periodRaw, 'end');
  if (start && end && end < start) periodCheck.fail('end', 'must not be before period.start');
  const sample = check.boolean(report, 'sample', { optional: true }) ?? false;
  const list = check.array(report, 'indicators', { nonEmpty: true }) ?? [];
  const indicators = list.map((row, i) => parseIndicator(row, check.nested(`indicators.${i}`)));
  const ids = new Set<string>();
  indicators.forEach((row, i) => {
    if (row && ids.has(row.id)) check.fail(`indicators.${i}.id`, `"${row.id}" is used twice`);
    if (row) ids.add(row.id);
  });
  return check.done(
    {
      source: source!,
      licence: licence!,
      lastUpdated: lastUpdated!,
      nextUpdate,
      period: { start: start!, end: end! },
      sample,
      indicators: indicators as Indicator[],
    },
    where,
  );
}

const UNIT_WORDS: Record<Unit, { zh: string; en: [string, string] }> = {
  case: { zh: '件', en: ['case', 'cases'] },
  'person-time': { zh: '人次', en: ['person', 'people'] },
  yuan: { zh: '元', en: ['yuan', 'yuan'] },
  event: { zh: '场', en: ['event', 'events'] },
  copy: { zh: '份', en: ['copy', 'copies'] },
  person: { zh: '人', en: ['person', 'people'] },
  percent: { zh: '%', en: ['%', '%'] },
};

/**
 * A figure written the way each language writes it (1297.6万元, 40余场 / 12.98 million yuan, 40+ events)
 * and spoken in full for screen readers (12,976,000元 / at least 40 events).
 */
export function formatIndicator(value: number, unit: Unit, qualifier: Qualifier, locale: Locale): { text: string; spoken: string } {
  const words = UNIT_WORDS[unit];
  const big = Math.abs(value) >= 10_000;
  if (locale === 'en') {
    const compact = Math.abs(value) >= 1_000_000;
    const number = new Intl.NumberFormat(
      'en',
      compact ? { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 } : {},
    ).format(value);
    const full = new Intl.NumberFormat('en').format(value);
    const noun = value === 1 ? words.en[0] : words.en[1];
    const sep = unit === 'percent' ? '' : ' ';
    const plus = qualifier === 'more-than' ? '+' : '';
    const about = qualifier === 'about' ? 'about ' : '';
    return {
      text: `${about}${number}${plus}${sep}${noun}`,
      spoken: `${qualifier === 'more-than' ? 'at least ' : about}${full}${sep}${noun}`,
    };
  }
  const number = big
    ? new Intl.NumberFormat('zh-CN', { notation: 'compact', maximumFractionDigits: 1 }).format(value)
    : new Intl.NumberFormat('zh-CN', { useGrouping: false }).format(value);
  const full = new Intl.NumberFormat('zh-CN').format(value);
  const more = qualifier === 'more-than' ? '余' : '';
  const about = qualifier === 'about' ? '约' : '';
  return {
    text: `${about}${number}${more}${words.zh}`,
    spoken: `${qualifier === 'more-than' ? '至少' : about}${full}${words.zh}`,
  };
}
