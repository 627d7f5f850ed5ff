import { effectiveScale } from '../framework/criterion-rules.js';
import type { Dimension, Framework } from '../framework/types.js';
import type { Lang } from '../text/lang.js';
import { resolveText } from '../text/text.js';
import { AWARD_WORDING } from './award-messages.js';
import { largestRemainderPercentages } from './largest-remainder.js';
import { RULES, checkThis, formatRuleValue, ruleCheckNote, ruleStatement } from './rules.js';
import { tenderRole, type TenderRole } from './tender-roles.js';

/**
 * A tender draft worth sending to the kommune's lawyer, built from a framework: a functional
 * description from the kommune's goals, and three or four main award criteria: price (or a
 * note on a fixed price), the quality areas the kommune chose grouped into at most three
 * criteria, and climate and environment where the kommune decided they are relevant. Each
 * criterion says what is assessed, what documentation it asks for and how it is evaluated;
 * weights sum to 100. Criteria about the kommune itself or the supplier's past are left out
 * of the award and suggested where they belong. Relevance is decided once, for the tender.
 */

/** Most main award criteria in a draft: DFØ finds three or four often enough. */
export const MAX_MAIN_CRITERIA = 4;

/** How the kommune treats climate and environment (FOA § 7-9) in this tender. */
export type ClimateChoice = 'undecided' | 'award' | 'specification';

/** The kommune's choices for the draft. Every field is optional. */
export interface TenderOptions {
  /** Ids of the areas (dimensions) to award on, in any order; default every area with award criteria. */
  areas?: readonly string[];
  /** `price` (default): a price criterion. `fixed-price`: the price is set, quality only. */
  pricing?: 'price' | 'fixed-price';
  /** The price criterion's weight in percent, 10–70; default 30. */
  priceWeight?: number;
  /** Climate and environment: decided not yet (default), as an award criterion, or in the specification. */
  climate?: ClimateChoice;
  /** The kommune's own roles for criteria, by criterion id, over the defaults. */
  roles?: Readonly<Record<string, TenderRole>>;
}

/** A point assessed under a quality criterion: one criterion of the framework. */
export interface AwardPoint {
  title: string;
  help: string;
  /** The scale's level labels, lowest first. */
  levels: string[];
}

/** One main award criterion. */
export interface AwardCriterion {
  kind: 'price' | 'quality' | 'climate';
  title: string;
  description: string;
  /** Weight in whole percent; the weights of all main criteria sum to 100. */
  percent: number;
  /** Ids of the framework areas grouped into this criterion (quality only). */
  areas: string[];
  points: AwardPoint[];
  documentation: string;
  evaluation: string;
}

/** A criterion kept out of the award, and where it belongs instead. */
export interface LeftOutCriterion {
  id: string;
  title: string;
  role: Exclude<TenderRole, 'award'>;
  reason: string;
}

/** A statement of the rules the draft rests on, with its reference and any "check this". */
export interface DraftRuleNote {
  text: string;
  reference: string;
  check?: string;
}

/** A complete draft, every text already in the chosen language. */
export interface AwardCriteriaDraft {
  lang: Lang;
  heading: string;
  intro: string;
  functional: { heading: string; intro: string; goalsLabel: string; goals: string[]; outcomesLabel: string; outcomes: string[]; close: string };
  criteriaHeading: string;
  criteria: AwardCriterion[];
  /** Said when the price is fixed and the competition is on quality only. */
  fixedPriceNote?: DraftRuleNote;
  /** Said when every quality weight was 0 and the shares were made equal. */
  weightsNote?: string;
  award: DraftRuleNote;
  climate: { heading: string; choice: ClimateChoice; rule: DraftRuleNote; decision: string };
  relevance: { heading: string; text: string };
  leftOut: { heading: string; criteria: LeftOutCriterion[] };
  scoring: string;
  labels: {
    assessed: string;
    documentation: string;
    evaluation: string;
    levels: string;
    qualification: string;
    contract: string;
    outside: string;
  };
}

function ruleNote(id: 'award' | 'climate-environment', lang: Lang): DraftRuleNote {
  const rule = RULES[id];
  const note: DraftRuleNote = { text: ruleStatement(rule, lang), reference: rule.reference };
  const check = ruleCheckNote(rule, lang);
  if (check) note.check = check;
  return note;
}

/** Splits `items` into `count` runs in order, the earlier runs one longer where they cannot be equal. */
function splitInOrder<T>(items: readonly T[], count: number): T[][] {
  const runs: T[][] = [];
  let start = 0;
  for (let index = 0; index < count; index += 1) {
    const size = Math.floor(items.length / count) + (index < items.length % count ? 1 : 0);
    if (size > 0) runs.push(items.slice(start, start + size));
    start += size;
  }
  return runs;
}

const clampPriceWeight = (weight: number | undefined): number =>
  typeof weight === 'number' && Number.isFinite(weight) ? Math.min(70, Math.max(10, Math.round(weight))) : 30;

/**
 * Drafts the tender text of a valid framework in one language. The same framework and
 * options always give the same draft; nothing in it depends on any offer.
 */
export function awardCriteria(framework: Framework, lang: Lang, options: TenderOptions = {}): AwardCriteriaDraft {
  const wording = AWARD_WORDING[lang];
  const roles = options.roles ?? {};
  const chosen = options.areas ? new Set(options.areas) : undefined;
  const pricing = options.pricing ?? 'price';
  const climate = options.climate ?? 'undecided';

  const leftOut: LeftOutCriterion[] = [];
  const awardAreas: { dimension: Dimension; points: AwardPoint[] }[] = [];
  const outcomes: string[] = [];
  for (const dimension of framework.dimensions) {
    const points: AwardPoint[] = [];
    for (const criterion of dimension.criteria) {
      const role = tenderRole(criterion.id, roles);
      const title = resolveText(criterion.title, lang);
      if (role !== 'award') {
        leftOut.push({ id: criterion.id, title, role, reason: wording.roleReason[role] });
        continue;
      }
      points.push({
        title,
        help: resolveText(criterion.help, lang),
        levels: effectiveScale(framework, criterion).levels.map((level) => resolveText(level.label, lang)),
      });
    }
    if (points.length === 0 || (chosen && !chosen.has(dimension.id))) continue;
    awardAreas.push({ dimension, points });
    for (const point of points) if (!outcomes.includes(point.title)) outcomes.push(point.title);
  }

  // Price and climate take a slot each; the quality areas share the rest, at most three.
  const fixedSlots = (pricing === 'price' ? 1 : 0) + (climate === 'award' ? 1 : 0);
  const groupCount = Math.min(3, MAX_MAIN_CRITERIA - fixedSlots);
  const groups = splitInOrder(awardAreas, groupCount);
  const priceWeight = pricing === 'price' ? clampPriceWeight(options.priceWeight) : 0;
  const climateWeight = climate === 'award' ? (RULES['climate-environment'].value ?? 30) : 0;
  const qualityTotal = 100 - priceWeight - climateWeight;
  const groupWeights = groups.map((group) => group.reduce((sum, { dimension }) => sum + Math.max(0, dimension.weight ?? 1), 0));
  const groupPercents = largestRemainderPercentages(groupWeights, qualityTotal);

  const criteria: AwardCriterion[] = groups.map((group, index) => ({
    kind: 'quality',
    title: wording.join(group.map(({ dimension }) => resolveText(dimension.title, lang))),
    description: group
      .map(({ dimension }) => resolveText(dimension.description, lang))
      .filter(Boolean)
      .join(' '),
    percent: groupPercents[index] ?? 0,
    areas: group.map(({ dimension }) => dimension.id),
    points: group.flatMap(({ points }) => points),
    documentation: wording.qualityDocumentation,
    evaluation: wording.qualityEvaluation,
  }));
  if (climate === 'award') {
    criteria.push({
      kind: 'climate',
      title: wording.climate,
      description: wording.climateDescription,
      percent: climateWeight,
      areas: [],
      points: [],
      documentation: wording.climateDocumentation,
      evaluation: wording.qualityEvaluation,
    });
  }
  if (pricing === 'price') {
    criteria.unshift({
      kind: 'price',
      title: wording.price,
      description: wording.priceDescription,
      percent: priceWeight,
      areas: [],
      points: [],
      documentation: wording.priceDocumentation,
      evaluation: wording.priceEvaluation,
    });
  }
  // A framework whose areas were all left out still gets a whole draft: price alone is 100.
  if (groups.length === 0 && criteria.length > 0) {
    const shares = largestRemainderPercentages(criteria.map((criterion) => criterion.percent));
    criteria.forEach((criterion, index) => (criterion.percent = shares[index] ?? 0));
  }

  const goals = (framework.goals ?? []).map((goal) => {
    const title = resolveText(goal.title, lang);
    const description = resolveText(goal.description, lang);
    const plan = goal.source ? resolveText(goal.source.plan, lang) : '';
    return [title, description].filter(Boolean).join(': ') + (plan ? ` (${plan})` : '');
  });

  const climateDecision = { undecided: wording.climateUndecided, award: wording.climateInAward, specification: wording.climateInSpecification }[climate];
  const draft: AwardCriteriaDraft = {
    lang,
    heading: wording.heading,
    intro: wording.intro(resolveText(framework.title, lang)),
    functional: {
      heading: wording.functionalHeading,
      intro: wording.functionalIntro,
      goalsLabel: wording.goalsLabel,
      goals: goals.length > 0 ? goals : [wording.noGoals],
      outcomesLabel: wording.outcomesLabel,
      outcomes,
      close: wording.functionalClose,
    },
    criteriaHeading: wording.criteriaHeading,
    criteria,
    award: ruleNote('award', lang),
    climate: {
      heading: wording.climateHeading,
      choice: climate,
      rule: ruleNote('climate-environment', lang),
      decision: climate === 'award' ? `${climateDecision} (${formatRuleValue(climateWeight, 'percent', lang)})` : climateDecision,
    },
    relevance: { heading: wording.relevanceHeading, text: wording.relevance },
    leftOut: { heading: wording.outsideHeading, criteria: leftOut },
    scoring: wording.scoring,
    labels: {
      assessed: wording.assessed,
      documentation: wording.documentation,
      evaluation: wording.evaluation,
      levels: wording.levels,
      qualification: wording.qualificationLabel,
      contract: wording.contractLabel,
      outside: wording.functionalLabel,
    },
  };
  if (pricing === 'fixed-price') {
    // Whether a quality-only competition on a fixed price fits the award rule is not in the
    // rules table: the draft says so.
    draft.fixedPriceNote = { text: wording.fixedPrice, reference: RULES.award.reference, check: checkThis(RULES.award.reference, lang) };
  }
  if (groupWeights.length > 0 && groupWeights.every((weight) => !(weight > 0))) draft.weightsNote = wording.equalWeights;
  return draft;
}

/** The heading line of a main criterion, e.g. `2. Brukermedvirkning og brukertilpasning (vekt 25 %)`. */
export function awardCriterionHeading(draft: AwardCriteriaDraft, index: number): string {
  const criterion = draft.criteria[index];
  if (!criterion) return '';
  return AWARD_WORDING[draft.lang].criterionHeading(index + 1, criterion.title, criterion.percent);
}

/** A rule note as lines: the statement with its reference, then any "check this". */
function ruleNoteLines(note: DraftRuleNote): string[] {
  return note.check ? [`${note.text} (${note.reference})`, note.check] : [`${note.text} (${note.reference})`];
}

/** The label of a left-out criterion's role. */
export function leftOutLabel(draft: AwardCriteriaDraft, role: LeftOutCriterion['role']): string {
  return draft.labels[role];
}

/**
 * The draft as plain text, ready to paste into a tender document: the functional
 * description, each main criterion with what is assessed, the documentation asked for and
 * how it is evaluated, the climate note, relevance, what was left out and why.
 */
export function awardCriteriaText(draft: AwardCriteriaDraft): string {
  const f = draft.functional;
  const lines: string[] = [draft.heading, '', draft.intro, '', f.heading, f.intro, f.goalsLabel];
  lines.push(...f.goals.map((goal) => `- ${goal}`));
  if (f.outcomes.length > 0) lines.push(f.outcomesLabel, ...f.outcomes.map((outcome) => `- ${outcome}`));
  lines.push(f.close, '', draft.criteriaHeading, ...ruleNoteLines(draft.award));
  if (draft.fixedPriceNote) lines.push('', ...ruleNoteLines(draft.fixedPriceNote));
  if (draft.weightsNote) lines.push('', draft.weightsNote);
  draft.criteria.forEach((criterion, index) => {
    lines.push('', awardCriterionHeading(draft, index));
    if (criterion.description) lines.push(criterion.description);
    if (criterion.points.length > 0) {
      lines.push(draft.labels.assessed);
      for (const point of criterion.points) {
        lines.push(`- ${point.title}${point.help ? `: ${point.help}` : ''}`);
        if (point.levels.length > 0) lines.push(`  ${draft.labels.levels}: ${point.levels.join(' · ')}`);
      }
    }
    lines.push(`${draft.labels.documentation} ${criterion.documentation}`, `${draft.labels.evaluation} ${criterion.evaluation}`);
  });
  lines.push('', draft.scoring, '', draft.climate.heading, ...ruleNoteLines(draft.climate.rule), draft.climate.decision);
  lines.push('', draft.relevance.heading, draft.relevance.text);
  if (draft.leftOut.criteria.length > 0) {
    lines.push('', draft.leftOut.heading);
    for (const item of draft.leftOut.criteria) lines.push(`- ${item.title} (${leftOutLabel(draft, item.role)}): ${item.reason}`);
  }
  return `${lines.join('\n')}\n`;
}
