import { formatPercent, formatScore } from '../components/i18n/number-format.js';
import {
  CSV_BOM,
  CSV_LINE_END,
  CSV_SEPARATOR,
  formatNumber,
  basisCounts,
  neutraliseFormula,
  quoteCell,
  resolveText,
  type Framework,
  type RankedAssessment,
} from '../src/index.js';
import { plain, say, type Console } from './console.js';
import type { Source } from './read-assessments.js';

/** One ranked offer and the file it came from. */
export interface RankingRow {
  ranked: RankedAssessment;
  source: Source;
}

/**
 * A cell: text from people or a file name, a place in the ranking, or a number (a score
 * 0..100, or a share 0..1).
 */
type Cell =
  | { text: string }
  | { place: number | null; tied: boolean }
  | { score: number | null }
  | { share: number };

/**
 * One column of the ranking, the same in every output (screen, CSV). A new measure, such as
 * the basis beside each score, is one more entry in {@link rankingColumns}.
 */
interface Column {
  header: string;
  /** Numbers line up on the right on screen, text on the left. */
  numeric: boolean;
  cell(row: RankingRow): Cell;
  /** Left out of the screen table (kept in CSV), to keep the table readable. */
  wideOnly?: boolean;
  /** Shown whole on screen (a note or a file name); other long texts are shortened. */
  whole?: boolean;
}

/** The columns of a ranking under a framework, in the console's language. */
export function rankingColumns(console: Console, framework: Framework): Column[] {
  const { lang } = console;
  const text = (
    header: string,
    value: (row: RankingRow) => string | undefined,
    options: { wideOnly?: boolean; whole?: boolean } = {},
  ): Column => ({ header, numeric: false, cell: (row) => ({ text: value(row) ?? '' }), ...options });
  return [
    {
      header: say(console, 'placeHeader'),
      numeric: true,
      cell: (row) => ({ place: row.ranked.rank, tied: row.ranked.tied }),
    },
    { header: say(console, 'overallHeader'), numeric: true, cell: (row) => ({ score: row.ranked.scores.overall }) },
    ...framework.dimensions.map(
      (dimension): Column => ({
        header: resolveText(dimension.short ?? dimension.title, lang),
        numeric: true,
        cell: (row) => ({ score: row.ranked.scores.dimensions[dimension.id] ?? null }),
      }),
    ),
    { header: say(console, 'basisHeader'), numeric: true, cell: (row) => ({ share: row.ranked.basis }) },
    text(say(console, 'noteHeader'), (row) => thinBasisNote(console, framework, row), { whole: true }),
    {
      header: say(console, 'completenessHeader'),
      numeric: true,
      cell: (row) => ({ share: row.ranked.assessment.completeness }),
    },
    text(say(console, 'offerHeader'), (row) => row.ranked.assessment.offer.title),
    text(say(console, 'organisationHeader'), (row) => row.ranked.assessment.offer.organisation, { wideOnly: true }),
    text(say(console, 'fileHeader'), (row) => row.source.file, { whole: true }),
    text(say(console, 'itemHeader'), (row) => (row.source.item === undefined ? '' : String(row.source.item)), {
      wideOnly: true,
    }),
  ];
}

/**
 * Said plainly beside a score that rests on too little (basis below the framework's
 * `minBasis`): how many criteria were answered with a level, of how many. Empty otherwise.
 */
function thinBasisNote(console: Console, framework: Framework, row: RankingRow): string {
  if (row.ranked.enoughBasis || row.ranked.compatibility.status === 'other-framework') return '';
  const { answered, total } = basisCounts(framework, row.ranked.assessment.answers).overall;
  return say(console, 'thinBasis', { answered, total });
}

/** Longest text shown in one cell of the screen table; the CSV and JSON keep it whole. */
const MAX_CELL = 40;

/**
 * The ranking as a plain-text table for a terminal: scores rounded to one decimal in the
 * user's locale, columns padded to line up. Text from documents is made terminal-safe.
 */
export function rankingText(console: Console, framework: Framework, rows: readonly RankingRow[]): string {
  const columns = rankingColumns(console, framework).filter((column) => !column.wideOnly);
  const screen = (cell: Cell, whole = false): string => {
    if ('text' in cell) {
      const text = plain(cell.text);
      return whole || text.length <= MAX_CELL ? text : `${text.slice(0, MAX_CELL - 1)}…`;
    }
    if ('place' in cell) {
      if (cell.place === null) return say(console, 'notAssessed');
      return say(console, cell.tied ? 'sharedPlace' : 'place', { place: cell.place });
    }
    if ('score' in cell) return formatScore(cell.score, console.lang);
    return formatPercent(cell.share, console.lang);
  };
  const table = [columns.map((column) => plain(column.header)), ...rows.map((row) => columns.map((column) => screen(column.cell(row), column.whole)))];
  const widths = columns.map((_, index) => Math.max(...table.map((line) => (line[index] ?? '').length)));
  return table
    .map((line) =>
      line
        .map((text, index) => (columns[index]?.numeric ? text.padStart(widths[index] ?? 0) : text.padEnd(widths[index] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/**
 * The ranking as CSV, written as the widget's own CSV export is (for Norwegian Excel: a
 * byte-order mark, `;` between cells, CRLF, a decimal comma in nb and nn), scores at full
 * precision and completeness as a share 0..1. Text cells are guarded against formula
 * injection.
 */
export function rankingCsv(console: Console, framework: Framework, rows: readonly RankingRow[]): string {
  const columns = rankingColumns(console, framework);
  const write = (cell: Cell): string => {
    if ('text' in cell) return quoteCell(neutraliseFormula(cell.text));
    if ('place' in cell) return cell.place === null ? '' : String(cell.place);
    if ('score' in cell) return formatNumber(cell.score ?? undefined, console.lang);
    return formatNumber(cell.share, console.lang);
  };
  const lines = [
    columns.map((column) => quoteCell(neutraliseFormula(column.header))).join(CSV_SEPARATOR),
    ...rows.map((row) => columns.map((column) => write(column.cell(row))).join(CSV_SEPARATOR)),
  ];
  return CSV_BOM + lines.join(CSV_LINE_END) + CSV_LINE_END;
}

/** One ranked offer as `--json` writes it: full precision, the place as a number. */
export function rankingJson(row: RankingRow): Record<string, unknown> {
  const { ranked, source } = row;
  return {
    place: ranked.rank,
    tied: ranked.tied,
    file: source.file,
    ...(source.item !== undefined ? { item: source.item } : {}),
    offer: {
      title: ranked.assessment.offer.title,
      organisation: ranked.assessment.offer.organisation,
      orgNumber: ranked.assessment.offer.orgNumber,
    },
    compatibility: ranked.compatibility.status,
    score: ranked.score,
    basis: ranked.basis,
    enoughBasis: ranked.enoughBasis,
    overall: ranked.scores.overall,
    dimensions: ranked.scores.dimensions,
    completeness: ranked.assessment.completeness,
  };
}
