import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  ASSISTANCE,
  CONFIRM_PURPOSES,
  EMPLOYMENT,
  INJURY_DELAYS,
  MATTERS,
  PENSIONS,
  SHIPPED_CALENDAR,
  SHIPPED_PACKS,
  assess,
  parseHolidayCalendar,
  chineseNumeral,
  EligibilityInputError,
  formatCitation,
  parseRulePack,
  parseRuleSet,
  SWITCHES,
  type Answers,
  type Assessment,
  type Citation,
  type RulePack,
} from '../../components/eligibility/engine/index.js';

const TODAY = '2026-11-29';
const loadPack = async (region: string): Promise<RulePack> => parseRulePack(await (await fetch(`/content/rules/${region}.json`)).json());
const packs: RulePack[] = await Promise.all(['000000', '110000', '320000', '320100', '440000', '442000'].map(loadPack));
const calendar = parseHolidayCalendar(await (await fetch('/content/calendar/holidays.json')).json());

const run = (answers: Answers, options: Partial<Parameters<typeof assess>[1]> = {}): Assessment =>
  assess(answers, { today: TODAY, region: '442000', packs, calendar, ...options });
const reason = (result: Assessment, rule: string) => result.reasons.find((r) => r.rule === rule);
const cites = (result: Assessment, rule: string, expected: Citation[]) => expect(reason(result, rule)?.citations).to.deep.equal(expected);
const migrantOwedWages: Answers = { matter: 'unpaid-wages', ruralWorker: true, proofOfStatus: true, employment: 'ongoing' };

describe('the scenarios the bureau named', () => {
  it('still employed, 3 months owed, 5 months without a written contract: eligible, waived, not time-barred, double wages', () => {
    const result = run({ ...migrantOwedWages, writtenContract: false, startedWork: '2026-06-20' });
    expect(result.legalAid).to.equal('eligible');
    expect(result.economicCheck).to.equal('waived');
    expect(result.timeBarred).to.equal(false);
    expect(result.deadline).to.equal(null);
    expect(result.notes).to.include('double-wages');
    expect(result.citations).to.deep.include({ law: 'legal-aid-law', article: 42, item: 3 });
  });

  it('employment ended 11 months 26 days ago: urgent, 4 days left', () => {
    const result = run({ ...migrantOwedWages, employment: 'ended', employmentEnded: '2025-12-03' });
    expect(result.deadline).to.deep.equal({ kind: 'arbitration', date: '2026-12-03', daysLeft: 4, lastDay: '2026-12-03' });
    expect(result.urgent).to.equal(true);
    expect(result.notes).to.include('aid-before-decision');
    expect(result.nextSteps.slice(0, 2)).to.deep.equal(['file-arbitration-today', 'apply-legal-aid']);
    cites(result, 'C3', [{ law: 'legal-aid-law', article: 44, paragraph: 1, item: 1 }]);
  });

  it('an urban-hukou courier above the standard: not eligible, with free alternatives', () => {
    const result = run({
      matter: 'unpaid-wages',
      ruralWorker: false,
      assistance: 'none',
      householdIncomePerCapita: 4200,
      employment: 'ongoing',
    });
    expect(result.legalAid).to.equal('not-eligible');
    expect(result.economicCheck).to.equal('required');
    expect(result.threshold).to.deep.include({ amount: 2592, effectiveFrom: '2023-03-10' });
    expect(result.nextSteps).to.include.members(['call-12348', 'free-arbitration', 'labour-inspection-12333']);
    expect(result.notes).to.include.members(['objection', 'not-eligible-may-still-apply']);
    expect(result.nextSteps).to.include('apply-legal-aid');
  });

  it('a construction worker injured 10 months ago whose employer never applied: may apply within the year, waived', () => {
    const result = run({
      matter: 'work-injury',
      ruralWorker: true,
      proofOfStatus: true,
      construction: true,
      injuryDate: '2026-01-29',
      employerAppliedInjury: false,
    });
    expect(result.legalAid).to.equal('eligible');
    expect(result.economicCheck).to.equal('waived');
    expect(result.deadline).to.deep.equal({ kind: 'injury-recognition', date: '2027-01-29', daysLeft: 61, lastDay: '2027-01-29' });
    expect(result.nextSteps).to.include('apply-injury-recognition');
    cites(result, 'D4', [{ law: 'work-injury-regulation', article: 17, paragraph: 2 }]);
  });

  it("a contractor's material costs: out of scope, with a referral", () => {
    const result = run({ matter: 'project-payment', ruralWorker: true });
    expect(result.legalAid).to.equal('out-of-scope');
    expect(result.notes).to.include.members(['workers-wages-separate', 'civil-route']);
    expect(result.nextSteps).to.include.members(['civil-court', 'call-12348']);
    cites(result, 'A7', [{ law: 'wage-payment-regulation', article: 52 }]);
  });

  it('a wage claim of 20,000 where 12 months of minimum wage is 24,000: final award', () => {
    const city: RulePack = {
      region: '999001',
      parent: '000000',
      name: { 'zh-CN': '示例', en: 'Demo' },
      minimumWage: [{ amount: 2000, effectiveFrom: '2025-01-01', source: 'test' }],
    };
    const result = run({ ...migrantOwedWages, claimAmount: 20_000 }, { region: '999001', packs: [...packs, city] });
    expect(result.notes).to.include('final-award');
    cites(result, 'E2', [
      { law: 'labour-dispute-law', article: 47, item: 1 },
      { law: 'labour-dispute-law', article: 48 },
    ]);
    expect(run({ ...migrantOwedWages, claimAmount: 24_001 }, { region: '999001', packs: [...packs, city] }).notes).not.to.include(
      'final-award',
    );
  });
});

describe('every rule gives its outcome with its legal basis', () => {
  it('A1 (法援法 31): each listed matter is in scope under its item, the new ones included', () => {
    const items = {
      'state-compensation': 1,
      'social-insurance': 2,
      'family-support': 4,
      'unpaid-wages': 5,
      'confirm-employment': 5,
      'double-wages': 5,
      'overtime-pay': 5,
      'work-injury': 7,
      'traffic-accident': 7,
      'medical-accident': 7,
    } as const;
    for (const [matter, item] of Object.entries(items))
      cites(run({ matter } as Answers), 'A1', [{ law: 'legal-aid-law', article: 31, item }]);
  });

  it('A1 (法援法 31(9), 23): "other" and dismissal are "may be covered, ask 12348 first", never out of scope', () => {
    for (const matter of ['other', 'dismissal'] as const) {
      const result = run({ matter });
      expect(result.legalAid, matter).to.equal('means-test');
      expect(result.notes).to.include('may-be-covered');
      expect(result.nextSteps.slice(0, 2)).to.deep.equal(['call-12348', 'apply-legal-aid']);
      cites(result, 'A1', [
        { law: 'legal-aid-law', article: 31, item: 9 },
        { law: 'legal-aid-law', article: 23 },
      ]);
    }
    // "or better where an exemption holds": a 低保 family is eligible whatever the matter.
    expect(run({ matter: 'other', assistance: 'dibao' }).legalAid).to.equal('eligible');
    for (const matter of MATTERS.filter((m) => m !== 'project-payment'))
      expect(run({ matter }).legalAid, matter).not.to.equal('out-of-scope');
  });

  it('A2: a migrant worker claiming wages skips the check; without papers the check applies', () => {
    cites(run(migrantOwedWages), 'A2', [
      { law: 'legal-aid-law', article: 42, item: 3 },
      { law: 'wage-payment-regulation', article: 45 },
    ]);
    expect(run(migrantOwedWages).notes).to.include('green-channel');
    expect(run({ ...migrantOwedWages, proofOfStatus: undefined }).notes).to.include('bring-proof-of-status');
    expect(run({ ...migrantOwedWages, proofOfStatus: false }).economicCheck).to.equal('required');
  });

  it('A3: people on dibao are exempt from the check', () => {
    const result = run({ matter: 'traffic-accident', assistance: 'dibao' });
    expect(result.economicCheck).to.equal('waived');
    cites(result, 'A3', [{ law: 'legal-aid-law', article: 42, item: 2 }]);
  });

  it('A4: a domestic-violence victim faces no economic condition, and sees 110 first', () => {
    const result = run({ matter: 'domestic-violence', householdIncomePerCapita: 99_999 });
    expect(result.economicCheck).to.equal('no-condition');
    expect(result.legalAid).to.equal('eligible');
    expect(result.nextSteps[0]).to.equal('call-110');
    cites(result, 'A4', [{ law: 'legal-aid-law', article: 32, item: 4 }]);
  });

  it("A5 (法援法 34, 41): Zhongshan's standard is 「不超过2592元」: income equal to it qualifies", () => {
    const base: Answers = { matter: 'traffic-accident', assistance: 'none' };
    expect(run({ ...base, householdIncomePerCapita: 2000 }).legalAid).to.equal('eligible');
    expect(run({ ...base, householdIncomePerCapita: 2592 }).legalAid).to.equal('eligible');
    expect(run({ ...base, householdIncomePerCapita: 2593 }, { today: '2024-05-01' }).legalAid).to.equal('not-eligible');
    expect(run(base).legalAid).to.equal('means-test');
    expect(run(base).missing).to.include('householdIncomePerCapita');
    cites(run(base), 'A5', [
      { law: 'legal-aid-law', article: 34 },
      { law: 'legal-aid-law', article: 41 },
    ]);
  });

  it('A5 in Jiangsu: the standard is the local minimum wage, and income equal to it still qualifies', () => {
    const result = run({ matter: 'traffic-accident', assistance: 'none', householdIncomePerCapita: 2280 }, { region: '320100' });
    expect(result.threshold).to.deep.include({ amount: 2280 });
    expect(result.legalAid).to.equal('eligible');
    // The province itself lists no wage: no number is borrowed from a city.
    expect(run({ matter: 'traffic-accident', assistance: 'none', householdIncomePerCapita: 100 }, { region: '320000' }).legalAid).to.equal(
      'means-test',
    );
  });

  it('A6 (法援法 42(3)): confirming employment for other ends keeps the check, but never alone says "no"; Beijing no longer widens it', () => {
    const answers: Answers = { matter: 'confirm-employment', ruralWorker: true, proofOfStatus: true, confirmPurpose: 'other' };
    const national = run(answers);
    expect(national.economicCheck).to.equal('required');
    cites(national, 'A6', [{ law: 'legal-aid-law', article: 42, item: 3 }]);
    expect(run(answers, { region: '110000' }).economicCheck).to.equal('required');
    const rich = run({ ...answers, assistance: 'none', householdIncomePerCapita: 9000 });
    expect(rich.legalAid).to.equal('means-test');
    expect(rich.nextSteps).to.include('apply-legal-aid');
  });

  it('A2 (法援法 42(3)): confirming employment to claim wages or injury compensation is exempt, as those matters are', () => {
    for (const confirmPurpose of ['wages', 'injury'] as const) {
      const result = run({ matter: 'confirm-employment', ruralWorker: true, proofOfStatus: true, confirmPurpose });
      expect(result.economicCheck, confirmPurpose).to.equal('waived');
      expect(result.notes).to.include('confirm-employment-exempt');
      cites(result, 'A2', [
        { law: 'legal-aid-law', article: 42, item: 3 },
        { law: 'wage-payment-regulation', article: 45 },
      ]);
    }
    expect(run({ matter: 'confirm-employment', ruralWorker: true }).missing[0]).to.equal('confirmPurpose');
  });

  it('A2 (法援法 42(3) 「有材料证明」): a rural worker without papers today is first told how to get them', () => {
    const result = run({ ...migrantOwedWages, proofOfStatus: false });
    expect(result.economicCheck).to.equal('required');
    expect(result.nextSteps[0]).to.equal('get-proof-of-status');
    expect(result.notes).to.include('proof-of-status-waives-check');
    expect(reason(result, 'A2')?.outcome).to.equal('proof-needed');
  });

  it('A7 is a switch: a bureau that reads project payments as wages puts them in scope', () => {
    const lenient: RulePack = {
      region: '999002',
      parent: '000000',
      name: { 'zh-CN': '示例', en: 'Demo' },
      switches: { projectPaymentIsNotWages: [{ value: false, effectiveFrom: '2024-01-01', source: 'test' }] },
    };
    const result = run({ matter: 'project-payment' }, { region: '999002', packs: [...packs, lenient] });
    expect(result.legalAid).to.equal('means-test');
    expect(reason(result, 'A7')).to.equal(undefined);
  });

  it('C1 (法援法 43): a decision within 7 days; the same day only where the pack promises it', () => {
    cites(run(migrantOwedWages), 'C1', [{ law: 'legal-aid-law', article: 43 }]);
    expect(run(migrantOwedWages).notes).to.include('same-day');
    expect(run(migrantOwedWages, { region: '000000' }).notes).not.to.include('same-day');
    expect(run(migrantOwedWages, { region: '110000' }).notes).not.to.include('same-day');
    const promise: RulePack = {
      region: '999003',
      parent: '000000',
      name: { 'zh-CN': '示例', en: 'Demo' },
      switches: { sameDayGreenChannel: [{ value: true, effectiveFrom: '2024-01-01', source: 'test' }] },
    };
    expect(run(migrantOwedWages, { region: '999003', packs: [...packs, promise] }).notes).to.include('same-day');
  });

  it('C3 (法援法 44第一款第（二）项): assets about to vanish make it urgent, and the worker asks the lawyer for 财产保全', () => {
    const result = run({ ...migrantOwedWages, needsPreservation: true });
    expect(result.urgent).to.equal(true);
    expect(result.notes).to.include('ask-for-preservation');
    cites(result, 'C3', [{ law: 'legal-aid-law', article: 44, paragraph: 1, item: 2 }]);
  });

  it('C4: a refusal can be objected to', () => {
    cites(run({ matter: 'traffic-accident', assistance: 'none', householdIncomePerCapita: 9000 }), 'C4', [
      { law: 'legal-aid-law', article: 43 },
      { law: 'legal-aid-law', article: 49 },
    ]);
  });

  it('D1 (调解仲裁法 27(4), 27(2)): one year from the end; a demand restarts it only as far as it can be proved', () => {
    const ended: Answers = { ...migrantOwedWages, employment: 'ended', employmentEnded: '2026-03-01' };
    expect(run(ended).deadline).to.deep.equal({ kind: 'arbitration', date: '2027-03-01', daysLeft: 92, lastDay: '2027-03-01' });
    cites(run(ended), 'D1', [{ law: 'labour-dispute-law', article: 27, paragraph: 4 }]);
    // Proven: both dates move. Unknown: only the legal last day, and the worker is told to keep the proof.
    expect(run({ ...ended, lastInterruption: '2026-06-01', interruptionProof: true }).deadline).to.deep.include({
      date: '2027-06-01',
      lastDay: '2027-06-01',
    });
    const unproved = run({ ...ended, lastInterruption: '2026-06-01' });
    expect(unproved.deadline).to.deep.include({ date: '2027-03-01', lastDay: '2027-06-01' });
    expect(unproved.notes).to.include('interruption-needs-proof');
    expect(unproved.missing).to.include('interruptionProof');
    expect(run({ ...ended, lastInterruption: '2026-06-01', interruptionProof: false }).deadline).to.deep.include({
      date: '2027-03-01',
      lastDay: '2027-03-01',
    });
  });

  it('D1: a deadline already passed is time-barred unless the clock restarted, and still says to apply today', () => {
    const result = run({ ...migrantOwedWages, employment: 'ended', employmentEnded: '2025-01-10' });
    expect(result.timeBarred).to.equal(true);
    expect(result.urgent).to.equal(false);
    expect(result.notes).to.include.members(['time-barred-unless-interrupted', 'apply-anyway-today']);
    expect(result.nextSteps).to.include.members(['apply-legal-aid', 'call-12348']);
  });

  it('D2: wages owed during employment have no one-year bar', () => {
    const result = run(migrantOwedWages);
    expect(result.deadline).to.equal(null);
    cites(result, 'D2', [{ law: 'labour-dispute-law', article: 27, paragraph: 4 }]);
  });

  it('D3 (调解仲裁法 27(1)): a dismissal runs one year from when the worker knew', () => {
    const result = run({ matter: 'dismissal', employmentEnded: '2026-05-06' });
    expect(result.deadline?.date).to.equal('2027-05-06');
    expect(result.missing).not.to.include('employment');
    cites(result, 'D3', [
      { law: 'labour-dispute-law', article: 27, paragraph: 1 },
      { law: 'labour-dispute-law', article: 27, paragraph: 2 },
    ]);
  });

  it('D3 (调解仲裁法 27(1), split): confirming employment and social-insurance losses are never "time-barred" as a fact', () => {
    for (const matter of ['confirm-employment', 'social-insurance'] as const) {
      const result = run({ matter, employment: 'ended', employmentEnded: '2024-01-10' });
      expect(result.deadline!.lastDay < TODAY, matter).to.equal(true);
      expect(result.timeBarred, matter).to.equal(false);
      expect(result.notes).to.include.members(['limitation-disputed', 'apply-anyway-today']);
    }
  });

  it('D4 (工伤保险条例 17(2)): a demand does not restart the injury year', () => {
    const result = run({ matter: 'work-injury', injuryDate: '2026-01-29', lastInterruption: '2026-06-01' });
    expect(result.deadline?.date).to.equal('2027-01-29');
    expect(result.missing).not.to.include('interruptionProof');
  });

  it('D4 (工伤保险条例 17(2)): an occupational disease runs from the diagnosis', () => {
    const result = run({ matter: 'work-injury', occupationalDisease: true, diagnosisDate: '2026-09-15', injuryDate: '2024-01-01' });
    expect(result.deadline).to.deep.include({ kind: 'injury-recognition', date: '2027-09-15' });
    expect(result.timeBarred).to.equal(false);
    expect(run({ matter: 'work-injury', occupationalDisease: true }).missing)
      .to.include('diagnosisDate')
      .and.not.include('injuryDate');
  });

  it('D4 (工伤保险条例 14(6), 17(2); 法援法 42(3)): a commuting accident is a work injury, with its clock and the exemption', () => {
    const result = run({ matter: 'traffic-accident', commuting: true, ruralWorker: true, proofOfStatus: true, injuryDate: '2026-06-01' });
    expect(result.economicCheck).to.equal('waived');
    expect(result.deadline).to.deep.include({ kind: 'injury-recognition', date: '2027-06-01' });
    expect(result.nextSteps).to.include('apply-injury-recognition');
    cites(result, 'D4', [
      { law: 'work-injury-regulation', article: 17, paragraph: 2 },
      { law: 'work-injury-regulation', article: 14, item: 6 },
    ]);
    expect(run({ matter: 'traffic-accident' }).missing[0]).to.equal('commuting');
    expect(run({ matter: 'traffic-accident', commuting: false, ruralWorker: true, proofOfStatus: true }).economicCheck).to.equal(
      'required',
    );
  });

  it('D5 (最高法工伤行政案件规定 7(1)): time lost to the employer, detention, force majeure or confirming employment does not count', () => {
    const late: Answers = { matter: 'work-injury', injuryDate: '2025-06-01', employerAppliedInjury: false };
    const items = { 'force-majeure': 1, 'liberty-restricted': 2, employer: 3, 'confirming-employment': 5 } as const;
    for (const [injuryDelay, item] of Object.entries(items)) {
      const result = run({ ...late, injuryDelay } as Answers);
      expect(result.timeBarred, injuryDelay).to.equal(false);
      expect(result.notes).to.include('injury-time-excluded');
      cites(result, 'D5', [{ law: 'spc-work-injury-provisions-2014', article: 7, paragraph: 1, item }]);
    }
    const unknown = run(late);
    expect(unknown.timeBarred).to.equal(false);
    expect(unknown.missing).to.include('injuryDelay');
    expect(unknown.notes).to.include('apply-anyway-explain-delay');
    const none = run({ ...late, injuryDelay: 'none' });
    expect(none.timeBarred).to.equal(true);
    expect(none.nextSteps).to.include.members(['apply-injury-recognition', 'apply-legal-aid']);
    // Within the year the reason is not asked.
    expect(run({ ...late, injuryDate: '2026-06-01' }).missing).not.to.include('injuryDelay');
  });

  it('D6 (劳动合同法 82(1); 调解仲裁法 27(1)): double wages run from the day after the violation ends, act early; month by month where the pack says so', () => {
    const answers: Answers = {
      matter: 'double-wages',
      employment: 'ended',
      startedWork: '2025-01-10',
      employmentEnded: '2025-06-30',
      writtenContract: false,
    };
    const result = run(answers);
    expect(result.deadline).to.deep.include({ date: '2026-06-30' });
    expect(result.notes).to.include('act-early');
    // A job that ran past a year: the violation ended with the 12th month.
    expect(run({ ...answers, employmentEnded: '2026-08-31' }).deadline?.date).to.equal('2027-01-10');
    const monthly: RulePack = {
      region: '999004',
      parent: '000000',
      name: { 'zh-CN': '示例', en: 'Demo' },
      switches: { doubleWagesYearFromViolationEnd: [{ value: false, effectiveFrom: '2008-01-01', source: 'test' }] },
    };
    const byMonth = run(answers, { region: '999004', packs: [...packs, monthly] });
    expect(byMonth.deadline).to.deep.include({ date: '2026-03-10', lastDay: '2026-06-30' });
    expect(reason(byMonth, 'D6')?.outcome).to.equal('month-by-month');
  });

  it('double wages count as labour remuneration for scope and exemption alike, by one switch', () => {
    const migrant: Answers = { matter: 'double-wages', ruralWorker: true, proofOfStatus: true };
    expect(run(migrant).economicCheck).to.equal('waived');
    cites(run(migrant), 'A1', [{ law: 'legal-aid-law', article: 31, item: 5 }]);
    const strict: RulePack = {
      region: '999005',
      parent: '000000',
      name: { 'zh-CN': '示例', en: 'Demo' },
      switches: { doubleWagesAreRemuneration: [{ value: false, effectiveFrom: '2022-01-01', source: 'test' }] },
    };
    const result = run(migrant, { region: '999005', packs: [...packs, strict] });
    expect(result.economicCheck).to.equal('required');
    expect(reason(result, 'A1')?.outcome).to.equal('may-be-covered');
  });

  it('D4: no injury deadline once the employer has applied', () => {
    expect(run({ matter: 'work-injury', injuryDate: '2026-10-01', employerAppliedInjury: true }).deadline).to.equal(null);
  });

  it('E1: labour disputes go to free arbitration', () => {
    cites(run(migrantOwedWages), 'E1', [
      { law: 'labour-dispute-law', article: 53 },
      { law: 'labour-dispute-law', article: 43 },
    ]);
  });

  it('E4 (解释一 15; 劳动合同法 30(2); 民法典 188): a wage IOU is never time-barred, and one written after leaving restarts the year', () => {
    const old: Answers = { ...migrantOwedWages, employment: 'ended', employmentEnded: '2024-06-30', hasIou: true };
    const result = run(old);
    expect(result.timeBarred).to.equal(false);
    expect(result.notes).to.include('sue-on-iou');
    expect(result.missing).to.include('iouDate');
    cites(result, 'E4', [
      { law: 'spc-labour-interpretation-1', article: 15 },
      { law: 'labour-contract-law', article: 30, paragraph: 2 },
      { law: 'civil-code', article: 188, paragraph: 1 },
    ]);
    const restarted = run({ ...old, iouDate: '2026-02-10' });
    expect(restarted.deadline).to.deep.include({ date: '2027-02-10', lastDay: '2027-02-10' });
    expect(restarted.notes).to.include('iou-restarts-clock');
  });

  it('E2 (调解仲裁法 47第（一）项, 48): injury money claims are final too; confirming employment never is', async () => {
    const city: RulePack = {
      region: '999006',
      parent: '000000',
      name: { 'zh-CN': '示例', en: 'Demo' },
      minimumWage: [{ amount: 2000, effectiveFrom: '2025-01-01', source: 'test' }],
    };
    const options = { region: '999006', packs: [...packs, city] };
    expect(run({ matter: 'work-injury', claimAmount: 20_000 }, options).notes).to.include('final-award');
    expect(run({ matter: 'confirm-employment', claimAmount: 20_000 }, options).notes).not.to.include('final-award');
    // The words say it plainly: final for the employer, and the worker may still sue within 15 days.
    const { result: zh } = await import('../../components/eligibility/strings/result.zh-CN.js');
    expect(zh['E2.final-award']).to.contain('15天内还可以去法院起诉');
  });

  it('F1: double wages only after more than a month without a contract', () => {
    cites(run({ ...migrantOwedWages, writtenContract: false, startedWork: '2026-09-01' }), 'F1', [
      { law: 'labour-contract-law', article: 82, paragraph: 1 },
    ]);
    expect(run({ ...migrantOwedWages, writtenContract: false, startedWork: '2026-11-01' }).notes).not.to.include('double-wages');
    expect(run({ ...migrantOwedWages, writtenContract: true, startedWork: '2026-01-01' }).notes).not.to.include('double-wages');
  });

  it('F2: on a building site the general contractor pays first', () => {
    const result = run({ ...migrantOwedWages, construction: true, subcontractorOwes: true });
    expect(result.notes).to.include('general-contractor-pays');
    expect(reason(result, 'F2')?.citations.map((c) => c.article)).to.deep.equal([29, 30, 36]);
  });

  it("G1 (解释一 32(1); 民法典 188): an employees' pensioner takes the civil route with three years; a residents' pension changes nothing", () => {
    const ended: Answers = { ...migrantOwedWages, employment: 'ended', employmentEnded: '2026-10-01' };
    const result = run({ ...ended, drawingPension: true });
    expect(result.notes).to.include('civil-route');
    expect(result.deadline).to.deep.include({ kind: 'civil', date: '2029-10-01' });
    expect(reason(result, 'E1')).to.equal(undefined);
    cites(result, 'G1', [{ law: 'spc-labour-interpretation-1', article: 32, paragraph: 1 }]);
    expect(run({ ...ended, pension: 'employee' }).deadline?.kind).to.equal('civil');
    const rural = run({ ...ended, drawingPension: true, pension: 'resident' });
    expect(rural.deadline?.kind).to.equal('arbitration');
    expect(reason(rural, 'G1')).to.equal(undefined);
    expect(run({ ...ended, drawingPension: true }).missing).to.include('pension');
  });

  it('G2 (人社部发〔2016〕29号 第二条): a pension never removes the injury deadline or step', () => {
    const injured: Answers = { matter: 'work-injury', injuryDate: '2026-02-01', employerAppliedInjury: false };
    for (const pension of PENSIONS) {
      const result = run({ ...injured, pension });
      expect(result.deadline?.kind, pension).to.equal('injury-recognition');
      expect(result.nextSteps).to.include('apply-injury-recognition');
    }
    const employee = run({ ...injured, pension: 'employee' });
    expect(employee.missing).to.include('insuredByEmployer');
    expect(employee.notes).to.include('pensioner-injury-ask');
    cites(employee, 'G2', [{ law: 'mohrss-2016-29', article: 2, paragraph: 2 }]);
    expect(run({ ...injured, pension: 'employee', insuredByEmployer: true }).notes).to.include('pensioner-injury-insured');
    cites(run({ ...injured, pension: 'resident' }), 'G2', [{ law: 'mohrss-2016-29', article: 2, paragraph: 1 }]);
  });

  it('H1 (法援法 23): never a dead end; 12333 for pay and social insurance, not for an injury', () => {
    cites(run({ matter: 'other' }), 'H1', [{ law: 'legal-aid-law', article: 23 }]);
    expect(run({ matter: 'other' }).nextSteps).to.include.members(['call-12348', 'visit-workstation']);
    expect(run(migrantOwedWages).nextSteps).to.include('labour-inspection-12333');
    expect(run({ matter: 'social-insurance' }).nextSteps).to.include('labour-inspection-12333');
    expect(run({ matter: 'work-injury' }).nextSteps).not.to.include('labour-inspection-12333');
  });
});

describe('parameters by region and date', () => {
  it('an unknown region falls back to the national rules and says so', () => {
    const result = run({ matter: 'traffic-accident', assistance: 'none', householdIncomePerCapita: 100 }, { region: '650000' });
    expect(result.region).to.equal('000000');
    expect(result.regionFallback).to.equal(true);
    expect(result.notes).to.include('region-fallback');
    expect(result.legalAid).to.equal('means-test');
  });

  it('a day before any value gives means-test and "ask the local agency", never a borrowed number', () => {
    const result = run({ matter: 'traffic-accident', assistance: 'none', householdIncomePerCapita: 100 }, { today: '2023-03-09' });
    expect(result.threshold).to.equal(null);
    expect(result.legalAid).to.equal('means-test');
    expect(result.notes).to.include('ask-local-agency');
    expect(run({ matter: 'traffic-accident' }, { today: '2023-03-10' }).threshold?.amount).to.equal(2592);
  });

  it('without packs the engine uses its compiled national baseline', () => {
    const result = assess({ matter: 'unpaid-wages', ruralWorker: true, proofOfStatus: true }, { today: TODAY });
    expect(result.legalAid).to.equal('eligible');
    expect(result.threshold).to.equal(null);
  });

  it('content/rules/000000.json states the same national readings the engine compiles in', () => {
    const baseline = packs.find((p) => p.region === '000000')!;
    for (const [id, value] of Object.entries(SWITCHES)) {
      expect(baseline.switches?.[id as keyof typeof SWITCHES]?.[0]?.value, id).to.equal(value);
    }
  });
});

describe('bad input throws one typed error naming every bad field', () => {
  it('lists negative income, an impossible date, a missing today and an unknown matter at once', () => {
    let error: unknown;
    try {
      assess({ matter: 'lottery', householdIncomePerCapita: -5, injuryDate: '2026-02-30' } as unknown as Answers, {} as { today: string });
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(EligibilityInputError);
    const paths = (error as EligibilityInputError).problems.map((p) => p.path);
    expect(paths).to.have.members(['today', 'answers.matter', 'answers.householdIncomePerCapita', 'answers.injuryDate']);
  });

  it('rejects dates after today, leaving before starting, unknown answers and a malformed region', () => {
    const bad = () =>
      assess(
        {
          matter: 'unpaid-wages',
          injuryDate: '2027-01-01',
          startedWork: '2026-05-01',
          employmentEnded: '2026-04-01',
          wage: 1,
        } as unknown as Answers,
        {
          today: TODAY,
          region: 'Zhongshan',
        },
      );
    expect(bad).to.throw(EligibilityInputError, /injuryDate: must not be after today.*employmentEnded: must not be before startedWork/);
    expect(bad).to.throw(/answers\.wage: is not a known answer/);
    expect(bad).to.throw(/region: does not match/);
  });
});

describe('citations read as the statutes write them', () => {
  it('formats Chinese with article, paragraph and item', () => {
    expect(formatCitation({ law: 'legal-aid-law', article: 42, paragraph: 1, item: 3 }, 'zh-CN')).to.equal(
      '《中华人民共和国法律援助法》第四十二条第一款第（三）项',
    );
    expect(formatCitation({ law: 'work-injury-regulation', article: 17, paragraph: 2 }, 'zh-CN')).to.equal(
      '《工伤保险条例》第十七条第二款',
    );
  });

  it('formats English', () => {
    expect(formatCitation({ law: 'legal-aid-law', article: 42, item: 3 }, 'en')).to.equal('Legal Aid Law of the PRC, article 42(3)');
  });

  it('writes Chinese numerals', () => {
    expect([1, 10, 15, 20, 42, 100, 105, 110, 999].map(chineseNumeral)).to.deep.equal([
      '一',
      '十',
      '十五',
      '二十',
      '四十二',
      '一百',
      '一百零五',
      '一百一十',
      '九百九十九',
    ]);
  });
});

describe('rule packs are validated', () => {
  it('names every bad field of a pack', () => {
    const bad = {
      region: '44200',
      name: { 'zh-CN': '中山' },
      threshold: [{ amount: -1, effectiveFrom: '2023-02-30', source: '' }],
      switches: { madeUp: [] },
    };
    expect(() => parseRulePack(bad, 'content/rules/442000.json')).to.throw(
      /content\/rules\/442000\.json: region: .*name\.en: is missing.*threshold\.0\.effectiveFrom: must be a real date.*threshold\.0\.amount: must be at least 1.*threshold\.0\.source.*switches\.madeUp: is not a known switch/,
    );
  });

  it('rejects two values from the same day, and a set whose parent is missing', () => {
    const twice = {
      region: '442000',
      name: { 'zh-CN': '中山', en: 'Zhongshan' },
      threshold: [1, 2].map((amount) => ({ amount, effectiveFrom: '2023-03-10', source: 's' })),
    };
    expect(() => parseRulePack(twice)).to.throw(/threshold\.1\.effectiveFrom: 2023-03-10 is used twice/);
    expect(() => parseRuleSet({ packs: [{ region: '442000', parent: '440000', name: { 'zh-CN': '中山', en: 'Zhongshan' } }] })).to.throw(
      /packs\.0\.parent: no pack for 440000/,
    );
  });
});

describe('the deadline: a safe date to act by, and the legal last day (民法典 203; 调解仲裁法 27)', () => {
  const ended = (employmentEnded: string): Answers => ({ ...migrantOwedWages, employment: 'ended', employmentEnded });

  it('民法典 203: a last day on National Day moves to the first working day after the holiday; the safe date does not', () => {
    const result = run(ended('2025-10-01'), { today: '2026-10-05' });
    expect(result.deadline).to.deep.equal({ kind: 'arbitration', date: '2026-10-01', daysLeft: -4, lastDay: '2026-10-08' });
    expect(result.timeBarred).to.equal(false);
    expect(result.urgent).to.equal(true);
    expect(result.nextSteps[0]).to.equal('file-arbitration-today');
    expect(run(ended('2025-10-01'), { today: '2026-10-09' }).timeBarred).to.equal(true);
  });

  it('民法典 203: a last day on a Sunday moves to Monday; a 调休 working Saturday stays', () => {
    expect(run(ended('2025-11-29')).deadline).to.deep.include({ date: '2026-11-29', lastDay: '2026-11-30' });
    expect(run(ended('2025-10-10'), { today: '2026-10-01' }).deadline?.lastDay).to.equal('2026-10-10');
    // Without a calendar (a year with no notice yet): weekends only, and the safe date is the same.
    expect(run(ended('2025-10-01'), { today: '2026-09-01', calendar: null }).deadline).to.deep.include({
      date: '2026-10-01',
      lastDay: '2026-10-01',
    });
  });

  it('法援法 44第一款第（一）项: on the last day the first step stops the clock, and the words say 「今天是最后一天」', async () => {
    const result = run(ended('2025-11-29'), { today: '2026-11-30' });
    expect(result.deadline?.daysLeft).to.equal(-1);
    expect(result.notes).to.include('last-day');
    expect(result.nextSteps.slice(0, 2)).to.deep.equal(['file-arbitration-today', 'apply-legal-aid']);
    const { result: zh } = await import('../../components/eligibility/strings/result.zh-CN.js');
    expect(zh['note.last-day']).to.contain('今天是最后一天');
    const injury = run({ matter: 'work-injury', injuryDate: '2025-12-01' });
    expect(injury.nextSteps.slice(0, 2)).to.deep.equal(['apply-injury-recognition-today', 'apply-legal-aid']);
  });

  it('a date remembered only as a month: the safe date from its first day, "too late" judged from its last; note date-approximate', () => {
    const result = run(ended('2025-12'));
    expect(result.deadline).to.deep.include({ date: '2026-12-01', lastDay: '2026-12-31' });
    expect(result.notes).to.include('date-approximate');
    const older = run(ended('2025-11'), { today: '2026-11-20' });
    expect(older.timeBarred).to.equal(false);
    expect(run({ matter: 'work-injury', injuryDate: '2026-01' }).deadline?.date).to.equal('2027-01-01');
    expect(run({ ...migrantOwedWages, writtenContract: false, startedWork: '2026-09' }).notes).to.include('double-wages');
  });
});

describe('rule packs ship with the engine and are validated like content files', () => {
  it("assess without packs applies the bureau's packs: Zhongshan's standard for 442000", () => {
    const result = assess(
      { matter: 'traffic-accident', assistance: 'none', householdIncomePerCapita: 2000 },
      { today: TODAY, region: '442000' },
    );
    expect(result.threshold?.amount).to.equal(2592);
    expect(result.legalAid).to.equal('eligible');
    expect(result.region).to.equal('442000');
  });

  it('the shipped packs and calendar are exactly content/rules and content/calendar', () => {
    expect(SHIPPED_PACKS).to.deep.equal(packs);
    expect(SHIPPED_CALENDAR).to.deep.equal(calendar);
  });

  it('a threshold written "2,592" throws EligibilityInputError naming the field, never a verdict', () => {
    const bad = JSON.parse(JSON.stringify(packs)) as RulePack[];
    (bad[5]!.threshold![0] as unknown as { amount: string }).amount = '2,592';
    expect(() => run({ matter: 'traffic-accident', householdIncomePerCapita: 2000 }, { packs: bad })).to.throw(
      EligibilityInputError,
      /packs\.5\.threshold\.0\.amount: must be a finite number/,
    );
    expect(() => run({ matter: 'unpaid-wages' }, { calendar: { years: [{ year: 2026 }] } as never })).to.throw(
      EligibilityInputError,
      /calendar\.years\.0\.source/,
    );
  });

  it('a region without its own pack inherits by its GB/T 2260 code: 110105 → Beijing, 320500 → Jiangsu, 442011 → Zhongshan', () => {
    expect(run({ matter: 'other' }, { region: '110105' }).region).to.equal('110000');
    expect(run({ matter: 'other' }, { region: '320500' }).region).to.equal('320000');
    expect(run({ matter: 'other' }, { region: '442011' }).region).to.equal('442000');
    expect(run({ matter: 'other' }, { region: '110105' }).regionFallback).to.equal(false);
    expect(run({ matter: 'other' }, { region: '650102' })).to.deep.include({ region: '000000', regionFallback: true });
  });

  it('A5: a standard in force for more than 15 months says "no" only when income is above it by more than 10 % a year', () => {
    const base: Answers = { matter: 'traffic-accident', assistance: 'none' };
    // 2,592 from 2023-03-10; on 2026-11-29 it is 3 years 8 months old: "no" only above 2,592 × 1.4.
    const close = run({ ...base, householdIncomePerCapita: 3000 });
    expect(close.legalAid).to.equal('means-test');
    expect(close.notes).to.include('threshold-may-be-outdated');
    expect(run({ ...base, householdIncomePerCapita: 3700 }).legalAid).to.equal('not-eligible');
    // Within 15 months the standard decides on its own.
    expect(run({ ...base, householdIncomePerCapita: 2700 }, { today: '2024-06-09' }).legalAid).to.equal('not-eligible');
  });

  it('a value marked unverified makes the result say "ask the local agency"', () => {
    const unsure: RulePack = {
      region: '999007',
      parent: '000000',
      name: { 'zh-CN': '示例', en: 'Demo' },
      threshold: [{ amount: 1500, effectiveFrom: '2026-01-01', source: 'test', unverified: true }],
    };
    const result = run(
      { matter: 'traffic-accident', assistance: 'none', householdIncomePerCapita: 1000 },
      { region: '999007', packs: [...packs, unsure] },
    );
    expect(result.notes).to.include('ask-local-agency');
    expect(run({ ...migrantOwedWages }).notes).not.to.include('ask-local-agency');
  });
});

describe('citations to the paragraph and item', () => {
  it('writes the new laws and 刑法 第二百七十六条之一 as the statutes do', () => {
    const zh = (c: Citation) => formatCitation(c, 'zh-CN');
    expect(zh({ law: 'legal-aid-law', article: 44, paragraph: 1, item: 1 })).to.equal(
      '《中华人民共和国法律援助法》第四十四条第一款第（一）项',
    );
    expect(zh({ law: 'labour-contract-law', article: 30, paragraph: 2 })).to.equal('《中华人民共和国劳动合同法》第三十条第二款');
    expect(zh({ law: 'labour-contract-law', article: 82, paragraph: 1 })).to.equal('《中华人民共和国劳动合同法》第八十二条第一款');
    expect(zh({ law: 'spc-labour-interpretation-1', article: 32, paragraph: 1 })).to.match(/解释（一）》第三十二条第一款$/);
    expect(zh({ law: 'criminal-law', article: 276, sub: 1 })).to.equal('《中华人民共和国刑法》第二百七十六条之一');
    expect(formatCitation({ law: 'criminal-law', article: 276, sub: 1 }, 'en')).to.equal('Criminal Law of the PRC, article 276-1');
    expect(zh({ law: 'civil-code', article: 203 })).to.equal('《中华人民共和国民法典》第二百零三条');
    expect(zh({ law: 'mohrss-2016-29', article: 2 })).to.contain('人社部发〔2016〕29号');
    expect(zh({ law: 'spc-work-injury-provisions-2014', article: 7, paragraph: 1, item: 3 })).to.equal(
      '《最高人民法院关于审理工伤保险行政案件若干问题的规定》第七条第一款第（三）项',
    );
  });
});

// ---- property tests ----

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const todayArb = fc.integer({ min: 0, max: 3000 }).map((d) => addDays('2022-01-01', d));
const pastArb = fc.option(fc.integer({ min: 0, max: 1500 }), { nil: undefined });
const answersArb = fc.record(
  {
    matter: fc.constantFrom(...MATTERS),
    ruralWorker: fc.boolean(),
    proofOfStatus: fc.boolean(),
    assistance: fc.constantFrom(...ASSISTANCE),
    householdIncomePerCapita: fc.integer({ min: 0, max: 20_000 }),
    employment: fc.constantFrom(...EMPLOYMENT),
    employerAppliedInjury: fc.boolean(),
    writtenContract: fc.boolean(),
    needsPreservation: fc.boolean(),
    drawingPension: fc.boolean(),
    construction: fc.boolean(),
    subcontractorOwes: fc.boolean(),
    hasIou: fc.boolean(),
    claimAmount: fc.integer({ min: 0, max: 200_000 }),
    confirmPurpose: fc.constantFrom(...CONFIRM_PURPOSES),
    commuting: fc.boolean(),
    occupationalDisease: fc.boolean(),
    injuryDelay: fc.constantFrom(...INJURY_DELAYS),
    pension: fc.constantFrom(...PENSIONS),
    insuredByEmployer: fc.boolean(),
    interruptionProof: fc.boolean(),
  },
  { requiredKeys: ['matter'] },
);
const datesArb = fc.record({
  ended: pastArb,
  injury: pastArb,
  interruption: pastArb,
  started: pastArb,
  diagnosis: pastArb,
  iou: pastArb,
  monthOnly: fc.boolean(),
});
const regionArb = fc.constantFrom(undefined, '000000', '110000', '320000', '320100', '440000', '442000', '650000');

/** Valid answers for a day: dates before `today`, the start before the end. */
function withDates(
  answers: Partial<Answers>,
  dates: {
    ended?: number;
    injury?: number;
    interruption?: number;
    started?: number;
    diagnosis?: number;
    iou?: number;
    monthOnly?: boolean;
  },
  today: string,
): Answers {
  const result = { ...answers } as Answers;
  // Some workers remember only the month of leaving and of the injury.
  const maybeMonth = (day: string) => (dates.monthOnly ? day.slice(0, 7) : day);
  if (dates.ended !== undefined) result.employmentEnded = maybeMonth(addDays(today, -dates.ended));
  if (dates.injury !== undefined) result.injuryDate = maybeMonth(addDays(today, -dates.injury));
  if (dates.interruption !== undefined) result.lastInterruption = addDays(today, -dates.interruption);
  if (dates.diagnosis !== undefined) result.diagnosisDate = addDays(today, -dates.diagnosis);
  if (dates.iou !== undefined) result.iouDate = addDays(today, -dates.iou);
  if (dates.started !== undefined) result.startedWork = addDays(today, -Math.max(dates.started + 31, (dates.ended ?? 0) + 31));
  return result;
}

describe('properties that hold for every valid input', () => {
  it('gives one verdict, a citation and a next step; "apply" in every in-scope result; "too late" only after the last day', () => {
    fc.assert(
      fc.property(answersArb, datesArb, todayArb, regionArb, (answers, dates, today, region) => {
        const result = assess(withDates(answers as Partial<Answers>, dates, today), { today, region, packs, calendar });
        expect(['eligible', 'means-test', 'not-eligible', 'out-of-scope']).to.include(result.legalAid);
        expect(result.citations.length).to.be.greaterThan(0);
        expect(result.nextSteps.length).to.be.greaterThan(0);
        if (result.legalAid !== 'out-of-scope') expect(result.nextSteps).to.include('apply-legal-aid');
        else expect(answers.matter).to.equal('project-payment');
        if (result.timeBarred) expect(result.deadline!.lastDay < today).to.equal(true);
        if (result.deadline) expect(result.deadline.date <= result.deadline.lastDay).to.equal(true);
      }),
      { numRuns: 400 },
    );
  });

  it('moving today later never adds days left', () => {
    fc.assert(
      fc.property(answersArb, datesArb, todayArb, fc.integer({ min: 0, max: 800 }), (answers, dates, today, later) => {
        const fixed = withDates(answers as Partial<Answers>, dates, today);
        const before = assess(fixed, { today, packs, calendar }).deadline;
        const after = assess(fixed, { today: addDays(today, later), packs, calendar }).deadline;
        if (before && after) expect(after.daysLeft).to.be.at.most(before.daysLeft);
      }),
      { numRuns: 300 },
    );
  });

  it('uses the threshold in force on today', () => {
    const valueArb = fc.record({ amount: fc.integer({ min: 1, max: 9000 }), offset: fc.integer({ min: 0, max: 3000 }) });
    fc.assert(
      fc.property(fc.uniqueArray(valueArb, { minLength: 1, maxLength: 6, selector: (v) => v.offset }), todayArb, (values, today) => {
        const threshold = values.map((v) => ({ amount: v.amount, effectiveFrom: addDays('2022-01-01', v.offset), source: 'test' }));
        const pack: RulePack = { region: '999009', parent: '000000', name: { 'zh-CN': '测试', en: 'Test' }, threshold };
        const inForce = threshold.filter((t) => t.effectiveFrom <= today).sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
        const result = assess({ matter: 'traffic-accident' }, { today, region: '999009', packs: [...packs, pack] });
        expect(result.threshold).to.deep.equal(inForce ?? null);
      }),
      { numRuns: 300 },
    );
  });
});
