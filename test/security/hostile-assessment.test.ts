import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/assessment/define.js';
import '../../components/compare/define.js';
import '../../components/workspace/define.js';
import type { MvAssessment } from '../../components/assessment/mv-assessment.js';
import type { MvErrorDetail } from '../../components/assessment/assessment-events.js';
import type { MvWorkspace } from '../../components/workspace/mv-workspace.js';
import { parseAssessment } from '../../src/assessment/parse-assessment.js';
import type { Assessment } from '../../src/assessment/types.js';
import { importAssessment } from '../../src/transfer/import-file.js';
import { smallAssessment, smallFramework } from '../fixtures/small-framework.js';
import { allByRole, deepQueryAll, deepText } from '../helpers/accessible.js';
import { UNSAFE_URLS, armTrap, injectionEvidence, payloadFor } from './hostile.js';

/**
 * Lets the browser load any image, run any handler and fire any `load` a payload asked for.
 * A timer, not an animation frame: the test runner's tabs run in the background, where
 * animation frames do not come.
 */
async function letPayloadsFire() {
  await new Promise((resolve) => setTimeout(resolve, 200));
}

const CRITERIA = ['goals-named', 'goals-lasting', 'part-design', 'part-delivery', 'feas-owner'];

/**
 * An assessment of {@link smallFramework} whose every free text is hostile: offer title,
 * organisation, organisation number, contact, description, and a comment per answer. Evidence
 * links are valid addresses that carry markup in their path and query.
 */
function hostileAssessment(mode: 'self' | 'official'): { assessment: Assessment; texts: Record<string, string> } {
  const texts: Record<string, string> = {};
  let next = 0;
  const text = (field: string) => (texts[`${mode}.${field}`] = payloadFor(`${mode}.${field}`, next++));
  const answers = Object.fromEntries(
    CRITERIA.map((id, index) => [
      id,
      {
        value: index % 5,
        comment: text(`${id}.comment`),
        evidence: [`https://kommune.example/"><img src=x onerror=window.__pwned=1>?q=<script>${index}`],
      },
    ]),
  );
  const assessment = smallAssessment(answers, {
    mode,
    offer: {
      title: text('offer.title'),
      organisation: text('offer.organisation'),
      orgNumber: '<b>974760673</b>',
      contact: text('offer.contact'),
      description: text('offer.description'),
    },
  });
  return { assessment, texts };
}

function database(): string {
  return `merverdi-security-${crypto.getRandomValues(new Uint32Array(2)).join('-')}`;
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

describe('security: an imported assessment whose every text is hostile', () => {
  beforeEach(() => {
    localStorage.clear();
    armTrap();
  });
  afterEach(() => localStorage.clear());

  it('is accepted as data: the core keeps every text exactly and the scores are its own', () => {
    const { assessment, texts } = hostileAssessment('official');
    const { assessment: read, problems } = parseAssessment(JSON.parse(JSON.stringify(assessment)), smallFramework);
    expect(problems.filter((problem) => problem.severity === 'error')).to.deep.equal([]);
    expect(read!.offer.title).to.equal(texts['official.offer.title']);
    expect(read!.answers['goals-named']!.comment).to.equal(texts['official.goals-named.comment']);
  });

  it('shows each text literally in the case officer\'s form and beside it as the reference, running nothing', async () => {
    const own = hostileAssessment('official');
    const reference = hostileAssessment('self');
    const element = await fixture<MvAssessment>(html`<mv-assessment
      storage="none"
      mode="official"
      .framework=${smallFramework}
      .assessment=${own.assessment}
      .reference=${[reference.assessment]}
    ></mv-assessment>`);
    await element.updateComplete;
    await letPayloadsFire();

    expect(injectionEvidence()).to.deep.equal([]);
    // The case officer's own texts are field values: exactly what the file held.
    const values = deepQueryAll<HTMLInputElement | HTMLTextAreaElement>(element, 'input:not([type=radio]), textarea').map((field) => field.value);
    for (const field of ['offer.title', 'offer.organisation', 'offer.contact', 'offer.description', 'goals-named.comment', 'feas-owner.comment']) {
      expect(values, field).to.include(own.texts[`official.${field}`]);
    }
    expect(values).to.include('<b>974760673</b>');
    expect(values.some((value) => value.includes('kommune.example'))).to.equal(true);
    // The entrepreneur's texts are shown beside each criterion as text.
    const shown = deepText(element);
    for (const id of CRITERIA) expect(shown, id).to.contain(reference.texts[`self.${id}.comment`]);
    expect(shown).to.contain(reference.texts['self.offer.organisation']);
    // The evidence links are never turned into links with another scheme.
    expect(deepQueryAll(element, 'a[href]').every((link) => ['https:', 'http:', 'mailto:', 'tel:'].includes((link as HTMLAnchorElement).protocol))).to.equal(true);
  });

  it('shows offer titles and organisations literally in the comparison', async () => {
    const self = hostileAssessment('self');
    const official = hostileAssessment('official');
    // Same organisation number, so the comparison pairs them as self versus official.
    const element = await fixture(html`<mv-compare .framework=${smallFramework} .assessments=${[self.assessment, official.assessment]}></mv-compare>`);
    await waitUntil(() => deepQueryAll(element, 'table').length > 0, 'the ranking is drawn');
    await letPayloadsFire();
    expect(injectionEvidence()).to.deep.equal([]);
    expect(deepText(element)).to.contain(self.texts['self.offer.title']).and.contain(official.texts['official.offer.title']);
  });

  it('refuses an evidence link with a scheme that runs code, keeping the document on screen', async () => {
    for (const url of UNSAFE_URLS) {
      const { assessment } = hostileAssessment('official');
      const value = JSON.parse(JSON.stringify(assessment));
      value.answers['part-design'].evidence = url;
      const { assessment: read, problems } = parseAssessment(value, smallFramework);
      expect(read, JSON.stringify(url)).to.equal(undefined);
      expect(problems.some((problem) => problem.path === 'answers["part-design"].evidence' || problem.path === 'answers.part-design.evidence')).to.equal(
        true,
        `an error at the evidence of part-design for ${JSON.stringify(url)}: ${JSON.stringify(problems.map((problem) => problem.path))}`,
      );
    }

    const errors: MvErrorDetail[] = [];
    const element = await fixture<MvAssessment>(html`<mv-assessment
      storage="none"
      mode="official"
      .framework=${smallFramework}
      @mv-error=${(event: CustomEvent<MvErrorDetail>) => errors.push(event.detail)}
    ></mv-assessment>`);
    await element.updateComplete;
    const before = element.assessment;
    const { assessment } = hostileAssessment('official');
    const value = JSON.parse(JSON.stringify(assessment));
    value.answers['goals-named'].evidence = 'javascript:window.__pwned=1';
    element.assessment = value;
    await element.updateComplete;
    await letPayloadsFire();
    expect(element.assessment).to.equal(before);
    expect(errors.map((error) => error.code)).to.include('unsafe-url');
    expect(deepText(allByRole(element, 'alert')[0]!)).to.contain('evidence');
    expect(injectionEvidence()).to.deep.equal([]);
  });

  it('imports hostile files into the library and lists their texts literally', async () => {
    const name = database();
    const { assessment, texts } = hostileAssessment('self');
    try {
      const element = await fixture<MvWorkspace>(html`<mv-workspace database-name=${name} .framework=${smallFramework}></mv-workspace>`);
      await waitUntil(
        () => !deepText(element).includes('Åpner biblioteket') && element.shadowRoot!.querySelector('input[type="file"]'),
        'the library opens',
      );
      const input = element.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
      const transfer = new DataTransfer();
      transfer.items.add(new File([JSON.stringify(assessment)], '<img src=x onerror=window.__pwned=1>.json', { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await waitUntil(() => element.shadowRoot!.querySelector('.import-results li'), 'the import is reported');
      await letPayloadsFire();
      expect(injectionEvidence()).to.deep.equal([]);
      const shown = deepText(element);
      expect(shown).to.contain('<img src=x onerror=window.__pwned=1>.json');
      expect(shown).to.contain(texts['self.offer.title']);
    } finally {
      document.querySelectorAll('mv-workspace').forEach((element) => element.remove());
      await deleteDatabase(name);
    }
  });

  it('reads a hostile file through the import check as data', () => {
    const { assessment, texts } = hostileAssessment('self');
    const result = importAssessment(JSON.stringify(assessment), smallFramework);
    expect(result.outcome).to.equal('ok');
    expect(result.assessment!.offer.description).to.equal(texts['self.offer.description']);
  });
});
