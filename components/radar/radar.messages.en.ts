import type { Messages } from '../i18n/language-packs.js';
import type { RadarMessageKey } from './radar.messages.js';

/** The radar's own strings in English, fetched the first time an element speaks it (see language-packs.ts). */
export const en: Messages<RadarMessageKey> = {
  defaultCaption: 'Score by area (0–100)',
  chartLabel: 'Radar chart: {caption}. The numbers are in the table below the chart.',
  axisHeader: 'Area',
  targetHeader: 'The kommune’s target level',
  notAnswered: 'not answered',
  modeSelf: 'Self-assessment',
  modeOfficial: 'Case officer’s assessment',
  offerAndMode: '{offer} – {mode}',
  numbered: '{label} ({number})',
  unnamedSeries: 'Series {number}',
  overall: 'Overall score: {score}',
  overallOf: 'Overall score for {label}: {score}',
  outOf: '{score} out of 100',
  overallNone: 'not calculated, no criteria answered',
  noTarget: 'not set',
  noAxes: 'There are no areas to show yet.',
  noSeries: 'No assessments are drawn yet.',
  notApplicable: 'not applicable',
  axisNotApplicable: '{label} (not applicable)',
  basisCell: 'basis {answered} of {total}',
  overallBasis: 'Basis: {answered} of {total} criteria answered with a level.',
  overallBasisLow: 'Insufficient basis: {answered} of {total} criteria answered.',
  overallBasisOf: '{label}: {basis}',
};
