import { expect, waitUntil } from '@open-wc/testing';
import '../../../components/assessment/define.js';
import type { MvAssessment } from '../../../components/assessment/mv-assessment.js';
import type { Assessment } from '../../../src/assessment/types.js';
import { scoreAssessment } from '../../../src/scoring/score.js';
import { goalsFramework } from '../../fixtures/goals-framework.js';
import { accessibleDescription, accessibleName, allByRole, deepActiveElement, deepQueryAll, deepText, getByRole, radiosOf } from '../../helpers/accessible.js';
import { actionsOf, downloadVia, importFile, statusText } from '../transfer/helpers.js';
import { sendKeys } from '../../helpers/commands.js';
import { goalsDocument, mountOnGoals } from '../../helpers/goals-assessment.js';

let keys = 0;

async function check(element: MvAssessment, group: string, level: string): Promise<void> {
  const radio = radiosOf(element, group).find((candidate) => accessibleName(candidate) === level);
  if (!radio) throw new Error(`No radio ${level} in ${group}`);
  radio.click();
  await element.updateComplete;
}

/** Types into a field as a user would: focus, then keys; `change` fires when it is left. */
async function typeInto(element: MvAssessment, field: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void> {
  field.focus();
  await sendKeys({ type: text });
  await element.updateComplete;
}

/** Pastes into a field: the text arrives at once, with one `input` event, and the field keeps the focus. */
async function paste(element: MvAssessment, field: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void> {
  field.focus();
  await sendKeys({ press: 'End' });
  field.value += text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: text }));
  await element.updateComplete;
}

async function leave(element: MvAssessment, field: HTMLElement): Promise<void> {
  field.dispatchEvent(new Event('change', { bubbles: true }));
  field.blur();
  await element.updateComplete;
}

function progressText(element: MvAssessment): string {
  return deepText(element.shadowRoot!.querySelector('[part="progress"]')!);
}

const NAV = 'Samarbeid med NAV';
const REASON = 'Hvorfor er kriteriet ikke relevant?';
const EXPLANATION = 'Slik gjør vi det, og slik kan vi vise det';

describe('mv-assessment: reasons, explanation and evidence', () => {
  afterEach(() => localStorage.clear());

  it('asks for a reason when "not applicable" is chosen, and counts the criterion only once it is given', async function () {
    // The first test of the file also loads the modules, and checks the whole form with axe.
    this.timeout(60_000);
    const element = await mountOnGoals();
    expect(allByRole(element, 'textbox', REASON)).to.have.length(0);
    await check(element, NAV, 'Ikke relevant');

    const reason = getByRole<HTMLTextAreaElement>(getByRole(element, 'group', NAV), 'textbox', REASON);
    expect(reason.required).to.equal(true);
    expect(reason.getAttribute('aria-invalid')).to.equal('true');
    expect(accessibleDescription(reason)).to.contain('Påkrevd.');
    expect(accessibleDescription(reason)).to.contain('regnes ikke som besvart');
    expect(progressText(element)).to.contain('0 av 5 besvart');
    expect(progressText(element)).to.contain('«Ikke relevant» uten begrunnelse: 1');
    expect(element.assessment!.completeness).to.equal(0);
    // Said in the live region too, since the focus stays on the radio.
    const region = element.shadowRoot!.querySelector('[aria-live="polite"]')!;
    await waitUntil(() => region.textContent!.includes('Skriv hvorfor'), 'the reason is asked for', { timeout: 3000 });
    await expect(element).to.be.accessible();

    await typeInto(element, reason, 'Nytt');
    await paste(element, reason, ' tilbud, ingen avtale med NAV');
    expect(reason.getAttribute('aria-invalid')).to.equal('false');
    expect(progressText(element)).to.contain('1 av 5 besvart');
    expect(progressText(element)).not.to.contain('uten begrunnelse');
    expect(element.assessment!.answers['inclusion-nav']).to.deep.equal({
      notApplicable: true,
      reason: 'Nytt tilbud, ingen avtale med NAV',
    });
  });

  it('offers no "not applicable" on a required criterion', async () => {
    const element = await mountOnGoals();
    const names = radiosOf(element, 'Deltakere går videre til arbeid').map((radio) => accessibleName(radio));
    expect(names).to.deep.equal(['Nivå 0', 'Nivå 1', 'Nivå 2', 'Nivå 3', 'Nivå 4']);
    expect(radiosOf(element, NAV).map((radio) => accessibleName(radio))).to.include('Ikke relevant');
  });

  it('shows what each level means before anything is chosen', async () => {
    const element = await mountOnGoals();
    const radio = radiosOf(element, NAV)[2]!;
    const shown = radio.closest('label')!.nextElementSibling as HTMLElement;
    expect(shown.textContent).to.equal('Tilbudet er på trinn 2.');
    expect(shown.hidden).to.equal(false);
    expect(shown.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(accessibleName(radio)).to.equal('Nivå 2');
    expect(accessibleDescription(radio)).to.equal('Tilbudet er på trinn 2.');
  });

  it('speaks to the applicant in self mode and to the assessor in official mode', async () => {
    const self = await mountOnGoals();
    expect(accessibleDescription(getByRole(self, 'group', 'Deltakere går videre til arbeid'))).to.equal(
      'Fortell hvor mange som har gått videre.',
    );
    const official = await mountOnGoals({ mode: 'official' });
    expect(accessibleDescription(getByRole(official, 'group', 'Deltakere går videre til arbeid'))).to.equal(
      'Se etter tall over flere år.',
    );
    // Without assessor help of its own, the applicant's help is the fallback (here: none).
    expect(getByRole(official, 'group', NAV).hasAttribute('aria-describedby')).to.equal(false);
  });

  it('takes an explanation and up to five evidence links in self mode, refusing what is not a web address', async function () {
    // Many steps, each a full render of the form: room for a slow, shared machine.
    this.timeout(60_000);
    const element = await mountOnGoals();
    const group = () => getByRole(element, 'group', NAV);
    const explanation = () => getByRole<HTMLTextAreaElement>(group(), 'textbox', EXPLANATION);
    // The notes come with the answer: until then the group says so, and has no fields to pass.
    expect(group().querySelectorAll('textarea, input[type="url"]')).to.have.length(0);
    expect(group().querySelector('.not-chosen')!.textContent).to.equal(
      'Ikke besvart ennå. Når du har svart, kan du forklare svaret og legge ved lenker til dokumentasjon.',
    );

    await check(element, NAV, 'Nivå 3');
    expect(explanation().disabled).to.equal(false);
    expect(accessibleDescription(explanation())).to.equal(
      'Beskriv kort hva dere gjør, og hva som viser det: rapporter, tall, tilbakemeldinger fra brukere.',
    );
    await paste(element, explanation(), 'Fire av ti deltakere fikk jobb i 2025.');

    const first = getByRole<HTMLInputElement>(group(), 'textbox', 'Lenke til dokumentasjon 1');
    await paste(element, first, 'https://Kommune.example/rapport 2025.pdf');
    await leave(element, first);
    // Stored normalised, and shown as stored once the field is left.
    expect(element.assessment!.answers['inclusion-nav']!.evidence).to.deep.equal(['https://kommune.example/rapport%202025.pdf']);
    expect(first.value).to.equal('https://kommune.example/rapport%202025.pdf');

    const second = getByRole<HTMLInputElement>(group(), 'textbox', 'Lenke til dokumentasjon 2');
    await paste(element, second, 'javascript:alert(1)');
    await leave(element, second);
    expect(second.getAttribute('aria-invalid')).to.equal('true');
    expect(accessibleDescription(second)).to.contain('Den er ikke lagret.');
    expect(second.value).to.equal('javascript:alert(1)');
    expect(element.assessment!.answers['inclusion-nav']!.evidence).to.have.length(1);
    await expect(element).to.be.accessible();

    second.value = '';
    await leave(element, second);
    for (let n = 2; n <= 5; n += 1) {
      const field = getByRole<HTMLInputElement>(group(), 'textbox', `Lenke til dokumentasjon ${n}`);
      await paste(element, field, `https://kommune.example/${n}`);
      await leave(element, field);
    }
    expect(element.assessment!.answers['inclusion-nav']!.evidence).to.have.length(5);
    expect(allByRole(group(), 'textbox', /^Lenke til dokumentasjon/)).to.have.length(5);
    expect(deepText(group())).to.contain('Du har lagt inn 5 lenker, som er det meste.');

    // Removing a link moves the focus to the field now in its place.
    getByRole<HTMLButtonElement>(group(), 'button', 'Fjern lenke 2').click();
    await element.updateComplete;
    await waitUntil(() => deepActiveElement()?.id === 'evidence-inclusion-nav-1');
    expect(element.assessment!.answers['inclusion-nav']!.evidence).to.deep.equal([
      'https://kommune.example/rapport%202025.pdf',
      'https://kommune.example/3',
      'https://kommune.example/4',
      'https://kommune.example/5',
    ]);
    expect(element.assessment!.answers['inclusion-nav']!.comment).to.equal('Fire av ti deltakere fikk jobb i 2025.');
  });

  it('keeps the explanation, links and reason in the draft after a reload', async function () {
    // Many steps, each a full render of the form: room for a slow, shared machine.
    this.timeout(60_000);
    keys += 1;
    const storageKey = `merverdi:test:basis-evidence:${keys}`;
    const element = await mountOnGoals({ storageKey });
    await check(element, NAV, 'Nivå 2');
    await paste(element, getByRole<HTMLTextAreaElement>(getByRole(element, 'group', NAV), 'textbox', EXPLANATION), 'Fast møte hver uke');
    const link = getByRole<HTMLInputElement>(getByRole(element, 'group', NAV), 'textbox', 'Lenke til dokumentasjon 1');
    // Pasted and not left: a full address is saved at once.
    await paste(element, link, 'https://kommune.example/avtale.pdf');
    await check(element, 'Med i utformingen', 'Ikke relevant');
    await paste(element, getByRole<HTMLTextAreaElement>(element, 'textbox', REASON), 'Tilbudet er nytt');
    element.remove();

    const reloaded = await mountOnGoals({ storageKey });
    const group = getByRole(reloaded, 'group', NAV);
    expect(getByRole<HTMLTextAreaElement>(group, 'textbox', EXPLANATION).value).to.equal('Fast møte hver uke');
    expect(getByRole<HTMLInputElement>(group, 'textbox', 'Lenke til dokumentasjon 1').value).to.equal('https://kommune.example/avtale.pdf');
    expect(getByRole<HTMLTextAreaElement>(reloaded, 'textbox', REASON).value).to.equal('Tilbudet er nytt');
    expect(reloaded.assessment!.completeness).to.equal(2 / 5);
  });

  it('carries the explanation, links and reason through export, import and the printed report', async function () {
    // Many steps, each a full render of the form: room for a slow, shared machine.
    this.timeout(60_000);
    const element = await mountOnGoals();
    await waitUntil(() => actionsOf(element), 'the actions are rendered');
    await check(element, NAV, 'Nivå 3');
    const group = getByRole(element, 'group', NAV);
    await paste(element, getByRole<HTMLTextAreaElement>(group, 'textbox', EXPLANATION), 'Avtale med NAV siden 2023.');
    const link = getByRole<HTMLInputElement>(group, 'textbox', 'Lenke til dokumentasjon 1');
    await paste(element, link, 'https://kafe.example/avtale.pdf');
    await leave(element, link);
    await check(element, 'Med i utformingen', 'Ikke relevant');
    await paste(element, getByRole<HTMLTextAreaElement>(element, 'textbox', REASON), 'Brukerne er ansatt hos oss');

    const file = await downloadVia(element, 'Last ned JSON');
    const exported = JSON.parse(file.text) as Assessment;
    expect(exported.answers['inclusion-nav']).to.deep.equal({
      value: 3,
      comment: 'Avtale med NAV siden 2023.',
      evidence: ['https://kafe.example/avtale.pdf'],
    });
    expect(exported.answers['part-design']).to.deep.equal({ notApplicable: true, reason: 'Brukerne er ansatt hos oss' });
    expect(exported.scores.basis).to.deep.equal(scoreAssessment(goalsFramework, exported).basis);

    const other = await mountOnGoals();
    await waitUntil(() => actionsOf(other), 'the actions are rendered');
    await importFile(other, file.text, file.fileName);
    expect(statusText(other)).to.contain('er importert');
    const imported = getByRole(other, 'group', NAV);
    expect(getByRole<HTMLTextAreaElement>(imported, 'textbox', EXPLANATION).value).to.equal('Avtale med NAV siden 2023.');
    expect(getByRole<HTMLInputElement>(imported, 'textbox', 'Lenke til dokumentasjon 1').value).to.equal('https://kafe.example/avtale.pdf');
    expect(getByRole<HTMLTextAreaElement>(other, 'textbox', REASON).value).to.equal('Brukerne er ansatt hos oss');

    // The report a print renders: prepared on `beforeprint` once its module has loaded.
    const actions = actionsOf(other);
    await waitUntil(
      () => {
        window.dispatchEvent(new Event('beforeprint'));
        return actions.shadowRoot!.querySelector('.report');
      },
      'the printed report',
      { timeout: 5000 },
    );
    await actions.updateComplete;
    const report = deepText(actions.shadowRoot!.querySelector('.report')!);
    window.dispatchEvent(new Event('afterprint'));
    expect(report).to.contain('Slik gjør vi det, og slik kan vi vise det Avtale med NAV siden 2023.');
    expect(report).to.contain('https://kafe.example/avtale.pdf');
    expect(report).to.contain('Hvorfor ikke relevant Brukerne er ansatt hos oss');
    expect(report).to.contain('For lite grunnlag: 1 av 5 kriterier besvart.');
    expect(report).to.contain('Kommunens mål');
  });

  it('asks an old document\'s "not applicable" without a reason for the reason', async () => {
    const element = await mountOnGoals({ assessment: goalsDocument({ 'part-design': { notApplicable: true } }) });
    const reason = getByRole<HTMLTextAreaElement>(getByRole(element, 'group', 'Med i utformingen'), 'textbox', REASON);
    expect(reason.value).to.equal('');
    expect(reason.getAttribute('aria-invalid')).to.equal('true');
    expect(deepText(getByRole(element, 'group', 'Med i utformingen'))).to.contain('Mangler begrunnelse');
    expect(progressText(element)).to.contain('0 av 5 besvart');
  });

  it('shows the official the entrepreneur\'s explanation, reason and links beside each criterion', async () => {
    const element = await mountOnGoals({ mode: 'official' });
    element.reference = [
      goalsDocument({
        'inclusion-nav': {
          value: 3,
          comment: 'Avtale med NAV siden 2023.',
          evidence: ['https://kafe.example/avtale.pdf', 'https://kafe.example/rapport'],
        },
        'part-design': { notApplicable: true, reason: 'Brukerne er ansatt hos oss' },
      }),
    ];
    await element.updateComplete;
    const nav = getByRole(element, 'group', NAV);
    expect(deepText(nav)).to.contain('Gründerens egenvurdering: Nivå 3');
    expect(deepText(nav)).to.contain('Forklaring: Avtale med NAV siden 2023.');
    const links = allByRole<HTMLAnchorElement>(nav, 'link');
    expect(links.map((link) => link.href)).to.deep.equal(['https://kafe.example/avtale.pdf', 'https://kafe.example/rapport']);
    expect(deepText(getByRole(element, 'group', 'Med i utformingen'))).to.contain('Hvorfor ikke relevant: Brukerne er ansatt hos oss');
    // The official writes a justification of their own, once the criterion is scored.
    expect(allByRole(nav, 'textbox', 'Begrunnelse')).to.have.length(0);
    expect(nav.querySelector('.not-chosen')!.textContent).to.equal(
      'Ikke besvart ennå. Når du har svart, kan du begrunne svaret og legge ved lenker til dokumentasjon.',
    );
    await check(element, NAV, 'Nivå 2');
    expect(allByRole(getByRole(element, 'group', NAV), 'textbox', 'Begrunnelse')).to.have.length(1);
    await expect(element).to.be.accessible();
  });
});

describe('mv-assessment: goals and basis in the summary', () => {
  it('names the owner of the goal the offer serves best, and why', async () => {
    const element = await mountOnGoals({
      assessment: goalsDocument({
        'inclusion-jobs': { value: 4 },
        'inclusion-nav': { value: 3 },
        'part-design': { value: 1 },
        'part-evaluation': { value: 0 },
      }),
    });
    const summary = deepQueryAll<HTMLElement>(element, '.contact-goal')[0]!.closest<HTMLElement>('[part="summary"]') ?? deepQueryAll<HTMLElement>(element, '[part="summary"]').at(-1)!;
    const text = deepText(summary);
    expect(text).to.contain('Kommunens mål');
    expect(text).to.contain('Flere i arbeid Tilbudet støtter målet: 87,5 av 100 (2 av 2 kriterier besvart).');
    expect(text).to.contain('Vedtatt i Kommuneplanens samfunnsdel 2024–2036 19. juni 2024');
    expect(text).to.contain('Innbyggerne er med og bestemmer Tilbudet støtter målet: 12,5 av 100');
    expect(text).to.contain('Tilbudet ser ut til å støtte målet «Flere i arbeid» best (87,5 av 100).');
    const contact = summary.querySelector<HTMLElement>('.contact-goal')!;
    expect(deepText(contact)).to.contain('NAV Testkommune');
    expect(deepText(contact)).to.contain('Kari Nordmann');
    expect(allByRole<HTMLAnchorElement>(contact, 'link').map((link) => link.href)).to.deep.equal([
      'mailto:kari@kommune.example',
      'tel:+4722334455',
      'https://kommune.example/nav',
    ]);
    expect(text).to.contain('Den stiplede ringen i diagrammet viser kommunens målnivå');
    // Gaps ask to show the next level, never merely to claim it.
    expect(text).to.contain('legg ved lenker til det som viser det');
    // Claimed answers not yet shown are listed.
    expect(text).to.contain('Vis det dere har svart');
    expect(text).to.match(/Deltakere går videre til arbeid \( ?Nivå 4 ?\): mangler forklaring og lenke/);
    await expect(element).to.be.accessible();
  });

  it('says plainly when the score rests on too little', async () => {
    const element = await mountOnGoals({
      assessment: goalsDocument({
        'inclusion-jobs': { value: 4 },
        'inclusion-nav': { notApplicable: true, reason: 'Ingen avtale' },
        'part-design': { notApplicable: true, reason: 'Ikke aktuelt' },
        'part-evaluation': { notApplicable: true, reason: 'Ikke aktuelt' },
        'feas-economy': { notApplicable: true, reason: 'Ikke aktuelt' },
      }),
    });
    const summary = deepQueryAll<HTMLElement>(element, '.contact-goal')[0]!.closest<HTMLElement>('[part="summary"]') ?? deepQueryAll<HTMLElement>(element, '[part="summary"]').at(-1)!;
    expect(deepText(summary)).to.contain('For lite grunnlag: 1 av 5 kriterier besvart.');
    const radar = element.shadowRoot!.querySelector('mv-radar')!;
    await radar.updateComplete;
    expect(deepText(radar.shadowRoot!.querySelector('[part="summary"]')!)).to.contain('For lite grunnlag: 1 av 5 kriterier besvart.');
    // Wholly not applicable areas are described so in the radar's table, never as 0.
    const row = [...radar.shadowRoot!.querySelectorAll('tbody tr')].find((tr) =>
      tr.querySelector('th')!.textContent!.includes('Brukermedvirkning'),
    )!;
    expect(deepText(row.querySelector('td')!)).to.equal('ikke relevant');
  });
});
