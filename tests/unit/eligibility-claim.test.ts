import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  calculateClaim,
  END_REASONS,
  EligibilityInputError,
  formatClaimBasis,
  parseRulePack,
  type ClaimFacts,
  type RulePack,
} from '../../components/eligibility/engine/index.js';

const TODAY = '2026-11-29';
const packs: RulePack[] = await Promise.all(
  ['000000', '110000', '320000', '320100', '440000', '442000'].map(async (r) =>
    parseRulePack(await (await fetch(`/content/rules/${r}.json`)).json()),
  ),
);
/** A city with every figure set, so each item can be worked out. */
const demo: RulePack = {
  region: '999101',
  parent: '440000',
  name: { 'zh-CN': '示例市', en: 'Demo city' },
  minimumWage: [{ amount: 2000, effectiveFrom: '2025-01-01', source: 'test' }],
  averageWage: [{ amount: 8000, effectiveFrom: '2025-06-01', source: 'test' }],
  provincialAverageWage: [{ amount: 9000, effectiveFrom: '2025-06-01', source: 'test' }],
};
const all = [...packs, demo];
const claim = (facts: ClaimFacts, region = '999101') => calculateClaim(facts, { today: TODAY, region, packs: all });
const item = (facts: ClaimFacts, id: string) => claim(facts).items.find((i) => i.id === id);

describe("the claim, item by item, with the statutes' own worked examples", () => {
  it('工伤保险条例 37(1)(1): grade 9 at 5,000 yuan a month is 9 months, 45,000 yuan', () => {
    const lump = item({ injury: { grade: 9, monthlyWage: 5000 } }, 'injury-lump-sum')!;
    expect(lump.amount).to.equal(45_000);
    expect(lump.citations).to.deep.equal([{ law: 'work-injury-regulation', article: 37, paragraph: 1, item: 1 }]);
    expect(formatClaimBasis(lump, 'zh-CN')).to.deep.equal({ name: '一次性伤残补助金', formula: '本人工资5,000×9个月（9级伤残）' });
    // 27, 25, 23, 21, 18, 16, 13, 11, 9, 7 months for grades 1 to 10.
    const months = Array.from({ length: 10 }, (_, g) => item({ injury: { grade: g + 1, monthlyWage: 1 } }, 'injury-lump-sum')!.amount);
    expect(months).to.deep.equal([27, 25, 23, 21, 18, 16, 13, 11, 9, 7]);
  });

  it('劳动合同法 46(1), 47: severance for 3 years 7 months at 6,000 yuan is 4 months, 24,000 yuan', () => {
    const facts: ClaimFacts = {
      monthlyWage: 6000,
      startedWork: '2022-03-01',
      employmentEnded: '2025-10-01',
      endReason: 'resigned-unpaid-wages',
    };
    const severance = item(facts, 'severance')!;
    expect(severance.amount).to.equal(24_000);
    expect(severance.basis.numbers).to.deep.equal({ monthlyWage: 6000, years: 4 });
    expect(severance.citations).to.deep.include({ law: 'labour-contract-law', article: 46, item: 1 });
    // Less than six months counts as half a year: 3 years 5 months is 3.5.
    expect(item({ ...facts, employmentEnded: '2025-08-01' }, 'severance')!.amount).to.equal(21_000);
  });

  it('劳动合同法 87: an unlawful dismissal is twice the severance', () => {
    const facts: ClaimFacts = {
      monthlyWage: 6000,
      startedWork: '2022-03-01',
      employmentEnded: '2025-10-01',
      endReason: 'dismissed-unlawfully',
    };
    const result = claim(facts);
    expect(result.items.map((i) => i.id)).to.deep.equal(['unlawful-dismissal']);
    expect(result.items[0]!.amount).to.equal(48_000);
    expect(result.items[0]!.citations).to.deep.include({ law: 'labour-contract-law', article: 87 });
  });

  it('劳动合同法 47: above three times the local average wage, that cap and at most 12 years', () => {
    const facts: ClaimFacts = {
      monthlyWage: 30_000,
      startedWork: '2006-01-01',
      employmentEnded: '2026-01-01',
      endReason: 'dismissed-with-notice',
    };
    const severance = item(facts, 'severance')!;
    expect(severance.basis.numbers).to.deep.equal({ monthlyWage: 24_000, years: 12 });
    expect(severance.amount).to.equal(288_000);
    // Where the average wage is not known, the item says so rather than guess the cap.
    expect(claim(facts, '442000').missing).to.include('pack.averageWage');
  });

  it('劳动合同法 82(1): double wages from the second month until the job ended, at most 11 months', () => {
    const short = item(
      { monthlyWage: 5000, writtenContract: false, startedWork: '2026-01-10', employmentEnded: '2026-07-10' },
      'double-wages',
    )!;
    expect(short.basis.numbers['months']).to.equal(5);
    expect(short.amount).to.equal(25_000);
    const long = item(
      { monthlyWage: 5000, writtenContract: false, startedWork: '2024-01-01', employmentEnded: '2026-01-01' },
      'double-wages',
    )!;
    expect(long.basis.numbers['months']).to.equal(11);
    // A contract signed in the fourth month stops it there.
    const signed = item(
      { monthlyWage: 5000, startedWork: '2026-01-10', contractSigned: '2026-04-10', employmentEnded: '2026-07-10' },
      'double-wages',
    )!;
    expect(signed.basis.numbers['months']).to.equal(2);
  });

  it('unpaid wages less what was paid; final for the employer up to 12 months of the minimum wage (调解仲裁法 47)', () => {
    const wages = item({ monthlyWage: 6000, unpaidMonths: 3, paidSoFar: 2000 }, 'unpaid-wages')!;
    expect(wages.amount).to.equal(16_000);
    expect(wages.finalAward).to.equal(true);
    expect(item({ monthlyWage: 6000, unpaidMonths: 5 }, 'unpaid-wages')!.finalAward).to.equal(false);
    expect(item({ dailyWage: 300, unpaidDays: 20 }, 'unpaid-wages')!.amount).to.equal(6000);
  });

  it('工伤保险条例 33, 36–37: wages while off, and the provincial grants for grades 5–10 on leaving', () => {
    const result = claim({ endReason: 'quit', injury: { grade: 7, monthlyWage: 5000, stoppedWorkMonths: 4 } });
    const byId = Object.fromEntries(result.items.map((i) => [i.id, i.amount]));
    expect(byId).to.deep.equal({
      'injury-wages-while-off': 20_000,
      'injury-lump-sum': 65_000,
      'injury-medical-lump-sum': 30_000,
      'injury-employment-lump-sum': 125_000,
    });
    expect(result.total).to.equal(240_000);
    // Guangdong's grants are marked for the bureau to confirm: 「请核对」.
    expect(result.unverified).to.include('injuryLumpSums');
    // Still working there: no leaving grants.
    expect(claim({ endReason: 'still-employed', injury: { grade: 7, monthlyWage: 5000 } }).items.map((i) => i.id)).to.deep.equal([
      'injury-lump-sum',
    ]);
  });

  it('工伤保险条例 39: a death grant of 20 times the national urban income, and 6 months of the average wage for the funeral', () => {
    const result = claim({ injury: { died: true, monthlyWage: 5000 } });
    const byId = Object.fromEntries(result.items.map((i) => [i.id, i.amount]));
    expect(byId).to.deep.equal({ 'death-lump-sum': 20 * 54_188, funeral: 54_000 });
    expect(result.unverified).to.include('nationalUrbanIncome');
    expect(claim({ injury: { died: true } }, '442000').missing).to.include('pack.provincialAverageWage');
  });

  it('lists what is missing instead of guessing', () => {
    expect(claim({ unpaidMonths: 3 }).missing).to.deep.equal(['monthlyWage']);
    expect(claim({ endReason: 'dismissed-unlawfully' }).missing).to.include.members(['startedWork', 'employmentEnded', 'monthlyWage']);
    expect(claim({ injury: { monthlyWage: 4000 } }).missing).to.deep.equal(['injury.grade']);
    expect(claim({}).items).to.deep.equal([]);
  });

  it('a month remembered without the day counts against the claim, never for it', () => {
    const exact = item(
      { monthlyWage: 5000, writtenContract: false, startedWork: '2026-01-01', employmentEnded: '2026-07-31' },
      'double-wages',
    )!;
    const month = item({ monthlyWage: 5000, writtenContract: false, startedWork: '2026-01', employmentEnded: '2026-07' }, 'double-wages')!;
    expect(month.amount).to.be.at.most(exact.amount);
  });

  it('bad facts throw one EligibilityInputError naming every bad field', () => {
    const bad = () =>
      calculateClaim(
        { monthlyWage: -1, startedWork: '2026-02-30', endReason: 'fired', injury: { grade: 11 }, wage: 3 } as unknown as ClaimFacts,
        { today: TODAY },
      );
    expect(bad).to.throw(EligibilityInputError);
    try {
      bad();
    } catch (error) {
      expect((error as EligibilityInputError).problems.map((p) => p.path)).to.have.members([
        'facts.wage',
        'facts.monthlyWage',
        'facts.startedWork',
        'facts.endReason',
        'facts.injury.grade',
      ]);
    }
  });
});

describe('properties of every claim', () => {
  const factsArb = fc.record(
    {
      monthlyWage: fc.integer({ min: 0, max: 20_000 }),
      unpaidMonths: fc.integer({ min: 0, max: 24 }),
      paidSoFar: fc.integer({ min: 0, max: 50_000 }),
      startedDaysAgo: fc.integer({ min: 31, max: 6000 }),
      workedDays: fc.integer({ min: 0, max: 6000 }),
      writtenContract: fc.boolean(),
      endReason: fc.constantFrom(...END_REASONS),
      grade: fc.integer({ min: 1, max: 10 }),
      stoppedWorkMonths: fc.integer({ min: 0, max: 24 }),
    },
    { requiredKeys: [] },
  );
  const day = (offset: number) => new Date(Date.parse(`${TODAY}T00:00:00Z`) - offset * 86_400_000).toISOString().slice(0, 10);
  const toFacts = (f: Partial<Record<string, unknown>>): ClaimFacts => {
    const started = f['startedDaysAgo'] as number | undefined;
    const worked = f['workedDays'] as number | undefined;
    return {
      monthlyWage: f['monthlyWage'] as number | undefined,
      unpaidMonths: f['unpaidMonths'] as number | undefined,
      paidSoFar: f['paidSoFar'] as number | undefined,
      writtenContract: f['writtenContract'] as boolean | undefined,
      endReason: f['endReason'] as ClaimFacts['endReason'],
      ...(started !== undefined ? { startedWork: day(started) } : {}),
      ...(started !== undefined && worked !== undefined ? { employmentEnded: day(Math.max(0, started - worked)) } : {}),
      injury: {
        grade: f['grade'] as number | undefined,
        monthlyWage: f['monthlyWage'] as number | undefined,
        stoppedWorkMonths: f['stoppedWorkMonths'] as number | undefined,
      },
    };
  };

  it('never negative, every item cited, the total is the sum', () => {
    fc.assert(
      fc.property(factsArb, (f) => {
        const result = claim(toFacts(f));
        for (const i of result.items) {
          expect(i.amount, i.id).to.be.at.least(0);
          expect(i.citations.length, i.id).to.be.greaterThan(0);
        }
        const sum = result.items.reduce((s, i) => s + i.amount, 0);
        expect(Math.abs(result.total - sum)).to.be.lessThan(0.01);
      }),
      { numRuns: 300 },
    );
  });

  it('a higher wage or a longer time never lowers an item (below the severance cap, in a city without one)', () => {
    fc.assert(
      fc.property(factsArb, fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 400 }), (f, raise, longer) => {
        const facts = toFacts(f);
        const base = calculateClaim(facts, { today: TODAY, region: '442000', packs });
        const richer = calculateClaim(
          {
            ...facts,
            monthlyWage: (facts.monthlyWage ?? 0) + raise,
            injury: { ...facts.injury, monthlyWage: (facts.injury?.monthlyWage ?? 0) + raise },
          },
          { today: TODAY, region: '442000', packs },
        );
        const later =
          f['startedDaysAgo'] !== undefined
            ? toFacts({
                ...f,
                startedDaysAgo: (f['startedDaysAgo'] as number) + longer,
                workedDays: f['workedDays'] === undefined ? undefined : (f['workedDays'] as number) + longer,
              })
            : facts;
        const longerClaim = calculateClaim(later, { today: TODAY, region: '442000', packs });
        for (const i of base.items) {
          expect(richer.items.find((r) => r.id === i.id)?.amount ?? 0, `${i.id} with a higher wage`).to.be.at.least(i.amount);
          expect(longerClaim.items.find((r) => r.id === i.id)?.amount ?? 0, `${i.id} over a longer time`).to.be.at.least(i.amount);
        }
      }),
      { numRuns: 300 },
    );
  });
});
