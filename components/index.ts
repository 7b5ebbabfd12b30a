// Classes only: importing this registers nothing. Register with `legal-aid-kit/<widget>` or `Class.define(tag)`.
export * from './core/index.js';
export { LaEligibilityChecker } from './eligibility/eligibility-checker.js';
export { LaEligibilityResultEvent } from './eligibility/eligibility-events.js';
