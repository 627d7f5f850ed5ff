import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../components/assessment/define.js';
import type { MvAssessment } from '../../../components/assessment/mv-assessment.js';
import type { MvErrorDetail } from '../../../components/assessment/assessment-events.js';
import { defaultFramework } from '../../../src/framework/default-framework.js';
import { parseFramework } from '../../../src/framework/parse-framework.js';
import { resolveText } from '../../../src/text/text.js';
import { smallFramework } from '../../fixtures/small-framework.js';
import { allByRole, deepText, getByRole } from '../../helpers/accessible.js';

const FIXTURES = '/test/fixtures/assessment';

/** Creates an element that listens for `mv-error` from the start, and collects the events. */
async function mount(template: ReturnType<typeof html>) {
  const errors: MvErrorDetail[] = [];
  const wrapper = await fixture<HTMLDivElement>(
    html`<div @mv-error=${(event: CustomEvent<MvErrorDetail>) => errors.push(event.detail)}>${template}</div>`,
  );
  const element = wrapper.querySelector('mv-assessment') as MvAssessment;
  return { element, errors };
}

/** Creates an element holding an inline `<script type="application/json">` (Lit cannot bind inside a script). */
async function mountInline(json: string, attributes: Record<string, string>, framework?: unknown) {
  const errors: MvErrorDetail[] = [];
  const wrapper = await fixture<HTMLDivElement>(
    html`<div @mv-error=${(event: CustomEvent<MvErrorDetail>) => errors.push(event.detail)}></div>`,
  );
  const element = document.createElement('mv-assessment');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (framework !== undefined) element.framework = framework as MvAssessment['framework'];
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = json;
  element.append(script);
  wrapper.append(element);
  await element.updateComplete;
  return { element, errors };
}

/** Waits until the element has left its loading state. */
async function settled(element: MvAssessment, timeout = 5000) {
  await waitUntil(() => element.shadowRoot?.querySelector('.loading') === null, 'still loading', { timeout });
  await element.updateComplete;
}

describe('mv-assessment: where the framework comes from', () => {
  it('uses the built-in default framework when given nothing', async () => {
    const { element } = await mount(html`<mv-assessment storage="none"></mv-assessment>`);
    await settled(element);
    const heading = getByRole(element, 'heading', resolveText(defaultFramework.title, 'nb'));
    expect(heading).to.not.be.oneOf([null, undefined]);
    const groups = allByRole(element, 'group');
    const criteria = defaultFramework.dimensions.flatMap((dimension) => dimension.criteria);
    expect(groups.length).to.equal(criteria.length);
    await expect(element).to.be.accessible();
  });

  it('fetches framework-src and shows a loading state meanwhile', async () => {
    const { element } = await mount(
      html`<mv-assessment storage="none" framework-src=${`${FIXTURES}/small-framework.json`}></mv-assessment>`,
    );
    expect(getByRole(element, 'status', /Laster vurderingsskjemaet/)).to.not.be.oneOf([null, undefined]);
    await settled(element);
    expect(getByRole(element, 'heading', 'Liten testramme')).to.not.be.oneOf([null, undefined]);
    expect(allByRole(element, 'group').length).to.equal(5);
  });

  it('prefers an inline JSON framework to framework-src', async () => {
    const inline = JSON.stringify({ ...smallFramework, id: 'inline-ramme', title: 'Innebygd ramme' });
    const { element } = await mountInline(inline, {
      storage: 'none',
      'framework-src': `${FIXTURES}/small-framework.json`,
    });
    await settled(element);
    expect(getByRole(element, 'heading', 'Innebygd ramme')).to.not.be.oneOf([null, undefined]);
    expect(element.assessment?.framework.id).to.equal('inline-ramme');
  });

  it('prefers the framework property to everything else', async () => {
    const inline = JSON.stringify({ ...smallFramework, id: 'inline-ramme', title: 'Innebygd ramme' });
    const { element } = await mountInline(inline, { storage: 'none' }, smallFramework);
    await settled(element);
    expect(getByRole(element, 'heading', 'Liten testramme')).to.not.be.oneOf([null, undefined]);
    expect(element.assessment?.framework.id).to.equal(smallFramework.id);
  });
});

describe('mv-assessment: when the framework cannot be used', () => {
  it('lists every problem of an invalid framework with its path, and fires mv-error for each', async () => {
    const { element, errors } = await mount(
      html`<mv-assessment storage="none" framework-src=${`${FIXTURES}/invalid-framework.json`}></mv-assessment>`,
    );
    await settled(element);
    const alert = getByRole(element, 'alert');
    const text = deepText(alert);
    expect(text).to.contain('Vurderingsskjemaet har feil og kan ikke brukes');
    expect(text).to.contain('Sted: id');
    expect(text).to.contain('Sted: dimensions');
    expect(text).to.contain('Sted: dimensions[1].criteria[0].id');
    // Never half a form.
    expect(allByRole(element, 'group')).to.have.length(0);
    expect(allByRole(element, 'radio')).to.have.length(0);
    expect(errors.map((error) => error.code)).to.have.members(['bad-id', 'too-few-dimensions', 'duplicate-id']);
    const duplicate = errors.find((error) => error.code === 'duplicate-id');
    expect(duplicate?.path).to.equal('dimensions[1].criteria[0].id');
    expect(duplicate?.message).to.contain('same');
    await expect(element).to.be.accessible();
  });

  it('shows the problems in the user\'s language', async () => {
    const { element, errors } = await mount(
      html`<mv-assessment lang="en" storage="none" framework-src=${`${FIXTURES}/invalid-framework.json`}></mv-assessment>`,
    );
    await settled(element);
    expect(deepText(getByRole(element, 'alert'))).to.contain('The assessment form has errors and cannot be used');
    expect(deepText(getByRole(element, 'alert'))).to.contain('Where: dimensions');
    expect(errors[0]?.message).to.match(/[a-z]/);
    expect(errors.some((error) => /radar/i.test(error.message))).to.equal(true);
  });

  it('reports an invalid framework set as a property', async () => {
    const broken = { ...smallFramework, dimensions: smallFramework.dimensions.slice(0, 2) };
    const { element, errors } = await mount(html`<mv-assessment storage="none" .framework=${broken}></mv-assessment>`);
    await settled(element);
    expect(deepText(getByRole(element, 'alert'))).to.contain('Sted: dimensions');
    expect(errors.map((error) => error.code)).to.deep.equal(['too-few-dimensions']);
  });

  for (const lang of ['nb', 'en'] as const) {
    it(`shows the same problem messages as parseFramework, in ${lang}, once updateComplete resolves`, async () => {
      // Problems of the shared readers and of the framework's own rules, and a warning.
      const [first, second] = smallFramework.dimensions;
      const broken = { ...smallFramework, extra: true, dimensions: [{ ...first, weight: -1 }, second] };
      const expected = parseFramework(broken).problems;
      expect(expected.map((problem) => problem.code)).to.have.members(['unknown-field', 'too-few-dimensions', 'bad-weight']);

      const { element, errors } = await mount(
        html`<mv-assessment lang=${lang} storage="none" .framework=${broken}></mv-assessment>`,
      );
      // The messages are imported for the broken framework; updateComplete waits for them.
      await element.updateComplete;
      const text = deepText(getByRole(element, 'alert'));
      for (const problem of expected) expect(text).to.contain(problem.message[lang]);
      expect(errors).to.deep.equal(
        expected
          .filter((problem) => problem.severity === 'error')
          .map((problem) => ({ code: problem.code, message: problem.message[lang], path: problem.path })),
      );
    });
  }

  it('says a missing file was not found (404) and offers a retry', async () => {
    const url = `${FIXTURES}/finnes-ikke.json`;
    const { element, errors } = await mount(html`<mv-assessment storage="none" framework-src=${url}></mv-assessment>`);
    await settled(element);
    const alert = getByRole(element, 'alert');
    expect(deepText(alert)).to.contain('404');
    expect(deepText(alert)).to.contain(url);
    expect(errors).to.deep.equal([{ code: 'framework-not-found', message: errors[0]?.message }]);
    await expect(element).to.be.accessible();

    const again = oneEvent(element, 'mv-error');
    getByRole(element, 'button', 'Prøv igjen').click();
    expect((await again).detail.code).to.equal('framework-not-found');
  });

  it('says the server failed (500)', async () => {
    const { element, errors } = await mount(
      html`<mv-assessment lang="nn" storage="none" framework-src="/__test__/status/500"></mv-assessment>`,
    );
    await settled(element);
    expect(deepText(getByRole(element, 'alert'))).to.contain('Tenaren svarte med ein feil (500)');
    expect(errors.map((error) => error.code)).to.deep.equal(['framework-server-error']);
    expect(getByRole(element, 'button', 'Prøv igjen')).to.not.be.oneOf([null, undefined]);
  });

  it('loads after a retry when the server has recovered', async () => {
    const token = `retry-${Date.now()}`;
    const { element, errors } = await mount(
      html`<mv-assessment storage="none" framework-src=${`/__test__/fail-once/${token}`}></mv-assessment>`,
    );
    await settled(element);
    expect(errors.map((error) => error.code)).to.deep.equal(['framework-server-error']);
    getByRole(element, 'button', 'Prøv igjen').click();
    await waitUntil(() => allByRole(element, 'group').length === 5, 'the form did not appear after the retry');
    expect(allByRole(element, 'alert')).to.have.length(0);
  });

  it('says a file that is not JSON cannot be used', async () => {
    const { element, errors } = await mount(
      html`<mv-assessment lang="en" storage="none" framework-src=${`${FIXTURES}/not-json.json`}></mv-assessment>`,
    );
    await settled(element);
    expect(deepText(getByRole(element, 'alert'))).to.contain('is not valid JSON');
    expect(errors.map((error) => error.code)).to.deep.equal(['framework-not-json']);
    await expect(element).to.be.accessible();
  });

  it('says an inline framework that is not JSON cannot be used', async () => {
    const { element, errors } = await mountInline('{ not json', { storage: 'none' });
    await settled(element);
    expect(deepText(getByRole(element, 'alert'))).to.contain('Skjemaet som er skrevet inn på siden, er ikke gyldig JSON');
    expect(errors.map((error) => error.code)).to.deep.equal(['framework-not-json']);
  });

  it('says the network failed when the server cannot be reached', async () => {
    const { element, errors } = await mount(
      html`<mv-assessment storage="none" framework-src="http://127.0.0.1:9/framework.json"></mv-assessment>`,
    );
    await settled(element);
    expect(deepText(getByRole(element, 'alert'))).to.contain('Sjekk nettforbindelsen');
    expect(errors.map((error) => error.code)).to.deep.equal(['framework-network']);
  });

  it('gives up after 15 seconds and says it took too long', async function () {
    this.timeout(40_000);
    const { element, errors } = await mount(
      html`<mv-assessment storage="none" framework-src="/__test__/slow/25000"></mv-assessment>`,
    );
    await aTimeoutCheck(element);
    await settled(element, 25_000);
    expect(deepText(getByRole(element, 'alert'))).to.contain('Det tok for lang tid');
    expect(errors.map((error) => error.code)).to.deep.equal(['framework-timeout']);
    expect(getByRole(element, 'button', 'Prøv igjen')).to.not.be.oneOf([null, undefined]);
  });
});

/** While the slow request runs, the element shows its loading state, not a blank box. */
async function aTimeoutCheck(element: MvAssessment) {
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(getByRole(element, 'status', /Laster/)).to.not.be.oneOf([null, undefined]);
}
