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

/** WebDriver's codes for named keys (W3C WebDriver, "keyboard actions"). */
const webdriverKeys = {
  Backspace: '\uE003', Tab: '\uE004', Enter: '\uE007', Shift: '\uE008', Control: '\uE009', Alt: '\uE00A',
  Escape: '\uE00C', Space: ' ', PageUp: '\uE00E', PageDown: '\uE00F', End: '\uE010', Home: '\uE011',
  ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowRight: '\uE014', ArrowDown: '\uE015', Delete: '\uE017', Meta: '\uE03D',
};

/**
 * Types or presses keys. Puppeteer's keyboard over Firefox's BiDi knows a space only as
 * the character, so `Space` is sent as one. Over WebDriver each key goes down and up before
 * the next: the runner's own command presses every key of a text down first and then every
 * one up, and a key pressed twice in a row ("ff", or the second space of a sentence) is lost.
 */
async function sendKeys(session, payload) {
  if (session.browser.type === 'webdriver') {
    const code = (key) => webdriverKeys[key] ?? key;
    let actions;
    if (typeof payload.type === 'string') {
      actions = [...payload.type].flatMap((char) => [{ type: 'keyDown', value: char }, { type: 'keyUp', value: char }]);
    } else if (typeof payload.press === 'string') {
      actions = [{ type: 'keyDown', value: code(payload.press) }, { type: 'keyUp', value: code(payload.press) }];
    } else if (typeof payload.down === 'string') {
      actions = [{ type: 'keyDown', value: code(payload.down) }];
    } else if (typeof payload.up === 'string') {
      actions = [{ type: 'keyUp', value: code(payload.up) }];
    } else {
      throw new Error('mv-send-keys takes one of type, press, down or up');
    }
    await webdriverOf(session).performActions([{ type: 'key', id: 'keyboard', actions }]);
    return true;
  }
  const keyboard = session.browser.getPage(session.id).keyboard;
  const name = (key) => (key === 'Space' ? ' ' : key);
  if (typeof payload.type === 'string') await keyboard.type(payload.type);
  else if (typeof payload.press === 'string') await keyboard.press(name(payload.press));
  else if (typeof payload.down === 'string') await keyboard.down(name(payload.down));
  else if (typeof payload.up === 'string') await keyboard.up(name(payload.up));
  else throw new Error('mv-send-keys takes one of type, press, down or up');
  return true;
}

/** The plugin: commands `mv-engine`, `mv-set-viewport`, `mv-emulate-media`, `mv-a11y-snapshot`, `mv-send-keys`. */
export function engineCommands() {
  return {
    name: 'mv-engine-commands',
    async executeCommand({ command, payload, session }) {
      switch (command) {
        case 'mv-engine':
          return engineOf(session);
        case 'mv-send-keys':
          return sendKeys(session, payload ?? {});
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
