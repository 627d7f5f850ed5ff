import { expect, fixture, html } from '@open-wc/testing';
import '../../../components/assessment/define.js';
import type { AssessmentEventDetail } from '../../../components/assessment/assessment-events.js';
import type { MvAssessment } from '../../../components/assessment/mv-assessment.js';
import { effectiveScale } from '../../../src/framework/criterion-rules.js';
import { defaultFramework } from '../../../src/framework/default-framework.js';
import { resolveText } from '../../../src/text/text.js';
import { smallAssessment, smallFramework } from '../../fixtures/small-framework.js';
import {
  accessibleDescription,
  accessibleName,
  allByRole,
  deepActiveElement,
  deepText,
  getByRole,
  radiosOf,
} from '../../helpers/accessible.js';

/** Answers so that the goals axis scores 62.5: (100 × 1 + 50 × 3) / 4. */
async function answerSixtyTwoAndAHalf(element: MvAssessment, named: string, lasting: string) {
  radiosOf(element, named)[4]!.click();
  radiosOf(element, lasting)[2]!.click();
  await element.updateComplete;
  const radar = element.shadowRoot!.querySelector('mv-radar')!;
  await radar.updateComplete;
  return radar;
}

/** The small framework under an id of its own, so no other test file's drafts share its key. */
const languageFramework = { ...smallFramework, id: 'liten-test-sprak' };
const ownKeys = [`merverdi:draft:${languageFramework.id}:self`, `merverdi:draft:${defaultFramework.id}:self`];

describe('mv-assessment: languages', () => {
  beforeEach(() => ownKeys.forEach((key) => localStorage.removeItem(key)));
  afterEach(() => ownKeys.forEach((key) => localStorage.removeItem(key)));

  it('runs two widgets on one page, with different frameworks and languages, without interfering', async () => {
    const changes: { id: string; detail: AssessmentEventDetail }[] = [];
    const page = await fixture<HTMLDivElement>(html`<div
      @mv-change=${(event: CustomEvent<AssessmentEventDetail>) =>
        changes.push({ id: (event.target as HTMLElement).id, detail: event.detail })}
    >
      <section lang="en"><mv-assessment id="english" .framework=${languageFramework}></mv-assessment></section>
      <section lang="nn"><mv-assessment id="nynorsk"></mv-assessment></section>
    </div>`);
    const english = page.querySelector<MvAssessment>('#english')!;
    const nynorsk = page.querySelector<MvAssessment>('#nynorsk')!;
    await english.updateComplete;
    await nynorsk.updateComplete;

    // Each speaks its own language, and shows its own framework.
    expect(getByRole(english, 'heading', 'Small test framework')).to.not.be.oneOf([null, undefined]);
    expect(getByRole(nynorsk, 'heading', resolveText(defaultFramework.title, 'nn'))).to.not.be.oneOf([null, undefined]);
    expect(allByRole(english, 'radio', 'Not applicable')).to.have.length(5);
    const nnCriteria = defaultFramework.dimensions.flatMap((dimension) => dimension.criteria);
    expect(allByRole(nynorsk, 'radio', 'Ikkje relevant').length).to.be.greaterThan(0);
    expect(allByRole(nynorsk, 'group')).to.have.length(nnCriteria.length);
    expect(getByRole(english, 'textbox', 'Name of the offer')).to.not.be.oneOf([null, undefined]);
    expect(getByRole(nynorsk, 'textbox', 'Namn på tilbodet')).to.not.be.oneOf([null, undefined]);
    expect(english.shadowRoot!.querySelector('.root')?.getAttribute('lang')).to.equal('en');
    expect(nynorsk.shadowRoot!.querySelector('.root')?.getAttribute('lang')).to.equal('nn');

    // Answers in one do not touch the other, and their drafts go to different keys.
    radiosOf(english, 'Names a goal')[3]!.click();
    const firstNynorsk = allByRole<HTMLInputElement>(nynorsk, 'radio')[0]!;
    firstNynorsk.click();
    await english.updateComplete;
    await nynorsk.updateComplete;
    expect(Object.keys(english.assessment!.answers)).to.deep.equal(['goals-named']);
    expect(Object.keys(nynorsk.assessment!.answers)).to.have.length(1);
    expect(nynorsk.assessment!.answers['goals-named']).to.equal(undefined);
    expect(changes.map((change) => change.id)).to.deep.equal(['english', 'nynorsk']);
    expect(localStorage.getItem(ownKeys[0]!)).to.contain('goals-named');
    expect(localStorage.getItem(ownKeys[1]!)).not.to.contain('goals-named');
    expect(english.assessment!.lang).to.equal('en');
    expect(nynorsk.assessment!.lang).to.equal('nn');

    await expect(english).to.be.accessible();
    await expect(nynorsk).to.be.accessible();
  });

  it('formats numbers for the locale: 62,5 in bokmål and nynorsk, 62.5 in English', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <mv-assessment id="nb" storage="none" lang="nb" .framework=${smallFramework}></mv-assessment>
      <mv-assessment id="en" storage="none" lang="en" .framework=${smallFramework}></mv-assessment>
    </div>`);
    const nb = page.querySelector<MvAssessment>('#nb')!;
    const en = page.querySelector<MvAssessment>('#en')!;
    await nb.updateComplete;
    await en.updateComplete;
    const nbRadar = await answerSixtyTwoAndAHalf(nb, 'Nevner et mål', 'Varig effekt');
    const enRadar = await answerSixtyTwoAndAHalf(en, 'Names a goal', 'Lasting effect');
    expect(nb.assessment!.scores.dimensions.goals).to.equal(62.5);
    const cell = (radar: Element) => radar.shadowRoot!.querySelector('tbody tr td')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(cell(nbRadar)).to.equal('62,5 (grunnlag 2 av 2)');
    expect(cell(enRadar)).to.equal('62.5 (basis 2 of 2)');
  });

  it('follows the nearest ancestor\'s lang, and a change of it', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="no">
      <mv-assessment storage="none" .framework=${smallFramework}></mv-assessment>
    </div>`);
    const element = page.querySelector<MvAssessment>('mv-assessment')!;
    await element.updateComplete;
    expect(allByRole(element, 'radio', 'Ikke relevant')).to.have.length(5);
    allByRole<HTMLInputElement>(element, 'radio', 'Ikke relevant')[1]!.click();
    await element.updateComplete;
    page.setAttribute('lang', 'nn');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await element.updateComplete;
    expect(allByRole(element, 'radio', 'Ikkje relevant')).to.have.length(5);
    // The radios now speak nynorsk; the answer stays checked.
    expect(allByRole<HTMLInputElement>(element, 'radio', 'Ikkje relevant').map((radio) => radio.checked)).to.deep.equal([
      false,
      true,
      false,
      false,
      false,
    ]);
    expect(getByRole(element, 'group', 'Nemner eit mål')).to.not.be.oneOf([null, undefined]);
    // "Not applicable" without a reason yet: not dealt with, and the form says so in nynorsk.
    expect(deepText(element.shadowRoot!)).to.contain('0 av 5 svart på');
    expect(getByRole(element, 'textbox', 'Kvifor er kriteriet ikkje relevant?')).to.not.be.oneOf([null, undefined]);
    // The radar inside follows too: its table says "not answered" in nynorsk.
    const radar = element.shadowRoot!.querySelector('mv-radar')!;
    await radar.updateComplete;
    expect(deepText(radar.shadowRoot!)).to.contain('ikkje svart');
    expect(deepText(radar.shadowRoot!)).not.to.contain('ikke besvart');
  });

  it('keeps focus on the focused radio when the language changes, and relabels it', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="nb">
      <mv-assessment storage="none" .framework=${defaultFramework}></mv-assessment>
    </div>`);
    const element = page.querySelector<MvAssessment>('mv-assessment')!;
    await element.updateComplete;
    const criterion = defaultFramework.dimensions[0]!.criteria[0]!;
    const level = effectiveScale(defaultFramework, criterion).levels[2]!;
    const radio = radiosOf(element, resolveText(criterion.title, 'nb'))[2]!;
    radio.focus();
    radio.click();
    await element.updateComplete;
    // Compared as booleans: a failing comparison of DOM elements makes the assertion library
    // walk both elements' object graphs for its message.
    expect(deepActiveElement() === radio).to.equal(true);

    page.setAttribute('lang', 'nn');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await element.updateComplete;
    const focused = deepActiveElement() as HTMLInputElement;
    expect(focused === radio, 'the same radio keeps focus').to.equal(true);
    expect(focused.checked).to.equal(true);
    expect(accessibleName(focused).startsWith(resolveText(level.label, 'nn'))).to.equal(true);
    expect(accessibleDescription(focused)).to.equal(resolveText(level.description, 'nn'));
    const group = getByRole(element, 'group', resolveText(criterion.title, 'nn'));
    expect(group.contains(focused), 'the focused radio is in the renamed group').to.equal(true);
    if (criterion.help) expect(accessibleDescription(group)).to.equal(resolveText(criterion.help, 'nn'));
    expect(deepText(group)).to.contain(`Valt: ${resolveText(level.label, 'nn')}.`);
    await expect(element).to.be.accessible();
  });

  it('has every message in every language, with nothing left untranslated on screen', async () => {
    for (const lang of ['nb', 'nn', 'en'] as const) {
      const element = await fixture<MvAssessment>(
        html`<mv-assessment
          storage="none"
          mode="official"
          lang=${lang}
          .framework=${smallFramework}
          .assessment=${smallAssessment({ 'goals-named': { value: 2 } }, { mode: 'official' })}
        ></mv-assessment>`,
      );
      await element.updateComplete;
      const text = deepText(element.shadowRoot!);
      // The open criteria say that their notes come with the answer.
      expect(text).to.contain({ nb: 'kan du begrunne svaret', nn: 'kan du grunngje svaret', en: 'you can justify the answer' }[lang]);
      // No placeholder left unfilled, and each language's own words are there.
      expect(text).not.to.match(/\{\w+\}/);
      const words = { nb: 'Organisasjonsnummer', nn: 'Kort skildring av tilbodet', en: 'Short description of the offer' };
      expect(text).to.contain(words[lang]);
      const justification = allByRole(element, 'textbox').map((box) => accessibleName(box));
      expect(justification).to.include({ nb: 'Begrunnelse', nn: 'Grunngjeving', en: 'Justification' }[lang]);
      await expect(element).to.be.accessible();
    }
  });
});
