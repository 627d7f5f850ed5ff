import type { Framework, Scale } from '../../src/framework/types.js';

/** The same string in all three languages, for fixtures where wording does not matter. */
export function t(text: string): { nb: string; nn: string; en: string } {
  return { nb: text, nn: `${text} (nn)`, en: `${text} (en)` };
}

/** A 1..5 scale, to check that scores start from the lowest level, not from 0. */
export const oneToFive: Scale = {
  levels: [1, 2, 3, 4, 5].map((value) => ({ value, label: t(`Nivå ${value}`), description: t(`Krav ${value}`) })),
};

/**
 * A small, valid framework whose scores are easy to compute by hand:
 * - `goals` (weight 2, target 60, with a contact): `goal-named` (weight 1) and `goal-adds`
 *   (weight 3), both on the built-in 0..4 evidence scale;
 * - `participation`: `design` on a 1..5 scale, and `delivery`, which does not allow
 *   "not applicable";
 * - `innovation` (target 80, contact): `new`, one criterion.
 * A fresh copy on every call, so that a test may change it.
 */
export function sampleFramework(): Framework {
  return {
    format: 'merverdi-framework',
    version: 1,
    id: 'test-kommune',
    revision: '2026-01',
    title: t('Testkommune'),
    dimensions: [
      {
        id: 'goals',
        title: t('Langsiktige mål'),
        weight: 2,
        target: 60,
        contact: {
          unit: t('Planavdelingen'),
          name: 'Kari Nordmann',
          email: 'kari@kommune.no',
          phone: '+47 12 34 56 78',
          url: 'https://kommune.no/plan',
        },
        criteria: [
          { id: 'goal-named', title: t('Navngir et mål'), weight: 1 },
          { id: 'goal-adds', title: t('Tilfører noe nytt'), weight: 3 },
        ],
      },
      {
        id: 'participation',
        title: t('Brukermedvirkning'),
        criteria: [
          { id: 'design', title: t('Utforming'), scale: structuredClone(oneToFive) },
          { id: 'delivery', title: t('Gjennomføring'), allowNotApplicable: false },
        ],
      },
      {
        id: 'innovation',
        title: t('Innovasjon'),
        target: 80,
        contact: { name: 'Ola Nordmann', email: 'ola@kommune.no' },
        criteria: [{ id: 'new', title: t('Nytt for kommunen') }],
      },
    ],
    guidance: [
      { when: { dimension: 'goals', below: 50 }, text: t('Snakk med planavdelingen først.') },
      { when: { dimension: 'innovation', atLeast: 75 }, text: t('Vurder et innovasjonspartnerskap.') },
      { when: { dimension: 'participation', atLeast: 20, below: 30 }, text: t('Ta med brukerne tidligere.') },
    ],
  };
}
