import { formatCitation } from '../../eligibility/engine/citations.js';
import type { Claim } from '../../eligibility/engine/claim.js';
import type { Citation } from '../../eligibility/engine/types.js';
import type { CaseFacts, EconomicCheck } from '../case-facts.js';

/**
 * The papers as data: each a title and blocks in the official form's order, always in Chinese (they go to
 * Chinese authorities). The widget draws them as A4 pages and as a picture; tests read them as text.
 */

export type Block =
  /** A form's table of labelled boxes, one row each. */
  | { kind: 'fields'; heading?: string; rows: [label: string, value: string][] }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  /** `numbered`: the items carry their own numbers (仲裁请求 1. 2.), so no bullet is drawn. */
  | { kind: 'list'; heading?: string; items: string[]; numbered?: boolean }
  | { kind: 'table'; heading?: string; head: string[]; rows: string[][] }
  /** 「此致」 indented, the addressee on the next line at the margin, as a letter to an authority ends. */
  | { kind: 'salute'; to: string }
  /** Right-aligned lines at the end: the signature and date lines. */
  | { kind: 'closing'; lines: string[] };

export const PAPER_IDS = ['legal-aid-application', 'arbitration-application', 'evidence-list', 'injury-recognition'] as const;
export type PaperId = (typeof PAPER_IDS)[number];

export interface Paper {
  id: PaperId;
  title: string;
  /** 「正本」, 「副本（送被申请人某某）」: the arbitration application, once for each respondent too. */
  copy?: string;
  blocks: Block[];
  /** Prepared from the worker's answers; to be checked at the workstation. */
  footer: string;
}

/** The authorities the papers are addressed to, from the region's rule pack (data, never guessed). */
export interface Authorities {
  /** 「中山市劳动人事争议仲裁委员会」. */
  labourArbitration?: string;
  /** The social-insurance department that recognises injuries: 「中山市人力资源和社会保障局」. */
  injuryRecognition?: string;
  /** 「中山市法律援助处」. */
  legalAidCentre?: string;
}

export interface PaperContext {
  claim: Claim;
  today: string;
  economicCheck: EconomicCheck;
  authorities: Authorities;
}

export type PaperInput = { facts: CaseFacts } & PaperContext;

/** A line to fill in by hand, where a fact is not known yet. */
export const BLANK = '＿＿＿＿＿＿';

export const orBlank = (value: string | undefined | null): string => (value?.trim() ? value.trim() : BLANK);

/** 2026年12月2日, or 2025年3月 for a remembered month; blank when unknown. */
export function paperDate(value: string | undefined): string {
  if (!value) return BLANK;
  const [year, month, day] = value.split('-').map(Number);
  return `${year}年${month}月${day ? `${day}日` : ''}`;
}

/** 12,000元, 12,345.5元: digits as on a pay slip. */
export const paperYuan = (value: number): string => `${new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }).format(value)}元`;

export const cite = (citations: readonly Citation[]): string => citations.map((c) => formatCitation(c, 'zh-CN')).join('、');
