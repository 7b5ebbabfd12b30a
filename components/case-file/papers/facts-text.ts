import type { Claim } from '../../eligibility/engine/claim.js';
import type { Citation } from '../../eligibility/engine/types.js';
import type { CaseFacts } from '../case-facts.js';
import { BLANK, cite, orBlank, paperDate, paperYuan } from './model.js';
import { fill, paperWords as w } from './paper.words.js';

/** The facts in sentences, shared by the legal-aid form and the arbitration application. */

const GENERAL_CONTRACTOR_PAYS: Citation[] = [{ law: 'wage-payment-regulation', article: 30 }];

/** The respondents' names, 「、」 between them. */
export function respondentNames(facts: CaseFacts): string {
  const names = (facts.respondents ?? []).map((r) => r.name?.trim()).filter(Boolean);
  return names.length ? names.join('、') : BLANK;
}

function employerName(facts: CaseFacts): string {
  const employer = facts.respondents?.find((r) => r.role !== 'general-contractor') ?? facts.respondents?.[0];
  return orBlank(employer?.name);
}

/** When he started, what work, the wage, the contract, what is owed, how it ended, the injury. */
export function applicantFacts(facts: CaseFacts, claim: Claim): string[] {
  const c = facts.claim ?? {};
  const wage =
    c.monthlyWage !== undefined
      ? fill(w.factMonthly, { wage: paperYuan(c.monthlyWage) })
      : c.dailyWage !== undefined
        ? fill(w.factDaily, { wage: paperYuan(c.dailyWage) })
        : w.factWageUnknown;
  const site = facts.work?.site?.trim();
  const lines = [
    fill(w.factStart, {
      start: paperDate(c.startedWork),
      workplace: employerName(facts),
      job: facts.work?.job?.trim(),
      site: site ? fill(w.factSite, { site }) : null,
      wage,
    }),
  ];
  if (c.contractSigned) lines.push(fill(w.factContractLate, { date: paperDate(c.contractSigned) }));
  else if (c.writtenContract === false) lines.push(w.factNoContract);
  const unpaid = claim.items.find((item) => item.id === 'unpaid-wages');
  if (unpaid) lines.push(fill(w.factUnpaid, { amount: paperYuan(unpaid.amount) }));
  if (c.endReason === 'still-employed') lines.push(w.factStill);
  else if (c.employmentEnded || c.endReason)
    lines.push(fill(w.factEnded, { date: paperDate(c.employmentEnded), reason: c.endReason ? w.reasons[c.endReason] : undefined }));
  const injury = facts.injury;
  if (facts.matter === 'work-injury' && injury) {
    lines.push(
      fill(w.factInjury, {
        date: paperDate(injury.date),
        place: injury.place,
        how: injury.how,
        part: injury.bodyPart,
        hospital: injury.hospital,
        diagnosis: injury.diagnosis,
      }),
    );
    if (c.injury?.grade) lines.push(fill(w.factGrade, { grade: c.injury.grade }));
  }
  const general = facts.respondents?.find((r) => r.role === 'general-contractor' && r.name?.trim());
  if (general && unpaid) lines.push(fill(w.factGeneral, { name: general.name, citation: cite(GENERAL_CONTRACTOR_PAYS) }));
  return lines;
}
