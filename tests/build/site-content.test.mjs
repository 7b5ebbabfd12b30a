// content/site.json is checked at build time: a missing or mistyped field stops the build and says where.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { buildWithContent, editJson } from './build-with.mjs';

describe('a broken content/site.json stops the build with a clear message', () => {
  it('names the file and the missing field', () => {
    const { code, output } = buildWithContent((dir) =>
      editJson(path.join(dir, 'site.json'), (site) => {
        delete site.bureau;
      }),
    );
    assert.notEqual(code, 0, 'the build must fail');
    assert.match(output, /site\.json/);
    assert.match(output, /field "bureau" is missing/);
  });

  it('names the file and a field of the wrong type', () => {
    const { code, output } = buildWithContent((dir) =>
      editJson(path.join(dir, 'site.json'), (site) => {
        site.phone = 12345;
        site.hotlines[1].label = 'only one language';
      }),
    );
    assert.notEqual(code, 0);
    assert.match(output, /site\.json/);
    assert.match(output, /field "phone" must be a non-empty string/);
    assert.match(output, /field "hotlines\.1\.label" must be an object/);
  });

  it('says so when the file is not JSON at all', () => {
    const { code, output } = buildWithContent((dir) => fs.writeFileSync(path.join(dir, 'site.json'), '{ "name": '));
    assert.notEqual(code, 0);
    assert.match(output, /site\.json: cannot read the file as JSON/);
  });
});
