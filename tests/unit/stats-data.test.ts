import { expect } from '@open-wc/testing';
import { assertChartable, chartCsv, chartSummary, MixedUnitsError } from '../../components/stats/chart-data.js';
import { chartGeometry, niceTicks } from '../../components/stats/chart-geometry.js';
import { translator } from '../../components/core/locale.js';
import { DataValidationError } from '../../components/core/validate.js';
import { CSV_BOM, csvCell, toCsv } from '../../components/stats/csv.js';
import { parseStatsReport, type Series } from '../../components/stats/indicators.js';
import { statsTable } from '../../components/stats/publish.js';
import { statChartStrings } from '../../components/stats/catalogues.js';

const meta = {
  source: { 'zh-CN': '司法局', en: 'Justice bureau' },
  licence: 'CC BY 4.0',
  lastUpdated: '2023-07-10',
  period: { start: '2023-01-01', end: '2023-06-30' },
};
const row = (extra: Record<string, unknown> = {}) => ({
  id: 'cases',
  label: { 'zh-CN': '案件', en: 'Cases' },
  value: 562,
  unit: 'case',
  definition: { 'zh-CN': '口径', en: 'What is counted' },
  ...extra,
});
const problemsOf = (raw: unknown) => {
  try {
    parseStatsReport(raw, 'report.json');
  } catch (error) {
    return (error as DataValidationError).problems.map((p) => `${p.path}: ${p.message}`);
  }
  return [];
};

describe('the stats schema names the file and the field of every mistake', () => {
  it('accepts a report and gives each figure its source and period', () => {
    const report = parseStatsReport({ ...meta, indicators: [row()] });
    expect(report.indicators[0]).to.include({ id: 'cases', value: 562, qualifier: 'exact', licence: 'CC BY 4.0', sample: false });
    expect(report.indicators[0]!.period).to.deep.equal(meta.period);
  });

  it('lets one row override the period of its report', () => {
    const report = parseStatsReport({ ...meta, indicators: [row({ period: { start: '2023-03-01', end: '2023-03-31' } })] });
    expect(report.indicators[0]!.period.start).to.equal('2023-03-01');
  });

  for (const [name, bad, expected] of [
    ['a value written as text', row({ value: '562件' }), 'indicators.0.value: must be a number, not the text "562件"'],
    ['NaN', row({ value: 'NaN' }), 'indicators.0.value: is NaN (not a number)'],
    ['a missing unit', row({ unit: undefined }), 'indicators.0.unit: is missing'],
    ['a negative count', row({ value: -3 }), 'indicators.0.value: must be at least 0'],
    [
      'a period ending before it starts',
      row({ period: { start: '2023-06-30', end: '2023-01-01' } }),
      'indicators.0.period.end: (2023-01-01) must not be before',
    ],
  ] as const) {
    it(`rejects ${name}`, () => {
      expect(problemsOf({ ...meta, indicators: [bad] }).join('\n')).to.contain(expected);
    });
  }

  it('rejects NaN given as a number by a script', () => {
    expect(problemsOf({ ...meta, indicators: [row({ value: Number.NaN })] }).join()).to.contain('is NaN');
  });

  it('rejects a series point with a negative count and a series with no points', () => {
    const series = {
      id: 's',
      label: meta.source,
      unit: 'case',
      kind: 'month',
      definition: meta.source,
      points: [{ key: '2023-01', label: meta.source, value: -1 }],
    };
    expect(problemsOf({ ...meta, series: [series] }).join()).to.contain('series.0.points.0.value: must be at least 0');
    expect(problemsOf({ ...meta, series: [{ ...series, points: [] }] }).join()).to.contain('series.0.points: must not be empty');
  });

  it('reports a bad period of the file once, not on every row', () => {
    const problems = problemsOf({ ...meta, period: { start: '2023-06-30', end: '2023-01-01' }, indicators: [row(), row({ id: 'b' })] });
    expect(problems).to.deep.equal(['period.end: (2023-01-01) must not be before period.start (2023-06-30)']);
  });
});

describe('CSV opens safely in a spreadsheet', () => {
  it('quotes commas, quotes and line breaks, and ends lines with CRLF', () => {
    expect(toCsv([['a,b', 'say "hi"', 'two\nlines', 3]])).to.equal('"a,b","say ""hi""","two\nlines",3\r\n');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).to.equal('"\'=HYPERLINK(""x"")"');
    expect(csvCell('@SUM(1)')).to.equal("'@SUM(1)");
    expect(csvCell(-5)).to.equal('-5');
  });

  it('publishes one line per figure and per chart point, each with its source', () => {
    const report = parseStatsReport({ ...meta, indicators: [row()] });
    const rows = statsTable([report]);
    expect(rows[0]).to.include('period_start');
    expect(rows[1]).to.deep.equal([
      'indicator',
      'cases',
      '案件',
      'Cases',
      '',
      '',
      '',
      562,
      'case',
      'exact',
      '2023-01-01',
      '2023-06-30',
      '司法局',
      'Justice bureau',
      '2023-07-10',
      '',
      'CC BY 4.0',
      false,
    ]);
    expect(CSV_BOM).to.equal('\uFEFF');
  });
});

const series = (id: string, unit: string, values: number[], label = id): Series =>
  parseStatsReport({
    ...meta,
    series: [
      {
        id,
        label: { 'zh-CN': label, en: label },
        unit,
        kind: 'month',
        definition: meta.source,
        points: values.map((value, i) => ({ key: `2023-0${i + 1}`, label: { 'zh-CN': `${i + 1}月`, en: `M${i + 1}` }, value })),
      },
    ],
  }).series[0]!;

describe('a chart says what it shows and refuses to mislead', () => {
  it('refuses series with different units on one chart', () => {
    expect(() => assertChartable([series('a', 'case', [1, 2]), series('b', 'yuan', [1, 2])])).to.throw(MixedUnitsError);
  });

  it('sums the chart up in one sentence naming the highest and lowest', () => {
    const t = translator(statChartStrings, 'zh-CN');
    expect(chartSummary([series('cases', 'case', [78, 64, 117], '案件')], 'zh-CN', t)).to.equal('案件：3月最多，117件；2月最少，64件。');
  });

  it('gives the CSV stable codes, labels and plain numbers', () => {
    const t = translator(statChartStrings, 'en');
    expect(chartCsv([series('cases', 'case', [78, 64])], 'en', t)).to.deep.equal([
      ['Code', 'Month', 'cases (cases)'],
      ['2023-01', 'M1', 78],
      ['2023-02', 'M2', 64],
    ]);
  });
});

describe('chart geometry puts every mark inside the plot', () => {
  it('chooses round ticks whose last one covers the highest value', () => {
    expect(niceTicks(0, 117)).to.deep.equal([0, 50, 100, 150]);
    expect(niceTicks(0, 12976000).at(-1)).to.be.at.least(12976000);
    expect(niceTicks(0, 0)).to.deep.equal([0, 1]);
  });

  it('draws bars from the baseline up to their value, within the plot', () => {
    const g = chartGeometry({ type: 'bar', categories: ['a', 'b'], series: [[50, 100]] });
    const [low, high] = g.bars;
    expect(high!.height).to.be.closeTo(low!.height * 2, 0.2);
    for (const bar of g.bars) {
      expect(bar.y).to.be.at.least(g.plot.y);
      expect(bar.y + bar.height).to.be.closeTo(g.plot.y + g.plot.height, 0.2);
    }
  });

  it('lays long category names down the side for horizontal bars', () => {
    const g = chartGeometry({ type: 'bar', orientation: 'horizontal', categories: ['火炬开发区', '石岐街道'], series: [[121, 68]] });
    expect(g.categoryLabels.map((l) => l.anchor)).to.deep.equal(['end', 'end']);
    expect(g.bars[0]!.width).to.be.greaterThan(g.bars[1]!.width);
  });

  it('thins category labels so neighbours never overlap, and draws 1,000 points as one line', () => {
    const categories = Array.from({ length: 1000 }, (_, i) => `2023-${i}`);
    const g = chartGeometry({ type: 'line', categories, series: [categories.map((_, i) => i % 37)] });
    expect(g.lines[0]!.points).to.have.length(1000);
    expect(g.categoryLabels.length).to.be.lessThan(20);
    const xs = g.categoryLabels.map((l) => l.x);
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).to.be.greaterThan(7 * 13 * 0.6);
    expect(g.markers).to.equal(false);
  });
});
