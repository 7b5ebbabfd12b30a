import type { WorkLog } from './log-model.js';
import { summarise } from './summary.js';

/**
 * The group roster for a group wage case: the crew's spokesman lists who is owed what, from each worker's
 * exported log or typed, for the lawyer's first interview and a collective arbitration claim (调解仲裁法 7).
 * Pure data, no DOM.
 */

export interface RosterWorker {
  name: string;
  phone?: string;
  days: number;
  dailyWage?: number;
  paid: number;
  /** From the worker's own log file (with its first and last day), or typed by the spokesman. */
  from: 'log' | 'typed';
  first?: string;
  last?: string;
}

export interface Roster {
  workers: RosterWorker[];
  site?: string;
  /** 包工头 */
  gangBoss?: string;
  generalContractor?: string;
  compiledBy?: string;
}

export interface WorkerTotal extends RosterWorker {
  due: number;
  owed: number;
}

export interface RosterTotals {
  workers: WorkerTotal[];
  days: number;
  due: number;
  paid: number;
  owed: number;
  /** The period the roster covers: the earliest and latest day in any worker's log. */
  first?: string;
  last?: string;
}

const fen = (n: number): number => Math.round(n * 100) / 100;

/** A roster line from a worker's own log: his days, average daily wage and what he was paid. */
export function workerFromLog(log: WorkLog, fallbackName: string): RosterWorker {
  const sum = summarise(log);
  const paidDays = sum.daysWorked - sum.daysWithoutWage;
  return {
    name: log.worker?.name || fallbackName,
    ...(log.worker?.phone ? { phone: log.worker.phone } : {}),
    days: sum.daysWorked,
    ...(paidDays > 0 ? { dailyWage: fen(sum.wageDue / paidDays) } : {}),
    paid: sum.paid,
    from: 'log',
    ...(sum.first ? { first: sum.first, last: sum.last } : {}),
  };
}

export function rosterTotals(roster: Roster): RosterTotals {
  const workers = roster.workers.map((w): WorkerTotal => {
    const due = fen(w.days * (w.dailyWage ?? 0));
    return { ...w, due, owed: fen(Math.max(0, due - w.paid)) };
  });
  const add = (key: 'days' | 'due' | 'paid' | 'owed'): number => fen(workers.reduce((sum, w) => sum + w[key], 0));
  const firsts = workers
    .map((w) => w.first)
    .filter(Boolean)
    .sort();
  const lasts = workers
    .map((w) => w.last)
    .filter(Boolean)
    .sort();
  return {
    workers,
    days: add('days'),
    due: add('due'),
    paid: add('paid'),
    owed: add('owed'),
    ...(firsts.length ? { first: firsts[0], last: lasts.at(-1) } : {}),
  };
}
