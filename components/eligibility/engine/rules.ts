import { addMonths, addYears, daysBetween, later } from './dates.js';
import type { Parameters } from './packs.js';
import type { Answers, Citation, Deadline, Law, Matter, Reason, RuleId } from './types.js';

/**
 * The rules table of legal-rules.md, one small named function per rule. Each returns null when it does not
 * apply, or a Finding: its outcome (a stable id), its citations, and the notes and next steps it adds.
 */

export interface Context {
  answers: Answers;
  today: string;
  params: Parameters;
}

export interface Finding extends Reason {
  notes?: string[];
  nextSteps?: string[];
}

const cite = (law: Law, article: number, item?: number, paragraph?: number): Citation => {
  const c: Citation = { law, article };
  if (paragraph) c.paragraph = paragraph;
  if (item) c.item = item;
  return c;
};
const found = (
  rule: RuleId,
  outcome: string,
  citations: Citation[],
  extra: Omit<Finding, 'rule' | 'outcome' | 'citations'> = {},
): Finding => ({
  rule,
  outcome,
  citations,
  ...extra,
});

/** Labour disputes: they go to (free) arbitration and run on its one-year clock. */
export const LABOUR_MATTERS: readonly Matter[] = ['unpaid-wages', 'confirm-employment', 'double-wages', 'social-insurance'];
const isLabour = (m: Matter) => LABOUR_MATTERS.includes(m);
const isWages = (m: Matter) => m === 'unpaid-wages' || m === 'double-wages';

/** Legal Aid Law art. 31: the item of the list each matter falls under. */
const ART_31_ITEM: Partial<Record<Matter, number>> = {
  'unpaid-wages': 5,
  'confirm-employment': 5,
  'double-wages': 5,
  'social-insurance': 2,
  'work-injury': 7,
  'traffic-accident': 7,
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

/** A1: is the matter one the Legal Aid Law lists (art. 31; domestic violence under art. 32)? */
export function scopeRule({ answers }: Context): Finding {
  const { matter } = answers;
  if (matter === 'domestic-violence') return found('A1', 'in-scope', [cite('legal-aid-law', 32, 4)]);
  // A contractor's claim read as wages (A7 switched off) is a labour-pay matter, art. 31(5).
  const item = matter === 'project-payment' ? 5 : ART_31_ITEM[matter];
  if (item) return found('A1', 'in-scope', [cite('legal-aid-law', 31, item)]);
  return found('A1', 'out-of-scope', [cite('legal-aid-law', 31, 9)], { notes: ['ask-local-additions'], nextSteps: ['civil-court'] });
}

/** A4: victims of domestic violence, abuse or abandonment face no economic condition at all (art. 32). */
export function noConditionRule({ answers }: Context): Finding | null {
  return answers.matter === 'domestic-violence'
    ? found('A4', 'no-economic-condition', [cite('legal-aid-law', 32, 4)], { nextSteps: ['call-110'] })
    : null;
}

/** A3: people on 低保, 特困, judicial aid or 优抚 are exempt from the check (art. 42(2)). */
export function assistanceRule({ answers }: Context): Finding | null {
  const { assistance } = answers;
  return assistance && assistance !== 'none' ? found('A3', 'check-waived', [cite('legal-aid-law', 42, 2)]) : null;
}

/** Which claims of a rural worker the exemption covers: wages and injury; more where the pack widens it. */
function exemptionCovers({ answers, params }: Context): boolean {
  const { matter } = answers;
  if (matter === 'unpaid-wages' || matter === 'work-injury') return true;
  if (matter === 'confirm-employment' && !params.switches.confirmEmploymentNeedsEconomicCheck) return true;
  return params.switches.exemptionCoversOtherLabourRights && isLabour(matter);
}

/** A2: a migrant worker claiming wages or injury damages, with papers to show it, skips the check (art. 42(3)). */
export function migrantWorkerRule(ctx: Context): Finding | null {
  const { ruralWorker, proofOfStatus } = ctx.answers;
  if (ruralWorker !== true || proofOfStatus === false || !exemptionCovers(ctx)) return null;
  const notes = ['green-channel'];
  if (proofOfStatus === undefined) notes.push('bring-proof-of-status');
  return found('A2', 'check-waived', [cite('legal-aid-law', 42, 3), cite('wage-payment-regulation', 45)], { notes });
}

/** A6 (Interp., switchable): confirming employment alone is not a wage claim, so a migrant worker is still checked. */
export function confirmEmploymentRule(ctx: Context): Finding | null {
  const { matter, ruralWorker } = ctx.answers;
  if (matter !== 'confirm-employment' || ruralWorker !== true || exemptionCovers(ctx)) return null;
  return found('A6', 'check-applies', [cite('legal-aid-law', 42, 3)]);
}

/** A5: otherwise compare household income per person with the standard in force (arts. 34, 41). */
export function meansTestRule({ answers, params }: Context): Finding {
  const citations = [cite('legal-aid-law', 34), cite('legal-aid-law', 41)];
  const { threshold } = params;
  const income = answers.householdIncomePerCapita;
  if (!threshold) return found('A5', 'no-standard-known', citations, { notes: ['ask-local-agency'] });
  if (income === undefined) return found('A5', 'income-unknown', citations);
  const within = params.switches.thresholdInclusive ? income <= threshold.amount : income < threshold.amount;
  return within ? found('A5', 'below-standard', citations) : found('A5', 'above-standard', citations);
}

// ---- C: how the application is handled ----

/** C1: a decision within 7 days, a lawyer within 3 more (art. 43); some places promise the same day. */
export function decisionTimeRule({ params }: Context): Finding {
  const notes = ['decision-in-7-days'];
  if (params.switches.sameDayGreenChannel) notes.push('same-day');
  return found('C1', 'decision-in-7-days', [cite('legal-aid-law', 43)], { notes });
}

/** C3: under 7 days to a deadline, or assets to freeze now: aid can start before the decision (art. 44). */
export function urgencyRule({ answers }: Context, deadline: Deadline | null): Finding | null {
  if (answers.needsPreservation)
    return found('C3', 'urgent-preservation', [cite('legal-aid-law', 44, 2)], { notes: ['aid-before-decision'] });
  if (deadline && deadline.daysLeft >= 0 && deadline.daysLeft < 7) {
    return found('C3', 'urgent-deadline', [cite('legal-aid-law', 44, 1)], { notes: ['aid-before-decision'] });
  }
  return null;
}

/** C4: a refusal can be challenged at the justice bureau (arts. 43, 49). */
export function objectionRule(): Finding {
  return found('C4', 'objection-possible', [cite('legal-aid-law', 43), cite('legal-aid-law', 49)], { notes: ['objection'] });
}

// ---- D: the clocks ----

const deadlineFrom = (kind: Deadline['kind'], date: string, today: string): Deadline => ({
  kind,
  date,
  daysLeft: daysBetween(today, date),
});

/** D4: the employer has not applied for injury recognition: the worker may, within 1 year of the injury. */
export function injuryRecognitionRule({ answers, today }: Context): (Finding & { deadline: Deadline | null }) | null {
  const { matter, employerAppliedInjury, injuryDate } = answers;
  if (matter !== 'work-injury' || employerAppliedInjury === true) return null;
  const deadline = injuryDate ? deadlineFrom('injury-recognition', addYears(injuryDate, 1), today) : null;
  return {
    ...found('D4', 'worker-may-apply', [cite('work-injury-regulation', 17, undefined, 2)], { nextSteps: ['apply-injury-recognition'] }),
    deadline,
  };
}

/** D1/D2/D3: the one-year arbitration clock; wages owed during employment are not barred until it ends. */
export function arbitrationClockRule({ answers, today }: Context): (Finding & { deadline: Deadline | null }) | null {
  const { matter, employment, employmentEnded, lastInterruption } = answers;
  if (!isLabour(matter)) return null;
  if (matter === 'unpaid-wages' && employment === 'ongoing') {
    return { ...found('D2', 'no-bar-while-employed', [cite('labour-dispute-law', 27, undefined, 4)]), deadline: null };
  }
  const ended = employment === 'ended' ? employmentEnded : undefined;
  const start = ended ? later(ended, lastInterruption) : lastInterruption;
  const deadline = start ? deadlineFrom('arbitration', addYears(start, 1), today) : null;
  if (matter === 'unpaid-wages') return { ...found('D1', 'one-year-from-end', [cite('labour-dispute-law', 27, undefined, 4)]), deadline };
  const citations = [cite('labour-dispute-law', 27, undefined, 1), cite('labour-dispute-law', 27, undefined, 2)];
  return { ...found('D3', 'one-year-from-knowing', citations), deadline };
}

// ---- E, F, G: what else the worker should know ----

/** E1: arbitration is free and quick (arts. 53, 43). */
export function freeArbitrationRule({ answers }: Context): Finding | null {
  if (!isLabour(answers.matter) && answers.matter !== 'work-injury') return null;
  return found('E1', 'free-arbitration', [cite('labour-dispute-law', 53), cite('labour-dispute-law', 43)], {
    notes: ['free-arbitration'],
    nextSteps: ['free-arbitration'],
  });
}

/** E2: a money claim up to 12 months of the local minimum wage ends with a final award (arts. 47–49). */
export function finalAwardRule({ answers, params }: Context): Finding | null {
  const { claimAmount, matter } = answers;
  const wage = params.minimumWage?.amount;
  if (!isLabour(matter) || claimAmount === undefined || wage === undefined || claimAmount > 12 * wage) return null;
  return found('E2', 'final-award', [cite('labour-dispute-law', 47, 1)], { notes: ['final-award'] });
}

/** E4: a wage IOU can be sued on directly, or used for a payment order. */
export function iouRule({ answers }: Context): Finding | null {
  if (!answers.hasIou || !isWages(answers.matter)) return null;
  return found('E4', 'sue-on-iou', [cite('spc-labour-interpretation-1', 15), cite('labour-contract-law', 30)], {
    notes: ['sue-on-iou'],
    nextSteps: ['civil-court'],
  });
}

/** F1: more than a month without a written contract: double wages, for at most 11 months. */
export function doubleWagesRule({ answers, today }: Context): Finding | null {
  const { writtenContract, startedWork, employmentEnded, matter } = answers;
  if (writtenContract !== false || !startedWork || !(isWages(matter) || matter === 'confirm-employment')) return null;
  const end = answers.employment === 'ended' && employmentEnded ? employmentEnded : today;
  return addMonths(startedWork, 1) < end
    ? found('F1', 'double-wages', [cite('labour-contract-law', 82)], { notes: ['double-wages'] })
    : null;
}

/** F2: on a building site, the general contractor pays first when a subcontractor owes wages. */
export function generalContractorRule({ answers }: Context): Finding | null {
  const { construction, subcontractorOwes, matter } = answers;
  if (!construction || !subcontractorOwes || !isWages(matter)) return null;
  const citations = [29, 30, 36].map((article) => cite('wage-payment-regulation', article));
  return found('F2', 'general-contractor-pays', citations, { notes: ['general-contractor-pays'] });
}

/** G1: someone drawing a pension works under a service contract: a civil case, not labour arbitration. */
export function pensionerRule({ answers }: Context): Finding | null {
  if (!answers.drawingPension || !(isLabour(answers.matter) || answers.matter === 'work-injury')) return null;
  return found('G1', 'civil-route', [cite('spc-labour-interpretation-1', 32)], { notes: ['civil-route'], nextSteps: ['civil-court'] });
}

/** H1: never a dead end: free advice on 12348, the nearest workstation, and 12333 for wage complaints. */
export function nextStepsRule({ answers }: Context): Finding {
  const citations = [cite('legal-aid-law', 23)];
  const nextSteps = ['call-12348', 'visit-workstation'];
  if (isLabour(answers.matter) || answers.matter === 'work-injury') {
    citations.push(cite('wage-payment-regulation', 10));
    nextSteps.push('labour-inspection-12333');
  }
  return found('H1', 'never-a-dead-end', citations, { nextSteps });
}
