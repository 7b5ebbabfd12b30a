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
  // Added: the art. 31 items that had no option, and the labour matters workers name themselves.
  'family-support',
  'medical-accident',
  'state-compensation',
  'dismissal',
  'overtime-pay',
] as const;
export type Matter = (typeof MATTERS)[number];

/** 42(2) (低保, 特困, 司法救助, 优抚) and, added, 42(1): a minor, elderly or disabled person with no fixed income. */
export const ASSISTANCE = ['dibao', 'tekun', 'judicial-aid', 'youfu', 'none', 'no-fixed-income'] as const;
export type Assistance = (typeof ASSISTANCE)[number];

export const EMPLOYMENT = ['ongoing', 'ended'] as const;
/** What confirming the employment is for: wages and injury claims keep the 42(3) exemption. */
export const CONFIRM_PURPOSES = ['wages', 'injury', 'other'] as const;
/** Time the SPC 2014 work-injury provisions (art. 7) do not count against the one-year recognition clock. */
export const INJURY_DELAYS = ['employer', 'confirming-employment', 'force-majeure', 'liberty-restricted', 'none'] as const;
/** 城镇职工基本养老金 (employee), 城乡居民养老金 (resident), or none. */
export const PENSIONS = ['employee', 'resident', 'none'] as const;

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
  /** YYYY-MM-DD dates; `employmentEnded`, `injuryDate`, `startedWork` (and every other date) also accept YYYY-MM. */
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
  /** For confirm-employment: what the confirmation is for. */
  confirmPurpose?: (typeof CONFIRM_PURPOSES)[number];
  /** For traffic-accident: on the way to or from work (工伤保险条例 14(6)). */
  commuting?: boolean;
  /** For work-injury: an occupational disease, whose clock runs from `diagnosisDate`. */
  occupationalDisease?: boolean;
  diagnosisDate?: string;
  /** Why the injury was not reported within the year, if it was not. */
  injuryDelay?: (typeof INJURY_DELAYS)[number];
  /** Which pension the worker draws; `drawingPension: true` reads as 'employee'. */
  pension?: (typeof PENSIONS)[number];
  /** The employer insured the worker against injury (e.g. project-based insurance on a building site). */
  insuredByEmployer?: boolean;
  /** The day the IOU was written. */
  iouDate?: string;
  /** Whether `lastInterruption` can be proved (chat record, recording, complaint receipt, witness). */
  interruptionProof?: boolean;
}

export type AnswerField = keyof Answers;

/** How the job ended, for the claim (劳动合同法 38, 87, 40, 44(1)); calculateClaim's `endReason`. */
export const END_REASONS = [
  'resigned-unpaid-wages',
  'dismissed-unlawfully',
  'dismissed-with-notice',
  'contract-expired',
  'quit',
  'still-employed',
] as const;
export type EndReason = (typeof END_REASONS)[number];

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
  'commuting',
  'occupationalDisease',
  'insuredByEmployer',
  'interruptionProof',
] as const satisfies readonly AnswerField[];
export const DATE_ANSWERS = [
  'employmentEnded',
  'injuryDate',
  'lastInterruption',
  'startedWork',
  'diagnosisDate',
  'iouDate',
] as const satisfies readonly AnswerField[];
export const AMOUNT_ANSWERS = ['householdIncomePerCapita', 'claimAmount'] as const satisfies readonly AnswerField[];

export const LAWS = [
  'legal-aid-law',
  'labour-dispute-law',
  'work-injury-regulation',
  'wage-payment-regulation',
  'labour-contract-law',
  'social-insurance-law',
  'spc-labour-interpretation-1',
  // Added with the legal review.
  'spc-work-injury-provisions-2014',
  'civil-code',
  'mohrss-2016-29',
  'criminal-law',
  'labour-law',
] as const;
export type Law = (typeof LAWS)[number];

/** One provision: article, and where the article has them, paragraph (款) and item (项). */
export interface Citation {
  law: Law;
  article: number;
  paragraph?: number;
  item?: number;
  /** 之一, 之二: an article inserted after `article` by an amendment (刑法 第二百七十六条之一). */
  sub?: number;
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
  'D5',
  'D6',
  'E1',
  'E2',
  'E4',
  'F1',
  'F2',
  'G1',
  'G2',
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
  /** 'civil': the three-year limit of a court case (民法典 188), for a pensioner's wages. */
  kind: 'arbitration' | 'injury-recognition' | 'civil';
  /**
   * YYYY-MM-DD, the SAFE date to tell the worker: no unproved interruption, no holiday extension, and the
   * earlier end of a half-remembered month.
   */
  date: string;
  /** Days from `today` to `date`; negative once it has passed. */
  daysLeft: number;
  /** The legal last day: proven interruptions counted, moved off a public holiday (民法典 203). */
  lastDay: string;
}

export interface Threshold {
  amount: number;
  effectiveFrom: string;
  source: string;
  /** In a pack: the bureau has not confirmed the value against the current text. */
  unverified?: boolean;
}

export interface Assessment {
  legalAid: LegalAidVerdict;
  economicCheck: EconomicCheck;
  urgent: boolean;
  deadline: Deadline | null;
  /** True only after `deadline.lastDay`, and never where the limitation is disputed or time is excluded. */
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
