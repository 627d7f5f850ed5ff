import { expect } from '@open-wc/testing';
import { awardCriteria, awardCriteriaText } from '../../src/procurement/award-criteria.js';
import { largestRemainderPercentages } from '../../src/procurement/largest-remainder.js';
import { parseFramework } from '../../src/framework/parse-framework.js';
import { sdgTemplate } from '../../src/framework/sdg-template.js';
import type { Framework } from '../../src/framework/types.js';

const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

describe('largestRemainderPercentages', () => {
  it('gives the leftover point to the earliest of equal remainders: 1,1,1 → 34,33,33', () => {
    // 100/3 = 33.33… each; floors sum to 99, the one missing point goes to the first.
    expect(largestRemainderPercentages([1, 1, 1])).to.deep.equal([34, 33, 33]);
  });

  it('keeps exact shares exact and zero weights at zero: 2,1,1,0 → 50,25,25,0', () => {
    expect(largestRemainderPercentages([2, 1, 1, 0])).to.deep.equal([50, 25, 25, 0]);
  });

  it('gives the points to the largest remainders: 1,2,3 → 17,33,50', () => {
    // Quotas 16.67, 33.33, 50: floors 16, 33, 50 (sum 99); 0.67 is the largest fraction.
    expect(largestRemainderPercentages([1, 2, 3])).to.deep.equal([17, 33, 50]);
  });

  it('handles seven equal axes: 15,15,14,14,14,14,14', () => {
    // 100/7 = 14.2857…; floors sum to 98, so the first two get one more.
    expect(largestRemainderPercentages([1, 1, 1, 1, 1, 1, 1])).to.deep.equal([15, 15, 14, 14, 14, 14, 14]);
  });

  it('is not fooled by floating point: 0.29, 0.71 → 29, 71', () => {
    expect(largestRemainderPercentages([0.29, 0.71])).to.deep.equal([29, 71]);
  });

  it('shares equally when every weight is zero, and treats bad weights as zero', () => {
    expect(largestRemainderPercentages([0, 0, 0, 0])).to.deep.equal([25, 25, 25, 25]);
    expect(largestRemainderPercentages([Number.NaN, -3, 1])).to.deep.equal([0, 0, 100]);
    expect(largestRemainderPercentages([])).to.deep.equal([]);
  });

  it('always sums to exactly 100', () => {
    for (const weights of [[3, 3, 3], [1, 1, 1, 1, 1, 1], [0.1, 0.2, 0.3, 0.4], [7, 11, 13, 17, 19], [1e-9, 1, 1]]) {
      expect(sum(largestRemainderPercentages(weights)), String(weights)).to.equal(100);
    }
  });
});

function framework(): Framework {
  const template = sdgTemplate([3, 8, 10]);
  template.dimensions[0]!.weight = 2;
  template.dimensions[1]!.weight = 1;
  template.dimensions[2]!.weight = 1;
  template.dimensions[2]!.criteria[0]!.weight = 3;
  return template;
}

describe('awardCriteria', () => {
  it('turns each axis into a criterion with its percentage and its criteria', () => {
    const draft = awardCriteria(framework(), 'nb');
    expect(draft.heading).to.equal('Tildelingskriterier');
    expect(draft.criteria.map((c) => c.percent)).to.deep.equal([50, 25, 25]);
    expect(draft.criteria[0]!.title).to.equal('Bidrar til: God helse og livskvalitet');
    expect(draft.criteria[0]!.subCriteria.map((s) => s.title)).to.deep.equal([
      'Knytter tilbudet til målet',
      'Målbare resultater',
      'Varig bidrag',
    ]);
    // Criteria of equal weight get no share; unequal ones get theirs: 3,1,1 → 60,20,20.
    expect(draft.criteria[0]!.subCriteria[0]!.percent).to.equal(undefined);
    expect(draft.criteria[2]!.subCriteria.map((s) => s.percent)).to.deep.equal([60, 20, 20]);
  });

  it('writes the scale with what earns full and no score, in the chosen language', () => {
    const text = awardCriteriaText(awardCriteria(framework(), 'nn'));
    expect(text).to.contain('Tildelingskriterium');
    expect(text).to.contain('1. Bidreg til: God helse og livskvalitet (vekt 50\u00a0%)');
    expect(text).to.contain('Full utteljing:');
    expect(text).to.contain('Inga utteljing:');
    const english = awardCriteriaText(awardCriteria(framework(), 'en'));
    expect(english).to.contain('3. Contributes to: Reduced inequalities (weight 25%)');
    expect(english).to.contain('- Measurable outcomes');
  });

  it('shares equally and says so when every axis weighs 0', () => {
    const zero = sdgTemplate([1, 2, 3]);
    for (const dimension of zero.dimensions) dimension.weight = 0;
    const draft = awardCriteria(zero, 'en');
    expect(draft.criteria.map((c) => c.percent)).to.deep.equal([34, 33, 33]);
    expect(draft.weightsNote).to.contain('weighted equally');
  });

  it('drafts a valid framework whose percentages sum to 100', () => {
    const { framework: parsed } = parseFramework(framework());
    expect(parsed).to.not.equal(undefined);
    expect(sum(awardCriteria(parsed!, 'nb').criteria.map((c) => c.percent))).to.equal(100);
  });
});
