import { expect } from '@open-wc/testing';
import { createAssessment } from '../../src/assessment/create-assessment.js';
import { serializeAssessment } from '../../src/assessment/serialize-assessment.js';
import { withAnswer } from '../../src/assessment/update.js';
import { importAssessment, checkImportSize, MAX_IMPORT_BYTES } from '../../src/transfer/import-file.js';
import { smallFramework } from '../fixtures/small-framework.js';

const now = new Date('2026-03-01T10:00:00.000Z');

function filled() {
  let assessment = createAssessment(smallFramework, { now });
  assessment = withAnswer(smallFramework, assessment, 'goals-named', { value: 4, comment: '<script>window.__pwned = 1</script>' }, now);
  return withAnswer(smallFramework, assessment, 'part-design', { notApplicable: true }, now);
}

describe('importAssessment', () => {
  it('reads an exported file back with the same answers and recomputed scores', () => {
    const original = filled();
    const result = importAssessment(serializeAssessment(original), smallFramework);
    expect(result.outcome).to.equal('ok');
    expect(result.assessment?.answers).to.deep.equal(original.answers);
    expect(result.assessment?.scores).to.deep.equal(original.scores);
    expect(result.assessment?.completeness).to.equal(original.completeness);
  });

  it('never trusts the scores in a file', () => {
    const tampered = JSON.parse(serializeAssessment(filled()));
    tampered.scores.overall = 100;
    const result = importAssessment(JSON.stringify(tampered), smallFramework);
    expect(result.assessment?.scores.overall).to.equal(filled().scores.overall);
  });

  it('ignores a byte-order mark', () => {
    expect(importAssessment(`\uFEFF${serializeAssessment(filled())}`, smallFramework).outcome).to.equal('ok');
  });

  it('says "not JSON" for a file that is not JSON', () => {
    const result = importAssessment('Dette er et brev, ikke JSON.', smallFramework);
    expect(result.outcome).to.equal('not-json');
    expect(result.problems[0]?.code).to.equal('not-json');
    expect(result.problems[0]?.message.nn).to.contain('ikkje gyldig JSON');
  });

  it('says "not an assessment" for other JSON, and names a framework file as such', () => {
    for (const text of ['[1,2]', '"tekst"', '{"format":"noe-annet"}', 'null']) {
      const result = importAssessment(text, smallFramework);
      expect(result.outcome, text).to.equal('not-an-assessment');
    }
    const framework = importAssessment(JSON.stringify(smallFramework), smallFramework);
    expect(framework.outcome).to.equal('not-an-assessment');
    expect(framework.problems[0]?.message.en).to.contain('framework, not a filled-in assessment');
  });

  it('says "another framework" first for an assessment of another framework', () => {
    const other = { ...JSON.parse(serializeAssessment(filled())), framework: { id: 'en-annen-kommune' } };
    const result = importAssessment(JSON.stringify(other), smallFramework);
    expect(result.outcome).to.equal('other-framework');
    expect(result.assessment).to.equal(undefined);
    expect(result.problems[0]?.code).to.equal('other-framework');
    expect(result.problems[0]?.message.nb).to.contain('en-annen-kommune');
  });

  it('reports an assessment with other errors as invalid, with their paths', () => {
    const broken = JSON.parse(serializeAssessment(filled()));
    broken.answers['goals-named'].value = 17;
    const result = importAssessment(JSON.stringify(broken), smallFramework);
    expect(result.outcome).to.equal('invalid');
    expect(result.problems.map((problem) => problem.path)).to.include('answers["goals-named"].value');
  });

  it('refuses a file over 2 MB before reading, and the same text if it got through', () => {
    expect(checkImportSize(MAX_IMPORT_BYTES)).to.equal(undefined);
    const big = checkImportSize(MAX_IMPORT_BYTES + 1);
    expect(big?.outcome).to.equal('too-big');
    expect(big?.problems[0]?.message.nb).to.contain('for stor');
    expect(importAssessment(' '.repeat(MAX_IMPORT_BYTES + 1), smallFramework).outcome).to.equal('too-big');
  });
});
