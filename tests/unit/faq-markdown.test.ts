import { expect } from '@open-wc/testing';
import { parseMarkdown, plainText, safeHref } from '../../components/rights-faq/markdown.js';
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
