// Runs every browser test in the engines MV_BROWSERS names (`chromium`, `firefox`, `webkit`
// or `all`, comma-separated; Chromium alone when unset), each found on the machine: see
// scripts/browsers.mjs and the README's testing section.
import { readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { chromiumFlags, chromiumPath, firefoxLaunchOptions, requestedEngines, startWebKitDriver, webkitCapabilities } from './scripts/browsers.mjs';
import { engineCommands } from './test/servers/engine-commands.mjs';
import { submitReceiver } from './test/servers/submit-receiver.mjs';

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

const engines = requestedEngines();

/** WebKit's driver and display, started for this run and stopped with the test server. */
const webkit = engines.includes('webkit') ? await startWebKitDriver() : undefined;
if (webkit) {
  process.once('exit', () => webkit.stop());
  // A run stopped from outside ends the display and the driver too.
  process.once('SIGTERM', () => {
    webkit.stop();
    process.exit(143);
  });
}

/** Launchers for the requested engines. */
function launchers() {
  const list = [];
  if (engines.includes('chromium')) {
    list.push(
      chromeLauncher({
        // Each test file gets a page of its own in a context of its own: test files run side by
        // side, and a page behind another in one window gets no animation frames, so waits
        // for a render would time out.
        createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
        launchOptions: { executablePath: chromiumPath(), headless: true, args: [...chromiumFlags] },
      }),
    );
  }
  if (engines.includes('firefox')) {
    list.push(
      puppeteerLauncher({
        launchOptions: firefoxLaunchOptions(),
        // A browsing context of its own per test file, as for Chromium.
        createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
        // One test file at a time: Firefox gives the keyboard focus to one page only, as a
        // visitor's browser does, and Chromium's headless pages each behave as focused. In a
        // second page run side by side, focus() moves the active element but fires no focus or
        // blur, Enter on a focused button sends its key events but no click, and Space leaves
        // a checkbox as it was; keyboard tests there fail for want of focus, not for anything
        // in the page.
        concurrency: 1,
      }),
    );
  }
  if (webkit) {
    list.push(webdriverLauncher({ hostname: '127.0.0.1', port: webkit.port, path: '/', logLevel: 'error', capabilities: webkitCapabilities() }));
  }
  return list;
}

// Coverage is read through Chromium's V8; the other engines run the same tests without it.
const coverage = process.env.MV_COVERAGE !== '0' && engines.length === 1 && engines[0] === 'chromium';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // WebKitWebDriver drives one session at a time: WebKit's files run one after another, each
  // in a fresh window (two at once would share a window, through iframes, and fight over focus).
  concurrency: webkit ? 1 : 2,
  testsFinishTimeout: 300_000,
  // Firefox and the MiniBrowser start slower than Chromium, the more so on a busy machine.
  browserStartTimeout: engines.every((engine) => engine === 'chromium') ? 60_000 : 120_000,
  // axe over a whole assessment takes a few seconds in Chromium, and up to 20 s in WebKit and
  // Firefox on a busy two-core machine: their tests get more time.
  testFramework: { config: { timeout: engines.every((engine) => engine === 'chromium') ? 20_000 : 60_000 } },
  middleware: [testRoutes(), submitReceiver()],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    // The browser's own accessibility tree, for tests that check accessible names.
    a11ySnapshotPlugin(),
    // Viewport, media emulation and the accessibility tree in every engine.
    engineCommands(),
    ...(webkit ? [{ name: 'webkit-driver', serverStop: () => webkit.stop() }] : []),
  ],
  browsers: launchers(),
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
