import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../components/assessment/define.js';
import '../../../components/framework-editor/define.js';
import type { MvAssessment } from '../../../components/assessment/mv-assessment.js';
import type { MvFrameworkEditor } from '../../../components/framework-editor/mv-framework-editor.js';
import { atPath, button, fill, labelled, root } from './helpers.js';
import { sendKeys } from '../../helpers/commands.js';
import { deepQueryAll } from '../../helpers/accessible.js';

const AXES = [
  { nb: 'Brukermedvirkning', nn: 'Brukarmedverknad', en: 'User participation' },
  { nb: 'Arbeidsinkludering', nn: 'Arbeidsinkludering', en: 'Work inclusion' },
  { nb: 'Innovasjon', nn: 'Innovasjon', en: 'Innovation' },
];

describe('<mv-framework-editor>: a framework built from scratch', () => {
  it('starts blank, is filled through the UI, exports, and runs in <mv-assessment>', async function () {
    // Three axe runs over a large form in a shared, two-core machine.
    this.timeout(90_000);
    const el = await fixture<MvFrameworkEditor>(html`<mv-framework-editor storage="none" lang="nb"></mv-framework-editor>`);
    await expect(el).to.be.accessible();

    button(el, 'Tomt rammeverk').click();
    await el.updateComplete;
    expect(el.framework.dimensions).to.have.length(0);
    const codes = el.problems.map((p) => p.code);
    expect(codes).to.include.members(['missing-field', 'too-few-dimensions']);
    // Export is refused while there are errors, and says why.
    const download = root(el).querySelector<HTMLButtonElement>('[data-action="download"]')!;
    expect(download.getAttribute('aria-disabled')).to.equal('true');
    expect(root(el).getElementById('export-reason')!.textContent).to.contain('Kan ikke lastes ned');
    expect(el.exportJson()).to.equal(undefined);
    await expect(el).to.be.accessible();

    // The id is typed key by key; its problem is shown next to it until it is right.
    const id = atPath<HTMLInputElement>(el, 'id');
    expect(id.getAttribute('aria-invalid')).to.equal('true');
    expect(root(el).getElementById(id.getAttribute('aria-describedby')!.split(' ').pop()!)!.textContent).to.contain('mangler');
    id.focus();
    await sendKeys({ type: 'test-kommune' });
    await el.updateComplete;
    expect(el.framework.id).to.equal('test-kommune');
    expect(id.hasAttribute('aria-invalid')).to.equal(false);

    await fill(el, atPath(el, 'title.nb'), 'Sosial merverdi i Testkommune');
    await fill(el, atPath(el, 'title.nn'), 'Sosial meirverdi i Testkommune');
    await fill(el, atPath(el, 'title.en'), 'Social added value in Testkommune');

    for (const [index, title] of AXES.entries()) {
      button(el, 'Legg til område').click();
      await el.updateComplete;
      await el.updateComplete;
      // Focus lands in the new axis's title, ready for typing.
      expect(root(el).activeElement?.id).to.equal(`f-dimensions-${index}-title-nb`);
      await fill(el, atPath(el, `dimensions[${index}].title.nb`), title.nb);
      await fill(el, atPath(el, `dimensions[${index}].title.nn`), title.nn);
      await fill(el, atPath(el, `dimensions[${index}].title.en`), title.en);
      await fill(el, atPath(el, `dimensions[${index}].criteria[0].title.nb`), `${title.nb}: første kriterium`);
      await fill(el, atPath(el, `dimensions[${index}].criteria[0].title.nn`), `${title.nn}: første kriterium`);
      await fill(el, atPath(el, `dimensions[${index}].criteria[0].title.en`), `${title.en}: first criterion`);
    }
    // A second criterion on the last axis, and a weight.
    button(el, 'Legg til kriterium').click();
    await el.updateComplete;
    await fill(el, atPath(el, 'dimensions[2].criteria[1].title.nb'), 'Pilot med læring');
    await fill(el, atPath(el, 'dimensions[2].criteria[1].title.nn'), 'Pilot med læring');
    await fill(el, atPath(el, 'dimensions[2].criteria[1].title.en'), 'Pilot with learning');
    await fill(el, atPath(el, 'dimensions[2].weight'), '2');
    // A wrong e-mail is an error next to its field; fixing it clears it.
    const email = atPath<HTMLInputElement>(el, 'dimensions[2].contact.email');
    await fill(el, email, 'nav.testkommune');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(el.problems.map((p) => p.path)).to.include('dimensions[2].contact.email');
    await fill(el, email, 'nav@testkommune.no');
    expect(email.hasAttribute('aria-invalid')).to.equal(false);

    expect(el.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
    expect(download.getAttribute('aria-disabled')).to.equal('false');
    await expect(el).to.be.accessible();

    // The button produces a download link whose content is exportJson().
    const json = el.exportJson()!;
    let downloaded: { name: string; text: string } | undefined;
    const onClick = async (event: Event): Promise<void> => {
      const link = event.composedPath()[0];
      if (!(link instanceof HTMLAnchorElement) || !link.download) return;
      event.preventDefault();
      const name = link.download;
      const text = await (await fetch(link.href)).text();
      downloaded = { name, text };
    };
    el.addEventListener('click', onClick);
    download.click();
    await waitUntil(() => downloaded !== undefined, 'no download link was clicked');
    el.removeEventListener('click', onClick);
    expect(downloaded!.name).to.equal('merverdi-framework-test-kommune.json');
    expect(downloaded!.text).to.equal(json);

    // The exported file drives a real assessment: one radio group per criterion.
    const exported = JSON.parse(downloaded!.text);
    const assessment = await fixture<MvAssessment>(
      html`<mv-assessment storage="none" lang="nb" .framework=${exported}></mv-assessment>`,
    );
    // The criteria are drawn by the assessment's form part, in its own shadow root.
    await waitUntil(
      () => deepQueryAll(assessment, 'fieldset.criterion').length === 4,
      'the assessment did not render four criteria',
    );
    const legends = deepQueryAll(assessment, 'fieldset.criterion legend').map((l) => l.textContent?.trim());
    expect(legends).to.include('Pilot med læring');
    const radios = deepQueryAll(assessment, 'fieldset.criterion input[type="radio"]');
    expect(radios.length).to.be.greaterThan(8);
  });

  it('shows the live preview only once the framework is valid', async () => {
    const el = await fixture<MvFrameworkEditor>(html`<mv-framework-editor storage="none"></mv-framework-editor>`);
    root(el).querySelector('.preview')!.scrollIntoView();
    await waitUntil(() => root(el).querySelector('mv-assessment'), 'no preview of the default framework');
    button(el, 'Tomt rammeverk').click();
    await waitUntil(() => !root(el).querySelector('mv-assessment'), 'the preview stayed for an invalid framework');
    expect(root(el).querySelector('.preview .blocked')!.textContent).to.contain('Forhåndsvisningen vises når');
    expect(labelled(el, 'Vis bare manglende')).to.be.instanceOf(HTMLInputElement);
    window.scrollTo(0, 0);
  });

  it('makes the preview when the reader comes near it, or at once from its button', async () => {
    window.scrollTo(0, 0);
    const scrolled = await fixture<MvFrameworkEditor>(html`<mv-framework-editor storage="none"></mv-framework-editor>`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(root(scrolled).querySelector('mv-assessment'), 'no preview while it is far below').to.equal(null);
    root(scrolled).querySelector('.preview')!.scrollIntoView();
    await waitUntil(() => root(scrolled).querySelector('mv-assessment'), 'no preview once scrolled to');
    window.scrollTo(0, 0);
    scrolled.remove();

    const asked = await fixture<MvFrameworkEditor>(html`<mv-framework-editor storage="none" lang="nn"></mv-framework-editor>`);
    // A click (a pointer's, which does not scroll) makes it at once.
    button(asked, 'Vis førehandsvisinga').click();
    await waitUntil(() => root(asked).querySelector('mv-assessment'), 'no preview from the button');
    await waitUntil(() => root(asked).activeElement?.id === 'preview-heading', 'focus did not move to the preview heading');
    window.scrollTo(0, 0);
    asked.remove();

    // Tabbing to the button scrolls it into view, which makes the preview and takes the button
    // away: focus goes on to the preview's heading rather than back to the page's start.
    const tabbed = await fixture<MvFrameworkEditor>(html`<mv-framework-editor storage="none"></mv-framework-editor>`);
    button(tabbed, 'Vis forhåndsvisningen').focus();
    await waitUntil(() => root(tabbed).querySelector('mv-assessment'), 'no preview once its button was focused');
    await waitUntil(() => root(tabbed).activeElement?.id === 'preview-heading', 'focus was lost with the button');
    window.scrollTo(0, 0);
  });
});
