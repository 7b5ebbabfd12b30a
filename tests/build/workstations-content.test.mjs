// content/workstations/ is checked at build time with the widget's own parser: bad coordinates, duplicate ids,
// malformed schedules or phones stop the build naming the file and the field; a workstation without
// coordinates only warns (it is listed, not mapped).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { buildWithContent, editJson } from './build-with.mjs';

const FILE = 'zhongshan-sample.json';
const edit = (change) => (dir) => editJson(path.join(dir, 'workstations', FILE), change);

describe('content/workstations/ is validated when the site is built', () => {
  it('warns about a workstation without coordinates and still builds', () => {
    const { code, output } = buildWithContent(
      edit((data) => {
        delete data.workstations[2].location;
      }),
    );
    assert.equal(code, 0, output);
    assert.match(
      output,
      /zhongshan-sample\.json: warning: workstation "first-court" has no coordinates \(field "workstations\.2\.location"\)/,
    );
  });

  it('stops on coordinates out of range or not a number, naming file and field', () => {
    const { code, output } = buildWithContent(
      edit((data) => {
        data.workstations[0].location.latitude = 222.5;
        data.workstations[1].location.longitude = 'NaN';
      }),
    );
    assert.notEqual(code, 0);
    assert.match(output, /workstations[/\\]zhongshan-sample\.json: invalid content/);
    assert.match(output, /field "workstations\.0\.location\.latitude" must be at most 90/);
    assert.match(output, /field "workstations\.1\.location\.longitude" must be a finite number/);
  });

  it('stops on a schedule exception that ends before it starts, naming file and field', () => {
    const { code, output } = buildWithContent(
      edit((data) => {
        data.workstations[0].schedules.push({ valid_from: '2026-10-08', valid_to: '2026-10-01' });
      }),
    );
    assert.notEqual(code, 0);
    assert.match(output, /zhongshan-sample\.json: invalid content/);
    assert.match(output, /field "workstations\.0\.schedules\.\d+\.valid_to" must not be before valid_from/);
  });

  it('stops on a duplicate id', () => {
    const { code, output } = buildWithContent(
      edit((data) => {
        data.workstations[3].id = data.workstations[1].id;
      }),
    );
    assert.notEqual(code, 0);
    assert.match(output, /zhongshan-sample\.json: invalid content/);
    assert.match(output, /field "workstations\.3\.id" "intermediate-court" is used twice/);
  });

  it('stops on an id used again in another file', () => {
    const { code, output } = buildWithContent((dir) => {
      const data = JSON.parse(fs.readFileSync(path.join(dir, 'workstations', FILE), 'utf8'));
      data.workstations = data.workstations.slice(0, 1);
      fs.writeFileSync(path.join(dir, 'workstations', 'partner.json'), JSON.stringify(data));
    });
    assert.notEqual(code, 0);
    assert.match(output, /field "workstations\.0\.id" "legal-aid-centre" is already used in/);
  });

  it('stops on a malformed schedule or phone', () => {
    const { code, output } = buildWithContent(
      edit((data) => {
        data.workstations[4].schedules[0].opens_at = '8点半';
        data.workstations[4].schedules[1].byday = 'Monday';
        data.workstations[5].phones[0].number = '0760-12';
      }),
    );
    assert.notEqual(code, 0);
    assert.match(output, /zhongshan-sample\.json: invalid content/);
    assert.match(output, /field "workstations\.4\.schedules\.0\.opens_at" does not match/);
    assert.match(output, /field "workstations\.4\.schedules\.1\.byday" does not match/);
    assert.match(output, /field "workstations\.5\.phones\.0\.number" does not match/);
  });
});
