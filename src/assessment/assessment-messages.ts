import { quote } from '../problems/common-messages.js';
import type { Translated } from '../text/text.js';
import type { OrgNumberFault } from './org-number.js';

/**
 * What the assessment validator tells people, in bokmål, nynorsk and English.
 * Values from the document are quoted with {@link quote} and only ever shown as text.
 */

/** `format` is not `merverdi-assessment`. */
export function wrongFormat(): Translated {
  return {
    nb: 'Dette er ikke en merverdi-vurdering: «format» må være «merverdi-assessment».',
    nn: 'Dette er ikkje ei merverdi-vurdering: «format» må vere «merverdi-assessment».',
    en: 'This is not a merverdi assessment: "format" must be "merverdi-assessment".',
  };
}

/** `version` is a number this release cannot read. */
export function unsupportedVersion(version: unknown): Translated {
  const shown = quote(version);
  return {
    nb: `Versjon ${shown} av vurderingsformatet støttes ikke; denne utgaven av merverdi leser versjon 1.`,
    nn: `Versjon ${shown} av vurderingsformatet er ikkje støtta; denne utgåva av merverdi les versjon 1.`,
    en: `Version ${shown} of the assessment format is not supported; this release of merverdi reads version 1.`,
  };
}

/** The assessment was made against another framework. */
export function otherFramework(got: string, expected: string): Translated {
  return {
    nb: `Vurderingen hører til rammeverket «${quote(got)}», ikke «${quote(expected)}».`,
    nn: `Vurderinga høyrer til rammeverket «${quote(got)}», ikkje «${quote(expected)}».`,
    en: `The assessment belongs to the framework "${quote(got)}", not "${quote(expected)}".`,
  };
}

/** The assessment was made against another edition of the same framework. */
export function otherRevision(got: string | undefined, expected: string | undefined): Translated {
  const nb = (value: string | undefined) => (value === undefined ? 'uten navn' : `«${quote(value)}»`);
  const nn = (value: string | undefined) => (value === undefined ? 'utan namn' : `«${quote(value)}»`);
  const en = (value: string | undefined) => (value === undefined ? 'unnamed' : `"${quote(value)}"`);
  return {
    nb: `Vurderingen ble gjort med utgave ${nb(got)} av rammeverket; gjeldende utgave er ${nb(expected)}. Se over at svarene fortsatt passer.`,
    nn: `Vurderinga vart gjord med utgåve ${nn(got)} av rammeverket; gjeldande utgåve er ${nn(expected)}. Sjå over at svara framleis passar.`,
    en: `The assessment was made with edition ${en(got)} of the framework; the current edition is ${en(expected)}. Check that the answers still fit.`,
  };
}

/** `mode` is neither `self` nor `official`. */
export function unknownMode(value: unknown): Translated {
  const shown = quote(value);
  return {
    nb: `«${shown}» er ikke en gyldig modus; «mode» må være «self» eller «official».`,
    nn: `«${shown}» er ikkje ein gyldig modus; «mode» må vere «self» eller «official».`,
    en: `"${shown}" is not a valid mode; "mode" must be "self" or "official".`,
  };
}

/** `lang` is not a language we speak; bokmål is used instead. */
export function unknownLang(value: unknown): Translated {
  const shown = quote(value);
  return {
    nb: `Språket «${shown}» er ukjent; bokmål brukes i stedet.`,
    nn: `Språket «${shown}» er ukjent; bokmål blir brukt i staden.`,
    en: `The language "${shown}" is unknown; Bokmål is used instead.`,
  };
}

/** An organisation number that fails the check. */
export function badOrgNumber(value: string, fault: OrgNumberFault): Translated {
  const shown = quote(value);
  const reason: Translated =
    fault === 'not-nine-digits'
      ? { nb: 'det må ha ni sifre', nn: 'det må ha ni siffer', en: 'it must have nine digits' }
      : {
          nb: 'kontrollsifferet stemmer ikke',
          nn: 'kontrollsifferet stemmer ikkje',
          en: 'the check digit does not match',
        };
  return {
    nb: `«${shown}» er ikke et gyldig organisasjonsnummer: ${reason.nb}.`,
    nn: `«${shown}» er ikkje eit gyldig organisasjonsnummer: ${reason.nn}.`,
    en: `"${shown}" is not a valid organisation number: ${reason.en}.`,
  };
}

/** An answer to a criterion the framework does not have; it is kept. */
export function unknownCriterion(id: string): Translated {
  const shown = quote(id);
  return {
    nb: `Rammeverket har ikke kriteriet «${shown}». Svaret beholdes i vurderingen, men teller ikke med.`,
    nn: `Rammeverket har ikkje kriteriet «${shown}». Svaret blir verande i vurderinga, men tel ikkje med.`,
    en: `The framework has no criterion "${shown}". The answer is kept in the assessment but does not count.`,
  };
}

/** An answer key that cannot be a criterion id; the answer is dropped. */
export function badAnswerKey(key: string): Translated {
  const shown = quote(key);
  return {
    nb: `«${shown}» kan ikke være id-en til et kriterium; svaret blir ikke lest.`,
    nn: `«${shown}» kan ikkje vere id-en til eit kriterium; svaret blir ikkje lese.`,
    en: `"${shown}" cannot be the id of a criterion; the answer is not read.`,
  };
}

/** A value that is not one of the criterion's scale levels. */
export function valueNotOnScale(value: number, allowed: readonly number[]): Translated {
  const list = allowed.join(', ');
  return {
    nb: `${value} er ikke et nivå på skalaen til kriteriet (gyldige verdier: ${list}).`,
    nn: `${value} er ikkje eit nivå på skalaen til kriteriet (gyldige verdiar: ${list}).`,
    en: `${value} is not a level on the criterion's scale (valid values: ${list}).`,
  };
}

/** "Not applicable" on a criterion that does not allow it. */
export function notApplicableNotAllowed(): Translated {
  return {
    nb: 'Dette kriteriet kan ikke merkes «ikke relevant».',
    nn: 'Dette kriteriet kan ikkje merkjast «ikkje relevant».',
    en: 'This criterion cannot be marked "not applicable".',
  };
}

/** An answer with both a value and "not applicable". */
export function ambiguousAnswer(): Translated {
  return {
    nb: 'Svaret har både en verdi og «ikke relevant»; bare ett av dem kan gjelde.',
    nn: 'Svaret har både ein verdi og «ikkje relevant»; berre eitt av dei kan gjelde.',
    en: 'The answer has both a value and "not applicable"; only one can hold.',
  };
}

/** An answer with neither a value nor "not applicable". */
export function emptyAnswer(): Translated {
  return {
    nb: 'Svaret har verken en verdi eller «ikke relevant».',
    nn: 'Svaret har verken ein verdi eller «ikkje relevant».',
    en: 'The answer has neither a value nor "not applicable".',
  };
}

/** A date that is not ISO 8601; it is replaced. */
export function badDate(value: unknown, replacement: string): Translated {
  if (value === undefined) {
    return {
      nb: `Tidspunktet mangler; ${replacement} er brukt i stedet.`,
      nn: `Tidspunktet manglar; ${replacement} er brukt i staden.`,
      en: `The time is missing; ${replacement} is used instead.`,
    };
  }
  const shown = quote(value);
  return {
    nb: `«${shown}» er ikke et gyldig tidspunkt etter ISO 8601; ${replacement} er brukt i stedet.`,
    nn: `«${shown}» er ikkje eit gyldig tidspunkt etter ISO 8601; ${replacement} er brukt i staden.`,
    en: `"${shown}" is not a valid ISO 8601 time; ${replacement} is used instead.`,
  };
}

/** "Not applicable" without a reason: read, but not dealt with until a reason is given. */
export function missingReason(): Translated {
  return {
    nb: 'Kriteriet er merket «ikke relevant» uten begrunnelse. Skriv kort hvorfor det ikke gjelder; til da regnes det som ikke besvart.',
    nn: 'Kriteriet er merkt «ikkje relevant» utan grunngjeving. Skriv kort kvifor det ikkje gjeld; til då blir det rekna som ikkje svara på.',
    en: 'The criterion is marked "not applicable" without a reason. Say briefly why it does not apply; until then it counts as not answered.',
  };
}

/** A required criterion marked "not applicable". */
export function requiredNotApplicable(): Translated {
  return {
    nb: 'Dette kriteriet er obligatorisk og kan ikke merkes «ikke relevant»; velg et nivå.',
    nn: 'Dette kriteriet er obligatorisk og kan ikkje merkjast «ikkje relevant»; vel eit nivå.',
    en: 'This criterion is required and cannot be marked "not applicable"; choose a level.',
  };
}

/** A reason given on an answer that is not "not applicable". */
export function reasonWithoutNotApplicable(): Translated {
  return {
    nb: 'En begrunnelse for «ikke relevant» hører bare til svar som er merket «ikke relevant»; den er ikke tatt med.',
    nn: 'Ei grunngjeving for «ikkje relevant» høyrer berre til svar som er merkte «ikkje relevant»; ho er ikkje teken med.',
    en: 'A reason for "not applicable" belongs only to answers marked "not applicable"; it has been left out.',
  };
}

/** `decision.conclusion` is not one of the four conclusions. */
export function unknownConclusion(value: unknown): Translated {
  const shown = quote(value);
  return {
    nb: `«${shown}» er ikke en gyldig konklusjon; «conclusion» må være «undecided», «follow-up», «refer» eller «decline».`,
    nn: `«${shown}» er ikkje ein gyldig konklusjon; «conclusion» må vere «undecided», «follow-up», «refer» eller «decline».`,
    en: `"${shown}" is not a valid conclusion; "conclusion" must be "undecided", "follow-up", "refer" or "decline".`,
  };
}

/** `decision.decidedAt` is not an ISO 8601 date. */
export function badDecisionDate(value: unknown): Translated {
  const shown = quote(value);
  return {
    nb: `«${shown}» er ikke en gyldig dato etter ISO 8601 (for eksempel 2026-11-30 eller 2026-11-30T12:00:00Z).`,
    nn: `«${shown}» er ikkje ein gyldig dato etter ISO 8601 (til dømes 2026-11-30 eller 2026-11-30T12:00:00Z).`,
    en: `"${shown}" is not a valid ISO 8601 date (for example 2026-11-30 or 2026-11-30T12:00:00Z).`,
  };
}
