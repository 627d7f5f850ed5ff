import { expect } from '@open-wc/testing';
import { createAssessment } from '../../src/assessment/create-assessment.js';
import type { Answer, Assessment, Decision } from '../../src/assessment/types.js';
import { withScores } from '../../src/assessment/update.js';
import { agreedAssessment } from '../../src/case/agreed-assessment.js';
import { assessorDisagreements } from '../../src/case/disagreement.js';
import { caseOverview } from '../../src/case/overview.js';
import { caseOverviewCsv } from '../../src/case/overview-csv.js';
import { replyLetter } from '../../src/case/reply-letter.js';
import type { Framework } from '../../src/framework/types.js';
import { goalCoverage } from '../../src/scoring/goals.js';
import { scoreAssessment } from '../../src/scoring/score.js';
import { sampleFramework, t } from './fixtures.js';

/** The sample framework with two goals of the kommune's plan, each with an owner. */
function frameworkWithGoals(): Framework {
  const framework = sampleFramework();
  framework.owner = { name: 'Testkommune' };
  framework.goals = [
    {
      id: 'arbeid',
      title: t('Flere i arbeid'),
      owner: { unit: t('NAV-kontoret'), name: 'Siri Hansen', email: 'siri.hansen@eksempel.kommune.no' },
    },
    { id: 'helse', title: t('God helse hele livet'), owner: { unit: t('Helse og omsorg') } },
  ];
  const criteria = framework.dimensions.flatMap((dimension) => dimension.criteria);
  criteria.find((criterion) => criterion.id === 'goal-named')!.goals = ['arbeid'];
  criteria.find((criterion) => criterion.id === 'goal-adds')!.goals = ['arbeid'];
  criteria.find((criterion) => criterion.id === 'design')!.goals = ['helse'];
  return framework;
}

function assessment(
  framework: Framework,
  answers: Record<string, Answer>,
  extra: { title?: string; organisation?: string; decision?: Decision; updatedAt?: string; mode?: 'self' | 'official' } = {},
): Assessment {
  const base = createAssessment(framework, { mode: extra.mode ?? 'official', lang: 'nb', now: new Date('2026-11-01T10:00:00Z') });
  const filled: Assessment = {
    ...base,
    offer: { title: extra.title ?? 'Arbeidstrening i kafé', organisation: extra.organisation ?? 'Kafé Sammen SA' },
    answers,
    ...(extra.decision ? { decision: extra.decision } : {}),
    updatedAt: extra.updatedAt ?? base.updatedAt,
  };
  return withScores(framework, filled);
}

describe('two assessors: the disagreement list', () => {
  it('lists exactly the criteria judged differently, with both answers and justifications', () => {
    const framework = frameworkWithGoals();
    const mine = assessment(framework, {
      'goal-named': { value: 2, comment: 'Navngir målet i søknaden.' },
      'goal-adds': { value: 4 },
      design: { value: 3 },
      new: { notApplicable: true, reason: 'Finnes fra før.' },
    });
    const theirs = assessment(framework, {
      'goal-named': { value: 3, comment: 'Viser til planen med sidetall.' },
      'goal-adds': { value: 4, comment: 'Enig.' },
      delivery: { value: 1 },
      new: { notApplicable: true, reason: 'Annen begrunnelse, samme vurdering.' },
    });
    const list = assessorDisagreements(framework, mine, theirs);
    expect(list.map((item) => item.criterionId)).to.deep.equal(['goal-named', 'design', 'delivery']);
    const first = list[0]!;
    expect(first.mine.state.kind).to.equal('value');
    expect(first.mine.answer?.comment).to.equal('Navngir målet i søknaden.');
    expect(first.theirs.answer?.comment).to.equal('Viser til planen med sidetall.');
    expect(list[1]!.theirs.state.kind).to.equal('unanswered');
    expect(list[2]!.mine.state.kind).to.equal('unanswered');
  });

  it('finds nothing to discuss between two identical assessments', () => {
    const framework = frameworkWithGoals();
    const answers = { 'goal-named': { value: 1 }, design: { value: 5 } };
    expect(assessorDisagreements(framework, assessment(framework, answers), assessment(framework, answers))).to.deep.equal([]);
  });
});

describe('two assessors: the agreed assessment', () => {
  const framework = frameworkWithGoals();
  const mine = assessment(framework, {
    'goal-named': { value: 2, comment: 'Mitt syn.', evidence: ['https://eksempel.no/plan'] },
    'goal-adds': { value: 4, comment: 'Tydelig.' },
    design: { value: 3 },
  });
  const theirs = assessment(framework, {
    'goal-named': { value: 4, comment: 'Ditt syn.', evidence: ['https://eksempel.no/rapport', 'https://eksempel.no/plan'] },
    'goal-adds': { value: 4, comment: 'Godt dokumentert.' },
    design: { value: 3 },
  });

  it('makes nothing until every differing criterion is resolved', () => {
    const result = agreedAssessment(framework, mine, theirs, {});
    expect(result.assessment).to.equal(undefined);
    expect(result.unresolved).to.deep.equal(['goal-named']);
  });

  it('takes the agreed level with its note, keeps both sides elsewhere, and scores anew', () => {
    const now = new Date('2026-11-30T12:00:00Z');
    const result = agreedAssessment(
      framework,
      mine,
      theirs,
      { 'goal-named': { answer: { value: 3 }, note: 'Enige etter samtale: planen er navngitt, men ikke delmålet.' } },
      now,
    );
    const agreed = result.assessment!;
    expect(result.unresolved).to.deep.equal([]);
    expect(agreed.answers['goal-named']).to.deep.equal({
      value: 3,
      comment: 'Enige etter samtale: planen er navngitt, men ikke delmålet.',
      evidence: ['https://eksempel.no/plan', 'https://eksempel.no/rapport'],
    });
    expect(agreed.answers['goal-adds']!.comment).to.equal('Tydelig.\n\nGodt dokumentert.');
    expect(agreed.updatedAt).to.equal(now.toISOString());
    const expected = scoreAssessment(framework, agreed);
    expect(agreed.scores.overall).to.equal(expected.overall);
    expect(agreed.scores.basis).to.deep.equal(expected.basis);
    expect(agreed.completeness).to.equal(expected.completeness);
  });
});

describe('the reply letter', () => {
  const framework = frameworkWithGoals();
  const answers = { 'goal-named': { value: 3 }, 'goal-adds': { value: 4 }, design: { value: 2 } };

  it('carries the conclusion, the reasons and the owner of the best-served goal', () => {
    const decision: Decision = {
      conclusion: 'decline',
      reasons: 'Kommunen har et likt tilbud i dag.',
      caseNumber: '2026/1234',
      assessor: { name: 'Per Olsen', role: 'rådgiver' },
      decidedAt: '2026-11-29T09:00:00Z',
    };
    const letter = replyLetter(framework, assessment(framework, answers, { decision }), { lang: 'nb' });
    const best = goalCoverage(framework, assessment(framework, answers))[0]!;
    expect(best.goal.id).to.equal('arbeid');
    expect(letter.subject).to.equal('Svar på tilbudet «Arbeidstrening i kafé»');
    expect(letter.body).to.contain('Vår referanse: 2026/1234');
    expect(letter.body).to.contain('Dato: 2026-11-29');
    expect(letter.body).to.contain('Vi går ikke videre med tilbudet nå.');
    expect(letter.body).to.contain('Kommunen har et likt tilbud i dag.');
    expect(letter.body).to.contain('Flere i arbeid (ansvarlig: NAV-kontoret, Siri Hansen, siri.hansen@eksempel.kommune.no)');
    // What the next level takes, for the weakest criteria worth lifting.
    expect(letter.body).to.contain('Neste nivå');
    expect(letter.body).to.contain('Per Olsen');
    expect(letter.body).to.contain('Testkommune');
  });

  it('names the unit a case is referred to, in nynorsk and English too', () => {
    const decision: Decision = { conclusion: 'refer', referTo: 'arbeid' };
    const nn = replyLetter(framework, assessment(framework, answers, { decision }), { lang: 'nn' });
    expect(nn.body).to.contain('Vi meiner tilbodet høyrer heime hos NAV-kontoret (nn), Siri Hansen');
    expect(nn.body).to.contain('Med venleg helsing');
    const en = replyLetter(framework, assessment(framework, answers, { decision }), { lang: 'en' });
    expect(en.subject).to.equal('Reply to the offer “Arbeidstrening i kafé”');
    expect(en.body).to.contain('We believe the offer belongs with NAV-kontoret (en), Siri Hansen');
  });

  it('says the case is not decided when there is no decision, and never leaves empty quotes', () => {
    const bare = assessment(framework, {}, { title: '', organisation: '' });
    const letter = replyLetter(framework, bare, { lang: 'nb' });
    expect(letter.body).to.contain('Vi har ikke konkludert ennå.');
    expect(letter.subject).to.equal('Svar på tilbudet');
    expect(letter.body).to.not.contain('«»');
  });
});

describe('the overview for leaders', () => {
  const framework = frameworkWithGoals();
  const library = [
    // Two versions of one offer: the newer decision counts.
    assessment(framework, { 'goal-named': { value: 1 } }, { decision: { conclusion: 'undecided', decidedAt: '2026-10-01T00:00:00Z' } }),
    assessment(
      framework,
      { 'goal-named': { value: 3 }, 'goal-adds': { value: 4 }, design: { value: 4 }, delivery: { value: 2 }, new: { value: 1 } },
      { decision: { conclusion: 'follow-up', decidedAt: '2026-11-20T00:00:00Z' } },
    ),
    assessment(framework, { 'goal-named': { value: 2 }, design: { value: 2 } }, { title: 'Møteplass for eldre', organisation: 'Lag og Lyst', decision: { conclusion: 'decline' } }),
    assessment(framework, { design: { value: 5 } }, { title: 'Mentorordning', organisation: 'Ung Vei' }),
    assessment(framework, { 'goal-named': { value: 4 } }, { title: 'Egenvurdering', mode: 'self' }),
  ];

  it('counts offers per conclusion and per goal as the core computes them', () => {
    const overview = caseOverview(framework, library);
    expect(overview.offers.map((offer) => offer.title)).to.deep.equal(['Arbeidstrening i kafé', 'Møteplass for eldre', 'Mentorordning']);
    expect(overview.byConclusion).to.deep.equal({ 'follow-up': 1, refer: 0, decline: 1, undecided: 0, none: 1 });
    expect(overview.leftOut).to.deep.equal({ selfAssessments: 1, otherFramework: 0, olderVersions: 1 });

    const counted = overview.offers.map((offer) => offer.assessment);
    for (const entry of overview.byGoal) {
      const scores = counted
        .map((item) => goalCoverage(framework, item).find((coverage) => coverage.goal.id === entry.goal.id)!)
        .filter((coverage) => coverage.score !== null);
      expect(entry.offers, entry.goal.id).to.equal(scores.length);
      const mean = scores.reduce((sum, coverage) => sum + coverage.score!, 0) / scores.length;
      expect(entry.meanScore, entry.goal.id).to.be.closeTo(mean, 1e-9);
    }
    const overall = overview.offers.map((offer) => offer.overall);
    expect(overall).to.deep.equal(counted.map((item) => scoreAssessment(framework, item).overall));
  });

  it('exports as CSV with conclusions, basis and goals, guarded against formulas', () => {
    const hostile = assessment(framework, { design: { value: 1 } }, { title: '=HYPERLINK("x")', organisation: 'Org' });
    const csv = caseOverviewCsv(caseOverview(framework, [...library, hostile]), 'nb');
    expect(csv.startsWith('\uFEFF')).to.equal(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).to.equal('Tilbud;Organisasjon;Konklusjon;Samlet (0–100);Grunnlag (0–1);Nok grunnlag');
    expect(lines.some((line) => line.startsWith('Arbeidstrening i kafé;Kafé Sammen SA;Følges opp;'))).to.equal(true);
    expect(lines.some((line) => line.startsWith('Flere i arbeid;NAV-kontoret;'))).to.equal(true);
    expect(lines.some((line) => line.startsWith(`"'=HYPERLINK(""x"")";Org;`))).to.equal(true);
    expect(lines).to.include('Avslås;1');
  });
});
