import type { ClaimFacts } from '../eligibility/engine/claim.js';

/**
 * What the papers are made from: the worker, the other side, the facts and the evidence. Everything is
 * optional, as a worker may not know it yet; a paper leaves a line to fill in by hand where a fact is missing.
 * `claim` is exactly what calculateClaim takes, so another widget (the work log's monthly summary) can hand
 * its figures over unchanged.
 */

export const CASE_MATTERS = ['unpaid-wages', 'work-injury'] as const;
export type CaseMatter = (typeof CASE_MATTERS)[number];

export interface Worker {
  name?: string;
  gender?: 'male' | 'female';
  /** YYYY-MM-DD; read from the ID number when one is given. */
  birthDate?: string;
  ethnicity?: string;
  /** 18 characters, GB 11643 (checked by isValidIdNumber). */
  idNumber?: string;
  phone?: string;
  /** Where he lives now (住所地 / 经常居住地). */
  address?: string;
  /** 户籍所在地, e.g. 「四川省达州市渠县某某村」. */
  hukou?: string;
}

/** Who the claim is against: the employer, the gang boss (包工头), the general contractor (总承包单位). */
export const RESPONDENT_ROLES = ['employer', 'gang-boss', 'general-contractor'] as const;
export type RespondentRole = (typeof RESPONDENT_ROLES)[number];

export interface Respondent {
  role: RespondentRole;
  name?: string;
  phone?: string;
  /** 住所 of a company, or where a person can be found (the site). */
  address?: string;
  /** 法定代表人或者主要负责人 (调解仲裁法 28(1)). */
  head?: string;
}

export interface Work {
  /** What work: 「钢筋工」, 「快递员」. */
  job?: string;
  /** Where: the site or shop address. */
  site?: string;
}

export interface InjuryEvent {
  /** YYYY-MM-DD. */
  date?: string;
  place?: string;
  /** What happened, in his words. */
  how?: string;
  /** Which part of the body. */
  bodyPart?: string;
  hospital?: string;
  /** The doctor's diagnosis. */
  diagnosis?: string;
  /** Did the employer apply for recognition within 30 days (工伤保险条例 17(1))? */
  employerApplied?: boolean;
}

/** Evidence a worker may hold; the evidence list says what each proves and where to get the missing ones. */
export const EVIDENCE = [
  'id-card',
  'hukou-or-residence',
  'contract',
  'work-pass',
  'pay-records',
  'attendance',
  'iou',
  'chat-records',
  'witness',
  'medical-records',
  'injury-photos',
] as const;
export type EvidenceId = (typeof EVIDENCE)[number];

export interface CaseFacts {
  matter?: CaseMatter;
  worker?: Worker;
  respondents?: Respondent[];
  work?: Work;
  /** The amounts' facts, as calculateClaim takes them. */
  claim?: ClaimFacts;
  injury?: InjuryEvent;
  /** The evidence he has now. */
  evidence?: EvidenceId[];
  /** Household income per person a month, yuan: the means pledge (法律援助法 41). */
  householdIncomePerCapita?: number;
}

/** The economic check the result gave: waived (42), no condition (32), or the pledge (41). */
export type EconomicCheck = 'waived' | 'no-condition' | 'required';
