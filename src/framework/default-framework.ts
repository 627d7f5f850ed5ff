import { deepFreeze } from './deep-freeze.js';
import { effectAndLearning } from './default/area-effect-and-learning.js';
import { feasibility } from './default/area-feasibility.js';
import { innovation } from './default/area-innovation.js';
import { longTermGoals } from './default/area-long-term-goals.js';
import { socialValue } from './default/area-social-value.js';
import { userAdaptation } from './default/area-user-adaptation.js';
import { userParticipation } from './default/area-user-participation.js';
import { exampleGoals } from './default/example-goals.js';
import { defaultGuidance } from './default/guidance.js';
import { reachScale } from './scales.js';
import type { Framework } from './types.js';

/*
 * The built-in framework: what a kommune gets before it has configured anything. Seven areas
 * with four criteria each, one module per area under `default/`. The rules its texts keep:
 * - each criterion's levels say how far the offer goes on that criterion, in labels that fit
 *   it and never accuse; what backs an answer is the answer's explanation and links, so
 *   documentation is not a hidden second scale;
 * - every top level is reachable by an applicant who has never spoken to the kommune;
 * - `help` speaks to the applicant ("dere"), `assessorHelp` to the case officer;
 * - the goals, owners and contacts are examples a kommune replaces, marked as such.
 */

/**
 * The built-in default framework, `merverdi-standard`: seven areas with four criteria each,
 * in nb, nn and en, and four example goals. It is what `<mv-assessment>` uses when no
 * framework is given, and a starting point for a kommune's own. Frozen, since every widget on a page shares it: copy
 * it (e.g. with `structuredClone`) before editing.
 */
export const defaultFramework: Framework = deepFreeze<Framework>({
  format: 'merverdi-framework',
  version: 1,
  id: 'merverdi-standard',
  revision: '2026-11-30',
  title: {
    nb: 'Tilbud til kommunen: langsiktige mål og brukermedvirkning',
    nn: 'Tilbod til kommunen: langsiktige mål og brukarmedverknad',
    en: 'Offers to the municipality: long-term goals and user participation',
  },
  description: {
    nb: 'En egenvurdering av tilbud om velferdstjenester, f.eks. fra sosiale entreprenører: sju områder med fire kriterier hver, som viser hvordan tilbudet bidrar til kommunens langsiktige mål, hvor mye brukerne er med, og hva som skal til for at kommunen kan ta det i bruk. Hvert nivå sier hvor langt tilbudet har kommet; forklaringen og lenkene dere legger ved, viser det. Et kriterium som ikke passer tilbudet, kan merkes som ikke relevant med en kort begrunnelse. Målene og kontaktpersonene er eksempler som kommunen bytter ut med sine egne.',
    nn: 'Ei eigenvurdering av tilbod om velferdstenester, t.d. frå sosiale entreprenørar: sju område med fire kriterium kvart, som viser korleis tilbodet bidreg til dei langsiktige måla til kommunen, kor mykje brukarane er med, og kva som skal til for at kommunen kan ta det i bruk. Kvart nivå seier kor langt tilbodet har kome; forklaringa og lenkjene de legg ved, viser det. Eit kriterium som ikkje passar tilbodet, kan merkjast som ikkje relevant med ei kort grunngjeving. Måla og kontaktpersonane er døme som kommunen byter ut med sine eigne.',
    en: "A self-assessment of offers of welfare services, e.g. from social entrepreneurs: seven areas with four criteria each, showing how the offer contributes to the municipality's long-term goals, how much users take part, and what it would take for the municipality to adopt it. Each level says how far the offer has come; the explanation and links you add show it. A criterion that does not fit the offer can be marked not applicable with a short reason. The goals and contact people are examples the municipality replaces with its own.",
  },
  scale: reachScale,
  allowNotApplicable: true,
  dimensions: [
    longTermGoals,
    userParticipation,
    userAdaptation,
    socialValue,
    innovation,
    effectAndLearning,
    feasibility,
  ],
  guidance: defaultGuidance,
  goals: exampleGoals,
});
