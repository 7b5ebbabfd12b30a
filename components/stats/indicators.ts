import { Checker } from '../core/validate.js';
import { COUNT_UNITS, QUALIFIERS, UNITS, type Qualifier, type Unit } from './format.js';

/**
 * Pure code, no DOM: the one schema of the bureau's statistics, used by the site's content loader (the
 * build fails naming file and field) and by the widgets at run time (one bad row fails only its figure).
 */

export { formatFigure as formatIndicator, type Qualifier, type Unit } from './format.js';

export type Localized = { 'zh-CN': string; en: string };

/** Where a figure comes from and how fresh it is; a file gives it once, a row may override any part. */
export interface StatsMeta {
  period: { start: string; end: string };
  source: Localized;
  licence: string;
  lastUpdated: string;
  nextUpdate?: string;
  /** Demonstration data, not the bureau's: shown as 示例 on screen. */
  sample: boolean;
}

export interface Indicator extends StatsMeta {
  id: string;
  label: Localized;
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  /** 统计口径: what is counted. */
  definition: Localized;
}

export const SERIES_KINDS = ['month', 'district', 'issue'] as const;
export type SeriesKind = (typeof SERIES_KINDS)[number];

export interface SeriesPoint {
  /** Stable key: 2023-01, a district name in pinyin, an issue code. */
  key: string;
  label: Localized;
  value: number;
}

export interface Series extends StatsMeta {
  id: string;
  label: Localized;
  unit: Unit;
  /** What the categories are: months (a line or bars in time order), districts or issues (bars). */
  kind: SeriesKind;
  definition: Localized;
  points: SeriesPoint[];
}

export interface StatsReport extends StatsMeta {
  indicators: Indicator[];
  series: Series[];
}

/** The published statistics file (/data/v1/stats.json): what the figures' `data` property takes. */
export interface StatsDocument {
  schemaVersion?: number;
  reports: StatsReport[];
}

type Raw = Record<string, unknown>;
const ID = /^[a-z0-9-]+$/;

/** A figure's value: names the common mistakes (text such as "562件", NaN) in words a data editor knows. */
function checkValue(row: Raw, check: Checker, unit: Unit | undefined, key = 'value'): number | undefined {
  const value = row[key];
  if (typeof value === 'string') {
    check.fail(key, /^\s*nan\s*$/i.test(value) ? 'is NaN (not a number)' : `must be a number, not the text "${value}"`);
    return undefined;
  }
  if (typeof value === 'number' && Number.isNaN(value)) {
    check.fail(key, 'is NaN (not a number)');
    return undefined;
  }
  const counted = unit !== undefined && COUNT_UNITS.includes(unit);
  const number = check.number(row, key, { min: counted ? 0 : undefined });
  return number;
}

function checkUnit(row: Raw, check: Checker): Unit | undefined {
  if (row['unit'] === undefined || row['unit'] === '') {
    check.fail('unit', 'is missing (one of ' + UNITS.join(', ') + ')');
    return undefined;
  }
  return check.oneOf(row, 'unit', UNITS);
}

/** The fields a report gives all its rows unless a row gives its own. */
export const META_KEYS = ['period', 'source', 'licence', 'lastUpdated', 'nextUpdate', 'sample'] as const;

/**
 * The source and period of a row: its own fields where it has them, else the file's. A field neither
 * gives is reported missing on the row.
 */
export function parseMeta(obj: Raw, check: Checker, inherited?: StatsMeta): StatsMeta | undefined {
  const has = (key: (typeof META_KEYS)[number]) => obj[key] !== undefined || inherited === undefined;
  let period = inherited?.period;
  if (has('period')) {
    const inner = check.nested('period');
    const raw = inner.object(obj['period']);
    const start = raw && inner.date(raw, 'start');
    const end = raw && inner.date(raw, 'end');
    if (start && end && end < start) inner.fail('end', `(${end}) must not be before period.start (${start})`);
    period = start && end && end >= start ? { start, end } : undefined;
  }
  const source = has('source') ? check.localized(obj, 'source') : inherited?.source;
  const licence = has('licence') ? check.string(obj, 'licence') : inherited?.licence;
  const lastUpdated = has('lastUpdated') ? check.date(obj, 'lastUpdated') : inherited?.lastUpdated;
  const nextUpdate = obj['nextUpdate'] !== undefined ? check.date(obj, 'nextUpdate') : inherited?.nextUpdate;
  if (nextUpdate && lastUpdated && nextUpdate < lastUpdated) check.fail('nextUpdate', 'must not be before lastUpdated');
  const sample = (obj['sample'] !== undefined ? check.boolean(obj, 'sample') : inherited?.sample) ?? false;
  if (!period || !source || !licence || !lastUpdated) return undefined;
  return { period, source, licence, lastUpdated, ...(nextUpdate ? { nextUpdate } : {}), sample };
}

/** One indicator row; `inherited` is the file's source and period when the row sits in a report. */
export function parseIndicator(raw: unknown, check: Checker, inherited?: StatsMeta): Indicator | undefined {
  const row = check.object(raw);
  if (!row) return undefined;
  const id = check.string(row, 'id', { pattern: ID });
  const label = check.localized(row, 'label');
  const unit = checkUnit(row, check);
  const value = checkValue(row, check, unit);
  const qualifier = check.oneOf(row, 'qualifier', QUALIFIERS, { optional: true }) ?? 'exact';
  const definition = check.localized(row, 'definition');
  const meta = parseMeta(row, check, inherited);
  if (id === undefined || !label || unit === undefined || value === undefined || !definition || !meta) return undefined;
  return { id, label, value, unit, qualifier, definition, ...meta };
}

/** One series (by month, district or issue); every point is checked like an indicator's value. */
export function parseSeries(raw: unknown, check: Checker, inherited?: StatsMeta): Series | undefined {
  const row = check.object(raw);
  if (!row) return undefined;
  const id = check.string(row, 'id', { pattern: ID });
  const label = check.localized(row, 'label');
  const unit = checkUnit(row, check);
  const kind = check.oneOf(row, 'kind', SERIES_KINDS);
  const definition = check.localized(row, 'definition');
  const meta = parseMeta(row, check, inherited);
  const keys = new Set<string>();
  const points = (check.array(row, 'points', { nonEmpty: true }) ?? []).map((item, i) => {
    const at = check.nested(`points.${i}`);
    const point = at.object(item);
    if (!point) return undefined;
    const key = at.string(point, 'key');
    const pointLabel = at.localized(point, 'label');
    const value = checkValue(point, at, unit);
    if (key !== undefined && keys.has(key)) at.fail('key', `"${key}" is used twice`);
    if (key !== undefined) keys.add(key);
    return key !== undefined && pointLabel && value !== undefined ? { key, label: pointLabel, value } : undefined;
  });
  if (id === undefined || !label || unit === undefined || !kind || !definition || !meta || points.includes(undefined)) return undefined;
  return { id, label, unit, kind, definition, ...meta, points: points as SeriesPoint[] };
}

function uniqueIds(rows: ({ id: string } | undefined)[], check: Checker, list: string): void {
  const ids = new Set<string>();
  rows.forEach((row, i) => {
    if (row && ids.has(row.id)) check.fail(`${list}.${i}.id`, `"${row.id}" is used twice`);
    if (row) ids.add(row.id);
  });
}

/** Validates a report file; throws DataValidationError naming every bad field. */
export function parseStatsReport(raw: unknown, where = 'stats'): StatsReport {
  const check = new Checker();
  const report = check.object(raw) ?? {};
  const meta = parseMeta(report, check);
  const rows = check.array(report, 'indicators', { optional: true }) ?? [];
  const seriesRows = check.array(report, 'series', { optional: true }) ?? [];
  if (!rows.length && !seriesRows.length) check.fail('indicators', 'a report needs at least one indicator or series');
  // Without the file's own source and period every row would repeat the same complaint: report it once.
  const indicators = meta ? rows.map((row, i) => parseIndicator(row, check.nested(`indicators.${i}`), meta)) : [];
  const series = meta ? seriesRows.map((row, i) => parseSeries(row, check.nested(`series.${i}`), meta)) : [];
  uniqueIds(indicators, check, 'indicators');
  uniqueIds(series, check, 'series');
  return check.done({ ...meta!, indicators: indicators as Indicator[], series: series as Series[] }, where);
}

/**
 * Finds one row by id in a published document without validating the others, so one bad row
 * breaks only its own figure. Returns the raw row and the raw file it sits in, or undefined.
 */
export function findRawRow(raw: unknown, list: 'indicators' | 'series', id: string): { row: unknown; report: Raw } | undefined {
  const reports = (raw as { reports?: unknown })?.reports;
  if (!Array.isArray(reports)) return undefined;
  for (const report of reports as Raw[]) {
    const rows = report?.[list];
    if (!Array.isArray(rows)) continue;
    const row = (rows as Raw[]).find((r) => r?.['id'] === id);
    if (row) return { row, report };
  }
  return undefined;
}

/** The source and period a raw report gives its rows, or undefined when it gives none or a bad one. */
export function metaOf(report: Raw | undefined): StatsMeta | undefined {
  if (!report || !META_KEYS.some((key) => report[key] !== undefined)) return undefined;
  const check = new Checker();
  const meta = parseMeta(report, check);
  return check.problems.length ? undefined : meta;
}
