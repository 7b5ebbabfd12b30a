import type { HolidayCalendar } from '../../core/holidays.js';
import { addMonths, lastDayOf } from './dates.js';
import type { Parameters } from './packs.js';
import type { Answers, Citation, Deadline, Law, Matter, Reason, RuleId } from './types.js';

/**
 * The rules table of legal-rules.md, one small named function per rule, read as legal-review.md asks: where
 * the law is split or a fact unknown, the rule leans towards "apply anyway, today" and says why. Each returns
 * null when it does not apply, or a Finding: its outcome (a stable id), its citations, its notes and next steps.
 * The clocks (D rules) are in clocks.ts.
 */

export interface Context {
  answers: Answers;
  today: string;
  params: Parameters;
  calendar: HolidayCalendar | null;
}

export interface Finding extends Reason {
  notes?: string[];
  nextSteps?: string[];
}

export const cite = (law: Law, article: number, item?: number, paragraph?: number): Citation => {
  const c: Citation = { law, article };
  if (paragraph) c.paragraph = paragraph;
  if (item) c.item = item;
  return c;
};
export const found = (
  rule: RuleId,
  outcome: string,
  citations: Citation[],
  extra: Omit<Finding, 'rule' | 'outcome' | 'citations'> = {},
): Finding => ({ rule, outcome, citations, ...extra });

/** Labour disputes: they go to (free) arbitration and run on its one-year clock. */
export const LABOUR_MATTERS: readonly Matter[] = [
  'unpaid-wages',
  'confirm-employment',
  'double-wages',
  'social-insurance',
  'dismissal',
  'overtime-pay',
];
export const isLabour = (m: Matter): boolean => LABOUR_MATTERS.includes(m);

/** Labour remuneration (劳动报酬): wages and overtime pay; double wages where the pack reads them so (one switch). */
export const isRemuneration = ({ answers, params }: Context): boolean =>
  answers.matter === 'unpaid-wages' ||
  answers.matter === 'overtime-pay' ||
  (answers.matter === 'double-wages' && params.switches.doubleWagesAreRemuneration);

/** Money the worker claims as pay: the wage rules (IOU, general contractor, double wages) apply. */
export const isWageClaim = (m: Matter): boolean => m === 'unpaid-wages' || m === 'double-wages' || m === 'overtime-pay';

/** A work injury: an accident at work, an occupational disease, or an accident on the way to or from work (14(6)). */
export const isInjury = ({ answers }: Context): boolean =>
  answers.matter === 'work-injury' || (answers.matter === 'traffic-accident' && answers.commuting === true);

/** Drawing the urban employees' pension (城镇职工基本养老金); a rural residents' pension is not that. */
export const drawsEmployeePension = ({ answers }: Context): boolean =>
  answers.pension === 'employee' || (answers.pension === undefined && answers.drawingPension === true);

/** Legal Aid Law art. 31: the item of the list each matter falls under; the rest may be covered locally (31(9)). */
const ART_31_ITEM: Partial<Record<Matter, number>> = {
  'state-compensation': 1,
  'social-insurance': 2,
  'family-support': 4,
  'unpaid-wages': 5,
  'confirm-employment': 5,
  'overtime-pay': 5,
  'work-injury': 7,
  'traffic-accident': 7,
  'medical-accident': 7,
};

// ---- A: scope and the economic check ----

/** A7 (Interp., switchable): a contractor's 工程款/材料款 is not a wage claim; refer it, keep workers' own wages apart. */
export function contractorPaymentRule({ answers, params }: Context): Finding | null {
  if (answers.matter !== 'project-payment' || !params.switches.projectPaymentIsNotWages) return null;
  return found('A7', 'not-a-wage-claim', [cite('wage-payment-regulation', 52)], {
    notes: ['workers-wages-separate', 'civil-route'],
    nextSteps: ['civil-court'],
  });
}

/**
 * A1: is the matter one the Legal Aid Law lists (art. 31; domestic violence under art. 32)? What it does not
 * name may still be covered (31(9) local additions, and the agency decides): "may be covered, ask", never "no".
 */
export function scopeRule(ctx: Context): Finding {
  const { matter } = ctx.answers;
  if (matter === 'domestic-violence') return found('A1', 'in-scope', [cite('legal-aid-law', 32, 4)]);
  // A contractor's claim read as wages (A7 switched off) is a labour-pay matter, art. 31(5).
  const item = matter === 'project-payment' || (matter === 'double-wages' && isRemuneration(ctx)) ? 5 : ART_31_ITEM[matter];
  if (item) return found('A1', 'in-scope', [cite('legal-aid-law', 31, item)]);
  return found('A1', 'may-be-covered', [cite('legal-aid-law', 31, 9), cite('legal-aid-law', 23)], {
    notes: ['may-be-covered'],
    nextSteps: ['call-12348'],
  });
}

/** A4: victims of domestic violence, abuse or abandonment face no economic condition at all (art. 32). */
export function noConditionRule({ answers }: Context): Finding | null {
  return answers.matter === 'domestic-violence'
    ? found('A4', 'no-economic-condition', [cite('legal-aid-law', 32, 4)], { nextSteps: ['call-110'] })
    : null;
}

/** A3: 低保, 特困, judicial aid or 优抚 (42(2)); a minor, elderly or disabled person with no fixed income (42(1)). */
export function assistanceRule({ answers }: Context): Finding | null {
  const { assistance } = answers;
  if (!assistance || assistance === 'none') return null;
  return found('A3', 'check-waived', [cite('legal-aid-law', 42, assistance === 'no-fixed-income' ? 1 : 2)]);
}

/** Which claims of a rural worker the 42(3) exemption covers: pay and injury; confirming employment for them. */
export function exemptionCovers(ctx: Context): boolean {
  const { answers, params } = ctx;
  if (isRemuneration(ctx) || isInjury(ctx)) return true;
  if (answers.matter === 'confirm-employment') {
    if (answers.confirmPurpose === 'wages' || answers.confirmPurpose === 'injury') return true;
    if (!params.switches.confirmEmploymentNeedsEconomicCheck) return true;
  }
  return params.switches.exemptionCoversOtherLabourRights && isLabour(answers.matter);
}

/** A2: a migrant worker claiming wages or injury damages, with papers to show it, skips the check (art. 42(3)). */
export function migrantWorkerRule(ctx: Context): Finding | null {
  const { ruralWorker, proofOfStatus, matter, confirmPurpose } = ctx.answers;
  if (ruralWorker !== true || proofOfStatus === false || !exemptionCovers(ctx)) return null;
  const notes = ['green-channel'];
  if (proofOfStatus === undefined) notes.push('bring-proof-of-status');
  if (matter === 'confirm-employment' && confirmPurpose && confirmPurpose !== 'other') notes.push('confirm-employment-exempt');
  return found('A2', 'check-waived', [cite('legal-aid-law', 42, 3), cite('wage-payment-regulation', 45)], { notes });
}

/** A2 without papers today: the exemption needs 「有材料证明」; say how to get them, and that they then waive the check. */
export function proofOfStatusRule(ctx: Context): Finding | null {
  if (ctx.answers.ruralWorker !== true || ctx.answers.proofOfStatus !== false || !exemptionCovers(ctx)) return null;
  return found('A2', 'proof-needed', [cite('legal-aid-law', 42, 3)], {
    notes: ['proof-of-status-waives-check'],
    nextSteps: ['get-proof-of-status'],
  });
}

/** A6 (Interp., switchable): confirming employment for no pay or injury claim is not a wage claim, so the check applies. */
export function confirmEmploymentRule(ctx: Context): Finding | null {
  const { matter, ruralWorker } = ctx.answers;
  if (matter !== 'confirm-employment' || ruralWorker !== true || exemptionCovers(ctx)) return null;
  return found('A6', 'check-applies', [cite('legal-aid-law', 42, 3)], { notes: ['ask-what-confirmation-is-for'] });
}

/** Months from `from` to `to`, counting a month only once its day is reached. */
const monthsBetween = (from: string, to: string): number => {
  let months = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
  if (to.slice(8) < from.slice(8)) months -= 1;
  return months;
};

/** A standard in force for more than this many months may be out of date (Guangdong resets it yearly). */
const STALE_AFTER_MONTHS = 15;

/**
 * A5: otherwise compare household income per person with the standard in force (arts. 34, 41). A standard
 * older than 15 months only says "no" when the income is above it by more than 10 % for each year (or part
 * of one) since it took effect; otherwise the agency decides, on the worker's own statement.
 */
export function meansTestRule({ answers, params, today }: Context): Finding {
  const citations = [cite('legal-aid-law', 34), cite('legal-aid-law', 41)];
  const { threshold } = params;
  const income = answers.householdIncomePerCapita;
  if (!threshold) return found('A5', 'no-standard-known', citations, { notes: ['ask-local-agency'] });
  if (income === undefined) return found('A5', 'income-unknown', citations);
  const within = params.switches.thresholdInclusive ? income <= threshold.amount : income < threshold.amount;
  if (within) return found('A5', 'below-standard', citations);
  const age = monthsBetween(threshold.effectiveFrom, today);
  if (age > STALE_AFTER_MONTHS && income <= threshold.amount * (1 + 0.1 * Math.ceil(age / 12))) {
    return found('A5', 'standard-may-be-outdated', citations, { notes: ['threshold-may-be-outdated'] });
  }
  return found('A5', 'above-standard', citations, { notes: ['not-eligible-may-still-apply'] });
}

// ---- C: how the application is handled ----

/** C1: a decision within 7 days, a lawyer within 3 more (art. 43); the same day only where the pack promises it. */
export function decisionTimeRule({ params }: Context): Finding {
  const notes = ['decision-in-7-days'];
  if (params.switches.sameDayGreenChannel) notes.push('same-day');
  return found('C1', 'decision-in-7-days', [cite('legal-aid-law', 43)], { notes });
}

/** The step that stops each clock today, with no lawyer needed. */
const STOP_THE_CLOCK: Record<Deadline['kind'], string> = {
  arbitration: 'file-arbitration-today',
  'injury-recognition': 'apply-injury-recognition-today',
  civil: 'civil-court',
};

/**
 * C3: under 7 days to a deadline, or assets to freeze now: aid can start before the decision (art. 44(1)).
 * Art. 44 says the agency "may": the first step is the one the worker takes himself, today, free.
 */
export function urgencyRule({ answers, today }: Context, deadline: Deadline | null, timeBarred: boolean): Finding | null {
  if (deadline && !timeBarred && deadline.daysLeft < 7 && deadline.lastDay >= today) {
    const notes = ['aid-before-decision'];
    if (deadline.daysLeft <= 0 || deadline.lastDay === today) notes.push('last-day');
    return found('C3', 'urgent-deadline', [cite('legal-aid-law', 44, 1, 1)], { notes, nextSteps: [STOP_THE_CLOCK[deadline.kind]] });
  }
  if (answers.needsPreservation) {
    return found('C3', 'urgent-preservation', [cite('legal-aid-law', 44, 2, 1)], {
      notes: ['aid-before-decision', 'ask-for-preservation'],
    });
  }
  return null;
}

/** C4: a refusal can be challenged at the justice bureau (arts. 43, 49). */
export function objectionRule(): Finding {
  return found('C4', 'objection-possible', [cite('legal-aid-law', 43), cite('legal-aid-law', 49)], { notes: ['objection'] });
}

// ---- E, F, G: what else the worker should know ----

/** E1: arbitration is free and quick (arts. 53, 43). */
export function freeArbitrationRule(ctx: Context): Finding | null {
  if (!isLabour(ctx.answers.matter) && !isInjury(ctx)) return null;
  return found('E1', 'free-arbitration', [cite('labour-dispute-law', 53), cite('labour-dispute-law', 43)], {
    notes: ['free-arbitration'],
    nextSteps: ['free-arbitration'],
  });
}

/** Money claims art. 47(1) makes final: pay, 工伤医疗费, 经济补偿 and 赔偿金 — never confirming employment. */
const isFinalAwardClaim = (ctx: Context): boolean => isWageClaim(ctx.answers.matter) || ctx.answers.matter === 'dismissal' || isInjury(ctx);

/**
 * E2: a money claim up to 12 months of the local minimum wage ends, item by item, in a final award for the
 * employer (art. 47); the worker may still sue within 15 days (art. 48).
 */
export function finalAwardRule(ctx: Context): Finding | null {
  const { claimAmount } = ctx.answers;
  const wage = ctx.params.minimumWage?.amount;
  if (!isFinalAwardClaim(ctx) || claimAmount === undefined || wage === undefined || claimAmount > 12 * wage) return null;
  return found('E2', 'final-award', [cite('labour-dispute-law', 47, 1), cite('labour-dispute-law', 48)], { notes: ['final-award'] });
}

/** E4: a wage IOU can be sued on directly (a civil case, three years: 民法典 188), or used for a payment order. */
export function iouRule({ answers }: Context): Finding | null {
  if (!answers.hasIou || !isWageClaim(answers.matter)) return null;
  const citations = [
    cite('spc-labour-interpretation-1', 15),
    cite('labour-contract-law', 30, undefined, 2),
    cite('civil-code', 188, undefined, 1),
  ];
  return found('E4', 'sue-on-iou', citations, { notes: ['sue-on-iou'], nextSteps: ['civil-court'] });
}

/** F1: more than a month without a written contract: double wages, for at most 11 months (82(1)). */
export function doubleWagesRule({ answers, today }: Context): Finding | null {
  const { writtenContract, startedWork, employmentEnded, matter } = answers;
  if (writtenContract !== false || !startedWork || !(isWageClaim(matter) || matter === 'confirm-employment')) return null;
  const end = answers.employment === 'ended' && employmentEnded ? lastDayOf(employmentEnded) : today;
  // A half-remembered start counts from its month's last day: never more months than the worker can show.
  return addMonths(lastDayOf(startedWork), 1) < end
    ? found('F1', 'double-wages', [cite('labour-contract-law', 82, undefined, 1)], { notes: ['double-wages'] })
    : null;
}

/** F2: on a building site, the general contractor pays first when a subcontractor owes wages. */
export function generalContractorRule({ answers }: Context): Finding | null {
  const { construction, subcontractorOwes, matter } = answers;
  if (!construction || !subcontractorOwes || !isWageClaim(matter)) return null;
  const citations = [29, 30, 36].map((article) => cite('wage-payment-regulation', article));
  return found('F2', 'general-contractor-pays', citations, { notes: ['general-contractor-pays'] });
}

/** G1: someone drawing the employees' pension works under a service contract: a civil case, not arbitration. */
export function pensionerRule(ctx: Context): Finding | null {
  if (!drawsEmployeePension(ctx) || !isLabour(ctx.answers.matter)) return null;
  return found('G1', 'civil-route', [cite('spc-labour-interpretation-1', 32, undefined, 1)], {
    notes: ['civil-route'],
    nextSteps: ['civil-court'],
  });
}

/**
 * G2: a pension never removes the injury deadline or step. An employee pensioner is covered where the
 * employer insured him (project-based insurance on building sites); an older worker without that pension is
 * covered as any worker (人社部发〔2016〕29号 art. 2).
 */
export function pensionerInjuryRule(ctx: Context): Finding | null {
  const { pension, insuredByEmployer } = ctx.answers;
  if (!isInjury(ctx) || (!drawsEmployeePension(ctx) && pension !== 'resident')) return null;
  if (pension === 'resident')
    return found('G2', 'covered-as-worker', [cite('mohrss-2016-29', 2, undefined, 1)], { notes: ['resident-pension-covered'] });
  const note =
    insuredByEmployer === true
      ? 'pensioner-injury-insured'
      : insuredByEmployer === false
        ? 'pensioner-injury-civil'
        : 'pensioner-injury-ask';
  return found('G2', 'covered-if-insured', [cite('mohrss-2016-29', 2, undefined, 2)], { notes: [note] });
}

/** H1: never a dead end: free advice on 12348, the nearest workstation, and 12333 for pay and social insurance. */
export function nextStepsRule(ctx: Context): Finding {
  const { matter, confirmPurpose } = ctx.answers;
  const citations = [cite('legal-aid-law', 23)];
  const nextSteps = ['call-12348', 'visit-workstation'];
  // 12333 is the labour inspectorate's line: pay and social insurance, not an injury.
  if (isLabour(matter) && !(matter === 'confirm-employment' && confirmPurpose === 'injury')) {
    citations.push(cite('wage-payment-regulation', 10));
    nextSteps.push('labour-inspection-12333');
  }
  return found('H1', 'never-a-dead-end', citations, { nextSteps });
}
