import { expect } from '@open-wc/testing';
import { compatibility, sharedAxes } from '../../src/compare/compatibility.js';
import { findRepeatedAssessments, findSelfOfficialPairs, sameOffer } from '../../src/compare/offer-identity.js';
import { overTime } from '../../src/compare/over-time.js';
import { rankAssessments } from '../../src/compare/rank.js';
import { selfVersusOfficial } from '../../src/compare/self-versus-official.js';
import { CLEARLY_ABOVE, standOut } from '../../src/compare/stand-out.js';
import type { Framework } from '../../src/framework/types.js';
import { assess, compareFramework } from '../fixtures/compare-assessments.js';

/** The previous edition of the small framework: it lacked the innovation axis. */
const previousEdition: Framework = {
  ...compareFramework,
  revision: '2025-01',
  dimensions: compareFramework.dimensions.filter((dimension) => dimension.id !== 'innovation'),
};

describe('rankAssessments', () => {
  // goals, participation, innovation per offer (0..4 → 0..100 in steps of 25):
  const a = assess('A', { 'goal-named': 4, 'goal-lasting': 4, 'users-design': 2, 'users-delivery': 2 }); // 100, 50, null → 75
  const b = assess('B', { 'goal-named': 2, 'goal-lasting': 2, 'users-design': 4, 'users-delivery': 4 }); // 50, 100, null → 75
  const c = assess('C', { 'goal-named': 0, 'goal-lasting': 0, 'new-here': 4, 'unmet-need': 4 }); // 0, null, 100 → 50
  const empty = assess('Tom', {}); // nothing answered
  const d = assess('D', { 'goal-named': 4, 'goal-lasting': 4, 'users-design': 4, 'users-delivery': 4, 'new-here': 4, 'unmet-need': 4 }); // 100

  it('ranks highest first, gives equal scores a shared place and skips the next', () => {
    const ranked = rankAssessments(compareFramework, [a, b, c, d], 'overall', 'descending');
    expect(ranked.map((row) => row.assessment.offer.title)).to.deep.equal(['D', 'A', 'B', 'C']);
    expect(ranked.map((row) => row.rank)).to.deep.equal([1, 2, 2, 4]);
    expect(ranked.map((row) => row.tied)).to.deep.equal([false, true, true, false]);
    expect(ranked[1]!.score).to.equal(75);
  });

  it('puts an assessment without a score last in both directions, with no place and not as 0', () => {
    const down = rankAssessments(compareFramework, [empty, c, a], 'overall', 'descending');
    expect(down.map((row) => row.assessment.offer.title)).to.deep.equal(['A', 'C', 'Tom']);
    expect(down[2]!.score).to.equal(null);
    expect(down[2]!.rank).to.equal(null);
    const up = rankAssessments(compareFramework, [empty, c, a], 'overall', 'ascending');
    expect(up.map((row) => row.assessment.offer.title)).to.deep.equal(['C', 'A', 'Tom']);
    // The places stay best-first whatever the display order.
    expect(up.map((row) => row.rank)).to.deep.equal([2, 1, null]);
  });

  it('ranks by one axis, where an offer that did not answer the axis comes last rather than scoring 0', () => {
    const ranked = rankAssessments(compareFramework, [a, b, c], 'participation', 'ascending');
    // C has goals answered but nothing on participation: null, last; 0 would have put it first.
    expect(ranked.map((row) => row.assessment.offer.title)).to.deep.equal(['A', 'B', 'C']);
    expect(ranked[2]!.score).to.equal(null);
    const byGoals = rankAssessments(compareFramework, [a, b, c], 'goals', 'ascending');
    // A real 0 is a score and ranks like one.
    expect(byGoals.map((row) => [row.assessment.offer.title, row.score])).to.deep.equal([
      ['C', 0],
      ['B', 50],
      ['A', 100],
    ]);
  });

  it('does not rank an assessment made with another framework', () => {
    const foreign = assess('Utenfra', { 'goal-named': 4 }, { frameworkRef: { id: 'annen-kommune' } });
    const ranked = rankAssessments(compareFramework, [foreign, c], 'overall', 'descending');
    expect(ranked.map((row) => row.assessment.offer.title)).to.deep.equal(['C', 'Utenfra']);
    expect(ranked[1]!.compatibility.status).to.equal('other-framework');
    expect(ranked[1]!.score).to.equal(null);
    expect(ranked[1]!.rank).to.equal(null);
  });

  it('compares only the shared axes when one assessment is of another revision', () => {
    const old = assess('Gammel', { 'goal-named': 2, 'goal-lasting': 2, 'users-design': 2, 'users-delivery': 2 }, { framework: previousEdition });
    const ranked = rankAssessments(compareFramework, [d, old], 'overall', 'descending');
    expect(Object.keys(ranked[0]!.scores.dimensions)).to.deep.equal(['goals', 'participation']);
    // D's 100 on innovation is left out of its overall, so both are judged on the same ground.
    expect(ranked.map((row) => row.score)).to.deep.equal([100, 50]);
  });
});

describe('compatibility', () => {
  it('accepts the same framework and revision', () => {
    const result = compatibility(compareFramework, assess('A', {}));
    expect(result.status).to.equal('same');
    expect(result.sharedDimensions).to.deep.equal(['goals', 'participation', 'innovation']);
  });

  it('names the shared axes of another revision and says so in every language', () => {
    const old = assess('Gammel', { 'goal-named': 2, 'users-delivery': 'na', 'retired-criterion': 3 }, { framework: previousEdition });
    const result = compatibility(compareFramework, old);
    expect(result.status).to.equal('other-revision');
    expect(result.sharedDimensions).to.deep.equal(['goals', 'participation']);
    expect(result.missingDimensions).to.deep.equal(['innovation']);
    expect(result.message.nb).to.contain('annen utgave').and.contain('2 av 3');
    expect(result.message.nn).to.contain('anna utgåve');
    expect(result.message.en).to.contain('another edition');
    expect(sharedAxes(compareFramework, [assess('A', {}), old])).to.deep.equal(['goals', 'participation']);
  });

  it('refuses another framework', () => {
    const result = compatibility(compareFramework, assess('X', {}, { frameworkRef: { id: 'annen-kommune' } }));
    expect(result.status).to.equal('other-framework');
    expect(result.sharedDimensions).to.deep.equal([]);
    expect(result.message.nb).to.contain('annet rammeverk').and.contain('annen-kommune');
  });
});

describe('standOut', () => {
  it('finds the axes where each offer is highest or clearly above the others', () => {
    const a = assess('A', { 'goal-named': 4, 'goal-lasting': 4, 'users-design': 1, 'users-delivery': 1 });
    const b = assess('B', { 'goal-named': 1, 'goal-lasting': 1, 'users-design': 4, 'users-delivery': 4 });
    const c = assess('C', { 'goal-named': 1, 'goal-lasting': 1, 'users-design': 1, 'users-delivery': 1 });
    const [sa, sb, sc] = standOut(compareFramework, [a, b, c]);
    expect(sa!.axes.map((axis) => axis.dimensionId)).to.deep.equal(['goals']);
    expect(sa!.axes[0]!.highest).to.equal(true);
    expect(sa!.axes[0]!.othersMean).to.equal(25);
    expect(sa!.axes[0]!.lead).to.equal(75);
    expect(sb!.axes.map((axis) => axis.dimensionId)).to.deep.equal(['participation']);
    expect(sc!.axes).to.deep.equal([]);
  });

  it('never counts an unanswered axis, neither for the offer nor in the others’ mean', () => {
    const a = assess('A', { 'new-here': 2, 'unmet-need': 2 });
    const b = assess('B', { 'goal-named': 4 });
    const c = assess('C', { 'new-here': 1, 'unmet-need': 1 });
    const [sa, sb] = standOut(compareFramework, [a, b, c]);
    // A: 50 against C's 25 alone (B has no innovation score; as 0 the mean would be 12.5).
    expect(sa!.axes).to.have.length(1);
    expect(sa!.axes[0]!.othersMean).to.equal(25);
    // B alone answered goals: no one to compare with.
    expect(sb!.axes).to.deep.equal([]);
  });

  it('counts clearly above the mean even when not the highest', () => {
    const top = assess('Topp', { 'new-here': 4, 'unmet-need': 4 });
    const second = assess('Nummer to', { 'new-here': 3, 'unmet-need': 3 });
    const low = assess('Lav', { 'new-here': 0, 'unmet-need': 0 });
    const [, s2] = standOut(compareFramework, [top, second, low]);
    expect(s2!.axes[0]!.highest).to.equal(false);
    expect(s2!.axes[0]!.lead).to.be.at.least(CLEARLY_ABOVE);
  });

  it('marks a shared top, and leaves out two offers merely equal', () => {
    const a = assess('A', { 'new-here': 4, 'unmet-need': 4 });
    const b = assess('B', { 'new-here': 4, 'unmet-need': 4 });
    const c = assess('C', { 'new-here': 0, 'unmet-need': 0 });
    const [sa] = standOut(compareFramework, [a, b, c]);
    expect(sa!.axes[0]!.sharedHighest).to.equal(true);
    expect(standOut(compareFramework, [a, b]).every((entry) => entry.axes.length === 0)).to.equal(true);
  });
});

describe('selfVersusOfficial', () => {
  it('lists criterion differences largest first and one-sided answers apart', () => {
    const self = assess('Tilbud', { 'goal-named': 4, 'goal-lasting': 3, 'users-design': 4, 'new-here': 2, 'unmet-need': 'na' }, { mode: 'self' });
    const official = assess('Tilbud', { 'goal-named': 1, 'goal-lasting': 3, 'users-design': 2, 'users-delivery': 2, 'unmet-need': 3 });
    const result = selfVersusOfficial(compareFramework, self, official);
    expect(result.differences.map((row) => [row.criterionId, row.difference])).to.deep.equal([
      ['goal-named', -75],
      ['users-design', -50],
      ['goal-lasting', 0],
    ]);
    expect(result.differences[0]!.dimensionId).to.equal('goals');
    expect(result.answeredByOne.map((row) => [row.criterionId, row.self.kind, row.official.kind])).to.deep.equal([
      ['users-delivery', 'unanswered', 'value'],
      ['new-here', 'value', 'unanswered'],
      ['unmet-need', 'not-applicable', 'value'],
    ]);
  });
});

describe('overTime', () => {
  it('orders by date and gives the change per axis, null where either end is not assessed', () => {
    const after = assess('Pilot', { 'goal-named': 4, 'goal-lasting': 4, 'new-here': 2, 'unmet-need': 2 }, { createdAt: '2026-09-01T10:00:00Z' });
    const before = assess('Pilot', { 'goal-named': 1, 'goal-lasting': 1, 'users-design': 2 }, { createdAt: '2026-01-01T10:00:00Z' });
    const result = overTime(compareFramework, [after, before]);
    expect(result.assessments).to.deep.equal([before, after]);
    const byId = Object.fromEntries(result.axes.map((axis) => [axis.id, axis]));
    expect(byId.goals!.change).to.equal(75);
    expect(byId.participation!.first).to.equal(50);
    expect(byId.participation!.last).to.equal(null);
    expect(byId.participation!.change).to.equal(null);
    expect(byId.innovation!.change).to.equal(null);
    expect(result.axes[0]!.id).to.equal('overall');
    expect(result.axes[0]!.values).to.have.length(2);
  });
});

describe('offer identity', () => {
  it('matches by organisation number first, then by title', () => {
    expect(sameOffer({ orgNumber: '974 760 673', title: 'A' }, { orgNumber: '974760673', title: 'B' })).to.equal(true);
    expect(sameOffer({ orgNumber: '974760673', title: 'A' }, { orgNumber: '923609016', title: 'A' })).to.equal(false);
    expect(sameOffer({ title: '  Lunsj  for alle' }, { title: 'lunsj for alle' })).to.equal(true);
    expect(sameOffer({}, {})).to.equal(false);
  });

  it('pairs self and official assessments and finds repeated ones', () => {
    const self = assess('Lunsj for alle', {}, { mode: 'self' });
    const official = assess('lunsj for alle', {}, { mode: 'official' });
    const later = assess('Lunsj for alle', {}, { mode: 'official', createdAt: '2026-09-01T10:00:00Z' });
    const other = assess('Noe annet', {}, { mode: 'official' });
    const pairs = findSelfOfficialPairs([self, official, other, later]);
    expect(pairs).to.have.length(1);
    expect(pairs[0]!.self).to.equal(self);
    expect(pairs[0]!.official).to.equal(later);
    expect(findRepeatedAssessments([self, official, other, later])).to.deep.equal([[official, later]]);
  });
});
