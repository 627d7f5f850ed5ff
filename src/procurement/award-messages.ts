import type { Lang } from '../text/lang.js';

/**
 * The fixed wording of a tender draft, in bokmål, nynorsk and English. Kept apart from the
 * builder so that a procurement adviser can review every sentence in one place.
 */
export interface AwardWording {
  heading: string;
  intro: (framework: string) => string;
  criterionHeading: (number: number, title: string, percent: number) => string;
  assessed: string;
  partOfCriterion: (percent: number) => string;
  scale: string;
  fullScore: string;
  noScore: string;
  scoring: string;
  equalWeights: string;
}

/** Percent as written in each language: a non-breaking space before % in Norwegian. */
const percentNo = (value: number): string => `${value}\u00a0%`;

export const AWARD_WORDING: Record<Lang, AwardWording> = {
  nb: {
    heading: 'Tildelingskriterier',
    intro: (framework) =>
      `Utkast til tildelingskriterier, laget fra rammeverket «${framework}». Kontroller teksten mot anskaffelsesregelverket og resten av konkurransegrunnlaget før bruk.`,
    criterionHeading: (number, title, percent) => `${number}. ${title} (vekt ${percentNo(percent)})`,
    assessed: 'Dette vurderes:',
    partOfCriterion: (percent) => `${percentNo(percent)} av kriteriet`,
    scale: 'Evalueringsskala:',
    fullScore: 'Full uttelling:',
    noScore: 'Ingen uttelling:',
    scoring:
      'Hvert underkriterium vurderes på skalaen som er oppgitt. Nivået regnes om til poeng fra 0 (laveste nivå) til 100 (høyeste nivå), med like store sprang mellom nivåene. Poengsummen for et tildelingskriterium er det vektede snittet av underkriteriene; underkriterier som ikke er relevante for tilbudet, holdes utenfor. Samlet poengsum er det vektede snittet av tildelingskriteriene med vektene over.',
    equalWeights: 'Alle vektene i rammeverket er 0, så kriteriene er vektet likt.',
  },
  nn: {
    heading: 'Tildelingskriterium',
    intro: (framework) =>
      `Utkast til tildelingskriterium, laga frå rammeverket «${framework}». Kontroller teksten mot anskaffingsregelverket og resten av konkurransegrunnlaget før bruk.`,
    criterionHeading: (number, title, percent) => `${number}. ${title} (vekt ${percentNo(percent)})`,
    assessed: 'Dette blir vurdert:',
    partOfCriterion: (percent) => `${percentNo(percent)} av kriteriet`,
    scale: 'Evalueringsskala:',
    fullScore: 'Full utteljing:',
    noScore: 'Inga utteljing:',
    scoring:
      'Kvart underkriterium blir vurdert på skalaen som er oppgitt. Nivået blir rekna om til poeng frå 0 (lågaste nivå) til 100 (høgaste nivå), med like store sprang mellom nivåa. Poengsummen for eit tildelingskriterium er det vekta snittet av underkriteria; underkriterium som ikkje er relevante for tilbodet, blir haldne utanfor. Samla poengsum er det vekta snittet av tildelingskriteria med vektene over.',
    equalWeights: 'Alle vektene i rammeverket er 0, så kriteria er vekta likt.',
  },
  en: {
    heading: 'Award criteria',
    intro: (framework) =>
      `Draft award criteria, generated from the framework "${framework}". Check the text against procurement rules and the rest of the tender documents before use.`,
    criterionHeading: (number, title, percent) => `${number}. ${title} (weight ${percent}%)`,
    assessed: 'Assessed under this criterion:',
    partOfCriterion: (percent) => `${percent}% of the criterion`,
    scale: 'Evaluation scale:',
    fullScore: 'Full score:',
    noScore: 'No score:',
    scoring:
      'Each sub-criterion is assessed on the scale given. The level is converted to points from 0 (lowest level) to 100 (highest level), in equal steps between the levels. The score for an award criterion is the weighted mean of its sub-criteria; sub-criteria that do not apply to the offer are left out. The total score is the weighted mean of the award criteria, with the weights above.',
    equalWeights: 'Every weight in the framework is 0, so the criteria are weighted equally.',
  },
};
