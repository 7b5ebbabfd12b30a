// content/faq/*.md is checked at build time: a question without its legal basis or reviewed date, or with an
// id another file uses, stops the build naming the file; hostile HTML in a file is published as inert text;
// a local promise in a conditional block is published only where the site's rule pack switches it on.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/test/chromium.mjs';
import { freePort } from '../../scripts/test/free-port.mjs';
import { buildWithContent, editJson } from './build-with.mjs';

const faqDir = (dir) => path.join(dir, 'faq');
const edit = (dir, name, change) => {
  const file = path.join(faqDir(dir), name);
  fs.writeFileSync(file, change(fs.readFileSync(file, 'utf8')));
};

describe('the FAQ content', () => {
  it('has at least 30 questions, each in its own file, and the browser tests read every one', () => {
    const ids = fs
      .readdirSync('content/faq')
      .filter((name) => name.endsWith('.md'))
      .map((name) => name.replace(/\.md$/, ''));
    assert.ok(ids.length >= 30, `only ${ids.length} questions`);
    const listed = fs.readFileSync('tests/fixtures/faq-content.ts', 'utf8');
    for (const id of ids) assert.match(listed, new RegExp(`\\b${id}\\b`), `add ${id} to FAQ_IDS in tests/fixtures/faq-content.ts`);
  });
});

describe('a broken FAQ file stops the build and names the file', () => {
  it('a question without its legal basis', () => {
    const { code, output } = buildWithContent((dir) => edit(dir, 'wage-iou.md', (text) => text.replace(/^basis: .*\n/gm, '')));
    assert.notEqual(code, 0, 'the build must fail');
    assert.match(output, /content\/faq\/wage-iou\.md/);
    assert.match(output, /field "basis" must not be empty/);
  });

  it('a question without its reviewed date', () => {
    const { code, output } = buildWithContent((dir) => edit(dir, 'mediation.md', (text) => text.replace(/^reviewed: .*\n/m, '')));
    assert.notEqual(code, 0);
    assert.match(output, /content\/faq\/mediation\.md/);
    assert.match(output, /field "reviewed" is missing/);
  });

  it('two files with the same id', () => {
    const { code, output } = buildWithContent((dir) =>
      fs.writeFileSync(path.join(faqDir(dir), 'zz-copy.md'), fs.readFileSync(path.join(faqDir(dir), 'wage-iou.md'))),
    );
    assert.notEqual(code, 0);
    assert.match(output, /content\/faq\/zz-copy\.md/);
    assert.match(output, /"wage-iou" is already used by .*content\/faq\/wage-iou\.md/);
  });
});

// The same-day green channel (当日申请、当日受理、当日指派) is a local promise, not law (法律援助法 art. 43:
// a decision within 7 days): the answers promise it only where the region's pack switches it on.
const SAME_DAY = /当日申请|当日受理|当日指派|当天受理|当天指派|same day/i;
const SAME_DAY_ANSWERS = ['green-channel', 'how-long-decision'];

describe("the same-day promise follows the rule pack of the site's region (sameDayGreenChannel)", () => {
  it("with the switch off in the region's pack, neither the published data nor the pages promise the same day; the national wording stays", async () => {
    const seen = [];
    const { code, output } = await buildWithContent(
      (dir) =>
        editJson(path.join(dir, 'rules/442000.json'), (pack) => {
          pack.switches.sameDayGreenChannel = [{ value: false, effectiveFrom: '2023-01-01', source: 'test: the promise withdrawn' }];
        }),
      (out) => {
        for (const lang of ['zh-CN', 'en']) {
          const { entries } = JSON.parse(fs.readFileSync(path.join(out, `data/faq.${lang}.json`), 'utf8'));
          for (const entry of entries) {
            assert.doesNotMatch(entry.answer, SAME_DAY, `/data/faq.${lang}.json ${entry.id} still promises the same day`);
            assert.doesNotMatch(entry.answer, /:::/, `/data/faq.${lang}.json ${entry.id} shows a block fence`);
          }
          for (const id of SAME_DAY_ANSWERS) {
            const answer = entries.find((entry) => entry.id === id).answer;
            assert.match(answer, lang === 'en' ? /within 7 days/ : /7天内决定/, `${id} (${lang}) keeps the national wording`);
          }
          seen.push(`data ${lang}`);
        }
        for (const page of [
          'faq/index.html',
          'en/faq/index.html',
          ...SAME_DAY_ANSWERS.flatMap((id) => [`faq/${id}/index.html`, `en/faq/${id}/index.html`]),
        ]) {
          // The words a reader sees (tags and attributes, such as the search synonyms, left out).
          const main = /<main[\s\S]*<\/main>/.exec(fs.readFileSync(path.join(out, page), 'utf8'))[0].replace(/<[^>]*>/g, ' ');
          assert.doesNotMatch(main, SAME_DAY, `${page} still promises the same day`);
          assert.doesNotMatch(main, /:::/, `${page} shows a block fence`);
          seen.push(page);
        }
      },
    );
    assert.equal(code, 0, output);
    assert.equal(seen.length, 8);
  });

  it('a block naming a switch the rule packs do not know stops the build, naming the file and the switch', () => {
    const { code, output } = buildWithContent((dir) =>
      edit(dir, 'green-channel.md', (text) => text.replaceAll('if sameDayGreenChannel', 'if sameDayGreenChanel')),
    );
    assert.notEqual(code, 0, 'the build must fail');
    assert.match(output, /content\/faq\/green-channel\.md/);
    assert.match(output, /field "answer" line \d+: unknown switch "sameDayGreenChanel"/);
  });

  it('a block left open stops the build, naming the file and the line', () => {
    const { code, output } = buildWithContent((dir) => edit(dir, 'how-long-decision.md', (text) => text.replace(/^:::\n/m, '')));
    assert.notEqual(code, 0, 'the build must fail');
    assert.match(output, /content\/faq\/how-long-decision\.md/);
    assert.match(output, /line \d+: the block is never closed with ":::"/);
  });
});

describe('hostile HTML in a FAQ file is published as inert text', () => {
  it('the pages and the widget show the payloads as words and run none of them', async () => {
    const payloads = JSON.parse(fs.readFileSync('tests/fixtures/xss-payloads.json', 'utf8'));
    const oneLine = payloads.filter((p) => !p.includes('\n'));
    const file = [
      '---',
      'id: hostile',
      'order: 1',
      'issues: unpaid-wages',
      `question.zh-CN: ${oneLine[1]}`,
      `question.en: ${oneLine[0]}`,
      `synonyms.zh-CN: ${oneLine[2]}`,
      'basis: wage-regulations 10',
      'reviewed: 2026-11-29',
      '---',
      '# zh-CN',
      payloads.join('\n\n'),
      '# en',
      payloads.map((p) => `- ${p}`).join('\n'),
    ].join('\n');
    let checked = 0;
    const { code, output } = await buildWithContent(
      (dir) => fs.writeFileSync(path.join(faqDir(dir), 'hostile.md'), file),
      async (out) => {
        assert.ok(fs.existsSync(path.join(out, 'faq/hostile/index.html')), 'the hostile page was built');
        const port = await freePort();
        const server = spawn(process.execPath, ['scripts/test/serve.mjs', '--root', out, '--port', String(port)], { stdio: 'ignore' });
        const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
        try {
          await new Promise((resolve) => setTimeout(resolve, 400));
          const page = await browser.newPage();
          for (const url of ['/faq/hostile/', '/en/faq/hostile/', '/faq/']) {
            await page.goto(`http://127.0.0.1:${port}${url}`);
            // On the list page, wait until the widget has enhanced the server answers, then search so that it
            // highlights words inside the hostile question too.
            if (url === '/faq/') {
              await page.waitForFunction(() => document.querySelector('la-rights-faq details:has(#hostile) .actions'));
              await page.fill('la-rights-faq input', 'onerror');
              await page.waitForFunction(() => document.querySelector('la-rights-faq details:has(#hostile) summary mark'));
            }
            const found = await page.evaluate(() => {
              const roots = [document, ...[...document.querySelectorAll('la-rights-faq')].map((el) => el.shadowRoot).filter(Boolean)];
              roots.forEach((root) => root.querySelectorAll('details').forEach((d) => (d.open = true)));
              const bad = roots.flatMap((root) => [
                ...root.querySelectorAll(
                  'main img, main iframe, main form, main math, main svg, main b, main details details, img, iframe',
                ),
              ]);
              const links = roots.flatMap((root) => [...root.querySelectorAll('a')].map((a) => a.getAttribute('href')));
              return { xss: window.__xss, bad: bad.map((el) => el.outerHTML), links, text: document.querySelector('main').textContent };
            });
            assert.equal(found.xss, undefined, `${url} ran a payload`);
            assert.deepEqual(found.bad, [], `${url} has injected elements`);
            for (const href of found.links) assert.doesNotMatch(href, /^(javascript|data|vbscript):|^\/\//i, `${url} links to ${href}`);
            assert.ok(found.text.includes('onerror'), `${url} shows the payload as text`);
            checked++;
          }
        } finally {
          await browser.close();
          server.kill();
        }
      },
    );
    assert.equal(code, 0, output);
    assert.equal(checked, 3);
  });
});
