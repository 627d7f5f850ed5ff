import { expect } from '@open-wc/testing';
import { withAnswer, withOffer } from '../../src/assessment/update.js';
import { createAssessment } from '../../src/assessment/create-assessment.js';
import { assessmentCsv, neutraliseFormula, quoteCell } from '../../src/transfer/assessment-csv.js';
import { smallFramework } from '../fixtures/small-framework.js';

const now = new Date('2026-03-01T10:00:00.000Z');

/** An assessment of the small framework with every kind of answer and awkward text. */
function awkward() {
  let assessment = createAssessment(smallFramework, { mode: 'official', now });
  assessment = withAnswer(smallFramework, assessment, 'goals-named', {
    value: 3,
    comment: 'Nevner mål 2; «bolig»\nog "arbeid"',
    evidence: 'https://example.org/plan.pdf',
  }, now);
  assessment = withAnswer(smallFramework, assessment, 'goals-lasting', { value: 1, comment: '=HYPERLINK("http://evil.example","klikk")' }, now);
  assessment = withAnswer(smallFramework, assessment, 'part-design', { notApplicable: true, comment: '+47 99 99 99 99' }, now);
  assessment = withAnswer(smallFramework, assessment, 'part-delivery', { value: 2, comment: '@SUM(A1)' }, now);
  return withOffer(smallFramework, assessment, { title: 'Lunsjtreff' }, now);
}

/** Splits CSV text into rows of cells, honouring quotes, as a spreadsheet would. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ';') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += char;
  }
  return rows;
}

describe('assessmentCsv', () => {
  it('starts with a byte-order mark, separates with ; and ends every line with CRLF', () => {
    const csv = assessmentCsv(smallFramework, awkward(), 'nb');
    expect(csv.charCodeAt(0)).to.equal(0xfeff);
    expect(csv.slice(1).split('\r\n')[0]).to.equal(
      'Akse;Kriterium;Verdi;Nivå;Poeng (0–100);Ikke relevant;Begrunnelse;Dokumentasjon',
    );
    expect(csv.endsWith('\r\n')).to.equal(true);
    // No bare LF outside a quoted cell: every row break is CRLF.
    expect(parseCsv(csv.slice(1))).to.have.length(1 + 5);
  });

  it('writes one row per criterion with value, level, full-precision score with a decimal comma, and notes', () => {
    const rows = parseCsv(assessmentCsv(smallFramework, awkward(), 'nb').slice(1));
    expect(rows[1]).to.deep.equal([
      'Langsiktige mål i kommuneplanen',
      'Nevner et mål',
      '3',
      'Dokumentert med egne data',
      '75',
      '',
      'Nevner mål 2; «bolig»\nog "arbeid"',
      'https://example.org/plan.pdf',
    ]);
    expect(rows[3]).to.deep.equal(['Brukermedvirkning', 'Med i utformingen', '', '', '', 'Ja', "'+47 99 99 99 99", '']);
    expect(rows[5]).to.deep.equal(['Gjennomførbarhet', 'Navngitt eier', '', '', '', '', '', '']);
  });

  it('keeps full precision: a third of the way is 33,33333333333333 in nb and nn, 33.33333333333333 in en', () => {
    const framework = {
      ...smallFramework,
      scale: { levels: [0, 1, 2, 3].map((value) => ({ value, label: `L${value}` })) },
    };
    const assessment = withAnswer(framework, createAssessment(framework, { now }), 'feas-owner', { value: 1 }, now);
    const row = (lang: 'nb' | 'nn' | 'en') => parseCsv(assessmentCsv(framework, assessment, lang).slice(1))[5];
    expect(row('nb')?.[4]).to.equal('33,33333333333333');
    expect(row('nn')?.[4]).to.equal('33,33333333333333');
    expect(row('en')?.[4]).to.equal('33.33333333333333');
    expect(row('nn')?.[0]).to.equal('Gjennomføring');
  });

  it('neutralises formulas in every text cell, so a spreadsheet shows them as text', () => {
    const rows = parseCsv(assessmentCsv(smallFramework, awkward(), 'en').slice(1));
    expect(rows[0]?.[5]).to.equal('Not applicable');
    expect(rows[2]?.[6]).to.equal('\'=HYPERLINK("http://evil.example","klikk")');
    expect(rows[4]?.[6]).to.equal("'@SUM(A1)");
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(neutraliseFormula(`${start}1+1`)).to.equal(`'${start}1+1`);
    }
    expect(neutraliseFormula('Vanlig tekst')).to.equal('Vanlig tekst');
  });

  it('neutralises a formula after any separator a spreadsheet may split a cell on', () => {
    // Opened by a program that splits on commas (or tabs, or ignores our quotes), the text
    // after the separator becomes a cell of its own: it must not start a formula there.
    const attacks: [string, string][] = [
      ['Se vedlegg,=HYPERLINK("http://evil.example","klikk")', 'Se vedlegg,\'=HYPERLINK("http://evil.example","klikk")'],
      ['a;+cmd|\' /C calc\'!A0', "a;'+cmd|' /C calc'!A0"],
      ['a\t-1+1', "a\t'-1+1"],
      ['a, @SUM(A1)', "a, '@SUM(A1)"],
      ['a,"=1+1', 'a,"\'=1+1'],
      ['første linje\n=1+1', "første linje\n'=1+1"],
      ['a|=1', "a|'=1"],
    ];
    for (const [text, expected] of attacks) expect(neutraliseFormula(text), text).to.equal(expected);
    // Prose with separators and no formula start stays as written.
    expect(neutraliseFormula('Tre deltakere, to ansatte; én frivillig')).to.equal('Tre deltakere, to ansatte; én frivillig');
    // And the file a user downloads carries the defused text.
    const assessment = withAnswer(smallFramework, awkward(), 'goals-named', { value: 3, comment: 'ok,=HYPERLINK("http://evil.example")' }, now);
    const rows = parseCsv(assessmentCsv(smallFramework, assessment, 'en').slice(1));
    expect(rows[1]?.[6]).to.equal('ok,\'=HYPERLINK("http://evil.example")');
  });

  it('quotes cells holding ;, " or line breaks, doubling quotes', () => {
    expect(quoteCell('a;b')).to.equal('"a;b"');
    expect(quoteCell('si "hei"')).to.equal('"si ""hei"""');
    expect(quoteCell('to\nlinjer')).to.equal('"to\nlinjer"');
    expect(quoteCell('vanlig')).to.equal('vanlig');
  });

  it('keeps answers to criteria the framework no longer has, after the known ones', () => {
    const assessment = { ...awkward(), answers: { ...awkward().answers, 'old-criterion': { value: 2 } } };
    const rows = parseCsv(assessmentCsv(smallFramework, assessment, 'nb').slice(1));
    expect(rows.at(-1)).to.deep.equal(['', 'old-criterion', '2', '', '', '', '', '']);
  });
});
