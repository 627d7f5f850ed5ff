import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../components/assessment/define.js';
import type { AssessmentEventDetail } from '../../../components/assessment/assessment-events.js';
import type { MvAssessment } from '../../../components/assessment/mv-assessment.js';
import { defaultFramework } from '../../../src/framework/default-framework.js';
import { scoreAssessment } from '../../../src/scoring/score.js';
import { resolveText } from '../../../src/text/text.js';
import { accessibleName, allByRole, deepActiveElement } from '../../helpers/accessible.js';
import { sendKeys, setViewport } from '../../helpers/commands.js';

const CRITERIA = defaultFramework.dimensions.flatMap((dimension) => dimension.criteria).length;

async function mount() {
  const completions: AssessmentEventDetail[] = [];
  const element = await fixture<MvAssessment>(html`<mv-assessment
    storage="none"
    @mv-complete=${(event: CustomEvent<AssessmentEventDetail>) => completions.push(event.detail)}
  ></mv-assessment>`);
  await element.updateComplete;
  return { element, completions };
}

/** The fieldset (criterion) a focused radio belongs to. */
function groupOf(radio: Element): HTMLFieldSetElement | null {
  return radio.closest('fieldset');
}

/**
 * Completes every criterion with the keyboard alone: Tab to each radio group, then Space
 * (first level) or the arrow keys (a later level) to choose; in the one-area-at-a-time layout,
 * Enter on "Neste område" moves on and lands on the next area's first question, which is
 * answered where the focus lands. Returns how many keys were pressed.
 */
async function completeByKeyboard(element: MvAssessment, completions: AssessmentEventDetail[]): Promise<number> {
  let presses = 0;
  let groupsAnswered = 0;
  // By name: in the one-area layout the same fieldsets are reused for the next area.
  const answered = new Set<string>();
  const actOnFocus = async (): Promise<void> => {
    const focused = deepActiveElement();
    if (focused instanceof HTMLInputElement && focused.type === 'radio') {
      const group = groupOf(focused);
      const name = group ? accessibleName(group) : '';
      if (group && !answered.has(name)) {
        const steps = groupsAnswered % 3;
        if (steps === 0) {
          await sendKeys({ press: ' ' });
          presses += 1;
        }
        for (let step = 0; step < steps; step += 1) {
          await sendKeys({ press: 'ArrowDown' });
          presses += 1;
        }
        answered.add(name);
        groupsAnswered += 1;
        await element.updateComplete;
      }
    } else if (focused instanceof HTMLButtonElement && accessibleName(focused) === 'Neste område') {
      await sendKeys({ press: 'Enter' });
      presses += 1;
      await element.updateComplete;
      await waitUntil(() => deepActiveElement() !== focused, 'the focus stayed on "Neste område"');
      await actOnFocus();
    }
  };
  while (completions.length === 0 && presses < 400) {
    await sendKeys({ press: 'Tab' });
    presses += 1;
    await actOnFocus();
  }
  return presses;
}

describe('mv-assessment: by keyboard alone', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('completes the whole default assessment with Tab, Space and the arrow keys', async function () {
    this.timeout(60_000);
    await setViewport({ width: 1280, height: 900 });
    const { element, completions } = await mount();
    expect(allByRole(element, 'group')).to.have.length(CRITERIA);
    const presses = await completeByKeyboard(element, completions);

    expect(completions).to.have.length(1);
    const { assessment } = completions[0]!;
    expect(Object.keys(assessment.answers)).to.have.length(CRITERIA);
    expect(assessment.completeness).to.equal(1);
    const expected = scoreAssessment(defaultFramework, assessment);
    expect(assessment.scores.overall).to.equal(expected.overall);
    expect(assessment.scores.overall).to.be.greaterThan(0);
    // Quick: about two keys per criterion and two more past its explanation and first link
    // (enabled once answered), plus the offer fields and the axis navigation.
    expect(presses).to.be.lessThan(CRITERIA * 5 + 30);
    await expect(element).to.be.accessible();
  });

  it('shows one axis at a time on a narrow screen and still completes by keyboard', async function () {
    this.timeout(60_000);
    await setViewport({ width: 360, height: 800 });
    const { element, completions } = await mount();
    const first = defaultFramework.dimensions[0]!;
    await waitUntil(() => allByRole(element, 'group').length === first.criteria.length, 'not one axis at a time');
    expect(allByRole(element, 'button', 'Neste område')).to.have.length(1);
    expect(allByRole(element, 'button', 'Forrige område')).to.have.length(0);
    await expect(element).to.be.accessible();

    await completeByKeyboard(element, completions);
    expect(completions).to.have.length(1);
    expect(completions[0]!.assessment.completeness).to.equal(1);
    // The last axis is on screen, and the way back is there.
    expect(allByRole(element, 'button', 'Forrige område')).to.have.length(1);
    expect(allByRole(element, 'button', 'Neste område')).to.have.length(0);
  });

  it('lands on the next area\'s first question after "Neste område", and can show every area', async () => {
    await setViewport({ width: 360, height: 800 });
    const { element } = await mount();
    const [first, second] = defaultFramework.dimensions;
    await waitUntil(() => allByRole(element, 'group').length === first!.criteria.length, 'not one area at a time');
    const next = allByRole<HTMLButtonElement>(element, 'button', 'Neste område')[0]!;
    next.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    // The focus is on the first radio of the new area's first question, ready to answer.
    await waitUntil(() => deepActiveElement() instanceof HTMLInputElement, 'the focus did not move to a question');
    const focused = deepActiveElement() as HTMLInputElement;
    expect(focused.type).to.equal('radio');
    expect(accessibleName(groupOf(focused)!)).to.equal(resolveText(second!.criteria[0]!.title, 'nb'));
    // A Space answers it, without any Tab past the area buttons.
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(element.assessment!.answers[second!.criteria[0]!.id]).to.have.property('value');
    const current = allByRole(element, 'navigation', 'Områder')[0]!.querySelector('[aria-current="step"]');
    expect(current?.textContent).to.contain(typeof second!.short === 'string' ? second!.short : second!.short?.nb);

    allByRole<HTMLButtonElement>(element, 'button', 'Vis alle områdene')[0]!.click();
    await element.updateComplete;
    expect(allByRole(element, 'group')).to.have.length(CRITERIA);
    expect(allByRole(element, 'button', 'Vis ett område om gangen')).to.have.length(1);
  });
});
