// Chromium for the end-to-end tests, through playwright-core and a browser already on the
// machine (CHROME_PATH, else Debian's /usr/bin/chromium): tools that download a browser
// do not work everywhere, and CI should test the browser it has.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** Flags that run headless as root in a container and keep Chromium off the network. */
export const chromiumFlags = Object.freeze([
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]);

/** The browser to run: CHROME_PATH when set, else the first one found. */
export function chromiumPath() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((candidate) => candidate && existsSync(candidate));
  if (!found) throw new Error('No Chromium found: set CHROME_PATH to a Chromium or Chrome binary');
  return found;
}

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
