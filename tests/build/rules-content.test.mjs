// content/rules/*.json is checked at build time: a bad rule pack stops the build and says which file and field.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { buildWithContent, editJson } from './build-with.mjs';

describe('a broken rule pack stops the build with a clear message', () => {
  it('names the file and every bad field of one pack', () => {
    const { code, output } = buildWithContent((dir) =>
      editJson(path.join(dir, 'rules', '442000.json'), (pack) => {
        pack.threshold[0].amount = -2592;
        pack.threshold[0].effectiveFrom = '2023-02-30';
        delete pack.minimumWage[0].source;
      }),
    );
    assert.notEqual(code, 0, 'the build must fail');
    assert.match(output, /content\/rules\/442000\.json/);
    assert.match(output, /field "threshold\.0\.effectiveFrom" must be a real date/);
    assert.match(output, /field "threshold\.0\.amount" must be at least 1/);
    assert.match(output, /field "minimumWage\.0\.source" is missing/);
  });

  it('names an unknown switch', () => {
    const { code, output } = buildWithContent((dir) =>
      editJson(path.join(dir, 'rules', '000000.json'), (pack) => {
        pack.switches.everyoneQualifies = [{ value: true, effectiveFrom: '2024-01-01', source: 'nobody' }];
      }),
    );
    assert.notEqual(code, 0);
    assert.match(output, /content\/rules\/000000\.json: invalid content\. field "switches\.everyoneQualifies" is not a known switch/);
  });

  it('names a pack whose parent does not exist', () => {
    const { code, output } = buildWithContent((dir) => fs.rmSync(path.join(dir, 'rules', '440000.json')));
    assert.notEqual(code, 0);
    assert.match(output, /content\/rules\/442000\.json: field "parent" no pack for 440000/);
  });
});

describe('a broken holiday calendar stops the build with a clear message', () => {
  it('names the file and the bad field', () => {
    const { code, output } = buildWithContent((dir) =>
      editJson(path.join(dir, 'calendar', 'holidays.json'), (calendar) => {
        calendar.years[1].workdays.push('2026-10-12');
      }),
    );
    assert.notEqual(code, 0, 'the build must fail');
    assert.match(
      output,
      /content\/calendar\/holidays\.json: invalid content\. field "years\.1\.workdays\.6" 2026-10-12 is not a Saturday or Sunday/,
    );
  });
});
