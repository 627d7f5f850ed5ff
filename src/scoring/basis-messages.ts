import type { Translated } from '../text/text.js';
import type { AnswerCount } from './basis.js';

/**
 * What to say beside a score whose basis is below the framework's `minBasis`, in bokmål,
 * nynorsk and English, e.g. "For lite grunnlag: 7 av 28 kriterier besvart". Shared by every
 * export and view, so that the wording is the same wherever a score appears.
 */
export function insufficientBasis(count: AnswerCount): Translated {
  const { answered, total } = count;
  return {
    nb: `For lite grunnlag: ${answered} av ${total} ${total === 1 ? 'kriterium' : 'kriterier'} besvart`,
    nn: `For lite grunnlag: ${answered} av ${total} kriterium har svar`,
    en: `Too little basis: ${answered} of ${total} ${total === 1 ? 'criterion' : 'criteria'} answered`,
  };
}

/** What to say of an area whose every criterion is marked not applicable: never a 0. */
export function whollyNotApplicable(): Translated {
  return {
    nb: 'Ikke relevant: alle kriteriene i området er merket «ikke relevant»',
    nn: 'Ikkje relevant: alle kriteria i området er merkte «ikkje relevant»',
    en: 'Not applicable: every criterion in the area is marked "not applicable"',
  };
}
