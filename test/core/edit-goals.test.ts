import { expect } from '@open-wc/testing';
import { defaultFramework } from '../../src/framework/default-framework.js';
import { criterionIds } from '../../src/framework/edit-framework.js';
import {
  addGoalsFromList,
  cleanGoalLine,
  criteriaServing,
  exampleGoalIds,
  MAX_PASTED_GOALS,
  parseGoalList,
  removeGoal,
  slug,
  withoutExampleGoals,
} from '../../src/framework/edit-goals.js';
import { sdgTemplate } from '../../src/framework/sdg-template.js';
import type { Framework } from '../../src/framework/types.js';

/** The goal list of a plan as a kommune copies it from a PDF or a word processor. */
const PASTED = [
  '  • Flere deltar i arbeid, utdanning eller meningsfull aktivitet',
  '',
  '2. Innbyggerne er med og former tjenestene',
  '3)\tFærre er ensomme',
  'Mål 4: Barn og unge har en trygg oppvekst',
  '   ',
  '– Flere deltar i arbeid, utdanning eller meningsfull aktivitet',
].join('\r\n');

const copy = (framework: Framework): Framework => structuredClone(framework);

describe('parseGoalList', () => {
  it('takes one goal a line, trims bullets and numbering, drops blank lines and repeats', () => {
    expect(parseGoalList(PASTED)).to.deep.equal([
      'Flere deltar i arbeid, utdanning eller meningsfull aktivitet',
      'Innbyggerne er med og former tjenestene',
      'Færre er ensomme',
      'Barn og unge har en trygg oppvekst',
    ]);
  });

  it('strips the list markers word processors and plans use, also stacked ones', () => {
    const cases: [string, string][] = [
      ['- Flere i arbeid', 'Flere i arbeid'],
      ['* Flere i arbeid', 'Flere i arbeid'],
      ['▪ Flere i arbeid', 'Flere i arbeid'],
      ['1. Flere i arbeid', 'Flere i arbeid'],
      ['(1) Flere i arbeid', 'Flere i arbeid'],
      ['1.2 Flere i arbeid', 'Flere i arbeid'],
      ['1.2.3. Flere i arbeid', 'Flere i arbeid'],
      ['12\tFlere i arbeid', 'Flere i arbeid'],
      ['a) Flere i arbeid', 'Flere i arbeid'],
      ['B. Flere i arbeid', 'Flere i arbeid'],
      ['iv. Flere i arbeid', 'Flere i arbeid'],
      ['Delmål 2.1 – Flere i arbeid', 'Flere i arbeid'],
      ['• 1. Mål 3: Flere   i\u00a0arbeid ', 'Flere i arbeid'],
    ];
    for (const [line, goal] of cases) expect(cleanGoalLine(line), line).to.equal(goal);
  });

  it('keeps a number that is part of the goal', () => {
    expect(cleanGoalLine('100 nye boliger for unge innen 2030')).to.equal('100 nye boliger for unge innen 2030');
    expect(cleanGoalLine('2030: Alle barn går i barnehage')).to.equal('2030: Alle barn går i barnehage');
    expect(cleanGoalLine('Ingen barn vokser opp i fattigdom')).to.equal('Ingen barn vokser opp i fattigdom');
  });

  it(`takes at most ${MAX_PASTED_GOALS} goals from one paste`, () => {
    const many = Array.from({ length: MAX_PASTED_GOALS + 20 }, (_, i) => `Mål nummer ${i + 1} i planen`).join('\n');
    expect(parseGoalList(many)).to.have.lengthOf(MAX_PASTED_GOALS);
    expect(parseGoalList('\n  \n•\n 2. \n1.2\n(iv)')).to.deep.equal([]);
  });
});

describe('slug', () => {
  it('makes an id of the words, with æøå spelt out and at most 40 characters cut at a word', () => {
    expect(slug('Færre er ensomme på Øya og Åsen')).to.equal('faerre-er-ensomme-pa-oya-og-asen');
    expect(slug('Flere deltar i arbeid, utdanning eller meningsfull aktivitet')).to.equal('flere-deltar-i-arbeid-utdanning-eller');
    expect(slug('«»')).to.equal('');
    expect(slug('Café for alle')).to.equal('cafe-for-alle');
  });
});

describe('addGoalsFromList', () => {
  it('adds a goal and a draft criterion "Bidrar til: …" per line, serving that goal', () => {
    const start = copy(sdgTemplate([3, 8, 10]));
    const { framework, goals, criteria, dimension } = addGoalsFromList(start, PASTED, { lang: 'nb' });
    expect(goals.map((goal) => goal.title)).to.deep.equal([
      { nb: 'Flere deltar i arbeid, utdanning eller meningsfull aktivitet' },
      { nb: 'Innbyggerne er med og former tjenestene' },
      { nb: 'Færre er ensomme' },
      { nb: 'Barn og unge har en trygg oppvekst' },
    ]);
    expect(goals.map((goal) => goal.id)).to.deep.equal([
      'flere-deltar-i-arbeid-utdanning-eller',
      'innbyggerne-er-med-og-former-tjenestene',
      'faerre-er-ensomme',
      'barn-og-unge-har-en-trygg-oppvekst',
    ]);
    expect(criteria.map((c) => c.title)).to.deep.equal(goals.map((goal) => ({ nb: `Bidrar til: ${(goal.title as { nb: string }).nb}` })));
    expect(criteria.map((c) => c.goals)).to.deep.equal(goals.map((goal) => [goal.id]));
    // Into the first area by default, after what was there.
    expect(dimension).to.equal(0);
    expect(framework.dimensions[0]!.criteria.slice(-4)).to.deep.equal(criteria);
    expect(framework.goals).to.deep.equal(goals);
    // The input is untouched.
    expect(start.goals).to.equal(undefined);
    expect(start.dimensions[0]!.criteria).to.have.lengthOf(3);
  });

  it('writes the prefix in the language of the list: Bidreg til in nynorsk, Contributes to in English', () => {
    const nn = addGoalsFromList(copy(sdgTemplate([3, 8, 10])), 'Færre er einsame', { lang: 'nn' });
    expect(nn.criteria[0]!.title).to.deep.equal({ nn: 'Bidreg til: Færre er einsame' });
    expect(nn.goals[0]!.title).to.deep.equal({ nn: 'Færre er einsame' });
    const en = addGoalsFromList(copy(sdgTemplate([3, 8, 10])), '1. Fewer people are lonely', { lang: 'en' });
    expect(en.criteria[0]!.title).to.deep.equal({ en: 'Contributes to: Fewer people are lonely' });
  });

  it('puts the draft criteria in a chosen area, or in a new area of their own', () => {
    const start = copy(sdgTemplate([3, 8, 10]));
    const second = addGoalsFromList(start, 'A\nB', { lang: 'nb', place: { dimension: 1 } });
    expect(second.dimension).to.equal(1);
    expect(second.framework.dimensions[1]!.criteria.slice(-2).map((c) => c.goals)).to.deep.equal([['a'], ['b']]);
    const own = addGoalsFromList(start, 'A\nB', { lang: 'nb', place: { newDimension: true } });
    expect(own.dimension).to.equal(3);
    expect(own.framework.dimensions[3]).to.deep.include({ id: 'kommunens-mal', title: { nb: 'Kommunens vedtatte mål' } });
    expect(own.framework.dimensions[3]!.criteria).to.deep.equal(own.criteria);
    // A framework with no area at all gets one, rather than losing the criteria.
    const empty = addGoalsFromList({ ...start, dimensions: [] }, 'A', { lang: 'en' });
    expect(empty.framework.dimensions).to.have.lengthOf(1);
    expect(empty.framework.dimensions[0]!.title).to.deep.equal({ en: "The municipality's adopted goals" });
  });

  it('never reuses a goal id or a criterion id', () => {
    const start = copy(sdgTemplate([3, 8, 10]));
    const once = addGoalsFromList(start, 'Færre er ensomme', { lang: 'nb' }).framework;
    const twice = addGoalsFromList(once, 'Færre er ensomme\n«»', { lang: 'nb' });
    expect(twice.goals.map((goal) => goal.id)).to.deep.equal(['faerre-er-ensomme-2', 'mal-1']);
    const ids = criterionIds(twice.framework);
    expect(new Set(ids).size).to.equal(ids.length);
    expect(twice.criteria.map((c) => c.id)).to.deep.equal(['bidrar-til-faerre-er-ensomme-2', 'bidrar-til-mal-1']);
  });

  it('replaces the example goals when asked, and the "serves named goals" criterion serves the new ones', () => {
    const start = copy(defaultFramework);
    expect(exampleGoalIds(start)).to.have.lengthOf(4);
    const { framework, goals } = addGoalsFromList(start, PASTED, { lang: 'nb', replaceExamples: true });
    expect(framework.goals!.map((goal) => goal.id)).to.deep.equal(goals.map((goal) => goal.id));
    const allCriteria = framework.dimensions.flatMap((d) => d.criteria);
    // No criterion still points at an example goal …
    expect(allCriteria.flatMap((c) => c.goals ?? []).filter((id) => id.startsWith('eksempel-'))).to.deep.equal([]);
    // … the general criterion serves every new goal, and the rest that served one example serve none.
    expect(allCriteria.find((c) => c.id === 'mal-i-kommuneplanen')!.goals).to.deep.equal(goals.map((goal) => goal.id));
    expect(allCriteria.find((c) => c.id === 'arbeidsinkludering')!.goals).to.equal(undefined);
    // Kept when not asked.
    const kept = addGoalsFromList(start, 'Ny', { lang: 'nb' }).framework;
    expect(kept.goals).to.have.lengthOf(5);
  });
});

describe('removeGoal and criteriaServing', () => {
  it('removes a goal and every reference to it, leaving other goals served', () => {
    const start = copy(defaultFramework);
    const work = start.goals!.findIndex((goal) => goal.id === 'eksempel-arbeid-og-aktivitet');
    expect(criteriaServing(start, 'eksempel-arbeid-og-aktivitet').map((e) => e.criterion.id)).to.deep.equal([
      'mal-i-kommuneplanen',
      'varig-effekt',
      'arbeidsinkludering',
    ]);
    const next = removeGoal(start, work);
    expect(next.goals!.map((goal) => goal.id)).not.to.include('eksempel-arbeid-og-aktivitet');
    expect(criteriaServing(next, 'eksempel-arbeid-og-aktivitet')).to.deep.equal([]);
    const all = next.dimensions.flatMap((d) => d.criteria);
    expect(all.find((c) => c.id === 'arbeidsinkludering')!.goals).to.equal(undefined);
    expect(all.find((c) => c.id === 'varig-effekt')!.goals).to.deep.equal(['eksempel-fellesskap-for-alle']);
    // Areas without a change are shared, not copied.
    expect(next.dimensions[1]).to.equal(start.dimensions[1]);
    expect(removeGoal(start, 99)).to.equal(start);
  });

  it('removes the goals list once the last goal is gone, and the example goals all at once', () => {
    const start = copy(defaultFramework);
    const none = withoutExampleGoals(start);
    expect(none.goals).to.equal(undefined);
    expect(none.dimensions.flatMap((d) => d.criteria).some((c) => c.goals !== undefined)).to.equal(false);
  });
});
