import type { Locale } from '../core/locale.js';
import type { questions } from './strings/questions.zh-CN.js';
import type { result } from './strings/result.zh-CN.js';
import type { steps } from './strings/steps.zh-CN.js';

/**
 * The checker's messages, in four parts (questions and result, in Chinese and English) that load on
 * demand, so a phone downloads only the language it shows and the result words only near the end.
 * Each English part is typed against its Chinese part, so a missing English message fails the build.
 */
export type QuestionKey = keyof typeof questions;
export type ResultKey = keyof typeof result;
/** The words of the questions after the first, loaded with the engine. */
export type StepKey = keyof typeof steps;
export type CheckerKey = QuestionKey | StepKey | ResultKey;
export type MessagePart = 'questions' | 'steps' | 'result';
export type PartMessages = Partial<Record<CheckerKey, string>>;

const loaders: Record<Locale, Record<MessagePart, () => Promise<PartMessages>>> = {
  'zh-CN': {
    questions: async () => (await import('./strings/questions.zh-CN.js')).questions,
    steps: async () => (await import('./strings/steps.zh-CN.js')).steps,
    result: async () => (await import('./strings/result.zh-CN.js')).result,
  },
  en: {
    questions: async () => (await import('./strings/questions.en.js')).questions,
    steps: async () => (await import('./strings/steps.en.js')).steps,
    result: async () => (await import('./strings/result.en.js')).result,
  },
};

export const loadMessages = (locale: Locale, part: MessagePart): Promise<PartMessages> => loaders[locale][part]();
