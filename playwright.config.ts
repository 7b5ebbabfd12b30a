import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/test/chromium.mjs';
import { freePort } from './scripts/test/free-port.mjs';

// The port is chosen once and handed to worker processes through the environment.
const port = Number((process.env.LA_E2E_PORT ??= String(await freePort())));

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  // Waiting is not a speed claim: a busy CI machine may take a while to paint, so allow it.
  expect: {
    timeout: 15_000,
    // Baselines are drawn on this kind of machine with Noto CJK (installed by .ci/run); a few pixels of
    // antialiasing may differ between runs, a changed word or layout may not.
    toHaveScreenshot: {
      maxDiffPixelRatio: 0.002,
      animations: 'disabled',
      caret: 'hide',
      scale: 'css',
      stylePath: 'tests/e2e/screenshot.css',
    },
  },
  // One baseline per screen, shared by every run (no platform suffix: CI is this same kind of machine).
  snapshotPathTemplate: '{testDir}/{testFileDir}/{testFileName}-snapshots/{arg}{ext}',
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  webServer: {
    command: `node scripts/test/serve.mjs --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
