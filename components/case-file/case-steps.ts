import { END_REASONS } from '../eligibility/engine/types.js';
import { CASE_MATTERS, EVIDENCE, type CaseFacts, type EconomicCheck } from './case-facts.js';
import { birthDateOf, genderOf } from './id-number.js';

/**
 * The questions as pure data, one screen each, in the order the papers need them: what kind each field is,
 * where its answer goes in CaseFacts, and when a screen is asked. No DOM, no words (those are the strings').
 */

export type FieldKind = 'choice' | 'checks' | 'text' | 'tel' | 'id' | 'date' | 'amount' | 'count';

export interface Field {
  /** A path into CaseFacts (`worker.name`, `respondents.0.name`), or `economicCheck` / `wageUnit` of the file. */
  path: string;
  kind: FieldKind;
  options?: readonly string[];
  optional?: boolean;
  /** The label's message key; a screen of one field uses the question as its label. */
  label?: string;
  /** Several lines (what happened). */
  long?: boolean;
}

export interface Step {
  id: string;
  fields: Field[];
  hint?: boolean;
  /** Asked only when this holds. */
  when?: (file: CaseFile) => boolean;
}

/** What the widget keeps: the facts for the papers, and two answers that shape them. */
export interface CaseFile {
  facts: CaseFacts;
  /** From the check's result, or the status question: the 42(3) exemption or the 41 pledge. */
  economicCheck?: EconomicCheck;
  wageUnit?: 'month' | 'day';
  /** He answered that the injury has not been graded yet (no grade is not the same as no answer). */
  notGraded?: boolean;
}

const injured = (f: CaseFile) => f.facts.matter === 'work-injury';
const left = (f: CaseFile) => !!f.facts.claim?.endReason && f.facts.claim.endReason !== 'still-employed';
const GRADES = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', 'none'];

export const STEPS: readonly Step[] = [
  { id: 'matter', fields: [{ path: 'matter', kind: 'choice', options: CASE_MATTERS }] },
  { id: 'status', hint: true, fields: [{ path: 'economicCheck', kind: 'choice', options: ['waived', 'required'] }] },
  {
    id: 'income',
    hint: true,
    when: (f) => f.economicCheck === 'required',
    fields: [{ path: 'householdIncomePerCapita', kind: 'amount', optional: true }],
  },
  { id: 'name', hint: true, fields: [{ path: 'worker.name', kind: 'text' }] },
  { id: 'phone', fields: [{ path: 'worker.phone', kind: 'tel' }] },
  { id: 'idNumber', hint: true, fields: [{ path: 'worker.idNumber', kind: 'id', optional: true }] },
  {
    id: 'address',
    fields: [
      { path: 'worker.address', kind: 'text', label: 'label.address', optional: true },
      { path: 'worker.hukou', kind: 'text', label: 'label.hukou', optional: true },
    ],
  },
  {
    id: 'employer',
    hint: true,
    fields: [
      { path: 'respondents.0.role', kind: 'choice', options: ['employer', 'gang-boss'] },
      { path: 'respondents.0.name', kind: 'text', label: 'label.respondentName' },
    ],
  },
  {
    id: 'employerContact',
    fields: [
      { path: 'respondents.0.phone', kind: 'tel', label: 'label.respondentPhone', optional: true },
      { path: 'respondents.0.address', kind: 'text', label: 'label.respondentAddress', optional: true },
    ],
  },
  {
    id: 'contractor',
    hint: true,
    when: (f) => f.facts.respondents?.[0]?.role === 'gang-boss',
    fields: [{ path: 'respondents.1.name', kind: 'text', optional: true }],
  },
  { id: 'startedWork', fields: [{ path: 'claim.startedWork', kind: 'date' }] },
  {
    id: 'job',
    fields: [
      { path: 'work.job', kind: 'text', label: 'label.job' },
      { path: 'work.site', kind: 'text', label: 'label.site', optional: true },
    ],
  },
  {
    id: 'wage',
    fields: [
      { path: 'wageUnit', kind: 'choice', options: ['month', 'day'] },
      { path: 'claim.wage', kind: 'amount', label: 'label.wage' },
    ],
  },
  {
    id: 'unpaid',
    when: (f) => !injured(f),
    fields: [
      { path: 'claim.unpaid', kind: 'count', label: 'label.unpaidMonths' },
      { path: 'claim.paidSoFar', kind: 'amount', label: 'label.paidSoFar', optional: true },
    ],
  },
  { id: 'contract', fields: [{ path: 'claim.writtenContract', kind: 'choice', options: ['yes', 'no'] }] },
  { id: 'endReason', fields: [{ path: 'claim.endReason', kind: 'choice', options: END_REASONS }] },
  { id: 'employmentEnded', when: left, fields: [{ path: 'claim.employmentEnded', kind: 'date' }] },
  {
    id: 'injury',
    when: injured,
    fields: [
      { path: 'injury.date', kind: 'date' },
      { path: 'injury.place', kind: 'text', label: 'label.injuryPlace' },
      { path: 'injury.how', kind: 'text', label: 'label.injuryHow', long: true },
    ],
  },
  {
    id: 'treatment',
    when: injured,
    fields: [
      { path: 'injury.bodyPart', kind: 'text', label: 'label.bodyPart' },
      { path: 'injury.hospital', kind: 'text', label: 'label.hospital', optional: true },
      { path: 'injury.diagnosis', kind: 'text', label: 'label.diagnosis', optional: true },
    ],
  },
  { id: 'grade', hint: true, when: injured, fields: [{ path: 'claim.injury.grade', kind: 'choice', options: GRADES }] },
  { id: 'stoppedWork', when: injured, fields: [{ path: 'claim.injury.stoppedWorkMonths', kind: 'count', optional: true }] },
  { id: 'evidence', hint: true, fields: [{ path: 'evidence', kind: 'checks', options: EVIDENCE }] },
  { id: 'amounts', hint: true, fields: [] },
  { id: 'papers', fields: [] },
];

/** The screens this worker is asked, in order; the matter and status are skipped when the check gave them. */
export function stepsFor(file: CaseFile, given: ReadonlySet<string>): Step[] {
  return STEPS.filter((step) => !given.has(step.id) && (!step.when || step.when(file)));
}

/** The value at a path of the file (wage and unpaid read the unit they were given in). */
export function readPath(file: CaseFile, path: string): unknown {
  const claim = file.facts.claim ?? {};
  const daily = file.wageUnit === 'day';
  if (path === 'claim.wage') return daily ? claim.dailyWage : claim.monthlyWage;
  if (path === 'claim.unpaid') return daily ? claim.unpaidDays : claim.unpaidMonths;
  if (path === 'claim.writtenContract') return claim.writtenContract === undefined ? undefined : claim.writtenContract ? 'yes' : 'no';
  if (path === 'claim.injury.grade')
    return claim.injury?.grade !== undefined ? String(claim.injury.grade) : file.notGraded ? 'none' : undefined;
  if (path === 'economicCheck' || path === 'wageUnit') return file[path];
  return path.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], file.facts);
}

/** A new file with `value` at `path` (undefined removes it); the injury's wage follows the wage. */
export function writePath(file: CaseFile, path: string, value: unknown): CaseFile {
  const next: CaseFile = structuredClone(file);
  const claim = (next.facts.claim ??= {});
  const daily = next.wageUnit === 'day';
  if (path === 'economicCheck' || path === 'wageUnit') {
    next[path] = value as never;
    return next;
  }
  if (path === 'claim.wage') {
    delete claim.monthlyWage;
    delete claim.dailyWage;
    if (value !== undefined) claim[daily ? 'dailyWage' : 'monthlyWage'] = value as number;
  } else if (path === 'claim.unpaid') {
    delete claim.unpaidMonths;
    delete claim.unpaidDays;
    if (value !== undefined) claim[daily ? 'unpaidDays' : 'unpaidMonths'] = value as number;
  } else if (path === 'claim.writtenContract') {
    claim.writtenContract = value === undefined ? undefined : value === 'yes';
  } else if (path === 'claim.injury.grade') {
    claim.injury = { ...claim.injury, grade: value === 'none' || value === undefined ? undefined : Number(value) };
    next.notGraded = value === 'none';
  } else {
    const keys = path.split('.');
    let at = next.facts as Record<string, unknown>;
    for (const [i, key] of keys.slice(0, -1).entries()) {
      at[key] ??= /^\d+$/.test(keys[i + 1]!) ? [] : {};
      at = at[key] as Record<string, unknown>;
    }
    if (value === undefined) delete at[keys.at(-1)!];
    else at[keys.at(-1)!] = value;
  }
  // The ID number holds the birth date and gender the forms ask for.
  const worker = next.facts.worker;
  if (path === 'worker.idNumber' && worker?.idNumber) {
    worker.birthDate = birthDateOf(worker.idNumber) ?? worker.birthDate;
    worker.gender = genderOf(worker.idNumber) ?? worker.gender;
  }
  // The second respondent is the general contractor; the injury's wage is the wage before it.
  const second = next.facts.respondents?.[1];
  if (second) second.role = 'general-contractor';
  if (next.facts.matter === 'work-injury' && claim.monthlyWage !== undefined)
    claim.injury = { ...claim.injury, monthlyWage: claim.monthlyWage };
  return next;
}
