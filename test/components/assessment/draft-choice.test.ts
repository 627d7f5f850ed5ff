import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/assessment/define.js';
import type { MvAssessment } from '../../../components/assessment/mv-assessment.js';
import type { Assessment } from '../../../src/assessment/types.js';
import { smallFramework } from '../../fixtures/small-framework.js';
import { allByRole, deepActiveElement, deepText, getByRole, radiosOf } from '../../helpers/accessible.js';

/** A key family of this file's own, so that other test files' drafts are never touched. */
const FAMILY = 'merverdi-test:utkastvalg';

function ownKeys(): string[] {
  return Object.keys(localStorage).filter((key) => key.startsWith(FAMILY));
}

function removeOwnKeys(): void {
  for (const key of ownKeys()) localStorage.removeItem(key);
}

/** The drafts stored in this file's family, by offer title. */
function storedTitles(): string[] {
  return ownKeys()
    .map((key) => (JSON.parse(localStorage.getItem(key) ?? '{}') as Assessment).offer?.title ?? '')
    .sort();
}

/** Two widgets for the same framework and key family, side by side in `holder`, as on one page. */
async function twoWidgets(holder: HTMLElement): Promise<[MvAssessment, MvAssessment]> {
  const pair: [MvAssessment, MvAssessment] = [document.createElement('mv-assessment'), document.createElement('mv-assessment')];
  for (const element of pair) {
    element.framework = smallFramework;
    element.storageKey = FAMILY;
    holder.append(element);
  }
  await Promise.all(pair.map((element) => element.updateComplete));
  return pair;
}

async function mountOne(): Promise<MvAssessment> {
  const element = await fixture<MvAssessment>(
    html`<mv-assessment .framework=${smallFramework} storage-key=${FAMILY}></mv-assessment>`,
  );
  await element.updateComplete;
  return element;
}

async function nameOffer(element: MvAssessment, title: string): Promise<void> {
  getByRole<HTMLInputElement>(element, 'textbox', 'Navn på tilbudet').focus();
  await sendKeys({ type: title });
  await element.updateComplete;
}

async function choose(element: MvAssessment, group: string, level: string): Promise<void> {
  const radio = radiosOf(element, group).find((item) => item.labels?.[0]?.textContent?.trim() === level);
  radio!.click();
  await element.updateComplete;
}

describe('mv-assessment: a draft per offer', function () {
  // Several widgets, reloads and axe runs each, on a shared machine.
  this.timeout(60_000);
  beforeEach(removeOwnKeys);
  afterEach(removeOwnKeys);

  it('keeps the draft it replaced when the user starts over, and takes it back on "Angre"', async () => {
    const element = await mountOne();
    await nameOffer(element, 'Arbeidstrening');
    await choose(element, 'Varig effekt', 'Påstått');
    fixtureCleanup();

    const again = await mountOne();
    getByRole(again, 'button', 'Start på nytt').click();
    await again.updateComplete;
    expect(getByRole<HTMLInputElement>(again, 'textbox', 'Navn på tilbudet').value).to.equal('');
    // The old draft is still stored, and the way back has the focus the pressed button had.
    expect(storedTitles()).to.deep.equal(['Arbeidstrening']);
    const undo = getByRole(again, 'button', 'Angre og hent fram det forrige utkastet');
    await again.updateComplete;
    expect(deepActiveElement()).to.equal(undo);
    expect(deepText(again.shadowRoot!)).to.contain('Det forrige utkastet er tatt vare på');
    await expect(again).to.be.accessible();

    undo.click();
    await again.updateComplete;
    expect(getByRole<HTMLInputElement>(again, 'textbox', 'Navn på tilbudet').value).to.equal('Arbeidstrening');
    expect(again.assessment?.answers).to.deep.equal({ 'goals-lasting': { value: 1 } });
    expect(allByRole(again, 'button', 'Angre og hent fram det forrige utkastet')).to.have.length(0);
  });

  it('gives a second offer a draft of its own, and lets the user pick between them', async () => {
    const element = await mountOne();
    await nameOffer(element, 'Arbeidstrening');
    // The next visit, for another offer: the user starts over on the restored draft.
    fixtureCleanup();
    const second = await mountOne();
    getByRole(second, 'button', 'Start på nytt').click();
    await second.updateComplete;
    await nameOffer(second, 'Møteplass');
    expect(storedTitles()).to.deep.equal(['Arbeidstrening', 'Møteplass']);

    fixtureCleanup();
    const third = await mountOne();
    // The newest comes back; the other is offered.
    expect(getByRole<HTMLInputElement>(third, 'textbox', 'Navn på tilbudet').value).to.equal('Møteplass');
    expect(deepText(third.shadowRoot!)).to.contain('Du har ett utkast til for dette skjemaet');
    const select = getByRole<HTMLSelectElement>(third, 'combobox', 'Utkast å fortsette med');
    expect(select.options[0]!.textContent).to.contain('Arbeidstrening');
    await expect(third).to.be.accessible();

    getByRole(third, 'button', 'Fortsett med dette utkastet').click();
    await third.updateComplete;
    expect(getByRole<HTMLInputElement>(third, 'textbox', 'Navn på tilbudet').value).to.equal('Arbeidstrening');
    // The one left is still there to go back to.
    const back = getByRole<HTMLSelectElement>(third, 'combobox', 'Utkast å fortsette med');
    expect(back.options[0]!.textContent).to.contain('Møteplass');
    expect(storedTitles()).to.deep.equal(['Arbeidstrening', 'Møteplass']);
  });

  it('never lets two widgets on one page write over each other’s drafts', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    const [first, second] = await twoWidgets(holder);
    await nameOffer(first, 'Arbeidstrening');
    await nameOffer(second, 'Møteplass');
    await choose(first, 'Varig effekt', 'Påstått');
    await choose(second, 'Varig effekt', 'Dokumentert effekt');
    expect(storedTitles()).to.deep.equal(['Arbeidstrening', 'Møteplass']);
    await expect(first).to.be.accessible();

    // A reload of the page: each widget gets one of the two back, never the same one twice.
    holder.replaceChildren();
    const [third, fourth] = await twoWidgets(holder);
    const titles = [third, fourth].map((element) => element.assessment?.offer.title).sort();
    expect(titles).to.deep.equal(['Arbeidstrening', 'Møteplass']);
  });
});
