import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../components/assessment/define.js';
import type { AssessmentEventDetail } from '../../../components/assessment/assessment-events.js';
import type { MvAssessment } from '../../../components/assessment/mv-assessment.js';
import type { MvRadar } from '../../../components/radar/mv-radar.js';
import { withAnswer } from '../../../src/assessment/update.js';
import { scoreAssessment } from '../../../src/scoring/score.js';
import { smallAssessment, smallFramework } from '../../fixtures/small-framework.js';

/** Every criterion of the small framework dealt with: each with a level. */
const complete = smallAssessment({
  'goals-named': { value: 3 },
  'goals-lasting': { value: 2 },
  'part-design': { value: 1 },
  'part-delivery': { value: 2 },
  'feas-owner': { value: 4 },
});
import { accessibleName, allByRole, deepActiveElement, deepText, getByRole, radiosOf } from '../../helpers/accessible.js';
import { scrolledToChart } from '../../helpers/radar-drawn.js';

/**
 * The public parts of `<mv-assessment>`: each placed on its own in a page's layout finds its
 * assessment through the context, two assessments on one page keep to themselves, and the
 * default layout is built from the same parts in the order a visitor expects.
 */

/** Lets the assessment and every part inside it settle. */
async function settled(element: MvAssessment): Promise<void> {
  await element.updateComplete;
  const parts = element.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>(
    'mv-assessment-form, mv-assessment-progress, mv-assessment-summary, mv-assessment-actions, mv-radar',
  );
  for (const part of parts) await part.updateComplete;
}

/** Picks the radio whose name starts with `level` in the group named `criterion`. */
async function choose(element: MvAssessment, criterion: string, level: string): Promise<void> {
  const radio = radiosOf(element, criterion).find((candidate) => accessibleName(candidate).startsWith(level));
  if (!radio) throw new Error(`No radio ${level} in ${criterion}`);
  radio.click();
  await settled(element);
}

describe('mv-assessment: parts a page places', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('renders the page\'s own layout, with only the form placed: answers reach the assessment', async () => {
    const changes: AssessmentEventDetail[] = [];
    const element = await fixture<MvAssessment>(html`<mv-assessment
      storage="none"
      lang="nb"
      .framework=${smallFramework}
      @mv-change=${(event: CustomEvent<AssessmentEventDetail>) => changes.push(event.detail)}
    >
      <div class="page-column"><h2>Sidens egen tekst</h2><mv-assessment-form></mv-assessment-form></div>
    </mv-assessment>`);
    await settled(element);
    // The page's layout is shown, and nothing of the default layout besides it.
    expect(element.shadowRoot!.querySelector('slot')).to.not.equal(null);
    expect(element.shadowRoot!.querySelector('mv-radar, mv-assessment-summary, mv-assessment-actions')).to.equal(null);
    expect(getByRole(element, 'heading', 'Sidens egen tekst')).to.be.instanceOf(HTMLElement);
    expect(allByRole(element, 'group')).to.have.length(5);
    expect(allByRole(element, 'table')).to.have.length(0);

    await choose(element, 'Nevner et mål', 'Dokumentert med egne data');
    expect(changes).to.have.length(1);
    expect(changes[0]!.assessment.answers['goals-named']).to.deep.equal({ value: 3 });
    expect(element.assessment!.answers['goals-named']).to.deep.equal({ value: 3 });
    const title = getByRole<HTMLInputElement>(element, 'textbox', 'Navn på tilbudet');
    title.focus();
    await sendKeys({ type: 'Lunsjtreff' });
    await settled(element);
    expect(element.assessment!.offer.title).to.equal('Lunsjtreff');
    await expect(element).to.be.accessible();
  });

  it('draws the surrounding assessment on a radar placed alone, and hands out its image', async () => {
    const element = await fixture<MvAssessment>(html`<mv-assessment storage="none" lang="nn" .framework=${smallFramework}>
      <aside><mv-radar></mv-radar></aside>
    </mv-assessment>`);
    await settled(element);
    const radar = element.querySelector<MvRadar>('mv-radar')!;
    expect(radar.drawnData.labels).to.have.length(3);
    expect(getByRole(radar, 'table').querySelector('tbody th')?.textContent?.trim()).to.equal('Langsiktige mål i kommuneplanen');
    expect(radar.drawnData.datasets[0]!.data).to.deep.equal([null, null, null]);

    element.assessment = complete;
    await settled(element);
    const expected = scoreAssessment(smallFramework, complete);
    expect(radar.drawnData.datasets[0]!.data).to.deep.equal(smallFramework.dimensions.map((dimension) => expected.dimensions[dimension.id]));
    // The radar speaks the assessment's language: its table says so in nynorsk.
    expect(getByRole(radar, 'table', 'Profilen til tilbodet')).to.be.instanceOf(HTMLTableElement);
    // A picture of the chart for the printed report, without reaching into its shadow root.
    await waitUntil(() => radar.toImage() !== undefined, 'no image of the chart');
    expect(radar.toImage()).to.match(/^data:image\/png;base64,/);
    await expect(element).to.be.accessible();
  });

  it('keeps a radar with data of its own to that data', async () => {
    const element = await fixture<MvAssessment>(html`<mv-assessment storage="none" .framework=${smallFramework}>
      <mv-radar .axes=${['A', 'B', 'C']} .series=${[{ label: 'Egen', values: [10, 20, 30] }]}></mv-radar>
    </mv-assessment>`);
    await settled(element);
    const radar = element.querySelector<MvRadar>('mv-radar')!;
    expect(radar.drawnData.labels).to.deep.equal(['A', 'B', 'C']);
    expect(radar.drawnData.datasets.map((dataset) => dataset.label)).to.deep.equal(['Egen']);
  });

  it('shows progress placed alone, and follows every answer', async () => {
    const element = await fixture<MvAssessment>(html`<mv-assessment storage="none" lang="en" .framework=${smallFramework}>
      <header><mv-assessment-progress></mv-assessment-progress></header>
    </mv-assessment>`);
    await settled(element);
    expect(deepText(element)).to.contain('0 of 5 answered');
    const bar = getByRole<HTMLProgressElement>(element, 'progressbar');
    expect(bar.max).to.equal(5);
    element.assessment = complete;
    await settled(element);
    expect(bar.value).to.equal(5);
    expect(deepText(element)).to.contain('Every criterion is answered.');
    await expect(element).to.be.accessible();
  });

  it('shows the summary placed alone', async () => {
    const element = await fixture<MvAssessment>(html`<mv-assessment storage="none" .framework=${smallFramework}>
      <section><mv-assessment-summary></mv-assessment-summary></section>
    </mv-assessment>`);
    element.assessment = complete;
    await settled(element);
    expect(getByRole(element, 'heading', 'Oppsummering')).to.be.instanceOf(HTMLElement);
    expect(getByRole(element, 'heading', 'Sterke sider')).to.be.instanceOf(HTMLElement);
    await expect(element).to.be.accessible();
  });

  it('offers the actions placed alone, for this assessment\'s document', async () => {
    const element = await fixture<MvAssessment>(html`<mv-assessment storage="none" .framework=${smallFramework}>
      <footer><mv-assessment-actions></mv-assessment-actions></footer>
    </mv-assessment>`);
    element.assessment = complete;
    await settled(element);
    const actions = element.querySelector('mv-assessment-actions')!;
    let caught: HTMLAnchorElement | undefined;
    actions.shadowRoot!.addEventListener(
      'click',
      (event) => {
        if (event.target instanceof HTMLAnchorElement && event.target.download) {
          caught = event.target;
          event.preventDefault();
        }
      },
      true,
    );
    getByRole<HTMLButtonElement>(element, 'button', 'Last ned JSON').click();
    await waitUntil(() => caught !== undefined, 'no download');
    const text = await (await fetch(caught!.href)).text();
    expect(JSON.parse(text).answers).to.deep.equal(complete.answers);
    await expect(element).to.be.accessible();
  });

  it('keeps two assessments with their own parts on one page apart', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <mv-assessment id="first" storage="none" lang="nb" .framework=${smallFramework}>
        <div><mv-assessment-form></mv-assessment-form></div>
        <div><mv-assessment-progress></mv-assessment-progress><mv-radar></mv-radar></div>
      </mv-assessment>
      <mv-assessment id="second" storage="none" lang="en" .framework=${smallFramework}>
        <mv-radar></mv-radar>
        <mv-assessment-progress></mv-assessment-progress>
        <mv-assessment-form></mv-assessment-form>
      </mv-assessment>
    </div>`);
    const first = page.querySelector<MvAssessment>('#first')!;
    const second = page.querySelector<MvAssessment>('#second')!;
    await settled(first);
    await settled(second);
    await choose(first, 'Nevner et mål', 'Dokumentert effekt');
    await settled(second);

    expect(Object.keys(first.assessment!.answers)).to.deep.equal(['goals-named']);
    expect(second.assessment!.answers).to.deep.equal({});
    expect(deepText(first)).to.contain('1 av 5 besvart');
    expect(deepText(second)).to.contain('0 of 5 answered');
    const firstRadar = await scrolledToChart(first.querySelector<MvRadar>('mv-radar')!);
    const secondRadar = await scrolledToChart(second.querySelector<MvRadar>('mv-radar')!);
    expect(firstRadar.drawnData.datasets[0]!.data[0]).to.equal(100);
    expect(secondRadar.drawnData.datasets[0]!.data).to.deep.equal([null, null, null]);
    // Each part speaks its own assessment's language.
    expect(allByRole(second, 'radio', 'Not applicable')).to.have.length(5);
    expect(allByRole(first, 'radio', 'Ikke relevant')).to.have.length(5);

    // And an answer in the second reaches only the second.
    await choose(second, 'Part of the design', 'Not applicable');
    expect(Object.keys(second.assessment!.answers)).to.deep.equal(['part-design']);
    expect(Object.keys(first.assessment!.answers)).to.deep.equal(['goals-named']);
    await expect(page).to.be.accessible();
  });

  it('renders nothing from a part outside any assessment', async () => {
    const part = await fixture(html`<mv-assessment-form></mv-assessment-form>`);
    expect(deepText(part)).to.equal('');
    expect(allByRole(part, 'group')).to.have.length(0);
  });
});

describe('mv-assessment: the default layout', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('at 1280 px puts the form first, the radar and progress beside the criteria, the actions after the summary', async () => {
    await setViewport({ width: 1280, height: 900 });
    const element = await fixture<MvAssessment>(html`<mv-assessment storage="none" .framework=${smallFramework}></mv-assessment>`);
    await element.updateComplete;
    const root = element.shadowRoot!;
    const order = Array.from(root.querySelectorAll('mv-assessment-form, mv-radar, mv-assessment-summary, mv-assessment-actions')).map(
      (part) => part.localName,
    );
    expect(order).to.deep.equal(['mv-assessment-form', 'mv-radar', 'mv-assessment-summary', 'mv-assessment-actions']);
    const form = root.querySelector('mv-assessment-form')!.getBoundingClientRect();
    const radar = root.querySelector('mv-radar')!.getBoundingClientRect();
    const progress = root.querySelector('mv-assessment-progress')!.getBoundingClientRect();
    // Beside the form, not above it.
    expect(radar.left).to.be.greaterThan(form.right - 1);
    expect(progress.left).to.be.greaterThan(form.right - 1);
    expect(radar.top).to.be.lessThan(form.bottom);
    // The first field is the form's, not the actions'.
    const firstField = allByRole(element, 'textbox')[0]!;
    expect(accessibleName(firstField)).to.equal('Navn på tilbudet');
    await expect(element).to.be.accessible();
  });

  it('at 390 px keeps a compact progress in reach, with the radar on demand', async () => {
    await setViewport({ width: 390, height: 844 });
    const element = await fixture<MvAssessment>(html`<mv-assessment storage="none" .framework=${smallFramework}></mv-assessment>`);
    await element.updateComplete;
    const bar = element.shadowRoot!.querySelector<HTMLElement>('mv-assessment-progress')!;
    expect(getComputedStyle(bar).position).to.equal('sticky');
    const show = getByRole<HTMLButtonElement>(bar, 'button', 'Vis diagrammet');
    expect(show.getAttribute('aria-expanded')).to.equal('false');
    show.click();
    await element.updateComplete;
    await (bar as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(show.getAttribute('aria-expanded')).to.equal('true');
    expect(accessibleName(show)).to.equal('Skjul diagrammet');
    const onDemand = bar.shadowRoot!.querySelector<MvRadar>('mv-radar')!;
    await onDemand.updateComplete;
    expect(onDemand.drawnData.labels).to.have.length(3);
    // The first field comes before the first question, and both well within the first screens.
    const first = getByRole(element, 'textbox', 'Navn på tilbudet').getBoundingClientRect();
    expect(first.top).to.be.lessThan(844);
    await expect(element).to.be.accessible();
  });

  it('ends the last area with a word that says whether the assessment is done', async () => {
    await setViewport({ width: 390, height: 844 });
    const element = await fixture<MvAssessment>(html`<mv-assessment storage="none" .framework=${smallFramework}></mv-assessment>`);
    await element.updateComplete;
    expect(deepText(element)).not.to.contain('Dette er det siste området');
    for (let step = 0; step < smallFramework.dimensions.length - 1; step += 1) {
      getByRole<HTMLButtonElement>(element, 'button', 'Neste område').click();
      await element.updateComplete;
    }
    expect(allByRole(element, 'button', 'Neste område')).to.have.length(0);
    expect(deepText(element)).to.contain('Dette er det siste området. Du har svart på 0 av 5 kriterier');
    // Answered through the document: every criterion dealt with.
    let assessment = element.assessment!;
    for (const [id, answer] of Object.entries(complete.answers)) assessment = withAnswer(smallFramework, assessment, id, answer);
    element.assessment = assessment;
    await element.updateComplete;
    expect(deepText(element)).to.contain('Du har svart på alle kriteriene.');
    await expect(element).to.be.accessible();
  });

  it('lands on the area\'s first question after choosing an area in the navigation', async () => {
    await setViewport({ width: 390, height: 844 });
    const element = await fixture<MvAssessment>(html`<mv-assessment storage="none" lang="nn" .framework=${smallFramework}></mv-assessment>`);
    await element.updateComplete;
    const nav = getByRole(element, 'navigation', 'Område');
    const button = allByRole<HTMLButtonElement>(nav, 'button').find((candidate) => candidate.textContent?.includes('Gjennomføring'))!;
    button.click();
    await element.updateComplete;
    await waitUntil(() => deepActiveElement() instanceof HTMLInputElement, 'the focus did not reach a question');
    const focused = deepActiveElement() as HTMLInputElement;
    expect(accessibleName(focused.closest('fieldset')!)).to.equal('Namngjeven eigar');
  });
});
