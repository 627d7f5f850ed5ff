import { expect } from '@open-wc/testing';
import { MAX_MAIN_CRITERIA, awardCriteria, awardCriteriaText, type AwardCriteriaDraft } from '../../src/procurement/award-criteria.js';
import { defaultFramework } from '../../src/framework/default-framework.js';
import { DEFAULT_TENDER_ROLES } from '../../src/procurement/tender-roles.js';
import { LANGS } from '../../src/text/lang.js';
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

const percents = (draft: AwardCriteriaDraft): number[] => draft.criteria.map((c) => c.percent);

/** Criteria of the default framework that are about the kommune's own actions or offer. */
const aboutTheKommune = ['eier-i-kommunen', 'anskaffelsesvei', 'supplerer-tilbudet', 'nytt-for-kommunen'];

describe('awardCriteria: the tender draft', () => {
  it('has price first and the quality areas grouped into at most three criteria, weights summing to 100', () => {
    for (const lang of LANGS) {
      const draft = awardCriteria(defaultFramework, lang);
      expect(draft.criteria.length).to.be.at.most(MAX_MAIN_CRITERIA);
      expect(draft.criteria.length).to.be.at.least(3);
      expect(draft.criteria[0]!.kind).to.equal('price');
      expect(draft.criteria[0]!.percent).to.equal(30);
      expect(sum(percents(draft))).to.equal(100);
    }
    const nb = awardCriteria(defaultFramework, 'nb');
    expect(nb.criteria[0]!.title).to.equal('Pris');
    expect(nb.criteria[0]!.documentation).to.contain('prisskjema');
    expect(nb.criteria[0]!.evaluation).to.contain('Laveste pris får full uttelling');
    // Every area of the default framework with award criteria is in exactly one group.
    const grouped = nb.criteria.flatMap((c) => c.areas);
    expect(new Set(grouped).size).to.equal(grouped.length);
    expect(grouped).to.not.include('gjennomforbarhet');
  });

  it('leaves criteria about the kommune itself and the supplier’s past out of the award, saying where they belong', () => {
    const draft = awardCriteria(defaultFramework, 'nb');
    const awarded = draft.criteria.flatMap((c) => c.points.map((p) => p.title));
    const leftOut = new Map(draft.leftOut.criteria.map((c) => [c.id, c]));
    for (const id of Object.keys(DEFAULT_TENDER_ROLES)) {
      // An id missing here means the default framework renamed a criterion: update the roles.
      expect(leftOut.has(id), id).to.equal(true);
      expect(awarded).to.not.include(leftOut.get(id)!.title);
    }
    for (const id of aboutTheKommune) expect(leftOut.get(id)!.role, id).to.equal('outside');
    expect(leftOut.get('okonomisk-modell')!.role).to.equal('qualification');
    expect(leftOut.get('samarbeid-pa-tvers')!.role).to.equal('contract');
    const text = awardCriteriaText(draft);
    expect(text).to.contain('Holdt utenfor tildelingen');
    expect(text).to.contain('(Foreslått som kvalifikasjonskrav)');
    expect(text).to.contain('(Foreslått som kontraktsvilkår)');
    // No award point names the kommune as the one who acts.
    for (const title of awarded) expect(title, title).to.not.match(/^Kommunen|eier i kommunen|lovlig vei/i);
  });

  it('asks for documentation and says how each criterion is evaluated', () => {
    const draft = awardCriteria(defaultFramework, 'en');
    for (const criterion of draft.criteria) {
      expect(criterion.documentation, criterion.title).to.not.equal('');
      expect(criterion.evaluation, criterion.title).to.not.equal('');
    }
    const quality = draft.criteria.filter((c) => c.kind === 'quality');
    expect(quality[0]!.documentation).to.contain("not the supplier's history");
    expect(quality[0]!.points[0]!.levels.length).to.be.greaterThan(1);
  });

  it('decides relevance once for the tender, and never per offer', () => {
    const text = awardCriteriaText(awardCriteria(defaultFramework, 'en'));
    expect(text).to.contain('apply alike to every supplier. No point is left out for a particular offer.');
    expect(text).to.not.match(/left out of (the )?offer|do not apply to the offer/i);
  });

  it('groups only the areas the kommune chose', () => {
    const draft = awardCriteria(defaultFramework, 'nb', { areas: ['brukermedvirkning', 'innovasjon'] });
    expect(draft.criteria.map((c) => c.kind)).to.deep.equal(['price', 'quality', 'quality']);
    expect(draft.criteria.map((c) => c.areas)).to.deep.equal([[], ['brukermedvirkning'], ['innovasjon']]);
    expect(percents(draft)).to.deep.equal([30, 35, 35]);
    expect(draft.criteria[1]!.title).to.equal('Brukermedvirkning');
  });

  it('with a fixed price: no price criterion, a note to check, quality weights summing to 100', () => {
    const draft = awardCriteria(defaultFramework, 'nb', { pricing: 'fixed-price' });
    expect(draft.criteria.some((c) => c.kind === 'price')).to.equal(false);
    expect(draft.fixedPriceNote!.text).to.contain('Fast pris');
    expect(draft.fixedPriceNote!.check).to.match(/^Sjekk dette \(FOA § 8-11/);
    expect(sum(percents(draft))).to.equal(100);
    expect(draft.criteria.length).to.be.at.most(MAX_MAIN_CRITERIA);
  });

  it('says the § 7-9 rule, flagged "check this", and weighs climate at 30 % when the kommune chooses it', () => {
    const undecided = awardCriteria(defaultFramework, 'nb');
    expect(undecided.climate.rule.reference).to.equal('FOA § 7-9');
    expect(undecided.climate.rule.text).to.contain('minst 30\u00a0%');
    expect(undecided.climate.rule.check).to.contain('1. juli 2026');
    expect(undecided.climate.decision).to.contain('Avgjør før kunngjøring');

    const award = awardCriteria(defaultFramework, 'en', { climate: 'award', priceWeight: 40 });
    expect(award.criteria.map((c) => c.kind)).to.deep.equal(['price', 'quality', 'quality', 'climate']);
    expect(award.criteria.length).to.equal(MAX_MAIN_CRITERIA);
    expect(award.criteria.at(-1)!.percent).to.equal(30);
    expect(award.criteria[0]!.percent).to.equal(40);
    expect(sum(percents(award))).to.equal(100);
  });

  it('keeps the price weight between 10 and 70', () => {
    expect(awardCriteria(defaultFramework, 'nb', { priceWeight: 95 }).criteria[0]!.percent).to.equal(70);
    expect(awardCriteria(defaultFramework, 'nb', { priceWeight: -1 }).criteria[0]!.percent).to.equal(10);
    expect(awardCriteria(defaultFramework, 'nb', { priceWeight: Number.NaN }).criteria[0]!.percent).to.equal(30);
  });

  it('drafts a functional description from the kommune’s goals, or asks for them', () => {
    const withGoals: Framework = {
      ...framework(),
      goals: [{ id: 'helse', title: { nb: 'Flere i arbeid' }, description: { nb: 'Andelen unge utenfor arbeid skal ned' }, source: { plan: 'Kommuneplanens samfunnsdel 2024–2036' } }],
    };
    const draft = awardCriteria(withGoals, 'nb');
    expect(draft.functional.goals).to.deep.equal(['Flere i arbeid: Andelen unge utenfor arbeid skal ned (Kommuneplanens samfunnsdel 2024–2036)']);
    expect(draft.functional.outcomes).to.include('Målbare resultater');
    const without = awardCriteria(framework(), 'en');
    expect(without.functional.goals[0]).to.match(/^\[Enter the goals/);
  });

  it('weighs the quality groups by area weights and says so when every weight is 0', () => {
    const weighted = awardCriteria(framework(), 'nb');
    // Price 30; areas weighing 2, 1, 1 share the other 70: 35, 17.5, 17.5 → 35, 18, 17.
    expect(percents(weighted)).to.deep.equal([30, 35, 18, 17]);
    const zero = sdgTemplate([1, 2, 3]);
    for (const dimension of zero.dimensions) dimension.weight = 0;
    const draft = awardCriteria(zero, 'en');
    expect(percents(draft)).to.deep.equal([30, 24, 23, 23]);
    expect(draft.weightsNote).to.contain('weighted equally');
  });

  it('drafts a parsed framework in every language as text', () => {
    const { framework: parsed } = parseFramework(framework());
    const texts = LANGS.map((lang) => awardCriteriaText(awardCriteria(parsed!, lang)));
    expect(texts[0]).to.contain('1. Pris (vekt 30\u00a0%)');
    expect(texts[1]).to.contain('Funksjonsskildring (utkast)');
    expect(texts[2]).to.contain('2. Contributes to: Good health and well-being (weight 35%)');
    expect(texts[2]).to.contain('Documentation:');
  });
});
