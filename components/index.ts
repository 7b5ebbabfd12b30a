// Classes only: importing this registers nothing. Register with `legal-aid-kit/<widget>` or `Class.define(tag)`.
export * from './core/index.js';
export { LaRightsFaq, type FaqItem } from './rights-faq/rights-faq.js';
export { LaSearchEvent } from './rights-faq/rights-faq.events.js';
export { parseFaqData, ISSUES, type FaqEntry, type FaqData, type Issue } from './rights-faq/faq-data.js';
