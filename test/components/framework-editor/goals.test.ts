import { expect, fixture, html } from '@open-wc/testing';
import '../../../components/framework-editor/define.js';
import type { MvFrameworkEditor } from '../../../components/framework-editor/mv-framework-editor.js';
import { sdgTemplate } from '../../../src/framework/sdg-template.js';
import { sendKeys } from '../../helpers/commands.js';
import { announced, atPath, button, fill, labelled, nameOf, root } from './helpers.js';

/** The goal list as a kommune types or pastes it: bullets, numbers, a blank line. */
const LIST = '• Flere deltar i arbeid\n\n2. Færre er ensomme\n3) Barn og unge har en trygg oppvekst';

const focused = (el: MvFrameworkEditor): Element => root(el).activeElement!;

async function tab(el: MvFrameworkEditor, times = 1): Promise<void> {
  for (let i = 0; i < times; i += 1) await sendKeys({ press: 'Tab' });
  await el.updateComplete;
}

/** Types a short text into a control from the keyboard, as a user does. */
async function typeInto(el: MvFrameworkEditor, control: HTMLElement, text: string): Promise<void> {
  control.focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

/** Pastes a text into a control (focused first, as a paste needs), and lets the editor react. */
async function paste(el: MvFrameworkEditor, control: HTMLElement, text: string): Promise<void> {
  control.focus();
  await fill(el, control as HTMLInputElement, text);
}

const allCriteria = (el: MvFrameworkEditor) => el.framework.dimensions.flatMap((d) => d.criteria);

describe('<mv-framework-editor>: the kommune’s goals', () => {
  it('turns a pasted goal list into goals with draft criteria, by keyboard, replacing the examples', async function () {
    this.timeout(60_000);
    // No axe run here: over the default framework (with its 28-criterion preview) one takes
    // most of a minute on a shared machine; the tests below check the same section with axe.
    const el = await fixture<MvFrameworkEditor>(html`<mv-framework-editor storage="none" lang="nb"></mv-framework-editor>`);

    const section = root(el).querySelector('section[aria-labelledby="goals-heading"]')!;
    expect(root(el).getElementById('goals-heading')!.textContent).to.equal('Kommunens mål');
    expect(section.textContent).to.contain('Målene under er eksempler.');
    // Each goal is a closed disclosure named by its number and title, until the kommune opens it.
    expect([...section.querySelectorAll('details.goal')].map((d) => (d as HTMLDetailsElement).open)).to.deep.equal([false, false, false, false]);
    expect([...section.querySelectorAll('summary')].map(nameOf)).to.deep.equal([
      'Mål 1: Eksempel: Flere deltar i arbeid, utdanning eller meningsfull aktivitet',
      'Mål 2: Eksempel: Innbyggerne er med og former tjenestene de bruker',
      'Mål 3: Eksempel: Færre er ensomme, og alle har et fellesskap å høre til',
      'Mål 4: Eksempel: Kommunen finner nye løsninger sammen med innbyggere, frivillige og næringsliv',
    ]);

    // Type the list, then Tab through language, place and "replace the examples" to the button.
    const list = labelled<HTMLTextAreaElement>(el, 'Mål, ett per linje');
    await paste(el, list, LIST);
    expect(list.value).to.equal(LIST);
    await tab(el);
    expect(focused(el).id).to.equal('goal-paste-lang');
    expect((focused(el) as HTMLSelectElement).selectedOptions[0]!.textContent!.trim()).to.equal('bokmål');
    await tab(el);
    expect(focused(el).id).to.equal('goal-paste-place');
    expect((focused(el) as HTMLSelectElement).selectedOptions[0]!.textContent!.trim()).to.equal('Kommunens langsiktige mål');
    await tab(el);
    expect(focused(el).id).to.equal('goal-paste-replace');
    expect((focused(el) as HTMLInputElement).checked).to.equal(true);
    await tab(el);
    expect(nameOf(focused(el))).to.equal('Lag mål og kriterier');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;

    // Three goals, the examples gone, a draft criterion for each in the first area.
    const goals = el.framework.goals!;
    expect(goals.map((goal) => goal.title)).to.deep.equal([
      { nb: 'Flere deltar i arbeid' },
      { nb: 'Færre er ensomme' },
      { nb: 'Barn og unge har en trygg oppvekst' },
    ]);
    const drafts = el.framework.dimensions[0]!.criteria.slice(4);
    expect(drafts.map((c) => c.title)).to.deep.equal([
      { nb: 'Bidrar til: Flere deltar i arbeid' },
      { nb: 'Bidrar til: Færre er ensomme' },
      { nb: 'Bidrar til: Barn og unge har en trygg oppvekst' },
    ]);
    expect(drafts.map((c) => c.goals)).to.deep.equal(goals.map((goal) => [goal.id]));
    expect(allCriteria(el).flatMap((c) => c.goals ?? []).some((id) => id.startsWith('eksempel-'))).to.equal(false);
    expect(allCriteria(el).find((c) => c.id === 'mal-i-kommuneplanen')!.goals).to.deep.equal(goals.map((goal) => goal.id));

    // What happened is said, focus is on the first new goal, and the list shows what serves it.
    const done = 'Mål lagt til: 3, hvert med et kriterium i «Kommunens langsiktige mål». Fyll inn hvem som eier hvert mål.';
    expect(await announced(el)).to.equal(done);
    expect(root(el).getElementById('goal-paste-message')!.textContent!.trim()).to.equal(done);
    expect(list.value).to.equal('');
    expect(nameOf(focused(el))).to.equal('Mål 1: Flere deltar i arbeid');
    expect(section.textContent).not.to.contain('Målene under er eksempler.');
    expect(focused(el).tagName).to.equal('SUMMARY');
    const firstGoal = focused(el).closest('li')!;
    expect(firstGoal.querySelector('details')!.open).to.equal(true);
    // The next goal stays closed, and opens from the keyboard.
    const second = section.querySelectorAll<HTMLElement>('summary')[1]!;
    expect(second.closest('details')!.open).to.equal(false);
    second.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(second.closest('details')!.open).to.equal(true);
    expect(atPath(el, 'goals[1].owner.name')).to.be.instanceOf(HTMLInputElement);
    // A click opens a goal with its fields in the same update: no empty box until a toggle event.
    const third = section.querySelectorAll<HTMLElement>('summary')[2]!;
    third.click();
    await el.updateComplete;
    expect(third.closest('details')!.open).to.equal(true);
    expect(atPath(el, 'goals[2].owner.name') instanceof HTMLInputElement).to.equal(true);
    expect([...firstGoal.querySelectorAll('.served-by li')].map(nameOf)).to.deep.equal([
      'Tilbudet bidrar til navngitte mål i kommunens plan',
      'Bidrar til: Flere deltar i arbeid',
    ]);
  });

  it('lets the kommune set a goal’s owner and source from the keyboard, and prunes an emptied owner', async function () {
    this.timeout(60_000);
    const el = await fixture<MvFrameworkEditor>(
      html`<mv-framework-editor storage="none" lang="nb" .framework=${sdgTemplate([3, 8, 10])}></mv-framework-editor>`,
    );
    await paste(el, labelled(el, 'Mål, ett per linje'), 'Færre er ensomme');
    button(el, 'Lag mål og kriterier').click();
    await el.updateComplete;
    expect(el.framework.goals).to.have.lengthOf(1);

    // Each field is named with the goal and the group, so a screen reader user knows where they are.
    const name = atPath<HTMLInputElement>(el, 'goals[0].owner.name');
    expect(root(el).querySelector(`label[for="${name.id}"]`)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Mål 1, Eier av målet: Kontaktperson',
    );
    await paste(el, atPath(el, 'goals[0].owner.unit.nb'), 'Helse og mestring');
    await typeInto(el, name, 'Kari Nordmann');
    await paste(el, atPath(el, 'goals[0].owner.email'), 'kari.nordmann@eksempel.kommune.no');
    await paste(el, atPath(el, 'goals[0].owner.phone'), '+47 12 34 56 03');
    await paste(el, atPath(el, 'goals[0].owner.url'), 'https://www.eksempel.kommune.no/helse');
    await paste(el, atPath(el, 'goals[0].source.plan.nb'), 'Kommuneplanens samfunnsdel 2024–2036');
    await paste(el, atPath(el, 'goals[0].source.adopted'), '2024-06-19');
    await paste(el, atPath(el, 'goals[0].source.url'), 'https://www.eksempel.kommune.no/plan');
    expect(el.framework.goals![0]).to.deep.equal({
      id: 'faerre-er-ensomme',
      title: { nb: 'Færre er ensomme' },
      owner: {
        unit: { nb: 'Helse og mestring' },
        name: 'Kari Nordmann',
        email: 'kari.nordmann@eksempel.kommune.no',
        phone: '+47 12 34 56 03',
        url: 'https://www.eksempel.kommune.no/helse',
      },
      source: { plan: { nb: 'Kommuneplanens samfunnsdel 2024–2036' }, adopted: '2024-06-19', url: 'https://www.eksempel.kommune.no/plan' },
    });

    // Clearing every owner field removes the owner, rather than leaving an empty group behind.
    for (const path of ['owner.unit.nb', 'owner.name', 'owner.email', 'owner.phone', 'owner.url']) {
      const control = atPath<HTMLInputElement>(el, `goals[0].${path}`);
      control.focus();
      control.select();
      await sendKeys({ press: 'Backspace' });
      await el.updateComplete;
    }
    expect(el.framework.goals![0]).not.to.have.property('owner');
    await expect(el).to.be.accessible();
  });

  it('says so when the paste holds no goal, keeps the framework, and puts focus back on the list', async function () {
    this.timeout(60_000);
    const el = await fixture<MvFrameworkEditor>(
      html`<mv-framework-editor storage="none" lang="nb" .framework=${sdgTemplate([3, 8, 10])}></mv-framework-editor>`,
    );
    const before = el.framework;
    const list = labelled<HTMLTextAreaElement>(el, 'Mål, ett per linje');
    await paste(el, list, ' • \n 2. ');
    button(el, 'Lag mål og kriterier').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.framework).to.equal(before);
    const message = root(el).getElementById('goal-paste-message')!;
    expect(message.getAttribute('role')).to.equal('alert');
    expect(message.textContent!.trim()).to.equal('Lim inn minst ett mål, ett per linje.');
    expect(list.getAttribute('aria-invalid')).to.equal('true');
    expect(list.getAttribute('aria-describedby')).to.contain('goal-paste-message');
    expect(focused(el)).to.equal(list);
    // Typing again clears the complaint.
    await sendKeys({ type: 'A' });
    await el.updateComplete;
    expect(list.getAttribute('aria-invalid')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('removes a goal and every reference to it by keyboard, announces it, and undo brings it back', async () => {
    const el = await fixture<MvFrameworkEditor>(
      html`<mv-framework-editor storage="none" lang="nb" .framework=${sdgTemplate([3, 8, 10])}></mv-framework-editor>`,
    );
    await paste(el, labelled(el, 'Mål, ett per linje'), 'Flere i arbeid\nFærre er ensomme\nTrygg oppvekst');
    button(el, 'Lag mål og kriterier').click();
    await el.updateComplete;
    const remove = button(el, 'Fjern målet «Færre er ensomme»');
    remove.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(el.framework.goals!.map((goal) => goal.id)).to.deep.equal(['flere-i-arbeid', 'trygg-oppvekst']);
    expect(allCriteria(el).find((c) => c.id === 'bidrar-til-faerre-er-ensomme')).not.to.have.property('goals');
    expect(await announced(el)).to.equal('Målet «Færre er ensomme» er fjernet.');
    // Focus goes to the goal that took its place, not back to the top of the page.
    expect(nameOf(focused(el))).to.equal('Mål 2: Trygg oppvekst');
    button(el, 'Angre').click();
    await el.updateComplete;
    expect(el.framework.goals!.map((goal) => goal.id)).to.deep.equal(['flere-i-arbeid', 'faerre-er-ensomme', 'trygg-oppvekst']);
  });

  it('speaks nynorsk and English: its own texts, and "Bidreg til" / "Contributes to" for the list’s language', async function () {
    this.timeout(60_000);
    const nn = await fixture<MvFrameworkEditor>(
      html`<mv-framework-editor storage="none" lang="nn" .framework=${sdgTemplate([3, 8, 10])}></mv-framework-editor>`,
    );
    expect(root(nn).getElementById('goals-heading')!.textContent).to.equal('Måla til kommunen');
    await paste(nn, labelled(nn, 'Mål, eitt per linje'), '1. Færre er einsame');
    button(nn, 'Lag mål og kriterium').click();
    await nn.updateComplete;
    expect(nn.framework.dimensions[0]!.criteria.at(-1)!.title).to.deep.equal({ nn: 'Bidreg til: Færre er einsame' });
    expect(root(nn).querySelector('section[aria-labelledby="goals-heading"]')!.textContent).to.contain('Kriterium som bidreg til målet:');
    await expect(nn).to.be.accessible();

    const en = await fixture<MvFrameworkEditor>(
      html`<mv-framework-editor storage="none" lang="en" .framework=${sdgTemplate([3, 8, 10])}></mv-framework-editor>`,
    );
    await paste(en, labelled(en, 'Goals, one per line'), '- Fewer people are lonely');
    const place = labelled<HTMLSelectElement>(en, 'Put the criteria in');
    place.value = 'new';
    button(en, 'Make goals and criteria').click();
    await en.updateComplete;
    const added = en.framework.dimensions.at(-1)!;
    expect(added.title).to.deep.equal({ en: "The municipality's adopted goals" });
    expect(added.criteria.map((c) => c.title)).to.deep.equal([{ en: 'Contributes to: Fewer people are lonely' }]);
    expect(root(en).getElementById('goal-paste-message')!.textContent!.trim()).to.equal(
      'Goals added: 1, each with a criterion in “The municipality\'s adopted goals”. Fill in who owns each goal.',
    );
  });
});
