import { expect } from '@open-wc/testing';
import { missingLanguages, resolveText } from '../../src/text/text.js';
import { normalizeLang } from '../../src/text/lang.js';

describe('resolveText', () => {
  it('returns a plain string as it is, whatever the language', () => {
    expect(resolveText('Mål', 'en')).to.equal('Mål');
  });

  it('prefers the asked language', () => {
    expect(resolveText({ nb: 'ikke', nn: 'ikkje', en: 'not' }, 'nn')).to.equal('ikkje');
  });

  it('falls back nb, then nn, then en, then any', () => {
    expect(resolveText({ nn: 'ikkje', en: 'not' }, 'en')).to.equal('not');
    expect(resolveText({ nn: 'ikkje', en: 'not' }, 'nb')).to.equal('ikkje');
    expect(resolveText({ en: 'not' }, 'nn')).to.equal('not');
    expect(resolveText({ nb: '', en: 'not' }, 'nb')).to.equal('not');
    expect(resolveText({ se: 'ii' } as never, 'nb')).to.equal('ii');
  });

  it('gives an empty string for a missing text', () => {
    expect(resolveText(undefined, 'nb')).to.equal('');
    expect(resolveText({}, 'nb')).to.equal('');
  });

  it('lists the languages a text lacks', () => {
    expect(missingLanguages({ nb: 'a', en: '' }, ['nb', 'nn', 'en'])).to.deep.equal(['nn', 'en']);
    expect(missingLanguages('plain', ['nb', 'nn', 'en'])).to.deep.equal([]);
    expect(missingLanguages(undefined, ['nb'])).to.deep.equal(['nb']);
  });
});

describe('normalizeLang', () => {
  it('maps Norwegian tags to our languages', () => {
    expect(normalizeLang('nb-NO')).to.equal('nb');
    expect(normalizeLang('no')).to.equal('nb');
    expect(normalizeLang('NN_no')).to.equal('nn');
    expect(normalizeLang('en-GB')).to.equal('en');
  });

  it('says nothing for a language we do not speak', () => {
    expect(normalizeLang('sv')).to.equal(undefined);
    expect(normalizeLang('')).to.equal(undefined);
    expect(normalizeLang(null)).to.equal(undefined);
  });
});
