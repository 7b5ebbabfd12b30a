import { expect } from '@open-wc/testing';
import { SWITCHES } from '../../components/eligibility/engine/packs.js';
import { parseMarkdown, plainText, resolveConditions, safeHref } from '../../components/rights-faq/markdown.js';
import { formatArticle, parseFaqSource } from '../../src/lib/faq-source.js';
import { xssPayloads } from '../fixtures/faq-content.js';

const payloads = await xssPayloads();

describe('the answer Markdown subset', () => {
  it('reads paragraphs, bullet and numbered lists, bold and links', () => {
    const blocks = parseMarkdown('先看病。\n\n1. 去医院\n2. 打 [12348](tel:12348)\n\n- **带上**身份证\n\n最后一段');
    expect(blocks.map((b) => b.list ?? 'p')).to.deep.equal(['p', 'ol', 'ul', 'p']);
    expect(blocks[1]!.items[1]).to.deep.equal([{ text: '打 ' }, { text: '12348', href: 'tel:12348' }]);
    expect(blocks[2]!.items[0]![0]).to.deep.equal({ text: '带上', strong: true });
    expect(plainText(blocks)).to.contain('去医院');
  });

  it('keeps only links to this site, https and phone numbers', () => {
    for (const ok of ['/check/', '#boss-wont-pay', '../faq/', 'https://www.12348.gov.cn', 'tel:12348']) expect(safeHref(ok)).to.equal(ok);
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:x',
      'java\tscript:x',
      'data:text/html,x',
      '//evil.example',
      'http://plain.example',
      'vbscript:x',
      'tel:12348;x',
    ])
      expect(safeHref(bad), bad).to.equal(undefined);
  });

  it('turns every XSS payload into plain text or a safe link, never markup', () => {
    for (const payload of payloads) {
      for (const block of parseMarkdown(payload)) {
        for (const item of block.items) {
          for (const part of item) {
            expect(Object.keys(part).every((key) => ['text', 'strong', 'href'].includes(key))).to.equal(true);
            if (part.href) expect(safeHref(part.href), payload).to.equal(part.href);
          }
        }
      }
    }
  });
});

describe('conditional blocks (a local promise only where the rule pack switches it on)', () => {
  const answer = [
    '法律规定：7天内决定。',
    '',
    '::: if sameDayGreenChannel',
    '本市承诺：当日申请、当日受理、当日指派律师。',
    ':::',
    '::: if not sameDayGreenChannel',
    '本地要多久，请问法律援助中心。',
    ':::',
    '',
    '- 不查经济困难',
    '::: if sameDayGreenChannel',
    '- 当日指派律师',
    ':::',
    '- 可以先提供法律援助',
  ].join('\n');
  const on = { ...SWITCHES, sameDayGreenChannel: true };

  it('keeps an "if" block where the switch is on and an "if not" block where it is off, and never the fences', () => {
    const where = resolveConditions(answer, on);
    expect(where.problems).to.deep.equal([]);
    expect(where.names).to.deep.equal(['sameDayGreenChannel']);
    expect(where.text).to.contain('当日申请、当日受理、当日指派律师');
    expect(where.text).to.not.contain('请问法律援助中心');
    expect(where.text).to.not.contain(':::');
    const blocks = parseMarkdown(where.text);
    expect(blocks.map((b) => b.list ?? 'p')).to.deep.equal(['p', 'p', 'ul']);
    expect(blocks[2]!.items).to.have.length(3);

    const national = resolveConditions(answer, SWITCHES);
    expect(national.problems).to.deep.equal([]);
    expect(national.text).to.contain('7天内决定');
    expect(national.text).to.contain('请问法律援助中心');
    expect(national.text).to.not.contain('当日');
    expect(national.text).to.not.contain(':::');
    expect(parseMarkdown(national.text)[2]!.items).to.have.length(2);
  });

  it('reports an unknown switch, a stray fence, a block inside a block and a block left open, each with its line', () => {
    expect(resolveConditions('a\n::: if sameDayGreenChanel\nb\n:::', SWITCHES).problems[0]).to.match(
      /^line 2: unknown switch "sameDayGreenChanel" \(known: .*sameDayGreenChannel/,
    );
    expect(resolveConditions('a\n:::', SWITCHES).problems).to.deep.equal(['line 2: ":::" closes no block']);
    expect(resolveConditions('::: when sameDayGreenChannel\n:::', SWITCHES).problems[0]).to.match(
      /^line 1: .* must read "::: if <switch>"/,
    );
    expect(resolveConditions('::: if sameDayGreenChannel\n::: if thresholdInclusive\n:::\n:::', SWITCHES).problems).to.include(
      'line 2: a block inside the block of line 1 (close it with ":::" first)',
    );
    expect(resolveConditions('x\n::: if sameDayGreenChannel\ny', SWITCHES).problems).to.deep.equal([
      'line 2: the block is never closed with ":::"',
    ]);
  });

  const file = (zh: string, en: string) =>
    [
      '---',
      'id: t',
      'issues: legal-aid',
      'question.zh-CN: 问',
      'question.en: Q',
      'basis: legal-aid-law 43',
      'reviewed: 2026-12-03',
      '---',
      '# zh-CN',
      zh,
      '# en',
      en,
    ].join('\n');

  it('the FAQ parser resolves the blocks for the site and names the file and the field of a bad block', () => {
    const text = file('7天内。\n::: if sameDayGreenChannel\n当日指派。\n:::', 'Within 7 days.\n::: if sameDayGreenChannel\nSame day.\n:::');
    expect(parseFaqSource(text, 't.md', on).entries['zh-CN'].answer).to.equal('7天内。\n当日指派。');
    expect(parseFaqSource(text, 't.md', SWITCHES).entries.en.answer).to.equal('Within 7 days.');
    expect(() => parseFaqSource(text.replace('if sameDayGreenChannel\n当日', 'if sameDay\n当日'), 't.md', SWITCHES)).to.throw(
      /t\.md.*answer: line 2: unknown switch "sameDay"/s,
    );
    expect(() => parseFaqSource(file('7天内。', 'Within 7 days.\n::: if sameDayGreenChannel\nSame day.\n:::'), 't.md', SWITCHES)).to.throw(
      /en\.answer: names the switches \[sameDayGreenChannel\] but the zh-CN answer names \[\]/,
    );
  });
});

describe('FAQ citations', () => {
  it('write items, paragraphs and inserted articles as the statutes do', () => {
    const cases: [string, string, string][] = [
      ['42(3)', '第42条第3项', 'art. 42(3)'],
      ['30p2', '第30条第2款', 'art. 30(2)'],
      ['44p1(1)', '第44条第1款第1项', 'art. 44(1)(1)'],
      ['276-1', '第276条之一', 'art. 276-1'],
      ['188', '第188条', 'art. 188'],
    ];
    for (const [article, zh, en] of cases) {
      expect(formatArticle(article, 'zh-CN'), article).to.equal(zh);
      expect(formatArticle(article, 'en'), article).to.equal(en);
    }
  });
});
