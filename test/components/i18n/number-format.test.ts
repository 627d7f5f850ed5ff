import { expect } from '@open-wc/testing';
import { formatDate, formatDay, formatPercent, formatScore } from '../../../components/i18n/number-format.js';

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
  // One formatter per language: making one per value (400 000 of them) took most of the
  // 20 s a test may take on a busy machine.
  const formatters = {
    nb: new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 }),
    en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }),
  };
  const intl = (lang: 'nb' | 'en', value: number) => formatters[lang].format(value);

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

describe('number formatting: percentages and days written without Intl', () => {
  // One formatter per locale, made once, as for the scores above.
  const percentFormats = new Map<string, Intl.NumberFormat>();
  const dayFormats = new Map<string, Intl.DateTimeFormat>();
  const percent = (locale: string, share: number) => {
    if (!percentFormats.has(locale)) percentFormats.set(locale, new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }));
    return percentFormats.get(locale)!.format(share);
  };
  const longDay = (locale: string, date: Date) => {
    if (!dayFormats.has(locale)) dayFormats.set(locale, new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }));
    return dayFormats.get(locale)!.format(date);
  };

  it('writes every share from 0 to 2 in steps of 0.0005 exactly as Intl.NumberFormat does', () => {
    const differ: string[] = [];
    for (let step = 0; step <= 4000; step += 1) {
      const share = step * 0.0005;
      if (formatPercent(share, 'nb') !== percent('nb-NO', share)) differ.push(`${share} nb: ${formatPercent(share, 'nb')}`);
      if (formatPercent(share, 'en') !== percent('en-GB', share)) differ.push(`${share} en: ${formatPercent(share, 'en')}`);
    }
    expect(differ.slice(0, 5)).to.deep.equal([]);
    expect(formatPercent(0.125, 'nn')).to.equal('13\u00a0%');
    for (const share of [-0.5, 12.345, 1e6]) expect(formatPercent(share, 'nb')).to.equal(percent('nb-NO', share));
  });

  it('writes every day of a year as Intl.DateTimeFormat does in bokmål and English, and nynorsk as bokmål', () => {
    const differ: string[] = [];
    for (const year of [1999, 2026]) {
      for (let day = 0; day < 366; day += 1) {
        const date = new Date(Date.UTC(year, 0, 1 + day));
        const iso = date.toISOString().slice(0, 10);
        if (formatDay(iso, 'nb') !== longDay('nb-NO', date)) differ.push(`${iso} nb: ${formatDay(iso, 'nb')}`);
        if (formatDay(iso, 'en') !== longDay('en-GB', date)) differ.push(`${iso} en: ${formatDay(iso, 'en')}`);
        if (formatDay(iso, 'nn') !== formatDay(iso, 'nb')) differ.push(`${iso} nn: ${formatDay(iso, 'nn')}`);
      }
    }
    expect(differ.slice(0, 5)).to.deep.equal([]);
    expect(formatDay('2026-12-01', 'nn')).to.equal('1. desember 2026');
    expect(formatDay('1 December', 'nb')).to.equal('1 December');
  });
});
