import { expect, waitUntil } from '@open-wc/testing';
import type { Assessment } from '../../../src/assessment/types.js';
import type { MvWorkspace } from '../../../components/workspace/mv-workspace.js';
import { assess, compareFramework } from '../../fixtures/compare-assessments.js';
import { sendKeys } from '../../helpers/commands.js';
import { focused, freshDatabasePerTest, openWorkspace, seed, stored, tabUntil, textOf } from './workspace-harness.js';

const TITLE = 'Arbeidstrening i kafé';

function mineAssessment(): Assessment {
  const mine = assess(TITLE, { 'goal-named': 2, 'goal-lasting': 3, 'users-design': 4 }, { createdAt: '2026-10-01T10:00:00.000Z' });
  mine.answers['goal-named']!.comment = 'Målet er navngitt i søknaden.';
  mine.decision = { conclusion: 'undecided', assessor: { name: 'Kari Nordmann' } };
  return mine;
}

function theirsAssessment(): Assessment {
  const theirs = assess(TITLE, { 'goal-named': 4, 'goal-lasting': 3, 'users-delivery': 1 }, { createdAt: '2026-10-03T10:00:00.000Z' });
  theirs.answers['goal-named']!.comment = 'Viser til planen med sidetall.';
  theirs.decision = { conclusion: 'undecided', assessor: { name: 'Per Olsen' } };
  return theirs;
}

function section(el: MvWorkspace): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>('[part="agreement"]')!;
}

function select(el: MvWorkspace, label: string): HTMLSelectElement {
  const found = [...section(el).querySelectorAll('select')].find((candidate) => textOf(candidate.labels?.[0]).startsWith(label));
  if (!found) throw new Error(`no select labelled ${label}`);
  return found;
}

/** Picks the option whose text contains `text`, as a pointer user would. */
function pick(el: MvWorkspace, label: string, text: string): void {
  const chosen = select(el, label);
  const option = [...chosen.options].find((candidate) => candidate.text.includes(text));
  if (!option) throw new Error(`no option ${text}`);
  chosen.value = option.value;
  chosen.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The criteria listed as differing, by the legend of each. */
function differing(el: MvWorkspace): string[] {
  return [...section(el).querySelectorAll('fieldset.difference > legend')].map((legend) => textOf(legend));
}

const assessedOn = (iso: string) => new Intl.DateTimeFormat('nb-NO', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

describe('<mv-workspace>: two assessors, one agreed assessment', () => {
  const database = freshDatabasePerTest();

  it('lists exactly the criteria the two judged differently, with both levels and justifications', async () => {
    await seed(database.name, [mineAssessment(), theirsAssessment()]);
    const el = await openWorkspace(database.name, compareFramework, 'nb', 2);
    expect(textOf(section(el))).to.contain('Velg din vurdering og kollegaens for å se hvor dere er uenige.');
    await expect(el).to.be.accessible();

    pick(el, 'Din vurdering', '1. okt. 2026');
    pick(el, 'Kollegaens vurdering', '3. okt. 2026');
    await waitUntil(() => differing(el).length > 0, 'the differences are listed');
    expect(differing(el)).to.deep.equal([
      'Navngitt mål (Langsiktige mål)',
      'Brukere i utforming (Brukermedvirkning)',
      'Brukere i levering (Brukermedvirkning)',
    ]);
    expect(textOf(section(el).querySelector('h4'))).to.equal('3 kriterier der dere har vurdert ulikt');
    const first = textOf(section(el).querySelector('fieldset.difference dl'));
    expect(first).to.equal(
      'Kari Nordmann 2 – Nivå 2 Begrunnelse: Målet er navngitt i søknaden. Per Olsen 4 – Nivå 4 Begrunnelse: Viser til planen med sidetall.',
    );
    const second = textOf(section(el).querySelectorAll('fieldset.difference dl')[1]);
    expect(second).to.equal('Kari Nordmann 4 – Nivå 4 Ingen begrunnelse. Per Olsen Ikke besvart Ingen begrunnelse.');
    // Each agreed level is a native radio group, named by the criterion and "Omforent nivå".
    const radios = section(el).querySelectorAll<HTMLInputElement>('fieldset.difference input[type="radio"]');
    expect(radios).to.have.length(3 * 6);
    // The radar draws both until every difference is settled.
    const radar = section(el).querySelector('mv-radar') as HTMLElement & { assessments: Assessment[]; labels: string[] };
    expect(radar.labels).to.deep.equal(['Kari Nordmann', 'Per Olsen']);
    await expect(el).to.be.accessible();
  });

  it('is merged by keyboard alone, and the agreed assessment records whose assessments it rests on', async () => {
    await seed(database.name, [mineAssessment(), theirsAssessment()]);
    const el = await openWorkspace(database.name, compareFramework, 'nb', 2);
    const isSelect = (label: string) => (element: Element) => element instanceof HTMLSelectElement && textOf(element.labels?.[0]).startsWith(label);

    const mineSelect = (await tabUntil(isSelect('Din vurdering'))) as HTMLSelectElement;
    while (!mineSelect.selectedOptions[0]?.text.includes('1. okt. 2026')) await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => select(el, 'Kollegaens vurdering').options.length === 2, 'the colleague can be chosen');
    await tabUntil(isSelect('Kollegaens vurdering'));
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => differing(el).length === 3, 'the differences are listed');

    const notes = ['Enige etter samtale: planen er navngitt, men ikke delmålet.', 'Brukerne var med fra start.', 'Lite i levering så langt.'];
    const levels = [3, 4, 1];
    const criteria = ['goal-named', 'users-design', 'users-delivery'];
    for (const [index, criterion] of criteria.entries()) {
      await tabUntil((element) => element instanceof HTMLInputElement && element.type === 'radio' && element.closest('fieldset.difference')?.getAttribute('data-criterion') === criterion);
      for (let step = 0; step < levels[index]!; step += 1) await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Tab' });
      expect(focused()?.tagName).to.equal('TEXTAREA');
      await sendKeys({ type: notes[index]! });
    }
    const radar = section(el).querySelector('mv-radar') as HTMLElement & { labels: string[] };
    await waitUntil(() => radar.labels.length === 3, 'the agreed assessment joins the radar');
    expect(radar.labels).to.deep.equal(['Kari Nordmann', 'Per Olsen', 'Omforent vurdering']);
    await expect(el).to.be.accessible();

    const save = await tabUntil((element) => element instanceof HTMLButtonElement && textOf(element) === 'Lagre den omforente vurderingen');
    expect(save.tagName).to.equal('BUTTON');
    await sendKeys({ press: 'Enter' });
    const status = () => textOf(el.shadowRoot!.querySelector('.status'));
    await waitUntil(() => status().includes('er lagret i biblioteket'), 'saved', { timeout: 15_000 });
    expect(status()).to.equal(
      `Den omforente vurderingen av «${TITLE}» er lagret i biblioteket. Den bygger på Kari Nordmann (vurdert ${assessedOn('2026-10-01T10:00:00.000Z')}) og Per Olsen (vurdert ${assessedOn('2026-10-03T10:00:00.000Z')}).`,
    );

    const saved = (await stored(database.name)).find((assessment) => assessment.basedOn);
    expect(saved?.basedOn).to.deep.equal([
      { assessor: 'Kari Nordmann', mode: 'official', createdAt: '2026-10-01T10:00:00.000Z', updatedAt: '2026-10-01T10:00:00.000Z' },
      { assessor: 'Per Olsen', mode: 'official', createdAt: '2026-10-03T10:00:00.000Z', updatedAt: '2026-10-03T10:00:00.000Z' },
    ]);
    expect(saved!.answers['goal-named']).to.deep.equal({ value: 3, comment: notes[0] });
    expect(saved!.answers['users-design']).to.deep.equal({ value: 4, comment: notes[1] });
    expect(saved!.answers['users-delivery']).to.deep.equal({ value: 1, comment: notes[2] });
    expect(saved!.answers['goal-lasting']).to.deep.equal({ value: 3 });
    // The library lists it, saying what it rests on.
    await waitUntil(() => textOf(el.shadowRoot!.querySelector('tbody')).includes('Omforent, bygger på Kari Nordmann'), 'listed');
  });

  it('refuses to save while a difference is open, says which, and moves focus there', async () => {
    await seed(database.name, [mineAssessment(), theirsAssessment()]);
    const el = await openWorkspace(database.name, compareFramework, 'nb', 2);
    pick(el, 'Din vurdering', '1. okt. 2026');
    pick(el, 'Kollegaens vurdering', '3. okt. 2026');
    await waitUntil(() => differing(el).length === 3, 'listed');
    const radio = section(el).querySelector<HTMLInputElement>('fieldset[data-criterion="users-design"] input[type="radio"]')!;
    radio.click();
    [...section(el).querySelectorAll('button')].find((button) => textOf(button) === 'Lagre den omforente vurderingen')!.click();
    await waitUntil(() => section(el).querySelector('[role="alert"]'), 'the alert');
    expect(textOf(section(el).querySelector('[role="alert"]'))).to.equal('Velg et omforent nivå for 2 kriterier til: Navngitt mål, Brukere i levering.');
    await waitUntil(() => focused()?.closest('fieldset.difference')?.getAttribute('data-criterion') === 'goal-named', 'focus on the first open one');
    expect((await stored(database.name)).some((assessment) => assessment.basedOn)).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('takes the colleague’s assessment from a file', async () => {
    await seed(database.name, [mineAssessment()]);
    const el = await openWorkspace(database.name, compareFramework, 'nb', 1);
    pick(el, 'Din vurdering', '1. okt. 2026');
    const input = section(el).querySelector<HTMLInputElement>('input[type="file"]')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([JSON.stringify(theirsAssessment())], 'per-olsen.json', { type: 'application/json' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => differing(el).length === 3, 'listed from the file');
    expect(textOf(section(el))).to.contain('Kollegaens vurdering er hentet fra filen «per-olsen.json».');
    expect(section(el).querySelectorAll<HTMLInputElement>('.agreement-names input')[1]!.value).to.equal('Per Olsen');

    transfer.items.clear();
    transfer.items.add(new File(['{"format": "merverdi-'], 'ødelagt.json', { type: 'application/json' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => section(el).querySelector('[role="alert"]'), 'the file is refused');
    expect(textOf(section(el).querySelector('[role="alert"]'))).to.contain('«ødelagt.json» kunne ikke brukes:');
    await expect(el).to.be.accessible();
  });

  for (const [lang, heading, count] of [
    ['nn', 'To sakshandsamarar, éi felles vurdering', '3 kriterium der de har vurdert ulikt'],
    ['en', 'Two assessors, one agreed assessment', '3 criteria you judged differently'],
  ] as const) {
    it(`speaks ${lang} and is accessible there`, async () => {
      await seed(database.name, [mineAssessment(), theirsAssessment()]);
      const el = await openWorkspace(database.name, compareFramework, lang, 2);
      expect(textOf(section(el).querySelector('h3'))).to.equal(heading);
      const mine = section(el).querySelector('select')!;
      mine.value = mine.options[1]!.value;
      mine.dispatchEvent(new Event('change', { bubbles: true }));
      await waitUntil(() => section(el).querySelectorAll('select')[1]!.options.length === 2, 'the other is offered');
      const other = section(el).querySelectorAll('select')[1]!;
      other.value = other.options[1]!.value;
      other.dispatchEvent(new Event('change', { bubbles: true }));
      await waitUntil(() => differing(el).length === 3, 'listed');
      expect(textOf(section(el).querySelector('h4'))).to.equal(count);
      await expect(el).to.be.accessible();
    });
  }
});
