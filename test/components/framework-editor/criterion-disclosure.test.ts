import { expect, fixture, html } from '@open-wc/testing';
import '../../../components/framework-editor/define.js';
import type { MvFrameworkEditor } from '../../../components/framework-editor/mv-framework-editor.js';
import { sdgTemplate } from '../../../src/framework/sdg-template.js';
import type { Framework } from '../../../src/framework/types.js';
import { sendKeys } from '../../helpers/commands.js';
import { button, nameOf, root } from './helpers.js';

function editor(framework: Framework = sdgTemplate([3, 8])): Promise<MvFrameworkEditor> {
  return fixture<MvFrameworkEditor>(html`<mv-framework-editor storage="none" lang="nb" .framework=${framework}></mv-framework-editor>`);
}

/** Each criterion of the shown area as a user meets it: its button's name, whether it is open, and whether its fields are there. */
function criteria(el: MvFrameworkEditor): { name: string; expanded: string | null; fields: boolean }[] {
  return [...root(el).querySelectorAll<HTMLLIElement>('.criteria > li')].map((item) => {
    const toggle = item.querySelector<HTMLButtonElement>('button.disclosure')!;
    return {
      name: nameOf(toggle),
      expanded: toggle.getAttribute('aria-expanded'),
      fields: item.querySelector('textarea, input:not([type="checkbox"])') !== null,
    };
  });
}

describe('<mv-framework-editor>: one criterion open at a time', () => {
  it('shows the fields of the first criterion only, and opens another by keyboard', async () => {
    const el = await editor();
    expect(criteria(el)).to.deep.equal([
      { name: 'Kriterium 1: Knytter tilbudet til målet', expanded: 'true', fields: true },
      { name: 'Kriterium 2: Målbare resultater', expanded: 'false', fields: false },
      { name: 'Kriterium 3: Varig bidrag', expanded: 'false', fields: false },
    ]);
    const second = button(el, 'Kriterium 2: Målbare resultater');
    expect(root(el).getElementById(button(el, 'Kriterium 1').getAttribute('aria-controls')!), 'the open criterion names its fields').to.not.equal(null);
    second.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(criteria(el).map((c) => [c.expanded, c.fields])).to.deep.equal([
      ['false', false],
      ['true', true],
      ['false', false],
    ]);
    expect(root(el).activeElement, 'focus stays on the criterion the user opened').to.equal(second);
    expect(root(el).querySelector<HTMLTextAreaElement>('#f-dimensions-0-criteria-1-title-nb')!.value).to.equal('Målbare resultater');
    await expect(el).to.be.accessible();
  });

  it('marks a closed criterion that misses a translation, and "Gå til feltet" opens it at the field', async () => {
    const framework = structuredClone(sdgTemplate([3, 8])) as Framework;
    (framework.dimensions[0]!.criteria[2]!.help as Record<string, string>).en = '';
    const el = await editor(framework);
    const third = root(el).querySelectorAll('.criteria > li')[2]!;
    expect(nameOf(third.querySelector('h4')!)).to.equal('Kriterium 3: Varig bidrag 1 manglende oversettelse');
    expect(criteria(el)[2]!.fields).to.equal(false);

    button(el, 'Gå til feltet: dimensions[0].criteria[2].help').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(criteria(el).map((c) => c.expanded)).to.deep.equal(['false', 'false', 'true']);
    expect(root(el).activeElement?.id).to.match(/^f-dimensions-0-criteria-2-help-/);
  });

  it('opens a new criterion at its title, keeps the open one open as it moves, and opens the first of another area', async () => {
    const el = await editor();
    button(el, 'Legg til kriterium').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(criteria(el).map((c) => c.expanded)).to.deep.equal(['false', 'false', 'false', 'true']);
    expect(root(el).activeElement?.id).to.equal('f-dimensions-0-criteria-3-title-nb');

    button(el, 'Flytt opp «Kriterium 4').click();
    await el.updateComplete;
    expect(criteria(el).map((c) => c.expanded), 'the moved criterion is still the open one').to.deep.equal(['false', 'false', 'true', 'false']);

    button(el, 'Fjern «Knytter tilbudet til målet»').click();
    await el.updateComplete;
    expect(criteria(el).map((c) => c.expanded), 'it stays open when one above it goes').to.deep.equal(['false', 'true', 'false']);

    button(el, 'Rediger «Bidrar til: Anstendig arbeid og økonomisk vekst»').click();
    await el.updateComplete;
    expect(criteria(el).map((c) => c.expanded)).to.deep.equal(['true', 'false', 'false']);
    expect(criteria(el)[0]!.name).to.equal('Kriterium 1: Knytter tilbudet til målet');
  });

  it('lists guidance rules in one line each, and opens one at a time, a new one at once', async () => {
    const el = await fixture<MvFrameworkEditor>(html`<mv-framework-editor storage="none" lang="nb"></mv-framework-editor>`);
    const rules = (): { name: string; expanded: string | null; fields: boolean }[] =>
      [...root(el).querySelectorAll<HTMLLIElement>('.rules > li')].map((item) => ({
        name: nameOf(item.querySelector('button.disclosure')!),
        expanded: item.querySelector('button.disclosure')!.getAttribute('aria-expanded'),
        fields: item.querySelector('textarea, select') !== null,
      }));
    expect(rules().slice(0, 3)).to.deep.equal([
      { name: 'Regel 1: Kommunens langsiktige mål, under 50', expanded: 'false', fields: false },
      { name: 'Regel 2: Kommunens langsiktige mål, minst 75', expanded: 'false', fields: false },
      { name: 'Regel 3: Brukermedvirkning, under 50', expanded: 'false', fields: false },
    ]);
    expect(rules().every((rule) => !rule.fields), 'no rule open at start').to.equal(true);

    const second = button(el, 'Regel 2:');
    second.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(rules().map((rule) => rule.fields).indexOf(true)).to.equal(1);
    expect(second.getAttribute('aria-expanded')).to.equal('true');
    const advice = root(el).querySelector<HTMLTextAreaElement>('#f-guidance-1-text-nb')!;
    expect(advice.value).to.match(/^Tilbudet er tydelig knyttet til kommunens mål/);

    const count = rules().length;
    button(el, 'Legg til regel').click();
    await el.updateComplete;
    expect(rules()).to.have.length(count + 1);
    expect(rules().map((rule) => rule.expanded).lastIndexOf('true'), 'the new rule is the open one').to.equal(count);
    expect(rules().filter((rule) => rule.fields)).to.have.length(1);
    await expect(el).to.be.accessible();
  });
});
