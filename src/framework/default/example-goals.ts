import type { Goal, GoalSource } from '../types.js';

/*
 * Example goals for the default framework. A kommune replaces them with the goals of its own
 * kommuneplanens samfunnsdel; until it does, each title begins "Eksempel:" and each id
 * "eksempel-", so that nobody mistakes them for a real kommune's adopted goals. The owners
 * are made up (the Nordmann placeholder names, addresses under eksempel.kommune.no, numbers
 * in the 12 34 56 xx range that is not given to subscribers), but complete, so that the
 * "who to contact" answer shows what a kommune's real one will look like.
 */

/** The made-up plan the example goals come from. */
const examplePlan: GoalSource = {
  plan: {
    nb: 'Kommuneplanens samfunnsdel 2024–2036 (eksempel)',
    nn: 'Kommuneplanens samfunnsdel 2024–2036 (døme)',
    en: 'Social element of the municipal master plan 2024–2036 (example)',
  },
  adopted: '2024-06-19',
  url: 'https://www.eksempel.kommune.no/kommuneplan/samfunnsdel',
};

const replaceMe = {
  nb: 'Et eksempelmål. Kommunen bytter det ut med et mål fra sin egen kommuneplan, og setter inn den som eier målet.',
  nn: 'Eit dømemål. Kommunen byter det ut med eit mål frå sin eigen kommuneplan, og set inn den som eig målet.',
  en: 'An example goal. The municipality replaces it with a goal from its own master plan, and names whoever owns that goal.',
};

/** Id of the example goal about work, education and activity. */
export const WORK_GOAL = 'eksempel-arbeid-og-aktivitet';
/** Id of the example goal about users shaping services. */
export const PARTICIPATION_GOAL = 'eksempel-innbyggerne-former-tjenestene';
/** Id of the example goal about loneliness and belonging. */
export const BELONGING_GOAL = 'eksempel-fellesskap-for-alle';
/** Id of the example goal about new solutions found together. */
export const NEW_SOLUTIONS_GOAL = 'eksempel-nye-losninger-sammen';

/** The default framework's example goals, marked as examples in their ids and titles. */
export const exampleGoals: Goal[] = [
  {
    id: WORK_GOAL,
    title: {
      nb: 'Eksempel: Flere deltar i arbeid, utdanning eller meningsfull aktivitet',
      nn: 'Døme: Fleire deltek i arbeid, utdanning eller meiningsfull aktivitet',
      en: 'Example: More people take part in work, education or meaningful activity',
    },
    description: replaceMe,
    source: examplePlan,
    owner: {
      unit: {
        nb: 'NAV-kontoret, arbeid og inkludering',
        nn: 'NAV-kontoret, arbeid og inkludering',
        en: 'The NAV office, work and inclusion',
      },
      name: 'Kari Nordmann',
      email: 'kari.nordmann@eksempel.kommune.no',
      phone: '+47 12 34 56 01',
      url: 'https://www.eksempel.kommune.no/arbeid-og-inkludering',
    },
  },
  {
    id: PARTICIPATION_GOAL,
    title: {
      nb: 'Eksempel: Innbyggerne er med og former tjenestene de bruker',
      nn: 'Døme: Innbyggjarane er med og formar tenestene dei bruker',
      en: 'Example: Residents help shape the services they use',
    },
    description: replaceMe,
    source: examplePlan,
    owner: {
      unit: {
        nb: 'Tjenesteutvikling og brukermedvirkning',
        nn: 'Tenesteutvikling og brukarmedverknad',
        en: 'Service development and user participation',
      },
      name: 'Ola Nordmann',
      email: 'ola.nordmann@eksempel.kommune.no',
      phone: '+47 12 34 56 02',
      url: 'https://www.eksempel.kommune.no/medvirkning',
    },
  },
  {
    id: BELONGING_GOAL,
    title: {
      nb: 'Eksempel: Færre er ensomme, og alle har et fellesskap å høre til',
      nn: 'Døme: Færre er einsame, og alle har eit fellesskap å høyre til',
      en: 'Example: Fewer people are lonely, and everyone has a community to belong to',
    },
    description: replaceMe,
    source: examplePlan,
    owner: {
      unit: { nb: 'Helse og mestring', nn: 'Helse og meistring', en: 'Health and coping' },
      name: 'Eva Nordmann',
      email: 'eva.nordmann@eksempel.kommune.no',
      phone: '+47 12 34 56 03',
      url: 'https://www.eksempel.kommune.no/helse-og-mestring',
    },
  },
  {
    id: NEW_SOLUTIONS_GOAL,
    title: {
      nb: 'Eksempel: Kommunen finner nye løsninger sammen med innbyggere, frivillige og næringsliv',
      nn: 'Døme: Kommunen finn nye løysingar saman med innbyggjarar, frivillige og næringsliv',
      en: 'Example: The municipality finds new solutions together with residents, volunteers and business',
    },
    description: replaceMe,
    source: examplePlan,
    owner: {
      unit: { nb: 'Innovasjon og utvikling', nn: 'Innovasjon og utvikling', en: 'Innovation and development' },
      name: 'Per Nordmann',
      email: 'per.nordmann@eksempel.kommune.no',
      phone: '+47 12 34 56 04',
      url: 'https://www.eksempel.kommune.no/innovasjon',
    },
  },
];
