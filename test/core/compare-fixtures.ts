import type { Answer, Assessment, Mode } from '../../src/assessment/types.js';
import type { Framework } from '../../src/framework/types.js';
import { scoreAssessment } from '../../src/scoring/score.js';

/**
 * A small framework for comparison tests: three axes, a 0..4 scale, and targets. Small on
 * purpose, so that each expected score can be worked out by hand in the test.
 */
export const smallFramework: Framework = {
  format: 'merverdi-framework',
  version: 1,
  id: 'test-kommune',
  revision: '2026-01',
  title: { nb: 'Testkommune', nn: 'Testkommune', en: 'Test municipality' },
  scale: {
    levels: [0, 1, 2, 3, 4].map((value) => ({ value, label: { nb: `Nivå ${value}`, nn: `Nivå ${value}`, en: `Level ${value}` } })),
  },
  dimensions: [
    {
      id: 'goals',
      title: { nb: 'Langsiktige mål', nn: 'Langsiktige mål', en: 'Long-term goals' },
      target: 50,
      criteria: [
        { id: 'goal-named', title: { nb: 'Navngitt mål', nn: 'Namngjeve mål', en: 'Named goal' } },
        { id: 'goal-lasting', title: { nb: 'Varig effekt', nn: 'Varig effekt', en: 'Lasting effect' } },
      ],
    },
    {
      id: 'participation',
      title: { nb: 'Brukermedvirkning', nn: 'Brukarmedverknad', en: 'User participation' },
      target: 75,
      criteria: [
        { id: 'users-design', title: { nb: 'Brukere i utforming', nn: 'Brukarar i utforming', en: 'Users in design' } },
        { id: 'users-delivery', title: { nb: 'Brukere i levering', nn: 'Brukarar i levering', en: 'Users in delivery' } },
      ],
    },
    {
      id: 'innovation',
      title: { nb: 'Innovasjon', nn: 'Innovasjon', en: 'Innovation' },
      criteria: [
        { id: 'new-here', title: { nb: 'Nytt i kommunen', nn: 'Nytt i kommunen', en: 'New to the kommune' } },
        { id: 'unmet-need', title: { nb: 'Udekket behov', nn: 'Udekt behov', en: 'Unmet need' } },
      ],
    },
  ],
};

/** Answers written compactly: a number is a value, `'na'` is "not applicable". */
export type ShortAnswers = Record<string, number | 'na'>;

/**
 * Builds an assessment of `title` with the given answers, its derived scores computed by the
 * real scoring (as an import would), dated `createdAt`.
 */
export function assess(
  title: string,
  short: ShortAnswers,
  options: { mode?: Mode; orgNumber?: string; createdAt?: string; framework?: Framework; frameworkRef?: { id: string; revision?: string } } = {},
): Assessment {
  const framework = options.framework ?? smallFramework;
  const answers: Record<string, Answer> = {};
  for (const [id, value] of Object.entries(short)) {
    answers[id] = value === 'na' ? { notApplicable: true } : { value };
  }
  const scored = scoreAssessment(framework, { answers });
  const createdAt = options.createdAt ?? '2026-03-01T10:00:00.000Z';
  return {
    format: 'merverdi-assessment',
    version: 1,
    framework: options.frameworkRef ?? { id: framework.id, revision: framework.revision },
    mode: options.mode ?? 'official',
    lang: 'nb',
    offer: { title, ...(options.orgNumber ? { orgNumber: options.orgNumber } : {}) },
    answers,
    scores: { overall: scored.overall, dimensions: scored.dimensions },
    completeness: scored.completeness,
    createdAt,
    updatedAt: createdAt,
  };
}
