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

export const hasFilters = (f: Filters) => Boolean(f.issue || f.type || f.district || f.open || f.q.trim());

/** How "open now" and the text search decide (their code loads just after the list's: card-extras.ts). */
export interface Matchers {
  isOpen(ws: Workstation): boolean;
  matchesText(ws: Workstation, query: string): boolean;
}

export function applyFilters(list: readonly Workstation[], filters: Filters, { isOpen, matchesText }: Matchers): Workstation[] {
  return list.filter(
    (ws) =>
      (!filters.issue || ws.issues.includes(filters.issue)) &&
      (!filters.type || ws.agency_type === filters.type) &&
      (!filters.district || ws.district === filters.district) &&
      (!filters.open || isOpen(ws)) &&
      (!filters.q.trim() || matchesText(ws, filters.q)),
  );
}
