import { expect } from '@open-wc/testing';
import { blankFramework } from '../../src/framework/blank-framework.js';
import { editableFramework } from '../../src/framework/editable-framework.js';
import { embedSnippet, isEmbeddableUrl } from '../../src/framework/embed-snippet.js';
import { parseFramework } from '../../src/framework/parse-framework.js';
import { sdgTemplate } from '../../src/framework/sdg-template.js';
import { defaultFramework } from '../../src/framework/default-framework.js';
import { goalsFramework } from '../fixtures/goals-framework.js';
import { countMissing, frameworkTexts } from '../../src/framework/translation-status.js';

describe('sdgTemplate', () => {
  it('makes one axis per picked goal, in the UN order, and validates without problems', () => {
    const framework = sdgTemplate([10, 3, 8, 3, 99]);
    expect(framework.dimensions.map((d) => d.id)).to.deep.equal(['sdg-3', 'sdg-8', 'sdg-10']);
    expect(framework.dimensions[0]!.title).to.deep.include({ nb: 'Bidrar til: God helse og livskvalitet' });
    expect(framework.dimensions[2]!.sdg).to.deep.equal([10]);
    expect(parseFramework(framework).problems).to.deep.equal([]);
  });

  it('leaves too few axes to the validator', () => {
    const { framework, problems } = parseFramework(sdgTemplate([1]));
    expect(framework).to.equal(undefined);
    expect(problems.map((p) => p.code)).to.include('too-few-dimensions');
  });
});

describe('translation status', () => {
  it('counts the missing languages of every written text', () => {
    const framework = sdgTemplate([1, 2, 3]);
    expect(countMissing(frameworkTexts(framework))).to.deep.equal({ nb: 0, nn: 0, en: 0 });
    framework.dimensions[0]!.title = { nb: 'Bare bokmål' };
    framework.dimensions[1]!.criteria[0]!.help = { nb: 'Hjelp', nn: '' };
    framework.description = 'Én tekst for alle språk';
    expect(countMissing(frameworkTexts(framework))).to.deep.equal({ nb: 0, nn: 2, en: 2 });
    const missing = frameworkTexts(framework).filter((entry) => entry.missing.length > 0).map((entry) => entry.path);
    expect(missing).to.deep.equal(['dimensions[0].title', 'dimensions[1].criteria[0].help']);
  });

  it('counts required texts that are still empty in every language', () => {
    expect(countMissing(frameworkTexts(blankFramework()))).to.deep.equal({ nb: 1, nn: 1, en: 1 });
  });
});

describe('embedSnippet', () => {
  it('writes the script tag and the element, escaping the addresses', () => {
    const snippet = embedSnippet({
      scriptUrl: 'https://cdn.example.no/merverdi/merverdi.js',
      frameworkUrl: '/merverdi/x.json?a=1&b="2"',
      lang: 'nn',
    });
    expect(snippet).to.equal(
      '<script type="module" src="https://cdn.example.no/merverdi/merverdi.js"></script>\n' +
        '<mv-assessment framework-src="/merverdi/x.json?a=1&amp;b=&quot;2&quot;" lang="nn"></mv-assessment>\n',
    );
  });

  it('accepts web addresses and site paths only', () => {
    expect(isEmbeddableUrl('https://kommune.no/merverdi.js')).to.equal(true);
    expect(isEmbeddableUrl('/merverdi/rammeverk.json')).to.equal(true);
    expect(isEmbeddableUrl('rammeverk.json')).to.equal(true);
    expect(isEmbeddableUrl('javascript:alert(1)')).to.equal(false);
    expect(isEmbeddableUrl('data:text/javascript,1')).to.equal(false);
    expect(isEmbeddableUrl('//evil.example/x.js')).to.equal(false);
    // Browsers read a backslash as a slash and drop control characters: each of these
    // would load the script from another host.
    for (const sneaky of ['/\\evil.example/x.js', '\\\\evil.example/x.js', '\\/evil.example/x.js', '\u0001//evil.example/x.js', 'https:\\\\evil.example']) {
      expect(isEmbeddableUrl(sneaky), JSON.stringify(sneaky)).to.equal(false);
    }
    expect(isEmbeddableUrl('')).to.equal(false);
  });
});

describe('editableFramework', () => {
  it('keeps what has the right type and drops the rest', () => {
    const framework = editableFramework({
      id: 'x',
      title: { nb: 'Tittel', se: 'ignored', en: 5 },
      dimensions: [{ id: 'a', weight: '2', criteria: [{ id: 'c', title: 'K', sdg: [3, 'x'] }, 'nope'] }, 7],
      guidance: [{ when: { dimension: 'a', below: 40 }, text: 'Hei' }],
      __proto__: { polluted: true },
    });
    expect(framework).to.deep.equal({
      format: 'merverdi-framework',
      version: 1,
      id: 'x',
      title: { nb: 'Tittel' },
      dimensions: [{ id: 'a', title: '', criteria: [{ id: 'c', title: 'K', sdg: [3] }] }],
      guidance: [{ when: { dimension: 'a', below: 40 }, text: 'Hei' }],
    });
  });

  it('keeps every field of a valid framework: goals with source and owner, minBasis, required, assessor help', () => {
    // A draft restored after a reload, or a framework handed to the editor, goes through
    // here: whatever a valid framework holds must come out unchanged, or the kommune's own
    // goals and the criteria's links to them would be lost without a word.
    for (const framework of [goalsFramework, defaultFramework, { ...goalsFramework, minBasis: 0.6 }]) {
      const plain = JSON.parse(JSON.stringify(framework)) as unknown;
      expect(editableFramework(plain)).to.deep.equal(plain);
    }
  });

  it('gives up on values with nothing to recover', () => {
    expect(editableFramework('text')).to.equal(undefined);
    expect(editableFramework({ dimensions: 'none' })).to.equal(undefined);
    expect(editableFramework([])).to.equal(undefined);
  });
});
