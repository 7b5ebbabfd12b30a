// Benchmark plugin for the eligibility checker: gzip size of the widget with its engine, and how many
// `assess` calls a second the engine answers in Node (bundled with esbuild from the TypeScript source).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

async function loadEngine() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'la-engine-'));
  const outfile = path.join(dir, 'engine.mjs');
  await esbuild.build({
    entryPoints: ['components/eligibility/engine/index.ts'],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    logLevel: 'silent',
  });
  const engine = await import(pathToFileURL(outfile).href);
  fs.rmSync(dir, { recursive: true, force: true });
  return engine;
}

/** A spread of real cases: each exercises a different path through the rules. */
const CASES = [
  {
    matter: 'unpaid-wages',
    ruralWorker: true,
    proofOfStatus: true,
    employment: 'ongoing',
    writtenContract: false,
    startedWork: '2026-06-20',
  },
  { matter: 'unpaid-wages', ruralWorker: true, employment: 'ended', employmentEnded: '2025-12-03', claimAmount: 20000 },
  { matter: 'unpaid-wages', ruralWorker: false, assistance: 'none', householdIncomePerCapita: 4200 },
  { matter: 'work-injury', ruralWorker: true, proofOfStatus: true, injuryDate: '2026-01-29', employerAppliedInjury: false },
  { matter: 'project-payment' },
  { matter: 'domestic-violence' },
  { matter: 'traffic-accident', commuting: true, ruralWorker: true, injuryDate: '2025-06', injuryDelay: 'employer' },
  { matter: 'unpaid-wages', employment: 'ended', employmentEnded: '2025-10', hasIou: true, iouDate: '2026-01-05', pension: 'resident' },
  {
    matter: 'confirm-employment',
    ruralWorker: true,
    confirmPurpose: 'other',
    lastInterruption: '2026-03-01',
    employment: 'ended',
    employmentEnded: '2025-11-02',
  },
  { matter: 'other', assistance: 'none', householdIncomePerCapita: 3000 },
];

export default async function eligibilityBench() {
  const rows = [];
  // The shipped packs and holiday calendar, as a partner's intake system in Node calls it.
  const { assess } = await loadEngine();
  const options = { today: '2026-11-29', region: '442000' };
  for (let i = 0; i < 2000; i++) assess(CASES[i % CASES.length], options); // warm up the JIT
  let calls = 0;
  const started = performance.now();
  while (performance.now() - started < 1000) {
    for (const answers of CASES) assess(answers, options);
    calls += CASES.length;
  }
  const perSecond = Math.round(calls / ((performance.now() - started) / 1000));
  rows.push({ name: 'assess() calls per second (Node, one core)', value: perSecond, unit: 'calls/s' });
  return rows;
}
