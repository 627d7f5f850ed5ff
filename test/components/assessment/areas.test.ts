import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../components/assessment/define.js';
import type { AssessmentEventDetail } from '../../../components/assessment/assessment-events.js';
import type { MvAssessment } from '../../../components/assessment/mv-assessment.js';
import { defaultFramework } from '../../../src/framework/default-framework.js';
import type { Dimension, Framework } from '../../../src/framework/types.js';
import type { Lang } from '../../../src/text/lang.js';
import { resolveText } from '../../../src/text/text.js';
import { allByRole, getByRole } from '../../helpers/accessible.js';

/**
 * One area at a time (a phone, or "Vis ett område om gangen" on a wide screen): whatever area
 * is opened, in whatever order, the questions shown must be that area's, and an answer must
 * land on the criterion whose question was shown.
 */

const NAV_NAME: Record<Lang, string> = { nb: 'Områder', nn: 'Område', en: 'Areas' };
const SHOW_ONE: Record<Lang, string> = { nb: 'Vis ett område om gangen', nn: 'Vis eitt område om gongen', en: 'Show one area at a time' };

async function mount(framework: Framework, lang: Lang) {
  const changes: AssessmentEventDetail[] = [];
  const element = await fixture<MvAssessment>(html`<mv-assessment
    storage="none"
    lang=${lang}
    .framework=${framework}
    @mv-change=${(event: CustomEvent<AssessmentEventDetail>) => changes.push(event.detail)}
  ></mv-assessment>`);
  await waitUntil(() => allByRole(element, 'group').length > 0, 'the form did not render');
  return { element, changes };
}

/** Opens an area by its button in the area navigation. */
async function openArea(element: MvAssessment, lang: Lang, dimension: Dimension) {
  const nav = getByRole(element, 'navigation', NAV_NAME[lang]);
  const name = resolveText(dimension.short, lang) || resolveText(dimension.title, lang);
  const button = allByRole<HTMLButtonElement>(nav, 'button').find((candidate) =>
    candidate.textContent?.replace(/\s+/g, ' ').trim().startsWith(name),
  );
  expect(button, `a button for ${name}`).to.not.equal(undefined);
  button!.click();
  await element.updateComplete;
}

/** The accessible names of the radio groups on screen. */
function shownQuestions(element: MvAssessment): string[] {
  return allByRole(element, 'group').map((group) => group.querySelector('legend')?.textContent?.trim() ?? '');
}

/** The radar table's row for an area: its cells after the row header. */
function radarRow(element: MvAssessment, title: string): string[] {
  const table = allByRole<HTMLTableElement>(element, 'table')[0]!;
  const row = Array.from(table.tBodies[0]!.rows).find((candidate) => candidate.cells[0]?.textContent?.trim() === title);
  expect(row, `a radar row for ${title}`).to.not.equal(undefined);
  // Each score is read apart from its basis ("grunnlag 1 av 4"), which follows it in the cell.
  return Array.from(row!.cells)
    .slice(1)
    .map((cell) => {
      const score = cell.cloneNode(true) as HTMLElement;
      score.querySelector('.basis')?.remove();
      return score.textContent?.trim() ?? '';
    });
}

/** Areas in an order that jumps about: last, first, a middle one, then the rest backwards. */
function outOfOrder<T>(items: readonly T[]): T[] {
  const last = items.length - 1;
  const middle = Math.floor(items.length / 2);
  const rest = items.map((_, index) => index).filter((index) => index !== last && index !== 0 && index !== middle);
  return [last, 0, middle, ...rest.reverse()].map((index) => items[index]!);
}

async function checkEveryArea(element: MvAssessment, changes: AssessmentEventDetail[], framework: Framework, lang: Lang) {
  const dimensions = outOfOrder(framework.dimensions);
  // First without answering: only the area's own questions, whatever was shown before.
  for (const dimension of dimensions) {
    await openArea(element, lang, dimension);
    expect(shownQuestions(element), `questions of ${dimension.id}`).to.deep.equal(
      dimension.criteria.map((criterion) => resolveText(criterion.title, lang)),
    );
  }
  // Then answer the area's last question (the first level), one area after another.
  for (const dimension of dimensions) {
    await openArea(element, lang, dimension);
    const criterion = dimension.criteria[dimension.criteria.length - 1]!;
    const title = resolveText(criterion.title, lang);
    expect(shownQuestions(element)).to.include(title);
    const group = getByRole(element, 'group', title);
    const radio = allByRole<HTMLInputElement>(group, 'radio')[0]!;
    radio.click();
    await element.updateComplete;
    const last = changes[changes.length - 1]!.assessment;
    const answered = Object.keys(last.answers);
    expect(answered, `answer for ${criterion.id}`).to.include(criterion.id);
    expect(last.answers[criterion.id]).to.have.property('value');
  }
  const final = changes[changes.length - 1]!.assessment;
  const expected = framework.dimensions.map((dimension) => dimension.criteria[dimension.criteria.length - 1]!.id);
  expect(Object.keys(final.answers).sort()).to.deep.equal([...expected].sort());
  // One answer per area, each at its lowest level: every area scores 0 (not a dash) on the radar.
  await waitUntil(() => allByRole(element, 'table').length > 0, 'no radar table');
  for (const dimension of framework.dimensions) {
    expect(final.scores.dimensions[dimension.id], dimension.id).to.equal(0);
    const cells = radarRow(element, resolveText(dimension.title, lang));
    expect(cells[0], `radar row of ${dimension.id}`).to.equal('0');
  }
}

describe('mv-assessment: one area at a time', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const lang of ['nb', 'nn', 'en'] as const) {
    it(`on a phone (${lang}) shows each area's own questions and stores answers on them`, async function () {
      this.timeout(60_000);
      await setViewport({ width: 390, height: 844 });
      const { element, changes } = await mount(defaultFramework, lang);
      const first = defaultFramework.dimensions[0]!;
      await waitUntil(() => allByRole(element, 'group').length === first.criteria.length, 'not one area at a time');
      await checkEveryArea(element, changes, defaultFramework, lang);
      await expect(element).to.be.accessible();
    });
  }

  it('at desktop width with "Vis ett område om gangen" does the same', async function () {
    this.timeout(60_000);
    await setViewport({ width: 1280, height: 900 });
    const { element, changes } = await mount(defaultFramework, 'nb');
    getByRole<HTMLButtonElement>(element, 'button', SHOW_ONE.nb).click();
    await element.updateComplete;
    await waitUntil(
      () => allByRole(element, 'group').length === defaultFramework.dimensions[0]!.criteria.length,
      'not one area at a time',
    );
    await checkEveryArea(element, changes, defaultFramework, 'nb');
    await expect(element).to.be.accessible();
  });

  it('on a framework whose areas have different numbers of criteria', async function () {
    this.timeout(60_000);
    await setViewport({ width: 390, height: 844 });
    const uneven: Framework = {
      ...defaultFramework,
      id: 'ujevn',
      // Guidance names areas this framework leaves out.
      guidance: [],
      dimensions: defaultFramework.dimensions.slice(0, 4).map((dimension, index) => ({
        ...dimension,
        criteria: dimension.criteria.slice(0, index + 1),
      })),
    };
    const { element, changes } = await mount(uneven, 'nb');
    await waitUntil(() => allByRole(element, 'group').length === 1, 'not one area at a time');
    await checkEveryArea(element, changes, uneven, 'nb');
  });
});
