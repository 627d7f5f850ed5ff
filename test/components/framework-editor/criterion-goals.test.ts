import { expect, fixture, html } from '@open-wc/testing';
import '../../../components/framework-editor/define.js';
import type { MvFrameworkEditor } from '../../../components/framework-editor/mv-framework-editor.js';
import { blankFramework } from '../../../src/framework/blank-framework.js';
import { goalsFramework } from '../../fixtures/goals-framework.js';
import { sendKeys } from '../../helpers/commands.js';
import { atPath, nameOf, root } from './helpers.js';

/** The goal checkboxes of a criterion, as a user reads them: label and whether ticked. */
function goalChoices(el: MvFrameworkEditor, criterionPath: string): { label: string; checked: boolean }[] {
  const fieldset = atPath<HTMLFieldSetElement>(el, `${criterionPath}.goals`);
  return [...fieldset.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map((box) => ({
    label: nameOf(box.labels![0]!),
    checked: box.checked,
  }));
}

function checkbox(el: MvFrameworkEditor, criterionPath: string, label: string): HTMLInputElement {
  const fieldset = atPath<HTMLFieldSetElement>(el, `${criterionPath}.goals`);
  const box = [...fieldset.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find((input) => nameOf(input.labels![0]!) === label);
  if (!box) throw new Error(`No goal checkbox "${label}"`);
  return box;
}

describe('<mv-framework-editor>: which of the kommune’s goals a criterion measures', () => {
  it('shows the goals on each criterion, ticked as the framework says, named in the legend by criterion', async () => {
    const el = await fixture<MvFrameworkEditor>(html`<mv-framework-editor storage="none" lang="nb" .framework=${goalsFramework}></mv-framework-editor>`);
    const first = 'dimensions[0].criteria[0]';
    expect(goalChoices(el, first)).to.deep.equal([
      { label: 'Flere i arbeid', checked: true },
      { label: 'Innbyggerne er med og bestemmer', checked: false },
    ]);
    const legend = atPath(el, `${first}.goals`).querySelector('legend')!;
    expect(nameOf(legend)).to.equal('Område 1, Kriterium 1: Kommunens mål kriteriet måler');
    await expect(el).to.be.accessible();
  });

  it('ticks and unticks a goal by keyboard, and the framework follows', async () => {
    const el = await fixture<MvFrameworkEditor>(html`<mv-framework-editor storage="none" lang="nb" .framework=${goalsFramework}></mv-framework-editor>`);
    const first = 'dimensions[0].criteria[0]';
    const voice = checkbox(el, first, 'Innbyggerne er med og bestemmer');
    voice.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.framework.dimensions[0]!.criteria[0]!.goals).to.deep.equal(['work', 'voice']);
    expect(goalChoices(el, first).map((choice) => choice.checked)).to.deep.equal([true, true]);

    const work = checkbox(el, first, 'Flere i arbeid');
    work.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.framework.dimensions[0]!.criteria[0]!.goals).to.deep.equal(['voice']);

    voice.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    // No goal left: the field goes, rather than an empty list.
    expect(el.framework.dimensions[0]!.criteria[0]!).to.not.have.property('goals');
  });

  it('speaks nynorsk and English too, and shows nothing where the framework has no goals', async () => {
    const nn = await fixture<MvFrameworkEditor>(html`<mv-framework-editor storage="none" lang="nn" .framework=${goalsFramework}></mv-framework-editor>`);
    expect(nameOf(atPath(nn, 'dimensions[0].criteria[0].goals').querySelector('legend')!)).to.contain('Måla til kommunen som kriteriet måler');
    expect(goalChoices(nn, 'dimensions[0].criteria[0]')[0]!.label).to.equal('Fleire i arbeid');
    await expect(nn).to.be.accessible();

    const en = await fixture<MvFrameworkEditor>(html`<mv-framework-editor storage="none" lang="en" .framework=${goalsFramework}></mv-framework-editor>`);
    expect(nameOf(atPath(en, 'dimensions[0].criteria[0].goals').querySelector('legend')!)).to.contain('The kommune\'s goals this criterion measures');

    const blank = await fixture<MvFrameworkEditor>(html`<mv-framework-editor storage="none" lang="nb" .framework=${blankFramework()}></mv-framework-editor>`);
    expect(root(blank).querySelector('fieldset.goal-choices')).to.equal(null);
  });
});

