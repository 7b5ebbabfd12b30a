import { checkInput } from './answers.js';
import { BASELINE_PACK } from './baseline.js';
import { resolveParameters, type RulePack } from './packs.js';
import * as rules from './rules.js';
import type { Context, Finding } from './rules.js';
import type { AnswerField, Answers, Assessment, Citation, Deadline, EconomicCheck, LegalAidVerdict } from './types.js';

export interface AssessOptions {
  /** GB/T 2260 code of the accepting agency's region; unknown codes fall back to the baseline (and say so). */
  region?: string;
  /** The day of the assessment, YYYY-MM-DD. Required: the engine never reads the clock itself. */
  today: string;
  /** Rule packs to use (e.g. from /data/rules.json); defaults to the national baseline compiled in. */
  packs?: readonly RulePack[];
}

const citationKey = (c: Citation): string => `${c.law}:${c.article}:${c.paragraph ?? ''}:${c.item ?? ''}`;
const present = <T>(list: (T | null)[]): T[] => list.filter((x): x is T => x !== null);
const unique = <T>(list: T[], key: (x: T) => string = String): T[] => {
  const seen = new Set<string>();
  return list.filter((x) => !seen.has(key(x)) && Boolean(seen.add(key(x))));
};

/** The answers still unknown that could change or firm up this result, in the order a person is asked. */
function missingFields(ctx: Context, economicCheck: EconomicCheck, civil: boolean): AnswerField[] {
  const a = ctx.answers;
  const labour = rules.LABOUR_MATTERS.includes(a.matter);
  const injury = a.matter === 'work-injury';
  const wages = a.matter === 'unpaid-wages' || a.matter === 'double-wages';
  const exemptionPossible = labour || injury;
  const ended = a.employment === 'ended';
  const needed: [AnswerField, boolean][] = [
    ['ruralWorker', exemptionPossible && !a.assistance],
    ['proofOfStatus', a.ruralWorker === true && economicCheck === 'waived' && !a.assistance],
    ['assistance', economicCheck === 'required'],
    ['householdIncomePerCapita', economicCheck === 'required' && ctx.params.threshold !== null],
    ['employment', labour],
    ['employmentEnded', labour && ended],
    ['lastInterruption', labour && ended && !civil],
    ['injuryDate', injury],
    ['employerAppliedInjury', injury],
    ['writtenContract', wages || a.matter === 'confirm-employment'],
    ['startedWork', a.writtenContract === false],
    ['construction', wages || injury],
    ['subcontractorOwes', wages && a.construction === true],
    ['hasIou', wages],
    ['claimAmount', labour && !civil && ctx.params.minimumWage !== null],
    ['needsPreservation', exemptionPossible],
    ['drawingPension', exemptionPossible],
  ];
  return needed.filter(([field, relevant]) => relevant && a[field] === undefined).map(([field]) => field);
}

function verdict(scopeOut: boolean, economicCheck: EconomicCheck, means: Finding | null): LegalAidVerdict {
  if (scopeOut) return 'out-of-scope';
  if (economicCheck !== 'required') return 'eligible';
  if (means?.outcome === 'below-standard') return 'eligible';
  return means?.outcome === 'above-standard' ? 'not-eligible' : 'means-test';
}

/**
 * Can this worker get free legal aid, why, how long is left, and what next? Pure: same input, same answer.
 * Throws EligibilityInputError (listing every bad field) rather than give a verdict on bad input.
 */
export function assess(answers: Answers, options: AssessOptions): Assessment {
  const clean = checkInput(answers, options?.today, options?.region);
  const today = options.today;
  const params = resolveParameters(options.packs ?? [BASELINE_PACK], options.region, today);
  const ctx: Context = { answers: clean, today, params };

  const scope = rules.contractorPaymentRule(ctx) ?? rules.scopeRule(ctx);
  const scopeOut = scope.outcome !== 'in-scope';
  const reasons: Finding[] = [scope];
  let economicCheck: EconomicCheck = 'required';
  let deadline: Deadline | null = null;
  let means: Finding | null = null;
  let civil = false;

  if (!scopeOut) {
    const exemption = rules.noConditionRule(ctx) ?? rules.assistanceRule(ctx) ?? rules.migrantWorkerRule(ctx);
    if (exemption) economicCheck = exemption.rule === 'A4' ? 'no-condition' : 'waived';
    else means = rules.meansTestRule(ctx);
    reasons.push(...present([exemption, rules.confirmEmploymentRule(ctx), means]));

    const pensioner = rules.pensionerRule(ctx);
    civil = pensioner !== null;
    const clock = civil ? null : (rules.injuryRecognitionRule(ctx) ?? rules.arbitrationClockRule(ctx));
    deadline = clock?.deadline ?? null;
    reasons.push(...present([clock, pensioner]));
    if (!civil) reasons.push(...present([rules.freeArbitrationRule(ctx), rules.finalAwardRule(ctx)]));
    reasons.push(...present([rules.iouRule(ctx), rules.doubleWagesRule(ctx), rules.generalContractorRule(ctx)]));
  }

  const legalAid = verdict(scopeOut, economicCheck, means);
  const urgency = scopeOut ? null : rules.urgencyRule(ctx, deadline);
  if (legalAid === 'eligible' || legalAid === 'means-test') reasons.push(rules.decisionTimeRule(ctx));
  if (legalAid === 'not-eligible') reasons.push(rules.objectionRule());
  if (urgency) reasons.unshift(urgency);
  reasons.push(rules.nextStepsRule(ctx));

  const timeBarred = deadline !== null && deadline.daysLeft < 0;
  const notes = reasons.flatMap((r) => r.notes ?? []);
  if (timeBarred) notes.push('time-barred-unless-interrupted');
  if (params.regionFallback) notes.push('region-fallback');
  const applying = legalAid === 'eligible' || legalAid === 'means-test' ? ['apply-legal-aid'] : [];
  const steps = reasons.flatMap((r) => r.nextSteps ?? []);
  // Safety first: a person in danger sees the police before anything else.
  const nextSteps = unique([...steps.filter((s) => s === 'call-110'), ...applying, ...steps]);

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
    missing: scopeOut ? [] : missingFields(ctx, economicCheck, civil),
    reasons: reasons.map(({ rule, outcome, citations }) => ({ rule, outcome, citations })),
    region: params.region,
    regionFallback: params.regionFallback,
  };
}
