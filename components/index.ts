// Classes only: importing this registers nothing. Register with `legal-aid-kit/<widget>` or `Class.define(tag)`.
export * from './core/index.js';
export { LaEligibilityChecker } from './eligibility/eligibility-checker.js';
export { LaEligibilityResultEvent } from './eligibility/eligibility-events.js';
export { LaStat } from './stats/stat.js';
export { LaStatGroup } from './stats/stat-group.js';
export { LaStatChart } from './stats/stat-chart.js';
export { formatFigure, type Unit, type Qualifier } from './stats/format.js';
export { parseStatsReport, type Indicator, type Series, type StatsDocument, type StatsReport } from './stats/indicators.js';
export { LaWorkstationMap, LaWorkstationSelectEvent } from './workstation-map/workstation-map.js';
export { LaWorkLog } from './work-log/work-log.js';
export { LaRightsFaq, type FaqItem } from './rights-faq/rights-faq.js';
export { LaSearchEvent } from './rights-faq/rights-faq.events.js';
export { parseFaqData, ISSUES, type FaqEntry, type FaqData, type Issue } from './rights-faq/faq-data.js';
