/**
 * The rules engine and the question flow, loaded by <la-eligibility-checker> when the worker starts
 * answering: the first question needs neither, so they stay out of the bytes a phone needs to show it.
 */
import { EligibilityInputError } from './engine/answers.js';
import { assess, type AssessOptions } from './engine/assess.js';
import type { Answers } from './engine/types.js';
import type { PartialAnswers } from './question-flow.js';

export { assess } from './engine/assess.js';
export { walk } from './question-walk.js';
export { parseAmount, parseDateParts } from './answer-input.js';

/** The engine's own checks (a date after today, leaving before starting) as a message key for the worker. */
export function answerError(answers: PartialAnswers, options: AssessOptions): 'error.future' | 'error.order' | 'error.date' | null {
  try {
    assess(answers as Answers, options);
    return null;
  } catch (error) {
    if (!(error instanceof EligibilityInputError)) throw error;
    const message = error.problems[0]?.message ?? '';
    return message.includes('after today') ? 'error.future' : message.includes('before') ? 'error.order' : 'error.date';
  }
}
