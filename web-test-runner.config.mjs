// Runs every browser test in Debian's (or the developer's own) headless Chromium.
import { existsSync, readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { submitReceiver } from './test/servers/submit-receiver.mjs';

/** The browser to drive: CHROME_PATH wins, then the usual install locations. */
function findChrome() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) {
    throw new Error('No Chromium or Chrome found: install one or set CHROME_PATH.');
  }
  return found;
}

/**
 * Test-only routes, all under `/__test__/`, for the loading tests of the elements: real HTTP
 * answers that a static file server cannot give.
 * - `/__test__/status/<code>`: answers with that HTTP status;
 * - `/__test__/slow/<ms>`: answers `{}` after that many milliseconds (at most 60 s);
 * - `/__test__/fail-once/<token>`: 500 the first time for each token, then a valid framework.
 * Everything else passes through untouched.
 */
function testRoutes() {
  const failedOnce = new Set();
  const framework = new URL('./test/fixtures/assessment/small-framework.json', import.meta.url);
  return async (context, next) => {
    if (!context.path.startsWith('/__test__/')) return next();
    const status = /^\/__test__\/status\/(\d{3})$/.exec(context.path);
    if (status) {
      context.status = Number(status[1]);
      context.body = `status ${status[1]}`;
      return undefined;
    }
    const slow = /^\/__test__\/slow\/(\d+)$/.exec(context.path);
    if (slow) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(Number(slow[1]), 60_000)));
      context.type = 'application/json';
      context.body = '{}';
      return undefined;
    }
    const flaky = /^\/__test__\/fail-once\/([\w-]+)$/.exec(context.path);
    if (flaky) {
      if (!failedOnce.has(flaky[1])) {
        failedOnce.add(flaky[1]);
        context.status = 500;
        context.body = 'failing once';
        return undefined;
      }
      context.type = 'application/json';
      context.body = readFileSync(framework, 'utf8');
      return undefined;
    }
    return next();
  };
}

const coverage = process.env.MV_COVERAGE !== '0';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testsFinishTimeout: 300_000,
  browserStartTimeout: 60_000,
  testFramework: { config: { timeout: 20_000 } },
  middleware: [testRoutes(), submitReceiver()],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    // The browser's own accessibility tree, for tests that check accessible names.
    a11ySnapshotPlugin(),
  ],
  browsers: [
    chromeLauncher({
      // Each test file gets a page of its own in a context of its own: test files run side by
      // side, and a page behind another in one window gets no animation frames, so waits
      // for a render would time out.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      launchOptions: {
        executablePath: findChrome(),
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  coverage,
  coverageConfig: {
    include: ['src/**/*.ts', 'components/**/*.ts'],
    exclude: ['**/*.test.ts', '**/*.stories.ts', 'node_modules/**'],
    report: true,
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcov'],
    threshold: { statements: 85, branches: 75, functions: 85, lines: 85 },
  },
};
