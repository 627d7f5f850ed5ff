import { expect } from '@open-wc/testing';
import type { Answer } from '../../src/assessment/types.js';
import { rankAssessments } from '../../src/compare/rank.js';
import { allowsNotApplicable } from '../../src/framework/criterion-rules.js';
import type { Framework } from '../../src/framework/types.js';
import { insufficientBasis, whollyNotApplicable } from '../../src/scoring/basis-messages.js';
import {
  basisCounts,
  basisOf,
  DEFAULT_MIN_BASIS,
  hasEnoughBasis,
  isWhollyNotApplicable,
  minBasis,
} from '../../src/scoring/basis.js';
import { criterionState, isDealtWith } from '../../src/scoring/criterion-state.js';
import { bestServedGoal, goalCoverage } from '../../src/scoring/goals.js';
import { basisAdvice, gapAdvice } from '../../src/scoring/insight-messages.js';
import { summarize } from '../../src/scoring/insights.js';
import { assess, compareFramework } from '../fixtures/compare-assessments.js';
import { sampleFramework, t } from './fixtures.js';

const reason = 'Tilbudet har ingen egen tjeneste her.';

describe('basis', () => {
  it('is the weight answered with a level over the weight of all criteria, per area and axis-weighted overall', () => {
    const framework = sampleFramework(); // goals: weights 1 and 3, axis weight 2
    const basis = basisOf(framework, {
      'goal-adds': { value: 1 }, // 3 of 4 weight in goals
      design: { notApplicable: true, reason }, // not applicable lowers participation's basis
      delivery: { value: 2 },
      new: { notApplicable: true }, // no reason: still not an answer with a level
    });
    expect(basis.dimensions).to.deep.equal({ goals: 0.75, participation: 0.5, innovation: 0 });
    expect(basis.overall).to.equal((2 * 0.75 + 0.5 + 0) / 4);
  });

  it('takes the share by number in an area whose criteria all weigh 0', () => {
    const framework = sampleFramework();
    for (const criterion of framework.dimensions[0]!.criteria) criterion.weight = 0;
    expect(basisOf(framework, { 'goal-named': { value: 4 } }).dimensions.goals).to.equal(0.5);
  });

  it('uses the framework\'s minBasis, 0.5 when it names none, and counts exactly half as enough', () => {
    const framework = sampleFramework();
    expect(minBasis(framework)).to.equal(DEFAULT_MIN_BASIS);
    expect(hasEnoughBasis(framework, 0.5)).to.equal(true);
    expect(hasEnoughBasis(framework, 0.4999)).to.equal(false);
    // 1 of 3 equal weights, three times, is not 1/3 to the last bit; it still compares as a third.
    expect(hasEnoughBasis({ ...framework, minBasis: 1 / 3 }, 0.1 + 0.1 + 0.1333333333333333)).to.equal(true);
    expect(minBasis({ ...framework, minBasis: 0.8 })).to.equal(0.8);
    expect(hasEnoughBasis({ ...framework, minBasis: 0 }, 0)).to.equal(true);
  });

  it('counts criteria answered with a level for "7 av 28 kriterier besvart"', () => {
    const counts = basisCounts(sampleFramework(), {
      'goal-named': { value: 2 },
      design: { notApplicable: true, reason },
      new: { value: 9 }, // off the scale: not an answer
    });
    expect(counts.overall).to.deep.equal({ answered: 1, total: 5 });
    expect(counts.dimensions).to.deep.equal({
      goals: { answered: 1, total: 2 },
      participation: { answered: 0, total: 2 },
      innovation: { answered: 0, total: 1 },
    });
    expect(insufficientBasis(counts.overall)).to.deep.equal({
      nb: 'For lite grunnlag: 1 av 5 kriterier besvart',
      nn: 'For lite grunnlag: 1 av 5 kriterium har svar',
      en: 'Too little basis: 1 of 5 criteria answered',
    });
  });

  it('tells an area that is wholly not applicable from one that is merely unanswered', () => {
    const framework = sampleFramework();
    expect(isWhollyNotApplicable(framework, 'innovation', { new: { notApplicable: true, reason } })).to.equal(true);
    expect(isWhollyNotApplicable(framework, 'innovation', {})).to.equal(false);
    expect(isWhollyNotApplicable(framework, 'no-such-area', {})).to.equal(false);
    expect(isWhollyNotApplicable(framework, 'goals', { 'goal-named': { notApplicable: true, reason } })).to.equal(false);
    for (const text of Object.values(whollyNotApplicable())) expect(text).to.match(/^(Ikke|Ikkje|Not) /);
  });
});

describe('reasons, required criteria and isDealtWith', () => {
  it('carries the trimmed reason on a not-applicable state, empty when none was given', () => {
    const framework = sampleFramework();
    const criterion = framework.dimensions[2]!.criteria[0]!;
    expect(criterionState(framework, criterion, { new: { notApplicable: true, reason: '  Finst alt.  ' } })).to.deep.equal({
      kind: 'not-applicable',
      reason: 'Finst alt.',
    });
    expect(criterionState(framework, criterion, { new: { notApplicable: true } })).to.deep.equal({
      kind: 'not-applicable',
      reason: '',
    });
  });

  it('counts a criterion as dealt with when it has a level, or not applicable with a reason', () => {
    const framework = sampleFramework();
    const criterion = framework.dimensions[2]!.criteria[0]!;
    const dealt = (answer: Answer | undefined) =>
      isDealtWith(framework, criterion, answer === undefined ? {} : { new: answer });
    expect(dealt(undefined)).to.equal(false);
    expect(dealt({ value: 3 })).to.equal(true);
    expect(dealt({ value: 7 })).to.equal(false);
    expect(dealt({ notApplicable: true })).to.equal(false);
    expect(dealt({ notApplicable: true, reason: ' ' })).to.equal(false);
    expect(dealt({ notApplicable: true, reason })).to.equal(true);
  });

  it('never allows "not applicable" on a required criterion, whatever allowNotApplicable says', () => {
    const framework = sampleFramework();
    const criterion = { ...framework.dimensions[2]!.criteria[0]!, required: true, allowNotApplicable: true };
    expect(allowsNotApplicable(framework, criterion)).to.equal(false);
    expect(criterionState(framework, criterion, { new: { notApplicable: true, reason } }).kind).to.equal('invalid');
    expect(isDealtWith(framework, criterion, { new: { notApplicable: true, reason } })).to.equal(false);
  });
});

/** The sample framework with three goals: two served by criteria, one by none. */
function withGoals(): Framework {
  const framework = sampleFramework();
  framework.goals = [
    { id: 'inkludering', title: t('Alle skal kunne delta i arbeidslivet'), owner: { unit: t('NAV'), email: 'nav@kommune.no' } },
    { id: 'folkehelse', title: t('God folkehelse'), owner: { name: 'Kari Nordmann', phone: '+47 12 34 56 78' } },
    { id: 'klima', title: t('Lavere utslipp') },
  ];
  framework.dimensions[0]!.criteria[0]!.goals = ['inkludering']; // goal-named
  framework.dimensions[0]!.criteria[1]!.goals = ['folkehelse']; // goal-adds, weight 3
  framework.dimensions[1]!.criteria[0]!.goals = ['inkludering', 'folkehelse']; // design, 1..5
  return framework;
}

describe('goalCoverage and bestServedGoal', () => {
  it('scores each goal from the criteria that serve it, best served first, unserved goals last with null', () => {
    const framework = withGoals();
    const coverage = goalCoverage(framework, {
      answers: { 'goal-named': { value: 4 }, 'goal-adds': { value: 2 }, design: { value: 5 } },
    });
    expect(coverage.map((entry) => [entry.goal.id, entry.score, entry.basis, entry.criteria])).to.deep.equal([
      ['inkludering', 100, 1, ['goal-named', 'design']],
      ['folkehelse', (3 * 50 + 100) / 4, 1, ['goal-adds', 'design']],
      ['klima', null, 0, []],
    ]);
  });

  it('breaks a tie in score by basis, and lowers basis for not applicable', () => {
    const framework = withGoals();
    const coverage = goalCoverage(framework, {
      answers: { 'goal-named': { value: 4 }, 'goal-adds': { value: 4 }, design: { notApplicable: true, reason } },
    });
    expect(coverage.map((entry) => [entry.goal.id, entry.score, entry.basis])).to.deep.equal([
      ['folkehelse', 100, 3 / 4],
      ['inkludering', 100, 1 / 2],
      ['klima', null, 0],
    ]);
  });

  it('names the best-served goal with an owner as whom to contact, and nobody for a score of 0', () => {
    const framework = withGoals();
    expect(bestServedGoal(framework, { answers: { 'goal-adds': { value: 3 } } })?.goal.id).to.equal('folkehelse');
    expect(bestServedGoal(framework, { answers: { 'goal-adds': { value: 0 } } })).to.equal(undefined);
    expect(bestServedGoal(framework, { answers: {} })).to.equal(undefined);
    expect(bestServedGoal(sampleFramework(), { answers: { 'goal-adds': { value: 3 } } })).to.equal(undefined);
  });
});

describe('rankAssessments and basis', () => {
  // Six criteria in three areas of two: one answer per area is a basis of 0.5, exactly enough.
  const full = assess('Full', {
    'goal-named': 1, 'goal-lasting': 1, 'users-design': 1, 'users-delivery': 1, 'new-here': 1, 'unmet-need': 1,
  }); // 25 overall, basis 1
  const gaming = assess('Spill', {
    'goal-named': 4, 'goal-lasting': 'na', 'users-design': 4, 'users-delivery': 'na', 'new-here': 4, 'unmet-need': 'na',
  }); // 100 overall, basis 0.5
  const strict: Framework = { ...compareFramework, minBasis: 0.75 };

  it('ranks an offer with too little basis after every offer with enough, and says so on each entry', () => {
    const ranked = rankAssessments(strict, [gaming, full], 'overall', 'descending');
    expect(ranked.map((row) => [row.assessment.offer.title, row.score, row.basis, row.enoughBasis, row.rank])).to.deep.equal([
      ['Full', 25, 1, true, 1],
      ['Spill', 100, 0.5, false, 2],
    ]);
    const up = rankAssessments(strict, [gaming, full], 'overall', 'ascending');
    expect(up.map((row) => row.assessment.offer.title)).to.deep.equal(['Full', 'Spill']);
  });

  it('ranks by score alone when every offer has enough basis', () => {
    const ranked = rankAssessments(compareFramework, [full, gaming], 'overall', 'descending');
    expect(ranked.map((row) => [row.assessment.offer.title, row.enoughBasis])).to.deep.equal([
      ['Spill', true],
      ['Full', true],
    ]);
  });

  it('uses the basis of the area ranked by', () => {
    const thin = assess('Tynn', { 'goal-named': 4, 'goal-lasting': 'na', 'users-design': 2, 'users-delivery': 2 });
    const ranked = rankAssessments(strict, [thin, full], 'goals', 'descending');
    expect(ranked.map((row) => [row.assessment.offer.title, row.basis, row.enoughBasis])).to.deep.equal([
      ['Full', 1, true],
      ['Tynn', 0.5, false],
    ]);
  });
});

describe('summary: basis, unshown answers and advice', () => {
  it('says when the basis is insufficient, and which areas are thin or wholly not applicable', () => {
    const framework = sampleFramework();
    const summary = summarize(framework, {
      answers: { 'goal-named': { value: 4 }, new: { notApplicable: true, reason } },
    });
    expect(summary.basis.enough).to.equal(false);
    expect(summary.basis.overall).to.equal((2 * 0.25) / 4);
    expect(summary.basis.insufficientDimensions).to.deep.equal(['goals', 'participation', 'innovation']);
    expect(summary.basis.notApplicableDimensions).to.deep.equal(['innovation']);
    const advice = basisAdvice(summary.basis);
    expect(advice?.nb).to.equal(
      'For lite grunnlag: 1 av 5 kriterier besvart. Poengsummen hviler på for få svar til å sammenlignes med andre. ' +
        'Svar på flere kriterier, og bruk «ikke relevant» bare der kriteriet virkelig ikke gjelder.',
    );
    expect(advice?.nn).to.match(/^For lite grunnlag: 1 av 5 kriterium har svar\./);
    expect(advice?.en).to.match(/^Too little basis: 1 of 5 criteria answered\./);
  });

  it('says nothing about basis when it is enough', () => {
    const summary = summarize(sampleFramework(), {
      answers: { 'goal-named': { value: 4 }, 'goal-adds': { value: 4 }, design: { value: 3 }, delivery: { value: 3 } },
    });
    expect(summary.basis.enough).to.equal(true);
    expect(basisAdvice(summary.basis)).to.equal(undefined);
  });

  it('lists answers above the lowest level that are not yet shown with an explanation and a link', () => {
    const summary = summarize(sampleFramework(), {
      answers: {
        'goal-named': { value: 3, comment: 'Vi har egne tall.', evidence: ['https://example.org/tall.pdf'] },
        'goal-adds': { value: 2, comment: 'Vi samarbeider med NAV.' },
        design: { value: 1 }, // the lowest level: nothing to show
        delivery: { value: 4 },
      },
    });
    expect(summary.unshown.map((item) => [item.criterionId, item.explanation, item.evidence])).to.deep.equal([
      ['goal-adds', true, false],
      ['delivery', false, false],
    ]);
  });

  it('asks to show the next level, never merely to claim it, in all three languages', () => {
    const summary = summarize(sampleFramework(), {
      answers: {
        'goal-adds': { value: 1 },
        'goal-named': { value: 2, comment: 'Slik gjør vi det.', evidence: ['https://example.org/plan'] },
      },
    });
    const [first, second] = summary.gaps;
    expect(first?.shown).to.deep.equal({ explanation: false, evidence: false });
    expect(second?.shown).to.deep.equal({ explanation: true, evidence: true });
    const advice = gapAdvice(first!);
    expect(advice.nb).to.include('legg ved lenker til det som viser det');
    expect(advice.nb).to.include('Vis også det dere har svart nå');
    expect(advice.nn).to.include('legg ved lenkjer til det som viser det');
    expect(advice.en).to.include('add links to what shows it');
    expect(gapAdvice(second!).en).not.to.include('Also back the answer');
    for (const text of [...Object.values(advice), ...Object.values(gapAdvice(second!))]) {
      expect(text.toLowerCase()).not.to.match(/\b(kryss av|tick|velg|choose|påstå|claim)\b/);
    }
  });

  it('names the goals the offer serves and the owner to contact', () => {
    const framework = withGoals();
    const summary = summarize(framework, { answers: { 'goal-named': { value: 4 } } });
    expect(summary.goals.map((entry) => entry.goal.id)).to.deep.equal(['inkludering', 'folkehelse', 'klima']);
    expect(summary.bestGoal?.goal.owner?.email).to.equal('nav@kommune.no');
    expect(summarize(sampleFramework(), { answers: {} })).not.to.have.property('bestGoal');
  });
});
