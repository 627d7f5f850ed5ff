// Chromium for the end-to-end tests, through playwright-core and a browser already on the
// machine (CHROME_PATH, else Debian's /usr/bin/chromium): tools that download a browser
// do not work everywhere, and CI should test the browser it has.
import { chromium } from 'playwright-core';
import { chromiumFlags, chromiumPath } from '../../scripts/browsers.mjs';

export { chromiumFlags, chromiumPath };

/**
 * Launches Chromium.
 * @returns {Promise<import('playwright-core').Browser>}
 */
export function launchBrowser() {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...chromiumFlags],
  });
}

/**
 * Opens a page in a fresh context (own storage, own media emulation), collecting the
 * page's console errors and uncaught exceptions so a test can assert there were none.
 * @param {import('playwright-core').Browser} browser
 * @param {import('playwright-core').BrowserContextOptions} [contextOptions]
 */
export async function openPage(browser, contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  /** @type {string[]} */
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('console', (message) => {
    // Browsers ask every page for a favicon; the demo has none, and that is no fault of ours.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) pageErrors.push(message.text());
  });
  return { context, page, pageErrors };
}
