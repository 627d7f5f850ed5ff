import type { Framework } from '../framework/types.js';
import { withoutUndefined } from '../problems/json-reader.js';
import type { Lang } from '../text/lang.js';
import type { Assessment, Mode } from './types.js';
import { withScores } from './update.js';

/** Options for {@link createAssessment}. */
export interface CreateAssessmentOptions {
  /** Who fills it in; default `self`. */
  mode?: Mode;
  /** The language it is filled in; default `nb`. */
  lang?: Lang;
  /** The creation time; default the current time. */
  now?: Date;
}

/**
 * A new, empty assessment against `framework`: no answers, scores computed (all `null`,
 * completeness 0), `createdAt` and `updatedAt` set to the same ISO 8601 time.
 */
export function createAssessment(framework: Framework, options: CreateAssessmentOptions = {}): Assessment {
  const at = (options.now ?? new Date()).toISOString();
  return withScores(framework, {
    format: 'merverdi-assessment',
    version: 1,
    framework: withoutUndefined({ id: framework.id, revision: framework.revision }),
    mode: options.mode ?? 'self',
    lang: options.lang ?? 'nb',
    offer: {},
    answers: {},
    scores: { overall: null, dimensions: {}, basis: { overall: 0, dimensions: {} } },
    completeness: 0,
    createdAt: at,
    updatedAt: at,
  });
}
