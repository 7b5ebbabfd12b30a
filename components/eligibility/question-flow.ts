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
 * first screen. Which question comes next is question-walk.ts, loaded with the engine.
 */

export type QuestionKind = 'choice' | 'date' | 'amount';
/** 'unsure' leaves the answer unknown; 'none' means "never happened" (no interruption). */
export type Skip = 'unsure' | 'none';

export interface Question {
  field: AnswerField;
  kind: QuestionKind;
  options?: readonly string[];
  skip?: Skip;
}

const YES_NO = ['yes', 'no', 'unsure'] as const;
const BOOLEAN_FIELDS: readonly AnswerField[] = BOOLEAN_ANSWERS;
const DATE_FIELDS: readonly AnswerField[] = DATE_ANSWERS;

export function questionFor(field: AnswerField): Question {
  if (field === 'matter') return { field, kind: 'choice', options: MATTERS };
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
