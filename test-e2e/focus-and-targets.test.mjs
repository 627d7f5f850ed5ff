// WCAG 2.4.7 Focus visible, 2.4.11 Focus not obscured (minimum), 2.5.8 Target size (minimum),
// on every demo page: every Tab stop inside a widget shows a ring, lies in the viewport and
// is not covered; every radio (with its label, which checks it too), checkbox and button
// offers at least 24 × 24 CSS px.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareExamples, demoPages, focusReport, targetSizes, useDemo } from './harness/index.mjs';

const pages = [
  { name: 'the entrepreneur\'s assessment', path: demoPages.entrepreneur, host: 'mv-assessment', ready: (page) => page.getByRole('radio').first().waitFor() },
  { name: 'the official\'s assessment', path: demoPages.official, host: 'mv-assessment', ready: (page) => page.locator('mv-radar').getByRole('columnheader').nth(2).waitFor() },
  { name: 'the framework editor', path: demoPages.editor, host: 'mv-framework-editor', ready: (page) => page.locator('mv-framework-editor').getByRole('button').first().waitFor() },
  { name: 'the workspace comparing offers', path: demoPages.workspace, host: 'mv-workspace', ready: (page) => compareExamples(page, 3) },
];

for (const viewport of [{ width: 1280, height: 800 }, { width: 320, height: 640 }]) {
  describe(`focus and targets at ${viewport.width} px`, () => {
    const site = useDemo();

    for (const demo of pages) {
      it(`every Tab stop in ${demo.name} has a visible ring, inside the viewport, not covered`, async () => {
        const { context, page } = await site.open({ page: demo.path, ready: demo.ready, context: { viewport } });
        try {
          await page.locator('body').focus();
          const problems = [];
          let stops = 0;
          // Up to 250 stops: beyond that the pattern repeats (criterion after criterion).
          for (let press = 0; press < 250; press += 1) {
            await page.keyboard.press('Tab');
            const report = await focusReport(page);
            if (!report) break;
            if (!report.path.startsWith(demo.host)) {
              if (stops > 0) break;
              continue;
            }
            stops += 1;
            if (!report.ringVisible || !report.inViewport || !report.hitsItself) problems.push(report);
          }
          assert.ok(stops >= 5, `only ${stops} Tab stops inside ${demo.host}`);
          assert.deepEqual(problems, [], 'Tab stops whose focus cannot be seen');
        } finally {
          await context.close();
        }
      });

      it(`every target in ${demo.name} is at least 24 × 24 px`, async () => {
        const { context, page } = await site.open({ page: demo.path, ready: demo.ready, context: { viewport } });
        try {
          const targets = await targetSizes(page, demo.host);
          assert.ok(targets.length >= 5);
          // Links inside a sentence are exempt (2.5.8 "inline").
          const small = targets.filter((target) => !target.inline && (target.width < 24 || target.height < 24));
          assert.deepEqual(small, [], 'targets smaller than 24 × 24 px');
        } finally {
          await context.close();
        }
      });
    }
  });
}
