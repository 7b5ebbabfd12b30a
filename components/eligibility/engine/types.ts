/** The public, stable shapes of the eligibility engine (`legal-aid-kit/eligibility`). */

export const MATTERS = [
  'unpaid-wages',
  'work-injury',
  'confirm-employment',
  'social-insurance',
  'double-wages',
  'project-payment',
  'traffic-accident',
  'domestic-violence',
  'other',
] as const;
export type Matter = (typeof MATTERS)[number];

export const ASSISTANCE = ['dibao', 'tekun', 'judicial-aid', 'youfu', 'none'] as const;
export type Assistance = (typeof ASSISTANCE)[number];

export const EMPLOYMENT = ['ongoing', 'ended'] as const;

/** What the worker said. Everything but `matter` may stay unknown; the engine then says what it needs. */
export interface Answers {
  matter: Matter;
  /** 进城务工人员: a rural resident working in the city. */
  ruralWorker?: boolean;
  /** Has papers that show the status (hukou book, ID, site pass, pay slips). */
  proofOfStatus?: boolean;
  assistance?: Assistance;
  /** Household income per person, yuan a month. */
  householdIncomePerCapita?: number;
  employment?: (typeof EMPLOYMENT)[number];
  /** YYYY-MM-DD dates. */
  employmentEnded?: string;
  injuryDate?: string;
  /** A complaint, written demand or promise to pay that restarts the one-year clock. */
  lastInterruption?: string;
  startedWork?: string;
  employerAppliedInjury?: boolean;
  writtenContract?: boolean;
  needsPreservation?: boolean;
  drawingPension?: boolean;
  construction?: boolean;
  subcontractorOwes?: boolean;
  hasIou?: boolean;
  /** The money claimed, yuan. */
  claimAmount?: number;
}

export type AnswerField = keyof Answers;

/** The answers by kind: yes/no, calendar dates and yuan amounts. */
export const BOOLEAN_ANSWERS = [
  'ruralWorker',
  'proofOfStatus',
  'employerAppliedInjury',
  'writtenContract',
  'needsPreservation',
  'drawingPension',
  'construction',
  'subcontractorOwes',
  'hasIou',
] as const satisfies readonly AnswerField[];
export const DATE_ANSWERS = ['employmentEnded', 'injuryDate', 'lastInterruption', 'startedWork'] as const satisfies readonly AnswerField[];
export const AMOUNT_ANSWERS = ['householdIncomePerCapita', 'claimAmount'] as const satisfies readonly AnswerField[];

export const LAWS = [
  'legal-aid-law',
  'labour-dispute-law',
  'work-injury-regulation',
  'wage-payment-regulation',
  'labour-contract-law',
  'social-insurance-law',
  'spc-labour-interpretation-1',
] as const;
export type Law = (typeof LAWS)[number];

/** One provision: article, and where the article has them, paragraph (款) and item (项). */
export interface Citation {
  law: Law;
  article: number;
  paragraph?: number;
  item?: number;
}

export const RULE_IDS = [
  'A1',
  'A2',
  'A3',
  'A4',
  'A5',
  'A6',
  'A7',
  'C1',
  'C3',
  'C4',
  'D1',
  'D2',
  'D3',
  'D4',
  'E1',
  'E2',
  'E4',
  'F1',
  'F2',
  'G1',
  'H1',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** Why: one rule that applied, what it decided (a stable id), and its legal basis. */
export interface Reason {
  rule: RuleId;
  outcome: string;
  citations: Citation[];
}

export type LegalAidVerdict = 'eligible' | 'means-test' | 'not-eligible' | 'out-of-scope';
export type EconomicCheck = 'waived' | 'no-condition' | 'required';

export interface Deadline {
  kind: 'arbitration' | 'injury-recognition';
  /** YYYY-MM-DD, the last day. */
  date: string;
  /** Days from `today` to `date`; negative once it has passed. */
  daysLeft: number;
}

export interface Threshold {
  amount: number;
  effectiveFrom: string;
  source: string;
}

export interface Assessment {
  legalAid: LegalAidVerdict;
  economicCheck: EconomicCheck;
  urgent: boolean;
  deadline: Deadline | null;
  timeBarred: boolean;
  /** The hardship standard in force for the region on `today`, or null when none is known. */
  threshold: Threshold | null;
  citations: Citation[];
  notes: string[];
  nextSteps: string[];
  missing: AnswerField[];
  /** Each rule that applied, in order, with its legal basis (what the widget shows as "why"). */
  reasons: Reason[];
  /** The rule pack actually used (the region asked for, or the national baseline when unknown). */
  region: string;
  /** True when the region asked for has no pack and the baseline was used. */
  regionFallback: boolean;
}
