// One small driver over the three engines, for the smoke tests that walk each flow in every
// engine: Chromium through playwright-core, Firefox through puppeteer-core over WebDriver
// BiDi, WebKitGTK through webdriverio and WebKitWebDriver (see scripts/browsers.mjs). The
// smoke needs only what all three can do: open a page, run a function in it, press a key.
import { chromium } from 'playwright-core';
import { chromiumFlags, chromiumPath, firefoxLaunchOptions, startWebKitDriver, webkitCapabilities } from '../../scripts/browsers.mjs';

/**
 * @typedef {object} EnginePage
 * @property {string} engine
 * @property {(url: string) => Promise<void>} goto
 * @property {<T>(fn: (arg: any) => T, arg?: any) => Promise<T>} evaluate
 *           runs `fn` in the page with one JSON argument (it must be self-contained) and
 *           returns its result
 * @property {(key: 'Tab' | 'Space' | 'ArrowDown' | 'Enter') => Promise<void>} press
 * @property {() => string[]} errors  uncaught page errors seen so far (where the driver reports them)
 * @property {() => Promise<void>} close
 */

/** WebDriver's codes for the keys the smoke presses. */
const webdriverKeys = { Tab: '\uE004', Space: '\uE00D', ArrowDown: '\uE015', Enter: '\uE007' };

/**
 * The driver over a Playwright (Chromium) or Puppeteer (Firefox) page, whose calls for this
 * are the same.
 * @returns {EnginePage}
 */
function pageDriver(engine, browser, page) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  return {
    engine,
    goto: async (url) => void (await page.goto(url)),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    // Puppeteer's BiDi keyboard knows a space only as the character.
    press: (key) => page.keyboard.press(key === 'Space' ? ' ' : key),
    errors: () => [...errors],
    close: () => browser.close(),
  };
}

/**
 * Opens `engine` with one page.
 * @param {'chromium' | 'firefox' | 'webkit'} engine
 * @returns {Promise<EnginePage>}
 */
export async function openEngine(engine) {
  if (engine === 'chromium') {
    const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...chromiumFlags] });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    return pageDriver(engine, browser, page);
  }
  if (engine === 'firefox') {
    const puppeteer = await import('puppeteer-core');
    const browser = await puppeteer.launch({ ...firefoxLaunchOptions(), protocolTimeout: 60_000 });
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    return pageDriver(engine, browser, page);
  }
  const { remote } = await import('webdriverio');
  const driver = await startWebKitDriver();
  let browser;
  try {
    browser = await remote({
      hostname: '127.0.0.1',
      port: driver.port,
      path: '/',
      logLevel: 'error',
      connectionRetryTimeout: 60_000,
      capabilities: webkitCapabilities(),
    });
    await browser.setWindowSize(1280, 900);
  } catch (error) {
    driver.stop();
    throw error;
  }
  return {
    engine,
    goto: async (url) => void (await browser.url(url)),
    evaluate: (fn, arg) => browser.execute(fn, arg),
    press: async (key) => {
      await browser.keys([webdriverKeys[key]]);
    },
    // WebDriver classic reports no page errors; the smoke's assertions on the page stand alone.
    errors: () => [],
    close: async () => {
      try {
        await browser.deleteSession();
      } finally {
        driver.stop();
      }
    },
  };
}

/**
 * Reads a value from the page again and again until `accept` takes it, or `timeoutMs` passes;
 * returns the last value read, for the assertion that follows.
 * @template T
 * @param {EnginePage} page
 * @param {(arg: any) => T} fn
 * @param {any} arg
 * @param {(value: T) => boolean} accept
 */
export async function waitInPage(page, fn, arg, accept, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  let value = await page.evaluate(fn, arg);
  while (!accept(value) && Date.now() < deadline) {
    await new Promise((wait) => setTimeout(wait, 100));
    value = await page.evaluate(fn, arg);
  }
  return value;
}
