import { expect } from '@open-wc/testing';
import { formatDate, formatPercent, formatScore } from '../../../components/i18n/number-format.js';

describe('number formatting', () => {
  it('writes a decimal comma in bokmål and nynorsk, a point in English', () => {
    expect(formatScore(72.5, 'nb')).to.equal('72,5');
    expect(formatScore(72.5, 'nn')).to.equal('72,5');
    expect(formatScore(72.5, 'en')).to.equal('72.5');
  });

  it('rounds only for the screen and shows a dash for a missing score', () => {
    expect(formatScore(66.6666, 'nb')).to.equal('66,7');
    expect(formatScore(37.5, 'nb')).to.equal('37,5');
    expect(formatScore(40, 'nn')).to.equal('40');
    expect(formatScore(null, 'nb')).to.equal('–');
    expect(formatScore(Number.NaN, 'en')).to.equal('–');
  });

  it('formats shares as percentages and dates in the language', () => {
    expect(formatPercent(0.75, 'nn').replace(/\s/g, ' ')).to.equal('75 %');
    expect(formatDate('2026-11-27T10:00:00Z', 'nn')).to.match(/2026/);
    expect(formatDate('2026-11-27T10:00:00Z', 'nn')).not.to.match(/Nov \d/);
    expect(formatDate('not a date', 'nb')).to.equal('not a date');
  });
});

describe('number formatting: scores written without Intl', () => {
  const intl = (lang: 'nb' | 'en', value: number) =>
    new Intl.NumberFormat(lang === 'nb' ? 'nb-NO' : 'en-GB', { maximumFractionDigits: 1 }).format(value);

  it('writes every score from 0 to 1000 in steps of 0.005 exactly as Intl.NumberFormat does', () => {
    const differ: string[] = [];
    for (let step = 0; step <= 200_000; step += 1) {
      const value = step * 0.005;
      for (const lang of ['nb', 'en'] as const) {
        const ours = formatScore(value, lang);
        const theirs = intl(lang, value);
        if (ours !== theirs) differ.push(`${value} (${lang}): ${ours} ≠ ${theirs}`);
      }
    }
    expect(differ.slice(0, 5)).to.deep.equal([]);
  });

  it('rounds the shortest decimal form half up, as Intl does (1.15 is 1,2, not 1,1)', () => {
    expect(formatScore(1.15, 'nb')).to.equal('1,2');
    expect(formatScore(2.45, 'en')).to.equal('2.5');
    expect(formatScore(99.95, 'nb')).to.equal('100');
    expect(formatScore(999.95, 'nb')).to.equal(intl('nb', 999.95));
    expect(formatScore(0.0000001, 'nb')).to.equal('0');
  });

  it('still uses Intl for numbers outside 0..1000: grouping and the minus sign', () => {
    for (const value of [1000, 12345.67, -1, -0.04, 1e21]) {
      expect(formatScore(value, 'nb')).to.equal(intl('nb', value));
      expect(formatScore(value, 'en')).to.equal(intl('en', value));
    }
  });
});
