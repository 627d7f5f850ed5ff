import type { Lang } from '../text/lang.js';
import { resolveText } from '../text/text.js';
import { CSV_BOM, CSV_LINE_END, CSV_SEPARATOR, formatNumber, neutraliseFormula, quoteCell } from '../transfer/assessment-csv.js';
import { CONCLUSION_LABELS, NO_DECISION } from './conclusions.js';
import type { CaseOverview } from './overview.js';

/** The overview's column and section names. */
const WORDS = {
  nb: {
    offers: 'Tilbud', offer: 'Tilbud', organisation: 'Organisasjon', conclusion: 'Konklusjon', overall: 'Samlet (0–100)',
    basis: 'Grunnlag (0–1)', enough: 'Nok grunnlag', goals: 'Kommunens mål', goal: 'Mål', offersServing: 'Tilbud med svar',
    mean: 'Gjennomsnitt (0–100)', meanBasis: 'Gjennomsnittlig grunnlag (0–1)', withEnough: 'Med nok grunnlag',
    byConclusion: 'Etter konklusjon', count: 'Antall', yes: 'Ja', no: 'Nei', owner: 'Eier',
  },
  nn: {
    offers: 'Tilbod', offer: 'Tilbod', organisation: 'Organisasjon', conclusion: 'Konklusjon', overall: 'Samla (0–100)',
    basis: 'Grunnlag (0–1)', enough: 'Nok grunnlag', goals: 'Måla til kommunen', goal: 'Mål', offersServing: 'Tilbod med svar',
    mean: 'Gjennomsnitt (0–100)', meanBasis: 'Gjennomsnittleg grunnlag (0–1)', withEnough: 'Med nok grunnlag',
    byConclusion: 'Etter konklusjon', count: 'Tal', yes: 'Ja', no: 'Nei', owner: 'Eigar',
  },
  en: {
    offers: 'Offers', offer: 'Offer', organisation: 'Organisation', conclusion: 'Conclusion', overall: 'Overall (0–100)',
    basis: 'Basis (0–1)', enough: 'Enough basis', goals: "The kommune's goals", goal: 'Goal', offersServing: 'Offers with answers',
    mean: 'Mean (0–100)', meanBasis: 'Mean basis (0–1)', withEnough: 'With enough basis',
    byConclusion: 'By conclusion', count: 'Count', yes: 'Yes', no: 'No', owner: 'Owner',
  },
} as const satisfies Record<Lang, Record<string, string>>;

type Cell = string | number | null;

/**
 * The overview as a CSV file a spreadsheet opens in `lang`'s locale: the offers with their
 * conclusion, overall score and basis; the kommune's goals with how many offers serve them,
 * how well and on what basis; and the count per conclusion. Text cells are guarded against
 * formula injection like every export.
 */
export function caseOverviewCsv(overview: CaseOverview, lang: Lang): string {
  const w = WORDS[lang];
  const rows: Cell[][] = [];
  rows.push([w.offers]);
  rows.push([w.offer, w.organisation, w.conclusion, w.overall, w.basis, w.enough]);
  for (const offer of overview.offers) {
    rows.push([
      offer.title,
      offer.organisation,
      offer.conclusion === 'none' ? NO_DECISION[lang] : CONCLUSION_LABELS[lang][offer.conclusion],
      offer.overall,
      offer.basis,
      offer.enoughBasis ? w.yes : w.no,
    ]);
  }
  if (overview.byGoal.length > 0) {
    rows.push([]);
    rows.push([w.goals]);
    rows.push([w.goal, w.owner, w.offersServing, w.mean, w.meanBasis, w.withEnough]);
    for (const entry of overview.byGoal) {
      rows.push([
        resolveText(entry.goal.title, lang),
        resolveText(entry.goal.owner?.unit, lang) || entry.goal.owner?.name || '',
        entry.offers,
        entry.meanScore,
        entry.offers > 0 ? entry.meanBasis : null,
        entry.withEnoughBasis,
      ]);
    }
  }
  rows.push([]);
  rows.push([w.byConclusion]);
  rows.push([w.conclusion, w.count]);
  for (const [conclusion, count] of Object.entries(overview.byConclusion)) {
    const label = conclusion === 'none' ? NO_DECISION[lang] : CONCLUSION_LABELS[lang][conclusion as keyof (typeof CONCLUSION_LABELS)['nb']];
    rows.push([label, count]);
  }
  return CSV_BOM + rows.map((row) => row.map((cell) => writeCell(cell, lang)).join(CSV_SEPARATOR)).join(CSV_LINE_END) + CSV_LINE_END;
}

function writeCell(cell: Cell, lang: Lang): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return formatNumber(cell, lang);
  return quoteCell(neutraliseFormula(cell));
}
