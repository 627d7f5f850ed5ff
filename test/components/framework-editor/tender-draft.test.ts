import { expect, fixture, html } from '@open-wc/testing';
import '../../../components/framework-editor/define.js';
import type { MvFrameworkEditor } from '../../../components/framework-editor/mv-framework-editor.js';
import { defaultFramework } from '../../../src/framework/default-framework.js';
import { getByRole } from '../../helpers/accessible.js';
import { emulateMedia, emulateMediaOrSkip, sendKeys } from '../../helpers/commands.js';
import { labelled, nameOf, root, scrollToAward } from './helpers.js';

async function editor(lang = 'nb'): Promise<MvFrameworkEditor> {
  const el = await fixture<MvFrameworkEditor>(
    html`<mv-framework-editor storage="none" lang=${lang} .framework=${structuredClone(defaultFramework)}></mv-framework-editor>`,
  );
  await el.updateComplete;
  await scrollToAward(el);
  return el;
}

const documentOf = (el: MvFrameworkEditor): HTMLElement => root(el).querySelector<HTMLElement>('.award-document')!;
const mainCriteria = (el: MvFrameworkEditor): HTMLElement[] => [...documentOf(el).querySelectorAll<HTMLElement>('.award-criterion')];
const headings = (el: MvFrameworkEditor): string[] => mainCriteria(el).map((section) => nameOf(section.querySelector('h5')!));
const weights = (el: MvFrameworkEditor): number[] => headings(el).map((heading) => Number(/(\d+)\s?%\)$/.exec(heading)![1]));
const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

async function choose(el: MvFrameworkEditor, label: string, value: string): Promise<void> {
  const select = labelled<HTMLSelectElement>(el, label);
  select.focus();
  // Keyboard selection in a closed select: type the start of the option's text.
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

describe('<mv-framework-editor>: the tender draft', function () {
  // The whole default framework in the editor, its live preview and an axe run over both.
  this.timeout(120_000);

  it('has a price criterion and at most four main criteria whose weights sum to 100', async () => {
    const el = await editor();
    expect(mainCriteria(el).length).to.be.within(3, 4);
    expect(headings(el)[0]).to.equal('1. Pris (vekt 30 %)');
    expect(sum(weights(el))).to.equal(100);
    for (const section of mainCriteria(el)) {
      expect(nameOf(section)).to.contain('Dokumentasjon:');
      expect(nameOf(section)).to.contain('Slik vurderes det:');
    }
    await expect(el).to.be.accessible();
  });

  it('awards on no criterion about the kommune’s own actions, and lists them apart', async () => {
    const el = await editor();
    const awarded = mainCriteria(el).map((section) => nameOf(section)).join(' ');
    for (const title of [
      'Det er klart hvilke av kommunens mål og enheter tilbudet gjelder',
      'Det er klart hvordan en kommune kan kjøpe eller støtte tilbudet',
      'Tilbudet er nytt for kommunen',
    ]) {
      expect(awarded).to.not.contain(title);
    }
    const leftOut = nameOf(documentOf(el).querySelector('.award-left-out')!);
    expect(leftOut).to.contain('Holdt utenfor tildelingen');
    expect(leftOut).to.contain('Det er klart hvilke av kommunens mål og enheter tilbudet gjelder (Kommunens egen del, ikke leverandørens)');
    expect(leftOut).to.contain('Tilbudet har en økonomi som holder (Foreslått som kvalifikasjonskrav)');
  });

  it('with a fixed price: no price criterion, a note on it, still 100 in all', async () => {
    const el = await editor();
    await choose(el, 'Pris', 'fixed-price');
    expect(headings(el).some((heading) => heading.includes('Pris'))).to.equal(false);
    expect(nameOf(documentOf(el))).to.contain('Fast pris: kommunen oppgir prisen');
    expect(nameOf(documentOf(el))).to.contain('Sjekk dette (FOA § 8-11');
    expect(sum(weights(el))).to.equal(100);
    expect(mainCriteria(el).length).to.be.at.most(4);
    // The weight of price is asked for only while price is a criterion.
    expect(() => labelled(el, 'Vekt for pris (prosent, 10–70)')).to.throw();
  });

  it('takes the areas the kommune chooses with the keyboard, and climate as a criterion of its own', async () => {
    const el = await editor('en');
    const innovation = getByRole<HTMLInputElement>(root(el), 'checkbox', 'Innovation');
    innovation.focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(innovation.checked).to.equal(false);
    expect(headings(el).join(' ')).to.not.contain('Innovation');
    await choose(el, 'Climate and environment', 'award');
    expect(headings(el).at(-1)).to.equal('4. Climate and environment (weight 30%)');
    expect(mainCriteria(el).length).to.equal(4);
    expect(sum(weights(el))).to.equal(100);
    expect(nameOf(documentOf(el).querySelector('.award-climate')!)).to.contain('FOA § 7-9');
    await expect(el).to.be.accessible();
  });

  it('prints the draft without the choices', async function () {
    const el = await editor();
    await emulateMediaOrSkip(this, { media: 'print' });
    try {
      expect(getComputedStyle(documentOf(el)).display).to.not.equal('none');
      expect(getComputedStyle(root(el).querySelector('.tender-choices')!).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
