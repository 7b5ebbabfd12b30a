// Byte budgets from the architecture (gzip, Lit included). One row per published entry; an entry whose
// source does not exist yet is reported as such, never counted as passing.
export const KB = 1024;

export const entryBudgets = [
  { id: 'loader', entry: 'components/loader.ts', budget: 3 * KB, note: 'CDN autoloader' },
  { id: 'rights-faq', entry: 'components/rights-faq/rights-faq.define.ts', budget: 12 * KB, note: '<la-rights-faq> with search' },
  {
    id: 'eligibility-checker',
    entry: 'components/eligibility/eligibility-checker.define.ts',
    budget: 20 * KB,
    note: '<la-eligibility-checker> with engine',
  },
  { id: 'stat', entry: 'components/stats/stat.define.ts', budget: 8 * KB, note: '<la-stat> statistics figures' },
  { id: 'stat-chart', entry: 'components/stats/stat-chart.define.ts', budget: 8 * KB, note: '<la-stat-chart> without Chart.js' },
  {
    id: 'workstation-map',
    entry: 'components/workstation-map/workstation-map.define.ts',
    budget: 14 * KB,
    note: '<la-workstation-map> before the map opens',
  },
];

/** Every page of the built site, first load. */
export const pageBudgets = { total: 100 * KB, js: 30 * KB };
