/**
 * legal-aid-kit/eligibility: can a worker get free legal aid? Pure TypeScript, no DOM: runs in Node,
 * the browser and a partner's intake system. See components/eligibility/README.md.
 */
import { assess as assessWith, type AssessOptions } from './assess.js';
import type { Answers, Assessment } from './types.js';
import { calculateClaim as calculateClaimWith, type Claim, type ClaimFacts, type ClaimOptions } from './claim.js';
import { SHIPPED_CALENDAR, SHIPPED_PACKS } from './shipped.generated.js';

export type { AssessOptions };
export { SHIPPED_CALENDAR, SHIPPED_PACKS };

/**
 * `assess` with the bureau's rule packs and holiday calendar shipped in the package: a partner's intake system
 * gets Zhongshan's standard from `region: '442000'` with no fetch. `packs` or `calendar` given are used instead
 * (and validated: a bad pack throws EligibilityInputError naming the field, never a verdict); `calendar: null`
 * counts weekends only.
 */
export function assess(answers: Answers, options: AssessOptions): Assessment {
  const calendar = options?.calendar === undefined ? SHIPPED_CALENDAR : options.calendar;
  return assessWith(answers, { ...options, packs: options?.packs ?? SHIPPED_PACKS, calendar });
}
/** `calculateClaim` with the shipped packs, like `assess`: the region's wages and grants with no fetch. */
export function calculateClaim(facts: ClaimFacts, options: ClaimOptions): Claim {
  return calculateClaimWith(facts, { ...options, packs: options?.packs ?? SHIPPED_PACKS });
}
export { EligibilityInputError } from './answers.js';
export {
  END_REASONS,
  CLAIM_ITEMS,
  type Claim,
  type ClaimFacts,
  type ClaimItem,
  type ClaimItemId,
  type ClaimOptions,
  type EndReason,
  type InjuryFacts,
} from './claim.js';
export { formatClaimBasis, claimWords } from './claim.strings.js';
export { formatCitation, chineseNumeral } from './citations.js';
export {
  parseRulePack,
  parseRuleSet,
  resolveParameters,
  packChain,
  nearestPack,
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
export { parseHolidayCalendar, dayKind, nextWorkingDay, type HolidayCalendar } from '../../core/holidays.js';
export * from './types.js';
