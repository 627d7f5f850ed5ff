import { expect, waitUntil } from '@open-wc/testing';
import type { MvAssessment } from '../../../components/assessment/mv-assessment.js';
import type { Decision } from '../../../src/assessment/types.js';
import { allByRole, getByRole } from '../../helpers/accessible.js';
import { click, fill, letterOf, mountOfficial, officialDocument, printedText, settle } from './helpers.js';

/** The goal "Flere i arbeid" (owner: Kari Nordmann, NAV Testkommune) is served well; the rest is unanswered. */
function scored(decision?: Decision) {
  return officialDocument(
    {
      'inclusion-jobs': { value: 4, comment: 'Tall for tre år.' },
      'inclusion-nav': { value: 2 },
    },
    decision ? { decision } : {},
  );
}

function letterText(element: MvAssessment): string {
  return getByRole<HTMLTextAreaElement>(element, 'textbox', /^(Utkast til brev|Draft letter)$/).value;
}

async function chooseLetterLang(element: MvAssessment, lang: string): Promise<void> {
  const select = getByRole<HTMLSelectElement>(element, 'combobox', /^(Språk i brevet|Language of the letter)$/);
  select.value = lang;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(element);
}

describe('<mv-reply-letter> in <mv-assessment mode="official">', () => {
  it('carries the conclusion, the reasons and the owner of the best-fitting goal, and follows the record', async () => {
    const element = await mountOfficial({ assessment: scored() });
    await click(element, 'radio', 'Avslås');
    await fill(element, 'Begrunnelse for konklusjonen', 'Kommunen kjøper allerede et lignende tilbud fra NAV.');
    await fill(element, 'Saksbehandler', 'Siri Saksbehandler');
    await fill(element, 'Saksnummer', '2026/1234');

    const letter = letterText(element);
    expect(letter.split('\n')[0]).to.equal('Svar på tilbudet «Arbeidskafé»');
    expect(letter).to.contain('Vår referanse: 2026/1234');
    expect(letter).to.contain('Til Kafé Sammen SA');
    // Declining, politely and constructively.
    expect(letter).to.contain('Vi går ikke videre med tilbudet nå. Det betyr ikke at tilbudet mangler verdi');
    expect(letter).to.contain('Begrunnelse:\nKommunen kjøper allerede et lignende tilbud fra NAV.');
    expect(letter).to.match(/– Flere i arbeid \(ansvarlig: NAV Testkommune, Kari Nordmann, kari@kommune\.example/);
    // What the next level would take, where the offer is weakest among its answers.
    expect(letter).to.contain('Samarbeid med NAV: vurdert til «Nivå 2». Neste nivå, «Nivå 3»: Tilbudet er på trinn 3.');
    expect(letter).to.contain('ta gjerne kontakt med Siri Saksbehandler');

    // Beside the draft: the goals with their owners, and the gaps.
    const section = letterOf(element)!.shadowRoot!.querySelector('section')!;
    expect(section.textContent!.replace(/\s+/g, ' ')).to.contain('Flere i arbeid: 75 av 100. Eier: NAV Testkommune, Kari Nordmann');
    expect(section.textContent!.replace(/\s+/g, ' ')).to.contain('Samarbeid med NAV: Nivå 2 → neste nivå: Nivå 3');

    // A referral to the goal's owner is said in the letter.
    await click(element, 'radio', 'Henvises til en enhet eller eieren av et mål');
    const select = getByRole<HTMLSelectElement>(element, 'combobox', 'Henvis til');
    select.value = 'work';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(element);
    expect(letterText(element)).to.contain(
      'Vi mener tilbudet hører hjemme hos NAV Testkommune, Kari Nordmann, kari@kommune.example, +47 22 33 44 55, og har sendt saken dit.',
    );
    await expect(letterOf(element)!).to.be.accessible();
  });

  it('keeps the official\'s edits, writes the draft again on request, and prints and copies what is in the field', async function () {
    this.timeout(30_000);
    const element = await mountOfficial({
      assessment: scored({ conclusion: 'follow-up', reasons: 'Tilbudet svarer på et behov i planen.' }),
    });
    expect(letterText(element)).to.contain('Vi ønsker å gå videre med tilbudet');
    await fill(element, 'Utkast til brev', `${letterText(element)}\n\nPS: Vi ringer dere neste uke.`);
    expect(getByRole(element, 'textbox', 'Utkast til brev').getAttribute('aria-describedby')).to.equal('letter-hint');
    expect(letterOf(element)!.shadowRoot!.textContent).to.contain('Du har endret utkastet.');

    // A change to the record leaves the edited letter alone.
    await fill(element, 'Begrunnelse for konklusjonen', 'Ny begrunnelse.');
    expect(letterText(element)).to.contain('PS: Vi ringer dere neste uke.');
    expect(letterText(element)).not.to.contain('Ny begrunnelse.');

    await click(element, 'button', 'Skriv ut brevet');
    const root = letterOf(element)!.shadowRoot!;
    await waitUntil(() => printedText(root) !== '', 'the letter is printed as a document', { timeout: 10_000 });
    expect(printedText(root)).to.contain('PS: Vi ringer dere neste uke.');
    expect(printedText(root).startsWith('Svar på tilbudet «Arbeidskafé»')).to.equal(true);
    const frame = root.querySelector<HTMLIFrameElement>('iframe.print-frame')!;
    expect(frame.contentDocument!.title).to.equal('Svar på tilbudet «Arbeidskafé»');
    expect(frame.contentDocument!.querySelector('button, textarea, select')).to.equal(null);

    await click(element, 'button', 'Kopier brevet');
    const status = () => getByRole(letterOf(element)!, 'status').textContent!.trim();
    await waitUntil(() => status() !== '', 'the copy is reported');
    expect(['Brevet er kopiert.', 'Brevet kunne ikke kopieres automatisk. Teksten er markert, så du kan kopiere den selv.']).to.include(status());

    await click(element, 'button', 'Lag utkastet på nytt');
    expect(letterText(element)).to.contain('Begrunnelse:\nNy begrunnelse.');
    expect(letterText(element)).not.to.contain('PS:');
    expect(allByRole(element, 'button', 'Lag utkastet på nytt')).to.have.length(0);
  });

  it('writes the letter in nynorsk and English too, accessible in every language', async function () {
    this.timeout(30_000);
    const decision: Decision = { conclusion: 'decline', reasons: 'Tilbodet manglar ein plan for økonomien.' };
    const nb = await mountOfficial({ assessment: scored(decision) });
    await expect(letterOf(nb)!).to.be.accessible();
    await chooseLetterLang(nb, 'nn');
    const nn = letterText(nb);
    expect(nn).to.contain('Svar på tilbodet «Arbeidskafé»');
    expect(nn).to.contain('Vi går ikkje vidare med tilbodet no.');
    expect(nn).to.contain('Grunngiving:\nTilbodet manglar ein plan for økonomien.');
    expect(nn).to.contain('Kari Nordmann');
    await expect(letterOf(nb)!).to.be.accessible();

    const nnElement = await mountOfficial({ lang: 'nn', assessment: scored(decision) });
    expect(letterText(nnElement)).to.contain('Vi går ikkje vidare med tilbodet no.');
    expect(getByRole(nnElement, 'button', 'Skriv ut brevet')).not.to.equal(null);
    await expect(letterOf(nnElement)!).to.be.accessible();

    const en = await mountOfficial({ lang: 'en', assessment: scored(decision) });
    const english = letterText(en);
    expect(english).to.contain('Reply to the offer “Arbeidskafé”');
    expect(english).to.contain('We will not take the offer further at this time.');
    expect(english).to.contain('Reasons:\nTilbodet manglar ein plan for økonomien.');
    expect(english).to.contain('More people in work (responsible: NAV Testkommune, Kari Nordmann');
    expect(getByRole(en, 'button', 'Print the letter')).not.to.equal(null);
    await expect(letterOf(en)!).to.be.accessible();
  });
});
