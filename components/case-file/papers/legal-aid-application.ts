import { formatClaimBasis } from '../../eligibility/engine/claim.strings.js';
import type { Citation } from '../../eligibility/engine/types.js';
import { BLANK, cite, orBlank, paperDate, paperYuan, type Paper, type PaperInput } from './model.js';
import { fill, paperWords as w } from './paper.words.js';
import { applicantFacts, respondentNames } from './facts-text.js';

const ART_41: Citation = { law: 'legal-aid-law', article: 41 };
const ART_42_3: Citation = { law: 'legal-aid-law', article: 42, item: 3 };
const ART_32: Citation = { law: 'legal-aid-law', article: 32 };

/**
 * 法律援助申请表, filled in: the applicant, the matter and the other side, the facts, and the economic status
 * as the result found it: the 42(3) exemption stated, or the 41 pledge to sign.
 */
export function legalAidApplication({ facts, claim, economicCheck }: PaperInput): Paper {
  const worker = facts.worker ?? {};
  const injury = facts.matter === 'work-injury';
  const gender = worker.gender ? w[worker.gender] : undefined;
  const blocks: Paper['blocks'] = [
    {
      kind: 'fields',
      heading: w.aidApplicant,
      rows: [
        [w.name, orBlank(worker.name)],
        [w.gender, orBlank(gender)],
        [w.birthDate, paperDate(worker.birthDate)],
        [w.ethnicity, orBlank(worker.ethnicity)],
        [w.idNumber, orBlank(worker.idNumber)],
        [w.hukou, orBlank(worker.hukou)],
        [w.address, orBlank(worker.address)],
        [w.phone, orBlank(worker.phone)],
        [w.workplace, respondentNames(facts)],
        [w.ruralWorker, economicCheck === 'waived' ? w.yes : BLANK],
      ],
    },
    {
      kind: 'fields',
      heading: w.aidMatter,
      rows: [
        [w.aidMatterLabel, injury ? w.aidMatterInjury : w.aidMatterWages],
        [w.aidOtherSide, respondentNames(facts)],
        [w.aidAmount, claim.items.length ? paperYuan(claim.total) : BLANK],
      ],
    },
    { kind: 'heading', text: w.aidFacts },
    ...applicantFacts(facts, claim).map((text) => ({ kind: 'paragraph' as const, text })),
    ...claim.items.map((item) => ({
      kind: 'paragraph' as const,
      text: `${formatClaimBasis(item, 'zh-CN').name}：${paperYuan(item.amount)}`,
    })),
    { kind: 'heading', text: w.aidEconomy },
  ];
  if (economicCheck === 'waived') {
    const who = injury ? w.aidWaivedInjury : w.aidWaivedWages;
    blocks.push({ kind: 'paragraph', text: fill(w.aidWaived, { who, citation: cite([ART_42_3]) }) });
  } else if (economicCheck === 'no-condition') {
    blocks.push({ kind: 'paragraph', text: fill(w.aidNoCondition, { citation: cite([ART_32]) }) });
  } else {
    const income = facts.householdIncomePerCapita;
    blocks.push(
      { kind: 'heading', text: w.aidPledgeHeading },
      {
        kind: 'paragraph',
        text: fill(w.aidPledge, { citation: cite([ART_41]), income: income === undefined ? undefined : paperYuan(income) }),
      },
      { kind: 'closing', lines: [w.aidPledgeSign, w.signDate] },
    );
  }
  blocks.push({ kind: 'paragraph', text: w.aidDeclaration }, { kind: 'closing', lines: [w.sign, w.signDate] });
  return { id: 'legal-aid-application', title: w.aidTitle, blocks, footer: w.footer };
}
