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
    evidence: ['https://example.org/plan.pdf'],
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
      'Område;Kriterium;Verdi;Nivå;Poeng (0–100);Ikke relevant;Hvorfor ikke relevant;Begrunnelse;Dokumentasjon',
    );
    expect(csv.endsWith('\r\n')).to.equal(true);
    // No bare LF outside a quoted cell: every row break is CRLF. Header, 5 criteria, an
    // empty row, the summary's header, 3 areas, overall and completeness.
    expect(parseCsv(csv.slice(1))).to.have.length(1 + 5 + 1 + 1 + 3 + 1 + 1);
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
      '',
      'Nevner mål 2; «bolig»\nog "arbeid"',
      'https://example.org/plan.pdf',
    ]);
    expect(rows[3]).to.deep.equal(['Brukermedvirkning', 'Med i utformingen', '', '', '', 'Ja', '', "'+47 99 99 99 99", '']);
    expect(rows[5]).to.deep.equal(['Gjennomførbarhet', 'Navngitt eier', '', '', '', '', '', '', '']);
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
    expect(rows[2]?.[7]).to.equal('\'=HYPERLINK("http://evil.example","klikk")');
    expect(rows[4]?.[7]).to.equal("'@SUM(A1)");
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(neutraliseFormula(`${start}1+1`)).to.equal(`'${start}1+1`);
    }
    expect(neutraliseFormula('Vanlig tekst')).to.equal('Vanlig tekst');
  });

  it('quotes cells holding ;, " or line breaks, doubling quotes', () => {
    expect(quoteCell('a;b')).to.equal('"a;b"');
    expect(quoteCell('si "hei"')).to.equal('"si ""hei"""');
    expect(quoteCell('to\nlinjer')).to.equal('"to\nlinjer"');
    expect(quoteCell('vanlig')).to.equal('vanlig');
  });

  it('writes the reason for not applicable, every evidence link one a line, and "Forklaring" in self mode', () => {
    let assessment = createAssessment(smallFramework, { mode: 'self', now });
    assessment = withAnswer(smallFramework, assessment, 'goals-named', {
      value: 4,
      comment: 'Slik gjør vi det.',
      evidence: ['https://example.org/a', 'https://example.org/b'],
    }, now);
    assessment = withAnswer(smallFramework, assessment, 'part-design', { notApplicable: true, reason: '=Ingen brukere ennå' }, now);
    const rows = parseCsv(assessmentCsv(smallFramework, assessment, 'nn').slice(1));
    expect(rows[0]).to.deep.equal([
      'Område', 'Kriterium', 'Verdi', 'Nivå', 'Poeng (0–100)', 'Ikkje relevant', 'Kvifor ikkje relevant', 'Forklaring', 'Dokumentasjon',
    ]);
    expect(rows[1]?.slice(6)).to.deep.equal(['', 'Slik gjør vi det.', 'https://example.org/a\nhttps://example.org/b']);
    // The reason is text from a person: neutralised like every other text cell.
    expect(rows[3]?.slice(5, 7)).to.deep.equal(['Ja', "'=Ingen brukere ennå"]);
  });

  it('ends with score, basis and answered criteria per area and overall, saying plainly when basis is too little', () => {
    let assessment = createAssessment(smallFramework, { now });
    assessment = withAnswer(smallFramework, assessment, 'goals-named', { value: 4 }, now);
    assessment = withAnswer(smallFramework, assessment, 'goals-lasting', { value: 2 }, now);
    assessment = withAnswer(smallFramework, assessment, 'part-design', { value: 4 }, now);
    assessment = withAnswer(smallFramework, assessment, 'part-delivery', { notApplicable: true, reason: 'Ingen levering.' }, now);
    assessment = withAnswer(smallFramework, assessment, 'feas-owner', { notApplicable: true, reason: 'Ikke aktuelt.' }, now);
    const rows = parseCsv(assessmentCsv(smallFramework, assessment, 'nb').slice(1));
    expect(rows[6]).to.deep.equal(['']);
    expect(rows.slice(7)).to.deep.equal([
      ['Område', 'Poeng (0–100)', 'Grunnlag (0–1)', 'Kriterier besvart med nivå', 'Kriterier i alt', 'Merknad'],
      // goals: (1 × 100 + 3 × 50) / 4 = 62,5, both answered.
      ['Langsiktige mål i kommuneplanen', '62,5', '1', '2', '2', ''],
      ['Brukermedvirkning', '100', '0,5', '1', '2', ''],
      ['Gjennomførbarhet', '', '0', '0', '1', 'Ikke relevant: alle kriteriene i området er merket «ikke relevant»'],
      // overall basis (1 + 0,5 + 0) / 3 = 0,5: exactly enough.
      ['Samlet', '81,25', '0,5', '3', '5', ''],
      ['Fullført (0–1)', '1'],
    ]);
    const thin = withAnswer(smallFramework, assessment, 'goals-lasting', { notApplicable: true, reason: 'Vet ikke.' }, now);
    const en = parseCsv(assessmentCsv(smallFramework, thin, 'en').slice(1));
    expect(en.find((row) => row[0] === 'Overall')).to.deep.equal([
      'Overall', '100', String((0.25 + 0.5 + 0) / 3), '2', '5', 'Too little basis: 2 of 5 criteria answered',
    ]);
    expect(en.findLast((row) => row[0] === 'Long-term goals in the plan')?.[5]).to.equal('Too little basis: 1 of 2 criteria answered');
  });

  it('writes the official\'s decision after the summary', () => {
    const assessment = {
      ...awkward(),
      decision: {
        caseNumber: '2026/1234',
        assessor: { name: 'Ola Nordmann', role: 'Rådgiver' },
        impartial: true,
        conclusion: 'refer' as const,
        referTo: 'NAV',
        reasons: '-passer bedre hos NAV',
        decidedAt: '2026-11-30',
      },
    };
    const rows = parseCsv(assessmentCsv(smallFramework, assessment, 'nb').slice(1));
    const start = rows.findIndex((row) => row[0] === 'Vedtak');
    expect(rows[start - 1]).to.deep.equal(['']);
    expect(rows.slice(start)).to.deep.equal([
      ['Vedtak'],
      ['Saksnummer', '2026/1234'],
      ['Saksbehandler', 'Ola Nordmann'],
      ['Rolle', 'Rådgiver'],
      ['Habilitet bekreftet', 'Ja'],
      ['Konklusjon', 'Henvises videre'],
      ['Henvist til', 'NAV'],
      ['Begrunnelse', "'-passer bedre hos NAV"],
      ['Dato', '2026-11-30'],
    ]);
    expect(parseCsv(assessmentCsv(smallFramework, assessment, 'nn').slice(1)).some((row) => row[1] === 'Blir vist vidare')).to.equal(true);
    expect(parseCsv(assessmentCsv(smallFramework, awkward(), 'nb').slice(1)).some((row) => row[0] === 'Vedtak')).to.equal(false);
  });

  it('keeps answers to criteria the framework no longer has, after the known ones', () => {
    const assessment = { ...awkward(), answers: { ...awkward().answers, 'old-criterion': { value: 2 } } };
    const rows = parseCsv(assessmentCsv(smallFramework, assessment, 'nb').slice(1));
    expect(rows[6]).to.deep.equal(['', 'old-criterion', '2', '', '', '', '', '', '']);
    expect(rows[7]).to.deep.equal(['']);
  });
});
