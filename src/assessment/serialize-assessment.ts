import type { Answer, Assessment, Decision } from './types.js';

/**
 * The assessment as a JSON string for a file or a submission: two-space indent, keys in the
 * order the contract lists them, answers sorted by criterion id, so that the same assessment
 * always gives the same text and two versions compare line by line. Only known fields are
 * written.
 */
export function serializeAssessment(assessment: Assessment): string {
  const { offer, scores } = assessment;
  const answers: Record<string, unknown> = {};
  for (const id of Object.keys(assessment.answers).sort()) {
    const answer = assessment.answers[id] as Answer;
    Object.defineProperty(answers, id, {
      value: orderAnswer(answer),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  const document = {
    format: assessment.format,
    version: assessment.version,
    framework: { id: assessment.framework.id, revision: assessment.framework.revision },
    mode: assessment.mode,
    lang: assessment.lang,
    offer: {
      title: offer.title,
      organisation: offer.organisation,
      orgNumber: offer.orgNumber,
      contact: offer.contact,
      description: offer.description,
    },
    answers,
    scores: {
      overall: scores.overall,
      dimensions: scores.dimensions,
      basis: { overall: scores.basis.overall, dimensions: scores.basis.dimensions },
    },
    completeness: assessment.completeness,
    decision: assessment.decision === undefined ? undefined : orderDecision(assessment.decision),
    basedOn: assessment.basedOn?.length
      ? assessment.basedOn.map((source) => ({
          assessor: source.assessor,
          mode: source.mode,
          createdAt: source.createdAt,
          updatedAt: source.updatedAt,
        }))
      : undefined,
    createdAt: assessment.createdAt,
    updatedAt: assessment.updatedAt,
  };
  // JSON.stringify leaves out the fields that are undefined.
  return JSON.stringify(document, null, 2);
}

function orderAnswer(answer: Answer): Record<string, unknown> {
  const evidence = answer.evidence?.length ? [...answer.evidence] : undefined;
  return answer.notApplicable === true
    ? { notApplicable: true, reason: answer.reason, comment: answer.comment, evidence }
    : { value: answer.value, comment: answer.comment, evidence };
}

function orderDecision(decision: Decision): Record<string, unknown> {
  return {
    caseNumber: decision.caseNumber,
    assessor: decision.assessor === undefined ? undefined : { name: decision.assessor.name, role: decision.assessor.role },
    impartial: decision.impartial,
    conclusion: decision.conclusion,
    referTo: decision.referTo,
    reasons: decision.reasons,
    decidedAt: decision.decidedAt,
  };
}
