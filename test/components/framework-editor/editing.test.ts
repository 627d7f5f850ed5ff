import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../components/framework-editor/define.js';
import type { FrameworkChangeDetail, MvFrameworkEditor } from '../../../components/framework-editor/mv-framework-editor.js';
import { sdgTemplate } from '../../../src/framework/sdg-template.js';
import { emulateMedia, emulateMediaOrSkip, sendKeys } from '../../helpers/commands.js';
import { announced, atPath, button, fill, labelled, nameOf, root, scrollToAward } from './helpers.js';

/** Presses a key with modifiers held, as a user does. */
async function chord(modifiers: string[], key: string): Promise<void> {
  for (const modifier of modifiers) await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  for (const modifier of [...modifiers].reverse()) await sendKeys({ up: modifier });
}

function sdgEditor(lang = 'nb', storage = 'none'): Promise<MvFrameworkEditor> {
  return fixture<MvFrameworkEditor>(
    html`<mv-framework-editor storage=${storage} storage-key="mv-test-editor" lang=${lang} .framework=${sdgTemplate([3, 8, 10])}></mv-framework-editor>`,
  );
}

describe('<mv-framework-editor>: editing', () => {
  afterEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('mv-test-editor')) localStorage.removeItem(key);
  });

  it('reorders axes by keyboard, keeps focus on the moved axis and announces the move', async () => {
    const el = await sdgEditor();
    const down = button(el, 'Flytt ned «Bidrar til: God helse og livskvalitet»');
    down.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.framework.dimensions.map((d) => d.id)).to.deep.equal(['sdg-8', 'sdg-3', 'sdg-10']);
    const focused = root(el).activeElement!;
    expect(nameOf(focused)).to.equal('Flytt ned «Bidrar til: God helse og livskvalitet»');
    expect(await announced(el)).to.equal('«Bidrar til: God helse og livskvalitet» er flyttet til plass 2 av 3.');
    // Once more down: now last, so "Flytt ned" is disabled and focus goes to "Flytt opp".
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.framework.dimensions.map((d) => d.id)).to.deep.equal(['sdg-8', 'sdg-10', 'sdg-3']);
    expect(nameOf(root(el).activeElement!)).to.equal('Flytt opp «Bidrar til: God helse og livskvalitet»');
    await expect(el).to.be.accessible();
  });

  it('undoes and redoes with the buttons and Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y, firing a change each time', async () => {
    const el = await sdgEditor();
    const changes: FrameworkChangeDetail[] = [];
    document.addEventListener('mv-framework-change', (event) => changes.push(event.detail));
    const title = atPath<HTMLInputElement>(el, 'dimensions[0].title.nb');
    title.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' i Bodø' });
    await el.updateComplete;
    expect((el.framework.dimensions[0]!.title as { nb: string }).nb).to.equal('Bidrar til: God helse og livskvalitet i Bodø');
    expect(changes.length).to.equal(' i Bodø'.length);
    expect(changes.at(-1)!.problems).to.deep.equal([]);

    // Typing in one field undoes as one step.
    await chord(['Control'], 'z');
    await el.updateComplete;
    expect(title.value).to.equal('Bidrar til: God helse og livskvalitet');
    await chord(['Control', 'Shift'], 'Z');
    await el.updateComplete;
    expect(title.value).to.equal('Bidrar til: God helse og livskvalitet i Bodø');
    await chord(['Control'], 'z');
    await chord(['Control'], 'y');
    await el.updateComplete;
    expect(title.value).to.equal('Bidrar til: God helse og livskvalitet i Bodø');

    button(el, 'Fjern «Bidrar til: Mindre ulikhet»').click();
    await el.updateComplete;
    expect(el.framework.dimensions).to.have.length(2);
    expect(el.problems.map((p) => p.code)).to.include('too-few-dimensions');
    button(el, 'Angre').click();
    await el.updateComplete;
    expect(el.framework.dimensions).to.have.length(3);
    button(el, 'Gjør om').click();
    await el.updateComplete;
    expect(el.framework.dimensions).to.have.length(2);
    expect(changes.at(-1)!.framework.dimensions).to.have.length(2);
    expect(changes.at(-1)!.problems.some((p) => p.code === 'too-few-dimensions')).to.equal(true);
  });

  it('counts missing translations per language and filters to them', async () => {
    const el = await sdgEditor();
    const counts = (): string => root(el).querySelector('[data-counts]')!.textContent!.trim();
    expect(counts()).to.equal('Mangler på bokmål: 0. Mangler på nynorsk: 0. Mangler på engelsk: 0.');
    await fill(el, atPath(el, 'dimensions[0].title.nn'), '');
    await fill(el, atPath(el, 'dimensions[0].criteria[0].help.en'), '');
    button(el, 'Kriterium 2: Målbare resultater').click();
    await el.updateComplete;
    await fill(el, atPath(el, 'dimensions[0].criteria[1].help.en'), '');
    expect(counts()).to.equal('Mangler på bokmål: 0. Mangler på nynorsk: 1. Mangler på engelsk: 2.');
    // The field shows which language is missing, and the warning is next to it.
    const nn = root(el).querySelector('label[for="f-dimensions-0-title-nn"]')!;
    expect(nameOf(nn)).to.contain('nynorsk mangler');
    // "Vis bare manglende" (on by default) lists just the three texts.
    const list = root(el).querySelector('.translation-list')!;
    expect(list.querySelectorAll('fieldset')).to.have.length(3);
    const filter = labelled<HTMLInputElement>(el, 'Vis bare manglende');
    expect(filter.checked).to.equal(true);
    filter.click();
    await el.updateComplete;
    expect(list.querySelectorAll('fieldset').length).to.be.greaterThan(20);
    // Filling a translation there fixes it everywhere.
    filter.click();
    await el.updateComplete;
    await fill(el, root(el).querySelector<HTMLTextAreaElement>('#t-dimensions-0-title-nn')!, 'Bidreg til: God helse');
    expect(counts()).to.equal('Mangler på bokmål: 0. Mangler på nynorsk: 0. Mangler på engelsk: 2.');
    await expect(el).to.be.accessible();
  });

  it('drafts award criteria whose percentages sum to 100, in the chosen language, and prints only them', async function () {
    const el = await sdgEditor();
    await scrollToAward(el);
    await fill(el, atPath(el, 'dimensions[0].weight'), '2');
    const headings = (): string[] => [...root(el).querySelectorAll('.award-document h5')].map((h) => nameOf(h));
    // Price first; the three areas, weighing 2, 1, 1, share the other 70.
    expect(headings()).to.deep.equal([
      '1. Pris (vekt 30 %)',
      '2. Bidrar til: God helse og livskvalitet (vekt 35 %)',
      '3. Bidrar til: Anstendig arbeid og økonomisk vekst (vekt 18 %)',
      '4. Bidrar til: Mindre ulikhet (vekt 17 %)',
    ]);
    await fill(el, atPath(el, 'dimensions[0].weight'), '1');
    const percents = headings().map((h) => Number(/vekt (\d+)/.exec(h)![1]));
    expect(percents).to.deep.equal([30, 24, 23, 23]);
    expect(percents.reduce((a, b) => a + b, 0)).to.equal(100);

    const select = labelled<HTMLSelectElement>(el, 'Språk i utkastet');
    select.value = 'en';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(root(el).querySelector('.award-document')!.getAttribute('lang')).to.equal('en');
    expect(headings()[1]).to.equal('2. Contributes to: Good health and well-being (weight 24%)');
    expect(nameOf(root(el).querySelector('.award-document dl')!)).to.contain('Documentation:');

    await emulateMediaOrSkip(this, { media: 'print' });
    try {
      const shown = (selector: string): boolean => getComputedStyle(root(el).querySelector(selector)!).display !== 'none';
      expect(shown('.award-document')).to.equal(true);
      expect(shown('.toolbar')).to.equal(false);
      expect(shown('.start')).to.equal(false);
      // The language picker and buttons sit in the award section but are editor chrome.
      expect(shown('.award > .row')).to.equal(false);
    } catch (error) {
      await emulateMedia({ media: 'screen' });
      throw error;
    }
    await emulateMedia({ media: 'screen' });
  });

  it('leads from a problem in the summary to its field', async () => {
    const el = await sdgEditor('en');
    button(el, 'Edit «Contributes to: Reduced inequalities»').click();
    await el.updateComplete;
    await fill(el, atPath(el, 'dimensions[2].target'), '150');
    button(el, 'Edit «Contributes to: Good health and well-being»').click();
    await el.updateComplete;
    expect(root(el).querySelector('[data-path="dimensions[2].target"]')).to.equal(null);
    const summary = root(el).querySelector('.problem-summary')!;
    expect(nameOf(summary)).to.contain('dimensions[2].target');
    button(el, 'Go to the field', summary).click();
    await waitUntil(
      () => root(el).activeElement?.getAttribute('data-path') === 'dimensions[2].target',
      'focus did not reach the field',
    );
    expect(atPath(el, 'dimensions[2].target').getAttribute('aria-invalid')).to.equal('true');
    // Export is refused and the button leads to the problems instead.
    const download = root(el).querySelector<HTMLButtonElement>('[data-action="download"]')!;
    expect(download.getAttribute('aria-disabled')).to.equal('true');
    download.click();
    await el.updateComplete;
    expect(root(el).activeElement?.id).to.equal('problems-heading');
    await expect(el).to.be.accessible();
  });

  it('saves work in progress and brings it back after a reload', async () => {
    const first = await sdgEditor('nb', 'local');
    await fill(first, atPath(first, 'id'), 'lagret-kommune');
    expect(nameOf(root(first).querySelector('.storage-note')!)).to.equal('Utkastet er lagret i denne nettleseren.');
    first.remove();
    const second = await fixture<MvFrameworkEditor>(
      html`<mv-framework-editor storage-key="mv-test-editor" .framework=${sdgTemplate([1, 2, 3])}></mv-framework-editor>`,
    );
    expect(second.framework.id).to.equal('lagret-kommune');
    expect(nameOf(root(second).querySelector('.draft-note')!)).to.contain('hentet fram');
    button(second, 'Forkast utkastet').click();
    await second.updateComplete;
    expect(second.framework.dimensions.map((d) => d.id)).to.deep.equal(['sdg-1', 'sdg-2', 'sdg-3']);
    expect(localStorage.getItem('mv-test-editor')).to.not.equal(null); // the discard was itself an edit, saved
  });

  it('moves a damaged draft aside instead of deleting it', async () => {
    localStorage.setItem('mv-test-editor', '{"format":"merverdi-framework-editor-draft", broken');
    const el = await fixture<MvFrameworkEditor>(html`<mv-framework-editor storage-key="mv-test-editor"></mv-framework-editor>`);
    const note = nameOf(root(el).querySelector('.draft-note')!);
    expect(note).to.contain('skadet');
    const aside = Object.keys(localStorage).find((key) => key.startsWith('mv-test-editor:corrupt:'));
    expect(aside).to.not.equal(undefined);
    expect(localStorage.getItem(aside!)).to.equal('{"format":"merverdi-framework-editor-draft", broken');
    expect(note).to.contain(aside!);
  });

  it('opens a file with errors, shows them with paths and loads what it can', async () => {
    const el = await sdgEditor();
    const broken = { ...sdgTemplate([1, 2, 3]), id: 'Ugyldig Id' } as Record<string, unknown>;
    const input = root(el).querySelector<HTMLInputElement>('#open-file')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([JSON.stringify(broken)], 'rammeverk.json', { type: 'application/json' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(() => root(el).querySelector('.file-report'), 'no report on the file');
    const report = root(el).querySelector('.file-report')!;
    expect(report.getAttribute('role')).to.equal('alert');
    expect(nameOf(report)).to.contain('Sted: id');
    expect(el.framework.dimensions.map((d) => d.id)).to.deep.equal(['sdg-1', 'sdg-2', 'sdg-3']);
    expect(atPath(el, 'id').getAttribute('aria-invalid')).to.equal('true');
  });

  it('copies the embed snippet, or selects it for copying by hand', async () => {
    const el = await sdgEditor();
    const snippet = root(el).querySelector<HTMLTextAreaElement>('#snippet')!;
    expect(snippet.value).to.equal(
      '<script type="module" src="/merverdi/merverdi.js"></script>\n' +
        '<mv-assessment framework-src="/merverdi/merverdi-framework-barekraftsmal.json"></mv-assessment>\n',
    );
    button(el, 'Kopier koden').click();
    await waitUntil(() => root(el).querySelector('.export .copy-message'), 'copying said nothing');
    const message = nameOf(root(el).querySelector('.export .copy-message')!);
    if (message === 'Kopiert') {
      expect(await announced(el)).to.equal('Kopiert');
    } else {
      expect(message).to.contain('Ctrl+C');
      expect(root(el).activeElement).to.equal(snippet);
      expect(snippet.selectionEnd - snippet.selectionStart).to.equal(snippet.value.length);
    }
    const url = labelled<HTMLInputElement>(el, 'Adresse til merverdi.js');
    await fill(el, url, 'javascript:alert(1)');
    expect(url.getAttribute('aria-invalid')).to.equal('true');
    expect(snippet.value).to.equal('');
  });
});
