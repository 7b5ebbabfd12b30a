// Every built page stays within the first-load budget: ≤ 100 KB transferred, ≤ 30 KB of JavaScript.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pageBudgets } from '../../scripts/measure/budgets.mjs';
import { listPages, pageUrl, pageWeight } from '../../scripts/measure/page-weight.mjs';

describe('every page of the built site fits a weak connection', () => {
  const pages = listPages();
  it('the site has pages to check', () => assert.ok(pages.length >= 2, 'run the build first'));
  for (const file of pages) {
    it(`${pageUrl(file)} ≤ ${pageBudgets.total} bytes in all and ≤ ${pageBudgets.js} bytes of JavaScript`, () => {
      const weight = pageWeight(file);
      assert.ok(weight.total <= pageBudgets.total, `${pageUrl(file)} downloads ${weight.total} bytes gzip`);
      assert.ok(weight.js <= pageBudgets.js, `${pageUrl(file)} loads ${weight.js} bytes of JavaScript gzip`);
    });
  }
});
