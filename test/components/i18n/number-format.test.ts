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
