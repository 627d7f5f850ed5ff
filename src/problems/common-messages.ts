import type { Lang } from '../text/lang.js';
import type { Translated } from '../text/text.js';

/**
 * Messages shared by every validator of untrusted JSON (frameworks and assessments alike).
 * Values from the document are quoted, shortened, and only ever shown as plain text.
 */

/** Longest piece of a document quoted back in a message. */
const MAX_QUOTE = 60;

/** Quotes a value from the document, shortened so that a message stays readable. */
export function quote(value: unknown): string {
  let shown: string;
  if (typeof value === 'string') shown = value;
  else if (typeof value === 'number' || typeof value === 'boolean' || value === null) shown = String(value);
  else if (Array.isArray(value)) shown = '[…]';
  else if (typeof value === 'object') shown = '{…}';
  else shown = typeof value;
  return shown.length > MAX_QUOTE ? `${shown.slice(0, MAX_QUOTE)}…` : shown;
}

/** The kinds of JSON value a field can expect. */
export type ExpectedType = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'text' | 'true';

const TYPE_NAMES: Record<ExpectedType, Translated> = {
  object: { nb: 'et objekt', nn: 'eit objekt', en: 'an object' },
  array: { nb: 'en liste', nn: 'ei liste', en: 'an array (list)' },
  string: { nb: 'en tekststreng', nn: 'ein tekststreng', en: 'a string' },
  number: { nb: 'et tall', nn: 'eit tal', en: 'a number' },
  boolean: { nb: 'true eller false', nn: 'true eller false', en: 'true or false' },
  text: {
    nb: 'en tekst, eller et objekt med nb, nn og/eller en',
    nn: 'ein tekst, eller eit objekt med nb, nn og/eller en',
    en: 'a string, or an object with nb, nn and/or en',
  },
  true: { nb: 'true', nn: 'true', en: 'true' },
};

/** A value has the wrong JSON type. */
export function wrongType(expected: ExpectedType): Translated {
  const name = TYPE_NAMES[expected];
  return {
    nb: `Verdien må være ${name.nb}.`,
    nn: `Verdien må vere ${name.nn}.`,
    en: `The value must be ${name.en}.`,
  };
}

/** A required field is absent or empty. */
export function missingField(field: string): Translated {
  return {
    nb: `Feltet «${field}» mangler eller er tomt.`,
    nn: `Feltet «${field}» manglar eller er tomt.`,
    en: `The field "${field}" is missing or empty.`,
  };
}

/** A field the format does not know; it is ignored. */
export function unknownField(field: string): Translated {
  const shown = quote(field);
  return {
    nb: `Feltet «${shown}» er ukjent og blir ikke brukt.`,
    nn: `Feltet «${shown}» er ukjent og blir ikkje brukt.`,
    en: `The field "${shown}" is unknown and is not used.`,
  };
}

/** A string longer than its limit. */
export function tooLong(length: number, max: number): Translated {
  return {
    nb: `Teksten er ${length} tegn lang; høyst ${max} tegn er tillatt.`,
    nn: `Teksten er ${length} teikn lang; høgst ${max} teikn er tillate.`,
    en: `The text is ${length} characters long; at most ${max} are allowed.`,
  };
}

/** A link that is not a valid http(s) address. */
export function unsafeUrl(value: unknown): Translated {
  const shown = quote(value);
  return {
    nb: `«${shown}» er ikke en gyldig lenke; bare adresser som begynner med https:// eller http:// er tillatt.`,
    nn: `«${shown}» er ikkje ei gyldig lenkje; berre adresser som byrjar med https:// eller http:// er tillatne.`,
    en: `"${shown}" is not a valid link; only addresses starting with https:// or http:// are allowed.`,
  };
}

/** A list longer than its limit; only the first `max` items are read. */
export function tooManyItems(count: number, max: number): Translated {
  return {
    nb: `Lista har ${count} elementer; høyst ${max} er tillatt.`,
    nn: `Lista har ${count} element; høgst ${max} er tillate.`,
    en: `The list has ${count} items; at most ${max} are allowed.`,
  };
}

/** Problems beyond the reporting limit, summed up in one. */
export function tooManyProblems(omitted: number): Translated {
  return {
    nb: `${omitted} problemer til er ikke vist.`,
    nn: `${omitted} problem til er ikkje viste.`,
    en: `${omitted} more problems are not shown.`,
  };
}

/** A safety net: validation itself failed. Should never be seen. */
export function internalError(): Translated {
  return {
    nb: 'Kontrollen av dokumentet stoppet uventet; dokumentet kan ikke brukes.',
    nn: 'Kontrollen av dokumentet stoppa uventa; dokumentet kan ikkje brukast.',
    en: 'Checking the document stopped unexpectedly; the document cannot be used.',
  };
}

const LANGUAGE_NAMES: Record<Lang, Translated> = {
  nb: { nb: 'bokmål', nn: 'bokmål', en: 'Bokmål' },
  nn: { nb: 'nynorsk', nn: 'nynorsk', en: 'Nynorsk' },
  en: { nb: 'engelsk', nn: 'engelsk', en: 'English' },
};

/** A text lacks one or more of our languages. */
export function missingTranslation(langs: readonly Lang[]): Translated {
  const list = (lang: Lang) => langs.map((missing) => LANGUAGE_NAMES[missing][lang]).join(', ');
  return {
    nb: `Teksten mangler oversettelse til ${list('nb')}.`,
    nn: `Teksten manglar omsetjing til ${list('nn')}.`,
    en: `The text has no translation into ${list('en')}.`,
  };
}

/** A text with no usable language at all. */
export function textWithoutLanguage(): Translated {
  return {
    nb: 'Teksten er tom, eller den har verken nb, nn eller en.',
    nn: 'Teksten er tom, eller han har verken nb, nn eller en.',
    en: 'The text is empty, or it has none of nb, nn and en.',
  };
}

/** An id that breaks the id pattern. */
export function badId(value: unknown): Translated {
  const shown = quote(value);
  return {
    nb: `«${shown}» er ikke en gyldig id: bruk små bokstaver a–z, sifre og bindestrek, og begynn med bokstav eller siffer.`,
    nn: `«${shown}» er ikkje ein gyldig id: bruk små bokstavar a–z, siffer og bindestrek, og byrj med bokstav eller siffer.`,
    en: `"${shown}" is not a valid id: use lower-case letters a–z, digits and hyphens, starting with a letter or digit.`,
  };
}
