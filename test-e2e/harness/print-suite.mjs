// For suites that fill a form on a strict page, check it with axe and print it: the server,
// the browser and a scratch folder for the PDFs, and the printed text read back from a
// real PDF.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before } from 'node:test';
import { useStrictPages } from './strict-page.mjs';

const run = promisify(execFile);

/**
 * Starts, before the suite, a strict-page server, Chromium and a scratch folder named after
 * `folderPrefix`, and removes them after it. Read the fields inside the tests.
 * @param {string} folderPrefix
 */
export function usePrintSuite(folderPrefix) {
  // The page's own policy, but with room for the axe script the test injects.
  const pages = useStrictPages({
    csp: "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:",
  });
  let folder = '';
  before(async () => {
    folder = await mkdtemp(join(tmpdir(), folderPrefix));
  });
  after(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });
  return {
    get server() {
      return pages.server;
    },
    get browser() {
      return pages.browser;
    },
    get folder() {
      return folder;
    },
  };
}

/**
 * The page as the browser prints it on A4, saved as `name` in `folder` and read back with
 * pdftotext, its white space folded to single spaces.
 * @param {import('playwright-core').Page} page
 * @param {string} folder
 * @param {string} name
 */
export async function printedText(page, folder, name) {
  const pdf = join(folder, name);
  await writeFile(pdf, await page.pdf({ format: 'A4' }));
  const { stdout } = await run('pdftotext', ['-layout', pdf, '-']);
  return stdout.replace(/\s+/g, ' ');
}
