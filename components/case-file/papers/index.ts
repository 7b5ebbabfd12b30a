import { arbitrationApplications } from './arbitration-application.js';
import { evidenceList } from './evidence-list.js';
import { injuryRecognition } from './injury-recognition.js';
import { legalAidApplication } from './legal-aid-application.js';
import type { Paper, PaperInput } from './model.js';
import { paperWords } from './paper.words.js';

/**
 * Every paper a worker takes to the workstation, in the order he hands them over: the legal-aid form, the
 * arbitration application (the original and a copy for each respondent), the evidence list, and for an
 * injury the recognition facts sheet. Pure: the same answers always give the same papers.
 */
export function buildPapers(input: PaperInput): Paper[] {
  const papers = [legalAidApplication(input), ...arbitrationApplications(input), evidenceList(input)];
  if (input.facts.matter === 'work-injury') papers.push(injuryRecognition(input));
  return papers;
}

/** A paper as plain text, line by line: for tests, screen readers' summaries and the picture. */
export function paperText(paper: Paper): string[] {
  const lines = [paper.title, ...(paper.copy ? [paper.copy] : [])];
  for (const block of paper.blocks) {
    if (block.kind === 'heading' || block.kind === 'paragraph') lines.push(block.text);
    else if (block.kind === 'fields') lines.push(...(block.heading ? [block.heading] : []), ...block.rows.map(([l, v]) => `${l}：${v}`));
    else if (block.kind === 'list') lines.push(...(block.heading ? [block.heading] : []), ...block.items);
    else if (block.kind === 'table')
      lines.push(...(block.heading ? [block.heading] : []), block.head.join(' | '), ...block.rows.map((r) => r.join(' | ')));
    else if (block.kind === 'salute') lines.push(paperWords.salute, block.to);
    else lines.push(...block.lines);
  }
  lines.push(paper.footer);
  return lines;
}

export type { Paper, PaperInput, PaperContext, Authorities, Block, PaperId } from './model.js';
