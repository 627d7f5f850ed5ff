import type { Translated } from '../text/text.js';
import { deepFreeze } from './deep-freeze.js';
import type { Scale } from './types.js';

/**
 * The built-in answer scales. Each level names something someone can point to, not an
 * adjective, so that an entrepreneur and a case officer who read the same offer land on the
 * same level.
 */

/**
 * The reach scale, 0..4: how far the offer goes on a criterion, from "not yet" to "fully".
 * It is the default framework's shared scale, and what a kommune's new criterion (such as
 * "Bidrar til: …" for one of its goals) is answered on until the kommune writes its own
 * levels. It grades the offer, not its paperwork: what backs an answer is shown in the
 * answer's explanation and links, so documentation is never counted twice. Frozen, as it is
 * shared by every widget on a page.
 */
export const reachScale: Scale = deepFreeze<Scale>({
  levels: [
    {
      value: 0,
      label: { nb: 'Ikke ennå', nn: 'Ikkje enno', en: 'Not yet' },
      description: {
        nb: 'Tilbudet gjør ikke dette ennå.',
        nn: 'Tilbodet gjer ikkje dette enno.',
        en: 'The offer does not do this yet.',
      },
    },
    {
      value: 1,
      label: { nb: 'Første skritt', nn: 'Første steg', en: 'First steps' },
      description: {
        nb: 'Dere har bestemt dere for å gjøre dette og sagt hva dere vil oppnå, men ikke ennå hvordan.',
        nn: 'De har bestemt dykk for å gjere dette og sagt kva de vil oppnå, men ikkje enno korleis.',
        en: 'You have decided to do this and said what you want to achieve, but not yet how.',
      },
    },
    {
      value: 2,
      label: { nb: 'Delvis', nn: 'Delvis', en: 'Partly' },
      description: {
        nb: 'Tilbudet gjør dette for noen av deltakerne eller i en del av arbeidet, og dere beskriver hvordan.',
        nn: 'Tilbodet gjer dette for nokre av deltakarane eller i ein del av arbeidet, og de skildrar korleis.',
        en: 'The offer does this for some of its participants or in part of its work, and you describe how.',
      },
    },
    {
      value: 3,
      label: { nb: 'Langt på vei', nn: 'Langt på veg', en: 'Largely' },
      description: {
        nb: 'Tilbudet gjør dette for de fleste deltakerne og i det meste av arbeidet, på en fast måte.',
        nn: 'Tilbodet gjer dette for dei fleste deltakarane og i det meste av arbeidet, på ein fast måte.',
        en: 'The offer does this for most participants and in most of its work, in a set way.',
      },
    },
    {
      value: 4,
      label: { nb: 'Fullt ut', nn: 'Fullt ut', en: 'Fully' },
      description: {
        nb: 'Dette er en fast del av hele tilbudet, og dere følger med på at det virker og endrer det som ikke gjør det.',
        nn: 'Dette er ein fast del av heile tilbodet, og de følgjer med på at det verkar og endrar det som ikkje gjer det.',
        en: 'This is a settled part of the whole offer, and you check that it works and change what does not.',
      },
    },
  ],
});

// The evidence scale has a module of its own: every form needs it (it is the fallback of
// every criterion), while the other scales serve only the default framework and the editor,
// which load later. Kept apart, they stay out of the start-up download.
export { evidenceScale } from './evidence-scale.js';

/**
 * The participation scale, 0..4, for the user-participation axis. Its steps follow the
 * public-participation spectrum (inform, consult, involve/collaborate, empower) and the
 * co-production ladder: each step gives users more say over what happens.
 */
export const participationScale: Scale = deepFreeze<Scale>({
  levels: [
    {
      value: 0,
      label: { nb: 'Ingen medvirkning', nn: 'Ingen medverknad', en: 'No participation' },
      description: {
        nb: 'Brukerne er ikke involvert, og tilbudet sier ikke hvordan de skal bli det.',
        nn: 'Brukarane er ikkje involverte, og tilbodet seier ikkje korleis dei skal bli det.',
        en: 'Users are not involved, and the offer does not say how they will be.',
      },
    },
    {
      value: 1,
      label: { nb: 'Informerer', nn: 'Informerer', en: 'Informs' },
      description: {
        nb: 'Brukerne får informasjon, f.eks. brosjyrer, nettsider eller informasjonsmøter, men blir ikke spurt om hva de mener.',
        nn: 'Brukarane får informasjon, t.d. brosjyrar, nettsider eller informasjonsmøte, men blir ikkje spurde om kva dei meiner.',
        en: 'Users receive information, e.g. leaflets, web pages or information meetings, but are not asked what they think.',
      },
    },
    {
      value: 2,
      label: { nb: 'Konsulterer', nn: 'Konsulterer', en: 'Consults' },
      description: {
        nb: 'Brukerne blir spurt, f.eks. i spørreundersøkelser, intervjuer eller innspillsmøter, men dere bestemmer alene hva som skjer med svarene.',
        nn: 'Brukarane blir spurde, t.d. i spørjeundersøkingar, intervju eller innspelsmøte, men de avgjer åleine kva som skjer med svara.',
        en: 'Users are asked, e.g. in surveys, interviews or input meetings, but you alone decide what happens with their answers.',
      },
    },
    {
      value: 3,
      label: {
        nb: 'Involverer / samarbeider om utforming',
        nn: 'Involverer / samarbeider om utforminga',
        en: 'Involves / collaborates on design',
      },
      description: {
        nb: 'Brukere sitter i arbeidsgrupper, verksteder eller et brukerpanel gjennom hele arbeidet, og dere kan vise hva som ble endret etter innspillene deres.',
        nn: 'Brukarar sit i arbeidsgrupper, verkstader eller eit brukarpanel gjennom heile arbeidet, og de kan vise kva som vart endra etter innspela deira.',
        en: 'Users sit on working groups, workshops or a user panel throughout the work, and you can show what was changed because of their input.',
      },
    },
    {
      value: 4,
      label: { nb: 'Samskaper / brukerstyrt', nn: 'Samskaper / brukarstyrt', en: 'Co-produces / user-led' },
      description: {
        nb: 'Brukere deler makt og ansvar: de sitter i styret eller styringsgruppen, har lønnede roller i driften eller leder tilbudet selv.',
        nn: 'Brukarar deler makt og ansvar: dei sit i styret eller styringsgruppa, har løna roller i drifta eller leier tilbodet sjølve.',
        en: 'Users share power and responsibility: they sit on the board or steering group, hold paid roles in running the offer, or lead it themselves.',
      },
    },
  ],
});

/**
 * A scale with the same values and labels as `base` but descriptions written for one
 * criterion, where the generic wording would read awkwardly. `descriptions` gives one text
 * per level, in the order of `base.levels`; a missing one keeps the generic description.
 */
export function withLevelDescriptions(base: Scale, descriptions: readonly Translated[]): Scale {
  return {
    levels: base.levels.map((level, index) => ({
      ...level,
      description: descriptions[index] ?? level.description,
    })),
  };
}

/** One level's texts, for {@link levelScale}: the value comes from its position. */
export interface LevelText {
  label: Translated;
  description: Translated;
}

/**
 * A criterion's own scale, valued 0, 1, 2… in the order given, with labels and descriptions
 * that fit that criterion. Used where a shared scale's words would read wrong.
 */
export function levelScale(levels: readonly LevelText[]): Scale {
  return { levels: levels.map((level, value) => ({ value, label: level.label, description: level.description })) };
}
