import { fixture, html } from '@open-wc/testing';
import '../../components/assessment/define.js';
import type { MvAssessment } from '../../components/assessment/mv-assessment.js';
import type { Assessment } from '../../src/assessment/types.js';
import { scoreAssessment } from '../../src/scoring/score.js';
import { goalsFramework } from '../fixtures/goals-framework.js';

/**
 * What the tests of an assessment on the kommune's own goals share: the element mounted on
 * the goals framework, and a document for it scored with the real scoring.
 */

/** Mounts `<mv-assessment>` on the goals framework; with `storageKey`, drafts are saved under it. */
export async function mountOnGoals(
  options: { mode?: string; lang?: string; storageKey?: string; assessment?: Assessment } = {},
): Promise<MvAssessment> {
  const element = await fixture<MvAssessment>(html`<mv-assessment
    storage=${options.storageKey ? 'local' : 'none'}
    storage-key=${options.storageKey ?? 'unused'}
    lang=${options.lang ?? 'nb'}
    mode=${options.mode ?? 'self'}
    .framework=${goalsFramework}
  ></mv-assessment>`);
  await element.updateComplete;
  if (options.assessment) {
    element.assessment = options.assessment;
    await element.updateComplete;
  }
  return element;
}

/** A self-assessment of "Arbeidskafé" on the goals framework with these answers, scored; `extra` overrides. */
export function goalsDocument(answers: Assessment['answers'], extra: Partial<Assessment> = {}): Assessment {
  const scores = scoreAssessment(goalsFramework, { answers });
  return {
    format: 'merverdi-assessment',
    version: 1,
    framework: { id: goalsFramework.id },
    mode: 'self',
    lang: 'nb',
    offer: { title: 'Arbeidskafé' },
    answers,
    scores: { overall: scores.overall, dimensions: scores.dimensions, basis: scores.basis },
    completeness: scores.completeness,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    ...extra,
  };
}
