import type { Lang } from '../text/lang.js';
import type { Translated } from '../text/text.js';

/** One of the UN sustainable development goals, by its number and its title. */
export interface SustainableDevelopmentGoal {
  /** 1..17, as the UN numbers them. */
  readonly number: number;
  /** The goal's short title: the official Norwegian title in bokmål, the UN short title in English. */
  readonly title: Translated;
}

/**
 * The 17 sustainable development goals (*bærekraftsmålene*), in order. Frameworks tag axes
 * and criteria with these numbers; this list gives the tags their titles. The goals are a
 * fixed fact base, so the list is frozen.
 */
export const sustainableDevelopmentGoals: readonly SustainableDevelopmentGoal[] = Object.freeze([
  { number: 1, title: { nb: 'Utrydde fattigdom', nn: 'Utrydde fattigdom', en: 'No poverty' } },
  { number: 2, title: { nb: 'Utrydde sult', nn: 'Utrydde svolt', en: 'Zero hunger' } },
  {
    number: 3,
    title: { nb: 'God helse og livskvalitet', nn: 'God helse og livskvalitet', en: 'Good health and well-being' },
  },
  { number: 4, title: { nb: 'God utdanning', nn: 'God utdanning', en: 'Quality education' } },
  {
    number: 5,
    title: { nb: 'Likestilling mellom kjønnene', nn: 'Likestilling mellom kjønna', en: 'Gender equality' },
  },
  {
    number: 6,
    title: {
      nb: 'Rent vann og gode sanitærforhold',
      nn: 'Reint vatn og gode sanitærforhold',
      en: 'Clean water and sanitation',
    },
  },
  { number: 7, title: { nb: 'Ren energi til alle', nn: 'Rein energi til alle', en: 'Affordable and clean energy' } },
  {
    number: 8,
    title: {
      nb: 'Anstendig arbeid og økonomisk vekst',
      nn: 'Anstendig arbeid og økonomisk vekst',
      en: 'Decent work and economic growth',
    },
  },
  {
    number: 9,
    title: {
      nb: 'Industri, innovasjon og infrastruktur',
      nn: 'Industri, innovasjon og infrastruktur',
      en: 'Industry, innovation and infrastructure',
    },
  },
  { number: 10, title: { nb: 'Mindre ulikhet', nn: 'Mindre ulikskap', en: 'Reduced inequalities' } },
  {
    number: 11,
    title: {
      nb: 'Bærekraftige byer og lokalsamfunn',
      nn: 'Berekraftige byar og lokalsamfunn',
      en: 'Sustainable cities and communities',
    },
  },
  {
    number: 12,
    title: {
      nb: 'Ansvarlig forbruk og produksjon',
      nn: 'Ansvarleg forbruk og produksjon',
      en: 'Responsible consumption and production',
    },
  },
  { number: 13, title: { nb: 'Stoppe klimaendringene', nn: 'Stoppe klimaendringane', en: 'Climate action' } },
  { number: 14, title: { nb: 'Livet i havet', nn: 'Livet i havet', en: 'Life below water' } },
  { number: 15, title: { nb: 'Livet på land', nn: 'Livet på land', en: 'Life on land' } },
  {
    number: 16,
    title: {
      nb: 'Fred, rettferdighet og velfungerende institusjoner',
      nn: 'Fred, rettferd og velfungerande institusjonar',
      en: 'Peace, justice and strong institutions',
    },
  },
  {
    number: 17,
    title: { nb: 'Samarbeid for å nå målene', nn: 'Samarbeid for å nå måla', en: 'Partnerships for the goals' },
  },
].map((goal) => Object.freeze({ number: goal.number, title: Object.freeze(goal.title) })));

/**
 * The title of goal `number` in `lang`, or `undefined` when `number` is not 1..17 (a
 * framework's tag is untrusted input, so the caller decides how to show an unknown one).
 */
export function sdgTitle(number: number, lang: Lang): string | undefined {
  return sustainableDevelopmentGoals.find((goal) => goal.number === number)?.title[lang];
}
