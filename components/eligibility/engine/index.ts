/**
 * legal-aid-kit/eligibility: can a worker get free legal aid? Pure TypeScript, no DOM: runs in Node,
 * the browser and a partner's intake system. See components/eligibility/README.md.
 */
export { assess, type AssessOptions } from './assess.js';
export { EligibilityInputError } from './answers.js';
export { formatCitation, chineseNumeral } from './citations.js';
export {
  parseRulePack,
  parseRuleSet,
  resolveParameters,
  packChain,
  inForce,
  SWITCHES,
  BASELINE_REGION,
  type RulePack,
  type DatedAmount,
  type DatedSwitch,
  type SwitchId,
  type Parameters,
} from './packs.js';
export { BASELINE_PACK } from './baseline.js';
export * as rules from './rules.js';
export * from './types.js';
