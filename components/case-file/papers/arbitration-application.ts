import { formatClaimBasis } from '../../eligibility/engine/claim.strings.js';
import { chineseNumeral } from '../../eligibility/engine/citations.js';
import type { Respondent } from '../case-facts.js';
import { applicantFacts } from './facts-text.js';
import { BLANK, cite, orBlank, paperDate, paperYuan, type Block, type Paper, type PaperInput } from './model.js';
import { evidenceWords, fill, paperWords as w } from './paper.words.js';

/** 调解仲裁法 28 names what an application holds, in this order, and asks for a copy for each respondent. */

const MISSING_WORDS: Record<string, string> = {
  monthlyWage: '月工资',
  dailyWage: '日工资',
  startedWork: '入职时间',
  employmentEnded: '离职时间',
  'injury.monthlyWage': '受伤前的月工资',
  'injury.grade': '伤残等级',
};

function respondentLine(respondent: Respondent, index: number, count: number): string {
  return fill(w.respondent, {
    n: count > 1 ? chineseNumeral(index + 1) : null,
    role: w.roles[respondent.role],
    name: respondent.name,
    address: respondent.address,
    head: respondent.head,
    phone: respondent.phone,
  });
}

function claimBlocks({ facts, claim }: PaperInput): Block[] {
  const items = claim.items.map((item, i) => {
    const { name, formula } = formatClaimBasis(item, 'zh-CN');
    return `${i + 1}. ${fill(w.claimLine, { name, amount: paperYuan(item.amount), formula, citation: cite(item.citations) })}`;
  });
  const lines = items.length ? [...items, fill(w.claimTotal, { total: paperYuan(claim.total) })] : [];
  const missing = claim.missing.filter((key) => MISSING_WORDS[key]).map((key) => MISSING_WORDS[key]!);
  if (missing.length) lines.push(fill(w.claimNone, { missing: missing.join('、') }));
  if (facts.matter === 'work-injury' && !claim.items.some((item) => item.id === 'injury-lump-sum')) lines.push(w.claimInjuryLater);
  return [
    { kind: 'heading', text: w.claims },
    { kind: 'list', items: lines.length ? lines : [BLANK], numbered: true },
  ];
}

/** 劳动人事争议仲裁申请书: the original and one copy for each respondent. */
export function arbitrationApplications(input: PaperInput): Paper[] {
  const { facts, claim, authorities } = input;
  const worker = facts.worker ?? {};
  const respondents = facts.respondents?.length ? facts.respondents : [{ role: 'employer' as const }];
  const evidence = (facts.evidence ?? []).map((id) => {
    const words = evidenceWords[id];
    return `${fill(w.evidenceLine, { name: words.name, source: words.source })}`;
  });
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: fill(w.applicant, {
        name: worker.name,
        gender: worker.gender ? w[worker.gender] : undefined,
        birth: worker.birthDate ? paperDate(worker.birthDate) : undefined,
        ethnicity: worker.ethnicity,
        id: worker.idNumber,
        address: worker.address,
        phone: worker.phone,
      }),
    },
    ...respondents.map((r, i) => ({ kind: 'paragraph' as const, text: respondentLine(r, i, respondents.length) })),
    ...claimBlocks(input),
    { kind: 'heading', text: w.factsHeading },
    ...applicantFacts(facts, claim).map((text) => ({ kind: 'paragraph' as const, text })),
    { kind: 'paragraph', text: w.factClose },
    { kind: 'heading', text: w.evidenceHeading },
    { kind: 'list', items: evidence.length ? evidence.map((line, i) => `${i + 1}. ${line}`) : [w.evidenceNone], numbered: true },
    { kind: 'salute', to: orBlank(authorities.labourArbitration) },
    { kind: 'closing', lines: [w.sign, w.signDate] },
    { kind: 'paragraph', text: fill(w.attachments, { copies: respondents.length }) },
  ];
  const copies = [w.original, ...respondents.map((r) => fill(w.copyFor, { name: r.name }))];
  return copies.map((copy) => ({ id: 'arbitration-application', title: w.arbTitle, copy, blocks, footer: w.footer }));
}
