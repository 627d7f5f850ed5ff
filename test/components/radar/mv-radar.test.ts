import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { Chart } from 'chart.js';
import '../../../components/radar/define.js';
import type { MvRadar } from '../../../components/radar/mv-radar.js';
import { wrapLabel } from '../../../components/radar/point-labels.js';
import { formatScore } from '../../../components/i18n/number-format.js';
import type { Assessment } from '../../../src/assessment/types.js';
import type { Framework } from '../../../src/framework/types.js';
import { defaultFramework } from '../../../src/framework/default-framework.js';
import { scoreAssessment } from '../../../src/scoring/score.js';
import type { Lang } from '../../../src/text/lang.js';
import { resolveText } from '../../../src/text/text.js';
import { smallAssessment, smallFramework, smallFrameworkWithoutTargets } from '../../fixtures/small-framework.js';
import { emulateMedia, emulateMediaOrSkip } from '../../helpers/commands.js';
import { scrolledToChart } from '../../helpers/radar-drawn.js';

/** goals 68.75, participation 87.5, feasibility 25; overall (68.75 + 87.5 + 25) / 3. */
const complete = smallAssessment(
  {
    'goals-named': { value: 2 },
    'goals-lasting': { value: 3 },
    'part-design': { value: 3 },
    'part-delivery': { value: 4 },
    'feas-owner': { value: 1 },
  },
  { offer: { title: 'Arbeidstrening i parken' } },
);

/** Feasibility unanswered (null), goals only "not applicable" (null), participation 50. */
const partial = smallAssessment(
  {
    'goals-named': { notApplicable: true },
    'goals-lasting': { notApplicable: true },
    'part-design': { value: 2 },
  },
  { mode: 'official', offer: { organisation: 'Grønn Vekst SA' } },
);

function shadow(el: MvRadar): ShadowRoot {
  return el.shadowRoot!;
}

function canvasOf(el: MvRadar): HTMLCanvasElement {
  return shadow(el).querySelector('canvas')!;
}

/**
 * Whether a Chart.js chart is on the radar's canvas. A boolean, not the chart: a failed
 * assertion's values travel to the test runner, and a chart (which holds functions) cannot.
 */
function hasChart(el: MvRadar): boolean {
  return Chart.getChart(canvasOf(el)) !== undefined;
}

function chartOf(el: MvRadar): Chart {
  const chart = Chart.getChart(canvasOf(el));
  expect(chart, 'a Chart.js instance on the canvas').to.be.instanceOf(Chart);
  return chart!;
}

/** The legend as drawn: each entry's name, its swatch's colour and its line's dash. */
function readLegend(el: MvRadar): { label: string; color: string; dash: string }[] {
  return [...shadow(el).querySelectorAll('[part="legend"] li')].map((item) => {
    const swatch = item.querySelector('svg')!;
    return {
      label: item.textContent!.trim(),
      color: getComputedStyle(swatch.querySelector('line')!).stroke,
      dash: swatch.querySelector('line')!.getAttribute('stroke-dasharray')!,
    };
  });
}

/** A CSS colour as the browser computes it (`rgb(…)`), to compare with a swatch's stroke. */
function asComputedColor(color: string): string {
  const probe = document.createElement('span');
  probe.style.color = color;
  document.body.append(probe);
  const computed = getComputedStyle(probe).color;
  probe.remove();
  return computed;
}

/**
 * The table as a user reads it: caption, column headers, and per row its header and cells.
 * A cell's score is read apart from the basis that follows it ("grunnlag 2 av 2"), which
 * {@link readBasis} reads.
 */
function readTable(el: MvRadar) {
  const table = shadow(el).querySelector('table');
  expect(table, 'the data table').to.be.instanceOf(HTMLTableElement);
  const columns = [...table!.querySelectorAll('thead th[scope="col"]')].map((th) => th.textContent!.trim());
  const rows = [...table!.querySelectorAll('tbody tr')].map((tr) => ({
    header: tr.querySelector('th[scope="row"]')?.textContent?.trim(),
    cells: [...tr.querySelectorAll('td')].map((td) => {
      const score = td.cloneNode(true) as HTMLElement;
      score.querySelector('.basis')?.remove();
      return score.textContent!.replace(/\s+/g, ' ').trim();
    }),
  }));
  return { caption: table!.caption?.textContent?.trim(), columns, rows };
}

/** The basis beside each score of the first assessment, row by row ('' where there is none). */
function readBasis(el: MvRadar): string[] {
  return [...shadow(el).querySelectorAll('tbody tr')].map(
    (tr) => tr.querySelector('td .basis')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
  );
}

async function radar(template: ReturnType<typeof html>): Promise<MvRadar> {
  const el = await fixture<MvRadar>(template);
  await el.updateComplete;
  return el;
}

function axisScores(framework: Framework, assessment: Assessment): (number | null)[] {
  const { dimensions } = scoreAssessment(framework, assessment);
  return framework.dimensions.map((dimension) => dimensions[dimension.id] ?? null);
}

/** WCAG relative luminance contrast of an `#rrggbb` colour against white. */
function contrastWithWhite(hex: string): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const n = Number.parseInt(hex.slice(1), 16);
  const luminance = 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
  return 1.05 / (luminance + 0.05);
}

describe('<mv-radar>', () => {
  describe('one assessment', () => {
    it('is accessible', async () => {
      const el = await radar(html`<mv-radar .framework=${smallFrameworkWithoutTargets} .assessments=${[complete]}></mv-radar>`);
      await expect(el).to.be.accessible();
    });

    it('has one table row per axis, headed by the full title, and one column for the assessment', async () => {
      const el = await radar(html`<mv-radar .framework=${smallFrameworkWithoutTargets} .assessments=${[complete]}></mv-radar>`);
      const table = readTable(el);
      expect(table.caption).to.equal('Poengsum per område (0–100)');
      expect(table.columns).to.deep.equal(['Område', 'Arbeidstrening i parken – Egenvurdering']);
      expect(table.rows.map((row) => row.header)).to.deep.equal([
        'Langsiktige mål i kommuneplanen',
        'Brukermedvirkning',
        'Gjennomførbarhet',
      ]);
    });

    it('shows the computed scores rounded in bokmål, and the overall score as text', async () => {
      const el = await radar(html`<mv-radar .framework=${smallFrameworkWithoutTargets} .assessments=${[complete]}></mv-radar>`);
      const scores = scoreAssessment(smallFrameworkWithoutTargets, complete);
      const expected = axisScores(smallFrameworkWithoutTargets, complete).map((score) => formatScore(score, 'nb'));
      expect(readTable(el).rows.map((row) => row.cells)).to.deep.equal(expected.map((cell) => [cell]));
      expect(expected).to.deep.equal(['68,8', '87,5', '25']);
      const summary = shadow(el).querySelector('[part="summary"]')!;
      expect(summary.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        `Samlet poengsum: ${formatScore(scores.overall, 'nb')} av 100. Grunnlag: 5 av 5 kriterier besvart med et nivå.`,
      );
      expect(readBasis(el)).to.deep.equal(['(grunnlag 2 av 2)', '(grunnlag 2 av 2)', '(grunnlag 1 av 1)']);
      expect(summary.textContent).to.include('60,4');
    });

    it('names the canvas as an image and says the numbers are in the table', async () => {
      const el = await radar(html`<mv-radar .framework=${smallFrameworkWithoutTargets} .assessments=${[complete]}></mv-radar>`);
      const canvas = canvasOf(el);
      expect(canvas.getAttribute('role')).to.equal('img');
      const name = 'Radardiagram: Poengsum per område (0–100). Tallene står i tabellen under diagrammet.';
      expect(canvas.getAttribute('aria-label')).to.equal(name);
      // The table is on screen, not hidden behind a disclosure, so every reader reaches it.
      const table = shadow(el).querySelector('table')!;
      expect(table.checkVisibility()).to.equal(true);
      // Compared as a boolean: a failing equality between two DOM nodes makes the test
      // runner serialise both, element graph and chart included, and the page stalls.
      const next = canvas.closest('[part="chart"]')!.nextElementSibling!;
      expect(next === table || next.contains(table), 'the table follows the chart').to.equal(true);
    });

    it('draws exactly the computed scores, and no target or legend', async () => {
      const el = await radar(html`<mv-radar .framework=${smallFrameworkWithoutTargets} .assessments=${[complete]}></mv-radar>`);
      const chart = chartOf(el);
      const expected = axisScores(smallFrameworkWithoutTargets, complete);
      expect(chart.data.labels).to.deep.equal(['Mål', 'Medvirkning', 'Gjennomførbarhet']);
      expect(chart.data.datasets.map((dataset) => dataset.data)).to.deep.equal([expected]);
      expect(el.drawnData).to.deep.equal({
        labels: ['Mål', 'Medvirkning', 'Gjennomførbarhet'],
        datasets: [{ label: 'Arbeidstrening i parken – Egenvurdering', data: expected }],
      });
      expect(shadow(el).querySelector('[part="legend"]') === null, 'no legend for one line').to.equal(true);
      const scale = chart.scales.r!;
      expect([scale.min, scale.max]).to.deep.equal([0, 100]);
    });

    it('ignores the scores stored in the document and scores the answers', async () => {
      const tampered: Assessment = { ...complete, scores: { overall: 100, dimensions: { goals: 100, participation: 100, feasibility: 100 }, basis: { overall: 1, dimensions: {} } } };
      const el = await radar(html`<mv-radar .framework=${smallFrameworkWithoutTargets} .assessments=${[tampered]}></mv-radar>`);
      expect(el.drawnData.datasets[0]!.data).to.deep.equal(axisScores(smallFrameworkWithoutTargets, complete));
    });

    it('speaks English with a point as decimal separator', async () => {
      const el = await radar(
        html`<mv-radar lang="en" .framework=${smallFrameworkWithoutTargets} .assessments=${[complete]}></mv-radar>`,
      );
      const table = readTable(el);
      expect(table.columns).to.deep.equal(['Area', 'Arbeidstrening i parken – Self-assessment']);
      expect(table.rows.map((row) => row.header)).to.deep.equal(['Long-term goals in the plan', 'User participation', 'Feasibility']);
      expect(table.rows.map((row) => row.cells[0])).to.deep.equal(['68.8', '87.5', '25']);
      expect(shadow(el).querySelector('.radar')!.getAttribute('lang')).to.equal('en');
      expect(chartOf(el).data.labels).to.deep.equal(['Goals', 'Participation', 'Feasibility']);
    });
  });

  describe('missing scores', () => {
    it('shows a dash said as "ikke besvart" and draws a gap, never 0', async () => {
      const el = await radar(html`<mv-radar .framework=${smallFrameworkWithoutTargets} .assessments=${[partial]}></mv-radar>`);
      const cells = readTable(el).rows.map((row) => row.cells[0]);
      // Goals: both criteria marked not applicable, said so in words; feasibility: unanswered.
      expect(cells).to.deep.equal(['ikke relevant', '50', '–ikke besvart']);
      expect(readBasis(el)).to.deep.equal(['', '(grunnlag 1 av 2)', '']);
      const dash = shadow(el).querySelector('tbody td span[aria-hidden="true"]')!;
      expect(dash.textContent).to.equal('–');
      const chart = chartOf(el);
      expect(chart.data.datasets[0]!.data).to.deep.equal([null, 50, null]);
      expect((chart.data.datasets[0] as { spanGaps?: boolean }).spanGaps).to.equal(false);
      const points = chart.getDatasetMeta(0).data as unknown as { skip: boolean }[];
      expect(points.map((point) => point.skip)).to.deep.equal([true, false, true]);
      expect(shadow(el).querySelector('[part="summary"]')!.textContent).to.include('Samlet poengsum: 50 av 100');
    });

    it('describes an area whose criteria are all "not applicable" as not applicable, on the chart too', async () => {
      const el = await radar(html`<mv-radar .framework=${smallFrameworkWithoutTargets} .assessments=${[partial]}></mv-radar>`);
      expect(readTable(el).rows[0]).to.deep.equal({ header: 'Langsiktige mål i kommuneplanen', cells: ['ikke relevant'] });
      expect(el.drawnData.labels[0]).to.match(/^Mål.*\(ikke relevant\)$/);
      // A gap, never 0.
      expect(el.drawnData.datasets[0]!.data[0]).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('says so when no criterion at all is answered', async () => {
      const el = await radar(
        html`<mv-radar lang="nn" .framework=${smallFrameworkWithoutTargets} .assessments=${[smallAssessment({})]}></mv-radar>`,
      );
      expect(readTable(el).rows.map((row) => row.cells[0])).to.deep.equal(['–ikkje svart', '–ikkje svart', '–ikkje svart']);
      expect(shadow(el).querySelector('[part="summary"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Samla poengsum: ikkje rekna ut, ingen kriterium er svart på. For lite grunnlag: 0 av 5 kriterium svart på.',
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('several assessments with a target', () => {
    const assessments = [complete, partial];

    it('is accessible', async () => {
      const el = await radar(html`<mv-radar .framework=${smallFramework} .assessments=${assessments}></mv-radar>`);
      await expect(el).to.be.accessible();
    });

    it('has a column per assessment and one for the target, in nynorsk', async () => {
      const el = await radar(html`<mv-radar lang="nn" .framework=${smallFramework} .assessments=${assessments}></mv-radar>`);
      const table = readTable(el);
      expect(table.columns).to.deep.equal([
        'Område',
        'Arbeidstrening i parken – Eigenvurdering',
        'Grønn Vekst SA – Sakshandsamar si vurdering',
        'Kommunen sitt målnivå',
      ]);
      expect(table.rows).to.deep.equal([
        { header: 'Langsiktige mål i kommuneplanen', cells: ['68,8', 'ikkje relevant', '75'] },
        { header: 'Brukarmedverknad', cells: ['87,5', '50', '50'] },
        { header: 'Gjennomføring', cells: ['25', '–ikkje svart', '–ikkje sett'] },
      ]);
      const items = [...shadow(el).querySelectorAll('[part="summary"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(items).to.deep.equal([
        `Samla poengsum for Arbeidstrening i parken – Eigenvurdering: ${formatScore(complete.scores.overall, 'nn')} av 100. Grunnlag: 5 av 5 kriterium svart på med eit nivå.`,
        'Samla poengsum for Grønn Vekst SA – Sakshandsamar si vurdering: 50 av 100. For lite grunnlag: 1 av 5 kriterium svart på.',
      ]);
    });

    it('draws each assessment and the target ring as a dashed grey line without points', async () => {
      const el = await radar(html`<mv-radar .framework=${smallFramework} .assessments=${assessments}></mv-radar>`);
      const chart = chartOf(el);
      expect(chart.data.datasets.map((dataset) => dataset.data)).to.deep.equal([
        axisScores(smallFramework, complete),
        axisScores(smallFramework, partial),
        [75, 50, null],
      ]);
      const target = chart.data.datasets[2] as { label?: string; borderDash?: number[]; pointRadius?: number; fill?: boolean; borderColor?: string };
      expect(target.label).to.equal('Kommunens målnivå');
      expect(target.borderDash).to.deep.equal([5, 5]);
      expect(target.pointRadius).to.equal(0);
      expect(target.fill).to.equal(false);
      // The ring takes the scheme's subdued text colour, so it shows on light and dark alike.
      expect(target.borderColor).to.equal(getComputedStyle(el).getPropertyValue('--_mv-text-subtle').trim());
      expect(target.borderColor).to.match(/^#|^rgb/);
      // The legend beside the chart names each line in the colour it is drawn in.
      const entries = readLegend(el);
      expect(entries.map((entry) => entry.label)).to.deep.equal(chart.data.datasets.map((dataset) => dataset.label));
      expect(entries.map((entry) => entry.color)).to.deep.equal(
        chart.data.datasets.map((dataset) => asComputedColor(String(dataset.borderColor))),
      );
      expect(entries.map((entry) => entry.dash)).to.deep.equal(['none', '10 4', '5 5']);
    });

    it('draws the legend under the chart in the image it gives for print', async () => {
      const el = await radar(html`<mv-radar .framework=${smallFramework} .assessments=${assessments}></mv-radar>`);
      const canvas = canvasOf(el);
      await waitUntil(() => el.toImage() !== undefined, 'no image of the chart');
      const picture = new Image();
      picture.src = el.toImage()!;
      await picture.decode();
      expect(picture.width).to.equal(canvas.width);
      // Three lines to name (two assessments and the target): three rows below the chart.
      expect(picture.height).to.be.greaterThan(canvas.height + 3 * 20 - 1);
      const single = await radar(html`<mv-radar .framework=${smallFrameworkWithoutTargets} .assessments=${[complete]}></mv-radar>`);
      await waitUntil(() => single.toImage() !== undefined, 'no image of the chart');
      const alone = new Image();
      alone.src = single.toImage()!;
      await alone.decode();
      expect(alone.height).to.equal(canvasOf(single).height);
    });

    it('shows the legend and target for one assessment when targets exist', async () => {
      const el = await radar(html`<mv-radar .framework=${smallFramework} .assessments=${[complete]}></mv-radar>`);
      expect(el.drawnData.datasets.map((dataset) => dataset.label)).to.deep.equal([
        'Arbeidstrening i parken – Egenvurdering',
        'Kommunens målnivå',
      ]);
      expect(readLegend(el).map((entry) => entry.label)).to.deep.equal([
        'Arbeidstrening i parken – Egenvurdering',
        'Kommunens målnivå',
      ]);
    });

    it('leaves the target out when show-target="false" or the framework has none', async () => {
      const off = await radar(html`<mv-radar show-target="false" .framework=${smallFramework} .assessments=${assessments}></mv-radar>`);
      expect(off.showTarget).to.equal(false);
      expect(chartOf(off).data.datasets).to.have.length(2);
      expect(readTable(off).columns).to.not.include('Kommunens målnivå');

      const none = await radar(html`<mv-radar .framework=${smallFrameworkWithoutTargets} .assessments=${assessments}></mv-radar>`);
      await scrolledToChart(none);
      expect(chartOf(none).data.datasets).to.have.length(2);
      expect(readTable(none).columns).to.not.include('Kommunens målnivå');

      const on = await radar(html`<mv-radar show-target .framework=${smallFramework} .assessments=${assessments}></mv-radar>`);
      await scrolledToChart(on);
      expect(chartOf(on).data.datasets).to.have.length(3);
      on.showTarget = false;
      await on.updateComplete;
      expect(chartOf(on).data.datasets).to.have.length(2);
    });

    it('tells up to eight series apart by point style and dash, each colour at least 3:1 on white', async () => {
      const eight = Array.from({ length: 8 }, (_, index) => smallAssessment({ 'feas-owner': { value: index % 5 } }));
      const el = await radar(html`<mv-radar .framework=${smallFrameworkWithoutTargets} .assessments=${eight}></mv-radar>`);
      const datasets = chartOf(el).data.datasets as { pointStyle?: string; borderDash?: number[]; borderColor?: string }[];
      expect(new Set(datasets.map((dataset) => dataset.pointStyle)).size).to.equal(8);
      expect(new Set(datasets.map((dataset) => JSON.stringify(dataset.borderDash))).size).to.equal(8);
      expect(new Set(datasets.map((dataset) => dataset.borderColor)).size).to.equal(8);
      for (const dataset of datasets) expect(contrastWithWhite(dataset.borderColor!)).to.be.at.least(3);
      // Equal default labels are numbered so every column has its own name.
      expect(readTable(el).columns.slice(1, 3)).to.deep.equal(['Egenvurdering (1)', 'Egenvurdering (2)']);
    });

    it('takes series colours from --mv-chart-color-* and names from labels', async () => {
      const el = await radar(html`<mv-radar
        style="--mv-chart-color-2: #7a1f5c"
        .framework=${smallFramework}
        .assessments=${assessments}
        .labels=${['Før', 'Etter']}
      ></mv-radar>`);
      const datasets = chartOf(el).data.datasets as { borderColor?: string }[];
      expect(datasets[0]!.borderColor).to.equal('#0062ba');
      expect(datasets[1]!.borderColor).to.equal('#7a1f5c');
      expect(readTable(el).columns).to.deep.equal(['Område', 'Før', 'Etter', 'Kommunens målnivå']);
    });

    it('keeps its colours across data updates and reads them again on refreshTheme()', async () => {
      const el = await radar(html`<mv-radar .framework=${smallFramework} .assessments=${assessments}></mv-radar>`);
      el.style.setProperty('--mv-chart-color-1', '#123456');
      el.assessments = [...assessments];
      await el.updateComplete;
      const first = () => (chartOf(el).data.datasets as { borderColor?: string }[])[0]!.borderColor;
      // A data update does not read the page's styles again (that forces a style recalc).
      expect(first()).to.equal('#0062ba');
      el.refreshTheme();
      await el.updateComplete;
      expect(first()).to.equal('#123456');
    });
  });

  describe('plain series', () => {
    const axes = ['Mål', 'Medvirkning', 'Mangfold', 'Innovasjon'];
    const series = [
      { label: 'Start', values: [20, 40.25, null, 80] },
      { label: 'Nå', values: [60, 72.5, 10] },
    ];

    it('is accessible', async () => {
      const el = await radar(html`<mv-radar .axes=${axes} .series=${series} caption="Start mot nå"></mv-radar>`);
      await expect(el).to.be.accessible();
    });

    it('draws and tabulates the values as given, with gaps for missing ones and no invented overall', async () => {
      const el = await radar(html`<mv-radar .axes=${axes} .series=${series} caption="Start mot nå"></mv-radar>`);
      const table = readTable(el);
      expect(table.caption).to.equal('Start mot nå');
      expect(table.columns).to.deep.equal(['Område', 'Start', 'Nå']);
      expect(table.rows).to.deep.equal([
        { header: 'Mål', cells: ['20', '60'] },
        { header: 'Medvirkning', cells: ['40,3', '72,5'] },
        { header: 'Mangfold', cells: ['–ikke besvart', '10'] },
        { header: 'Innovasjon', cells: ['80', '–ikke besvart'] },
      ]);
      expect(el.drawnData).to.deep.equal({
        labels: axes,
        datasets: [
          { label: 'Start', data: [20, 40.25, null, 80] },
          { label: 'Nå', data: [60, 72.5, 10, null] },
        ],
      });
      expect(shadow(el).querySelector('[part="summary"]')).to.equal(null);
      expect(canvasOf(el).getAttribute('aria-label')).to.equal(
        'Radardiagram: Start mot nå. Tallene står i tabellen under diagrammet.',
      );
    });

    it('shows its table first and makes the chart in a task of its own, which a finished update waits for', async () => {
      const el = document.createElement('mv-radar') as MvRadar;
      el.axes = axes;
      el.series = series;
      document.body.append(el);
      try {
        // Lit renders in microtasks of the task that connected the element.
        for (let turn = 0; turn < 100 && !el.hasUpdated; turn += 1) await Promise.resolve();
        expect(el.hasUpdated, 'rendered within the connecting task').to.equal(true);
        expect(readTable(el).rows).to.have.length(axes.length);
        expect(hasChart(el), 'no chart yet in the render\'s own task').to.equal(false);
        await el.updateComplete;
        expect(chartOf(el).data.datasets).to.have.length(2);
      } finally {
        el.remove();
      }
    });

    it('makes the chart of a radar far below the visible page only when the reader scrolls near it, or an image is asked for', async () => {
      // From the top of the page: an earlier test's scrolling may have left the page lower
      // down, which would put these radars in view.
      window.scrollTo(0, 0);
      const page = await fixture<HTMLDivElement>(html`
        <div>
          <div style="block-size: ${3 * innerHeight}px">A long form</div>
          <mv-radar .axes=${axes} .series=${series}></mv-radar>
          <mv-radar .axes=${axes} .series=${series}></mv-radar>
        </div>
      `);
      const [scrolled, printed] = [...page.querySelectorAll('mv-radar')] as MvRadar[];
      await scrolled!.updateComplete;
      await printed!.updateComplete;
      expect(readTable(scrolled!).rows, 'the table is there at once').to.have.length(axes.length);
      expect(hasChart(scrolled!), 'no chart three screens down').to.equal(false);
      expect(scrolled!.drawnData.datasets).to.deep.equal([]);

      // A report's picture makes a waiting chart at once.
      expect(hasChart(printed!), 'no chart before the image is asked for').to.equal(false);
      expect(printed!.toImage()).to.match(/^data:image\/png;base64,/);
      expect(chartOf(printed!).data.datasets).to.have.length(2);

      // Data that changes meanwhile is what the chart shows when it is made.
      scrolled!.series = [series[1]!];
      await scrolled!.updateComplete;
      expect(hasChart(scrolled!), 'no chart after new data, still far down').to.equal(false);
      scrolled!.scrollIntoView();
      await waitUntil(() => hasChart(scrolled!), 'no chart after scrolling to the radar');
      expect(scrolled!.drawnData.datasets).to.deep.equal([{ label: 'Nå', data: [60, 72.5, 10, null] }]);
      window.scrollTo(0, 0);
    });

    it('makes the table a focusable, named figure only while it is wider than its box', async () => {
      const many = Array.from({ length: 8 }, (_, index) => ({
        label: `Vurdering nummer ${index + 1} fra kommunen`,
        values: [20, 40, 60, 80],
      }));
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="inline-size: 260px"><mv-radar .axes=${axes} .series=${many} caption="Mange vurderinger"></mv-radar></div>`,
      );
      const el = wrapper.querySelector('mv-radar') as MvRadar;
      const box = () => shadow(el).querySelector<HTMLElement>('.table-scroll')!;
      // Measured in a task after the render, and updateComplete waits for it.
      await el.updateComplete;
      expect(box().getAttribute('tabindex'), 'focusable once the update is complete').to.equal('0');
      expect(box().getAttribute('role')).to.equal('figure');
      expect(shadow(el).getElementById(box().getAttribute('aria-labelledby')!)?.textContent).to.equal('Mange vurderinger');
      await expect(el).to.be.accessible();

      wrapper.style.inlineSize = '4000px';
      await waitUntil(() => !box().hasAttribute('tabindex'), 'the wide box stayed a tab stop');
      expect(box().hasAttribute('role')).to.equal(false);
      expect(box().hasAttribute('aria-labelledby')).to.equal(false);

      // New columns in a narrow box, long after the first draw: still focusable as soon as
      // the update is complete.
      wrapper.style.inlineSize = '260px';
      el.series = many.slice(0, 1);
      await waitUntil(() => !box().hasAttribute('tabindex'), 'one short column did not fit the narrow box');
      el.series = many;
      await el.updateComplete;
      expect(box().getAttribute('tabindex'), 'focusable once the update with new columns is complete').to.equal('0');
    });

    it('turns values that are not finite numbers into gaps and keeps values on the 0..100 scale', async () => {
      const odd = [{ label: '', values: [Number.NaN, 140, -5, '50' as unknown as number] }];
      const el = await radar(html`<mv-radar lang="en" .axes=${axes} .series=${odd}></mv-radar>`);
      expect(el.drawnData.datasets).to.deep.equal([{ label: 'Series 1', data: [null, 100, 0, null] }]);
    });
  });

  describe('empty', () => {
    it('says there is nothing to show, accessibly, with no axes', async () => {
      const el = await radar(html`<mv-radar></mv-radar>`);
      await expect(el).to.be.accessible();
      expect(shadow(el).querySelector('table')).to.equal(null);
      expect(shadow(el).querySelector<HTMLElement>('[part="chart"]')!.hidden).to.equal(true);
      expect(shadow(el).textContent).to.include('Det er ingen områder å vise ennå.');
    });

    it('makes its chart only once there are axes, at the size it is shown', async () => {
      const el = await radar(html`<mv-radar></mv-radar>`);
      // A chart made in the hidden, empty box would be laid out and drawn again when axes came.
      expect(hasChart(el), 'no chart while there is nothing to draw').to.equal(false);
      el.axes = ['Mål', 'Medvirkning', 'Mangfold'];
      el.series = [{ label: 'Nå', values: [60, 40, 20] }];
      await el.updateComplete;
      expect(chartOf(el).data.datasets.map((dataset) => dataset.data)).to.deep.equal([[60, 40, 20]]);
      expect(canvasOf(el).width, 'the chart is made at its shown size').to.be.greaterThan(0);
    });

    it('shows the axes, the target and a note when a framework has no assessments yet', async () => {
      const el = await radar(html`<mv-radar .framework=${smallFramework}></mv-radar>`);
      await expect(el).to.be.accessible();
      const table = readTable(el);
      expect(table.columns).to.deep.equal(['Område', 'Kommunens målnivå']);
      expect(table.rows.map((row) => row.cells)).to.deep.equal([['75'], ['50'], ['–ikke satt']]);
      expect(shadow(el).textContent).to.include('Ingen vurderinger er tegnet ennå.');
      expect(chartOf(el).data.datasets.map((dataset) => dataset.data)).to.deep.equal([[75, 50, null]]);
    });
  });

  describe('the default framework', () => {
    // The first criterion of each axis answered at its scale's second level; axis 4 left open.
    const answers = Object.fromEntries(
      defaultFramework.dimensions
        .filter((_dimension, index) => index !== 3)
        .map((dimension) => {
          const criterion = dimension.criteria[0]!;
          const scale = criterion.scale ?? defaultFramework.scale!;
          return [criterion.id, { value: scale.levels[1]!.value }];
        }),
    );
    const assessment = smallAssessment(answers, { framework: defaultFramework, offer: { title: 'Møteplass' } });

    it('draws seven axes with their targets, tabulated by full title, accessibly', async () => {
      const el = await radar(html`<mv-radar .framework=${defaultFramework} .assessments=${[assessment]}></mv-radar>`);
      await expect(el).to.be.accessible();
      const table = readTable(el);
      expect(table.rows.map((row) => row.header)).to.deep.equal(
        defaultFramework.dimensions.map((dimension) => resolveText(dimension.title, 'nb')),
      );
      const expected = axisScores(defaultFramework, assessment);
      expect(expected[3]).to.equal(null);
      expect(table.rows.map((row) => row.cells[0])).to.deep.equal(
        expected.map((score) => (score === null ? '–ikke besvart' : formatScore(score, 'nb'))),
      );
      const chart = chartOf(el);
      expect(chart.data.labels).to.deep.equal(
        defaultFramework.dimensions.map((dimension) => resolveText(dimension.short ?? dimension.title, 'nb')),
      );
      expect(chart.data.datasets.map((dataset) => dataset.data)).to.deep.equal([
        expected,
        defaultFramework.dimensions.map((dimension) => dimension.target ?? null),
      ]);
    });
  });

  describe('the chart instance', () => {
    it('is updated in place when the data changes', async () => {
      const el = await radar(html`<mv-radar .framework=${smallFramework} .assessments=${[complete]}></mv-radar>`);
      const before = chartOf(el);
      el.assessments = [complete, partial];
      await el.updateComplete;
      expect(chartOf(el) === before, 'the same chart').to.equal(true);
      expect(before.data.datasets).to.have.length(3);
      el.lang = 'en';
      await el.updateComplete;
      expect(chartOf(el) === before, 'the same chart').to.equal(true);
      expect(before.data.labels).to.deep.equal(['Goals', 'Participation', 'Feasibility']);
      el.framework = undefined;
      el.axes = ['A', 'B', 'C'];
      el.series = [{ label: 'X', values: [1, 2, 3] }];
      await el.updateComplete;
      expect(chartOf(el) === before, 'the same chart').to.equal(true);
      expect(el.drawnData.datasets).to.deep.equal([{ label: 'X', data: [1, 2, 3] }]);
    });

    it('is destroyed on disconnect and created again on reconnect', async () => {
      const el = await radar(html`<mv-radar .framework=${smallFramework} .assessments=${[complete]}></mv-radar>`);
      const parent = el.parentElement!;
      const first = chartOf(el);
      el.remove();
      expect(hasChart(el), 'no chart once removed').to.equal(false);
      expect(el.drawnData).to.deep.equal({ labels: [], datasets: [] });
      parent.append(el);
      await el.updateComplete;
      const second = chartOf(el);
      expect(second === first, 'a new chart').to.equal(false);
      expect(second.data.datasets[0]!.data).to.deep.equal(axisScores(smallFramework, complete));
    });

    it('follows the width of a narrow container', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 280px">
        <mv-radar .framework=${smallFramework} .assessments=${[complete]}></mv-radar>
      </div>`);
      const el = wrapper.querySelector('mv-radar')!;
      await el.updateComplete;
      const canvas = canvasOf(el);
      await waitUntil(() => canvas.clientWidth === 280, `canvas is 280 px wide, was ${canvas.clientWidth}`);
      expect(canvas.clientHeight).to.equal(280);
      wrapper.style.inlineSize = '400px';
      await waitUntil(() => canvas.clientWidth === 400, 'canvas followed the container to 400 px');
      wrapper.style.inlineSize = '200px';
      // The canvas never overflows its box (max-inline-size), so wait for the chart itself.
      await waitUntil(() => chartOf(el).width === 200, 'the chart shrank with the container to 200 px');
      expect(canvas.clientWidth).to.equal(200);
    });

    it('is not animated when the user prefers reduced motion', async function () {
      await emulateMediaOrSkip(this, { reducedMotion: 'reduce' });
      try {
        const el = await radar(html`<mv-radar .framework=${smallFramework} .assessments=${[complete]}></mv-radar>`);
        expect(chartOf(el).options.animation).to.equal(false);
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
      const moving = await radar(html`<mv-radar .framework=${smallFramework} .assessments=${[complete]}></mv-radar>`);
      // The first picture appears whole at once; later changes move.
      const first = canvasOf(moving).toDataURL();
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(canvasOf(moving).toDataURL() === first, 'the first picture did not move').to.equal(true);
      const animation = chartOf(moving).options.animation as { duration?: number } | false;
      expect(animation).to.not.equal(false);
      expect((animation as { duration?: number }).duration).to.equal(300);
      moving.assessments = [partial];
      await moving.updateComplete;
      const soon = canvasOf(moving).toDataURL();
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(canvasOf(moving).toDataURL() === soon, 'a change moves to its new state').to.equal(false);
    });
  });

  it('breaks an axis name at spaces, leaves a short one whole, and splits only a far longer word', () => {
    expect(wrapLabel('Brukermedvirkning', 13)).to.equal('Brukermedvirkning');
    expect(wrapLabel('Brukermedvirkning', 11)).to.deep.equal(['Brukermed-', 'virkning']);
    expect(wrapLabel('Brukermedvirkning i drift', 11)).to.deep.equal(['Brukermed-', 'virkning i', 'drift']);
    expect(wrapLabel('Gjennomførbarhet og samarbeid', 10)).to.deep.equal(['Gjennom-', 'førbarhet', 'og', 'samarbeid']);
    expect(wrapLabel('Brukertilpasning og mangfold', 11)).to.deep.equal(['Brukertil-', 'pasning og', 'mangfold']);
    expect(wrapLabel('Sosial merverdi', 20)).to.equal('Sosial merverdi');
    expect(wrapLabel('Samordning, tilgjengelighet og samarbeid', 16)).to.deep.equal([
      'Samordning,',
      'tilgjengelighet',
      'og samarbeid',
    ]);
    expect(wrapLabel('  Mål   for   tenesta ', 8)).to.deep.equal(['Mål for', 'tenesta']);
  });

  it('breaks long axis names into lines that stay inside the canvas, on a wide and a narrow chart', async () => {
    // A kommune's own axes, named in full with no short label, as a framework may well do.
    const longNames = [
      'Langsiktige mål i kommuneplanens samfunnsdel',
      'Brukermedvirkning i utforming og drift',
      'Brukertilpasning og mangfold',
      'Sosial merverdi for innbyggerne',
      'Innovasjon og nytenkning',
      'Dokumentert effekt over tid',
      'Gjennomførbarhet og samarbeid med kommunen',
    ];
    const framework = {
      ...defaultFramework,
      dimensions: defaultFramework.dimensions.map((dimension, index) => ({
        ...dimension,
        title: { nb: longNames[index]!, nn: longNames[index]!, en: longNames[index]! },
        short: undefined,
      })),
    } as Framework;
    for (const width of [560, 448, 400, 344, 320, 300, 280, 260]) {
      const el = await radar(
        html`<div style="width: ${width}px"><mv-radar .framework=${framework} .assessments=${[]}></mv-radar></div>`,
      ).then((box) => box.querySelector('mv-radar')!);
      await scrolledToChart(el);
      await nextFrame();
      const chart = chartOf(el);
      // Where Chart.js placed each axis name, in CSS pixels of the canvas; glyphs may reach a
      // pixel or two beyond the measured box, so the box keeps 2 px from each edge.
      const boxes = (chart.scales.r as unknown as { _pointLabelItems: { left: number; right: number; top: number; bottom: number }[] })._pointLabelItems;
      expect(boxes, `point labels at ${width} px`).to.have.length(longNames.length);
      for (const [index, box] of boxes.entries()) {
        expect(box.left, `"${longNames[index]}" at ${width} px: left edge`).to.be.at.least(2);
        expect(box.right, `"${longNames[index]}" at ${width} px: right edge`).to.be.at.most(chart.width - 2);
        expect(box.top, `"${longNames[index]}" at ${width} px: top edge`).to.be.at.least(2);
        expect(box.bottom, `"${longNames[index]}" at ${width} px: bottom edge`).to.be.at.most(chart.height - 2);
      }
    }
  });

  it('draws two radars on one page in different languages, each right', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <section lang="nn"><mv-radar .framework=${smallFramework} .assessments=${[complete]}></mv-radar></section>
      <section lang="en"><mv-radar .framework=${smallFramework} .assessments=${[complete]}></mv-radar></section>
    </div>`);
    const [nn, en] = [...page.querySelectorAll('mv-radar')];
    await nn!.updateComplete;
    await en!.updateComplete;
    await nextFrame();
    const expectLang = (el: MvRadar, lang: Lang, column: string, overall: string) => {
      const table = readTable(el);
      expect(table.columns[1]).to.equal(column);
      expect(table.rows[1]!.cells[0]).to.equal(formatScore(87.5, lang));
      expect(shadow(el).querySelector('.radar')!.getAttribute('lang')).to.equal(lang);
      expect(shadow(el).querySelector('[part="summary"]')!.textContent).to.include(overall);
    };
    expectLang(nn!, 'nn', 'Arbeidstrening i parken – Eigenvurdering', 'Samla poengsum: 60,4 av 100');
    expectLang(en!, 'en', 'Arbeidstrening i parken – Self-assessment', 'Overall score: 60.4 out of 100');
    expect(chartOf(await scrolledToChart(nn!)).options.locale).to.equal('nn-NO');
    expect(chartOf(await scrolledToChart(en!)).options.locale).to.equal('en-GB');
  });
});
