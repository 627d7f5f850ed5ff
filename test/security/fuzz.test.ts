import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseAssessment } from '../../src/assessment/parse-assessment.js';
import { parseFramework } from '../../src/framework/parse-framework.js';
import { decodeBase64Url, encodeBase64Url } from '../../src/transfer/base64url.js';
import { createShareLink, openShareFragment, shareData } from '../../src/transfer/share-link.js';
import { frameworkArb } from '../core/arbitraries.js';
import { smallAssessment, smallFramework } from '../fixtures/small-framework.js';
import { MARKUP_PAYLOADS } from './hostile.js';

/**
 * Property-based fuzzing of every door hostile data comes in by: framework files, assessment
 * files and drafts, and share links. Complements the scoring and validation properties in
 * `test/core/properties.test.ts` with the attacks: prototype keys written as JSON text (the
 * way a file carries them), garbage, and damaged links.
 */

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();
const POISON = ['__proto__', 'constructor', 'prototype'] as const;

function prototypesUntouched(): boolean {
  return (
    JSON.stringify(Object.getOwnPropertyNames(Object.prototype).sort()) === JSON.stringify(PROTOTYPE_KEYS) &&
    ({} as Record<string, unknown>)['polluted'] === undefined &&
    ([] as unknown as Record<string, unknown>)['polluted'] === undefined
  );
}

/** Whether any object in `value` has a prototype other than Object's or Array's, or an own `__proto__`. */
function cleanObjects(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value !== 'object' || value === null || seen.has(value)) return true;
  seen.add(value);
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== Array.prototype) return false;
  if (Object.prototype.hasOwnProperty.call(value, '__proto__')) return false;
  return Object.values(value).every((child) => cleanObjects(child, seen));
}

/** Keys of the formats mixed with the poisonous ones, so damage lands where parsers look. */
const keyArb = fc.constantFrom(
  ...POISON,
  'format', 'version', 'id', 'title', 'dimensions', 'criteria', 'scale', 'levels', 'value', 'label',
  'answers', 'offer', 'comment', 'evidence', 'framework', 'mode', 'nb', 'polluted',
);

/** JSON text (not a JS object) whose objects use those keys: `__proto__` arrives as an own key. */
const pollutedJsonText = fc
  .letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.jsonValue({ maxDepth: 1 }),
      fc.array(tie('value'), { maxLength: 4 }),
      fc.array(fc.tuple(keyArb, tie('value')), { maxLength: 5 }).map((pairs) => ({ pairs })),
    ),
  }))
  .value.map(function write(value: unknown): string {
    if (typeof value === 'object' && value !== null && 'pairs' in value && Array.isArray((value as { pairs: unknown }).pairs)) {
      const pairs = (value as { pairs: Array<[string, unknown]> }).pairs;
      return `{${pairs.map(([key, child]) => `${JSON.stringify(key)}:${write(child)}`).join(',')}}`;
    }
    if (Array.isArray(value)) return `[${value.map((child) => write(child)).join(',')}]`;
    return JSON.stringify(value) ?? 'null';
  });

describe('security: fuzzing the parsers and the link decoder', () => {
  it('parses JSON text full of __proto__, constructor and prototype keys without throwing or polluting', () => {
    fc.assert(
      fc.property(pollutedJsonText, (text) => {
        const value: unknown = JSON.parse(text);
        const framework = parseFramework(value);
        const assessment = parseAssessment(value, smallFramework);
        expect(prototypesUntouched(), text).to.equal(true);
        expect(cleanObjects(framework.framework)).to.equal(true);
        expect(cleanObjects(assessment.assessment)).to.equal(true);
        // Such a value is never a whole, valid document: there is always something to say.
        expect(framework.problems.length, text).to.be.above(0);
        expect(assessment.problems.length, text).to.be.above(0);
      }),
      { numRuns: 400 },
    );
  });

  it('hides poisonous keys anywhere in a valid framework or assessment without effect', () => {
    fc.assert(
      fc.property(frameworkArb, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...POISON)), { minLength: 1, maxLength: 6 }), (input, where) => {
        // Give the n-th object of the file an own `__proto__` (or other) key, as JSON text can.
        const copy = JSON.parse(JSON.stringify(input)) as unknown;
        const objects: object[] = [];
        const collect = (node: unknown) => {
          if (typeof node !== 'object' || node === null) return;
          if (!Array.isArray(node)) objects.push(node);
          Object.values(node).forEach(collect);
        };
        collect(copy);
        for (const [at, key] of where) {
          Object.defineProperty(objects[at % objects.length]!, key, {
            value: { polluted: 1, prototype: { polluted: 1 } },
            enumerable: true,
            configurable: true,
            writable: true,
          });
        }
        const text = JSON.stringify(copy);
        expect(text).to.contain(`"${where[0]![1]}":{"polluted"`);
        const { framework } = parseFramework(JSON.parse(text));
        expect(prototypesUntouched()).to.equal(true);
        expect(cleanObjects(framework)).to.equal(true);
        if (framework) expect(JSON.stringify(framework)).to.not.contain('polluted');
      }),
      { numRuns: 150 },
    );
  });

  it('keeps hostile strings as exact text in a valid framework', () => {
    const payload = fc.oneof(fc.constantFrom(...MARKUP_PAYLOADS), fc.string({ minLength: 1, maxLength: 40 }));
    fc.assert(
      fc.property(frameworkArb, payload, (input, text) => {
        fc.pre(text.trim() !== '');
        const hostile = { ...input, title: text, description: text };
        const { framework } = parseFramework(hostile);
        expect(framework?.title).to.equal(text);
      }),
      { numRuns: 200 },
    );
  });

  it('opens any fragment at all without throwing, and finds an assessment only in a real link', async () => {
    const fragment = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.string().map((text) => `#mv=${text}`),
      fc.stringMatching(/^[A-Za-z0-9_-]{0,400}$/).map((text) => `#mv=${text}`),
      fc.uint8Array({ maxLength: 300 }).map((bytes) => `#a=1&mv=${encodeBase64Url(bytes)}&b`),
    );
    await fc.assert(
      fc.asyncProperty(fragment, async (text) => {
        const opened = await openShareFragment(text, smallFramework);
        expect(opened.found).to.equal(shareData(text) !== undefined);
        if (!opened.found) expect(opened.problems).to.deep.equal([]);
        else if (!opened.assessment) expect(opened.problems.some((problem) => problem.severity === 'error')).to.equal(true);
        expect(prototypesUntouched()).to.equal(true);
      }),
      { numRuns: 300 },
    );
  });

  it('turns every damaged real link into a problem or a checked assessment, never an exception', async () => {
    const made = await createShareLink(
      smallAssessment({ 'goals-named': { value: 3, comment: MARKUP_PAYLOADS[0]! } }, { offer: { title: MARKUP_PAYLOADS[1]! } }),
      'https://kommune.example/side',
    );
    const data = shareData(made.link!.split('#')[1]!)!;
    const damage = fc.array(fc.tuple(fc.nat(), fc.constantFrom(...'ABCabc019-_=+/% '.split(''))), { minLength: 1, maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(damage, fc.nat(), async (edits, cut) => {
        let text = data.slice(0, data.length - (cut % 4));
        for (const [at, char] of edits) {
          const index = at % text.length;
          text = `${text.slice(0, index)}${char}${text.slice(index + 1)}`;
        }
        const opened = await openShareFragment(`#mv=${text}`, smallFramework);
        expect(opened.found).to.equal(true);
        if (opened.assessment) {
          expect(opened.problems.some((problem) => problem.severity === 'error')).to.equal(false);
          expect(cleanObjects(opened.assessment)).to.equal(true);
        } else {
          expect(opened.problems.length).to.be.above(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('decodes any text as base64url without throwing, and round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.uint8Array({ maxLength: 200 }), (text, bytes) => {
        const decoded = decodeBase64Url(text);
        expect(decoded === undefined || decoded instanceof Uint8Array).to.equal(true);
        expect([...decodeBase64Url(encodeBase64Url(bytes))!]).to.deep.equal([...bytes]);
      }),
      { numRuns: 500 },
    );
  });
});
