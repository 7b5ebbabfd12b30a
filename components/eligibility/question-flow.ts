import { parseIsoDate } from '../core/format.js';
import type { HolidayCalendar } from '../core/holidays.js';
import type { AssessOptions } from './engine/assess.js';
import type { RulePack } from './engine/packs.js';
import {
  ASSISTANCE,
  BOOLEAN_ANSWERS,
  CONFIRM_PURPOSES,
  DATE_ANSWERS,
  EMPLOYMENT,
  INJURY_DELAYS,
  MATTERS,
  PENSIONS,
  type AnswerField,
  type Answers,
} from './engine/types.js';

/**
 * The questions as pure data, no DOM and no engine: what kind each is and its options, shown at once on the
 * first screen; and the moves between screens (Back, a history entry). Which question comes next is
 * question-walk.ts, loaded with the engine.
 */

export type QuestionKind = 'choice' | 'date' | 'amount';
/** 'unsure' leaves the answer unknown; 'none' means "never happened" (no interruption). */
export type Skip = 'unsure' | 'none';

export interface Question {
  field: AnswerField;
  kind: QuestionKind;
  options?: readonly string[];
  skip?: Skip;
  /** The second screen of the matter: what else happened, after 「别的事」. */
  more?: boolean;
}

/** Matters asked after 「别的事」 on the first screen, which keeps the common ones short; 'other' is 「都不是」. */
export const MORE_MATTERS: readonly string[] = [
  'dismissal',
  'overtime-pay',
  'family-support',
  'medical-accident',
  'state-compensation',
  'other',
];
/** Dates the deadline runs from: "not sure" there means no countdown, and the worker is told so. */
export const DEADLINE_DATES: readonly string[] = ['employmentEnded', 'injuryDate', 'diagnosisDate'];
/** The matter's second screen. */
export const MORE_MATTERS_QUESTION: Question = { field: 'matter', kind: 'choice', options: MORE_MATTERS, more: true };

const YES_NO = ['yes', 'no', 'unsure'] as const;
const BOOLEAN_FIELDS: readonly AnswerField[] = BOOLEAN_ANSWERS;
const DATE_FIELDS: readonly AnswerField[] = DATE_ANSWERS;

export function questionFor(field: AnswerField): Question {
  if (field === 'matter') return { field, kind: 'choice', options: [...MATTERS.filter((m) => !MORE_MATTERS.includes(m)), 'other'] };
  if (field === 'assistance') return { field, kind: 'choice', options: ASSISTANCE };
  if (field === 'employment') return { field, kind: 'choice', options: EMPLOYMENT };
  // A worker may not know these: "not sure" leaves them unknown, and the engine leans his way.
  if (field === 'confirmPurpose') return { field, kind: 'choice', options: CONFIRM_PURPOSES, skip: 'unsure' };
  if (field === 'injuryDelay') return { field, kind: 'choice', options: INJURY_DELAYS, skip: 'unsure' };
  if (field === 'pension') return { field, kind: 'choice', options: PENSIONS, skip: 'unsure' };
  if (BOOLEAN_FIELDS.includes(field)) return { field, kind: 'choice', options: YES_NO };
  if (DATE_FIELDS.includes(field)) return { field, kind: 'date', skip: field === 'lastInterruption' ? 'none' : 'unsure' };
  return { field, kind: 'amount', skip: 'unsure' };
}

/** The answer value for a chosen option: yes/no become booleans, "not sure" leaves it unknown. */
export function fromChoice(field: AnswerField, option: string): unknown {
  if (!BOOLEAN_FIELDS.includes(field)) return option;
  return option === 'yes' ? true : option === 'no' ? false : undefined;
}

/** The option that shows a stored answer (the reverse of fromChoice). */
export function toChoice(field: AnswerField, value: unknown): string | undefined {
  if (!BOOLEAN_FIELDS.includes(field)) return value as string | undefined;
  return value === true ? 'yes' : value === false ? 'no' : undefined;
}

export type PartialAnswers = Partial<Answers>;

export interface Walk {
  /** Questions on the worker's way, in order, each already responded to. */
  path: AnswerField[];
  /** The first question still to ask, or null when the check is complete. */
  next: AnswerField | null;
  /** The answers on the path only: an answer made irrelevant by a later change is dropped. */
  answers: PartialAnswers;
  /** How many questions are likely still to come, for the progress line; null before the matter is known. */
  remaining: number | null;
}

/** The screen on view, as the checker knows it. */
export interface OnView {
  editing: AnswerField | null;
  showResult: boolean;
  moreMatters: boolean;
}

/**
 * What shows for a screen of the history ('review', 'result', 'matter+' or a question's field): a question
 * the answers have since made unnecessary gives way to the next one.
 */
export function viewOf(screen: string, flow: Walk): OnView {
  const field = (screen === 'matter+' ? 'matter' : screen) as AnswerField;
  const editing = flow.path.includes(field) || field === flow.next ? field : null;
  return { showResult: screen === 'result', moreMatters: screen === 'matter+', editing };
}

/**
 * Where the app's Back goes: from the result to the review, from the matter's second screen to the first,
 * from a question to the one before (the second screen when the matter came from there), from the review to
 * the last question; undefined on the first question.
 */
export function backTarget(flow: Walk, view: OnView, matter: string | undefined): string | undefined {
  const { path, next } = flow;
  const current = view.editing ?? next;
  const index = current ? path.indexOf(current) : -1;
  if (view.moreMatters) return 'matter';
  if (view.showResult) return 'review';
  if (index > 0) return path[index - 1] === 'matter' && MORE_MATTERS.includes(matter!) ? 'matter+' : path[index - 1];
  return index === -1 ? path.at(-1) : undefined;
}

const localToday = (d = new Date()) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** What the engine assesses with: the `today` and `region` attributes when valid (else the phone's date, the national rules). */
export function assessOptions(
  today: string | null,
  region: string | null,
  packs: RulePack[],
  calendar: HolidayCalendar | null,
): AssessOptions {
  return {
    today: today && parseIsoDate(today) ? today : localToday(),
    region: region && /^\d{6}$/.test(region) ? region : undefined,
    packs,
    calendar,
  };
}
