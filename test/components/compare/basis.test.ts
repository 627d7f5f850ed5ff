import { expect, fixture, html } from '@open-wc/testing';
import '../../../components/compare/define.js';
import type { MvCompare } from '../../../components/compare/mv-compare.js';
import type { Assessment } from '../../../src/assessment/types.js';
import { assess, compareFramework } from '../../fixtures/compare-assessments.js';
import { deepText, getByRole } from '../../helpers/accessible.js';

/** The "buy a score" pattern: one top answer, everything else "not applicable" with a reason. */
function gamed(): Assessment {
  const assessment = assess('Kjøpt poengsum', { 'goal-named': 4 });
  const answers: Assessment['answers'] = { ...assessment.answers };
  for (const id of ['goal-lasting', 'users-design', 'users-delivery', 'new-here', 'unmet-need']) {
    answers[id] = { notApplicable: true, reason: 'Gjelder ikke oss' };
  }
  return { ...assessment, answers };
}

// goals 50, participation 100, innovation unanswered: overall 75 on 4 of 6 criteria.
const solid = assess('Møteplass', { 'goal-named': 2, 'goal-lasting': 2, 'users-design': 4, 'users-delivery': 4 });

async function compare(assessments: Assessment[]): Promise<MvCompare> {
  const el = await fixture<MvCompare>(html`
    <mv-compare lang="nb" .framework=${compareFramework} .assessments=${assessments}></mv-compare>
  `);
  await el.updateComplete;
  return el;
}

function rows(el: MvCompare): string[][] {
  const table = getByRole<HTMLTableElement>(el, 'table', /^Rangering/);
  return [...table.tBodies[0]!.rows].map((row) => [...row.cells].map((cell) => deepText(cell)));
}

describe('mv-compare: basis in the ranking', () => {
  it('ranks an offer with insufficient basis after the rest, whatever its score, and says so', async () => {
    const el = await compare([gamed(), solid]);
    const ranked = rows(el);
    expect(ranked.map((row) => row[1])).to.deep.equal(['Møteplass – Saksbehandlers vurdering', 'Kjøpt poengsum – Saksbehandlers vurdering']);
    // The bought 100 is still shown as it is, next to why it ranks last.
    expect(ranked[1]![2]).to.equal('100');
    expect(ranked[1]!.at(-1)).to.equal('For lite grunnlag: 1 av 6 kriterier besvart');
    expect(ranked[0]!.at(-1)).to.equal('4 av 6 kriterier besvart');
    expect(deepText(el.shadowRoot!.querySelector('[part="ranking"]')!)).to.contain(
      'Tilbud med for lite grunnlag (færre kriterier besvart med et nivå enn kommunen krever) står sist i rangeringen, uansett poengsum.',
    );
    await expect(el).to.be.accessible();
  });

  it('has no note when every offer has enough basis', async () => {
    const el = await compare([solid]);
    expect(deepText(el.shadowRoot!.querySelector('[part="ranking"]')!)).not.to.contain('står sist');
  });
});
