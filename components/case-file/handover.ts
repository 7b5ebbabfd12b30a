import type { Answers } from '../eligibility/engine/types.js';
import type { CaseFacts, EconomicCheck } from './case-facts.js';

/**
 * From the check's result to the papers page: the answers go through sessionStorage (this tab only, gone
 * when it closes), never the URL. "Keep on this phone" is the widget's own localStorage entry, opt-in.
 */

const HANDOVER = 'legal-aid-kit:case-handover';
const KEPT = 'legal-aid-kit:case-file';

export interface Handover {
  facts: CaseFacts;
  economicCheck?: EconomicCheck;
}

function store(kind: 'sessionStorage' | 'localStorage'): Storage | null {
  try {
    return globalThis[kind] ?? null;
  } catch {
    // Blocked storage (private mode, sandboxed frames): the answers stay in memory only.
    return null;
  }
}

function read(kind: 'sessionStorage' | 'localStorage', key: string): Handover | null {
  try {
    const value = JSON.parse(store(kind)?.getItem(key) ?? 'null') as Handover | null;
    return value && typeof value.facts === 'object' ? value : null;
  } catch {
    return null;
  }
}

function write(kind: 'sessionStorage' | 'localStorage', key: string, value: Handover | null): void {
  try {
    if (value) store(kind)?.setItem(key, JSON.stringify(value));
    else store(kind)?.removeItem(key);
  } catch {
    // Full or blocked storage: nothing kept.
  }
}

/** The checker's result hands its answers over before it opens the papers page. */
export const handOver = (value: Handover): void => write('sessionStorage', HANDOVER, value);
export const takeHandover = (): Handover | null => read('sessionStorage', HANDOVER);
export const loadKept = (): Handover | null => read('localStorage', KEPT);
export const saveKept = (value: Handover | null): void => write('localStorage', KEPT, value);
/** "Exit and clear": the tab's handover and the kept copy. */
export function clearAll(): void {
  write('sessionStorage', HANDOVER, null);
  write('localStorage', KEPT, null);
}

/** The check's answers the papers use: the matter, the dates, the contract, the income for the pledge. */
export function handoverFromCheck(answers: Partial<Answers>, economicCheck: EconomicCheck): Handover | null {
  const matter =
    answers.matter === 'work-injury' ? 'work-injury' : ['unpaid-wages', 'double-wages'].includes(answers.matter!) ? 'unpaid-wages' : null;
  if (!matter) return null;
  const { startedWork, employmentEnded, writtenContract, injuryDate, employerAppliedInjury, householdIncomePerCapita } = answers;
  const facts: CaseFacts = {
    matter,
    claim: {
      ...(startedWork && { startedWork }),
      ...(employmentEnded && answers.employment === 'ended' && { employmentEnded }),
      ...(writtenContract !== undefined && { writtenContract }),
      ...(answers.employment === 'ongoing' && { endReason: 'still-employed' as const }),
    },
    ...(matter === 'work-injury' && { injury: { date: injuryDate, employerApplied: employerAppliedInjury } }),
    ...(householdIncomePerCapita !== undefined && { householdIncomePerCapita }),
  };
  return { facts, economicCheck };
}
