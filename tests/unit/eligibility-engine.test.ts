import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  ASSISTANCE,
  EMPLOYMENT,
  MATTERS,
  assess,
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

const run = (answers: Answers, options: Partial<Parameters<typeof assess>[1]> = {}): Assessment =>
  assess(answers, { today: TODAY, region: '442000', packs, ...options });
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
    expect(result.deadline).to.deep.equal({ kind: 'arbitration', date: '2026-12-03', daysLeft: 4 });
    expect(result.urgent).to.equal(true);
    expect(result.notes).to.include('aid-before-decision');
    cites(result, 'C3', [{ law: 'legal-aid-law', article: 44, item: 1 }]);
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
    expect(result.notes).to.include('objection');
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
    expect(result.deadline).to.deep.equal({ kind: 'injury-recognition', date: '2027-01-29', daysLeft: 61 });
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
    cites(result, 'E2', [{ law: 'labour-dispute-law', article: 47, item: 1 }]);
    expect(run({ ...migrantOwedWages, claimAmount: 24_001 }, { region: '999001', packs: [...packs, city] }).notes).not.to.include(
      'final-award',
    );
  });
});

describe('every rule gives its outcome with its legal basis', () => {
  it('A1: each listed matter is in scope under its item of art. 31; anything else is not', () => {
    const items = {
      'unpaid-wages': 5,
      'confirm-employment': 5,
      'double-wages': 5,
      'social-insurance': 2,
      'work-injury': 7,
      'traffic-accident': 7,
    } as const;
    for (const [matter, item] of Object.entries(items))
      cites(run({ matter } as Answers), 'A1', [{ law: 'legal-aid-law', article: 31, item }]);
    const other = run({ matter: 'other' });
    expect(other.legalAid).to.equal('out-of-scope');
    cites(other, 'A1', [{ law: 'legal-aid-law', article: 31, item: 9 }]);
    expect(other.nextSteps).to.include('call-12348');
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

  it('A5: income is compared with the standard in force; Guangdong counts only income below it', () => {
    const base: Answers = { matter: 'traffic-accident', assistance: 'none' };
    expect(run({ ...base, householdIncomePerCapita: 2000 }).legalAid).to.equal('eligible');
    expect(run({ ...base, householdIncomePerCapita: 2592 }).legalAid).to.equal('not-eligible');
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

  it('A6: confirming employment alone keeps the check, unless the region widens the exemption (Beijing)', () => {
    const answers: Answers = { matter: 'confirm-employment', ruralWorker: true, proofOfStatus: true };
    const national = run(answers);
    expect(national.economicCheck).to.equal('required');
    cites(national, 'A6', [{ law: 'legal-aid-law', article: 42, item: 3 }]);
    expect(run(answers, { region: '110000' }).economicCheck).to.equal('waived');
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

  it('C1: a decision within 7 days, and the same day where the pack promises it', () => {
    cites(run(migrantOwedWages), 'C1', [{ law: 'legal-aid-law', article: 43 }]);
    const promise: RulePack = {
      region: '999003',
      parent: '000000',
      name: { 'zh-CN': '示例', en: 'Demo' },
      switches: { sameDayGreenChannel: [{ value: true, effectiveFrom: '2024-01-01', source: 'test' }] },
    };
    expect(run(migrantOwedWages, { region: '999003', packs: [...packs, promise] }).notes).to.include('same-day');
  });

  it('C3: assets about to vanish make it urgent', () => {
    const result = run({ ...migrantOwedWages, needsPreservation: true });
    expect(result.urgent).to.equal(true);
    cites(result, 'C3', [{ law: 'legal-aid-law', article: 44, item: 2 }]);
  });

  it('C4: a refusal can be objected to', () => {
    cites(run({ matter: 'traffic-accident', assistance: 'none', householdIncomePerCapita: 9000 }), 'C4', [
      { law: 'legal-aid-law', article: 43 },
      { law: 'legal-aid-law', article: 49 },
    ]);
  });

  it('D1: one year from the end of employment; a later demand restarts it', () => {
    const ended: Answers = { ...migrantOwedWages, employment: 'ended', employmentEnded: '2026-03-01' };
    expect(run(ended).deadline).to.deep.equal({ kind: 'arbitration', date: '2027-03-01', daysLeft: 92 });
    expect(run({ ...ended, lastInterruption: '2026-06-01' }).deadline?.date).to.equal('2027-06-01');
    cites(run(ended), 'D1', [{ law: 'labour-dispute-law', article: 27, paragraph: 4 }]);
  });

  it('D1: a deadline already passed is time-barred unless the clock restarted', () => {
    const result = run({ ...migrantOwedWages, employment: 'ended', employmentEnded: '2025-01-10' });
    expect(result.timeBarred).to.equal(true);
    expect(result.urgent).to.equal(false);
    expect(result.notes).to.include('time-barred-unless-interrupted');
  });

  it('D2: wages owed during employment have no one-year bar', () => {
    const result = run(migrantOwedWages);
    expect(result.deadline).to.equal(null);
    cites(result, 'D2', [{ law: 'labour-dispute-law', article: 27, paragraph: 4 }]);
  });

  it('D3: other labour claims run one year from knowing, restarted by a demand', () => {
    const result = run({ matter: 'double-wages', employment: 'ended', employmentEnded: '2026-05-01' });
    expect(result.deadline?.date).to.equal('2027-05-01');
    cites(result, 'D3', [
      { law: 'labour-dispute-law', article: 27, paragraph: 1 },
      { law: 'labour-dispute-law', article: 27, paragraph: 2 },
    ]);
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

  it('E4: a wage IOU can be sued on directly', () => {
    const result = run({ ...migrantOwedWages, hasIou: true });
    expect(result.notes).to.include('sue-on-iou');
    cites(result, 'E4', [
      { law: 'spc-labour-interpretation-1', article: 15 },
      { law: 'labour-contract-law', article: 30 },
    ]);
  });

  it('F1: double wages only after more than a month without a contract', () => {
    cites(run({ ...migrantOwedWages, writtenContract: false, startedWork: '2026-09-01' }), 'F1', [
      { law: 'labour-contract-law', article: 82 },
    ]);
    expect(run({ ...migrantOwedWages, writtenContract: false, startedWork: '2026-11-01' }).notes).not.to.include('double-wages');
    expect(run({ ...migrantOwedWages, writtenContract: true, startedWork: '2026-01-01' }).notes).not.to.include('double-wages');
  });

  it('F2: on a building site the general contractor pays first', () => {
    const result = run({ ...migrantOwedWages, construction: true, subcontractorOwes: true });
    expect(result.notes).to.include('general-contractor-pays');
    expect(reason(result, 'F2')?.citations.map((c) => c.article)).to.deep.equal([29, 30, 36]);
  });

  it('G1: a pensioner takes the civil route, not arbitration', () => {
    const result = run({ ...migrantOwedWages, employment: 'ended', employmentEnded: '2026-10-01', drawingPension: true });
    expect(result.notes).to.include('civil-route');
    expect(result.deadline).to.equal(null);
    expect(reason(result, 'E1')).to.equal(undefined);
    cites(result, 'G1', [{ law: 'spc-labour-interpretation-1', article: 32 }]);
  });

  it('H1: never a dead end', () => {
    cites(run({ matter: 'other' }), 'H1', [{ law: 'legal-aid-law', article: 23 }]);
    expect(run({ matter: 'other' }).nextSteps).to.include.members(['call-12348', 'visit-workstation']);
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
  },
  { requiredKeys: ['matter'] },
);
const datesArb = fc.record({ ended: pastArb, injury: pastArb, interruption: pastArb, started: pastArb });
const regionArb = fc.constantFrom(undefined, '000000', '110000', '320000', '320100', '440000', '442000', '650000');

/** Valid answers for a day: dates before `today`, the start before the end. */
function withDates(
  answers: Partial<Answers>,
  dates: { ended?: number; injury?: number; interruption?: number; started?: number },
  today: string,
): Answers {
  const result = { ...answers } as Answers;
  if (dates.ended !== undefined) result.employmentEnded = addDays(today, -dates.ended);
  if (dates.injury !== undefined) result.injuryDate = addDays(today, -dates.injury);
  if (dates.interruption !== undefined) result.lastInterruption = addDays(today, -dates.interruption);
  if (dates.started !== undefined) result.startedWork = addDays(today, -Math.max(dates.started, dates.ended ?? 0));
  return result;
}

describe('properties that hold for every valid input', () => {
  it('gives one verdict, at least one citation and at least one next step', () => {
    fc.assert(
      fc.property(answersArb, datesArb, todayArb, regionArb, (answers, dates, today, region) => {
        const result = assess(withDates(answers as Partial<Answers>, dates, today), { today, region, packs });
        expect(['eligible', 'means-test', 'not-eligible', 'out-of-scope']).to.include(result.legalAid);
        expect(result.citations.length).to.be.greaterThan(0);
        expect(result.nextSteps.length).to.be.greaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('moving today later never adds days left', () => {
    fc.assert(
      fc.property(answersArb, datesArb, todayArb, fc.integer({ min: 0, max: 800 }), (answers, dates, today, later) => {
        const fixed = withDates(answers as Partial<Answers>, dates, today);
        const before = assess(fixed, { today, packs }).deadline;
        const after = assess(fixed, { today: addDays(today, later), packs }).deadline;
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
