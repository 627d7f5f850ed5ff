import { effectiveScale } from '../framework/criterion-rules.js';
import type { Framework, Scale } from '../framework/types.js';
import type { Lang } from '../text/lang.js';
import { resolveText } from '../text/text.js';
import { AWARD_WORDING } from './award-messages.js';
import { largestRemainderPercentages } from './largest-remainder.js';

/**
 * Award criteria (tildelingskriterier) for a tender, drafted from a framework: each axis
 * becomes an award criterion with its weight in whole percent, what is assessed under it
 * (its criteria), and its scale's levels as the evaluation scale. Offers scored with the
 * same framework are then scored on exactly these criteria.
 */

/** One level of an evaluation scale, in the chosen language. */
export interface AwardLevel {
  value: number;
  label: string;
  description: string;
}

/** An evaluation scale: every level, lowest first. */
export interface AwardScale {
  levels: AwardLevel[];
}

/** A sub-criterion: one criterion of the axis. */
export interface AwardSubCriterion {
  title: string;
  help: string;
  /** Share of the award criterion in whole percent; present only when criteria weigh differently. */
  percent?: number;
  /** The sub-criterion's own scale; present only when the axis's criteria do not share one. */
  scale?: AwardScale;
}

/** One award criterion: an axis of the framework. */
export interface AwardCriterion {
  title: string;
  description: string;
  /** Weight in whole percent; the percentages of all award criteria sum to 100. */
  percent: number;
  subCriteria: AwardSubCriterion[];
  /** The scale every sub-criterion is assessed on, when they share one. */
  scale?: AwardScale;
}

/** A complete draft, every text already in the chosen language. */
export interface AwardCriteriaDraft {
  lang: Lang;
  heading: string;
  intro: string;
  /** Said when every weight was 0 and the shares were made equal. */
  weightsNote?: string;
  criteria: AwardCriterion[];
  scoring: string;
  /** Labels for the parts of each criterion, in the chosen language. */
  labels: { assessed: string; scale: string; fullScore: string; noScore: string };
}

function toAwardScale(scale: Scale, lang: Lang): AwardScale {
  return {
    levels: scale.levels.map((level) => ({
      value: level.value,
      label: resolveText(level.label, lang),
      description: resolveText(level.description, lang),
    })),
  };
}

function sameScale(a: Scale, b: Scale): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Drafts the award criteria of a valid framework in one language. Axis weights default to 1,
 * as in scoring; the percentages come from {@link largestRemainderPercentages}.
 */
export function awardCriteria(framework: Framework, lang: Lang): AwardCriteriaDraft {
  const wording = AWARD_WORDING[lang];
  const weights = framework.dimensions.map((dimension) => dimension.weight ?? 1);
  const percents = largestRemainderPercentages(weights);
  const criteria = framework.dimensions.map((dimension, index): AwardCriterion => {
    const scales = dimension.criteria.map((criterion) => effectiveScale(framework, criterion));
    const first = scales[0];
    const shared = first !== undefined && scales.every((scale) => sameScale(scale, first)) ? first : undefined;
    const criterionWeights = dimension.criteria.map((criterion) => criterion.weight ?? 1);
    const unequal = criterionWeights.some((weight) => weight !== criterionWeights[0]);
    const criterionPercents = largestRemainderPercentages(criterionWeights);
    const award: AwardCriterion = {
      title: resolveText(dimension.title, lang),
      description: resolveText(dimension.description, lang),
      percent: percents[index] ?? 0,
      subCriteria: dimension.criteria.map((criterion, i): AwardSubCriterion => {
        const sub: AwardSubCriterion = {
          title: resolveText(criterion.title, lang),
          help: resolveText(criterion.help, lang),
        };
        if (unequal) sub.percent = criterionPercents[i] ?? 0;
        const scale = scales[i];
        if (!shared && scale) sub.scale = toAwardScale(scale, lang);
        return sub;
      }),
    };
    if (shared) award.scale = toAwardScale(shared, lang);
    return award;
  });
  const draft: AwardCriteriaDraft = {
    lang,
    heading: wording.heading,
    intro: wording.intro(resolveText(framework.title, lang)),
    criteria,
    scoring: wording.scoring,
    labels: {
      assessed: wording.assessed,
      scale: wording.scale,
      fullScore: wording.fullScore,
      noScore: wording.noScore,
    },
  };
  if (weights.length > 0 && weights.every((weight) => !(weight > 0))) draft.weightsNote = wording.equalWeights;
  return draft;
}

/** The heading line of an award criterion, e.g. `1. Innovasjon (vekt 20 %)`. */
export function awardCriterionHeading(draft: AwardCriteriaDraft, index: number): string {
  const criterion = draft.criteria[index];
  if (!criterion) return '';
  return AWARD_WORDING[draft.lang].criterionHeading(index + 1, criterion.title, criterion.percent);
}

/** A sub-criterion's share as text, e.g. `40 % av kriteriet`. */
export function subCriterionShare(draft: AwardCriteriaDraft, percent: number): string {
  return AWARD_WORDING[draft.lang].partOfCriterion(percent);
}

/** A level as one line: `Dokumentert effekt – effect shown, independently verified`. */
export function levelLine(level: AwardLevel): string {
  return level.description ? `${level.label} – ${level.description}` : level.label;
}

function scaleLines(draft: AwardCriteriaDraft, scale: AwardScale, indent: string): string[] {
  const lowest = scale.levels[0];
  const highest = scale.levels[scale.levels.length - 1];
  const lines = [`${indent}${draft.labels.scale}`];
  for (const level of scale.levels) lines.push(`${indent}  ${level.value}: ${levelLine(level)}`);
  if (highest) lines.push(`${indent}${draft.labels.fullScore} ${levelLine(highest)}`);
  if (lowest) lines.push(`${indent}${draft.labels.noScore} ${levelLine(lowest)}`);
  return lines;
}

/**
 * The draft as plain text, ready to paste into a tender document: headings, the criteria
 * as a dash list, the scale with what earns full and no score, and how scores combine.
 */
export function awardCriteriaText(draft: AwardCriteriaDraft): string {
  const lines: string[] = [draft.heading, '', draft.intro];
  if (draft.weightsNote) lines.push('', draft.weightsNote);
  draft.criteria.forEach((criterion, index) => {
    lines.push('', awardCriterionHeading(draft, index));
    if (criterion.description) lines.push(criterion.description);
    lines.push(draft.labels.assessed);
    for (const sub of criterion.subCriteria) {
      const share = sub.percent !== undefined ? ` (${subCriterionShare(draft, sub.percent)})` : '';
      lines.push(`- ${sub.title}${share}${sub.help ? `: ${sub.help}` : ''}`);
      if (sub.scale) lines.push(...scaleLines(draft, sub.scale, '    '));
    }
    if (criterion.scale) lines.push(...scaleLines(draft, criterion.scale, ''));
  });
  lines.push('', draft.scoring);
  return `${lines.join('\n')}\n`;
}
