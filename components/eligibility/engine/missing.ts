import { drawsEmployeePension, exemptionCovers, isInjury, isLabour, isWageClaim, type Context } from './rules.js';
import type { AnswerField, Deadline, EconomicCheck } from './types.js';

/**
 * The answers still unknown that could change or firm up this result, in the order a person is asked. A
 * question is listed only where its answer changes the result: the widget asks exactly these.
 */
export function missingFields(ctx: Context, economicCheck: EconomicCheck, civil: boolean, deadline: Deadline | null): AnswerField[] {
  const a = ctx.answers;
  const labour = isLabour(a.matter);
  const injury = isInjury(ctx);
  const workInjury = a.matter === 'work-injury';
  const wages = isWageClaim(a.matter);
  const exemptionPossible = labour || injury;
  const ended = a.employment === 'ended' || a.matter === 'dismissal';
  const pensioner = drawsEmployeePension(ctx);
  const needed: [AnswerField, boolean][] = [
    ['confirmPurpose', a.matter === 'confirm-employment'],
    ['commuting', a.matter === 'traffic-accident'],
    ['ruralWorker', exemptionPossible && !a.assistance],
    ['proofOfStatus', a.ruralWorker === true && exemptionCovers(ctx) && !a.assistance],
    ['assistance', economicCheck === 'required'],
    ['householdIncomePerCapita', economicCheck === 'required' && ctx.params.threshold !== null],
    ['employment', labour && a.matter !== 'dismissal'],
    ['employmentEnded', labour && ended],
    ['lastInterruption', labour && ended && !civil],
    ['interruptionProof', a.lastInterruption !== undefined && labour && ended && !civil],
    ['occupationalDisease', workInjury],
    ['injuryDate', injury && a.occupationalDisease !== true],
    ['diagnosisDate', workInjury && a.occupationalDisease === true],
    ['employerAppliedInjury', injury],
    ['injuryDelay', injury && deadline !== null && deadline.lastDay < ctx.today],
    ['writtenContract', wages || a.matter === 'confirm-employment'],
    ['startedWork', a.writtenContract === false],
    ['construction', wages || injury],
    ['subcontractorOwes', wages && a.construction === true],
    ['hasIou', wages],
    ['iouDate', a.hasIou === true && wages],
    ['claimAmount', (wages || a.matter === 'dismissal' || injury) && !civil && ctx.params.minimumWage !== null],
    ['needsPreservation', exemptionPossible],
    // Which pension, not only whether: a rural residents' pension does not make a worker a pensioner (G1).
    ['pension', exemptionPossible && a.drawingPension !== false],
    ['insuredByEmployer', injury && pensioner],
  ];
  return needed.filter(([field, relevant]) => relevant && a[field] === undefined).map(([field]) => field);
}
