import type { Answer, Assessment, AssessmentSource } from '../assessment/types.js';
import { MAX_EVIDENCE_LINKS } from '../assessment/limits.js';
import type { Framework } from '../framework/types.js';
import { answerFor } from '../scoring/criterion-state.js';
import { scoreAssessment } from '../scoring/score.js';
import { assessorDisagreements } from './disagreement.js';

/**
 * Two assessors' assessments of one offer become one agreed assessment: where they agree the
 * answer stands (with the justifications and evidence of both); where they differ, the
 * assessors' chosen answer and a note on why stand instead.
 */

/** What the assessors agreed on for one criterion they had judged differently. */
export interface Resolution {
  /** The agreed answer: a level, or "not applicable" with its reason. */
  answer: Pick<Answer, 'value' | 'notApplicable'> & { reason?: string };
  /** Why the assessors agreed on it; becomes the answer's justification. */
  note: string;
}

/** The result: the agreed assessment, or the criteria still to agree on. */
export interface AgreedAssessmentResult {
  /** Present only when every disagreement has a resolution. */
  assessment?: Assessment;
  /** Criteria that differ and have no resolution yet, in framework order. */
  unresolved: string[];
}

/** The assessors' names for `basedOn`, where the assessments' decisions do not name them. */
export interface AssessorNames {
  mine?: string;
  theirs?: string;
}

/**
 * Builds the agreed assessment from `mine` (whose offer details, language and decision it
 * keeps) and `theirs`. It is a new assessment, made `now`: both its `createdAt` (the day it
 * was assessed on, which orders it among the offer's versions) and `updatedAt` are `now`. It records in `basedOn` the two assessments it rests on: each
 * assessor's name (from `names`, else the assessment's decision), role and dates. `resolutions` must name every criterion on which the two differ;
 * until they do, `unresolved` lists the rest and no assessment is made. Evidence links of
 * both are kept (without repeats, at most the format's limit); where both wrote a
 * justification for an agreed answer, both are kept, one after the other. Scores are
 * computed anew, never carried over.
 */
export function agreedAssessment(
  framework: Framework,
  mine: Assessment,
  theirs: Assessment,
  resolutions: Readonly<Record<string, Resolution>>,
  now: Date = new Date(),
  names: AssessorNames = {},
): AgreedAssessmentResult {
  const differing = assessorDisagreements(framework, mine, theirs);
  const unresolved = differing
    .map((item) => item.criterionId)
    .filter((id) => !Object.prototype.hasOwnProperty.call(resolutions, id));
  if (unresolved.length > 0) return { unresolved };

  const answers: Record<string, Answer> = {};
  // Answers to criteria the framework no longer has are kept, as the format promises.
  for (const id of Object.keys(mine.answers)) answers[id] = { ...mine.answers[id]! };
  const differingIds = new Set(differing.map((item) => item.criterionId));
  for (const dimension of framework.dimensions) {
    for (const criterion of dimension.criteria) {
      const id = criterion.id;
      const a = answerFor(mine.answers, id);
      const b = answerFor(theirs.answers, id);
      const evidence = mergedEvidence(a, b);
      if (differingIds.has(id)) {
        const resolution = resolutions[id]!;
        const agreed: Answer = resolution.answer.notApplicable
          ? { notApplicable: true, reason: (resolution.answer.reason ?? '').trim() }
          : { value: resolution.answer.value as number };
        const note = resolution.note.trim();
        if (note) agreed.comment = note;
        if (evidence.length) agreed.evidence = evidence;
        answers[id] = agreed;
        continue;
      }
      const base = a ?? b;
      if (!base) continue;
      const merged: Answer = { ...base };
      const comment = mergedComments(a?.comment, b?.comment);
      if (comment) merged.comment = comment;
      else delete merged.comment;
      if (evidence.length) merged.evidence = evidence;
      else delete merged.evidence;
      answers[id] = merged;
    }
  }

  const draft: Assessment = {
    ...mine,
    answers,
    basedOn: [source(mine, names.mine), source(theirs, names.theirs)],
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
  const scored = scoreAssessment(framework, draft);
  draft.scores = { overall: scored.overall, dimensions: scored.dimensions, basis: scored.basis };
  draft.completeness = scored.completeness;
  return { assessment: draft, unresolved: [] };
}

/** One source of an agreed assessment, as `basedOn` records it. */
export function source(assessment: Assessment, name?: string): AssessmentSource {
  const assessor = (name ?? '').trim() || assessment.decision?.assessor?.name?.trim() || '';
  return {
    ...(assessor ? { assessor } : {}),
    mode: assessment.mode,
    createdAt: assessment.createdAt,
    updatedAt: assessment.updatedAt,
  };
}

function mergedEvidence(a: Answer | undefined, b: Answer | undefined): string[] {
  const links = [...(a?.evidence ?? []), ...(b?.evidence ?? [])];
  return [...new Set(links)].slice(0, MAX_EVIDENCE_LINKS);
}

function mergedComments(a: string | undefined, b: string | undefined): string {
  const first = (a ?? '').trim();
  const second = (b ?? '').trim();
  if (!first || first === second) return second || first;
  if (!second) return first;
  return `${first}\n\n${second}`;
}
