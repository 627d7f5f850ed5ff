import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Assessment } from '../../src/assessment/types.js';
import type { Framework } from '../../src/framework/types.js';
import { AssessmentConsumer } from '../assessment/assessment-consumer.js';
import type { ColorScheme } from '../base/color-scheme.js';
import { MvElement } from '../base/mv-element.js';
import { updateAfterPending } from '../base/update-after-pending.js';
import { formatScore } from '../i18n/number-format.js';
import { sharedStyles } from '../styles/shared-styles.js';
import {
  DEFAULT_SERIES_COLORS,
  DEFAULT_TARGET_COLOR,
  radarChartConfig,
  radarChartData,
  radarChartOptions,
  type RadarChartInput,
  type RadarTheme,
} from './chart-config.js';
import { Chart } from './chart-setup.js';
import { chartWithLegend, legendColorStyles, legendEntries, renderLegend } from './legend.js';
import { radarMessages } from './radar.messages.js';
import { radarStyles } from './radar.styles.js';
import { ScrollBox } from './scroll-box.js';
import {
  modelFromAssessments,
  modelFromSeries,
  type RadarModel,
  type RadarSeries,
  type RadarSeriesInput,
} from './series.js';

export type { RadarSeriesInput } from './series.js';

/** What `<mv-radar>` currently hands to Chart.js: the axis labels and each dataset's values. */
export interface RadarDrawnData {
  labels: string[];
  datasets: { label: string; data: (number | null)[] }[];
}

/**
 * Reads the `show-target` attribute: present or any value but `"false"` means on, and so does
 * an absent attribute, since the ring is drawn by default.
 */
const showTargetConverter = {
  fromAttribute: (value: string | null): boolean => value !== 'false',
};

/**
 * One or more assessments, or plain labelled series, drawn on one radar chart, with a data
 * table that holds every number the chart shows.
 *
 * The chart is a canvas named as an image; the table below it (always shown) has one row per
 * axis and one column per series (plus the target), and the overall score of each assessment
 * follows as text. Each score in the table carries its basis: how many of the area's criteria
 * are answered with a level ("grunnlag 2 av 4"), and the overall score says plainly when its
 * basis is below the framework's `minBasis`. Scores that do not exist are gaps in the chart
 * and a dash in the table, never 0; an area whose criteria are all marked not applicable is
 * described as not applicable in the table (and on the chart, when it is so for every
 * assessment drawn).
 *
 * Placed inside an `<mv-assessment>` (in its light DOM, anywhere in the page's layout) and
 * given no data of its own (no `framework`, `axes` or `series`), it draws that assessment
 * and its references through `@lit/context`, following every answer. Data set on the element
 * always wins.
 *
 * {@link MvRadar.toImage} gives the drawn chart as a PNG image, e.g. for a printed report,
 * with the legend drawn under it when the chart has more than one line.
 *
 * Colours and font come from the `--mv-*` properties below. They are read when the chart is
 * first drawn and again only when the colour scheme or forced colours change, when the `<html>`
 * element's `class`, `style` or `data-color-scheme` attribute changes (a page's theme switch),
 * and after the element is moved; not on every data update, since reading them forces a style
 * recalculation of the page. A page that changes a `--mv-*` property in some other way calls
 * {@link MvRadar.refreshTheme}.
 *
 * @tagname mv-radar
 * @summary A radar chart of scores per area, with a table alternative for screen readers.
 *
 * @csspart chart - The box holding the canvas; its width follows the container, its aspect is square.
 * @csspart legend - The list naming each line of the chart (shown when there is more than one), beside the canvas.
 * @csspart table - The data table with every number the chart shows.
 * @csspart summary - The overall score of each assessment, below the table.
 *
 * @cssprop [--mv-chart-color-1=#0062ba] - Colour of the first series (use at least 3:1 contrast to the background).
 * @cssprop [--mv-chart-color-2=#b3261e] - Colour of the second series.
 * @cssprop [--mv-chart-color-3=#0b6b3a] - Colour of the third series.
 * @cssprop [--mv-chart-color-4=#8a5300] - Colour of the fourth series.
 * @cssprop [--mv-chart-color-5=#6b3fa0] - Colour of the fifth series.
 * @cssprop [--mv-chart-color-6=#00708a] - Colour of the sixth series.
 * @cssprop [--mv-chart-color-7=#c2185b] - Colour of the seventh series.
 * @cssprop [--mv-chart-color-8=#3d4b5c] - Colour of the eighth series.
 * @cssprop [--mv-chart-target-color=#5f6b7a] - Colour of the dashed target ring.
 * @cssprop [--mv-radar-max-size=32rem] - The largest width (and height) of the chart.
 */
export class MvRadar extends MvElement {
  static override styles = [sharedStyles, radarStyles, legendColorStyles];
  protected static override languagePacks = [radarMessages];

  /**
   * The framework whose dimensions are the axes. When set, `assessments` are drawn and
   * `axes` / `series` are ignored.
   */
  @property({ attribute: false }) framework?: Framework;

  /**
   * The assessments to draw, one series each, scored against `framework` (stored scores are
   * never trusted).
   */
  @property({ attribute: false }) assessments: Assessment[] = [];

  /**
   * Names for the assessments' series, in the same order. Where a name is missing, the
   * offer's title (else organisation) and who assessed it are used, e.g.
   * "Arbeidstrening – Egenvurdering".
   */
  @property({ attribute: false }) labels?: string[];

  /** Axis labels for plain series; used only when no `framework` is set. */
  @property({ attribute: false }) axes: string[] = [];

  /**
   * Plain series, each a label and one value (0..100, or `null` for none) per axis; used only
   * when no `framework` is set. Plain series have no overall score.
   */
  @property({ attribute: false }) series: RadarSeriesInput[] = [];

  /**
   * Draws the framework's targets as a dashed ring (and a table column) when any axis has
   * one. On by default; `show-target="false"` or the property set to `false` turns it off.
   */
  @property({ attribute: 'show-target', converter: showTargetConverter }) showTarget = true;

  /** The chart's name and the table's caption; a localised default when absent. */
  @property() caption?: string;

  @query('canvas') private canvas?: HTMLCanvasElement;

  /** The box the table scrolls in when it is wider than the column. */
  private readonly tableBox = new ScrollBox(this, () => this.renderRoot.querySelector<HTMLElement>('.table-scroll'));

  /** The assessment around this radar, drawn when the radar has no data of its own. */
  private readonly surrounding = new AssessmentConsumer(this);

  /** The live chart; created on first render and on reconnection, updated in place otherwise. */
  private chart?: Chart<'radar', (number | null)[], string>;
  /** What the chart's current options were made from (see {@link optionsSources}). */
  private chartOptionsFrom: readonly unknown[] = [];

  /** A first chart waiting for its task (see `drawFirstChartSoon`). */
  private firstDraw?: { timer: ReturnType<typeof setTimeout>; drawn: Promise<void>; settle(): void };
  /** Watches a canvas far from the visible part of the page until it comes near (see `drawFirstChartSoon`). */
  private nearView?: IntersectionObserver;

  /** The colours and font last read from the page; `undefined` when they must be read again. */
  private theme?: RadarTheme;
  /** The colour scheme `theme` was read in. */
  private themeScheme?: ColorScheme;
  private themeWatchers: (() => void)[] = [];

  /** What is shown, rebuilt from the properties before each render. */
  private model: RadarModel = { axes: [], series: [] };

  /**
   * The labels and values currently given to Chart.js (a copy), so that what is drawn can be
   * compared with the computed scores. Empty while no chart exists (e.g. when disconnected).
   */
  get drawnData(): RadarDrawnData {
    const data = this.chart?.data;
    if (!data) return { labels: [], datasets: [] };
    return {
      labels: (data.labels ?? []).map((label) => String(label)),
      datasets: data.datasets.map((dataset) => ({ label: dataset.label ?? '', data: [...dataset.data] })),
    };
  }

  /**
   * Reads the chart's colours and font from the page again and redraws. Call it after changing
   * a `--mv-*` property in a way the element cannot see (a style sheet swapped, a property set
   * on an ancestor other than `<html>`).
   */
  refreshTheme(): void {
    this.theme = undefined;
    this.requestUpdate();
  }

  /**
   * The chart as it is drawn now, as an image (`image/png` unless another type is asked for),
   * for a printed report or a download; `undefined` when no chart is drawn (no axes, not
   * connected, or a canvas the browser will not read).
   */
  toImage(type = 'image/png'): string | undefined {
    const canvas = this.canvas;
    // A chart still waiting to come into view is made now: the report needs its picture.
    if (!this.chart && this.nearView) this.drawDeferredChart();
    if (!this.chart || !canvas || canvas.width === 0 || canvas.height === 0) return undefined;
    try {
      const view = this.ownerDocument.defaultView;
      const image = chartWithLegend(canvas, this.legend(), this.currentTheme(view), this.chart.currentDevicePixelRatio);
      return image.toDataURL(type);
    } catch {
      return undefined;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A new place in the page may inherit other colours.
    this.theme = undefined;
    this.watchTheme();
    // Lit does not render again on reconnection, but the chart was destroyed on disconnect.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const stop of this.themeWatchers) stop();
    this.themeWatchers = [];
    // Chart.js holds a resize observer and listeners; release them with the element.
    this.chart?.destroy();
    this.chart = undefined;
    if (this.firstDraw) {
      clearTimeout(this.firstDraw.timer);
      this.firstDraw.settle();
      this.firstDraw = undefined;
    }
    this.nearView?.disconnect();
    this.nearView = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Drawing the surrounding assessment, the radar speaks its language unless it has its own.
    const shared = this.drawsSurrounding();
    if (shared && !this.hasAttribute('lang') && this.resolvedLang !== shared.lang) this.resolvedLang = shared.lang;
    this.model = this.buildModel();
  }

  /** The surrounding assessment, when the radar has no data of its own to draw instead. */
  private drawsSurrounding() {
    const ownData = Boolean(this.framework) || (Array.isArray(this.axes) && this.axes.length > 0) || (Array.isArray(this.series) && this.series.length > 0);
    if (ownData) return undefined;
    return this.surrounding.value;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.chart) this.drawChart();
    // No chart for no axes: its box is hidden, so Chart.js would make it at 0 × 0, then lay
    // it out and draw it all again when the axes come (at start, when the framework arrives).
    else if (this.model.axes.length > 0) this.drawFirstChartSoon();
  }

  /**
   * Makes the first chart in a task of its own. Creating a Chart.js chart measures the canvas
   * and its labels (a layout of the page) and sets up its scales, the largest single piece of
   * an assessment's start; in the same task as the form's first render it made one long task
   * that kept the page from answering input. Apart, the form can paint first and the page
   * stays responsive. Later draws (every answer) update the chart at once.
   */
  private drawFirstChartSoon(): void {
    if (this.firstDraw || this.nearView) return;
    let settle!: () => void;
    const drawn = new Promise<void>((resolve) => (settle = resolve));
    const timer = setTimeout(() => {
      this.firstDraw = undefined;
      if (this.farFromView()) this.drawWhenNearView();
      else this.drawChart();
      settle();
    });
    this.firstDraw = { timer, drawn, settle };
  }

  /**
   * The canvas is more than a screen's height away from what the page shows: below a phone's
   * long form, say. Its chart (the largest single piece of the start) then waits until the
   * reader scrolls near it, so that the page is not busy with a picture nobody sees. Read in
   * the first chart's own task, when the page has usually been laid out already.
   */
  private farFromView(): boolean {
    const view = this.ownerDocument.defaultView;
    const canvas = this.canvas;
    if (!view || !canvas || typeof IntersectionObserver !== 'function') return false;
    const box = canvas.getBoundingClientRect();
    // A canvas that is not laid out (hidden, or in a closed part of the page) is drawn as before.
    if (box.width === 0 && box.height === 0) return false;
    return box.top > 2 * view.innerHeight || box.bottom < -view.innerHeight;
  }

  /** Makes the first chart once the canvas is within a screen's height of the visible part. */
  private drawWhenNearView(): void {
    const canvas = this.canvas;
    if (!canvas) return;
    this.nearView = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.drawDeferredChart();
      },
      { rootMargin: '100% 0px' },
    );
    this.nearView.observe(canvas);
  }

  /** Makes the chart that waited for the canvas to come near, with what the radar shows now. */
  private drawDeferredChart(): void {
    this.nearView?.disconnect();
    this.nearView = undefined;
    this.drawChart();
  }

  /**
   * Also waits for a first chart still to be made, so that a finished update means a drawn
   * chart, unless the radar is far from the visible part of the page: its chart is then made
   * when the reader scrolls near it, or when `toImage()` asks for it.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    // The first draw and the table box's measurement each come in a task of their own, and
    // either may lead to another update.
    return updateAfterPending(
      await super.getUpdateComplete(),
      () => this.firstDraw?.drawn ?? this.tableBox.settled,
      () => super.getUpdateComplete(),
    );
  }

  override render(): TemplateResult {
    const { axes } = this.model;
    const caption = this.caption?.trim() || this.drawsSurrounding()?.radarCaption || this.msg(radarMessages, 'defaultCaption');
    return html`
      <div class="radar" lang=${this.resolvedLang}>
        <div class="chart" part="chart" ?hidden=${axes.length === 0}>
          <canvas role="img" aria-label=${this.msg(radarMessages, 'chartLabel', { caption })}></canvas>
        </div>
        ${axes.length === 0 ? '' : renderLegend(this.legend())}
        ${axes.length === 0
          ? html`<p class="empty">${this.msg(radarMessages, 'noAxes')}</p>`
          : this.renderTable(caption)}
        ${this.renderSummary()}
      </div>
    `;
  }

  private renderTable(caption: string): TemplateResult {
    const { axes, series, target } = this.model;
    return html`
      <div
        class="table-scroll"
        role=${ifDefined(this.tableBox.scrolls ? 'figure' : undefined)}
        tabindex=${ifDefined(this.tableBox.scrolls ? '0' : undefined)}
        aria-labelledby=${ifDefined(this.tableBox.scrolls ? 'radar-caption' : undefined)}
      >
      <table part="table">
        <caption id="radar-caption">${caption}</caption>
        <thead>
          <tr>
            <th scope="col">${this.msg(radarMessages, 'axisHeader')}</th>
            ${series.map((item) => html`<th scope="col">${item.label}</th>`)}
            ${target ? html`<th scope="col">${this.msg(radarMessages, 'targetHeader')}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${axes.map(
            (axis, index) => html`
              <tr>
                <th scope="row">${axis.title}</th>
                ${series.map((item) => this.renderSeriesCell(item, index))}
                ${target ? this.renderCell(target[index] ?? null, 'noTarget') : nothing}
              </tr>
            `,
          )}
        </tbody>
      </table>
      </div>
      ${series.length === 0 ? html`<p class="empty">${this.msg(radarMessages, 'noSeries')}</p>` : nothing}
    `;
  }

  /**
   * One assessment's score on one area, with its basis ("grunnlag 2 av 4"); an area whose
   * criteria are all marked not applicable says so in words, never 0 and never a bare dash.
   */
  private renderSeriesCell(item: RadarSeries, index: number): TemplateResult {
    if (item.notApplicable?.[index] === true) {
      return html`<td class="not-applicable">${this.msg(radarMessages, 'notApplicable')}</td>`;
    }
    const value = item.values[index] ?? null;
    const basis = item.basis?.[index];
    if (value === null || !basis) return this.renderCell(value, 'notAnswered');
    return html`<td>
      ${formatScore(value, this.resolvedLang)}
      <span class="basis">(${this.msg(radarMessages, 'basisCell', { answered: basis.answered, total: basis.total })})</span>
    </td>`;
  }

  /** A score rounded to one decimal in the locale; a missing one is a dash, said in words. */
  private renderCell(value: number | null, missing: 'notAnswered' | 'noTarget'): TemplateResult {
    if (value === null) {
      return html`<td>
        <span aria-hidden="true">–</span><span class="visually-hidden">${this.msg(radarMessages, missing)}</span>
      </td>`;
    }
    return html`<td>${formatScore(value, this.resolvedLang)}</td>`;
  }

  /** The overall score of each assessment; plain series have none, and none is invented. */
  private renderSummary(): TemplateResult | typeof nothing {
    const scored = this.model.series.filter((item) => item.overall !== undefined);
    if (scored.length === 0) return nothing;
    const scoreText = (overall: number | null | undefined): string =>
      overall === null || overall === undefined
        ? this.msg(radarMessages, 'overallNone')
        : this.msg(radarMessages, 'outOf', { score: formatScore(overall, this.resolvedLang) });
    const basisText = (item: RadarSeries): string => {
      const basis = item.overallBasis;
      if (!basis) return '';
      const counts = { answered: basis.answered, total: basis.total };
      return this.msg(radarMessages, basis.enough ? 'overallBasis' : 'overallBasisLow', counts);
    };
    if (scored.length === 1) {
      const only = scored[0]!;
      return html`<p class="summary" part="summary">
        ${this.msg(radarMessages, 'overall', { score: scoreText(only.overall) })}.
        <span class=${only.overallBasis?.enough === false ? 'basis low' : 'basis'}>${basisText(only)}</span>
      </p>`;
    }
    return html`<ul class="summary" part="summary">
      ${scored.map(
        (item) => html`<li>
          ${this.msg(radarMessages, 'overallOf', { label: item.label, score: scoreText(item.overall) })}.
          <span class=${item.overallBasis?.enough === false ? 'basis low' : 'basis'}>${basisText(item)}</span>
        </li>`,
      )}
    </ul>`;
  }

  /** The legend's entries for what is drawn; none for a single series without a target. */
  private legend() {
    return legendEntries(this.model, this.msg(radarMessages, 'targetHeader'));
  }

  private buildModel(): RadarModel {
    const lang = this.resolvedLang;
    const shared = this.drawsSurrounding();
    if (shared) {
      return modelFromAssessments(
        shared.framework,
        [shared.assessment, ...shared.references.map((item) => item.assessment)],
        { labels: [shared.ownLabel, ...shared.references.map((item) => item.label)], showTarget: this.showTarget, lang },
      );
    }
    if (this.framework) {
      return modelFromAssessments(this.framework, Array.isArray(this.assessments) ? this.assessments : [], {
        labels: this.labels,
        showTarget: this.showTarget,
        lang,
      });
    }
    return modelFromSeries(
      Array.isArray(this.axes) ? this.axes : [],
      Array.isArray(this.series) ? this.series : [],
      lang,
    );
  }

  /** Creates the chart, or gives the existing one new data and options (no flicker). */
  private drawChart(): void {
    const canvas = this.canvas;
    if (!canvas || !this.isConnected) return;
    const input = this.chartInput();
    try {
      if (this.chart) {
        this.chart.data = radarChartData(input);
        // New options only when what they are made of changed: Chart.js resolves a new options
        // object afresh (its option caches start empty), which an answer never needs.
        if (!sameItems(this.chartOptionsFrom, optionsSources(input))) {
          this.chart.options = radarChartOptions(input);
          this.chartOptionsFrom = optionsSources(input);
        }
        this.chart.update(input.reducedMotion ? 'none' : undefined);
      } else {
        // The first picture appears at once; only later changes (answers) move. An opening
        // animation redraws the whole chart every frame for its 300 ms, while the page is
        // still starting: at a phone's speed, frames of 160 ms each.
        const config = radarChartConfig(input);
        const animation = config.options?.animation;
        this.chart = new Chart(canvas, { ...config, options: { ...config.options, animation: false } });
        if (animation !== undefined) this.chart.options.animation = animation;
        this.chartOptionsFrom = optionsSources(input);
      }
    } catch {
      // A chart that cannot be drawn (say, no 2D context) must not break the host page; the
      // table still holds every number. A constructor that throws has already bound its resize
      // observer to the canvas; only Chart.getChart can still reach that half-made chart, which
      // would otherwise throw into the page on every resize.
      (this.chart ?? Chart.getChart(canvas))?.destroy();
      this.chart = undefined;
    }
  }

  /** Marks the theme stale, and redraws, when the page's colour scheme or theme may have changed. */
  private watchTheme(): void {
    const view = this.ownerDocument.defaultView;
    if (!view) return;
    const stale = (): void => this.refreshTheme();
    for (const query of ['(prefers-color-scheme: dark)', '(forced-colors: active)', '(prefers-contrast: more)']) {
      const list = view.matchMedia(query);
      list.addEventListener('change', stale);
      this.themeWatchers.push(() => list.removeEventListener('change', stale));
    }
    const observer = new MutationObserver(stale);
    observer.observe(this.ownerDocument.documentElement, {
      attributes: true,
      attributeFilter: ['class', 'style', 'data-color-scheme'],
    });
    this.themeWatchers.push(() => observer.disconnect());
  }

  /** The colours and font: the cached ones, else read from the page (a forced style recalc). */
  private currentTheme(view: Window | null): RadarTheme {
    // A scheme switch on any ancestor (not only the page's root) gives other colours.
    if (this.theme && this.themeScheme === this.colorScheme.scheme) return this.theme;
    this.themeScheme = this.colorScheme.scheme;
    const style = view?.getComputedStyle(this);
    const read = (name: string, fallback: string): string => style?.getPropertyValue(name).trim() || fallback;
    const theme: RadarTheme = {
      seriesColors: DEFAULT_SERIES_COLORS.map((color, index) => read(`--mv-chart-color-${index + 1}`, color)),
      // The subdued text colour follows the colour scheme, so the ring stays visible on dark.
      targetColor: read('--mv-chart-target-color', read('--_mv-text-subtle', DEFAULT_TARGET_COLOR)),
      textColor: read('--_mv-text', '#1e2b3c'),
      gridColor: read('--_mv-border-subtle', '#d1d5db'),
      // A theme may name only a web font the page has not loaded: keep a generic family behind it.
      fontFamily: `${read('--_mv-font', 'system-ui')}, system-ui, sans-serif`,
    };
    this.theme = theme;
    return theme;
  }

  /** The model plus the theme and what is read at draw time: the motion preference. */
  private chartInput(): RadarChartInput {
    const view = this.ownerDocument.defaultView;
    const theme = this.currentTheme(view);
    return {
      model: this.model,
      theme,
      lang: this.resolvedLang,
      targetLabel: this.msg(radarMessages, 'targetHeader'),
      reducedMotion: view?.matchMedia('(prefers-reduced-motion: reduce)').matches ?? false,
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mv-radar': MvRadar;
  }
}

/** What {@link radarChartOptions} reads from its input: the options change only with these. */
function optionsSources(input: RadarChartInput): readonly unknown[] {
  return [input.theme, input.lang, input.reducedMotion];
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}
