// WCAG 2.1.1 Keyboard, 2.4.3 Focus order, 2.4.7 / 2.4.11 Focus visible and not obscured:
// the whole task done with Tab, the arrow keys, Space and Enter, on the built demo pages.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  answerWithKeyboard,
  chooseFilesWithSpace,
  demoPages,
  eventually,
  exampleFiles,
  focusReport,
  recordEvents,
  tabTo as tabToInPage,
  useDemo,
} from './harness/index.mjs';

/** @param {import('playwright-core').Page} page */
const completeness = (page) => page.evaluate(() => document.querySelector('mv-assessment')?.assessment?.completeness ?? 0);

describe('keyboard alone', () => {
  const site = useDemo();

  it('an entrepreneur completes the whole default assessment and sees the summary', async () => {
    const { context, page, pageErrors } = await site.open();
    try {
      const events = await recordEvents(page, ['mv-complete']);
      const total = await page.getByRole('radio', { name: /^Ikke relevant/ }).count();
      // 28 criteria; the five a kommune would never accept as not applicable are required.
      assert.equal(total, 23, 'every criterion of the default framework but the five required ones offers "Ikke relevant"');

      const hidden = [];
      const { answered, tabs } = await answerWithKeyboard(page, {
        done: async () => (await completeness(page)) === 1,
        // One criterion marked not applicable with the arrow keys, the rest on varied levels.
        levelFor: (count, size) => (count === 5 ? size - 1 : count % (size - 1)),
        onFocus: (report) => {
          if (report && (!report.ringVisible || !report.inViewport || !report.hitsItself)) hidden.push(report);
        },
      });

      assert.equal(answered, 28, `answered ${answered} criteria in ${tabs} Tab presses`);
      assert.deepEqual(hidden, [], 'every Tab stop shows a focus ring, inside the viewport, not covered');
      await page.getByText('28 av 28 besvart').first().waitFor();
      await page.getByText('Alle kriteriene er besvart.').waitFor();
      await page.getByRole('heading', { name: 'Oppsummering' }).waitFor();
      await page.getByRole('region', { name: 'Oppsummering' }).getByRole('heading', { name: 'Sterke sider' }).waitFor();
      assert.match(await page.locator('mv-assessment').getByText(/Samlet poengsum: \d+(,\d+)? av 100/).first().innerText(), /\d/);
      assert.equal(await page.getByRole('radio', { name: /^Ikke relevant/, checked: true }).count(), 1);
      assert.deepEqual((await events.list()).map((event) => event.type), ['mv-complete']);
      assert.deepEqual(pageErrors, []);
    } finally {
      await context.close();
    }
  });

  it('on a narrow screen the entrepreneur moves area by area with "Neste område" and Enter', async () => {
    const { context, page, pageErrors } = await site.open({ context: { viewport: { width: 390, height: 800 } } });
    try {
      await page.getByRole('button', { name: 'Neste område' }).waitFor();
      let pagesTurned = 0;
      const { answered } = await answerWithKeyboard(page, {
        done: async () => (await completeness(page)) === 1,
        onFocus: async (report) => {
          // The pager's "next" button: Enter turns the page and focus lands on the new area's
          // first question, ready to answer; the harness answers it where it landed.
          if (report?.tag === 'button' && report.name === 'Neste område') {
            await page.keyboard.press('Enter');
            pagesTurned += 1;
            const landed = await eventually(() => focusReport(page), (found) => found?.role === 'radio');
            assert.equal(landed?.role, 'radio', 'focus moves to the next area\'s first question');
          }
        },
      });
      assert.equal(answered, 28);
      assert.equal(pagesTurned, 6, 'seven areas, six page turns');
      await page.getByText('Alle kriteriene er besvart.').waitFor();
      assert.deepEqual(pageErrors, []);
    } finally {
      await context.close();
    }
  });

  it('an official scores every criterion with a justification beside the entrepreneur\'s own answers', async () => {
    const { context, page, pageErrors } = await site.open({ page: demoPages.official });
    try {
      // The entrepreneur's own assessment is drawn beside the official's.
      await page.getByRole('columnheader', { name: /Egenvurdering|egenvurdering/ }).first().waitFor();
      const typed = [];
      const { answered } = await answerWithKeyboard(page, {
        done: async () => (await completeness(page)) === 1,
        afterAnswer: async (count) => {
          // Tab from the group reaches its justification field; type one there.
          for (let step = 0; step < 3; step += 1) {
            await page.keyboard.press('Tab');
            const report = await focusReport(page);
            if (report?.tag === 'textarea') {
              const text = `Begrunnelse ${count}: dokumentert i søknaden.`;
              await page.keyboard.type(text);
              typed.push(text);
              return;
            }
          }
        },
      });
      assert.equal(answered, 28);
      assert.equal(typed.length, 28, 'a justification field follows every criterion');
      const assessment = await page.evaluate(() => document.querySelector('mv-assessment')?.assessment);
      assert.equal(assessment.mode, 'official');
      const comments = Object.values(assessment.answers).map((answer) => answer.comment).filter(Boolean);
      assert.equal(comments.length, 28, 'every answer carries its justification');
      await page.getByText('28 av 28 besvart').first().waitFor();
      await page.getByRole('heading', { name: 'Oppsummering' }).waitFor();
      assert.deepEqual(pageErrors, []);
    } finally {
      await context.close();
    }
  });

  it('an official imports offers, ticks them, compares them and sorts the ranking', async () => {
    const { context, page, pageErrors } = await site.open({
      page: demoPages.workspace,
      ready: (opened) => opened.locator('mv-workspace').getByRole('button').first().waitFor(),
    });
    try {
      const files = exampleFiles();
      assert.ok(files.length >= 3, 'the demo ships example assessments');

      // The workspace with its library and comparison has many Tab stops.
      const tabTo = (matches) => tabToInPage(page, matches, 400);

      // The file picker opens with Space; choosing files in it is the operating system's dialog.
      await tabTo((report) => report.path.endsWith('input[type=file]'));
      await chooseFilesWithSpace(page, files);
      await page.getByRole('checkbox', { name: /^Sammenlign/ }).nth(files.length - 1).waitFor();

      // Tick three offers with Space, moving between them with Tab.
      for (let ticked = 0; ticked < 3; ticked += 1) {
        await tabTo((report) => report.path.endsWith('input[type=checkbox]'));
        await page.keyboard.press('Space');
      }
      assert.equal(await page.getByRole('checkbox', { name: /^Sammenlign/, checked: true }).count(), 3);

      const ranking = page.locator('mv-compare').getByRole('table').filter({ has: page.getByRole('columnheader', { name: /Samlet/ }) });
      await ranking.waitFor();
      assert.equal(await ranking.getByRole('row').count(), 4, 'a header row and one row per ticked offer');

      // Sort by an area: Tab to its header button in the ranking, Enter.
      const header = await tabTo((report) => report.path.includes('mv-compare') && report.tag === 'button' && /^Medvirkning/.test(report.name));
      await page.keyboard.press('Enter');
      const sortedColumn = ranking.getByRole('columnheader', { name: /Medvirkning/ });
      const sortOrder = () => sortedColumn.getAttribute('aria-sort');
      const first = await eventually(sortOrder, (value) => value !== null);
      assert.match(first ?? '', /^(descending|ascending)$/, `sorted by ${header.name}`);
      await page.keyboard.press('Enter');
      const second = await eventually(sortOrder, (value) => value !== first);
      assert.match(second ?? '', /^(descending|ascending)$/);
      assert.notEqual(second, first, 'Enter again reverses the order');
      await page.locator('mv-compare').getByText(/Sortert etter Medvirkning/).first().waitFor({ state: 'attached' });
      assert.deepEqual(pageErrors, []);
    } finally {
      await context.close();
    }
  });

  it('focus is never trapped: Tab leaves the widget forward, Shift+Tab backward', async () => {
    const { context, page } = await site.open();
    try {
      /** Presses `key` until focus is outside <mv-assessment> after having been inside; the number of presses. */
      const passThrough = async (key) => {
        let inside = false;
        for (let press = 1; press <= 400; press += 1) {
          await page.keyboard.press(key);
          const report = await focusReport(page);
          const here = report?.path.startsWith('mv-assessment') ?? false;
          if (inside && !here) return press;
          inside ||= here;
        }
        return Infinity;
      };
      await page.locator('body').focus();
      const forward = await passThrough('Tab');
      assert.ok(Number.isFinite(forward), 'Tab leaves the widget');
      const after = await focusReport(page);
      assert.equal(after?.tag, 'a', 'the next stop is the page\'s own link after the widget');
      const backward = await passThrough('Shift+Tab');
      assert.ok(Number.isFinite(backward), 'Shift+Tab leaves the widget');
    } finally {
      await context.close();
    }
  });
});
