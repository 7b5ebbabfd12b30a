import { Checker } from '../../core/validate.js';
import { EligibilityInputError } from './answers.js';
import { BASELINE_PACK } from './baseline.js';
import { addMonths, daysBetween, firstDay, isMonth, lastDayOf } from './dates.js';
import { packChain, parseRuleSet, valueInForce, type RulePack } from './packs.js';
import { END_REASONS, type Citation, type EndReason, type Law } from './types.js';

/**
 * How much: the claim a worker can put to the arbitration commission, item by item, each with its formula, the
 * numbers used and its legal basis (issue 19). Pure, like `assess`: the same facts always give the same claim.
 * Every number a region or a year sets (average wages, provincial injury grants, the national income figure)
 * comes from the rule packs, dated and sourced; where one is not known the item says so in `missing`.
 */

// In types.ts, so a question screen can list them without loading the calculator.
export { END_REASONS, type EndReason };

export interface InjuryFacts {
  /** Disability grade 1 (worst) to 10. */
  grade?: number;
  /** The worker's own monthly wage before the injury (本人工资), yuan. */
  monthlyWage?: number;
  /** Months off work under treatment (停工留薪期). */
  stoppedWorkMonths?: number;
  died?: boolean;
}

export interface ClaimFacts {
  monthlyWage?: number;
  dailyWage?: number;
  unpaidMonths?: number;
  unpaidDays?: number;
  paidSoFar?: number;
  /** YYYY-MM-DD, or YYYY-MM when only the month is known. */
  startedWork?: string;
  employmentEnded?: string;
  contractSigned?: string;
  writtenContract?: boolean;
  endReason?: EndReason;
  injury?: InjuryFacts;
}

export const CLAIM_ITEMS = [
  'unpaid-wages',
  'double-wages',
  'severance',
  'unlawful-dismissal',
  'injury-lump-sum',
  'injury-wages-while-off',
  'injury-medical-lump-sum',
  'injury-employment-lump-sum',
  'death-lump-sum',
  'funeral',
] as const;
export type ClaimItemId = (typeof CLAIM_ITEMS)[number];

export interface ClaimItem {
  id: ClaimItemId;
  /** Yuan, rounded to the fen; never negative. */
  amount: number;
  /** The formula (an id that `formatClaimBasis` puts in words) and the numbers it used. */
  basis: { formula: string; numbers: Record<string, number> };
  citations: Citation[];
  /** Art. 47(1): the award on this item is final for the employer (up to 12 months of the local minimum wage). */
  finalAward: boolean;
}

export interface Claim {
  items: ClaimItem[];
  total: number;
  /** What is still needed for an item the facts point to: facts (`monthlyWage`, `injury.grade` …) or pack values (`pack.averageWage` …). */
  missing: string[];
  /** Pack values used that the bureau has not confirmed: 「请核对」. */
  unverified: string[];
}

export interface ClaimOptions {
  region?: string;
  today: string;
  packs?: readonly RulePack[];
}

/** 工伤保险条例 35–37: months of the worker's wage for disability grades 1–10. */
const DISABILITY_MONTHS = [27, 25, 23, 21, 18, 16, 13, 11, 9, 7];
/** 工伤保险条例 39: the death grant is 20 times the previous year's national urban per-capita disposable income. */
const DEATH_MULTIPLE = 20;
/** 工伤保险条例 39: the funeral grant is 6 months of the provincial (统筹地区) average wage. */
const FUNERAL_MONTHS = 6;

const cite = (law: Law, article: number, paragraph?: number, item?: number): Citation => ({
  law,
  article,
  ...(paragraph ? { paragraph } : {}),
  ...(item ? { item } : {}),
});
const money = (n: number): number => Math.max(0, Math.round(n * 100) / 100);

function checkFacts(raw: unknown, today: unknown, region: unknown): ClaimFacts {
  const check = new Checker();
  const now = check.date({ today } as Record<string, unknown>, 'today');
  check.string({ region } as Record<string, unknown>, 'region', { optional: true, pattern: /^\d{6}$/ });
  const facts = check.object(raw, 'facts') ?? {};
  const f = check.nested('facts');
  const known = ['monthlyWage', 'dailyWage', 'unpaidMonths', 'unpaidDays', 'paidSoFar', 'startedWork', 'employmentEnded'];
  for (const key of Object.keys(facts)) {
    if (![...known, 'contractSigned', 'writtenContract', 'endReason', 'injury'].includes(key)) f.fail(key, 'is not a known fact');
  }
  for (const key of ['monthlyWage', 'dailyWage', 'unpaidMonths', 'unpaidDays', 'paidSoFar'])
    f.number(facts, key, { optional: true, min: 0 });
  for (const key of ['startedWork', 'employmentEnded', 'contractSigned']) {
    const value = facts[key];
    if (value === undefined) continue;
    const date = typeof value === 'string' && isMonth(value) ? value : f.date(facts, key);
    if (date && now && firstDay(date) > now) f.fail(key, `must not be after today (${now})`);
  }
  f.boolean(facts, 'writtenContract', { optional: true });
  f.oneOf(facts, 'endReason', END_REASONS, { optional: true });
  if (facts['injury'] !== undefined) {
    const i = f.nested('injury');
    const injury = i.object(facts['injury']) ?? {};
    const grade = i.number(injury, 'grade', { optional: true, min: 1, max: 10 });
    if (grade !== undefined && !Number.isInteger(grade)) i.fail('grade', 'must be a whole number from 1 to 10');
    i.number(injury, 'monthlyWage', { optional: true, min: 0 });
    i.number(injury, 'stoppedWorkMonths', { optional: true, min: 0 });
    i.boolean(injury, 'died', { optional: true });
  }
  const { startedWork, employmentEnded } = facts as Record<string, string | undefined>;
  if (typeof startedWork === 'string' && typeof employmentEnded === 'string' && lastDayOf(employmentEnded) < firstDay(startedWork)) {
    f.fail('employmentEnded', 'must not be before startedWork');
  }
  if (check.problems.length) throw new EligibilityInputError(check.problems);
  return facts as ClaimFacts;
}

/** Months worked from `start` to `end`, whole months and the rest of a month as a fraction of 30 days. */
function monthsBetween(start: string, end: string): number {
  let months = 0;
  while (addMonths(start, months + 1) <= end) months++;
  return months + Math.max(0, daysBetween(addMonths(start, months), end)) / 30;
}

/** 劳动合同法 47: a year for each full year; six months or more count as a year, less as half a year. */
function serviceYears(start: string, end: string): number {
  const months = Math.floor(monthsBetween(start, end));
  const rest = months % 12;
  return Math.floor(months / 12) + (rest >= 6 ? 1 : rest > 0 ? 0.5 : 0);
}

/**
 * The claim, item by item. Throws EligibilityInputError on bad facts, as `assess` does. A half-remembered
 * month counts against the claim (start at the month's end, end at its start): never more than can be shown.
 */
export function calculateClaim(facts: ClaimFacts, options: ClaimOptions): Claim {
  const clean = checkFacts(facts, options?.today, options?.region);
  const today = options.today;
  const packs = options.packs ? parseRuleSet({ packs: options.packs }, 'packs') : [BASELINE_PACK];
  const chain = packChain(packs, options.region);
  const missing: string[] = [];
  const unverified: string[] = [];
  const value = (key: 'minimumWage' | 'averageWage' | 'provincialAverageWage' | 'nationalUrbanIncome') => {
    const hit = valueInForce(chain, key, today);
    if (hit?.unverified) unverified.push(key);
    return hit?.amount ?? null;
  };
  const minimumWage = value('minimumWage');
  const items: ClaimItem[] = [];
  const add = (id: ClaimItemId, amount: number, formula: string, numbers: Record<string, number>, citations: Citation[], final: boolean) =>
    items.push({
      id,
      amount: money(amount),
      basis: { formula, numbers },
      citations,
      finalAward: final && minimumWage !== null && money(amount) <= 12 * minimumWage,
    });

  const { monthlyWage, dailyWage, unpaidMonths, unpaidDays, paidSoFar = 0, endReason } = clean;
  const start = clean.startedWork ? lastDayOf(clean.startedWork) : undefined;
  const ended = clean.employmentEnded ? firstDay(clean.employmentEnded) : undefined;
  const end = endReason === 'still-employed' || !ended ? today : ended;

  // Unpaid wages: months at the monthly wage and days at the daily wage, less what was paid.
  const byMonth = monthlyWage !== undefined && unpaidMonths !== undefined ? monthlyWage * unpaidMonths : 0;
  const byDay = dailyWage !== undefined && unpaidDays !== undefined ? dailyWage * unpaidDays : 0;
  if (unpaidMonths !== undefined && monthlyWage === undefined) missing.push('monthlyWage');
  if (unpaidDays !== undefined && dailyWage === undefined) missing.push('dailyWage');
  if (byMonth || byDay) {
    add(
      'unpaid-wages',
      byMonth + byDay - paidSoFar,
      'unpaid-wages',
      { monthlyWage: monthlyWage ?? 0, unpaidMonths: unpaidMonths ?? 0, dailyWage: dailyWage ?? 0, unpaidDays: unpaidDays ?? 0, paidSoFar },
      [cite('labour-contract-law', 30, 1)],
      true,
    );
  }

  // Double wages: from the second month until a contract was signed or the job ended, at most 11 months.
  const noContract = clean.writtenContract === false || clean.contractSigned !== undefined;
  if (noContract) {
    if (!start) missing.push('startedWork');
    if (monthlyWage === undefined) missing.push('monthlyWage');
    if (start && monthlyWage !== undefined) {
      const signed = clean.contractSigned ? firstDay(clean.contractSigned) : end;
      const until = signed < end ? signed : end;
      const months = Math.min(11, Math.max(0, monthsBetween(addMonths(start, 1), until)));
      const rounded = Math.round(months * 100) / 100;
      if (rounded > 0) {
        add(
          'double-wages',
          monthlyWage * rounded,
          'double-wages',
          { monthlyWage, months: rounded },
          [cite('labour-contract-law', 82, 1)],
          true,
        );
      }
    }
  }

  // Severance (46, 47) and, for an unlawful dismissal, twice it (87).
  const SEVERANCE_ITEM: Partial<Record<EndReason, number>> = {
    'resigned-unpaid-wages': 1,
    'dismissed-with-notice': 3,
    'contract-expired': 5,
  };
  if (endReason && (SEVERANCE_ITEM[endReason] || endReason === 'dismissed-unlawfully')) {
    if (!start) missing.push('startedWork');
    if (!ended) missing.push('employmentEnded');
    if (monthlyWage === undefined) missing.push('monthlyWage');
    if (start && ended && monthlyWage !== undefined) {
      const average = value('averageWage');
      if (average === null) missing.push('pack.averageWage');
      let years = serviceYears(start, ended);
      let wage = monthlyWage;
      // Above three times the local average wage: that cap, and at most 12 years.
      if (average !== null && wage > 3 * average) {
        wage = 3 * average;
        years = Math.min(years, 12);
      }
      const numbers = { monthlyWage: wage, years };
      const severance = wage * years;
      const severanceCitations = [cite('labour-contract-law', 47)];
      if (endReason === 'dismissed-unlawfully') {
        add(
          'unlawful-dismissal',
          2 * severance,
          'unlawful-dismissal',
          numbers,
          [cite('labour-contract-law', 87), cite('labour-contract-law', 48), ...severanceCitations],
          true,
        );
      } else {
        add(
          'severance',
          severance,
          'severance',
          numbers,
          [cite('labour-contract-law', 46, undefined, SEVERANCE_ITEM[endReason]), ...severanceCitations],
          true,
        );
      }
    }
  }

  // Work injury (工伤保险条例 33, 35–37, 39).
  const injury = clean.injury;
  if (injury) {
    const wage = injury.monthlyWage;
    if (wage === undefined) missing.push('injury.monthlyWage');
    if (wage !== undefined && injury.stoppedWorkMonths !== undefined) {
      add(
        'injury-wages-while-off',
        wage * injury.stoppedWorkMonths,
        'injury-wages-while-off',
        { monthlyWage: wage, months: injury.stoppedWorkMonths },
        [cite('work-injury-regulation', 33, 1)],
        false,
      );
    }
    if (injury.died) {
      const income = value('nationalUrbanIncome');
      const provincial = value('provincialAverageWage');
      if (income === null) missing.push('pack.nationalUrbanIncome');
      else
        add(
          'death-lump-sum',
          DEATH_MULTIPLE * income,
          'death-lump-sum',
          { nationalUrbanIncome: income, times: DEATH_MULTIPLE },
          [cite('work-injury-regulation', 39, 1, 3)],
          false,
        );
      if (provincial === null) missing.push('pack.provincialAverageWage');
      else
        add(
          'funeral',
          FUNERAL_MONTHS * provincial,
          'funeral',
          { provincialAverageWage: provincial, months: FUNERAL_MONTHS },
          [cite('work-injury-regulation', 39, 1, 1)],
          false,
        );
    } else if (injury.grade === undefined) {
      missing.push('injury.grade');
    } else if (wage !== undefined) {
      const grade = injury.grade;
      const months = DISABILITY_MONTHS[grade - 1]!;
      const article = grade <= 4 ? 35 : grade <= 6 ? 36 : 37;
      add(
        'injury-lump-sum',
        wage * months,
        'injury-lump-sum',
        { monthlyWage: wage, grade, months },
        [cite('work-injury-regulation', article, 1, 1)],
        false,
      );
      // Grades 5–10, leaving the job: the provincial one-off medical and employment grants.
      const leaving = endReason !== undefined && endReason !== 'still-employed';
      if (grade >= 5 && leaving) {
        const grants = valueInForce(chain, 'injuryLumpSums', today);
        if (!grants) missing.push('pack.injuryLumpSums');
        else {
          if (grants.unverified) unverified.push('injuryLumpSums');
          const para = grade <= 6 ? 36 : 37;
          const local = [cite('work-injury-regulation', para, 2)];
          const m = grants.medical[grade - 5]!;
          const e = grants.employment[grade - 5]!;
          add('injury-medical-lump-sum', wage * m, 'injury-medical-lump-sum', { monthlyWage: wage, grade, months: m }, local, false);
          add('injury-employment-lump-sum', wage * e, 'injury-employment-lump-sum', { monthlyWage: wage, grade, months: e }, local, false);
        }
      }
    }
  }

  const total = money(items.reduce((sum, item) => sum + item.amount, 0));
  return { items, total, missing: [...new Set(missing)], unverified: [...new Set(unverified)] };
}
