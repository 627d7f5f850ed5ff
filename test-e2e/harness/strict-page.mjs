// Strict host pages for the security tests: the CDN build and the test pages in
// `test-e2e/pages/`, served under a strict Content-Security-Policy, with every CSP and Trusted
// Types violation collected from the moment the page starts.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before } from 'node:test';
import { launchBrowser } from './browser.mjs';
import { startStaticServer } from './server.mjs';

const repositoryRoot = resolve(import.meta.dirname, '..', '..');

/**
 * The Trusted Types policy names the CDN file creates. Lit creates one policy, `lit-html`,
 * for its template strings (written by Lit, never by data); nothing else of ours does.
 */
export const trustedTypesPolicies = Object.freeze(['lit-html']);

/**
 * The policy the project documents in SECURITY.md for a kommune's page: nothing inline,
 * nothing from elsewhere, and Trusted Types enforced for every DOM sink that takes script.
 */
export const strictCsp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "require-trusted-types-for 'script'",
  `trusted-types ${trustedTypesPolicies.join(' ')}`,
].join('; ');

/**
 * Where the CDN build is: `MV_CDN_DIR` when set (a build made elsewhere), else `dist/cdn`
 * from `npm run build`. Throws with the fix when there is none, rather than testing nothing.
 */
export function cdnDir() {
  const dir = process.env.MV_CDN_DIR ? resolve(process.env.MV_CDN_DIR) : join(repositoryRoot, 'dist', 'cdn');
  if (!existsSync(join(dir, 'merverdi.js'))) {
    throw new Error(`No CDN build in ${dir}: run \`npm run build\` first (or set MV_CDN_DIR).`);
  }
  return dir;
}

/**
 * Serves the CDN build at `/cdn/` (and a second copy of it at `/cdn-copy/`, as a page that
 * takes the file from two places would), the test framework fixtures at `/fixtures/` and the
 * test pages at `/`, every page and file with the strict policy (or `csp`).
 * @param {{ csp?: string }} [options]
 */
export function startStrictServer(options = {}) {
  return startStaticServer({
    mounts: [
      { prefix: '/cdn/', dir: cdnDir() },
      { prefix: '/cdn-copy/', dir: cdnDir() },
      { prefix: '/fixtures/', dir: join(repositoryRoot, 'test', 'fixtures', 'assessment') },
      { prefix: '/', dir: join(repositoryRoot, 'test-e2e', 'pages') },
    ],
    headers: [[/.*/, { 'Content-Security-Policy': options.csp ?? strictCsp }]],
  });
}

/**
 * Starts, before the suite, a strict-page server (with the strict policy, or `csp`) and
 * Chromium, and stops both after it. `routes` answers what the pages fetch or post beyond
 * the files (path → handler, as `server.route` takes them). Read `.server` and `.browser`
 * inside the tests.
 * @param {{ csp?: string, routes?: Record<string, Parameters<Awaited<ReturnType<typeof startStrictServer>>['route']>[1]> }} [options]
 */
export function useStrictPages(options = {}) {
  const suite = {
    /** @type {Awaited<ReturnType<typeof startStrictServer>>} */
    server: /** @type {any} */ (undefined),
    /** @type {import('playwright-core').Browser} */
    browser: /** @type {any} */ (undefined),
  };
  before(async () => {
    suite.server = await startStrictServer({ csp: options.csp });
    for (const [path, handler] of Object.entries(options.routes ?? {})) suite.server.route(path, handler);
    suite.browser = await launchBrowser();
  });
  after(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}

/**
 * Collects every `securitypolicyviolation` event, from before the page's first script, and
 * every console message the browser writes about a CSP or Trusted Types refusal (some
 * refusals, such as a failed `createPolicy`, show only there).
 * @param {import('playwright-core').Page} page
 */
export async function collectViolations(page) {
  /** @type {string[]} */
  const console = [];
  page.on('console', (message) => {
    const text = message.text();
    if (/Content Security Policy|Trusted Type|TrustedHTML|TrustedScript/i.test(text)) console.push(text);
  });
  await page.addInitScript(() => {
    const seen = (globalThis.__cspViolations = []);
    document.addEventListener(
      'securitypolicyviolation',
      (event) => seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} ${event.sample ?? ''}`.trim()),
      true,
    );
  });
  return {
    /** Every violation so far, from the event and from the console. */
    list: async () => {
      const events = await page.evaluate(() => globalThis.__cspViolations ?? []).catch(() => []);
      return [...events, ...console];
    },
  };
}
