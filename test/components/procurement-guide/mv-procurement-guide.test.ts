import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../components/procurement-guide/define.js';
import type { MvProcurementGuide } from '../../../components/procurement-guide/mv-procurement-guide.js';
import { allByRole, deepActiveElement, deepText, getByRole } from '../../helpers/accessible.js';

async function guide(lang = 'nb', overrides?: string): Promise<MvProcurementGuide> {
  const el = await fixture<MvProcurementGuide>(
    overrides === undefined
      ? html`<mv-procurement-guide lang=${lang}></mv-procurement-guide>`
      : html`<mv-procurement-guide lang=${lang} overrides=${overrides}></mv-procurement-guide>`,
  );
  await el.updateComplete;
  return el;
}

const root = (el: MvProcurementGuide): ShadowRoot => el.shadowRoot!;

/** Answers the four questions by clicking, as a mouse user would. */
async function answer(el: MvProcurementGuide, value: string, choices: string[]): Promise<void> {
  const field = getByRole<HTMLInputElement>(el, 'textbox', /^Anslått verdi|^Estimated value/);
  field.value = value;
  field.dispatchEvent(new Event('input'));
  for (const choice of choices) getByRole<HTMLInputElement>(el, 'radio', choice).click();
  await el.updateComplete;
}

async function submit(el: MvProcurementGuide, name = 'Lag notat'): Promise<void> {
  getByRole(el, 'button', name).click();
  await el.updateComplete;
  await el.updateComplete;
}

const memo = (el: MvProcurementGuide): HTMLElement | null => root(el).querySelector('[part="memo"]');

describe('<mv-procurement-guide>', () => {
  it('is answered with the keyboard alone and moves focus to the memo', async function () {
    // Eleven key presses, each a round trip to the browser: slow on a loaded machine.
    this.timeout(60_000);
    const el = await guide('nb');
    const made = oneEvent(el, 'mv-route-memo');
    getByRole<HTMLInputElement>(el, 'textbox', /^Anslått verdi i kroner/).focus();
    await sendKeys({ type: '600 000' });
    // Into each radio group with Tab, choosing with Space and the arrow keys.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Lag notat');
    await sendKeys({ press: 'Enter' });
    const { detail } = await made;
    await el.updateComplete;

    expect(getByRole<HTMLInputElement>(el, 'radio', 'Ja, en helse- eller sosialtjeneste').checked).to.equal(true);
    expect(getByRole<HTMLInputElement>(el, 'radio', 'En ideell organisasjon').checked).to.equal(true);
    expect(getByRole<HTMLInputElement>(el, 'radio', 'Prøve tilbudet ut i en pilot').checked).to.equal(true);
    expect(detail.memo.routes.map((route: { id: string }) => route.id)).to.include('reserved-ideelle');
    await waitUntil(() => deepActiveElement() === memo(el), 'focus did not move to the memo');

    const text = deepText(memo(el)!);
    expect(text).to.contain('Anslått verdi 600 000 kroner eks. mva.');
    expect(text).to.contain('Konkurranse reservert for ideelle organisasjoner');
    expect(text).to.contain('Ta imot det uoppfordrede tilbudet direkte');
    expect(text).to.contain('Sjekk dette (FOA kapittel 13)');
    const headings = allByRole(memo(el)!, 'heading').map((heading) => heading.textContent?.trim());
    expect(headings).to.deep.equal([
      'Notat: veier for tilbudet',
      'Regler som gjelder, og hvorfor',
      'Veier kommunen kan gå',
      'Dette kan ikke kommunen gjøre',
      'Slik kan tilbudet brukes i markedsdialog uten å favorisere avsenderen',
      'Neste steg',
      'Kilder',
    ]);
    await expect(el).to.be.accessible();
  });

  it('always shows "not legal advice" with the date the rules were checked', async () => {
    const el = await guide('nb');
    expect(deepText(root(el).querySelector('[part="disclaimer"]')!)).to.equal('Ikke juridisk rådgivning. Reglene er sist kontrollert 2026-11-30.');
    await answer(el, '100000', ['Nei, en annen tjeneste', 'En annen leverandør', 'Kjøpe tjenesten']);
    await submit(el);
    expect(deepText(memo(el)!)).to.contain('Dette er ikke juridisk rådgivning. Reglene er sist kontrollert 2026-11-30');
    expect(deepText(memo(el)!)).to.contain('Kjøpe direkte');
  });

  it('answers bad input with messages beside the fields, and no memo', async () => {
    const el = await guide('nb');
    await answer(el, '-5', ['Nei, en annen tjeneste']);
    await submit(el);
    expect(memo(el)).to.equal(null);
    const alert = getByRole(el, 'alert');
    expect(deepText(alert)).to.contain('Notatet kan ikke lages ennå');
    expect(deepText(alert)).to.contain('Anslått verdi kan ikke være negativ.');
    expect(deepText(alert)).to.contain('Velg hva slags leverandør som har sendt tilbudet.');
    expect(deepText(alert)).to.contain('Velg hva kommunen vil gjøre med tilbudet.');
    const field = getByRole<HTMLInputElement>(el, 'textbox', /^Anslått verdi/);
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(deepActiveElement()).to.equal(field);
    const supplier = getByRole(el, 'group', 'Hvem har sendt tilbudet?');
    expect(supplier.getAttribute('aria-invalid')).to.equal('true');
    expect(getByRole(el, 'group', 'Er tjenesten en helse- eller sosialtjeneste?').getAttribute('aria-invalid')).to.equal('false');
    await expect(el).to.be.accessible();

    // Text that is no number, and a value no kommune contract reaches.
    await answer(el, 'fem hundre', ['En annen leverandør', 'Kjøpe tjenesten']);
    await submit(el);
    expect(deepText(getByRole(el, 'alert'))).to.contain('Anslått verdi må være et tall i kroner');
    await answer(el, '100000000000', []);
    await submit(el);
    expect(deepText(getByRole(el, 'alert'))).to.contain('urimelig høy');
    expect(memo(el)).to.equal(null);

    // Fixed, the answers are kept and the memo comes.
    await answer(el, '600000', []);
    await submit(el);
    expect(allByRole(el, 'alert')).to.have.length(0);
    expect(memo(el)).to.not.equal(null);
  });

  it('speaks nynorsk and English, and follows a change of language', async () => {
    const nn = await guide('nn');
    expect(getByRole(nn, 'group', 'Kven har sendt tilbodet?').localName).to.equal('fieldset');
    await answer(nn, '2000000', ['Nei, ei anna teneste', 'Ei arbeidsintegrerande verksemd (hovudføremålet er arbeidsinkludering, og minst 30 % av dei tilsette er i målgruppa)', 'Kjøpe tenesta']);
    await submit(nn, 'Lag notat');
    expect(deepText(memo(nn)!)).to.contain('Reservert konkurranse for arbeidsintegrerande verksemder');
    expect(deepText(memo(nn)!)).to.contain('Minst 30 % av dei tilsette er slike personar.');
    await expect(nn).to.be.accessible();

    const en = await guide('en');
    await answer(en, '50000', ['No, another service', 'Another supplier', 'Support the activity with a grant']);
    await submit(en, 'Make the memo');
    expect(deepText(memo(en)!)).to.contain('A purchase disguised as a grant is an illegal direct award.');
    expect(memo(en)!.getAttribute('lang')).to.equal('en');
    en.lang = 'nb';
    await en.updateComplete;
    await en.updateComplete;
    expect(deepText(memo(en)!)).to.contain('Et kjøp forkledd som tilskudd er en ulovlig direkte anskaffelse.');
    expect(getByRole(en, 'button', 'Kopier notatet').localName).to.equal('button');
  });

  it('shows a kommune’s own value as the kommune’s, and reports overrides it cannot use', async () => {
    const el = await guide('en', JSON.stringify([{ rule: 'lower-limit', value: 100000, source: 'Purchasing rules 2026' }, { rule: 'climate-environment', value: 1 }]));
    expect(deepText(getByRole(el, 'alert'))).to.contain('Unknown rule: climate-environment');
    await answer(el, '200000', ['No, another service', 'Another supplier', 'Buy the service']);
    await submit(el, 'Make the memo');
    const text = deepText(memo(el)!);
    expect(text).to.contain("The municipality's value");
    expect(text).to.contain("The municipality uses its own value, NOK 100,000 (Purchasing rules 2026), instead of the rules' NOK 500,000.");
    expect(text).to.contain('Competition');
    expect(text).to.not.contain('Buy directly');

    const broken = await guide('en', '[{not json');
    expect(deepText(getByRole(broken, 'alert'))).to.contain('must be a list');
  });

  it('prints the memo only, with the disclaimer', async () => {
    const el = await guide('nb');
    await answer(el, '900000', ['Nei, en annen tjeneste', 'En annen leverandør', 'Kjøpe tjenesten']);
    await submit(el);
    await emulateMedia({ media: 'print' });
    try {
      const shown = (selector: string): boolean => getComputedStyle(root(el).querySelector(selector)!).display !== 'none';
      expect(shown('[part="memo"]')).to.equal(true);
      expect(shown('[part="disclaimer"]')).to.equal(true);
      expect(shown('form')).to.equal(false);
      expect(shown('.actions')).to.equal(false);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('copies the memo and says so visibly', async () => {
    const el = await guide('en');
    await answer(el, '900000', ['No, another service', 'Another supplier', 'Buy the service']);
    await submit(el, 'Make the memo');
    getByRole(el, 'button', 'Copy the memo').click();
    const status = getByRole(el, 'status');
    await waitUntil(() => status.textContent!.trim() !== '', 'no copy result shown');
    const said = status.textContent!.trim();
    expect(getComputedStyle(status).display).to.not.equal('none');
    if (said === 'The memo has been copied.') {
      const copied = await navigator.clipboard.readText().catch(() => undefined);
      if (copied !== undefined) expect(copied).to.contain('Memo: routes for the offer').and.contain('This is not legal advice.');
    } else {
      expect(said).to.equal('Could not copy. Select the text of the memo and copy it yourself.');
    }
    await expect(el).to.be.accessible();
  });
});
