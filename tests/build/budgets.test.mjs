// Byte budgets are part of the design: sizes are deterministic, so they are checked on every test run.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { entryBudgets } from '../../scripts/budgets.mjs';
import { measureEntry } from '../../scripts/sizes.mjs';

describe('published entries stay within their gzip budgets', () => {
  for (const { id, entry, budget } of entryBudgets.filter((row) => fs.existsSync(row.entry))) {
    it(`${id} (${entry}) ≤ ${budget} bytes`, async () => {
      const { initialGzip } = await measureEntry(entry);
      assert.ok(initialGzip <= budget, `${id} is ${initialGzip} bytes gzip, over its budget of ${budget}`);
    });
  }
});
