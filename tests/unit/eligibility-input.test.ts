import { expect } from '@open-wc/testing';
import { halfWidth, parseAmount, parseDateParts } from '../../components/eligibility/answer-input.js';

const TODAY = '2026-11-29';

describe('amounts as workers type them', () => {
  const cases: [string, number][] = [
    ['2000', 2000],
    ['2,000', 2000],
    ['２０００', 2000],
    ['２，０００元', 2000],
    ['1500.5', 1500.5],
    ['3000块', 3000],
    ['3000块钱', 3000],
    [' 2 000 ', 2000],
    ['1.5万', 15000],
    ['１．５万', 15000],
    ['1万5', 15000],
    ['1万500', 10500],
    ['3千', 3000],
    ['一万五', 15000],
    ['一万五千', 15000],
    ['一万零五', 10005],
    ['两千', 2000],
    ['两千五', 2500],
    ['三千二百', 3200],
    ['十五', 15],
    ['三十', 30],
    ['五万三千', 53000],
    ['一万二千五', 12500],
    ['0', 0],
  ];
  for (const [typed, value] of cases) it(`reads 「${typed}」 as ${value}`, () => expect(parseAmount(typed)).to.equal(value));

  for (const typed of ['', '元', 'abc', '-5', '1.5.3', '万', '一二', '12五', '两千多', '2000/月'])
    it(`rejects 「${typed}」`, () => expect(parseAmount(typed)).to.equal(null));
});

describe('dates as workers type them', () => {
  it('reads full-width digits and the 年/月/日/号 a worker may add', () => {
    expect(halfWidth('２０２５')).to.equal('2025');
    expect(parseDateParts('２０２５', '１２', '３', false, TODAY)).to.deep.equal({ value: '2025-12-03' });
    expect(parseDateParts('2025年', '12月', '3号', false, TODAY)).to.deep.equal({ value: '2025-12-03' });
  });

  it('reads a two-digit year as the latest year not after today', () => {
    expect(parseDateParts('25', '12', '3', false, TODAY)).to.deep.equal({ value: '2025-12-03' });
    expect(parseDateParts('26', '1', '9', false, TODAY)).to.deep.equal({ value: '2026-01-09' });
    expect(parseDateParts('98', '7', '1', false, TODAY)).to.deep.equal({ value: '1998-07-01' });
  });

  it('gives the month alone when the worker knows only the month', () => {
    expect(parseDateParts('2026', '1', '', true, TODAY)).to.deep.equal({ value: '2026-01' });
    expect(parseDateParts('2026', '1', '17', true, TODAY)).to.deep.equal({ value: '2026-01' });
  });

  it('asks for the day when it is left empty, and rejects what is not a date', () => {
    expect(parseDateParts('2026', '1', '', false, TODAY)).to.deep.equal({ error: 'day' });
    for (const [y, m, d] of [
      ['2026', '2', '30'],
      ['2026', '13', '1'],
      ['2026', '0', '1'],
      ['', '1', '1'],
      ['202', '1', '1'],
      ['2026', '', '1'],
      ['2026', '一', '1'],
      ['1850', '1', '1'],
    ] as const)
      expect(parseDateParts(y, m, d, false, TODAY), `${y}-${m}-${d}`).to.deep.equal({ error: 'date' });
  });
});
