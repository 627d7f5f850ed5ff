import type { Assessment } from '../assessment/types.js';
import type { Framework } from '../framework/types.js';
import { comparableScores } from './comparable-scores.js';
import { compatibility, sharedAxes } from './compatibility.js';

/** One axis (or the overall score) followed over time. */
export interface AxisOverTime {
  /** The dimension id, or `overall`. */
  id: string;
  /** The score in each assessment, oldest first; `null` where not assessed. */
  values: (number | null)[];
  /** First assessment's score. */
  first: number | null;
  /** Last assessment's score; `null` when there is only one assessment. */
  last: number | null;
  /** `last − first`; `null` when either is not assessed (never counted from 0). */
  change: number | null;
}

/** Several assessments of one offer, oldest first, and how each axis moved. */
export interface OverTime {
  /** The comparable assessments, oldest first. */
  assessments: Assessment[];
  /** The overall score first, then one entry per compared axis in framework order. */
  axes: AxisOverTime[];
}

/**
 * Follows one offer through several assessments (at the start, after a pilot, …): the
 * change on each axis from the first to the last. The assessments are put in order of
 * `createdAt` (when the assessment was begun), keeping the given order among equal or
 * unreadable dates; assessments of another framework are left out, and another
 * revision narrows the axes to those shared.
 */
export function overTime(framework: Framework, assessments: readonly Assessment[]): OverTime {
  const comparable = assessments
    .map((assessment, index) => ({ assessment, index, time: Date.parse(assessment.createdAt) }))
    .filter(({ assessment }) => compatibility(framework, assessment).status !== 'other-framework')
    .sort((a, b) => (Number.isNaN(a.time) || Number.isNaN(b.time) ? 0 : a.time - b.time) || a.index - b.index)
    .map(({ assessment }) => assessment);
  const axes = sharedAxes(framework, comparable);
  const scores = comparable.map((assessment) => comparableScores(framework, assessment, axes));
  const follow = (id: string, values: (number | null)[]): AxisOverTime => {
    const first = values[0] ?? null;
    const last = values.length > 1 ? (values[values.length - 1] ?? null) : null;
    return { id, values, first, last, change: first !== null && last !== null ? last - first : null };
  };
  return {
    assessments: comparable,
    axes: [
      follow('overall', scores.map((score) => score.overall)),
      ...axes.map((id) => follow(id, scores.map((score) => score.dimensions[id] ?? null))),
    ],
  };
}
