import { deepFreeze } from './deep-freeze.js';
import type { Scale } from './types.js';

/**
 * The evidence scale, 0..4: from "not addressed" to "effect shown". It is what a criterion
 * is answered on when neither it nor its framework names a scale; the default framework no
 * longer uses it, since grading every criterion on documentation penalised newcomers twice.
 * It follows the
 * idea of graded standards of evidence and the "do not over-claim" principle of social value
 * accounting: a level is earned by what can be shown, not by what is promised. Frozen, as it
 * is shared by every widget on a page.
 */
export const evidenceScale: Scale = deepFreeze<Scale>({
  levels: [
    {
      value: 0,
      label: { nb: 'Ikke beskrevet', nn: 'Ikkje skildra', en: 'Not addressed' },
      description: {
        nb: 'Tilbudet sier ikke noe om dette.',
        nn: 'Tilbodet seier ikkje noko om dette.',
        en: 'The offer says nothing about this.',
      },
    },
    {
      value: 1,
      // Not "Påstått" (claimed): a label must describe a level, never accuse whoever picks it.
      label: { nb: 'Nevnt', nn: 'Nemnt', en: 'Mentioned' },
      description: {
        nb: 'Dere skriver at tilbudet gjør dette, men ennå ikke hvordan, og har ingen data om det.',
        nn: 'De skriv at tilbodet gjer dette, men enno ikkje korleis, og har ingen data om det.',
        en: 'You write that the offer does this, but not yet how, and you have no data on it.',
      },
    },
    {
      value: 2,
      label: { nb: 'Beskrevet med plan', nn: 'Skildra med plan', en: 'Planned' },
      description: {
        nb: 'Det finnes en skriftlig plan med aktiviteter, målgruppe og en endringsteori: hvordan aktivitetene skal føre til resultatene, og hva dere skal måle.',
        nn: 'Det finst ein skriftleg plan med aktivitetar, målgruppe og ein endringsteori: korleis aktivitetane skal føre til resultata, og kva de skal måle.',
        en: 'There is a written plan with activities, a target group and a theory of change: how the activities will lead to the results, and what you will measure.',
      },
    },
    {
      value: 3,
      label: { nb: 'Dokumentert med egne data', nn: 'Dokumentert med eigne data', en: 'Own data' },
      description: {
        nb: 'Dere har samlet egne data om resultatene, f.eks. før/etter-målinger for deltakerne, og kan legge dem fram.',
        nn: 'De har samla eigne data om resultata, t.d. før/etter-målingar for deltakarane, og kan leggje dei fram.',
        en: 'You have collected your own data on the results, e.g. before/after measurements for the participants, and can show them.',
      },
    },
    {
      value: 4,
      label: { nb: 'Dokumentert effekt', nn: 'Dokumentert effekt', en: 'Effect shown' },
      description: {
        nb: 'Effekten er vist mot en sammenligningsgruppe eller bekreftet av en uavhengig part (forskere, revisor, en offentlig oppdragsgiver), eller resultatet er avtalt og fulgt opp i en kontrakt.',
        nn: 'Effekten er vist mot ei samanlikningsgruppe eller stadfesta av ein uavhengig part (forskarar, revisor, ein offentleg oppdragsgjevar), eller resultatet er avtalt og følgt opp i ein kontrakt.',
        en: 'The effect is shown against a comparison group or confirmed by an independent party (researchers, an auditor, a public commissioner), or the result is agreed and followed up in a contract.',
      },
    },
  ],
});
