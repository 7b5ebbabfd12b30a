import { LaEligibilityChecker } from './eligibility-checker.js';

LaEligibilityChecker.define('la-eligibility-checker');

declare global {
  interface HTMLElementTagNameMap {
    'la-eligibility-checker': LaEligibilityChecker;
  }
}
