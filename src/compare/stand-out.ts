import type { Assessment } from '../assessment/types.js';
import type { Framework } from '../framework/types.js';
import { comparableScores } from './comparable-scores.js';
import { compatibility, sharedAxes } from './compatibility.js';

/**
 * How far (in points of 0..100) an axis score must lie above the mean of the other offers'
 * scores on that axis to count as "clearly above". Ten points is one step on a five-level
 * scale spread over a four-criterion axis: less than that is within one answer's difference.
 */
export const CLEARLY_ABOVE = 10;

/** One axis on which an offer stands out. */
export interface StandOutAxis {
  dimensionId: string;
  score: number;
  /** Mean of the other offers' non-null scores on this axis. */
  othersMean: number;
  /** `score − othersMean`. */
  lead: number;
  /** Whether no other offer scores higher on this axis. */
  highest: boolean;
  /** Whether another offer has exactly the same highest score. */
  sharedHighest: boolean;
}

/** Where one offer stands out among the others. */
export interface StandOut {
  /** Position of the assessment in the list given. */
  index: number;
  /** Axes where the offer is highest or clearly above the others' mean; largest lead first. */
  axes: StandOutAxis[];
}

/**
 * Finds, for each comparable offer, the axes where it stands out: where it scores highest
 * of all, or at least {@link CLEARLY_ABOVE} points above the mean of the others. An axis
 * without a score (not assessed) never counts, for the offer or in the others' mean, and
 * an axis where no other offer has a score is not a comparison at all and is skipped.
 * Assessments of another framework are left out (they get no entry).
 */
export function standOut(framework: Framework, assessments: readonly Assessment[]): StandOut[] {
  const axes = sharedAxes(framework, assessments);
  const comparable = assessments
    .map((assessment, index) => ({ assessment, index }))
    .filter(({ assessment }) => compatibility(framework, assessment).status !== 'other-framework')
    .map(({ assessment, index }) => ({ index, scores: comparableScores(framework, assessment, axes) }));

  return comparable.map(({ index, scores }) => {
    const found: StandOutAxis[] = [];
    for (const dimensionId of axes) {
      const score = scores.dimensions[dimensionId];
      if (score === null || score === undefined) continue;
      const others = comparable
        .filter((other) => other.index !== index)
        .map((other) => other.scores.dimensions[dimensionId])
        .filter((value): value is number => value !== null && value !== undefined);
      if (others.length === 0) continue;
      const othersMean = others.reduce((sum, value) => sum + value, 0) / others.length;
      const top = Math.max(...others);
      const highest = score >= top - 1e-9;
      const sharedHighest = highest && Math.abs(score - top) < 1e-9;
      const lead = score - othersMean;
      // A shared top with no lead over the rest is not standing out.
      if ((highest && lead > 1e-9) || lead >= CLEARLY_ABOVE) {
        found.push({ dimensionId, score, othersMean, lead, highest, sharedHighest });
      }
    }
    found.sort((a, b) => b.lead - a.lead);
    return { index, axes: found };
  });
}
