import { expect } from '@open-wc/testing';
import { defineMessages, localize, plural } from '../../../components/i18n/define-messages.js';

const table = defineMessages({
  nb: { problems: plural({ one: '{count} problem', other: '{count} problemer' }), plain: 'Hei, {name}' },
  nn: { problems: plural({ one: '{count} problem', other: '{count} problem' }), plain: 'Hei, {name}' },
  en: { problems: plural({ one: '{count} problem', other: '{count} problems' }), plain: 'Hello, {name}' },
});

describe('message tables', () => {
  it('chooses the plural form by the language’s rules', () => {
    expect(localize(table, 'en', 'problems', { count: 1 })).to.equal('1 problem');
    expect(localize(table, 'en', 'problems', { count: 0 })).to.equal('0 problems');
    expect(localize(table, 'en', 'problems', { count: 3 })).to.equal('3 problems');
    expect(localize(table, 'nb', 'problems', { count: 1 })).to.equal('1 problem');
    expect(localize(table, 'nb', 'problems', { count: 2 })).to.equal('2 problemer');
    expect(localize(table, 'nn', 'problems', { count: 2 })).to.equal('2 problem');
  });

  it('fills placeholders as plain text and leaves unknown ones visible', () => {
    expect(localize(table, 'nb', 'plain', { name: '<b>Ola</b>' })).to.equal('Hei, <b>Ola</b>');
    expect(localize(table, 'en', 'plain')).to.equal('Hello, {name}');
  });

  it('falls back to the "other" form when the count is missing', () => {
    expect(localize(table, 'en', 'problems')).to.equal('{count} problems');
  });
});
