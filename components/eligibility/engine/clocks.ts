import { nextWorkingDay } from '../../core/holidays.js';
import { addMonths, addYears, daysBetween, earlier, firstDay, lastDayOf, later } from './dates.js';
import { cite, drawsEmployeePension, found, isInjury, isLabour, isWageClaim, type Context, type Finding } from './rules.js';
import type { Answers, Deadline } from './types.js';

/**
 * The D rules: how long the worker has. Each clock gives two dates (legal-review.md 8, 9): the SAFE date to
 * tell the worker (no unproved interruption, no holiday extension, the first day of a half-remembered month)
 * and the legal last day that decides whether it is too late (proven interruptions, moved off a holiday under
 * 民法典 203, the last day of the month). Where the limitation itself is disputed, or time does not count,
 * nothing is ever "too late" as a fact.
 */

export interface Clock extends Finding {
  deadline: Deadline | null;
  /** Past the last day is not "time-barred" as a fact: the limitation is disputed, or time is excluded. */
  open?: boolean;
}

/** A run of `years` from `safeStart` (told) and from `legalStart` (decides), each YYYY-MM-DD or YYYY-MM. */
function deadlineFrom(ctx: Context, kind: Deadline['kind'], safeStart: string, legalStart: string, years: number): Deadline {
  const date = addYears(firstDay(safeStart), years);
  const lastDay = nextWorkingDay(ctx.calendar, addYears(lastDayOf(legalStart), years));
  return { kind, date, daysLeft: daysBetween(ctx.today, date), lastDay };
}

/** SPC 2014 work-injury provisions art. 7(1): the item for each reason whose time is not counted. */
const EXCLUDED_TIME_ITEM = { 'force-majeure': 1, 'liberty-restricted': 2, employer: 3, 'confirming-employment': 5 } as const;

/**
 * D4: the employer has not applied for injury recognition: the worker may, within 1 year of the injury or of
 * the diagnosis of an occupational disease (17(2)). Demands do not restart it; art. 7 excludes some time (D5).
 */
export function injuryRecognitionClock(ctx: Context): Clock | null {
  const { employerAppliedInjury, injuryDate, occupationalDisease, diagnosisDate, injuryDelay, matter } = ctx.answers;
  if (!isInjury(ctx) || employerAppliedInjury === true) return null;
  const citations = [cite('work-injury-regulation', 17, undefined, 2)];
  if (matter === 'traffic-accident') citations.push(cite('work-injury-regulation', 14, 6));
  const start = occupationalDisease ? diagnosisDate : injuryDate;
  const deadline = start ? deadlineFrom(ctx, 'injury-recognition', start, start, 1) : null;
  const clock: Clock = {
    ...found('D4', matter === 'traffic-accident' ? 'commuting-is-work-injury' : 'worker-may-apply', citations, {
      nextSteps: ['apply-injury-recognition'],
    }),
    deadline,
  };
  if (!deadline || deadline.lastDay >= ctx.today) return clock;
  // The year has passed. Time lost to the reasons of art. 7 does not count: never "too late" unless the worker says none applies.
  if (injuryDelay === 'none') return { ...clock, notes: ['apply-anyway-explain-delay'] };
  if (injuryDelay === undefined) return { ...clock, open: true, notes: ['injury-year-passed', 'apply-anyway-explain-delay'] };
  return clock;
}

/** D5: the reason the worker gave for the delay is one art. 7 does not count. */
export function injuryTimeExcludedRule(ctx: Context, clock: Clock | null): Clock | null {
  const delay = ctx.answers.injuryDelay;
  if (!clock?.deadline || clock.deadline.lastDay >= ctx.today || !delay || delay === 'none') return null;
  return {
    ...found('D5', 'time-excluded', [cite('spc-work-injury-provisions-2014', 7, EXCLUDED_TIME_ITEM[delay], 1)], {
      notes: ['injury-time-excluded', 'apply-anyway-explain-delay'],
    }),
    deadline: null,
    open: true,
  };
}

/** An interruption (27(2)) counts in the safe date only when it can be proved, and in the last day unless it cannot. */
function interruption(a: Answers): { safe?: string; legal?: string; notes: string[] } {
  const { lastInterruption, interruptionProof, hasIou, iouDate, employmentEnded } = a;
  // An IOU written after leaving is the employer's written agreement to pay: a proven interruption.
  const iou = hasIou && iouDate && employmentEnded && firstDay(iouDate) > lastDayOf(employmentEnded) ? iouDate : undefined;
  const notes = iou ? ['iou-restarts-clock'] : [];
  if (!lastInterruption) return { safe: iou, legal: iou, notes };
  const told = interruptionProof === true ? lastInterruption : undefined;
  const counted = interruptionProof === false ? undefined : lastInterruption;
  if (interruptionProof !== true) notes.push('interruption-needs-proof');
  const pick = (x?: string) => (x && iou ? later(x, iou) : (x ?? iou));
  return { safe: pick(told), legal: pick(counted), notes };
}

/** A run from the end of employment (or another start), with the interruptions of 27(2). */
function fromStart(ctx: Context, kind: Deadline['kind'], start: string, years: number): { deadline: Deadline; notes: string[] } {
  const cut = interruption(ctx.answers);
  const safe = cut.safe ? later(firstDay(start), firstDay(cut.safe)) : start;
  const legal = cut.legal ? later(lastDayOf(start), lastDayOf(cut.legal)) : start;
  return { deadline: deadlineFrom(ctx, kind, safe, legal, years), notes: cut.notes };
}

/** D6: double wages; the violation ends when a contract is signed, employment ends, or after the 12th month. */
function doubleWagesClock(ctx: Context, ended: string | undefined): Clock {
  const { startedWork } = ctx.answers;
  const citations = [cite('labour-dispute-law', 27, undefined, 1), cite('labour-contract-law', 82, undefined, 1)];
  const yearEnds = startedWork ? addYears(firstDay(startedWork), 1) : undefined;
  const violationEnd = ended && yearEnds ? earlier(ended, yearEnds) : (ended ?? (yearEnds && yearEnds <= ctx.today ? yearEnds : undefined));
  if (!violationEnd) return { ...found('D6', 'year-from-violation-end', citations, { notes: ['act-early'] }), deadline: null };
  const { deadline, notes } = fromStart(ctx, 'arbitration', violationEnd, 1);
  if (ctx.params.switches.doubleWagesYearFromViolationEnd || !startedWork) {
    return { ...found('D6', 'year-from-violation-end', citations, { notes: [...notes, 'act-early'] }), deadline };
  }
  // Month by month: the first month owed (the second month worked) is the first to run out.
  const firstMonth = addYears(addMonths(firstDay(startedWork), 2), 1);
  const early = { ...deadline, date: firstMonth, daysLeft: daysBetween(ctx.today, firstMonth) };
  return { ...found('D6', 'month-by-month', citations, { notes: [...notes, 'act-early'] }), deadline: early };
}

/**
 * D1/D2/D3: the one-year arbitration clock. Pay (wages, overtime) runs from the end of employment and is not
 * barred while it lasts (27(4)); other claims from when the worker knew (27(1)). Whether confirming employment
 * is time-limited at all is split, and social-insurance losses run from the loss: shown, never "too late".
 * A pensioner's pay claim is civil: three years (民法典 188).
 */
export function arbitrationClock(ctx: Context): Clock | null {
  const { matter, employment, employmentEnded } = ctx.answers;
  if (!isLabour(matter)) return null;
  const ended = (employment === 'ended' || matter === 'dismissal') && employmentEnded ? employmentEnded : undefined;
  if (drawsEmployeePension(ctx)) {
    if (!ended) return null;
    const { deadline, notes } = fromStart(ctx, 'civil', ended, 3);
    return { ...found('D1', 'three-years-civil', [cite('civil-code', 188, undefined, 1)], { notes }), deadline };
  }
  const pay = matter === 'unpaid-wages' || matter === 'overtime-pay';
  if (pay && employment === 'ongoing') {
    return { ...found('D2', 'no-bar-while-employed', [cite('labour-dispute-law', 27, undefined, 4)]), deadline: null };
  }
  if (matter === 'double-wages') return doubleWagesClock(ctx, ended);
  const run = ended ? fromStart(ctx, 'arbitration', ended, 1) : null;
  const deadline = run?.deadline ?? null;
  const notes = run?.notes ?? [];
  if (pay) return { ...found('D1', 'one-year-from-end', [cite('labour-dispute-law', 27, undefined, 4)], { notes }), deadline };
  const citations = [cite('labour-dispute-law', 27, undefined, 1), cite('labour-dispute-law', 27, undefined, 2)];
  const disputed = matter === 'confirm-employment' || matter === 'social-insurance';
  if (disputed) notes.push('limitation-disputed');
  return { ...found('D3', 'one-year-from-knowing', citations, { notes }), deadline, open: disputed };
}

/** With a wage IOU the civil route stays open for three years (民法典 188): never "too late". */
export const iouKeepsCivilRouteOpen = (a: Answers): boolean => a.hasIou === true && isWageClaim(a.matter);
