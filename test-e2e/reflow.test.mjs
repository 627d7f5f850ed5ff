// WCAG 1.4.10 Reflow and 1.4.4 Resize text, on the built demo pages.
//
// Reflow: a 320 CSS px wide viewport (what 1280 px at 400 % zoom gives). Nothing may make
// the page scroll sideways, no element of a widget's shadow tree may be wider than the
// viewport or reach past it (data tables inside their own scroll box excepted, as 1.4.10
// allows), and no text may be cut off.
//
// Text at 200 %: the browser's own font-size setting, raised from 16 px to 32 px through the
// DevTools protocol (Page.setFontSizes), which is what a user's "font size" preference does.
// Unlike page zoom it enlarges only text, so it catches text set in px and boxes of fixed
// height that would clip or overlap enlarged text. The test first shows the widget's text
// really doubled, then that nothing overflows, nothing is cut off and every control can
// still be reached at its centre.
//
// Text spacing (1.4.12): the spacing the criterion names (line height 1.5, paragraph spacing
// 2 em, letter spacing 0.12 em, word spacing 0.16 em) set with !important in the document and
// in every shadow root (a user style sheet reaches into shadow trees only by inheritance, so
// the test puts it where each rule applies), then the same checks.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  clippedElements,
  compareExamples,
  coveredControls,
  demoPages,
  eventually,
  overflowingElements,
  useDemo,
} from './harness/index.mjs';

const pages = [
  { name: 'the entrepreneur\'s assessment', path: demoPages.entrepreneur, host: 'mv-assessment', ready: (page) => page.getByRole('radio').first().waitFor() },
  { name: 'the official\'s assessment with the entrepreneur\'s beside it', path: demoPages.official, host: 'mv-assessment', ready: (page) => page.locator('mv-radar').getByRole('columnheader').nth(2).waitFor() },
  {
    name: 'the framework editor',
    path: demoPages.editor,
    host: 'mv-framework-editor',
    // With its live preview, which is made when the reader comes near it.
    ready: async (page) => {
      const editor = page.locator('mv-framework-editor');
      await editor.getByRole('heading', { name: 'Forhåndsvisning' }).scrollIntoViewIfNeeded();
      await editor.locator('mv-assessment').getByRole('radio').first().waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
    },
  },
  {
    name: 'the workspace comparing three offers',
    path: demoPages.workspace,
    host: 'mv-workspace',
    ready: (page) => compareExamples(page, 3),
  },
];

/** Answers a few criteria, so the chosen-level text, the chart and the summary have content. */
async function answerSome(page) {
  const groups = page.locator('mv-assessment').locator('fieldset.criterion');
  if ((await groups.count()) === 0) return;
  for (let index = 0; index < 3; index += 1) await groups.nth(index).getByRole('radio').nth(3).check();
}

describe('reflow at 320 CSS px, text at 200 % and text spacing', () => {
  const site = useDemo();

  /** Applies WCAG 1.4.12's text spacing to the document and every shadow root in it. */
  const applyTextSpacing = (page) =>
    page.evaluate(() => {
      const rules = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
        p { margin-block-end: 2em !important; }`;
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(rules);
      let roots = 0;
      const visit = (root) => {
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        roots += 1;
        for (const element of root.querySelectorAll('*')) if (element.shadowRoot) visit(element.shadowRoot);
      };
      visit(document);
      return roots;
    });

  for (const demo of pages) {
    it(`with WCAG text spacing nothing in ${demo.name} is cut off or overlaps`, async () => {
      const { context, page, pageErrors } = await site.open({ page: demo.path, ready: demo.ready });
      try {
        await answerSome(page);
        const roots = await applyTextSpacing(page);
        assert.ok(roots >= 3, `spacing applied in ${roots} roots`);
        await page.waitForTimeout(200);
        const overflow = await overflowingElements(page, demo.host);
        assert.ok(overflow.scrollWidth <= overflow.viewport, `the page is ${overflow.scrollWidth} px wide`);
        assert.deepEqual(overflow.found, [], 'elements reaching past the viewport');
        assert.deepEqual(await clippedElements(page, demo.host), [], 'text cut off');
        assert.deepEqual((await coveredControls(page, demo.host)).found, [], 'controls covered by something else');
        assert.deepEqual(pageErrors, []);
      } finally {
        await context.close();
      }
    });


    it(`at 320 px nothing in ${demo.name} scrolls sideways or is cut off`, async () => {
      const { context, page, pageErrors } = await site.open({
        page: demo.path,
        ready: demo.ready,
        context: { viewport: { width: 320, height: 640 } },
      });
      try {
        await answerSome(page);
        await page.waitForTimeout(200);
        const overflow = await overflowingElements(page, demo.host);
        assert.ok(overflow.scrollWidth <= 320, `the page is ${overflow.scrollWidth} px wide`);
        assert.deepEqual(overflow.found, [], 'elements wider than the viewport or reaching past it');
        assert.deepEqual(await clippedElements(page, demo.host), [], 'text cut off');
        const covered = await coveredControls(page, demo.host);
        assert.ok(covered.checked > 0);
        assert.deepEqual(covered.found, [], 'controls covered by something else');
        assert.deepEqual(pageErrors, []);
      } finally {
        await context.close();
      }
    });

    it(`with text at 200 % ${demo.name} stays usable`, async () => {
      const { context, page, pageErrors } = await site.open({ page: demo.path, ready: demo.ready });
      try {
        const textSize = () =>
          page.evaluate((host) => {
            const element = document.querySelector(host);
            const text = element?.shadowRoot?.querySelector('label, legend, h2, h3, p');
            return text ? parseFloat(getComputedStyle(text).fontSize) : 0;
          }, demo.host);
        const before = await textSize();
        const session = await context.newCDPSession(page);
        await session.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
        await page.waitForTimeout(300);
        const after = await textSize();
        assert.ok(before > 0 && after >= before * 1.95, `text grew from ${before} px to ${after} px`);
        await answerSome(page);
        const overflow = await overflowingElements(page, demo.host);
        assert.ok(overflow.scrollWidth <= overflow.viewport, `the page is ${overflow.scrollWidth} px wide`);
        assert.deepEqual(overflow.found, [], 'elements reaching past the viewport');
        // The chart follows its box through a ResizeObserver, a frame or more after the text
        // grew: read until it has caught up (or the time is out, and the last reading fails).
        const clipped = await eventually(() => clippedElements(page, demo.host), (found) => found.length === 0, 3000);
        assert.deepEqual(clipped, [], 'text cut off');
        const covered = await coveredControls(page, demo.host);
        assert.deepEqual(covered.found, [], 'controls covered by something else');
        assert.deepEqual(pageErrors, []);
      } finally {
        await context.close();
      }
    });
  }
});
