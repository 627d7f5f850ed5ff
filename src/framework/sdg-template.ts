import { sustainableDevelopmentGoals } from './sdg.js';
import type { Criterion, Dimension, Framework } from './types.js';

/**
 * A framework built on the sustainable development goals a kommune picked from its plan:
 * each goal becomes an axis "Bidrar til: <goal>" with three criteria that ask for evidence,
 * not promises (a link to the goal, measurable outcomes, a lasting contribution). Criteria
 * use the built-in evidence scale. The kommune then edits the wording, weights and contacts.
 */

/** Options for {@link sdgTemplate}. */
export interface SdgTemplateOptions {
  /** The framework id; `barekraftsmal` when absent. */
  id?: string;
}

function criteriaFor(goal: number, title: { nb: string; nn: string; en: string }): Criterion[] {
  return [
    {
      id: `sdg-${goal}-kobling`,
      title: { nb: 'Knytter tilbudet til målet', nn: 'Knyter tilbodet til målet', en: 'Links the offer to the goal' },
      help: {
        nb: `Tilbudet viser hvilket delmål under «${title.nb}» i kommuneplanen det bidrar til, og hvordan.`,
        nn: `Tilbodet viser kva delmål under «${title.nn}» i kommuneplanen det bidreg til, og korleis.`,
        en: `The offer shows which target under "${title.en}" in the municipal plan it contributes to, and how.`,
      },
      sdg: [goal],
    },
    {
      id: `sdg-${goal}-resultat`,
      title: { nb: 'Målbare resultater', nn: 'Målbare resultat', en: 'Measurable outcomes' },
      help: {
        nb: 'Tilbudet sier hvordan bidraget til målet skal måles, ikke bare hvilke aktiviteter det gjennomfører.',
        nn: 'Tilbodet seier korleis bidraget til målet skal målast, ikkje berre kva aktivitetar det gjennomfører.',
        en: 'The offer says how its contribution to the goal will be measured, not only which activities it runs.',
      },
      sdg: [goal],
    },
    {
      id: `sdg-${goal}-varig`,
      title: { nb: 'Varig bidrag', nn: 'Varig bidrag', en: 'Lasting contribution' },
      help: {
        nb: 'Bidraget varer etter at en prosjekt- eller pilotperiode er over.',
        nn: 'Bidraget varer etter at ein prosjekt- eller pilotperiode er over.',
        en: 'The contribution lasts beyond a project or pilot period.',
      },
      sdg: [goal],
    },
  ];
}

/**
 * Builds the template from goal numbers (1..17), in the UN's order whatever order they were
 * picked in; unknown numbers and repeats are ignored. With fewer than three goals the result
 * has too few axes for a radar, and the validator says so.
 */
export function sdgTemplate(goals: readonly number[], options: SdgTemplateOptions = {}): Framework {
  const picked = new Set(goals);
  const dimensions = sustainableDevelopmentGoals
    .filter((goal) => picked.has(goal.number))
    .map(
      (goal): Dimension => ({
        id: `sdg-${goal.number}`,
        title: {
          nb: `Bidrar til: ${goal.title.nb}`,
          nn: `Bidreg til: ${goal.title.nn}`,
          en: `Contributes to: ${goal.title.en}`,
        },
        short: { nb: `Mål ${goal.number}`, nn: `Mål ${goal.number}`, en: `Goal ${goal.number}` },
        sdg: [goal.number],
        criteria: criteriaFor(goal.number, goal.title),
      }),
    );
  return {
    format: 'merverdi-framework',
    version: 1,
    id: options.id ?? 'barekraftsmal',
    title: {
      nb: 'Bærekraftsmålene i kommuneplanen',
      nn: 'Berekraftsmåla i kommuneplanen',
      en: 'The sustainable development goals in the municipal plan',
    },
    dimensions,
  };
}
