// WCAG 1.1.1 Non-text content and 1.3.1 Info and relationships for the chart: the radar is
// never the only way to get a number. Every value handed to Chart.js (read from the radar's
// `drawnData`, since a bundled Chart.js is not reachable from the page) is in the table
// alternative, in the row of its axis and the column of its series, and each assessment's
// overall score is given as text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareExamples, demoPages, useDemo } from './harness/index.mjs';

/**
 * For every `<mv-radar>` under `host` (through shadow roots): what the chart draws, and the
 * table as text, cell by cell.
 */
function radarsAndTables(page, host) {
  return page.evaluate((selector) => {
    const radars = [];
    const visit = (root) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.localName === 'mv-radar') radars.push(element);
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document.querySelector(selector).shadowRoot);
    const textOf = (node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    return radars.map((radar) => {
      const table = radar.shadowRoot.querySelector('table');
      return {
        drawn: radar.drawnData,
        canvasLabel: radar.shadowRoot.querySelector('canvas')?.getAttribute('aria-label') ?? null,
        headers: table ? [...table.querySelectorAll('thead th')].map(textOf) : [],
        rows: table
          ? [...table.querySelectorAll('tbody tr')].map((row) => ({
              header: textOf(row.querySelector('th')),
              cells: [...row.querySelectorAll('td')].map(textOf),
            }))
          : [],
        summary: textOf(radar.shadowRoot.querySelector('.summary') ?? document.createElement('p')),
      };
    });
  }, host);
}

/**
 * A cell's number, read the way a Norwegian or English reader would: "72,5" or "72.5" (rounded
 * to one decimal on screen, as the contract says), before the basis that follows it in
 * brackets ("72,5 (grunnlag 3 av 4)").
 */
const cellNumber = (text) => Number(text.replace(/\(.*\)\s*$/, '').replace(/\s/g, '').replace(',', '.'));

/** Asserts every drawn value is in the table, and every missing one is said so. */
function assertTableHoldsTheChart(radar, where) {
  const { drawn, headers, rows } = radar;
  assert.ok(drawn.labels.length >= 3, `${where}: the chart draws axes (${JSON.stringify(drawn)})`);
  assert.ok(drawn.datasets.length >= 1, `${where}: the chart draws series`);
  assert.equal(rows.length, drawn.labels.length, `${where}: one table row per axis`);
  let numbers = 0;
  for (const dataset of drawn.datasets) {
    const column = headers.indexOf(dataset.label) - 1;
    assert.ok(column >= 0, `${where}: a column for "${dataset.label}" among ${JSON.stringify(headers)}`);
    dataset.data.forEach((value, axis) => {
      const cell = rows[axis]?.cells[column] ?? '';
      if (value === null) {
        assert.ok(!/\d/.test(cell), `${where}: "${dataset.label}" on axis ${axis + 1} is not drawn, and the table shows no number ("${cell}")`);
        return;
      }
      numbers += 1;
      const shown = cellNumber(cell);
      assert.ok(Math.abs(shown - value) <= 0.05 + 1e-9, `${where}: "${dataset.label}" on "${rows[axis]?.header}" is drawn as ${value}, the table says "${cell}"`);
    });
  }
  return numbers;
}

describe('the radar is never the only way to get a number', () => {
  const site = useDemo();

  for (const lang of /** @type {const} */ (['nb', 'nn', 'en'])) {
    it(`the official's chart (own, entrepreneur's, target) is all in the table and the text, in ${lang}`, async () => {
      const { context, page } = await site.open({
        lang,
        page: demoPages.official,
        ready: (opened) => opened.locator('mv-radar').getByRole('columnheader').nth(2).waitFor(),
      });
      try {
        // Part of the form answered, so some axes have no score of the official's yet.
        const groups = page.locator('mv-assessment').locator('fieldset.criterion');
        for (const index of [0, 1, 4, 9]) await groups.nth(index).getByRole('radio').nth(3).check();
        await page.waitForTimeout(300);
        const [radar] = await radarsAndTables(page, 'mv-assessment');
        assert.ok(radar);
        const numbers = assertTableHoldsTheChart(radar, lang);
        assert.ok(numbers >= 7 + 7 + 2, `${numbers} numbers checked`);
        assert.ok(radar.drawn.datasets.some((dataset) => dataset.data.includes(null)), 'some axes are not drawn yet');
        assert.ok(radar.canvasLabel && radar.canvasLabel.length > 0, 'the canvas is named');
        // Each assessment's overall score as text, matching the element's own score.
        const overall = await page.evaluate(() => document.querySelector('mv-assessment').assessment.scores.overall);
        const rounded = overall.toFixed(1).replace(/\.0$/, '');
        const localised = lang === 'en' ? rounded : rounded.replace('.', ',');
        assert.ok(radar.summary.includes(localised), `the overall score ${localised} is in "${radar.summary}"`);
      } finally {
        await context.close();
      }
    });
  }

  it('the comparison\'s chart of three offers is all in its table', async () => {
    const { context, page } = await site.open({
      page: demoPages.workspace,
      ready: (opened) => compareExamples(opened, 3),
    });
    try {
      await page.waitForTimeout(300);
      const radars = await radarsAndTables(page, 'mv-workspace');
      const compared = radars.filter((radar) => radar.drawn.datasets.length >= 3);
      assert.ok(compared.length >= 1, `a chart with three offers among ${radars.length}`);
      for (const radar of compared) assert.ok(assertTableHoldsTheChart(radar, 'compare') >= 21);
    } finally {
      await context.close();
    }
  });
});
