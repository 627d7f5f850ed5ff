import { expect, fixture, html } from '@open-wc/testing';
import '../../../components/framework-editor/define.js';
import type { MvFrameworkEditor } from '../../../components/framework-editor/mv-framework-editor.js';
import { defaultFramework } from '../../../src/framework/default-framework.js';
import type { Framework } from '../../../src/framework/types.js';
import { resolveText } from '../../../src/text/text.js';
import { sendKeys } from '../../helpers/commands.js';
import { button, nameOf, root, scrollToAward } from './helpers.js';

function editor(lang = 'nb', framework?: Framework): Promise<MvFrameworkEditor> {
  return framework
    ? fixture<MvFrameworkEditor>(html`<mv-framework-editor storage="none" lang=${lang} .framework=${framework}></mv-framework-editor>`)
    : fixture<MvFrameworkEditor>(html`<mv-framework-editor storage="none" lang=${lang}></mv-framework-editor>`);
}

function scaleSection(el: MvFrameworkEditor): HTMLElement {
  return root(el).querySelector<HTMLElement>('section[aria-labelledby="scale-heading"]')!;
}

/** Each level of the default scale as a user meets it: its title, whether it is open, whether its fields are there. */
function levels(el: MvFrameworkEditor): { name: string; expanded: string | null; fields: boolean }[] {
  return [...scaleSection(el).querySelectorAll<HTMLLIElement>('.level-item')].map((item) => {
    const toggle = item.querySelector<HTMLButtonElement>('button.disclosure')!;
    return { name: nameOf(toggle), expanded: toggle.getAttribute('aria-expanded'), fields: item.querySelector('input, textarea') !== null };
  });
}

/** The sustainable development goals' boxes in a disclosure, as label and whether ticked. */
function boxes(details: HTMLDetailsElement): { label: string; checked: boolean }[] {
  return [...details.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map((box) => ({
    label: nameOf(box.labels![0]!),
    checked: box.checked,
  }));
}

const scaleLabels = defaultFramework.scale!.levels.map((level) => resolveText(level.label, 'nb'));

describe('<mv-framework-editor>: parts made when they are opened', () => {
  it("lists the scale's levels by title, opens one at a time, and adds and removes levels with focus kept in the list", async () => {
    const el = await editor();
    expect(levels(el)).to.deep.equal(
      scaleLabels.map((label, index) => ({ name: `Nivå ${index + 1}: ${label} (Standard svarskala)`, expanded: 'false', fields: false })),
    );

    const second = button(el, `Nivå 2: ${scaleLabels[1]}`, scaleSection(el));
    second.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(levels(el).map((level) => [level.expanded, level.fields])).to.deep.equal(
      scaleLabels.map((_, index) => (index === 1 ? ['true', true] : ['false', false])),
    );
    // Booleans, not elements: a failed assertion carrying an element cannot be reported by the runner.
    expect(root(el).activeElement === second, 'focus stays on the level the user opened').to.equal(true);
    const fields = root(el).getElementById(second.getAttribute('aria-controls')!)!;
    expect(fields.querySelector<HTMLInputElement>('input[type="number"]')!.value).to.equal(String(defaultFramework.scale!.levels[1]!.value));
    await expect(el).to.be.accessible();

    button(el, `Nivå 3: ${scaleLabels[2]}`, scaleSection(el)).click();
    await el.updateComplete;
    expect(levels(el).map((level) => level.expanded)).to.deep.equal(scaleLabels.map((_, index) => (index === 2 ? 'true' : 'false')));

    button(el, 'Legg til nivå', scaleSection(el)).click();
    await el.updateComplete;
    await el.updateComplete;
    const added = levels(el);
    expect(added).to.have.length(scaleLabels.length + 1);
    expect(added.map((level) => level.expanded), 'the new level is the open one').to.deep.equal(
      added.map((_, index) => (index === scaleLabels.length ? 'true' : 'false')),
    );
    expect(nameOf(root(el).activeElement!), 'focus is on the new level').to.match(new RegExp(`^Nivå ${scaleLabels.length + 1}: `));

    button(el, `Fjern nivå ${scaleLabels.length + 1}`, scaleSection(el)).click();
    await el.updateComplete;
    await el.updateComplete;
    expect(levels(el).map((level) => level.name)).to.deep.equal(scaleLabels.map((label, index) => `Nivå ${index + 1}: ${label} (Standard svarskala)`));
    expect(nameOf(root(el).activeElement!), 'focus moves to the level before the removed one').to.equal(
      `Nivå ${scaleLabels.length}: ${scaleLabels.at(-1)} (Standard svarskala)`,
    );
    expect(el.framework.scale!.levels).to.have.length(scaleLabels.length);
  });

  it('marks a closed level that misses a translation, and "Gå til feltet" opens it at the field (nynorsk)', async () => {
    const framework = structuredClone(defaultFramework) as Framework;
    const description = framework.scale!.levels[3]!.description as Record<string, string>;
    description.en = '';
    const el = await editor('nn', framework);
    const fourth = scaleSection(el).querySelectorAll('.level-item')[3]!;
    expect(nameOf(fourth.querySelector('h3')!)).to.match(/^Nivå 4: .* 1 manglande omsetjing$/);
    expect(levels(el)[3]!.fields).to.equal(false);

    button(el, 'Gå til feltet: scale.levels[3].description').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(levels(el).map((level) => level.expanded)).to.deep.equal(scaleLabels.map((_, index) => (index === 3 ? 'true' : 'false')));
    expect(root(el).activeElement?.id).to.match(/^f-scale-levels-3-description-/);
    await expect(el).to.be.accessible();
  });

  it("makes the area's sustainable development goals only while their list is open, and ticks one there", async () => {
    const el = await editor();
    const details = root(el).querySelector<HTMLDetailsElement>('.axis-detail > details.sdg')!;
    const picked = defaultFramework.dimensions[0]!.sdg ?? [];
    const summary = details.querySelector('summary')!;
    expect(nameOf(summary)).to.equal(`Bærekraftsmål (${picked.length} valgt)`);
    expect(boxes(details), 'no boxes while closed').to.deep.equal([]);

    summary.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(details.open).to.equal(true);
    const shown = boxes(details);
    expect(shown).to.have.length(17);
    expect(shown.filter((box) => box.checked).map((box) => Number.parseInt(box.label, 10))).to.deep.equal([...picked]);
    expect(shown[2]!.label).to.equal('3. God helse og livskvalitet');
    await expect(el).to.be.accessible();

    const health = [...details.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')][2]!;
    expect(health.checked).to.equal(false);
    health.click();
    await el.updateComplete;
    expect(el.framework.dimensions[0]!.sdg).to.deep.equal([3, ...picked].sort((a, b) => a - b));
    expect(nameOf(summary)).to.equal(`Bærekraftsmål (${picked.length + 1} valgt)`);

    summary.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(details.open).to.equal(false);
    expect(boxes(details), 'the boxes go when it closes').to.deep.equal([]);
  });

  it('opens the start\'s goal picker in the same update, and makes a framework of the goals picked', async () => {
    const el = await editor('en');
    const details = root(el).querySelector<HTMLDetailsElement>('details.sdg-start')!;
    expect(boxes(details)).to.deep.equal([]);
    details.querySelector('summary')!.click();
    await el.updateComplete;
    expect(details.open).to.equal(true);
    expect(boxes(details)).to.have.length(17);

    for (const index of [2, 7]) details.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')[index]!.click();
    await el.updateComplete;
    button(el, 'Create framework from the picked goals', details).click();
    await el.updateComplete;
    expect(el.framework.dimensions.map((dimension) => dimension.id).sort()).to.deep.equal(['sdg-3', 'sdg-8']);
    expect(details.open, 'a new framework starts with everything closed').to.equal(false);
  });

  it('writes the tender draft out when the reader comes near it, and before any print', async () => {
    const el = await editor();
    window.scrollTo(0, 0);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
    const section = root(el).querySelector<HTMLElement>('.award')!;
    expect(section.getBoundingClientRect().top, 'the draft is far below the start').to.be.greaterThan(2 * window.innerHeight);
    expect(root(el).querySelector('.award-document') === null, 'not written out while far').to.equal(true);
    expect(button(el, 'Skriv ut', section).disabled, 'its buttons work before it is written out').to.equal(false);

    // Ctrl+P, or the browser's menu: the draft is written out before the page is laid out for print.
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(nameOf(root(el).querySelector('.award-document h3')!)).to.not.equal('');

    const other = await editor('nn');
    expect(root(other).querySelector('.award-document') === null, 'not written out while far').to.equal(true);
    const written = await scrollToAward(other);
    expect(written.getAttribute('lang')).to.equal('nn');
    await expect(other).to.be.accessible();
  });
});
