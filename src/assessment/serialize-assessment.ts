import type { Answer, Assessment } from './types.js';

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
    scores: { overall: scores.overall, dimensions: scores.dimensions },
    completeness: assessment.completeness,
    createdAt: assessment.createdAt,
    updatedAt: assessment.updatedAt,
  };
  // JSON.stringify leaves out the fields that are undefined.
  return JSON.stringify(document, null, 2);
}

function orderAnswer(answer: Answer): Record<string, unknown> {
  return answer.notApplicable === true
    ? { notApplicable: true, comment: answer.comment, evidence: answer.evidence }
    : { value: answer.value, comment: answer.comment, evidence: answer.evidence };
}
