import type { Filters } from './filters.js';

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
