import { expect } from '@open-wc/testing';
import { evidenceScale } from '../../src/framework/scales.js';
import { guidanceApplies, summarize, targetGap } from '../../src/scoring/insights.js';
import { oneToFive, sampleFramework } from './fixtures.js';

const answers = {
  'goal-named': { value: 2 }, // 50
  'goal-adds': { value: 4 }, // 100
  design: { value: 2 }, // 25 on 1..5
  delivery: { value: 1 }, // 25
  new: { value: 3 }, // 75
};

describe('summarize', () => {
  it('derives scores, strengths, gaps, contacts and guidance for a hand-checked example', () => {
    const framework = sampleFramework();
    const summary = summarize(framework, { answers });
    // goals (87.5, weight 2), participation 25, innovation 75: (175 + 25 + 75) / 4.
    expect(summary.scores.overall).to.equal(68.75);
    expect(summary.strengths.dimensions).to.deep.equal([
      { dimensionId: 'goals', score: 87.5 },
      { dimensionId: 'innovation', score: 75 },
    ]);
    expect(summary.strengths.criteria.map((c) => [c.criterionId, c.score])).to.deep.equal([
      ['goal-adds', 100],
      ['new', 75],
    ]);
    expect(summary.strengths.criteria[0]!.level).to.equal(evidenceScale.levels[4]);
  });

  it('ranks gaps by axis weight, criterion weight, distance to the top and to the target', () => {
    const summary = summarize(sampleFramework(), { answers });
    // goal-named: 2 × 1 × 50 = 100; design and delivery: 1 × 1 × 75 = 75 (framework order
    // breaks the tie); new: 1 × 1 × 25 × (1 + 5 / 100) = 26.25, below its target of 80.
    expect(summary.gaps.map((gap) => [gap.criterionId, gap.priority])).to.deep.equal([
      ['goal-named', 100],
      ['design', 75],
      ['delivery', 75],
    ]);
    const [first, second] = summary.gaps;
    expect(first!.current).to.equal(evidenceScale.levels[2]);
    expect(first!.next).to.equal(evidenceScale.levels[3]);
    expect(second!.current.value).to.equal(2);
    expect(second!.next).to.deep.equal(oneToFive.levels[2]);
    expect(summarize(sampleFramework(), { answers }, { limit: 10 }).gaps.map((gap) => [gap.criterionId, gap.priority]).at(-1)).to.deep.equal(['new', 26.25]);
  });

  it('lists criteria without a countable answer apart, and leaves top-level and weight-0 criteria out of gaps', () => {
    const framework = sampleFramework();
    framework.dimensions[1]!.criteria[0]!.weight = 0;
    const summary = summarize(framework, { answers: { 'goal-adds': { value: 4 }, design: { value: 2 }, delivery: { value: 9 } } });
    expect(summary.gaps).to.deep.equal([]);
    expect(summary.notAnswered).to.deep.equal([
      { dimensionId: 'goals', criterionId: 'goal-named' },
      { dimensionId: 'participation', criterionId: 'delivery' },
      { dimensionId: 'innovation', criterionId: 'new' },
    ]);
  });

  it('suggests the contacts of the axes where the offer fits best, relative to their target', () => {
    const summary = summarize(sampleFramework(), { answers });
    expect(summary.contacts.map(({ dimensionId, fit, target }) => [dimensionId, fit, target])).to.deep.equal([
      ['goals', 27.5, 60],
      ['innovation', -5, 80],
    ]);
    expect(summary.contacts[0]!.contact.name).to.equal('Kari Nordmann');
  });

  it('assumes a middle target for an axis without one when ranking contacts', () => {
    const framework = sampleFramework();
    framework.dimensions[1]!.contact = { name: 'Per' };
    delete framework.dimensions[2]!.target;
    const summary = summarize(framework, { answers });
    // goals 87.5 − 60 = 27.5; innovation 75 − 50 = 25; participation 25 − 50 = −25.
    expect(summary.contacts.map((c) => [c.dimensionId, c.fit])).to.deep.equal([
      ['goals', 27.5],
      ['innovation', 25],
      ['participation', -25],
    ]);
    expect(summary.contacts[1]).not.to.have.property('target');
  });

  it('applies the guidance rules whose conditions hold', () => {
    const summary = summarize(sampleFramework(), { answers });
    // innovation 75 ≥ 75 holds; participation 20 ≤ 25 < 30 holds; goals 87.5 < 50 does not.
    expect(summary.guidance.map((g) => [g.index, g.dimensionId])).to.deep.equal([
      [1, 'innovation'],
      [2, 'participation'],
    ]);
  });

  it('says nothing about an empty assessment but what is unanswered', () => {
    const summary = summarize(sampleFramework(), { answers: {} });
    expect(summary.strengths).to.deep.equal({ dimensions: [], criteria: [] });
    expect(summary.gaps).to.deep.equal([]);
    expect(summary.contacts).to.deep.equal([]);
    expect(summary.guidance).to.deep.equal([]);
    expect(summary.notAnswered).to.have.length(5);
  });
});

describe('targetGap and guidanceApplies', () => {
  it('measures the distance below the target, null without a target or a score', () => {
    const [goals, participation] = sampleFramework().dimensions;
    expect(targetGap(goals!, 45)).to.equal(15);
    expect(targetGap(goals!, 87.5)).to.equal(-27.5);
    expect(targetGap(goals!, null)).to.equal(null);
    expect(targetGap(participation!, 45)).to.equal(null);
  });

  it('reads below as "<" and atLeast as "≥", and never matches a null score', () => {
    const rule = { when: { dimension: 'x', below: 50, atLeast: 25 }, text: 'x' };
    expect(guidanceApplies(rule, 25)).to.equal(true);
    expect(guidanceApplies(rule, 49.9)).to.equal(true);
    expect(guidanceApplies(rule, 50)).to.equal(false);
    expect(guidanceApplies(rule, 24.9)).to.equal(false);
    expect(guidanceApplies(rule, null)).to.equal(false);
    expect(guidanceApplies({ when: { dimension: 'x' }, text: 'x' }, 0)).to.equal(true);
  });
});
