// Byte budgets are part of the design: sizes are deterministic, so they are checked on every test run.
// An entry over its design budget is held to its provisional ceiling (see scripts/measure/budgets.mjs), and says so.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { entryBudgets } from '../../scripts/measure/budgets.mjs';
import { measureEntry } from '../../scripts/measure/sizes.mjs';

describe('published entries stay within their gzip budgets', () => {
  for (const { id, entry, eager, budget, ceiling, limit: own } of entryBudgets.filter((row) => fs.existsSync(row.entry))) {
    const limit = ceiling ?? budget ?? own;
    const title = ceiling
      ? `${id} ≤ ${ceiling} bytes (provisional ceiling; design budget ${budget} not met yet)`
      : budget
        ? `${id} (${entry}) ≤ ${budget} bytes`
        : `${id} ≤ ${own} bytes (no design budget; its own limit)`;
    it(title, async () => {
      const { usableGzip } = await measureEntry(entry, { eager });
      assert.ok(usableGzip <= limit, `${id} is ${usableGzip} bytes gzip, over its limit of ${limit}`);
    });
  }
});
