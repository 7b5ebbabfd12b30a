#!/usr/bin/env node
// `npm test`: typecheck, lint, unit tests in Chromium, build, build-time checks, e2e against the built
// site. Every step runs even when an earlier one fails, so one run shows everything that is wrong; the
// last line is "N passed, N failed", counting each test that ran (typecheck and lint count as one each).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

fs.rmSync('reports', { recursive: true, force: true });
fs.mkdirSync('reports', { recursive: true });
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
const totals = { passed: 0, failed: 0 };
const failedSteps = [];
/** How long each step took, printed before the totals: the suite should stay well under ten minutes. */
const durations = [];

function run(name, command, args) {
  console.log(`\n=== ${name} ===`);
  const start = performance.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  durations.push(`${name}: ${((performance.now() - start) / 1000).toFixed(0)} s`);
  return result.status === 0;
}

function count(name, ok, reportFile, read) {
  let counts = null;
  try {
    counts = read(JSON.parse(fs.readFileSync(reportFile, 'utf8')));
  } catch {
    // No report: the runner crashed before counting.
  }
  if (!counts || (!ok && counts.failed === 0)) counts = { passed: counts?.passed ?? 0, failed: (counts?.failed ?? 0) + 1 };
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  if (!ok || counts.failed) failedSteps.push(name);
  console.log(`--- ${name}: ${counts.passed} passed, ${counts.failed} failed`);
}

function single(name, ok) {
  totals[ok ? 'passed' : 'failed']++;
  if (!ok) failedSteps.push(name);
}

const node = process.execPath;
// Generated inputs the typecheck needs on a fresh clone: Astro's content types and the elements manifest.
single('astro sync', run('astro sync (content types)', node, ['node_modules/astro/bin/astro.mjs', 'sync']));
single('manifest', run('custom elements manifest', 'npm', ['run', '--silent', 'analyze', '--', '--quiet']));
single('typecheck', run('typecheck', node, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json']));
single('lint', run('lint', 'npm', ['run', '--silent', 'lint']));

const unitOk = run('unit tests (Chromium)', node, ['node_modules/@web/test-runner/dist/bin.js']);
count('unit', unitOk, 'reports/unit.json', (r) => r);

const buildOk = run('build', node, ['scripts/build/build.mjs']);
single('build', buildOk);
single('storybook build', buildOk && run('storybook build', 'npm', ['run', '--silent', 'build-storybook']));

const nodeTestArgs = [
  '--test',
  '--test-concurrency=1',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=./scripts/test/node-test-counter.mjs',
  '--test-reporter-destination=reports/build.json',
  'tests/build/*.test.mjs',
];
const buildTestsOk = run('build-time checks (content validation, budgets)', node, nodeTestArgs);
count('build-time checks', buildTestsOk, 'reports/build.json', (r) => r);

if (buildOk) {
  const e2eOk = run('e2e (Playwright + axe against the built site)', node, ['node_modules/@playwright/test/cli.js', 'test']);
  count('e2e', e2eOk, 'reports/e2e.json', (r) => ({ passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected }));
} else {
  failedSteps.push('e2e (not run: the build failed)');
  totals.failed++;
}

console.log(`\nSteps: ${durations.join('; ')}`);
if (failedSteps.length) console.log(`\nFailed: ${failedSteps.join(', ')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed ? 1 : 0);
