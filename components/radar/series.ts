import type { Assessment } from '../../src/assessment/types.js';
import type { Framework } from '../../src/framework/types.js';
import { basisCounts, hasEnoughBasis, isWhollyNotApplicable, type AnswerCount } from '../../src/scoring/basis.js';
import { scoreAssessment } from '../../src/scoring/score.js';
import type { Lang } from '../../src/text/lang.js';
import { resolveText } from '../../src/text/text.js';
import { format } from '../i18n/define-messages.js';
import { radarMessages } from './radar.messages.js';

/** One plain series handed to `<mv-radar>`: a label and one value (0..100 or null) per axis. */
export interface RadarSeriesInput {
  label: string;
  values: (number | null)[];
}

/** One axis of the radar as drawn: the short label on the chart, the full title in the table. */
export interface RadarAxis {
  /** Drawn beside the axis on the chart: the dimension's `short` text, else its title. */
  label: string;
  /** The full title, used as the table's row header. */
  title: string;
}

/** One series as drawn: a label, one value per axis, and the overall score when it has one. */
export interface RadarSeries {
  label: string;
  /** Scores 0..100 in axis order; `null` where there is no score (drawn as a gap). */
  values: (number | null)[];
  /** The assessment's overall score; absent for plain series, which have no defined overall. */
  overall?: number | null;
  /**
   * How many criteria of each axis are answered with a level (the basis of each score), in
   * axis order; absent for plain series.
   */
  basis?: AnswerCount[];
  /** Per axis, whether every criterion is marked not applicable; absent for plain series. */
  notApplicable?: boolean[];
  /** How many criteria are answered with a level overall, and whether that is enough basis. */
  overallBasis?: AnswerCount & { enough: boolean };
}

/** Everything the chart and its table show, in one language. */
export interface RadarModel {
  axes: RadarAxis[];
  series: RadarSeries[];
  /** The kommune's target per axis (`null` where an axis has none); absent when not drawn. */
  target?: (number | null)[];
}

/**
 * Builds the radar from a framework and the assessments to draw on it. Each assessment is
 * scored with {@link scoreAssessment} (its stored scores are never trusted). Series labels come
 * from `labels` (same order) where given, else from the offer and the assessment's mode.
 * The target ring is included when `showTarget` is on and at least one axis has a target.
 */
export function modelFromAssessments(
  framework: Framework,
  assessments: readonly Assessment[],
  options: { labels?: readonly string[]; showTarget: boolean; lang: Lang },
): RadarModel {
  const { lang } = options;
  const axes = framework.dimensions.map((dimension) => {
    const title = resolveText(dimension.title, lang);
    const short = resolveText(dimension.short, lang);
    return { title, label: short !== '' ? short : title };
  });
  const given = options.labels ?? [];
  const labels = uniqueLabels(
    assessments.map((assessment, index) => {
      const label = given[index];
      return typeof label === 'string' && label.trim() !== '' ? label : assessmentLabel(assessment, lang);
    }),
    lang,
  );
  const series = assessments.map((assessment, index): RadarSeries => {
    const scores = scoreAssessment(framework, assessment);
    const counts = basisCounts(framework, assessment.answers);
    return {
      label: labels[index] ?? '',
      values: framework.dimensions.map((dimension) => scores.dimensions[dimension.id] ?? null),
      overall: scores.overall,
      basis: framework.dimensions.map((dimension) => counts.dimensions[dimension.id] ?? { answered: 0, total: 0 }),
      notApplicable: framework.dimensions.map((dimension) => isWhollyNotApplicable(framework, dimension.id, assessment.answers)),
      overallBasis: { ...counts.overall, enough: hasEnoughBasis(framework, scores.basis.overall) },
    };
  });
  // An area every drawn assessment marks wholly not applicable says so on the chart itself,
  // where its gap would otherwise read as "not answered" (and never as 0).
  const axesDrawn = axes.map((axis, index) =>
    series.length > 0 && series.every((item) => item.notApplicable?.[index] === true)
      ? { ...axis, label: format(radarMessages[lang].axisNotApplicable, { label: axis.label }) }
      : axis,
  );
  const targets = framework.dimensions.map((dimension) => validScore(dimension.target));
  const hasTarget = targets.some((target) => target !== null);
  return options.showTarget && hasTarget ? { axes: axesDrawn, series, target: targets } : { axes: axesDrawn, series };
}

/**
 * Builds the radar from plain labelled series; a series without a label is called "Serie 1",
 * "Serie 2" and so on, after its place. Each series gets exactly one value per axis:
 * missing values become `null`, extra values are dropped, and anything that is not a finite
 * number becomes `null` (a gap, never 0). Values are clamped to the scale, 0..100.
 */
export function modelFromSeries(
  axes: readonly string[],
  series: readonly RadarSeriesInput[],
  lang: Lang,
): RadarModel {
  const labels = uniqueLabels(
    series.map((item, index) =>
      typeof item.label === 'string' && item.label.trim() !== ''
        ? item.label
        : format(radarMessages[lang].unnamedSeries, { number: index + 1 }),
    ),
    lang,
  );
  return {
    axes: axes.map((axis) => ({ label: String(axis), title: String(axis) })),
    series: series.map((item, index) => ({
      label: labels[index] ?? '',
      values: axes.map((_axis, axisIndex) => validScore(item.values?.[axisIndex])),
    })),
  };
}

/**
 * An assessment's default label: the offer's title (else its organisation) and who assessed
 * it, e.g. "Arbeidstrening i parken – Egenvurdering"; just the mode when the offer is unnamed.
 */
export function assessmentLabel(assessment: Pick<Assessment, 'mode' | 'offer'>, lang: Lang): string {
  const messages = radarMessages[lang];
  const mode = assessment.mode === 'official' ? messages.modeOfficial : messages.modeSelf;
  const offer = [assessment.offer?.title, assessment.offer?.organisation]
    .map((part) => (typeof part === 'string' ? part.trim() : ''))
    .find((part) => part !== '');
  return offer ? format(messages.offerAndMode, { offer, mode }) : mode;
}

/**
 * Numbers labels that would otherwise repeat ("Egenvurdering (1)", "Egenvurdering (2)"), so
 * every table column and legend entry can be told apart by its name alone.
 */
export function uniqueLabels(labels: readonly string[], lang: Lang): string[] {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  const seen = new Map<string, number>();
  return labels.map((label) => {
    if ((counts.get(label) ?? 0) < 2) return label;
    const number = (seen.get(label) ?? 0) + 1;
    seen.set(label, number);
    return format(radarMessages[lang].numbered, { label, number });
  });
}

/** A value as a radar score: finite numbers clamped to 0..100, anything else `null`. */
function validScore(value: unknown): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  return Math.min(100, Math.max(0, value));
}
