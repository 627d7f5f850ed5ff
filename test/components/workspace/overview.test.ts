import { expect, waitUntil } from '@open-wc/testing';
import type { Assessment, Decision } from '../../../src/assessment/types.js';
import { CONCLUSION_LABELS, NO_DECISION } from '../../../src/case/conclusions.js';
import { caseOverview } from '../../../src/case/overview.js';
import { caseOverviewCsv } from '../../../src/case/overview-csv.js';
import type { Framework } from '../../../src/framework/types.js';
import { resolveText } from '../../../src/text/text.js';
import { formatPercent, formatScore } from '../../../components/i18n/number-format.js';
import type { MvWorkspace } from '../../../components/workspace/mv-workspace.js';
import { assess, compareFramework } from '../../fixtures/compare-assessments.js';
import { emulateMediaOrSkip } from '../../helpers/commands.js';
import { downloadedBlobs, freshDatabasePerTest, openWorkspace, rowsOf, seed, tableByCaption, textOf } from './workspace-harness.js';

/** The comparison framework with three goals of the kommune's plan; the third has no criteria. */
function goalsFramework(): Framework {
  const framework = structuredClone(compareFramework);
  framework.goals = [
    { id: 'arbeid', title: { nb: 'Flere i arbeid', nn: 'Fleire i arbeid', en: 'More people in work' }, owner: { unit: { nb: 'NAV-kontoret', nn: 'NAV-kontoret', en: 'The NAV office' } } },
    { id: 'helse', title: { nb: 'God helse', nn: 'God helse', en: 'Good health' }, owner: { name: 'Siri Hansen' } },
    { id: 'klima', title: { nb: 'Lavere utslipp', nn: 'Lågare utslepp', en: 'Lower emissions' } },
  ];
  const criteria = framework.dimensions.flatMap((dimension) => dimension.criteria);
  criteria.find((criterion) => criterion.id === 'goal-named')!.goals = ['arbeid'];
  criteria.find((criterion) => criterion.id === 'goal-lasting')!.goals = ['arbeid'];
  criteria.find((criterion) => criterion.id === 'users-design')!.goals = ['helse'];
  return framework;
}

/** A number as read on screen: spaces (a no-break space in "75 %") read as plain spaces. */
function shown(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function decided(assessment: Assessment, decision: Decision): Assessment {
  return { ...assessment, decision };
}

function library(framework: Framework): Assessment[] {
  return [
    decided(
      assess('Arbeidstrening i kafé', { 'goal-named': 4, 'goal-lasting': 2, 'users-design': 3 }, { framework, createdAt: '2026-02-10T09:00:00.000Z' }),
      { conclusion: 'follow-up', decidedAt: '2026-10-05' },
    ),
    assess('Arbeidstrening i kafé', { 'goal-named': 1 }, { framework, createdAt: '2026-01-10T09:00:00.000Z' }),
    decided(assess('Møteplass for eldre', { 'users-design': 4, 'users-delivery': 2, 'new-here': 3 }, { framework }), { conclusion: 'decline' }),
    assess('Mentorordning for unge', { 'goal-named': 2 }, { framework }),
    assess('Arbeidstrening i kafé', { 'goal-named': 4, 'users-design': 4 }, { framework, mode: 'self' }),
  ];
}

function overviewSection(el: MvWorkspace): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>('[part="overview"]')!;
}

describe('<mv-workspace>: the overview for leaders (real IndexedDB)', () => {
  const database = freshDatabasePerTest();

  it('says so when there is nothing to show, and is accessible', async () => {
    const el = await openWorkspace(database.name, goalsFramework());
    expect(textOf(overviewSection(el))).to.contain('Biblioteket har ingen saksbehandlervurderinger etter dette rammeverket ennå.');
    await expect(el).to.be.accessible();
  });

  it('shows the counts and means the core computes for the same library', async () => {
    const framework = goalsFramework();
    const assessments = library(framework);
    await seed(database.name, assessments);
    const el = await openWorkspace(database.name, framework, 'nb', assessments.length);
    await waitUntil(() => overviewSection(el).querySelector('table'), 'the overview is drawn');
    const expected = caseOverview(framework, assessments);
    const section = overviewSection(el);

    expect(rowsOf(tableByCaption(section, 'Tilbud etter konklusjon'))).to.deep.equal(
      Object.entries(expected.byConclusion).map(([conclusion, count]) => [
        conclusion === 'none' ? NO_DECISION.nb : CONCLUSION_LABELS.nb[conclusion as keyof typeof CONCLUSION_LABELS.nb],
        String(count),
      ]),
    );
    expect(expected.byConclusion).to.deep.include({ 'follow-up': 1, decline: 1, none: 1, refer: 0, undecided: 0 });

    const goalRows = rowsOf(tableByCaption(section, 'Tilbud etter kommunens mål'));
    expect(goalRows).to.deep.equal(
      expected.byGoal.map((entry) => [
        resolveText(entry.goal.title, 'nb'),
        entry.goal.id === 'arbeid' ? 'NAV-kontoret' : entry.goal.id === 'helse' ? 'Siri Hansen' : '',
        String(entry.offers),
        entry.meanScore === null ? '–ikke vurdert' : formatScore(entry.meanScore, 'nb'),
        entry.offers > 0 ? shown(formatPercent(entry.meanBasis, 'nb')) : '–ikke vurdert',
        String(entry.withEnoughBasis),
      ]),
    );
    // Worked by hand: "Flere i arbeid" is served by the café (4 and 2 of 4: 75) and the mentors (2 of 4: 50).
    expect(goalRows[0]!.slice(0, 4)).to.deep.equal(['Flere i arbeid', 'NAV-kontoret', '2', '62,5']);
    expect(goalRows[2]!.slice(2, 4)).to.deep.equal(['0', '–ikke vurdert']);

    const offerRows = rowsOf(tableByCaption(section, 'Tilbudene'));
    expect(offerRows.map((row) => [row[0], row[2], row[3]])).to.deep.equal(
      expected.offers.map((offer) => [
        offer.title,
        offer.conclusion === 'none' ? NO_DECISION.nb : CONCLUSION_LABELS.nb[offer.conclusion],
        formatScore(offer.overall, 'nb'),
      ]),
    );
    expect(textOf(section)).to.contain('Ikke tatt med: egenvurderinger 1, vurderinger etter et annet rammeverk 0, eldre versjoner av samme tilbud 1.');
    await expect(el).to.be.accessible();
  });

  it('downloads the overview as the core writes it in CSV', async () => {
    const framework = goalsFramework();
    const assessments = library(framework);
    await seed(database.name, assessments);
    const el = await openWorkspace(database.name, framework, 'nn', assessments.length);
    await waitUntil(() => overviewSection(el).querySelector('table'), 'the overview is drawn');
    const blobs = await downloadedBlobs(() => [...overviewSection(el).querySelectorAll('button')].find((button) => textOf(button) === 'Last ned oversikta (CSV)')!.click());
    // Read with its byte order mark, which spreadsheets need to see UTF-8.
    const written = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blobs[0]!.arrayBuffer());
    expect(written).to.equal(caseOverviewCsv(caseOverview(framework, assessments), 'nn'));
    expect(written.startsWith('\uFEFF')).to.equal(true);
    expect(textOf(el.shadowRoot!.querySelector('.status'))).to.match(/^Oversikta er lagd i fila merverdi-oversikt-\d{4}-\d{2}-\d{2}\.csv\.$/);
    await expect(el).to.be.accessible();
  });

  it('prints on its own: the library, the comparison and the form are left out', async function () {
    const framework = goalsFramework();
    await seed(database.name, library(framework));
    const el = await openWorkspace(database.name, framework, 'en', 5);
    await waitUntil(() => overviewSection(el).querySelector('table'), 'the overview is drawn');
    const print = window.print;
    let printed = 0;
    window.print = () => {
      printed += 1;
    };
    try {
      [...overviewSection(el).querySelectorAll('button')].find((button) => textOf(button) === 'Print the overview')!.click();
      await waitUntil(() => printed === 1, 'the print dialog is asked for');
      await emulateMediaOrSkip(this, { media: 'print' });
      const shown = (part: string) => getComputedStyle(el.shadowRoot!.querySelector(`[part="${part}"]`)!).display !== 'none';
      expect(shown('overview')).to.equal(true);
      expect(shown('library')).to.equal(false);
      expect(shown('compare')).to.equal(false);
      expect(shown('editor')).to.equal(false);
    } finally {
      window.print = print;
      await emulateMediaOrSkip(this, { media: 'screen' });
    }
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part="library"]')!).display).to.not.equal('none');
    expect(textOf(overviewSection(el).querySelector('h3'))).to.equal('Overview for leaders');
    await expect(el).to.be.accessible();
  });
});
