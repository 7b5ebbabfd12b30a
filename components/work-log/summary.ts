import type { ClaimFacts } from '../eligibility/engine/claim.js';
import { DAY_SHARE, daysIn, employerOf, type WorkLog } from './log-model.js';

/** One month (or the whole log) in the figures a lawyer asks for first: days, wage due, paid, owed. */
export interface Summary {
  /** YYYY-MM, or '' for the whole log. */
  month: string;
  fullDays: number;
  halfDays: number;
  /** Full days plus half of the half days. */
  daysWorked: number;
  /** Yuan due for the days whose wage is known. */
  wageDue: number;
  paid: number;
  /** Wage due less paid, never below 0. */
  owed: number;
  /** Days worked with no agreed wage: the wage due leaves them out. */
  daysWithoutWage: number;
  first?: string;
  last?: string;
}

const fen = (n: number): number => Math.round(n * 100) / 100;

/** The summary of a month (YYYY-MM), or of the whole log when `month` is ''. */
export function summarise(log: WorkLog, month = ''): Summary {
  const days = month ? daysIn(log, month) : log.days;
  const sum: Summary = { month, fullDays: 0, halfDays: 0, daysWorked: 0, wageDue: 0, paid: 0, owed: 0, daysWithoutWage: 0 };
  for (const day of days) {
    sum.paid += day.received ?? 0;
    const share = DAY_SHARE[day.status];
    if (!share) continue;
    if (share === 1) sum.fullDays++;
    else sum.halfDays++;
    sum.first ??= day.date;
    sum.last = day.date;
    const wage = employerOf(log, day)?.dailyWage;
    if (wage === undefined) sum.daysWithoutWage += share;
    else sum.wageDue += share * wage;
  }
  sum.daysWorked = sum.fullDays + sum.halfDays / 2;
  sum.wageDue = fen(sum.wageDue);
  sum.paid = fen(sum.paid);
  sum.owed = fen(Math.max(0, sum.wageDue - sum.paid));
  return sum;
}

/**
 * The facts `calculateClaim` takes for unpaid wages, from a summary: the days worked at their (average)
 * daily wage, what was paid, and the first day worked. The end of the job is not in the log: the worker
 * gives it in the checker.
 */
export function claimFacts(summary: Summary): ClaimFacts {
  const paidDays = summary.daysWorked - summary.daysWithoutWage;
  return {
    ...(paidDays > 0 ? { dailyWage: fen(summary.wageDue / paidDays), unpaidDays: paidDays } : {}),
    paidSoFar: summary.paid,
    ...(summary.first ? { startedWork: summary.first } : {}),
  };
}
