import { EVIDENCE, type EvidenceId } from '../case-facts.js';
import type { Paper, PaperInput } from './model.js';
import { evidenceWords, fill, paperWords as w } from './paper.words.js';

/** What each matter needs proved: a wage claim the work and the pay, an injury also the hurt. */
const NEEDED: Record<'unpaid-wages' | 'work-injury', readonly EvidenceId[]> = {
  'unpaid-wages': ['id-card', 'hukou-or-residence', 'work-pass', 'pay-records', 'attendance', 'chat-records', 'witness'],
  'work-injury': ['id-card', 'hukou-or-residence', 'work-pass', 'pay-records', 'medical-records', 'injury-photos', 'witness'],
};

/** 证据清单: what he has (name, source, what it proves), what to get and where, and what to bring. */
export function evidenceList({ facts }: PaperInput): Paper {
  const matter = facts.matter ?? 'unpaid-wages';
  const has = EVIDENCE.filter((id) => facts.evidence?.includes(id));
  const toGet = NEEDED[matter].filter((id) => !has.includes(id));
  const rows = has.map((id, i) => {
    const e = evidenceWords[id];
    return [String(i + 1), e.name, e.source, e.proves, w.evCopyKind];
  });
  const bring = matter === 'work-injury' ? [...w.evBringList, w.evBringInjury] : [...w.evBringList];
  return {
    id: 'evidence-list',
    title: w.evTitle,
    blocks: [
      { kind: 'table', head: [...w.evHead], rows },
      ...(toGet.length
        ? [
            {
              kind: 'list' as const,
              heading: w.evToGet,
              items: toGet.map((id) => fill(w.evToGetLine, { name: evidenceWords[id].name, where: evidenceWords[id].where })),
            },
          ]
        : []),
      { kind: 'list', heading: w.evBring, items: bring },
    ],
    footer: w.footer,
  };
}
