import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../../components/assessment/define.js';
import type { AssessmentEventDetail } from '../../../components/assessment/assessment-events.js';
import type { MvAssessment } from '../../../components/assessment/mv-assessment.js';
import { createAssessment } from '../../../src/assessment/create-assessment.js';
import { withAnswer } from '../../../src/assessment/update.js';
import type { Assessment } from '../../../src/assessment/types.js';
import { smallFramework } from '../../fixtures/small-framework.js';
import { allByRole, deepText, getByRole, radiosOf } from '../../helpers/accessible.js';
import { sendKeys } from '../../helpers/commands.js';

const KEY = `merverdi:draft:${smallFramework.id}:self`;

async function mount(attributes: { storageKey?: string; storage?: string } = {}) {
  const changes: AssessmentEventDetail[] = [];
  const element = await fixture<MvAssessment>(html`<mv-assessment
    .framework=${smallFramework}
    storage=${attributes.storage ?? 'local'}
    storage-key=${attributes.storageKey ?? ''}
    @mv-change=${(event: CustomEvent<AssessmentEventDetail>) => changes.push(event.detail)}
  ></mv-assessment>`);
  await element.updateComplete;
  return { element, changes };
}

/** The label of the checked radio in a group, or undefined. */
function chosen(element: MvAssessment, group: string): string | undefined {
  return radiosOf(element, group)
    .find((radio) => radio.checked)
    ?.labels?.[0]?.textContent?.trim();
}

async function choose(element: MvAssessment, group: string, level: string) {
  const radio = radiosOf(element, group).find((item) => item.labels?.[0]?.textContent?.trim() === level);
  radio!.click();
  await element.updateComplete;
}

/** Every storage key that starts with `prefix`. */
function keysStartingWith(prefix: string): string[] {
  return Object.keys(localStorage).filter((key) => key.startsWith(prefix));
}

/**
 * Removes only this file's keys: other test files may run at the same time on the same
 * origin, and their drafts are not ours to delete.
 */
function removeOwnKeys() {
  const own = [KEY, 'kommune:egen-nokkel', 'delt:nokkel', 'lesing:nektet'];
  for (const key of Object.keys(localStorage)) {
    if (own.some((prefix) => key.startsWith(prefix))) localStorage.removeItem(key);
  }
}

describe('mv-assessment: drafts', () => {
  beforeEach(removeOwnKeys);
  afterEach(removeOwnKeys);

  it('saves every change and restores it after a reload, with a note and a way to start over', async () => {
    const first = await mount();
    await choose(first.element, 'Nevner et mål', 'Dokumentert med egne data');
    getByRole<HTMLInputElement>(first.element, 'textbox', 'Navn på tilbudet').focus();
    await sendKeys({ type: 'Arbeidstrening' });
    const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Assessment;
    expect(saved.answers).to.deep.equal({ 'goals-named': { value: 3 } });
    expect(saved.offer).to.deep.equal({ title: 'Arbeidstrening' });
    expect(deepText(first.element.shadowRoot!)).to.contain('Utkastet lagres automatisk i denne nettleseren.');

    // A reload: the element goes, a new one comes with the same key.
    fixtureCleanup();
    const second = await mount();
    expect(chosen(second.element, 'Nevner et mål')).to.equal('Dokumentert med egne data');
    expect(getByRole<HTMLInputElement>(second.element, 'textbox', 'Navn på tilbudet').value).to.equal('Arbeidstrening');
    expect(deepText(second.element.shadowRoot!)).to.contain('Vi hentet fram utkastet ditt fra');
    expect(second.element.assessment?.answers).to.deep.equal({ 'goals-named': { value: 3 } });
    await expect(second.element).to.be.accessible();

    getByRole(second.element, 'button', 'Start på nytt').click();
    await second.element.updateComplete;
    expect(chosen(second.element, 'Nevner et mål')).to.equal(undefined);
    expect(getByRole<HTMLInputElement>(second.element, 'textbox', 'Navn på tilbudet').value).to.equal('');
    // Starting over keeps the draft it leaves: nothing is deleted by a single click.
    expect(JSON.parse(localStorage.getItem(KEY) ?? 'null').answers).to.deep.equal({ 'goals-named': { value: 3 } });
    expect(allByRole(second.element, 'button', 'Start på nytt')).to.have.length(0);
    expect(second.changes.at(-1)?.assessment.answers).to.deep.equal({});

    // An untouched fresh form is no draft, so a reload brings back the one that was kept.
    fixtureCleanup();
    const third = await mount();
    expect(deepText(third.element.shadowRoot!)).to.contain('Vi hentet fram utkastet');
    expect(chosen(third.element, 'Nevner et mål')).to.equal('Dokumentert med egne data');
  });

  it('uses storage-key when given', async () => {
    const { element } = await mount({ storageKey: 'kommune:egen-nokkel' });
    await choose(element, 'Varig effekt', 'Påstått');
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(JSON.parse(localStorage.getItem('kommune:egen-nokkel') ?? '{}').answers).to.deep.equal({
      'goals-lasting': { value: 1 },
    });
  });

  it('saves nothing with storage="none"', async () => {
    const { element } = await mount({ storage: 'none' });
    await choose(element, 'Varig effekt', 'Påstått');
    expect(keysStartingWith(KEY)).to.deep.equal([]);
    expect(deepText(element.shadowRoot!)).not.to.contain('Utkast');
  });

  it('moves a corrupt draft aside, tells the user, and starts afresh', async () => {
    localStorage.setItem(KEY, '{"format": "merverdi-assessment", oops');
    const { element } = await mount();
    const aside = keysStartingWith(`${KEY}:corrupt:`);
    expect(aside).to.have.length(1);
    expect(localStorage.getItem(aside[0]!)).to.equal('{"format": "merverdi-assessment", oops');
    expect(localStorage.getItem(KEY)).to.equal(null);
    const text = deepText(element.shadowRoot!);
    expect(text).to.contain('Et lagret utkast kunne ikke leses');
    expect(text).to.contain(aside[0]!);
    expect(element.assessment?.answers).to.deep.equal({});
    await expect(element).to.be.accessible();

    await choose(element, 'Varig effekt', 'Påstått');
    expect(JSON.parse(localStorage.getItem(KEY) ?? '{}').answers).to.deep.equal({ 'goals-lasting': { value: 1 } });
    expect(localStorage.getItem(aside[0]!)).to.equal('{"format": "merverdi-assessment", oops');
  });

  it('moves aside a draft written for another framework', async () => {
    const foreign = { ...createAssessment(smallFramework), framework: { id: 'en-annen-ramme' } };
    localStorage.setItem('delt:nokkel', JSON.stringify(foreign));
    const { element } = await mount({ storageKey: 'delt:nokkel' });
    expect(keysStartingWith('delt:nokkel:corrupt:')).to.have.length(1);
    expect(deepText(element.shadowRoot!)).to.contain('Det gamle utkastet er ikke slettet');
  });

  describe('when the browser refuses storage', () => {
    const originalSetItem = Storage.prototype.setItem;
    const originalGetItem = Storage.prototype.getItem;
    afterEach(() => {
      Storage.prototype.setItem = originalSetItem;
      Storage.prototype.getItem = originalGetItem;
    });

    it('keeps working and says drafts are not being saved when every write fails', async () => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      const { element, changes } = await mount();
      expect(deepText(element.shadowRoot!)).to.contain('Utkast blir ikke lagret');
      await choose(element, 'Varig effekt', 'Dokumentert effekt');
      expect(changes.at(-1)?.assessment.answers['goals-lasting']).to.deep.equal({ value: 4 });
      expect(chosen(element, 'Varig effekt')).to.equal('Dokumentert effekt');
      await expect(element).to.be.accessible();
    });

    it('says so as soon as storage fills up, and again when it has room', async () => {
      let full = false;
      Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
        if (full && key.startsWith('merverdi:draft:')) {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        originalSetItem.call(this, key, value);
      };
      const { element } = await mount();
      expect(deepText(element.shadowRoot!)).not.to.contain('Utkast blir ikke lagret');
      full = true;
      await choose(element, 'Varig effekt', 'Påstått');
      expect(deepText(element.shadowRoot!)).to.contain('Utkast blir ikke lagret');
      full = false;
      await choose(element, 'Varig effekt', 'Dokumentert effekt');
      expect(deepText(element.shadowRoot!)).not.to.contain('Utkast blir ikke lagret');
      expect(JSON.parse(localStorage.getItem(KEY) ?? '{}').answers).to.deep.equal({ 'goals-lasting': { value: 4 } });
    });

    it('keeps working when even reading is refused', async () => {
      Storage.prototype.getItem = function () {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      };
      const { element } = await mount({ storageKey: 'lesing:nektet' });
      expect(deepText(element.shadowRoot!)).to.contain('Utkast blir ikke lagret');
      await choose(element, 'Varig effekt', 'Påstått');
      expect(element.assessment?.answers['goals-lasting']).to.deep.equal({ value: 1 });
    });
  });

  describe('two tabs on the same draft', () => {
    let frame: HTMLIFrameElement | undefined;
    afterEach(() => frame?.remove());

    /** Another browsing context on the same origin, writing to the same storage as "another tab" would. */
    async function otherTab(): Promise<Storage> {
      frame = document.createElement('iframe');
      frame.title = 'Another tab';
      document.body.append(frame);
      await new Promise((resolve) => setTimeout(resolve, 0));
      return frame.contentWindow!.localStorage;
    }

    function newerVersion(): Assessment {
      const later = new Date(Date.now() + 60_000);
      return withAnswer(smallFramework, createAssessment(smallFramework, { now: later }), 'feas-owner', { value: 4 }, later);
    }

    it('asks before replacing this version with a newer one saved in another tab', async () => {
      const { element, changes } = await mount();
      await choose(element, 'Varig effekt', 'Påstått');
      const storage = await otherTab();
      storage.setItem(KEY, JSON.stringify(newerVersion()));
      await waitUntil(() => allByRole(element, 'alert').length === 1, 'no question about the other tab');
      expect(deepText(getByRole(element, 'alert'))).to.contain('endret i en annen fane');
      // Nothing changed on screen until the user chooses.
      expect(chosen(element, 'Varig effekt')).to.equal('Påstått');
      await expect(element).to.be.accessible();

      getByRole(element, 'button', 'Hent versjonen fra den andre fanen').click();
      await element.updateComplete;
      expect(chosen(element, 'Navngitt eier')).to.equal('Dokumentert effekt');
      expect(chosen(element, 'Varig effekt')).to.equal(undefined);
      expect(changes.at(-1)?.assessment.answers).to.deep.equal({ 'feas-owner': { value: 4 } });
      expect(allByRole(element, 'alert')).to.have.length(0);
    });

    it('keeps this version, and saves it, when the user says so', async () => {
      const { element } = await mount();
      await choose(element, 'Varig effekt', 'Påstått');
      const storage = await otherTab();
      storage.setItem(KEY, JSON.stringify(newerVersion()));
      await waitUntil(() => allByRole(element, 'alert').length === 1, 'no question about the other tab');
      // While the question is open, a change here does not overwrite the other tab's version.
      await choose(element, 'Varig effekt', 'Dokumentert effekt');
      expect(JSON.parse(localStorage.getItem(KEY) ?? '{}').answers).to.deep.equal({ 'feas-owner': { value: 4 } });

      getByRole(element, 'button', 'Behold denne versjonen').click();
      await element.updateComplete;
      expect(JSON.parse(localStorage.getItem(KEY) ?? '{}').answers).to.deep.equal({ 'goals-lasting': { value: 4 } });
      expect(chosen(element, 'Varig effekt')).to.equal('Dokumentert effekt');
    });
  });
});
