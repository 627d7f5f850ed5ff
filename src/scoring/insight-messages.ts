import { resolveText, type Translated } from '../text/text.js';
import { insufficientBasis } from './basis-messages.js';
import type { BasisSummary, Gap } from './insights.js';

/**
 * Advice sentences for a summary, in bokmål, nynorsk and English. Advice to reach a higher
 * level always asks the applicant to *show* it (an explanation of what they do and links that
 * back it), never to claim it; and a summary resting on too little says so first.
 */

/** Strips characters that would let a framework label break out of the quotes around it. */
function label(text: Parameters<typeof resolveText>[0], lang: keyof Translated): string {
  return resolveText(text, lang).replace(/[«»"]/g, '');
}

/** What to do to reach the next level of a gap: describe how, and link to what shows it. */
export function gapAdvice(gap: Gap): Translated {
  const showNow = !gap.shown.explanation || !gap.shown.evidence;
  return {
    nb:
      `Neste nivå er «${label(gap.next.label, 'nb')}». Beskriv i forklaringen hva dere gjør for å nå det, ` +
      'og legg ved lenker til det som viser det (rapporter, planer, tall).' +
      (showNow ? ' Vis også det dere har svart nå med forklaring og lenke.' : ''),
    nn:
      `Neste nivå er «${label(gap.next.label, 'nn')}». Skriv i forklaringa kva de gjer for å nå det, ` +
      'og legg ved lenkjer til det som viser det (rapportar, planar, tal).' +
      (showNow ? ' Vis òg det de har svart no med forklaring og lenkje.' : ''),
    en:
      `The next level is "${label(gap.next.label, 'en')}". Describe in the explanation what you do to reach it, ` +
      'and add links to what shows it (reports, plans, figures).' +
      (showNow ? ' Also back the answer you gave now with an explanation and a link.' : ''),
  };
}

/**
 * What to say about the basis of a summary: `undefined` when it is enough; otherwise that the
 * score rests on too little, how many criteria are answered, and what to do about it.
 */
export function basisAdvice(basis: BasisSummary): Translated | undefined {
  if (basis.enough) return undefined;
  const counts = insufficientBasis(basis.counts.overall);
  return {
    nb: `${counts.nb}. Poengsummen hviler på for få svar til å sammenlignes med andre. Svar på flere kriterier, og bruk «ikke relevant» bare der kriteriet virkelig ikke gjelder.`,
    nn: `${counts.nn}. Poengsummen kviler på for få svar til å kunne samanliknast med andre. Svar på fleire kriterium, og bruk «ikkje relevant» berre der kriteriet verkeleg ikkje gjeld.`,
    en: `${counts.en}. The score rests on too few answers to be compared with others. Answer more criteria, and use "not applicable" only where a criterion really does not apply.`,
  };
}
