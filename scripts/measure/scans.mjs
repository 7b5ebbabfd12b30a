#!/usr/bin/env node
// npm run scans -- <access.log>… [--place "火炬开发区某工地"]… [--csv scans.csv]
// Counts poster scans from a static host's access logs (plain or .gz): per campaign and place, by ISO week,
// printed as a table and as CSV. Counts only: no IP address, browser or time of day is kept or printed.
// Formats and rules: scripts/measure/scans/parse.mjs; how the bureau uses it: content/campaigns/README.md.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { placeCode } from '../../src/lib/place-code.ts';
import { countScans, toCsv, toTable } from './scans/parse.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    place: { type: 'string', multiple: true, default: [] },
    csv: { type: 'string' },
    content: { type: 'string', default: process.env.LA_CONTENT_DIR ?? 'content' },
  },
});

if (positionals.length === 0) {
  console.error('usage: npm run scans -- <access.log>… [--place "place name"]… [--csv scans.csv]');
  process.exit(2);
}

const campaignDir = path.join(values.content, 'campaigns');
const campaigns = fs
  .readdirSync(campaignDir)
  .filter((name) => name.endsWith('.md') && name !== 'README.md')
  .map((name) => {
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(fs.readFileSync(path.join(campaignDir, name), 'utf8'));
    return { ...JSON.parse(front[1]), id: path.basename(name, '.md') };
  });
const places = new Map(values.place.map((name) => [placeCode(name), name]));

const lines = positionals.flatMap((file) => {
  if (!fs.existsSync(file)) {
    console.error(`${file}: no such file`);
    process.exit(1);
  }
  const raw = fs.readFileSync(file);
  return (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8').split(/\r?\n/);
});

const { rows, skipped } = countScans(lines, campaigns, places);
const total = rows.reduce((sum, row) => sum + row.scans, 0);
console.log(rows.length ? toTable(rows) : 'No scans found.');
console.log(
  `\n${total} scans. Left out: ${skipped.reload} reloads within 30 minutes, ${skipped.robot} robots and link previews, ` +
    `${skipped.notServed} redirects or errors, ${skipped.unknownCode} unknown codes, ${skipped.unreadable} unreadable lines.`,
);
if (values.csv) {
  fs.writeFileSync(values.csv, toCsv(rows));
  console.log(`CSV written to ${values.csv}`);
} else {
  console.log(`\n${toCsv(rows).replace(/^\uFEFF/, '')}`);
}
