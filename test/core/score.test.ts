import { expect } from '@open-wc/testing';
import { evidenceScale } from '../../src/framework/scales.js';
import { criterionState, levelScore } from '../../src/scoring/criterion-state.js';
import { scoreAssessment, weightedMean } from '../../src/scoring/score.js';
import { oneToFive, sampleFramework } from './fixtures.js';

describe('scoreAssessment', () => {
  it('scores by hand-computed example: weights, a 1..5 scale, not applicable and null', () => {
    const framework = sampleFramework();
    const result = scoreAssessment(framework, {
      answers: {
        'goal-named': { value: 2 }, // 0..4 → 50, weight 1
        'goal-adds': { value: 4 }, // 0..4 → 100, weight 3
        design: { value: 2 }, // 1..5 → 25
        new: { notApplicable: true, reason: 'Kommunen har dette fra før.' },
      },
    });
    // goals: (1 × 50 + 3 × 100) / 4 = 87.5; participation: 25 (delivery unanswered);
    // innovation: only "not applicable", so null, not 0.
    expect(result.dimensions).to.deep.equal({ goals: 87.5, participation: 25, innovation: null });
    // overall: (2 × 87.5 + 1 × 25) / 3, axis weights 2 and 1; the null axis is left out.
    expect(result.overall).to.equal(200 / 3);
    // 4 of 5 criteria answered or not applicable with a reason.
    expect(result.completeness).to.equal(0.8);
    // Basis: goals 1, participation 1 of 2 criteria (0.5), innovation 0 (not applicable
    // lowers it); axis weights 2, 1, 1.
    expect(result.basis).to.deep.equal({ overall: 2.5 / 4, dimensions: { goals: 1, participation: 0.5, innovation: 0 } });
  });

  it('counts "not applicable" as dealt with only when it has a reason', () => {
    const framework = sampleFramework();
    const score = (answer: object) => scoreAssessment(framework, { answers: { new: answer as never } }).completeness;
    expect(score({ notApplicable: true })).to.equal(0);
    expect(score({ notApplicable: true, reason: '   ' })).to.equal(0);
    expect(score({ notApplicable: true, reason: 'Finst alt.' })).to.equal(0.2);
  });

  it('gives null, not 0, when nothing is answered, and 0 when the lowest level is chosen', () => {
    const framework = sampleFramework();
    expect(scoreAssessment(framework, { answers: {} })).to.deep.equal({
      overall: null,
      dimensions: { goals: null, participation: null, innovation: null },
      completeness: 0,
      basis: { overall: 0, dimensions: { goals: 0, participation: 0, innovation: 0 } },
    });
    const lowest = scoreAssessment(framework, { answers: { design: { value: 1 } } });
    expect(lowest.dimensions.participation).to.equal(0);
    expect(lowest.overall).to.equal(0);
  });

  it('leaves out a value that is not on the scale instead of counting it as 0', () => {
    const framework = sampleFramework();
    const result = scoreAssessment(framework, {
      answers: { 'goal-named': { value: 7 }, 'goal-adds': { value: 3 }, design: { value: 0 } },
    });
    expect(result.dimensions.goals).to.equal(75);
    expect(result.dimensions.participation).to.equal(null);
    expect(result.completeness).to.equal(0.2);
  });

  it('does not count "not applicable" where the criterion forbids it', () => {
    const framework = sampleFramework();
    const result = scoreAssessment(framework, { answers: { delivery: { notApplicable: true } } });
    expect(result.completeness).to.equal(0);
  });

  it('gives an axis whose answered criteria all weigh 0 no score, and so the overall too', () => {
    const framework = sampleFramework();
    framework.dimensions[0]!.criteria.forEach((criterion) => (criterion.weight = 0));
    const result = scoreAssessment(framework, { answers: { 'goal-named': { value: 4 } } });
    expect(result.dimensions.goals).to.equal(null);
    expect(result.overall).to.equal(null);
  });

  it('gives no overall score when every scored axis weighs 0', () => {
    const framework = sampleFramework();
    framework.dimensions.forEach((dimension) => (dimension.weight = 0));
    const result = scoreAssessment(framework, { answers: { new: { value: 3 } } });
    expect(result.dimensions.innovation).to.equal(75);
    expect(result.overall).to.equal(null);
  });

  it('uses the framework scale as the default, and the evidence scale when there is none', () => {
    const framework = sampleFramework();
    expect(scoreAssessment(framework, { answers: { new: { value: 1 } } }).dimensions.innovation).to.equal(25);
    framework.scale = structuredClone(oneToFive);
    expect(scoreAssessment(framework, { answers: { new: { value: 2 } } }).dimensions.innovation).to.equal(25);
    expect(scoreAssessment(framework, { answers: { new: { value: 0 } } }).dimensions.innovation).to.equal(null);
  });

  it('ignores answers to criteria the framework does not have, and inherited keys', () => {
    const framework = sampleFramework();
    framework.dimensions[2]!.criteria[0]!.id = 'constructor';
    const result = scoreAssessment(framework, { answers: { gone: { value: 4 } } });
    expect(result.overall).to.equal(null);
    expect(result.completeness).to.equal(0);
  });
});

describe('levelScore and criterionState', () => {
  it('maps a value to (v − min) / (max − min) × 100', () => {
    expect(levelScore(oneToFive, 1)).to.equal(0);
    expect(levelScore(oneToFive, 4)).to.equal(75);
    expect(levelScore(evidenceScale, 3)).to.equal(75);
    expect(levelScore({ levels: [{ value: -1, label: 'a' }, { value: 0.5, label: 'b' }, { value: 1, label: 'c' }] }, 0.5)).to.equal(75);
    expect(levelScore(oneToFive, 2.5)).to.equal(undefined);
    expect(levelScore({ levels: [{ value: 1, label: 'a' }] }, 1)).to.equal(undefined);
  });

  it('tells unanswered, not applicable, invalid and scored apart', () => {
    const framework = sampleFramework();
    const design = framework.dimensions[1]!.criteria[0]!;
    expect(criterionState(framework, design, {}).kind).to.equal('unanswered');
    expect(criterionState(framework, design, { design: { notApplicable: true } }).kind).to.equal('not-applicable');
    expect(criterionState(framework, design, { design: { value: 9 } }).kind).to.equal('invalid');
    expect(criterionState(framework, design, { design: { comment: 'x' } as never }).kind).to.equal('invalid');
    expect(criterionState(framework, design, { design: { value: 3 } })).to.deep.include({ kind: 'value', score: 50 });
  });
});

describe('weightedMean', () => {
  it('is null for no items or a zero total, and clamps floating-point noise into 0..100', () => {
    expect(weightedMean([])).to.equal(null);
    expect(weightedMean([{ value: 50, weight: 0 }])).to.equal(null);
    expect(weightedMean([{ value: 100, weight: 0.1 }, { value: 100, weight: 0.2 }])).to.equal(100);
    expect(weightedMean([{ value: 0, weight: 1 }, { value: 100, weight: 3 }])).to.equal(75);
  });
});
