// Prints <mv-assessment> to PDF in headless Chromium, the browser's own print engine, and
// reads back the text that comes out: the report for the case archive must carry the
// framework, the offer, every answer with its justification and evidence, the scores, the
// gaps and contacts, and the radar as an image, and none of the widget's buttons or fields.
//
// Needs Chromium (CHROME_PATH, or /usr/bin/chromium) and poppler-utils (`pdftotext`,
// `pdfimages`; Debian: `apt-get install -y poppler-utils`). The page is served by Vite from
// 127.0.0.1 straight from the TypeScript sources.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumFlags, chromiumPath } from '../scripts/browsers.mjs';
import { createServer } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The test page: a kommune page with one official's assessment, every criterion answered. */
const PAGE = `<!doctype html>
<html lang="nb">
  <head><meta charset="utf-8"><title>Utskrift</title></head>
  <body>
    <mv-assessment storage="none" mode="official"></mv-assessment>
    <script type="module">
      import '/components/assessment/define.ts';
      import { defaultFramework } from '/src/framework/default-framework.ts';
      import { createAssessment } from '/src/assessment/create-assessment.ts';
      import { withAnswer, withDecision, withOffer } from '/src/assessment/update.ts';
      let assessment = createAssessment(defaultFramework, { mode: 'official' });
      assessment = withOffer(defaultFramework, assessment, {
        title: 'Arbeidstrening i kafé', organisation: 'Kafé Sammen SA', orgNumber: '123456785',
      });
      assessment = withDecision(defaultFramework, assessment, {
        caseNumber: '2026/4711', assessor: { name: 'Siri Saksbehandler', role: 'Rådgiver' },
        conclusion: 'refer', referTo: 'Frivilligsentralen', reasons: 'Passer best hos frivilligsentralen.',
        decidedAt: '2026-11-30T10:00:00.000Z',
      });
      defaultFramework.dimensions.forEach((dimension, d) => dimension.criteria.forEach((criterion, c) => {
        assessment = withAnswer(defaultFramework, assessment, criterion.id, {
          value: (d + c) % 4, // Split, or the HTML parser would end this script at the closing tag.
          comment: 'Begrunnelse ' + criterion.id + ' <script>x<' + '/script>',
          evidence: 'https://example.org/dok/' + criterion.id,
        });
      }));
      const element = document.querySelector('mv-assessment');
      element.assessment = assessment;
      window.__ready = true;
    </script>
  </body>
</html>`;

let server;
let browser;
let workdir;

before(async () => {
  workdir = mkdtempSync(join(tmpdir(), 'merverdi-print-'));
  server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
    plugins: [
      {
        name: 'print-test-page',
        configureServer(dev) {
          dev.middlewares.use((request, response, next) => {
            if (request.url !== '/print-test.html') return next();
            response.setHeader('Content-Type', 'text/html; charset=utf-8');
            response.end(PAGE);
          });
        },
      },
    ],
  });
  await server.listen();
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...chromiumFlags],
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (workdir) rmSync(workdir, { recursive: true, force: true });
});

describe('printing <mv-assessment> to PDF', () => {
  it('gives an archive report with the case facts, conclusion, offer, answers, scores and the radar as an image, without widget chrome', async () => {
    const address = server.resolvedUrls.local[0];
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    if (process.env.MV_DEBUG) page.on('console', (message) => console.log(message.text()));
    await page.goto(new URL('print-test.html', address).href);
    await page.waitForFunction(() => window.__ready === true, null, { timeout: 60_000 }).catch((error) => {
      throw new Error(`the page did not get ready: ${errors.join('; ') || error.message}`);
    });
    // The chart has drawn once its canvas has a size.
    await page.waitForFunction(() => {
      const element = document.querySelector('mv-assessment');
      const radar = element?.shadowRoot?.querySelector('mv-radar');
      const canvas = radar?.shadowRoot?.querySelector('canvas');
      return canvas && canvas.width > 0;
    }, null, { timeout: 30_000 });
    await page.waitForTimeout(1000);
    // Printing as the browser does it; the report takes its radar image on \`beforeprint\`.
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const file = join(workdir, 'rapport.pdf');
    writeFileSync(file, pdf);
    if (process.env.MV_KEEP_PDF) writeFileSync(process.env.MV_KEEP_PDF, pdf);
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);

    assert.deepEqual(errors, []);
    assert.match(text, /Saksvurdering: Arbeidstrening i kafé/);
    assert.match(text, /Saksnummer +2026\/4711/);
    assert.match(text, /Siri Saksbehandler, Rådgiver/);
    // Impartiality was not confirmed: the archive copy says so.
    assert.match(text, /Ikke bekreftet: saksbehandleren har ikke bekreftet/);
    assert.match(text, /Henvises videre/);
    assert.match(text, /Frivilligsentralen/);
    assert.match(text, /Passer best hos frivilligsentralen\./);
    assert.match(text, /Kafé Sammen SA/);
    assert.match(text, /Poeng per område/);
    assert.match(text, /Samlet/);
    assert.match(text, /Svar, begrunnelser og dokumentasjon/);
    // Written about the offer, not to the entrepreneur.
    assert.doesNotMatch(text, /Hvem i kommunen du kan kontakte/);
    assert.doesNotMatch(text, /Største forbedringsmuligheter/);
    // Every answer, with its justification (shown as text, markup and all) and its evidence.
    const answered = (text.match(/Begrunnelse [a-z0-9-]+ <script>x<\/script>/g) ?? []).length;
    assert.equal(answered, 28, `28 justifications, found ${answered}`);
    assert.match(text, /https:\/\/example\.org\/dok\//);
    // The radar as an image.
    assert.ok(images.length >= 1, 'the radar is an image in the PDF');
    // No widget chrome.
    for (const chrome of ['Last ned JSON', 'Importer fil', 'Del lenke', 'Navn på tilbudet', 'Neste område', 'Kopier brevet', 'Svarbrev til gründeren', 'Jeg bekrefter at jeg er habil']) {
      assert.ok(!text.includes(chrome), `no "${chrome}" on paper`);
    }
    assert.ok(pages >= 2, `a multi-page report (${pages} pages)`);
    await page.close();
  });
});
