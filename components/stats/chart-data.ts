/**
 * Pure code, no DOM: what a chart of one or more series says, shared by the build-time SVG on the site
 * and by <la-stat-chart>. The widget imports the two halves apart, so that the table and the CSV load
 * only when a reader asks for them.
 */
export * from './chart-rows.js';
export * from './chart-summary.js';
