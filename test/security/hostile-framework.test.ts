import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import '../../components/assessment/define.js';
import '../../components/compare/define.js';
import '../../components/framework-editor/define.js';
import type { MvAssessment } from '../../components/assessment/mv-assessment.js';
import type { MvErrorDetail } from '../../components/assessment/assessment-events.js';
import type { MvFrameworkEditor } from '../../components/framework-editor/mv-framework-editor.js';
import { parseFramework } from '../../src/framework/parse-framework.js';
import { allByRole, deepQueryAll, deepText } from '../helpers/accessible.js';
import {
  armTrap,
  cleanSlatePerTest,
  container,
  hostileFramework,
  hostileFrameworkJson,
  injectionEvidence,
  UNSAFE_URLS,
} from './hostile.js';

/**
 * Lets the browser load any image, run any handler and fire any `load` a payload asked for.
 * A timer, not an animation frame: the test runner's tabs run in the background, where
 * animation frames do not come.
 */
async function letPayloadsFire() {
  await new Promise((resolve) => setTimeout(resolve, 200));
}

/** Answers every criterion of the element with the level at `index` (0-based). */
async function answerAll(element: MvAssessment, index: number) {
  for (const group of allByRole<HTMLFieldSetElement>(element, 'group')) {
    const radios = Array.from(group.querySelectorAll<HTMLInputElement>('input[type=radio]'));
    radios[index]?.click();
    await element.updateComplete;
  }
}

describe('security: a framework whose every text is hostile', () => {
  cleanSlatePerTest();

  it('has a trap that catches a payload parsed as markup (else every test here would pass for nothing)', async () => {
    const host = container();
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<img src=x onerror="window.__pwned=1"><a href="javascript:void 0">x</a>';
    // The image's error arrives after its load attempt: on a busy machine that can take a while.
    await waitUntil(() => window.__pwned !== undefined, 'the payload ran', { timeout: 10_000 });
    const evidence = injectionEvidence();
    expect(evidence).to.include('window.__pwned was set to 1');
    expect(evidence.some((line) => line.startsWith('injected <img>'))).to.equal(true);
    expect(evidence.some((line) => line.startsWith('<img onerror>'))).to.equal(true);
    expect(evidence.some((line) => line.startsWith('link with scheme javascript:'))).to.equal(true);
    host.remove();
    armTrap();
  });

  it('shows every text literally in <mv-assessment>, runs nothing and injects no element', async () => {
    const { framework, texts } = hostileFramework();
    const element = await fixture<MvAssessment>(html`<mv-assessment storage="none" .framework=${framework}></mv-assessment>`);
    await element.updateComplete;
    await answerAll(element, 1);
    await letPayloadsFire();

    expect(injectionEvidence()).to.deep.equal([]);
    const shown = deepText(element);
    // Every text drawn on screen, exactly as written. (Only level 1 was chosen, so only its
    // description shows; the other two levels' descriptions are not on screen at all.)
    const hidden = new Set(['scale.level0.description', 'scale.level2.description']);
    const missing = Object.entries(texts)
      .filter(([field]) => !hidden.has(field))
      .filter(([, value]) => !shown.includes(value))
      .map(([field]) => field);
    expect(missing, 'texts not shown literally').to.deep.equal([]);
    // The radar's text alternative names each axis by its hostile title, as text.
    const rowHeaders = deepQueryAll(element, 'th[scope=row]').map((cell) => cell.textContent?.trim());
    expect(rowHeaders).to.include.members([texts['one.title'], texts['two.title'], texts['three.title']]);
    // Links are made only from the checked addresses: mailto, tel and https.
    const hrefs = deepQueryAll<HTMLAnchorElement>(element, 'a[href]').map((link) => link.protocol);
    expect(hrefs).to.include.members(['mailto:', 'tel:', 'https:']);
  });

  it('shows the same texts in the editor, the comparison and the case officer\'s form', async () => {
    const { framework, texts } = hostileFramework();
    const wrapper = container();
    render(
      html`<mv-assessment storage="none" mode="official" .framework=${framework}></mv-assessment>
        <mv-compare .framework=${framework} .assessments=${[]}></mv-compare>
        <mv-framework-editor storage="none" .framework=${framework}></mv-framework-editor>`,
      wrapper,
    );
    const editor = wrapper.querySelector('mv-framework-editor') as MvFrameworkEditor;
    await editor.updateComplete;
    await (wrapper.querySelector('mv-assessment') as MvAssessment).updateComplete;
    await answerAll(wrapper.querySelector('mv-assessment') as MvAssessment, 0);
    await letPayloadsFire();
    expect(injectionEvidence()).to.deep.equal([]);
    // The editor holds each text as the value of a field: as data, never as markup.
    const values = deepQueryAll<HTMLInputElement | HTMLTextAreaElement>(editor, 'input, textarea').map((field) => field.value);
    expect(values).to.include(texts['title']);
  });

  it('refuses the framework when any link field holds a scheme that runs code, and makes no link of it', async () => {
    type LinkFields = { owner: Record<string, unknown>; dimensions: Array<{ contact: Record<string, unknown> }> };
    const fields: Array<[string, (json: LinkFields, url: string) => void, string]> = [
      ['owner.url', (json, url) => (json.owner.url = url), 'owner.url'],
      ['contact.url', (json, url) => (json.dimensions[0]!.contact.url = url), 'dimensions[0].contact.url'],
      ['contact.email', (json, url) => (json.dimensions[1]!.contact.email = url), 'dimensions[1].contact.email'],
      ['contact.phone', (json, url) => (json.dimensions[2]!.contact.phone = url), 'dimensions[2].contact.phone'],
    ];
    // In the core: every variant in every field is an error at that field's path.
    for (const [, put, path] of fields) {
      for (const url of UNSAFE_URLS) {
        const { json } = hostileFrameworkJson();
        put(json as unknown as LinkFields, url);
        const { framework, problems } = parseFramework(json);
        expect(framework, `${path} = ${JSON.stringify(url)}`).to.equal(undefined);
        expect(
          problems.some((problem) => problem.severity === 'error' && problem.path === path),
          `an error at ${path} for ${JSON.stringify(url)}`,
        ).to.equal(true);
      }
    }

    // On screen: the framework is refused with an alert, and nothing of the links is a link.
    const json = hostileFrameworkJson().json as unknown as LinkFields;
    json.owner = { name: 'Kommune', url: UNSAFE_URLS[0] };
    json.dimensions[0]!.contact.url = UNSAFE_URLS[3];
    json.dimensions[1]!.contact.email = 'javascript:window.__pwned=1//@kommune.example';
    const errors: MvErrorDetail[] = [];
    const element = await fixture<MvAssessment>(html`<mv-assessment
      storage="none"
      .framework=${json as never}
      @mv-error=${(event: CustomEvent<MvErrorDetail>) => errors.push(event.detail)}
    ></mv-assessment>`);
    await element.updateComplete;
    await letPayloadsFire();
    const alert = allByRole(element, 'alert')[0];
    expect(alert, 'a visible alert').to.not.equal(undefined);
    expect(deepText(alert!)).to.contain('owner.url').and.contain('dimensions[0].contact.url').and.contain('dimensions[1].contact.email');
    expect(errors.map((error) => error.path)).to.include.members(['owner.url', 'dimensions[0].contact.url', 'dimensions[1].contact.email']);
    expect(allByRole(element, 'radio'), 'never half a form').to.have.length(0);
    expect(deepQueryAll(element, 'a[href]')).to.have.length(0);
    expect(injectionEvidence()).to.deep.equal([]);
  });

  it('reads an inline framework with a closing script tag in its text as text', async () => {
    // The one place a page's own HTML parser meets framework text: the inline JSON script.
    // `</script>` cannot appear raw there, so a kommune writes it escaped, as JSON allows.
    const { json, texts } = hostileFrameworkJson();
    const element = document.createElement('mv-assessment') as MvAssessment;
    element.setAttribute('storage', 'none');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(json).replace(/<\//g, '<\\/');
    element.append(script);
    container().append(element);
    await waitUntil(() => allByRole(element, 'radio').length > 0, 'the inline framework is used');
    await letPayloadsFire();
    expect(injectionEvidence()).to.deep.equal([]);
    expect(deepText(element)).to.contain(texts['title']).and.contain(texts['one-a.help']);
  });
});
