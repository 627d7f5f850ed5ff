// The three browser engines the tests drive, found on the machine rather than downloaded
// (tools that download a browser of their own fail where only package registries are
// reachable, and CI should test the browsers a visitor's distribution ships):
// - Chromium (or Chrome), headless, through the DevTools protocol;
// - Firefox ESR, headless, through WebDriver BiDi (puppeteer-core);
// - WebKitGTK's MiniBrowser through WebKitWebDriver (WebDriver classic), on a virtual display
//   (Xvfb), since the GTK MiniBrowser has no headless mode.
// Every script, config and test that launches a browser takes its paths and flags from here.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

/** Flags that run Chromium headless as root in a container and keep it off the network. */
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

/** The first of `candidates` that exists, or throws with `missing`. */
function firstExisting(candidates, missing) {
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) throw new Error(missing);
  return found;
}

/** Chromium: CHROME_PATH when set, else the usual install locations. */
export function chromiumPath() {
  return firstExisting(
    [
      process.env.CHROME_PATH,
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ],
    'No Chromium or Chrome found: install one (Debian: chromium) or set CHROME_PATH.',
  );
}

/** Firefox: FIREFOX_PATH when set, else Debian's Firefox ESR or Firefox. */
export function firefoxPath() {
  return firstExisting(
    [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'],
    'No Firefox found: install one (Debian: firefox-esr) or set FIREFOX_PATH.',
  );
}

/** WebKitGTK's MiniBrowser: MINIBROWSER_PATH when set, else where Debian's WebKitGTK puts it. */
export function miniBrowserPath() {
  return firstExisting(
    [
      process.env.MINIBROWSER_PATH,
      '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/lib/x86_64-linux-gnu/webkitgtk-6.0/MiniBrowser',
    ],
    'No WebKitGTK MiniBrowser found: install Debian\'s webkit2gtk-driver (it brings libwebkit2gtk) or set MINIBROWSER_PATH.',
  );
}

/** puppeteer-core's launch options for headless Firefox over WebDriver BiDi. */
export function firefoxLaunchOptions() {
  return { browser: 'firefox', executablePath: firefoxPath(), headless: true };
}

/**
 * WebDriver capabilities for the MiniBrowser. `wdio:enforceWebDriverClassic`: webdriverio 9
 * asks for BiDi by default, which WebKitWebDriver refuses.
 */
export function webkitCapabilities() {
  return {
    browserName: 'MiniBrowser',
    'wdio:enforceWebDriverClassic': true,
    'webkitgtk:browserOptions': { binary: miniBrowserPath(), args: ['--automation'] },
  };
}

/** The engines by name, as `MV_BROWSERS` and the CI summary name them. */
export const engineNames = Object.freeze(['chromium', 'firefox', 'webkit']);

/**
 * The engines `MV_BROWSERS` asks for (comma-separated names from {@link engineNames}, or
 * `all`); Chromium alone when unset.
 * @param {string | undefined} [value]
 * @returns {Array<'chromium' | 'firefox' | 'webkit'>}
 */
export function requestedEngines(value = process.env.MV_BROWSERS) {
  if (!value || value.trim() === '') return ['chromium'];
  const names = value.split(',').map((name) => name.trim().toLowerCase()).filter(Boolean);
  if (names.includes('all')) return [...engineNames];
  const unknown = names.filter((name) => !engineNames.includes(name));
  if (unknown.length > 0) throw new Error(`MV_BROWSERS: unknown engine ${unknown.join(', ')}; use ${engineNames.join(', ')} or all`);
  return /** @type {Array<'chromium' | 'firefox' | 'webkit'>} */ ([...new Set(names)]);
}

/** A free TCP port on the loopback address. */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * Starts a virtual display: `Xvfb -displayfd` picks a free display number and writes it
 * back, so two runs side by side never take the same one.
 * @returns {Promise<{ display: string, stop: () => void }>}
 */
function startXvfb() {
  return new Promise((resolveDisplay, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    let written = '';
    const timer = setTimeout(() => {
      xvfb.kill();
      reject(new Error('Xvfb did not report a display within 15 s'));
    }, 15_000);
    xvfb.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb could not start (Debian: apt-get install xvfb): ${error.message}`));
    });
    xvfb.stdio[3]?.on('data', (chunk) => {
      written += String(chunk);
      if (!written.includes('\n')) return;
      clearTimeout(timer);
      resolveDisplay({ display: `:${written.trim()}`, stop: () => xvfb.kill() });
    });
  });
}

/** Resolves once something accepts connections on `port`, or rejects after `timeoutMs`. */
async function waitForPort(port, timeoutMs) {
  const { connect } = await import('node:net');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise((resolveOpen) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.end();
        resolveOpen(true);
      });
      socket.once('error', () => resolveOpen(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`nothing listened on port ${port} within ${timeoutMs} ms`);
    await new Promise((wait) => setTimeout(wait, 100));
  }
}

/**
 * Starts what WebKit needs: a virtual display (unless `WEBKIT_WEBDRIVER_PORT` names a driver
 * that is already running, as `.ci/run` starts one) and WebKitWebDriver on a free port.
 * `stop()` ends both, by their own process ids.
 * @returns {Promise<{ port: number, stop: () => void }>}
 */
export async function startWebKitDriver() {
  if (process.env.WEBKIT_WEBDRIVER_PORT) {
    return { port: Number(process.env.WEBKIT_WEBDRIVER_PORT), stop: () => undefined };
  }
  const xvfb = process.env.DISPLAY ? undefined : await startXvfb();
  const port = await freePort();
  const driver = spawn('WebKitWebDriver', [`--port=${port}`, '--replace-on-new-session'], {
    stdio: 'ignore',
    env: { ...process.env, ...(xvfb ? { DISPLAY: xvfb.display } : {}) },
  });
  const stop = () => {
    driver.kill();
    xvfb?.stop();
  };
  try {
    await new Promise((resolveStart, reject) => {
      driver.once('error', (error) => reject(new Error(`WebKitWebDriver could not start (Debian: webkit2gtk-driver): ${error.message}`)));
      waitForPort(port, 15_000).then(resolveStart, reject);
    });
  } catch (error) {
    stop();
    throw error;
  }
  return { port, stop };
}
