/**
 * The rules engine and the question flow, loaded by <la-eligibility-checker> when the worker starts
 * answering: the first question needs neither, so they stay out of the bytes a phone needs to show it.
 */
export { assess } from './engine/assess.js';
export { EligibilityInputError } from './engine/answers.js';
export { walk } from './question-walk.js';
