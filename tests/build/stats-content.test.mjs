// content/stats/ is checked at build time with the widgets' own parser: each mistake a data editor can make
// stops the build with the file and the field. The parser reports every bad field at once, so one build
// with five broken rows proves all five messages.
import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { buildWithContent, editJson } from './build-with.mjs';

describe('bad statistics stop the build, naming the file and the field', () => {
  let result;
  before(() => {
    result = buildWithContent((dir) =>
      editJson(path.join(dir, 'stats', 'report-2023-h1.json'), (report) => {
        report.indicators[0].value = '562件';
        report.indicators[1].value = 'NaN';
        delete report.indicators[2].unit;
        report.indicators[3].value = -30;
        report.indicators[4].period = { start: '2023-06-30', end: '2023-01-01' };
      }),
    );
  });

  it('the build fails and names the file', () => {
    assert.notEqual(result.code, 0, 'the build must fail');
    assert.match(result.output, /content\/stats\/report-2023-h1\.json: invalid content/);
  });
  it('names a value written as text', () =>
    assert.match(result.output, /field "indicators\.0\.value" must be a number, not the text "562件"/));
  it('names a value that is NaN', () => assert.match(result.output, /field "indicators\.1\.value" is NaN \(not a number\)/));
  it('names a missing unit', () => assert.match(result.output, /field "indicators\.2\.unit" is missing/));
  it('names a negative count', () => assert.match(result.output, /field "indicators\.3\.value" must be at least 0/));
  it('names a period that ends before it starts', () =>
    assert.match(result.output, /field "indicators\.4\.period\.end" \(2023-01-01\) must not be before period\.start \(2023-06-30\)/));
});

describe('a bad chart series stops the build too', () => {
  it('names a negative point in the sample series file', () => {
    const { code, output } = buildWithContent((dir) =>
      editJson(path.join(dir, 'stats', 'sample-series-2023-h1.json'), (report) => {
        report.series[0].points[2].value = -1;
      }),
    );
    assert.notEqual(code, 0);
    assert.match(output, /sample-series-2023-h1\.json: invalid content\. field "series\.0\.points\.2\.value" must be at least 0/);
  });
});
