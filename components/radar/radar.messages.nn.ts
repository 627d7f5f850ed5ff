import type { Messages } from '../i18n/language-packs.js';
import type { RadarMessageKey } from './radar.messages.js';

/** The radar's own strings in nynorsk, fetched the first time an element speaks it (see language-packs.ts). */
export const nn: Messages<RadarMessageKey> = {
  defaultCaption: 'Poengsum per område (0–100)',
  chartLabel: 'Radardiagram: {caption}. Tala står i tabellen under diagrammet.',
  axisHeader: 'Område',
  targetHeader: 'Kommunen sitt målnivå',
  notAnswered: 'ikkje svart',
  modeSelf: 'Eigenvurdering',
  modeOfficial: 'Sakshandsamar si vurdering',
  offerAndMode: '{offer} – {mode}',
  numbered: '{label} ({number})',
  unnamedSeries: 'Serie {number}',
  overall: 'Samla poengsum: {score}',
  overallOf: 'Samla poengsum for {label}: {score}',
  outOf: '{score} av 100',
  overallNone: 'ikkje rekna ut, ingen kriterium er svart på',
  noTarget: 'ikkje sett',
  noAxes: 'Det er ingen område å vise enno.',
  noSeries: 'Ingen vurderingar er teikna enno.',
  notApplicable: 'ikkje relevant',
  axisNotApplicable: '{label} (ikkje relevant)',
  basisCell: 'grunnlag {answered} av {total}',
  overallBasis: 'Grunnlag: {answered} av {total} kriterium svart på med eit nivå.',
  overallBasisLow: 'For lite grunnlag: {answered} av {total} kriterium svart på.',
  overallBasisOf: '{label}: {basis}',
};
