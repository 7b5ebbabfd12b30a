import type { AnswerField } from './engine/types.js';
import type { PartialAnswers } from './question-flow.js';

/** "Keep on this phone": localStorage, used only after the worker ticks the box, cleared on exit. */

const KEY = 'legal-aid-kit:eligibility';

export interface Saved {
  answers: PartialAnswers;
  responded: AnswerField[];
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Storage can be blocked (private mode, sandboxed frames): then nothing is kept.
    return null;
  }
}

export function loadAnswers(): Saved | null {
  try {
    const raw = storage()?.getItem(KEY);
    const saved = raw ? (JSON.parse(raw) as Saved) : null;
    return saved && typeof saved.answers === 'object' && Array.isArray(saved.responded) ? saved : null;
  } catch {
    return null;
  }
}

export function saveAnswers(saved: Saved): void {
  try {
    storage()?.setItem(KEY, JSON.stringify(saved));
  } catch {
    // Full or blocked storage: the answers stay in memory only.
  }
}

export function clearAnswers(): void {
  try {
    storage()?.removeItem(KEY);
  } catch {
    // Nothing to clear.
  }
}
