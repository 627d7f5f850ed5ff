// The built demo pages as a user meets them: open a page in a given language and mode, wait
// until the widget is ready, answer criteria with the keyboard alone.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before } from 'node:test';
import { focusReport } from './shadow.mjs';
import { launchBrowser, openPage } from './browser.mjs';
import { startStaticServer } from './server.mjs';

/** The demo pages, as built into `dist-demo/demo/`. */
export const demoPages = Object.freeze({
  entrepreneur: '/demo/index.html',
  official: '/demo/official.html',
  editor: '/demo/editor.html',
  workspace: '/demo/workspace.html',
});

/**
 * The built demo for the enclosing suite: starts the static server and Chromium before its
 * tests and stops both after them. `open(options)` opens a page as {@link openDemo} does.
 */
export function useDemo() {
  /** @type {Awaited<ReturnType<typeof startStaticServer>> | undefined} */
  let server;
  /** @type {import('playwright-core').Browser | undefined} */
  let browser;
  before(async () => {
    server = await startStaticServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    /** @param {Parameters<typeof openDemo>[2]} [options] */
    open: (options) => {
      if (!browser || !server) throw new Error('useDemo().open() runs only inside the suite\'s tests');
      return openDemo(browser, server, options);
    },
  };
}

/**
 * Opens a demo page and waits for the element to be ready. `lang` and `mode` are set on
 * the element the way a kommune's page would set them, before the framework is loaded.
 * @param {import('playwright-core').Browser} browser
 * @param {{ url: (path: string) => string }} server
 * @param {{ page?: string, lang?: 'nb' | 'nn' | 'en', mode?: 'self' | 'official',
 *           ready?: (page: import('playwright-core').Page) => Promise<unknown>,
 *           context?: import('playwright-core').BrowserContextOptions }} [options]
 */
export async function openDemo(browser, server, options = {}) {
  const opened = await openPage(browser, options.context);
  const { page } = opened;
  const attributes = {
    ...(options.lang ? { lang: options.lang } : {}),
    ...(options.mode ? { mode: options.mode } : {}),
  };
  if (Object.keys(attributes).length > 0) {
    // Before any script of the page runs, so the element starts in that language and mode.
    await page.addInitScript((values) => {
      new MutationObserver((records, observer) => {
        for (const record of records) {
          for (const node of record.addedNodes) {
            // The page's own merverdi element (not those inside its shadow tree) gets the
            // language; only <mv-assessment> has a mode.
            if (node instanceof Element && node.localName.startsWith('mv-')) {
              for (const [name, value] of Object.entries(values)) {
                if (name !== 'mode' || node.localName === 'mv-assessment') node.setAttribute(name, value);
              }
            }
          }
        }
        if (document.readyState !== 'loading') observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    }, attributes);
  }
  await page.goto(server.url(options.page ?? demoPages.entrepreneur));
  await (options.ready ? options.ready(page) : page.getByRole('radio').first().waitFor());
  return opened;
}

/**
 * Records the widget's events on the page, so a test can read what fired.
 * @param {import('playwright-core').Page} page
 * @param {string[]} types
 */
export async function recordEvents(page, types) {
  await page.evaluate((names) => {
    const seen = (globalThis.__mvEvents ??= []);
    for (const name of names) document.addEventListener(name, (event) => seen.push({ type: event.type, detail: JSON.parse(JSON.stringify(event.detail ?? null)) }));
  }, types);
  return {
    /** @returns {Promise<Array<{ type: string, detail: any }>>} */
    list: () => page.evaluate(() => globalThis.__mvEvents ?? []),
  };
}

/**
 * Whether the radio that has focus belongs to a group with no answer yet, and where it sits
 * in its group.
 * @param {import('playwright-core').Page} page
 */
function focusedRadioState(page) {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!(active instanceof HTMLInputElement) || active.type !== 'radio') return null;
    const group = [...active.getRootNode().querySelectorAll(`input[type=radio][name="${CSS.escape(active.name)}"]`)];
    return { answered: group.some((radio) => radio.checked), index: group.indexOf(active), size: group.length, name: active.name };
  });
}

/** Whether the focus is in an empty required text area (the reason "not applicable" asks for). */
function focusedEmptyRequiredField(page) {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active instanceof HTMLTextAreaElement && active.required && active.value.trim() === '';
  });
}

/**
 * Goes through the form with Tab alone and answers every unanswered criterion it meets:
 * Space picks the first level, the arrow keys the others (as in any native radio group).
 * `onFocus` is called for every Tab stop (to check focus visibility, say) and `afterAnswer`
 * after each answer, with the focus still in the group (to type a justification, say).
 * An empty required field it meets (the reason "not applicable" asks for) gets `reason` typed in.
 * Stops when `done()` says so, or after `maxTabs`.
 * @param {import('playwright-core').Page} page
 * @param {{ levelFor?: (answered: number, size: number) => number, done: () => Promise<boolean>,
 *           onFocus?: (report: Awaited<ReturnType<typeof focusReport>>) => Promise<void> | void,
 *           afterAnswer?: (answered: number) => Promise<void>, maxTabs?: number, reason?: string }} options
 * @returns {Promise<{ answered: number, tabs: number }>}
 */
export async function answerWithKeyboard(page, options) {
  const levelFor = options.levelFor ?? ((answered, size) => answered % (size - 1));
  let answered = 0;
  let tabs = 0;
  const maxTabs = options.maxTabs ?? 800;
  while (tabs < maxTabs && !(await options.done())) {
    await page.keyboard.press('Tab');
    tabs += 1;
    if (options.onFocus) await options.onFocus(await focusReport(page));
    if (await focusedEmptyRequiredField(page)) {
      // "Not applicable" asks why; the criterion counts as answered once that is written.
      await page.keyboard.type(options.reason ?? 'Tilbudet har ingen del som dette gjelder.');
      continue;
    }
    const radio = await focusedRadioState(page);
    if (!radio || radio.answered) continue;
    const steps = Math.min(levelFor(answered, radio.size), radio.size - 1 - radio.index);
    if (steps === 0) await page.keyboard.press('Space');
    for (let step = 0; step < steps; step += 1) await page.keyboard.press('ArrowDown');
    answered += 1;
    if (options.afterAnswer) await options.afterAnswer(answered);
  }
  return { answered, tabs };
}

/**
 * The text of the widget's polite live region.
 * @param {import('playwright-core').Page} page
 * @param {string} [host]
 */
export function liveRegionText(page, host = 'mv-assessment') {
  return page.evaluate((selector) => {
    const region = document.querySelector(selector)?.shadowRoot?.querySelector('[aria-live="polite"]');
    return region ? (region.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
  }, host);
}

/**
 * Reads a value again and again until `accept` takes it (the page renders asynchronously),
 * then returns it; after `timeoutMs`, returns the last value read so the assertion that
 * follows fails with it.
 * @template T
 * @param {() => Promise<T>} read
 * @param {(value: T) => boolean} accept
 * @param {number} [timeoutMs]
 * @returns {Promise<T>}
 */
export async function eventually(read, accept, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value) && Date.now() < deadline) {
    await new Promise((resolveWait) => setTimeout(resolveWait, 50));
    value = await read();
  }
  return value;
}

/** The example assessments the demo ships, as built into `dist-demo/demo/examples/`. */
export const demoExamples = resolve(import.meta.dirname, '..', '..', 'dist-demo', 'demo', 'examples');

/** Every example assessment's file. */
export function exampleFiles() {
  return readdirSync(demoExamples)
    .filter((file) => file.endsWith('.json'))
    .map((file) => join(demoExamples, file));
}

/**
 * Opens every example assessment in the workspace of the page, as an official choosing files
 * would, and waits until the library lists them all; returns their "compare" checkboxes.
 * @param {import('playwright-core').Page} page
 */
export async function importExamples(page) {
  const workspace = page.locator('mv-workspace');
  await workspace.getByRole('button').first().waitFor();
  const files = exampleFiles();
  await workspace.locator('input[type=file][multiple]').setInputFiles(files);
  const boxes = workspace.getByRole('checkbox');
  await boxes.nth(files.length - 1).waitFor();
  return boxes;
}

/**
 * Imports the example assessments into the workspace, ticks the first `count` and waits for
 * their comparison.
 * @param {import('playwright-core').Page} page
 * @param {number} count
 */
export async function compareExamples(page, count) {
  const boxes = await importExamples(page);
  for (let index = 0; index < count; index += 1) await boxes.nth(index).check();
  await page.locator('mv-compare').getByRole('table').first().waitFor();
}

/**
 * Tabs until `matches` holds for the focused element; fails after `limit` presses.
 * @param {import('playwright-core').Page} page
 * @param {(report: NonNullable<Awaited<ReturnType<typeof focusReport>>>) => boolean} matches
 * @param {number} [limit]
 */
export async function tabTo(page, matches, limit = 200) {
  for (let count = 0; count < limit; count += 1) {
    await page.keyboard.press('Tab');
    const report = await focusReport(page);
    if (report && matches(report)) return report;
  }
  assert.fail('never reached by Tab');
}

/**
 * Presses Space on the focused file input and picks `files` in the picker it opens.
 * Chromium now and then drops a file-chooser request that follows focus very closely; a
 * person would press again, and so does this (three tries at most).
 * @param {import('playwright-core').Page} page
 * @param {string | string[]} files
 */
export async function chooseFilesWithSpace(page, files) {
  let chooser;
  for (let attempt = 0; attempt < 3 && !chooser; attempt += 1) {
    [chooser] = await Promise.all([
      page.waitForEvent('filechooser', { timeout: 7_000 }).catch(() => undefined),
      page.keyboard.press('Space'),
    ]);
  }
  assert.ok(chooser, 'Space on the file input opens the file picker');
  await chooser.setFiles(files);
}
