import type { HolidayCalendar } from '../core/holidays.js';
import { openingState } from './opening-hours.js';
import { AGENCY_TYPES, ISSUE_CODES, type AgencyType, type IssueCode, type Workstation } from './workstations.js';

/**
 * The filter state and its URL form (?issue=&type=&district=&open=&q=), so the checker, the FAQ and
 * posters can deep-link to a filtered list. Never holds a position: that stays on the device.
 */
export interface Filters {
  issue?: IssueCode;
  type?: AgencyType;
  district?: string;
  open: boolean;
  q: string;
}

export const NO_FILTERS: Filters = { issue: undefined, type: undefined, district: undefined, open: false, q: '' };

/** Short forms people and older links use. */
const ISSUE_ALIASES: Record<string, IssueCode> = { wages: 'unpaid-wages', injury: 'work-injury', arbitration: 'labour-arbitration' };

const pickOne = <T extends string>(value: string | null, allowed: readonly T[]): T | undefined =>
  allowed.includes(value as T) ? (value as T) : undefined;

/** Reads filters from a query string; unknown values are ignored rather than showing an empty list. */
export function filtersFromSearch(search: string, districtIds: readonly string[] = []): Filters {
  const params = new URLSearchParams(search);
  const issue = params.get('issue');
  return {
    issue: pickOne(issue, ISSUE_CODES) ?? (issue ? ISSUE_ALIASES[issue] : undefined),
    type: pickOne(params.get('type'), AGENCY_TYPES),
    district: pickOne(params.get('district'), districtIds),
    open: params.get('open') === '1',
    q: (params.get('q') ?? '').trim().slice(0, 100),
  };
}

/** Writes filters into a query string, keeping any parameters that are not ours. */
export function filtersToSearch(filters: Filters, base = ''): string {
  const params = new URLSearchParams(base);
  const values = { ...filters, open: filters.open ? '1' : '', q: filters.q.trim() };
  for (const key of ['issue', 'type', 'district', 'open', 'q'] as const) {
    const value = values[key];
    if (value) params.set(key, value);
    else params.delete(key);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const hasFilters = (f: Filters) => Boolean(f.issue || f.type || f.district || f.open || f.q.trim());

/**
 * A word as a worker may write a place: 「中山市小榄镇」 or 「广东中山小榄」 for 小榄. The workstation's own
 * province and city (every one shares them) and a 镇/街道/区/县/乡 ending are dropped, the ending only
 * when two characters are left (东区 stays 东区).
 */
function placeWord(word: string, ws: Workstation): string {
  for (const place of [ws.address.state_province['zh-CN'], ws.address.city['zh-CN']])
    for (const form of [place, place.slice(0, -1)]) if (word.startsWith(form)) word = word.slice(form.length);
  return word.length > 2 ? word.replace(/(街道|镇|区|县|乡)$/, '') : word;
}

/** Text search over what a worker might type: name, host agency, address, district (both languages). */
function matchesText(ws: Workstation, query: string): boolean {
  const text = [ws.name, ws.organization.name, ws.address.address_1, ws.address.region]
    .flatMap((t) => [t['zh-CN'], t.en])
    .join(' ')
    .toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .every((word) => text.includes(word) || text.includes(placeWord(word, ws) || word));
}

export function applyFilters(
  list: readonly Workstation[],
  filters: Filters,
  now: Date,
  calendar: HolidayCalendar | null = null,
): Workstation[] {
  return list.filter(
    (ws) =>
      (!filters.issue || ws.issues.includes(filters.issue)) &&
      (!filters.type || ws.agency_type === filters.type) &&
      (!filters.district || ws.district === filters.district) &&
      (!filters.open || openingState(ws, now, calendar).open) &&
      matchesText(ws, filters.q),
  );
}
