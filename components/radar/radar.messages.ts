import { withLanguagePacks, type Messages } from '../i18n/language-packs.js';

/** Bokmål, shipped with the element; nynorsk and English load when used. */
const nb = {
  defaultCaption: 'Poengsum per område (0–100)',
  chartLabel: 'Radardiagram: {caption}. Tallene står i tabellen under diagrammet.',
  axisHeader: 'Område',
  targetHeader: 'Kommunens målnivå',
  notAnswered: 'ikke besvart',
  modeSelf: 'Egenvurdering',
  modeOfficial: 'Saksbehandlers vurdering',
  offerAndMode: '{offer} – {mode}',
  numbered: '{label} ({number})',
  unnamedSeries: 'Serie {number}',
  overall: 'Samlet poengsum: {score}',
  overallOf: 'Samlet poengsum for {label}: {score}',
  outOf: '{score} av 100',
  overallNone: 'ikke beregnet, ingen kriterier er besvart',
  noTarget: 'ikke satt',
  noAxes: 'Det er ingen områder å vise ennå.',
  noSeries: 'Ingen vurderinger er tegnet ennå.',
  notApplicable: 'ikke relevant',
  axisNotApplicable: '{label} (ikke relevant)',
  basisCell: 'grunnlag {answered} av {total}',
  overallBasis: 'Grunnlag: {answered} av {total} kriterier besvart med et nivå.',
  overallBasisLow: 'For lite grunnlag: {answered} av {total} kriterier besvart.',
  overallBasisOf: '{label}: {basis}',
} satisfies Messages<string>;

/** The key of one of these messages. */
export type RadarMessageKey = keyof typeof nb;

/**
 * Every text `<mv-radar>` shows or announces; bokmål here, nynorsk and English in
 * `radar.messages.nn.ts` and `radar.messages.en.ts`.
 */
export const radarMessages = withLanguagePacks<RadarMessageKey>(nb, {
  nn: () => import('./radar.messages.nn.js').then((pack) => pack.nn),
  en: () => import('./radar.messages.en.js').then((pack) => pack.en),
});
