import { assess, type AssessOptions } from './engine/assess.js';
import type { AnswerField, Answers } from './engine/types.js';
import type { PartialAnswers, Walk } from './question-flow.js';

/**
 * Which question comes next, and the path the worker took (for "back" and "check your answers"). The engine
 * decides relevance: a question is asked only while `assess(...).missing` lists its field, so the flow can
 * never drift from the rules. Loaded with the engine once the worker starts answering.
 */

/** The next question for answers known so far, skipping fields already responded to ("not sure" too). */
export function nextQuestion(answers: PartialAnswers, responded: readonly AnswerField[], options: AssessOptions): AnswerField | null {
  if (!answers.matter) return responded.includes('matter') ? null : 'matter';
  return assess(answers as Answers, options).missing.find((field) => !responded.includes(field)) ?? null;
}

/** Replays the flow from the start: the same answers always give the same path. */
export function walk(answers: PartialAnswers, responded: ReadonlySet<AnswerField>, options: AssessOptions): Walk {
  const path: AnswerField[] = [];
  const known: Record<string, unknown> = {};
  for (;;) {
    const next = nextQuestion(known as PartialAnswers, path, options);
    if (next === null || !responded.has(next)) {
      const remaining = known['matter']
        ? assess(known as unknown as Answers, options).missing.filter((f) => !path.includes(f)).length
        : null;
      return { path, next, answers: known as PartialAnswers, remaining };
    }
    path.push(next);
    if (answers[next] !== undefined) known[next] = answers[next];
  }
}
