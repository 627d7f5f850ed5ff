import { expect } from '@open-wc/testing';
import { createAssessment } from '../../src/assessment/create-assessment.js';
import { withAnswer, withOffer } from '../../src/assessment/update.js';
import { encodeBase64Url, decodeBase64Url } from '../../src/transfer/base64url.js';
import {
  createShareLink,
  MAX_LINK_LENGTH,
  openShareFragment,
  shareData,
} from '../../src/transfer/share-link.js';
import { smallFramework } from '../fixtures/small-framework.js';

const now = new Date('2026-03-01T10:00:00.000Z');
const page = 'https://www.kommune.example/ide/?a=1#gammelt';

function filled() {
  let assessment = createAssessment(smallFramework, { mode: 'official', lang: 'nn', now });
  assessment = withAnswer(smallFramework, assessment, 'goals-named', { value: 3, comment: 'Æ ø å — <img src=x onerror="window.__pwned=1">' }, now);
  assessment = withAnswer(smallFramework, assessment, 'part-design', { notApplicable: true }, now);
  return withOffer(smallFramework, assessment, { title: 'Møteplass <script>' }, now);
}

/** Raw-deflates bytes with the platform's own compressor. */
async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe('share links', () => {
  it('round-trips: link → open gives the same answers, offer and scores', async () => {
    const original = filled();
    const { link, problems } = await createShareLink(original, page);
    expect(problems).to.deep.equal([]);
    expect(link?.startsWith('https://www.kommune.example/ide/?a=1#mv=')).to.equal(true);
    expect(link).to.match(/#mv=[A-Za-z0-9_-]+$/);
    const opened = await openShareFragment(new URL(link!).hash, smallFramework);
    expect(opened.found).to.equal(true);
    expect(opened.assessment?.answers).to.deep.equal(original.answers);
    expect(opened.assessment?.offer).to.deep.equal(original.offer);
    expect(opened.assessment?.scores).to.deep.equal(original.scores);
    expect(opened.assessment?.mode).to.equal('official');
  });

  it('finds the data among other fragment parts, and nothing in a fragment without it', async () => {
    expect(shareData('#x=1&mv=abc')).to.equal('abc');
    expect(shareData('#seksjon-2')).to.equal(undefined);
    const none = await openShareFragment('#seksjon-2', smallFramework);
    expect(none).to.deep.equal({ found: false, problems: [] });
  });

  it('says when an assessment is too long for a link, and suggests the file', async () => {
    let assessment = filled();
    // Text that does not compress: pseudo-random letters.
    let seed = 7;
    const noise = () =>
      Array.from({ length: 3000 }, () => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return String.fromCharCode(97 + (seed % 26));
      }).join('');
    for (const id of ['goals-named', 'goals-lasting', 'part-delivery', 'feas-owner']) {
      assessment = withAnswer(smallFramework, assessment, id, { value: 2, comment: noise() }, now);
    }
    const result = await createShareLink(assessment, page);
    expect(result.link).to.equal(undefined);
    expect(result.problems[0]?.code).to.equal('too-long-for-link');
    expect(result.problems[0]?.message.nb).to.contain('Last ned filen');
    expect(result.problems[0]?.message.en).to.contain(String(MAX_LINK_LENGTH));
  });

  it('turns bad base64, bad deflate, bad UTF-8 and non-JSON into a problem, never an exception', async () => {
    const cases = {
      'bad base64': '#mv=@@@not*base64',
      'impossible length': '#mv=abcde',
      'bad deflate': `#mv=${encodeBase64Url(new Uint8Array([0xff, 0xff, 0xff, 0x00, 0x12, 0x34]))}`,
      'bad utf-8': `#mv=${encodeBase64Url(await deflate(new Uint8Array([0xc3, 0x28, 0xff])))}`,
      'not JSON': `#mv=${encodeBase64Url(await deflate(new TextEncoder().encode('hei, dette er ikke JSON')))}`,
      empty: '#mv=',
      'too long': `#mv=${'A'.repeat(MAX_LINK_LENGTH + 1)}`,
    };
    for (const [name, fragment] of Object.entries(cases)) {
      const result = await openShareFragment(fragment, smallFramework);
      expect(result.found, name).to.equal(true);
      expect(result.assessment, name).to.equal(undefined);
      expect(result.problems[0]?.code, name).to.equal('link-unreadable');
    }
  });

  it('stops unpacking a zip bomb at 512 KB', async () => {
    const bomb = await deflate(new Uint8Array(4 * 1024 * 1024));
    const fragment = `#mv=${encodeBase64Url(bomb)}`;
    expect(fragment.length).to.be.below(MAX_LINK_LENGTH);
    const result = await openShareFragment(fragment, smallFramework);
    expect(result.problems[0]?.code).to.equal('link-too-big');
  });

  it('checks the opened document like any import: another framework is refused', async () => {
    const other = { ...smallFramework, id: 'en-annen-kommune' };
    const { link } = await createShareLink(createAssessment(other, { now }), page);
    const result = await openShareFragment(new URL(link!).hash, smallFramework);
    expect(result.assessment).to.equal(undefined);
    expect(result.problems.map((problem) => problem.code)).to.include('other-framework');
  });

  it('encodes and decodes base64url for every length', () => {
    for (let length = 0; length < 40; length += 1) {
      const bytes = Uint8Array.from({ length }, (_, index) => (index * 37 + length) % 256);
      expect(Array.from(decodeBase64Url(encodeBase64Url(bytes)) ?? [])).to.deep.equal(Array.from(bytes));
    }
  });
});
