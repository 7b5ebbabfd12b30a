import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromiumArgs, chromiumPath } from './scripts/test/chromium.mjs';
import { countingReporter } from './scripts/test/counting-reporter.mjs';
import { freePort } from './scripts/test/free-port.mjs';
import { fixtureMiddleware } from './tests/fixtures/test-server.mjs';

export default {
  files: ['tests/unit/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  port: await freePort(),
  concurrency: 2,
  middleware: [fixtureMiddleware],
  testsFinishTimeout: 240_000,
  testFramework: { config: { timeout: 30_000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter('reports/unit.json')],
};
