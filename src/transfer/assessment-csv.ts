import type { Assessment } from '../assessment/types.js';
import type { Framework } from '../framework/types.js';
import { criterionState } from '../scoring/criterion-state.js';
import type { Lang } from '../text/lang.js';
import { resolveText } from '../text/text.js';

/**
 * The assessment as a spreadsheet: one row per criterion, in framework order, then any
 * answers to criteria the framework no longer has (kept, as everywhere else, never dropped).
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
  nb: ['Akse', 'Kriterium', 'Verdi', 'Nivå', 'Poeng (0–100)', 'Ikke relevant', 'Begrunnelse', 'Dokumentasjon'],
  nn: ['Akse', 'Kriterium', 'Verdi', 'Nivå', 'Poeng (0–100)', 'Ikkje relevant', 'Grunngjeving', 'Dokumentasjon'],
  en: ['Axis', 'Criterion', 'Value', 'Level', 'Score (0–100)', 'Not applicable', 'Justification', 'Evidence'],
};

const YES: Record<Lang, string> = { nb: 'Ja', nn: 'Ja', en: 'Yes' };

/** A cell: text from people (neutralised and quoted as needed) or a number we formatted. */
type Cell = { text: string } | { number: number | undefined };

/**
 * Writes the CSV file's content for `assessment` against `framework`, with headers and level
 * labels in `lang`. Every text cell is guarded against formula injection and quoted where it
 * has to be; the result starts with a byte-order mark.
 */
export function assessmentCsv(framework: Framework, assessment: Assessment, lang: Lang): string {
  const rows: Cell[][] = [HEADERS[lang].map((text) => ({ text }))];
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
        { text: answer?.comment ?? '' },
        { text: answer?.evidence ?? '' },
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
      { text: answer?.comment ?? '' },
      { text: answer?.evidence ?? '' },
    ]);
  }
  const lines = rows.map((row) => row.map((cell) => writeCell(cell, lang)).join(CSV_SEPARATOR));
  return CSV_BOM + lines.join(CSV_LINE_END) + CSV_LINE_END;
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
 * A formula start right after a separator some spreadsheet may split on: `,` (Excel and
 * LibreOffice in English locales), `;` (Norwegian Excel), a tab, `|`, or a line break; with
 * any spaces or quotes between. A program that splits the cell's text there (a locale that
 * ignores our quoting, "text to columns", a naive import) starts a new cell with it.
 */
const FORMULA_AFTER_SEPARATOR = /([,;\t|\r\n][\s"']*)(?=[=+\-@])/g;

/**
 * Defuses spreadsheet formula injection: a text from a user that starts with `=`, `+`, `-`,
 * `@`, a tab or a carriage return gets a leading `'`, so Excel and LibreOffice show it as text
 * instead of running it (`=HYPERLINK(…)`, `=cmd|…`). The same goes for such a start after any
 * separator a spreadsheet may split the cell on (`a,=cmd|…` becomes `a,'=cmd|…`), since a
 * program that splits there would read what follows as a cell of its own. Numbers we write
 * ourselves are not text and are not touched.
 */
export function neutraliseFormula(text: string): string {
  const inside = text.replace(FORMULA_AFTER_SEPARATOR, "$1'");
  return FORMULA_START.test(inside) ? `'${inside}` : inside;
}

/** Quotes a cell when it holds the separator, a quote or a line break; quotes are doubled. */
export function quoteCell(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
