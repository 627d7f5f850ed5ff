import { quote } from '../problems/common-messages.js';
import type { Translated } from '../text/text.js';

/**
 * What the framework validator tells people, in bokmål, nynorsk and English.
 * Kept apart from the validator so that it reads as rules, and so that translators find
 * every sentence in one place. Values from the document are quoted with {@link quote}.
 */

/** `format` is not `merverdi-framework`. */
export function wrongFormat(): Translated {
  return {
    nb: 'Dette er ikke et merverdi-rammeverk: «format» må være «merverdi-framework».',
    nn: 'Dette er ikkje eit merverdi-rammeverk: «format» må vere «merverdi-framework».',
    en: 'This is not a merverdi framework: "format" must be "merverdi-framework".',
  };
}

/** `version` is a number this release cannot read. */
export function unsupportedVersion(version: unknown): Translated {
  const shown = quote(version);
  return {
    nb: `Versjon ${shown} av formatet støttes ikke; denne utgaven av merverdi leser versjon 1.`,
    nn: `Versjon ${shown} av formatet er ikkje støtta; denne utgåva av merverdi les versjon 1.`,
    en: `Version ${shown} of the format is not supported; this release of merverdi reads version 1.`,
  };
}

/** An id used twice. */
export function duplicateId(id: string, firstPath: string): Translated {
  const shown = quote(id);
  return {
    nb: `Id-en «${shown}» er allerede brukt (${firstPath}); hver id må være unik.`,
    nn: `Id-en «${shown}» er alt brukt (${firstPath}); kvar id må vere unik.`,
    en: `The id "${shown}" is already used (${firstPath}); every id must be unique.`,
  };
}

/** Fewer axes than a radar needs. */
export function tooFewDimensions(count: number, min: number): Translated {
  return {
    nb: `Rammeverket har ${count} områder; radardiagrammet trenger minst ${min}.`,
    nn: `Rammeverket har ${count} område; radardiagrammet treng minst ${min}.`,
    en: `The framework has ${count} areas; the radar chart needs at least ${min}.`,
  };
}

/** More axes than allowed. */
export function tooManyDimensions(count: number, max: number): Translated {
  return {
    nb: `Rammeverket har ${count} områder; høyst ${max} er tillatt.`,
    nn: `Rammeverket har ${count} område; høgst ${max} er tillate.`,
    en: `The framework has ${count} areas; at most ${max} are allowed.`,
  };
}

/** An axis without criteria. */
export function noCriteria(): Translated {
  return {
    nb: 'Området har ingen kriterier; det trenger minst ett.',
    nn: 'Området har ingen kriterium; det treng minst eitt.',
    en: 'The area has no criteria; it needs at least one.',
  };
}

/** More criteria in all than allowed. */
export function tooManyCriteria(count: number, max: number): Translated {
  return {
    nb: `Rammeverket har ${count} kriterier til sammen; høyst ${max} er tillatt.`,
    nn: `Rammeverket har ${count} kriterium til saman; høgst ${max} er tillate.`,
    en: `The framework has ${count} criteria in all; at most ${max} are allowed.`,
  };
}

/** A scale with too few levels. */
export function tooFewLevels(count: number, min: number): Translated {
  return {
    nb: `Skalaen har ${count} nivåer; den trenger minst ${min}.`,
    nn: `Skalaen har ${count} nivå; han treng minst ${min}.`,
    en: `The scale has ${count} levels; it needs at least ${min}.`,
  };
}

/** A scale with too many levels. */
export function tooManyLevels(count: number, max: number): Translated {
  return {
    nb: `Skalaen har ${count} nivåer; høyst ${max} er tillatt.`,
    nn: `Skalaen har ${count} nivå; høgst ${max} er tillate.`,
    en: `The scale has ${count} levels; at most ${max} are allowed.`,
  };
}

/** A level value not above the one before it. */
export function levelsNotIncreasing(value: number, previous: number): Translated {
  return {
    nb: `Verdien ${value} er ikke større enn nivået før (${previous}); verdiene må øke fra nivå til nivå.`,
    nn: `Verdien ${value} er ikkje større enn nivået før (${previous}); verdiane må auke frå nivå til nivå.`,
    en: `The value ${value} is not greater than the level before (${previous}); values must increase from level to level.`,
  };
}

/** A level value too large to score safely. */
export function levelOutOfRange(max: number): Translated {
  return {
    nb: `Nivåverdien må ligge mellom −${max} og ${max}.`,
    nn: `Nivåverdien må liggje mellom −${max} og ${max}.`,
    en: `The level value must lie between −${max} and ${max}.`,
  };
}

/** A weight that is not a number from 0 to the maximum. */
export function badWeight(max: number): Translated {
  return {
    nb: `Vekten må være et tall fra 0 til ${max}.`,
    nn: `Vekta må vere eit tal frå 0 til ${max}.`,
    en: `The weight must be a number from 0 to ${max}.`,
  };
}

/** A target outside 0..100. */
export function targetOutOfRange(): Translated {
  return {
    nb: 'Målnivået må være et tall fra 0 til 100.',
    nn: 'Målnivået må vere eit tal frå 0 til 100.',
    en: 'The target must be a number from 0 to 100.',
  };
}

/** A sustainable development goal number outside 1..17. */
export function sdgOutOfRange(value: unknown): Translated {
  const shown = quote(value);
  return {
    nb: `«${shown}» er ikke et bærekraftsmål; bruk et heltall fra 1 til 17.`,
    nn: `«${shown}» er ikkje eit berekraftsmål; bruk eit heiltal frå 1 til 17.`,
    en: `"${shown}" is not a sustainable development goal; use a whole number from 1 to 17.`,
  };
}

/** Guidance pointing at an axis that does not exist. */
export function unknownDimension(id: unknown): Translated {
  const shown = quote(id);
  return {
    nb: `Veiledningen viser til området «${shown}», som ikke finnes i rammeverket.`,
    nn: `Rettleiinga viser til området «${shown}», som ikkje finst i rammeverket.`,
    en: `The guidance refers to the area "${shown}", which the framework does not have.`,
  };
}

/** A guidance rule whose bounds exclude every score. */
export function guidanceNeverApplies(): Translated {
  return {
    nb: 'Regelen slår aldri til: «below» må være større enn «atLeast».',
    nn: 'Regelen slår aldri til: «below» må vere større enn «atLeast».',
    en: 'The rule never applies: "below" must be greater than "atLeast".',
  };
}

/** An e-mail address that cannot become a mailto: link. */
export function badEmail(value: unknown): Translated {
  const shown = quote(value);
  return {
    nb: `«${shown}» er ikke en gyldig e-postadresse.`,
    nn: `«${shown}» er ikkje ei gyldig e-postadresse.`,
    en: `"${shown}" is not a valid e-mail address.`,
  };
}

/** A phone number that cannot become a tel: link. */
export function badPhone(value: unknown): Translated {
  const shown = quote(value);
  return {
    nb: `«${shown}» er ikke et gyldig telefonnummer; bruk sifre, mellomrom og gjerne + foran.`,
    nn: `«${shown}» er ikkje eit gyldig telefonnummer; bruk siffer, mellomrom og gjerne + framfor.`,
    en: `"${shown}" is not a valid phone number; use digits, spaces and an optional leading +.`,
  };
}

/** A kommunenummer that is not four digits. */
export function badKommunenummer(value: unknown): Translated {
  const shown = quote(value);
  return {
    nb: `«${shown}» er ikke et kommunenummer; et kommunenummer har fire sifre.`,
    nn: `«${shown}» er ikkje eit kommunenummer; eit kommunenummer har fire siffer.`,
    en: `"${shown}" is not a kommunenummer (municipality number); it has four digits.`,
  };
}

/** A criterion names a goal the framework does not have. */
export function unknownGoal(id: unknown): Translated {
  const shown = quote(id);
  return {
    nb: `Målet «${shown}» finnes ikke i rammeverkets «goals»; et kriterium kan bare vise til mål som er definert der.`,
    nn: `Målet «${shown}» finst ikkje i «goals» i rammeverket; eit kriterium kan berre vise til mål som er definerte der.`,
    en: `The goal "${shown}" is not in the framework's "goals"; a criterion can only name goals defined there.`,
  };
}

/** An adoption date that is not a calendar date. */
export function badAdoptedDate(value: unknown): Translated {
  const shown = quote(value);
  return {
    nb: `«${shown}» er ikke en gyldig dato; skriv vedtaksdatoen som ÅÅÅÅ-MM-DD, for eksempel 2024-06-19.`,
    nn: `«${shown}» er ikkje ein gyldig dato; skriv vedtaksdatoen som ÅÅÅÅ-MM-DD, til dømes 2024-06-19.`,
    en: `"${shown}" is not a valid date; write the adoption date as YYYY-MM-DD, for example 2024-06-19.`,
  };
}

/** `minBasis` outside 0..1. */
export function minBasisOutOfRange(): Translated {
  return {
    nb: '«minBasis» må være et tall fra og med 0 til og med 1 (for eksempel 0,5 for halvparten av kriteriene).',
    nn: '«minBasis» må vere eit tal frå og med 0 til og med 1 (til dømes 0,5 for halvparten av kriteria).',
    en: '"minBasis" must be a number from 0 to 1 inclusive (for example 0.5 for half of the criteria).',
  };
}

/** A required criterion that also says "not applicable" is allowed: required wins. */
export function requiredOverridesNotApplicable(): Translated {
  return {
    nb: 'Kriteriet er obligatorisk («required»), så det kan ikke merkes «ikke relevant» selv om «allowNotApplicable» er satt.',
    nn: 'Kriteriet er obligatorisk («required»), så det kan ikkje merkjast «ikkje relevant» sjølv om «allowNotApplicable» er sett.',
    en: 'The criterion is required, so it cannot be marked "not applicable" even though "allowNotApplicable" is set.',
  };
}
