// The user's own settings: WCAG 1.4.11 / 2.4.7 under forced colours (Windows high contrast,
// emulated), and 2.3.3 / good practice for reduced motion.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { demoPages, focusReport, useDemo } from './harness/index.mjs';

/**
 * In the page: answers the first criterion by clicking its third level, lets Lit and the chart
 * take the change (two frames), then snapshots the radar's canvas right away and again after
 * `laterMs`. Equal snapshots mean the chart jumped straight to its final state.
 */
function canvasRightAfterAnAnswer(page, laterMs = 700) {
  return page.evaluate(async (wait) => {
    const widget = document.querySelector('mv-assessment');
    const radar = widget.shadowRoot.querySelector('mv-radar');
    const canvas = radar.shadowRoot.querySelector('canvas');
    const frame = () => new Promise((resolveFrame) => requestAnimationFrame(() => resolveFrame()));
    // The criteria are drawn by the form part, in its own shadow root.
    const form = widget.shadowRoot.querySelector('mv-assessment-form').shadowRoot;
    const radios = form.querySelector('fieldset.criterion').querySelectorAll('input[type=radio]');
    radios[3].click();
    await widget.updateComplete;
    await radar.updateComplete;
    await frame();
    await frame();
    const soon = canvas.toDataURL();
    await new Promise((resolveWait) => setTimeout(resolveWait, wait));
    return { soon, later: canvas.toDataURL() };
  }, laterMs);
}

describe('forced colours and reduced motion', () => {
  const site = useDemo();

  it('with forced colours every control, the focus ring and the chart\'s table stay usable', async () => {
    const { context, page } = await site.open({
      page: demoPages.official,
      ready: (opened) => opened.locator('mv-radar').getByRole('columnheader').nth(2).waitFor(),
      context: { forcedColors: 'active' },
    });
    try {
      assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
      await page.locator('mv-assessment').locator('fieldset.criterion').first().getByRole('radio').nth(2).check();

      // The focus ring: an outline (box-shadows are removed in forced colours), at every Tab stop.
      await page.locator('body').focus();
      const ringless = [];
      let stops = 0;
      for (let press = 0; press < 80; press += 1) {
        await page.keyboard.press('Tab');
        const report = await focusReport(page);
        if (!report?.path.startsWith('mv-assessment')) continue;
        stops += 1;
        const [style, width] = report.outline.split(' ');
        if (style === 'none' || !(parseFloat(width ?? '0') >= 1)) ringless.push(report);
      }
      assert.ok(stops > 20);
      assert.deepEqual(ringless, [], 'Tab stops without an outline under forced colours');

      // Controls: native, not recoloured away, and not drawn invisible.
      const controls = await page.evaluate(() => {
        const root = document.querySelector('mv-assessment').shadowRoot;
        const found = [];
        for (const element of root.querySelectorAll('input, button, textarea, select')) {
          if (!element.checkVisibility()) continue;
          const style = getComputedStyle(element);
          const problems = [];
          if (style.forcedColorAdjust === 'none') problems.push('forced-color-adjust: none');
          // Disabled controls (a justification before a level is chosen) may be dimmed: WCAG exempts them.
          if (parseFloat(style.opacity) < 1 && !element.disabled) problems.push(`opacity ${style.opacity}`);
          // A button or field needs an edge of its own, or it reads as plain text.
          const framed = style.borderStyle !== 'none' && parseFloat(style.borderTopWidth) > 0;
          const native = element instanceof HTMLInputElement && ['radio', 'checkbox'].includes(element.type);
          if (!framed && !native) problems.push('no border');
          if (problems.length > 0) found.push({ control: element.tagName.toLowerCase(), text: (element.textContent ?? '').trim().slice(0, 40), problems });
        }
        return found;
      });
      assert.deepEqual(controls, []);

      // The chart's canvas keeps its own colours; the table holds the same numbers in system colours.
      const table = page.locator('mv-assessment').locator('mv-radar').getByRole('table');
      assert.ok(await table.isVisible());
      assert.equal(await table.getByRole('rowheader').count(), 7);
      const cellColours = await table.evaluate((element) => {
        const probe = document.createElement('span');
        probe.style.color = 'CanvasText';
        element.append(probe);
        const canvasText = getComputedStyle(probe).color;
        probe.remove();
        return { canvasText, cells: [...element.querySelectorAll('td, th')].map((cell) => getComputedStyle(cell).color) };
      });
      assert.ok(cellColours.cells.length > 0);
      assert.ok(
        cellColours.cells.every((colour) => colour === cellColours.canvasText),
        `table text in the system text colour ${cellColours.canvasText}`,
      );
    } finally {
      await context.close();
    }
  });

  it('with reduced motion the chart draws its new state at once, without animation', async () => {
    const { context, page } = await site.open({ page: demoPages.entrepreneur, context: { reducedMotion: 'reduce' } });
    try {
      assert.equal(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches), true);
      const { soon, later } = await canvasRightAfterAnAnswer(page);
      assert.equal(soon, later, 'the chart did not change after its first frame');
      const moving = await page.evaluate(() => {
        const found = [];
        const visit = (root) => {
          for (const element of root.querySelectorAll('*')) {
            const style = getComputedStyle(element);
            const longest = (list) => Math.max(...list.split(',').map((value) => parseFloat(value)));
            const transitions = longest(style.transitionDuration) > 0.01;
            const animations = style.animationName !== 'none' && longest(style.animationDuration) > 0.01;
            if (transitions || animations) {
              found.push(`${element.tagName.toLowerCase()}.${element.className}`);
            }
            if (element.shadowRoot) visit(element.shadowRoot);
          }
        };
        visit(document.querySelector('mv-assessment').shadowRoot);
        return found;
      });
      assert.deepEqual(moving, [], 'elements with a transition or animation');
    } finally {
      await context.close();
    }
  });

  it('without that preference the chart animates (so the test above can tell the difference)', async () => {
    const { context, page } = await site.open({ page: demoPages.entrepreneur, context: { reducedMotion: 'no-preference' } });
    try {
      const { soon, later } = await canvasRightAfterAnAnswer(page);
      assert.notEqual(soon, later, 'the chart was still moving after its first frames');
    } finally {
      await context.close();
    }
  });
});
