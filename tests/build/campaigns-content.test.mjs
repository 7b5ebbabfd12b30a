// content/campaigns/*.md is checked at build time: a campaign that would print a wrong poster stops the
// build with the file and the field.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { buildWithContent } from './build-with.mjs';

/** Changes the JSON front matter of a campaign file in the copied content folder. */
function editCampaign(dir, name, change) {
  const file = path.join(dir, 'campaigns', name);
  const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(fs.readFileSync(file, 'utf8'));
  const data = JSON.parse(front);
  change(data);
  fs.writeFileSync(file, `---\n${JSON.stringify(data, null, 2)}\n---\n${body}`);
}

const FILE = 'railway-station.md';

describe('a bad campaign stops the build, naming the file and the field', () => {
  it('an end date before the start date', () => {
    const { code, output } = buildWithContent((dir) =>
      editCampaign(dir, FILE, (c) => {
        c.start = '2027-03-10';
        c.end = '2027-01-20';
      }),
    );
    assert.notEqual(code, 0, 'the build must fail');
    assert.match(output, /campaigns\/railway-station\.md: invalid content\. field "end" is before start \(2027-03-10\)/);
  });

  it('an unknown poster language', () => {
    const { code, output } = buildWithContent((dir) => editCampaign(dir, FILE, (c) => (c.languages = ['zh-CN', 'ug'])));
    assert.notEqual(code, 0);
    assert.match(output, /railway-station\.md: invalid content\. field "languages\.1" must be one of zh-CN, en/);
  });

  it('a QR target that is not a page of the site', () => {
    const { code, output } = buildWithContent((dir) => editCampaign(dir, FILE, (c) => (c.target = '/no-such-page/')));
    assert.notEqual(code, 0);
    assert.match(output, /railway-station\.md: invalid content\. field "target" "\/no-such-page\/" is not a page of the site/);
  });

  it('a short code already printed for another campaign', () => {
    const { code, output } = buildWithContent((dir) => editCampaign(dir, FILE, (c) => (c.posters[1].code = 'SITE1')));
    assert.notEqual(code, 0);
    assert.match(
      output,
      /railway-station\.md: invalid content\. field "posters\.1\.code" "SITE1" is already used by .*campaigns\/chunnuan-building-sites\.md/,
    );
  });

  it('a short code in lower case (it would make the QR code bigger)', () => {
    const { code, output } = buildWithContent((dir) => editCampaign(dir, FILE, (c) => (c.posters[0].code = 'stn1')));
    assert.notEqual(code, 0);
    assert.match(output, /railway-station\.md: invalid content\. field "posters\.0\.code" does not match/);
  });

  it('a body without its English section', () => {
    const { code, output } = buildWithContent((dir) => {
      const file = path.join(dir, 'campaigns', FILE);
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/## en[\s\S]*$/, ''));
    });
    assert.notEqual(code, 0);
    assert.match(output, /railway-station\.md: invalid content\. field "body\.en" is missing/);
  });

  it('front matter that is not JSON', () => {
    const { code, output } = buildWithContent((dir) => fs.writeFileSync(path.join(dir, 'campaigns', FILE), '---\ntitle: oops\n---\n'));
    assert.notEqual(code, 0);
    assert.match(output, /railway-station\.md: the front matter is not valid JSON/);
  });
});
