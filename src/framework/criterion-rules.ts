import { evidenceScale } from './evidence-scale.js';
import type { Criterion, Framework, Scale } from './types.js';

/**
 * How a criterion inherits from its framework. The contract calls the framework's `scale`
 * "the default scale for every criterion" and makes it optional; when neither the criterion
 * nor the framework names a scale, the built-in evidence scale (0 Ikke beskrevet … 4
 * Dokumentert effekt) applies, so that a small framework need not repeat it.
 */

/** The scale a criterion is answered on: its own, else the framework's, else the evidence scale. */
export function effectiveScale(framework: Framework, criterion: Criterion): Scale {
  return criterion.scale ?? framework.scale ?? evidenceScale;
}

/**
 * Whether a criterion may be marked "not applicable": never when it is `required`; otherwise
 * its own setting, else the framework's, else yes.
 */
export function allowsNotApplicable(framework: Framework, criterion: Criterion): boolean {
  if (criterion.required === true) return false;
  return criterion.allowNotApplicable ?? framework.allowNotApplicable ?? true;
}
