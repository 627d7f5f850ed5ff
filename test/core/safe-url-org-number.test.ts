import { expect } from '@open-wc/testing';
import { checkOrgNumber } from '../../src/assessment/org-number.js';
import { safeUrl } from '../../src/text/safe-url.js';

describe('safeUrl', () => {
  it('accepts https, http, mailto and tel, and returns the normalised href', () => {
    expect(safeUrl('https://www.kommune.no')).to.equal('https://www.kommune.no/');
    expect(safeUrl('  http://kommune.no/side?a=1#b ')).to.equal('http://kommune.no/side?a=1#b');
    expect(safeUrl('mailto:post@kommune.no')).to.equal('mailto:post@kommune.no');
    expect(safeUrl('tel:+4712345678')).to.equal('tel:+4712345678');
  });

  it('refuses other schemes, relative links, credentials and garbage', () => {
    for (const bad of [
      'javascript:alert(1)',
      ' JAVASCRIPT:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      'file:///etc/passwd',
      '/relative/path',
      'kommune.no',
      '',
      '   ',
      'https://user:pass@kommune.no',
      'https://kommune.no@evil.example',
      'mailto:',
      'https://',
    ]) {
      expect(safeUrl(bad), bad).to.equal(undefined);
    }
    expect(safeUrl(42 as unknown as string)).to.equal(undefined);
  });

  it('lets a mailto: link name one plain address and at most a subject, nothing a mail program would add', () => {
    expect(safeUrl('mailto:post@kommune.no?subject=Tilbud')).to.equal('mailto:post@kommune.no?subject=Tilbud');
    for (const bad of [
      'mailto:post@kommune.no?bcc=spion@evil.example',
      'mailto:post@kommune.no?bcc=spion%40evil.example&body=Hei',
      'mailto:post@kommune.no?subject=Hei&body=Send%20passordet',
      'mailto:post@kommune.no?body=Hei',
      'mailto:post@kommune.no?cc=spion@evil.example',
      'mailto:post@kommune.no,spion@evil.example',
      'mailto:post%40kommune.no',
      'mailto:post@kommune.no#x',
      'mailto:?to=spion@evil.example',
    ]) {
      expect(safeUrl(bad), bad).to.equal(undefined);
    }
  });

  it('honours a narrower list of schemes', () => {
    expect(safeUrl('mailto:a@b.no', ['https:', 'http:'])).to.equal(undefined);
    expect(safeUrl('https://a.no', ['https:'])).to.equal('https://a.no/');
    expect(safeUrl('http://a.no', ['https:'])).to.equal(undefined);
  });
});

describe('checkOrgNumber', () => {
  it('accepts valid numbers, with or without spaces', () => {
    // 1·3 + 2·2 + 3·7 + 4·6 + 5·5 + 6·4 + 7·3 + 8·2 = 138; 138 mod 11 = 6; check digit 11 − 6 = 5.
    expect(checkOrgNumber('123456785')).to.deep.equal({ valid: true, digits: '123456785' });
    expect(checkOrgNumber('123 456 785')).to.deep.equal({ valid: true, digits: '123456785' });
    // 9·3 + 7·2 + 4·7 + 7·6 + 6·5 + 0·4 + 6·3 + 7·2 = 173; 173 mod 11 = 8; 11 − 8 = 3.
    expect(checkOrgNumber('974760673').valid).to.equal(true);
  });

  it('gives check digit 0 for remainder 0', () => {
    // Digits 10000004: 1·3 + 4·2 = 11, remainder 0.
    expect(checkOrgNumber('100000040')).to.deep.equal({ valid: true, digits: '100000040' });
    expect(checkOrgNumber('100000041')).to.deep.equal({ valid: false, fault: 'check-digit' });
  });

  it('refuses remainder 1, for which no number is issued', () => {
    // 4·3 = 12, and 12 mod 11 = 1: no check digit exists for 40000000.
    expect(checkOrgNumber('400000000')).to.deep.equal({ valid: false, fault: 'check-digit' });
    expect(checkOrgNumber('400000001')).to.deep.equal({ valid: false, fault: 'check-digit' });
  });

  it('refuses wrong check digits and anything but nine digits', () => {
    expect(checkOrgNumber('123456789')).to.deep.equal({ valid: false, fault: 'check-digit' });
    for (const bad of ['12345678', '1234567850', '12345678a', '', 'NO123456785MVA']) {
      expect(checkOrgNumber(bad), bad).to.deep.equal({ valid: false, fault: 'not-nine-digits' });
    }
    expect(checkOrgNumber(undefined as unknown as string).valid).to.equal(false);
  });
});
