import { CONCLUSION_LABELS } from '../case/conclusions.js';
import type { Answer, Assessment, Decision, Mode } from '../assessment/types.js';
import type { Framework } from '../framework/types.js';
import { basisCounts, hasEnoughBasis, isWhollyNotApplicable, type AnswerCount } from '../scoring/basis.js';
import { insufficientBasis, whollyNotApplicable } from '../scoring/basis-messages.js';
import { criterionState } from '../scoring/criterion-state.js';
import { scoreAssessment } from '../scoring/score.js';
import type { Lang } from '../text/lang.js';
import { resolveText } from '../text/text.js';

/**
 * The assessment as a spreadsheet: one row per criterion, in framework order, then any
 * answers to criteria the framework no longer has (kept, as everywhere else, never dropped);
 * after an empty row, one row per area and one for the whole with score, basis and how many
 * criteria are answered with a level (a basis below the framework's `minBasis` said plainly
 * beside it); and, when the document has one, the case's decision.
 *
 * Written for Norwegian Excel, which is what a kommune opens it with: UTF-8 with a byte-order
 * mark (without it Excel reads æ, ø and å as Windows-1252), `;` between cells (Excel in a
 * Norwegian locale splits on `;`, since `,` is the decimal sign), CRLF line ends, and numbers
 * with a decimal comma in nb and nn. Scores keep full precision: the file is data, not a view.
 */

/** The byte-order mark that tells Excel the file is UTF-8. */
export const CSV_BOM = '\uFEFF';
/** The cell separator Norwegian Excel expects. */
export const CSV_SEPARATOR = ';';
/** Line end of every row. */
export const CSV_LINE_END = '\r\n';
/** The file type to offer the CSV with. */
export const CSV_MEDIA_TYPE = 'text/csv;charset=utf-8';

const HEADERS: Record<Lang, readonly string[]> = {
  nb: ['Område', 'Kriterium', 'Verdi', 'Nivå', 'Poeng (0–100)', 'Ikke relevant', 'Hvorfor ikke relevant'],
  nn: ['Område', 'Kriterium', 'Verdi', 'Nivå', 'Poeng (0–100)', 'Ikkje relevant', 'Kvifor ikkje relevant'],
  en: ['Area', 'Criterion', 'Value', 'Level', 'Score (0–100)', 'Not applicable', 'Why not applicable'],
};

/** The comment column: the entrepreneur's explanation, or the official's justification. */
const COMMENT_HEADER: Record<Mode, Record<Lang, string>> = {
  self: { nb: 'Forklaring', nn: 'Forklaring', en: 'Explanation' },
  official: { nb: 'Begrunnelse', nn: 'Grunngjeving', en: 'Justification' },
};

const EVIDENCE_HEADER: Record<Lang, string> = { nb: 'Dokumentasjon', nn: 'Dokumentasjon', en: 'Evidence' };

const SUMMARY_HEADERS: Record<Lang, readonly string[]> = {
  nb: ['Område', 'Poeng (0–100)', 'Grunnlag (0–1)', 'Kriterier besvart med nivå', 'Kriterier i alt', 'Merknad'],
  nn: ['Område', 'Poeng (0–100)', 'Grunnlag (0–1)', 'Kriterium med svar på nivå', 'Kriterium i alt', 'Merknad'],
  en: ['Area', 'Score (0–100)', 'Basis (0–1)', 'Criteria answered with a level', 'Criteria in all', 'Note'],
};

const OVERALL: Record<Lang, string> = { nb: 'Samlet', nn: 'Samla', en: 'Overall' };
const COMPLETENESS: Record<Lang, string> = { nb: 'Fullført (0–1)', nn: 'Fullført (0–1)', en: 'Completeness (0–1)' };

const DECISION_LABELS: Record<Lang, Record<keyof Decision | 'assessorRole', string> & { title: string }> = {
  nb: {
    title: 'Vedtak',
    caseNumber: 'Saksnummer',
    assessor: 'Saksbehandler',
    assessorRole: 'Rolle',
    impartial: 'Habilitet bekreftet',
    conclusion: 'Konklusjon',
    referTo: 'Henvist til',
    reasons: 'Begrunnelse',
    decidedAt: 'Dato',
  },
  nn: {
    title: 'Vedtak',
    caseNumber: 'Saksnummer',
    assessor: 'Sakshandsamar',
    assessorRole: 'Rolle',
    impartial: 'Habilitet stadfesta',
    conclusion: 'Konklusjon',
    referTo: 'Vist vidare til',
    reasons: 'Grunngjeving',
    decidedAt: 'Dato',
  },
  en: {
    title: 'Decision',
    caseNumber: 'Case number',
    assessor: 'Case officer',
    assessorRole: 'Role',
    impartial: 'Impartiality confirmed',
    conclusion: 'Conclusion',
    referTo: 'Referred to',
    reasons: 'Reasons',
    decidedAt: 'Date',
  },
};


const YES: Record<Lang, string> = { nb: 'Ja', nn: 'Ja', en: 'Yes' };
const NO: Record<Lang, string> = { nb: 'Nei', nn: 'Nei', en: 'No' };

/** Evidence links in one cell, one a line: normalised URLs never hold a line break. */
const LINK_SEPARATOR = '\n';

/** A cell: text from people (neutralised and quoted as needed) or a number we formatted. */
type Cell = { text: string } | { number: number | undefined };

/**
 * Writes the CSV file's content for `assessment` against `framework`, with headers and level
 * labels in `lang`. Every text cell is guarded against formula injection and quoted where it
 * has to be; the result starts with a byte-order mark.
 */
export function assessmentCsv(framework: Framework, assessment: Assessment, lang: Lang): string {
  const headers = [...HEADERS[lang], COMMENT_HEADER[assessment.mode][lang], EVIDENCE_HEADER[lang]];
  const rows: Cell[][] = [headers.map((text) => ({ text }))];
  const known = new Set<string>();
  for (const dimension of framework.dimensions) {
    const axis = resolveText(dimension.title, lang);
    for (const criterion of dimension.criteria) {
      known.add(criterion.id);
      const answer = Object.prototype.hasOwnProperty.call(assessment.answers, criterion.id)
        ? assessment.answers[criterion.id]
        : undefined;
      const state = criterionState(framework, criterion, assessment.answers);
      rows.push([
        { text: axis },
        { text: resolveText(criterion.title, lang) },
        { number: answer?.notApplicable === true ? undefined : answer?.value },
        { text: state.kind === 'value' ? resolveText(state.level.label, lang) : '' },
        { number: state.kind === 'value' ? state.score : undefined },
        { text: state.kind === 'not-applicable' ? YES[lang] : '' },
        { text: state.kind === 'not-applicable' ? state.reason : '' },
        { text: answer?.comment ?? '' },
        { text: evidenceCell(answer) },
      ]);
    }
  }
  for (const id of Object.keys(assessment.answers).sort()) {
    if (known.has(id)) continue;
    const answer = assessment.answers[id];
    rows.push([
      { text: '' },
      { text: id },
      { number: answer?.notApplicable === true ? undefined : answer?.value },
      { text: '' },
      { number: undefined },
      { text: answer?.notApplicable === true ? YES[lang] : '' },
      { text: answer?.notApplicable === true ? (answer.reason ?? '') : '' },
      { text: answer?.comment ?? '' },
      { text: evidenceCell(answer) },
    ]);
  }
  rows.push([], ...summaryRows(framework, assessment, lang));
  if (assessment.decision !== undefined) rows.push([], ...decisionRows(assessment.decision, lang));
  const lines = rows.map((row) => row.map((cell) => writeCell(cell, lang)).join(CSV_SEPARATOR));
  return CSV_BOM + lines.join(CSV_LINE_END) + CSV_LINE_END;
}

function evidenceCell(answer: Answer | undefined): string {
  return Array.isArray(answer?.evidence) ? answer.evidence.join(LINK_SEPARATOR) : '';
}

/**
 * Score, basis and answered criteria per area and overall, recomputed from the answers. An
 * area whose every criterion is not applicable is said to be so, never scored 0.
 */
function summaryRows(framework: Framework, assessment: Assessment, lang: Lang): Cell[][] {
  const scores = scoreAssessment(framework, assessment);
  const counts = basisCounts(framework, assessment.answers);
  const note = (basis: number, count: AnswerCount, notApplicable: boolean): string => {
    if (notApplicable) return whollyNotApplicable()[lang];
    return hasEnoughBasis(framework, basis) ? '' : insufficientBasis(count)[lang];
  };
  const rows: Cell[][] = [SUMMARY_HEADERS[lang].map((text) => ({ text }))];
  for (const dimension of framework.dimensions) {
    const basis = scores.basis.dimensions[dimension.id] ?? 0;
    const count = counts.dimensions[dimension.id] ?? { answered: 0, total: 0 };
    rows.push([
      { text: resolveText(dimension.title, lang) },
      { number: scores.dimensions[dimension.id] ?? undefined },
      { number: basis },
      { number: count.answered },
      { number: count.total },
      { text: note(basis, count, isWhollyNotApplicable(framework, dimension.id, assessment.answers)) },
    ]);
  }
  rows.push([
    { text: OVERALL[lang] },
    { number: scores.overall ?? undefined },
    { number: scores.basis.overall },
    { number: counts.overall.answered },
    { number: counts.overall.total },
    { text: note(scores.basis.overall, counts.overall, false) },
  ]);
  rows.push([{ text: COMPLETENESS[lang] }, { number: scores.completeness }]);
  return rows;
}

/** The official's decision as label–value rows. */
function decisionRows(decision: Decision, lang: Lang): Cell[][] {
  const labels = DECISION_LABELS[lang];
  const rows: Cell[][] = [[{ text: labels.title }]];
  const add = (label: string, value: string | undefined) => {
    if (value !== undefined && value !== '') rows.push([{ text: label }, { text: value }]);
  };
  add(labels.caseNumber, decision.caseNumber);
  add(labels.assessor, decision.assessor?.name);
  add(labels.assessorRole, decision.assessor?.role);
  if (decision.impartial !== undefined) add(labels.impartial, decision.impartial ? YES[lang] : NO[lang]);
  add(labels.conclusion, CONCLUSION_LABELS[lang][decision.conclusion]);
  add(labels.referTo, decision.referTo);
  add(labels.reasons, decision.reasons);
  add(labels.decidedAt, decision.decidedAt);
  return rows;
}

function writeCell(cell: Cell, lang: Lang): string {
  if ('number' in cell) return formatNumber(cell.number, lang);
  return quoteCell(neutraliseFormula(cell.text));
}

/**
 * A number as a spreadsheet in `lang`'s locale reads it: full precision, with a decimal comma
 * in nb and nn, and no thousands separator (Excel would take a space for text).
 */
export function formatNumber(value: number | undefined, lang: Lang): string {
  if (value === undefined || !Number.isFinite(value)) return '';
  const plain = String(value);
  return lang === 'en' ? plain : plain.replace('.', ',');
}

/** Characters that make a spreadsheet treat a cell as a formula (or hide how it starts). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Defuses spreadsheet formula injection: a text from a user that starts with `=`, `+`, `-`,
 * `@`, a tab or a carriage return gets a leading `'`, so Excel and LibreOffice show it as text
 * instead of running it (`=HYPERLINK(…)`, `=cmd|…`). Numbers we write ourselves are not text
 * and are not touched.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Quotes a cell when it holds the separator, a quote or a line break; quotes are doubled. */
export function quoteCell(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
