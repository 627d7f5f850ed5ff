// Test commands that every engine answers. @web/test-runner-commands' own set-viewport,
// emulate-media and a11y-snapshot speak only to Chromium-like (puppeteer) and Playwright
// browsers; WebKit here runs through WebDriver, and Firefox through WebDriver BiDi, which
// lacks some of what Chromium's DevTools protocol offers. These commands do the same job by
// each engine's own means, and say plainly when an engine cannot: the test helper in
// `test/helpers/commands.ts` then skips that one check, named, instead of passing it.

/** The engine behind a test session: `chromium`, `firefox` or `webkit`. */
function engineOf(session) {
  const name = String(session.browser.name ?? '').toLowerCase();
  if (session.browser.type === 'webdriver') return 'webkit';
  return name.includes('firefox') ? 'firefox' : 'chromium';
}

/** The WebDriver client of a WebKit session (one session at a time: see the config). */
function webdriverOf(session) {
  const driver = session.browser.driver;
  if (!driver) throw new Error('The WebDriver session has not started');
  return driver;
}

/**
 * Sets the size of the page's viewport. WebDriver sizes the whole window, so the window is
 * sized, the viewport measured, and the window corrected by the difference (the browser's
 * own frame), until the viewport is as asked.
 */
async function setViewport(session, { width, height }) {
  if (session.browser.type === 'webdriver') {
    const driver = webdriverOf(session);
    let target = { width, height };
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await driver.setWindowSize(target.width, target.height);
      // Runs in the page, where `window` is the page's.
      const inner = await driver.execute(() => [globalThis.innerWidth, globalThis.innerHeight]);
      if (inner[0] === width && inner[1] === height) return true;
      target = { width: target.width + (width - inner[0]), height: target.height + (height - inner[1]) };
    }
    return true;
  }
  await session.browser.getPage(session.id).setViewport({ width, height });
  return true;
}

/** Emulates media features; `false` when the engine's driver cannot (WebKit's WebDriver). */
async function emulateMedia(session, payload) {
  if (session.browser.type === 'webdriver') return false;
  const page = session.browser.getPage(session.id);
  const features = [];
  if (payload.colorScheme != null) features.push({ name: 'prefers-color-scheme', value: payload.colorScheme });
  if (payload.reducedMotion != null) features.push({ name: 'prefers-reduced-motion', value: payload.reducedMotion });
  try {
    await page.emulateMediaFeatures(features);
    if (payload.media) await page.emulateMediaType(payload.media);
  } catch (error) {
    // Puppeteer over BiDi answers "not supported" for what Firefox's BiDi cannot do yet.
    if (/not supported|unsupported|CDP support is required/i.test(String(error?.message ?? error))) return false;
    throw error;
  }
  return true;
}

/** The browser's accessibility tree; `null` when the engine's driver cannot give it. */
async function accessibilitySnapshot(session, payload) {
  if (session.browser.type === 'webdriver') return null;
  const page = session.browser.getPage(session.id);
  try {
    const options = {};
    if (payload?.selector) {
      const root = await page.$(payload.selector);
      if (root) options.root = root;
    }
    return (await page.accessibility.snapshot(options)) ?? null;
  } catch (error) {
    if (/not supported|unsupported|CDP support is required/i.test(String(error?.message ?? error))) return null;
    throw error;
  }
}

/** The plugin: commands `mv-engine`, `mv-set-viewport`, `mv-emulate-media`, `mv-a11y-snapshot`. */
export function engineCommands() {
  return {
    name: 'mv-engine-commands',
    async executeCommand({ command, payload, session }) {
      switch (command) {
        case 'mv-engine':
          return engineOf(session);
        case 'mv-set-viewport':
          return setViewport(session, payload);
        case 'mv-emulate-media':
          return emulateMedia(session, payload ?? {});
        case 'mv-a11y-snapshot':
          // `null` crosses the socket as "no answer"; an object says so plainly.
          return { snapshot: await accessibilitySnapshot(session, payload) };
        default:
          return undefined;
      }
    },
  };
}
