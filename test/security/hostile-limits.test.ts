import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/assessment/define.js';
import '../../components/workspace/define.js';
import type { MvAssessment } from '../../components/assessment/mv-assessment.js';
import type { MvErrorDetail } from '../../components/assessment/assessment-events.js';
import type { MvWorkspace } from '../../components/workspace/mv-workspace.js';
import { parseAssessment } from '../../src/assessment/parse-assessment.js';
import { parseFramework } from '../../src/framework/parse-framework.js';
import type { Framework } from '../../src/framework/types.js';
import { importAssessment } from '../../src/transfer/import-file.js';
import { openShareFragment } from '../../src/transfer/share-link.js';
import { encodeBase64Url } from '../../src/transfer/base64url.js';
import { smallAssessment, smallFramework } from '../fixtures/small-framework.js';
import { allByRole, deepQueryAll, deepText } from '../helpers/accessible.js';
import { setViewport } from '../helpers/commands.js';
import { cleanSlatePerTest, container, injectionEvidence } from './hostile.js';

/** What `Object.prototype` holds before any hostile document is read. */
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

/** Whether anything reached `Object.prototype` or `Array.prototype`. */
function prototypeUntouched(): boolean {
  const probe = {} as Record<string, unknown>;
  return (
    JSON.stringify(Object.getOwnPropertyNames(Object.prototype).sort()) === JSON.stringify(PROTOTYPE_KEYS) &&
    probe['polluted'] === undefined &&
    probe['isAdmin'] === undefined &&
    ([] as unknown as Record<string, unknown>)['polluted'] === undefined
  );
}

/** `__proto__`, `constructor` and `prototype` keys in every object of a framework, as JSON text holds them. */
function pollutingFrameworkText(): string {
  const evil = '"__proto__": { "polluted": 1, "isAdmin": true }, "constructor": { "prototype": { "polluted": 1 } }, "prototype": { "polluted": 1 }';
  const framework = JSON.stringify(smallFramework);
  // Into every object literal of the serialized framework, right after its opening brace.
  return framework.replace(/\{/g, `{ ${evil},`);
}

/** A deflate-raw stream of `text`, base64url-encoded as in a share link. */
async function packForLink(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return encodeBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()));
}

/** Every element in the shadow roots under `host` that reaches past the viewport's right edge. */
function overflowing(host: Element): string[] {
  const width = document.documentElement.clientWidth;
  const clipped = (element: Element): boolean => {
    for (let node: Element | null = element.parentElement ?? ((element.getRootNode() as ShadowRoot).host ?? null); node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
      const overflowX = getComputedStyle(node).overflowX;
      if (['auto', 'scroll', 'hidden', 'clip'].includes(overflowX) && node.getBoundingClientRect().right <= width + 0.5) return true;
      if (node === document.body) return false;
    }
    return false;
  };
  return deepQueryAll(host, '*')
    .filter((element) => {
      const rect = element.getBoundingClientRect();
      return rect.width > 0 && rect.height > 0 && rect.right > width + 0.5 && !clipped(element);
    })
    .map((element) => `${element.localName}.${element.className}: right ${Math.round(element.getBoundingClientRect().right)} > ${width}`);
}

describe('security: limits, odd numbers and odd text', () => {
  cleanSlatePerTest();

  it('reads __proto__, constructor and prototype keys as data and leaves every prototype alone', async () => {
    const text = pollutingFrameworkText();
    const { framework, problems } = parseFramework(JSON.parse(text));
    expect(framework, JSON.stringify(problems.filter((problem) => problem.severity === 'error'))).to.not.equal(undefined);
    expect(Object.getPrototypeOf(framework)).to.equal(Object.prototype);
    expect(Object.getPrototypeOf(framework!.dimensions[0])).to.equal(Object.prototype);
    expect(Object.keys(framework!)).to.not.include('__proto__');
    expect(prototypeUntouched()).to.equal(true);

    const answers = JSON.parse('{ "__proto__": { "value": 1 }, "constructor": { "value": 2 }, "goals-named": { "__proto__": { "polluted": 1 }, "value": 3 } }');
    const document = { ...JSON.parse(JSON.stringify(smallAssessment({}))), answers, offer: JSON.parse('{ "__proto__": { "polluted": 1 }, "title": "Tilbud" }') };
    const read = parseAssessment(document, smallFramework);
    expect(read.assessment?.answers['goals-named']).to.deep.equal({ value: 3 });
    expect(Object.getPrototypeOf(read.assessment!.answers)).to.equal(Object.prototype);
    expect(prototypeUntouched()).to.equal(true);

    // The same through the page: an inline framework, a draft in storage, a share link.
    localStorage.setItem(`merverdi:draft:${smallFramework.id}:self`, JSON.stringify(document).replace('"answers":{', '"answers":{"__proto__":{"polluted":1},'));
    const element = window.document.createElement('mv-assessment') as MvAssessment;
    const script = window.document.createElement('script');
    script.type = 'application/json';
    script.textContent = text;
    element.append(script);
    container().append(element);
    await waitUntil(() => allByRole(element, 'radio').length > 0, 'the framework is used');
    const opened = await openShareFragment(`#mv=${await packForLink(JSON.stringify(document).replace('{', '{"__proto__":{"polluted":1},'))}`, smallFramework);
    expect(opened.assessment?.offer.title).to.equal('Tilbud');
    expect(prototypeUntouched()).to.equal(true);
  });

  it('refuses a 10 MB import at once, saying how big it is and how big it may be', async () => {
    const tenMegabytes = `{"format":"merverdi-assessment","pad":"${'x'.repeat(10 * 1024 * 1024)}"}`;
    const started = performance.now();
    const result = importAssessment(tenMegabytes, smallFramework);
    const took = performance.now() - started;
    expect(result.outcome).to.equal('too-big');
    expect(result.problems[0]!.code).to.equal('file-too-big');
    expect(result.problems[0]!.message.nb).to.match(/MB/);
    expect(took, `took ${took} ms`).to.be.below(100);
  });

  it('handles a 10 MB file in the library import without hanging, and says what was wrong', async () => {
    const name = `merverdi-limits-${crypto.getRandomValues(new Uint32Array(2)).join('-')}`;
    try {
      const element = await fixture<MvWorkspace>(html`<mv-workspace database-name=${name} .framework=${smallFramework}></mv-workspace>`);
      await waitUntil(() => !deepText(element).includes('Åpner biblioteket') && element.shadowRoot!.querySelector('input[type="file"]'), 'the library opens');
      const input = element.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
      const transfer = new DataTransfer();
      transfer.items.add(new File([`{"format":"merverdi-assessment","pad":"${'x'.repeat(10 * 1024 * 1024)}"}`], 'stor.json'));
      transfer.items.add(new File(['['.repeat(100_000) + ']'.repeat(100_000)], 'dyp.json'));
      input.files = transfer.files;
      const started = performance.now();
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await waitUntil(() => element.shadowRoot!.querySelectorAll('.import-results li').length === 2, 'both files are reported', { timeout: 10_000 });
      const took = performance.now() - started;
      expect(took, `took ${took} ms`).to.be.below(5_000);
      const results = [...element.shadowRoot!.querySelectorAll('.import-results li')].map((item) => item.textContent!.replace(/\s+/g, ' ').trim());
      expect(results[0]).to.match(/^stor\.json: ikke importert\. .+/);
      expect(results[1]).to.match(/^dyp\.json(, nr\. 1)?: ikke importert\. .+/);
    } finally {
      document.querySelectorAll('mv-workspace').forEach((element) => element.remove());
      await new Promise<void>((resolve) => {
        const request = indexedDB.deleteDatabase(name);
        request.onsuccess = request.onerror = request.onblocked = () => resolve();
      });
    }
  });

  it('turns 100 000 levels of nesting into a problem everywhere a document comes in, never an exception', async () => {
    const arrays = '['.repeat(100_000) + ']'.repeat(100_000);
    const objects = '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000);
    for (const text of [arrays, objects]) {
      // JSON.parse may throw a RangeError, or succeed; either way the reader must answer.
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        expect(error).to.be.instanceOf(Error);
      }
      if (parsed !== undefined) {
        expect(parseFramework(parsed).problems.length).to.be.above(0);
        expect(parseAssessment(parsed, smallFramework).problems.length).to.be.above(0);
      }
      expect(importAssessment(text, smallFramework).outcome).to.not.equal('ok');
      const shared = await openShareFragment(`#mv=${await packForLink(text)}`, smallFramework);
      expect(shared.assessment).to.equal(undefined);
      expect(shared.problems.length).to.be.above(0);
    }

    // An inline framework that deep: a visible alert and mv-error, not an exception in the page.
    const errors: MvErrorDetail[] = [];
    const element = document.createElement('mv-assessment') as MvAssessment;
    element.setAttribute('storage', 'none');
    element.addEventListener('mv-error', (event) => errors.push((event as CustomEvent<MvErrorDetail>).detail));
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = arrays;
    element.append(script);
    container().append(element);
    await waitUntil(() => allByRole(element, 'alert').length > 0, 'an alert');
    expect(errors.length).to.be.above(0);
  });

  it('refuses huge, negative-zero, underflowing and NaN-like numbers as weights, targets, levels and answers', () => {
    const variants: Array<[string, unknown]> = [
      ['1e308', 1e308],
      ['-1e308', -1e308],
      ['"NaN"', 'NaN'],
      ['"Infinity"', 'Infinity'],
      ['"-Infinity"', '-Infinity'],
      ['"1e3"', '1e3'],
      ['null', null],
      ['true', true],
    ];
    type Numbers = {
      dimensions: Array<{ weight?: unknown; target?: unknown; criteria: Array<{ weight?: unknown }> }>;
      scale: { levels: Array<{ value: unknown }> };
    };
    const places: Array<[string, (framework: Numbers, value: unknown) => void]> = [
      ['dimensions[0].weight', (framework, value) => (framework.dimensions[0]!.weight = value)],
      ['dimensions[0].target', (framework, value) => (framework.dimensions[0]!.target = value)],
      ['dimensions[0].criteria[0].weight', (framework, value) => (framework.dimensions[0]!.criteria[0]!.weight = value)],
      ['scale.levels[4].value', (framework, value) => (framework.scale.levels[4]!.value = value)],
    ];
    for (const [path, put] of places) {
      for (const [name, value] of variants) {
        const framework = JSON.parse(JSON.stringify(smallFramework)) as Numbers;
        put(framework, value);
        const { framework: read, problems } = parseFramework(framework);
        expect(read, `${path} = ${name}`).to.equal(undefined);
        expect(problems.some((problem) => problem.path === path && problem.severity === 'error'), `an error at ${path} for ${name}`).to.equal(true);
      }
    }
    // -0 and an underflow to 0 (1e-400 parses as 0) are plain zeros: usable, scored 0.
    const tiny = JSON.parse('{"value": 1e-400}') as { value: number };
    for (const value of [-0, tiny.value]) {
      const read = parseAssessment(smallAssessment({ 'goals-named': { value } }), smallFramework);
      expect(read.assessment?.scores.dimensions['goals']).to.equal(0);
    }
    for (const [name, value] of variants) {
      const read = parseAssessment(smallAssessment({ 'goals-named': { value: value as number } }), smallFramework);
      expect(read.assessment, `answer ${name}`).to.equal(undefined);
    }
    // A weight of 1e308 would overflow a weighted sum; every score stays finite and in range.
    const heavy = JSON.parse(JSON.stringify(smallFramework)) as Framework & { dimensions: Array<{ weight?: number }> };
    heavy.dimensions[0]!.weight = 1000;
    const scored = parseAssessment(smallAssessment({ 'goals-named': { value: 4 }, 'part-design': { value: 0 } }), parseFramework(heavy).framework!);
    expect(scored.assessment!.scores.overall).to.be.within(0, 100);
  });

  it('refuses a 10 000 character text with a message that says how long it may be', () => {
    const framework = JSON.parse(JSON.stringify(smallFramework));
    framework.dimensions[0].criteria[0].help = 'a'.repeat(10_000);
    const { problems } = parseFramework(framework);
    const problem = problems.find((item) => item.path === 'dimensions[0].criteria[0].help');
    expect(problem?.code).to.equal('too-long');
    expect(problem?.message.nb).to.contain('10000').and.contain('5000');
  });

  it('refuses a million evidence links, a huge reason and a thousand goals quickly, each with a problem at its path', () => {
    const document = JSON.parse(JSON.stringify(smallAssessment({})));
    document.answers['goals-named'] = { value: 4, evidence: Array.from({ length: 1_000_000 }, (_, i) => `https://example.org/${i}`) };
    document.answers['part-design'] = { notApplicable: true, reason: 'r'.repeat(100_000) };
    const framework = JSON.parse(JSON.stringify(smallFramework));
    framework.goals = Array.from({ length: 1000 }, (_, i) => ({ id: `g${i}`, title: `Mål ${i}` }));
    framework.dimensions[0].criteria[0].goals = Array.from({ length: 100_000 }, (_, i) => `g${i}`);
    const started = performance.now();
    const { assessment, problems } = parseAssessment(document, smallFramework);
    const framed = parseFramework(framework);
    expect(performance.now() - started).to.be.below(2000);
    expect(assessment).to.equal(undefined);
    expect(problems.map((p) => [p.code, p.path])).to.deep.include.members([
      ['too-many-evidence-links', 'answers["goals-named"].evidence'],
      ['too-long', 'answers["part-design"].reason'],
    ]);
    expect(framed.framework).to.equal(undefined);
    expect(framed.problems.map((p) => [p.code, p.path])).to.deep.include.members([
      ['too-many-goals', 'goals'],
      ['too-many-goals', 'dimensions[0].criteria[0].goals'],
    ]);
  });

  describe('at 320 px', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('lays out long unbroken, right-to-left, emoji and combining texts without overflowing sideways', async () => {
      await setViewport({ width: 320, height: 640 });
      const long = 'Arbeidsinkluderingstiltak'.repeat(200).slice(0, 5000);
      const rtl = 'خدمة اجتماعية للمسنين في البلدية שירות חברתי לקשישים';
      const emoji = '👩🏽‍🦯👨‍👩‍👧‍👦🏳️‍🌈🇳🇴'.repeat(40);
      const combining = 'Z̷̡̢̛̤̗̰̞͈̪̹̓̈́͗̊͒͌̕a̸̧̛͉̯͇̝̟̦̿̔̉͗̄̕l̵̨̛͈̙̹̝͔̪̀̃͆͊̽g̵̡̛͎̪̲̬̙͔̈́̍͐̐̚o̸̢̧̤̦̖͍͂̽̆̆͜'.repeat(30);
      const override = '\u202Eevil.exe\u202C slutt';
      const framework = JSON.parse(JSON.stringify(smallFramework));
      framework.title = long;
      framework.description = rtl;
      framework.dimensions[0].title = emoji;
      framework.dimensions[0].short = combining;
      framework.dimensions[0].criteria[0].title = long;
      framework.dimensions[0].criteria[0].help = `${rtl} ${override}`;
      framework.scale.levels[1].label = emoji;
      framework.scale.levels[2].label = long;
      const { framework: usable, problems } = parseFramework(framework);
      expect(usable, JSON.stringify(problems.filter((problem) => problem.severity === 'error'))).to.not.equal(undefined);

      const element = await fixture<MvAssessment>(html`<mv-assessment storage="none" .framework=${usable}></mv-assessment>`);
      await element.updateComplete;
      const radios = allByRole<HTMLInputElement>(element, 'radio');
      radios[2]!.click();
      await element.updateComplete;
      element.assessment = { ...element.assessment!, offer: { title: long.slice(0, 300), description: `${rtl} ${emoji}` } };
      await element.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));

      expect(overflowing(element), 'elements wider than the screen').to.deep.equal([]);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      const shown = deepText(element);
      expect(shown).to.contain(rtl).and.contain(emoji.slice(0, 20)).and.contain(override);
      // A right-to-left text does not turn the form around.
      const root = element.shadowRoot!.querySelector('.root')!;
      expect(getComputedStyle(root).direction).to.equal('ltr');
      expect(injectionEvidence()).to.deep.equal([]);
    });
  });
});
