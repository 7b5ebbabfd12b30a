import { parseHolidayCalendar, type HolidayCalendar } from '../../core/holidays.js';
import { DataValidationError } from '../../core/validate.js';
import { checkInput, EligibilityInputError } from './answers.js';
import { BASELINE_PACK } from './baseline.js';
import { arbitrationClock, injuryRecognitionClock, injuryTimeExcludedRule, iouKeepsCivilRouteOpen } from './clocks.js';
import { parseRuleSet, resolveParameters, type RulePack } from './packs.js';
import * as rules from './rules.js';
import type { Context, Finding } from './rules.js';
import {
  DATE_ANSWERS,
  type Answers,
  type Assessment,
  type Citation,
  type Deadline,
  type EconomicCheck,
  type LegalAidVerdict,
} from './types.js';
import { isMonth } from './dates.js';
import { missingFields } from './missing.js';

export interface AssessOptions {
  /** GB/T 2260 code of the accepting agency's region; a code without a pack inherits its city's, then its province's. */
  region?: string;
  /** The day of the assessment, YYYY-MM-DD. Required: the engine never reads the clock itself. */
  today: string;
  /** Rule packs to use (e.g. from /data/rules.json), validated like content files; defaults to the baseline. */
  packs?: readonly RulePack[];
  /** Public holidays for the legal last day (民法典 203), as /data/calendar.json; without it, weekends only. */
  calendar?: HolidayCalendar | null;
}

const citationKey = (c: Citation): string => `${c.law}:${c.article}:${c.sub ?? ''}:${c.paragraph ?? ''}:${c.item ?? ''}`;
const present = <T>(list: (T | null)[]): T[] => list.filter((x): x is T => x !== null);
const unique = <T>(list: T[], key: (x: T) => string = String): T[] => {
  const seen = new Set<string>();
  return list.filter((x) => !seen.has(key(x)) && Boolean(seen.add(key(x))));
};

/** Packs and calendars a caller passes are checked once each, like content files; a bad one is an input error. */
const checked = new WeakSet<object>();
function validated<T extends object>(value: T, field: string, parse: (raw: unknown) => unknown): T {
  if (checked.has(value)) return value;
  try {
    parse(value);
  } catch (error) {
    if (!(error instanceof DataValidationError)) throw error;
    throw new EligibilityInputError(error.problems.map((p) => ({ path: p.path ? `${field}.${p.path}` : field, message: p.message })));
  }
  checked.add(value);
  return value;
}

function verdict(scope: Finding, economicCheck: EconomicCheck, means: Finding | null, contested: boolean): LegalAidVerdict {
  if (scope.outcome === 'out-of-scope' || scope.rule === 'A7') return 'out-of-scope';
  if (economicCheck !== 'required') return 'eligible';
  // A matter the list may not cover, or a contested reading (A6), is for the agency to decide: never a bare "no".
  if (scope.outcome === 'may-be-covered') return 'means-test';
  if (means?.outcome === 'below-standard') return 'eligible';
  return means?.outcome === 'above-standard' && !contested ? 'not-eligible' : 'means-test';
}

/** The first steps, in the order a person must take them: safety, the step that stops the clock, papers, then apply. */
const FIRST = ['call-110', 'file-arbitration-today', 'apply-injury-recognition-today', 'get-proof-of-status'];

/**
 * Can this worker get free legal aid, why, how long is left, and what next? Pure: same input, same answer.
 * Throws EligibilityInputError (listing every bad field) rather than give a verdict on bad input.
 */
export function assess(answers: Answers, options: AssessOptions): Assessment {
  const clean = checkInput(answers, options?.today, options?.region);
  const today = options.today;
  const packs = options.packs ? validated(options.packs, 'packs', (raw) => parseRuleSet({ packs: raw })) : [BASELINE_PACK];
  const calendar = options.calendar ? validated(options.calendar, 'calendar', parseHolidayCalendar) : null;
  const params = resolveParameters(packs, options.region, today);
  const ctx: Context = { answers: clean, today, params, calendar };

  const scope = rules.contractorPaymentRule(ctx) ?? rules.scopeRule(ctx);
  const scopeOut = scope.rule === 'A7';
  const reasons: Finding[] = [scope];
  let economicCheck: EconomicCheck = 'required';
  let deadline: Deadline | null = null;
  let means: Finding | null = null;
  let civil = false;
  let open = false;
  let contested = false;

  if (!scopeOut) {
    const exemption = rules.noConditionRule(ctx) ?? rules.assistanceRule(ctx) ?? rules.migrantWorkerRule(ctx);
    if (exemption) economicCheck = exemption.rule === 'A4' ? 'no-condition' : 'waived';
    else means = rules.meansTestRule(ctx);
    const a6 = rules.confirmEmploymentRule(ctx);
    contested = a6 !== null;
    reasons.push(...present([exemption, rules.proofOfStatusRule(ctx), a6, means]));

    const pensioner = rules.pensionerRule(ctx);
    civil = pensioner !== null;
    const clock = rules.isInjury(ctx) ? injuryRecognitionClock(ctx) : arbitrationClock(ctx);
    const excluded = injuryTimeExcludedRule(ctx, clock);
    deadline = clock?.deadline ?? null;
    open = Boolean(clock?.open || excluded?.open || iouKeepsCivilRouteOpen(clean));
    reasons.push(...present([clock, excluded, pensioner, rules.pensionerInjuryRule(ctx)]));
    if (!civil) reasons.push(...present([rules.freeArbitrationRule(ctx), rules.finalAwardRule(ctx)]));
    reasons.push(...present([rules.iouRule(ctx), rules.doubleWagesRule(ctx), rules.generalContractorRule(ctx)]));
  }

  const legalAid = verdict(scope, economicCheck, means, contested);
  const past = deadline !== null && deadline.lastDay < today;
  const timeBarred = past && !open;
  const urgency = scopeOut ? null : rules.urgencyRule(ctx, deadline, timeBarred);
  if (legalAid === 'eligible' || legalAid === 'means-test') reasons.push(rules.decisionTimeRule(ctx));
  if (legalAid === 'not-eligible') reasons.push(rules.objectionRule());
  if (urgency) reasons.unshift(urgency);
  reasons.push(rules.nextStepsRule(ctx));

  const notes = reasons.flatMap((r) => r.notes ?? []);
  if (timeBarred) notes.push('time-barred-unless-interrupted');
  if (past) notes.push('apply-anyway-today');
  if (params.regionFallback) notes.push('region-fallback');
  // A value the bureau has not confirmed, where it mattered: the worker is told to ask the local agency.
  const mattered = params.unverified.filter((name) =>
    name === 'threshold' ? means : name === 'minimumWage' ? clean.claimAmount !== undefined : true,
  );
  if (mattered.length) notes.push('ask-local-agency');
  if (DATE_ANSWERS.some((field) => isMonth(String(clean[field] ?? '')))) notes.push('date-approximate');
  // The agency decides every in-scope case, on the worker's own statement (art. 41): always a way to apply.
  const applying = scopeOut ? [] : ['apply-legal-aid'];
  const steps = reasons.flatMap((r) => r.nextSteps ?? []);
  const first = FIRST.filter((s) => steps.includes(s));
  const adviceFirst = scope.outcome === 'may-be-covered' ? ['call-12348'] : [];
  const nextSteps = unique([...first, ...adviceFirst, ...applying, ...steps]);

  return {
    legalAid,
    economicCheck,
    urgent: urgency !== null,
    deadline,
    timeBarred,
    threshold: params.threshold,
    citations: unique<Citation>(
      reasons.flatMap((r) => r.citations),
      citationKey,
    ),
    notes: unique(notes),
    nextSteps,
    missing: scopeOut ? [] : missingFields(ctx, economicCheck, civil, deadline),
    reasons: reasons.map(({ rule, outcome, citations }) => ({ rule, outcome, citations })),
    region: params.region,
    regionFallback: params.regionFallback,
  };
}
