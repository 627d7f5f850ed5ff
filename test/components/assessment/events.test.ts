import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../components/assessment/define.js';
import type { AssessmentEventDetail, MvErrorDetail } from '../../../components/assessment/assessment-events.js';
import type { MvAssessment } from '../../../components/assessment/mv-assessment.js';
import { createAssessment } from '../../../src/assessment/create-assessment.js';
import { withAnswer } from '../../../src/assessment/update.js';
import { scoreAssessment } from '../../../src/scoring/score.js';
import { smallFramework } from '../../fixtures/small-framework.js';
import { allByRole, deepText, getByRole, radiosOf } from '../../helpers/accessible.js';
import { sendKeys } from '../../helpers/commands.js';
import { scrolledToChart } from '../../helpers/radar-drawn.js';

/** Mounts an element on the small framework and records every event it fires. */
async function mount(options: { lang?: string; mode?: string } = {}) {
  const changes: AssessmentEventDetail[] = [];
  const completions: AssessmentEventDetail[] = [];
  const errors: MvErrorDetail[] = [];
  const element = await fixture<MvAssessment>(html`<mv-assessment
    storage="none"
    lang=${options.lang ?? 'nb'}
    mode=${options.mode ?? 'self'}
    .framework=${smallFramework}
    @mv-change=${(event: CustomEvent<AssessmentEventDetail>) => changes.push(event.detail)}
    @mv-complete=${(event: CustomEvent<AssessmentEventDetail>) => completions.push(event.detail)}
    @mv-error=${(event: CustomEvent<MvErrorDetail>) => errors.push(event.detail)}
  ></mv-assessment>`);
  await element.updateComplete;
  return { element, changes, completions, errors };
}

/** Picks the radio named `level` in the group named `criterion`, as a click would. */
async function choose(element: MvAssessment, criterion: string, level: string | RegExp) {
  const radio = radiosOf(element, criterion).find((candidate) =>
    typeof level === 'string' ? candidate.labels?.[0]?.textContent?.trim() === level : level.test(candidate.labels?.[0]?.textContent ?? ''),
  );
  if (!radio) throw new Error(`No radio ${String(level)} in ${criterion}`);
  radio.click();
  await element.updateComplete;
}

describe('mv-assessment: events', () => {
  it('fires mv-change with the new assessment on every answer, bubbling out of the shadow root', async () => {
    const { element, changes } = await mount();
    const heard = oneEvent(document.body, 'mv-change');
    await choose(element, 'Nevner et mål', 'Dokumentert med egne data');
    const event = await heard;
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(changes).to.have.length(1);
    const { assessment } = changes[0]!;
    expect(assessment.answers['goals-named']).to.deep.equal({ value: 3 });
    expect(assessment.scores.dimensions.goals).to.equal(75);
    expect(assessment.completeness).to.equal(1 / 5);
    expect(element.assessment).to.equal(assessment);
    await expect(element).to.be.accessible();
  });

  it('fires mv-change for "not applicable" and for every offer field', async () => {
    const { element, changes } = await mount();
    await choose(element, 'Varig effekt', 'Ikke relevant');
    expect(changes.at(-1)?.assessment.answers['goals-lasting']).to.deep.equal({ notApplicable: true });

    const title = getByRole<HTMLInputElement>(element, 'textbox', 'Navn på tilbudet');
    title.focus();
    await sendKeys({ type: 'Lunsjtreff' });
    expect(changes.at(-1)?.assessment.offer.title).to.equal('Lunsjtreff');
    expect(changes.length).to.equal(1 + 'Lunsjtreff'.length);

    const description = getByRole<HTMLTextAreaElement>(element, 'textbox', 'Kort beskrivelse av tilbudet');
    description.focus();
    await sendKeys({ type: 'Møteplass' });
    expect(changes.at(-1)?.assessment.offer).to.deep.equal({ title: 'Lunsjtreff', description: 'Møteplass' });
  });

  it('fires mv-complete once when the last criterion is settled, and again after becoming incomplete', async () => {
    const { element, completions } = await mount();
    await choose(element, 'Nevner et mål', 'Påstått');
    await choose(element, 'Varig effekt', 'Ikke relevant');
    // "Not applicable" is settled once it says why.
    const reason = getByRole<HTMLTextAreaElement>(element, 'textbox', 'Hvorfor er kriteriet ikke relevant?');
    reason.value = 'Tilbudet er nytt';
    reason.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await element.updateComplete;
    await choose(element, 'Med i utformingen', 'Dokumentert effekt');
    await choose(element, 'Med i leveransen', 'Beskrevet med plan');
    expect(completions).to.have.length(0);
    await choose(element, 'Navngitt eier', 'Ikke beskrevet');
    expect(completions).to.have.length(1);
    expect(completions[0]!.assessment.completeness).to.equal(1);
    expect(deepText(element.shadowRoot!)).to.contain('Alle kriteriene er besvart.');

    // Changing an answer keeps it complete: no second event.
    await choose(element, 'Navngitt eier', 'Påstått');
    expect(completions).to.have.length(1);

    // Incomplete again (the host loads a document missing an answer), then complete again.
    const current = element.assessment!;
    const { ['feas-owner']: _removed, ...rest } = current.answers;
    element.assessment = { ...current, answers: rest };
    await element.updateComplete;
    expect(element.assessment?.completeness).to.equal(4 / 5);
    await choose(element, 'Navngitt eier', 'Påstått');
    expect(completions).to.have.length(2);
  });

  it('loads a document set as the assessment property, re-scoring it', async () => {
    const { element, changes } = await mount();
    const document = withAnswer(smallFramework, createAssessment(smallFramework), 'part-design', { value: 4 });
    element.assessment = {
      ...document,
      scores: { overall: 3, dimensions: {}, basis: { overall: 1, dimensions: {} } },
      completeness: 0.9,
    };
    await element.updateComplete;
    expect(element.assessment?.scores).to.deep.equal({
      overall: 100,
      dimensions: { goals: null, participation: 100, feasibility: null },
      basis: { overall: 0.5 / 3, dimensions: { goals: 0, participation: 0.5, feasibility: 0 } },
    });
    const radio = radiosOf(element, 'Med i utformingen').find((item) => item.checked);
    expect(radio?.labels?.[0]?.textContent?.trim()).to.equal('Dokumentert effekt');
    expect(changes).to.have.length(0);
  });

  it('refuses a document for another framework: keeps the current one, shows why and fires mv-error', async () => {
    const { element, errors } = await mount();
    await choose(element, 'Varig effekt', 'Påstått');
    const before = element.assessment;
    element.assessment = { ...createAssessment(smallFramework), framework: { id: 'en-annen-ramme' } };
    await element.updateComplete;
    expect(element.assessment).to.equal(before);
    expect(errors.map((error) => error.code)).to.deep.equal(['other-framework']);
    expect(errors[0]?.path).to.equal('framework.id');
    const alert = getByRole(element, 'alert');
    expect(deepText(alert)).to.contain('Vurderingen kunne ikke åpnes');
    expect(deepText(alert)).to.contain('Sted: framework.id');
    await expect(element).to.be.accessible();
  });

  it('announces the score once, politely, after the user pauses', async () => {
    const { element } = await mount();
    const regions = element.shadowRoot!.querySelectorAll('[aria-live]');
    expect(regions).to.have.length(1);
    const region = regions[0]!;
    expect(region.getAttribute('aria-live')).to.equal('polite');
    await choose(element, 'Nevner et mål', 'Påstått');
    await choose(element, 'Nevner et mål', 'Dokumentert effekt');
    expect(region.textContent?.trim()).to.equal('');
    await waitUntil(() => region.textContent?.trim() !== '', 'nothing was announced', { timeout: 3000 });
    expect(region.textContent?.trim()).to.equal('Samlet poengsum 100 av 100. 1 av 5 besvart.');
  });
});

describe('mv-assessment: the offer', () => {
  it('checks the organisation number live with its modulus-11 check digit', async () => {
    const { element, changes } = await mount();
    const input = getByRole<HTMLInputElement>(element, 'textbox', 'Organisasjonsnummer');
    input.focus();
    await sendKeys({ type: '974760672' });
    await element.updateComplete;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(deepText(element.shadowRoot!)).to.contain('kontrollsifferet stemmer ikke');
    expect(input.getAttribute('aria-describedby')).to.contain('org-number-check');

    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '3' });
    await element.updateComplete;
    expect(input.hasAttribute('aria-invalid')).to.equal(false);
    expect(deepText(element.shadowRoot!)).to.contain('Gyldig organisasjonsnummer.');
    expect(changes.at(-1)?.assessment.offer.orgNumber).to.equal('974760673');
    await expect(element).to.be.accessible();
  });

  it('waits until the field is left before calling a short number incomplete', async () => {
    const { element } = await mount({ lang: 'en' });
    const input = getByRole<HTMLInputElement>(element, 'textbox', 'Organisation number');
    input.focus();
    await sendKeys({ type: '9747' });
    await element.updateComplete;
    expect(deepText(element.shadowRoot!)).not.to.contain('An organisation number has 9 digits.');
    await sendKeys({ press: 'Tab' });
    await element.updateComplete;
    expect(deepText(element.shadowRoot!)).to.contain('An organisation number has 9 digits.');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
  });
});

describe('mv-assessment: official mode', () => {
  const reference = withAnswer(
    smallFramework,
    withAnswer(smallFramework, createAssessment(smallFramework, { mode: 'self' }), 'goals-named', {
      value: 3,
      comment: 'Vi måler deltakelse hver uke.',
    }),
    'part-design',
    { notApplicable: true },
  );

  it('shows the entrepreneur\'s own answers beside each criterion and draws both on the radar', async () => {
    const { element } = await mount({ mode: 'official' });
    element.reference = [reference];
    await element.updateComplete;
    const group = getByRole(element, 'group', 'Nevner et mål');
    expect(deepText(group)).to.contain('Gründerens egenvurdering: Dokumentert med egne data');
    expect(deepText(group)).to.contain('Vi måler deltakelse hver uke.');
    expect(deepText(getByRole(element, 'group', 'Varig effekt'))).to.contain('Gründerens egenvurdering: ikke besvart');

    const radar = await scrolledToChart(element.shadowRoot!.querySelector('mv-radar')!);
    const labels = radar.drawnData.datasets.map((dataset) => dataset.label);
    expect(labels).to.include('Kommunens vurdering');
    expect(labels).to.include('Gründerens egenvurdering');
    const own = radar.drawnData.datasets.find((dataset) => dataset.label === 'Gründerens egenvurdering');
    const expected = scoreAssessment(smallFramework, reference);
    expect(own?.data).to.deep.equal(smallFramework.dimensions.map((dimension) => expected.dimensions[dimension.id]));
    await expect(element).to.be.accessible();
  });

  it('adds a justification and an evidence link per criterion, saved on the answer', async () => {
    const { element, changes } = await mount({ mode: 'official', lang: 'nn' });
    const group = getByRole(element, 'group', 'Varig effekt');
    // The justification belongs to the answer: its field comes with it.
    expect(allByRole(group, 'textbox', 'Grunngjeving')).to.have.length(0);
    await choose(element, 'Varig effekt', 'Dokumentert effekt');
    const justification = getByRole<HTMLTextAreaElement>(group, 'textbox', 'Grunngjeving');
    justification.focus();
    await sendKeys({ type: 'Evaluert av NTNU.' });
    expect(changes.at(-1)?.assessment.answers['goals-lasting']).to.deep.equal({
      value: 4,
      comment: 'Evaluert av NTNU.',
    });

    const link = getByRole<HTMLInputElement>(group, 'textbox', 'Lenkje til dokumentasjon 1');
    link.focus();
    await sendKeys({ type: 'javascript:alert(1)' });
    await sendKeys({ press: 'Tab' });
    await element.updateComplete;
    expect(link.getAttribute('aria-invalid')).to.equal('true');
    expect(deepText(group)).to.contain('Ho er ikkje lagra.');
    expect(changes.at(-1)?.assessment.answers['goals-lasting']?.evidence).to.equal(undefined);

    link.focus();
    link.value = '';
    await sendKeys({ type: 'https://example.no/rapport' });
    await sendKeys({ press: 'Tab' });
    await element.updateComplete;
    expect(link.hasAttribute('aria-invalid')).to.equal(false);
    expect(changes.at(-1)?.assessment.answers['goals-lasting']).to.deep.equal({
      value: 4,
      comment: 'Evaluert av NTNU.',
      evidence: ['https://example.no/rapport'],
    });
    // Changing the level keeps the notes.
    await choose(element, 'Varig effekt', 'Påstått');
    expect(changes.at(-1)?.assessment.answers['goals-lasting']).to.deep.equal({
      value: 1,
      comment: 'Evaluert av NTNU.',
      evidence: ['https://example.no/rapport'],
    });
    await aTimeout(0);
    await expect(element).to.be.accessible();
  });

  it('leaves out, and reports, a reference that cannot be used', async () => {
    const { element, errors } = await mount({ mode: 'official' });
    element.reference = [{ ...reference, format: 'noe annet' } as never, reference];
    await element.updateComplete;
    expect(errors.map((error) => error.code)).to.deep.equal(['wrong-format']);
    expect(errors[0]?.path).to.equal('reference[0].format');
    expect(allByRole(element, 'group', 'Nevner et mål')).to.have.length(1);
    expect(deepText(getByRole(element, 'group', 'Nevner et mål'))).to.contain('Gründerens egenvurdering');
  });
});
