import type { Translated } from '../text/text.js';

/**
 * Messages for moving assessments in and out of the widget: files, links and submissions.
 * Values quoted from a document are only ever shown as plain text.
 */

/** Formats a byte count as kilobytes or megabytes for people. */
function size(bytes: number, lang: 'nb' | 'nn' | 'en'): string {
  const decimal = (value: number) => (lang === 'en' ? String(value) : String(value).replace('.', ','));
  if (bytes >= 1024 * 1024) return `${decimal(Math.round((bytes / (1024 * 1024)) * 10) / 10)} MB`;
  return `${decimal(Math.round(bytes / 1024))} KB`;
}

/** A file larger than the import limit; refused before it is read. */
export function fileTooBig(bytes: number, max: number): Translated {
  return {
    nb: `Filen er for stor (${size(bytes, 'nb')}); en vurdering fra merverdi er aldri større enn ${size(max, 'nb')}.`,
    nn: `Fila er for stor (${size(bytes, 'nn')}); ei vurdering frå merverdi er aldri større enn ${size(max, 'nn')}.`,
    en: `The file is too big (${size(bytes, 'en')}); a merverdi assessment is never larger than ${size(max, 'en')}.`,
  };
}

/** A file that is not JSON at all. */
export function fileNotJson(): Translated {
  return {
    nb: 'Filen er ikke gyldig JSON, så den kan ikke være en vurdering fra merverdi.',
    nn: 'Fila er ikkje gyldig JSON, så ho kan ikkje vere ei vurdering frå merverdi.',
    en: 'The file is not valid JSON, so it cannot be a merverdi assessment.',
  };
}

/** JSON, but not an assessment document. */
export function notAnAssessment(): Translated {
  return {
    nb: 'Filen er JSON, men ikke en vurdering fra merverdi (feltet «format» er ikke «merverdi-assessment»).',
    nn: 'Fila er JSON, men ikkje ei vurdering frå merverdi (feltet «format» er ikkje «merverdi-assessment»).',
    en: 'The file is JSON, but not a merverdi assessment (its "format" is not "merverdi-assessment").',
  };
}

/** A framework file where an assessment was expected. */
export function frameworkNotAssessment(): Translated {
  return {
    nb: 'Filen er et vurderingsgrunnlag (rammeverk), ikke en utfylt vurdering.',
    nn: 'Fila er eit vurderingsgrunnlag (rammeverk), ikkje ei utfylt vurdering.',
    en: 'The file is a framework, not a filled-in assessment.',
  };
}

/** A share link whose data cannot be read. */
export function linkUnreadable(): Translated {
  return {
    nb: 'Lenken er skadet eller ufullstendig, så vurderingen i den kan ikke leses. Be om lenken på nytt, eller om filen.',
    nn: 'Lenkja er skadd eller ufullstendig, så vurderinga i henne kan ikkje lesast. Be om lenkja på nytt, eller om fila.',
    en: 'The link is damaged or incomplete, so the assessment in it cannot be read. Ask for the link again, or for the file.',
  };
}

/** A share link whose data unpacks to more than the limit. */
export function linkTooBig(max: number): Translated {
  return {
    nb: `Lenken pakker ut til mer enn ${size(max, 'nb')}; det kan ikke være en vurdering fra merverdi.`,
    nn: `Lenkja pakkar ut til meir enn ${size(max, 'nn')}; det kan ikkje vere ei vurdering frå merverdi.`,
    en: `The link unpacks to more than ${size(max, 'en')}; that cannot be a merverdi assessment.`,
  };
}

/** An assessment too large to fit in a link. */
export function tooLongForLink(length: number, max: number): Translated {
  return {
    nb: `Vurderingen er for stor for en lenke (${length} tegn; høyst ${max}). Last ned filen og send den i stedet.`,
    nn: `Vurderinga er for stor for ei lenkje (${length} teikn; høgst ${max}). Last ned fila og send henne i staden.`,
    en: `The assessment is too long for a link (${length} characters; at most ${max}). Download the file and send that instead.`,
  };
}

/** The browser lacks the compression a link needs. */
export function compressionMissing(): Translated {
  return {
    nb: 'Denne nettleseren kan ikke pakke eller pakke ut delte lenker. Bruk filen i stedet.',
    nn: 'Denne nettlesaren kan ikkje pakke eller pakke ut delte lenkjer. Bruk fila i staden.',
    en: 'This browser cannot pack or unpack shared links. Use the file instead.',
  };
}

/** A submit address that is not an http(s) URL. */
export function badSubmitUrl(): Translated {
  return {
    nb: 'Adressen vurderingen skal sendes til, er ikke en gyldig http- eller https-adresse. Si fra til kommunen.',
    nn: 'Adressa vurderinga skal sendast til, er ikkje ei gyldig http- eller https-adresse. Sei frå til kommunen.',
    en: 'The address the assessment is to be sent to is not a valid http or https address. Please tell the kommune.',
  };
}

/** The request never reached a server (offline, refused, blocked). */
export function submitNetwork(): Translated {
  return {
    nb: 'Fikk ikke kontakt med mottakeren. Sjekk nettforbindelsen og prøv igjen; vurderingen din er ikke borte.',
    nn: 'Fekk ikkje kontakt med mottakaren. Sjekk nettsambandet og prøv igjen; vurderinga di er ikkje borte.',
    en: 'Could not reach the receiver. Check your connection and try again; your assessment is not lost.',
  };
}

/** The server did not answer in time. */
export function submitTimeout(seconds: number): Translated {
  return {
    nb: `Mottakeren svarte ikke innen ${seconds} sekunder. Prøv igjen om litt; vurderingen din er ikke borte.`,
    nn: `Mottakaren svarte ikkje innan ${seconds} sekund. Prøv igjen om litt; vurderinga di er ikkje borte.`,
    en: `The receiver did not answer within ${seconds} seconds. Try again in a while; your assessment is not lost.`,
  };
}

/** The server refused the request (4xx). */
export function submitRefused(status: number): Translated {
  return {
    nb: `Mottakeren avviste innsendingen (HTTP ${status}). Prøv igjen, eller last ned filen og send den til kommunen på annen måte.`,
    nn: `Mottakaren avviste innsendinga (HTTP ${status}). Prøv igjen, eller last ned fila og send henne til kommunen på anna vis.`,
    en: `The receiver refused the submission (HTTP ${status}). Try again, or download the file and send it to the kommune another way.`,
  };
}

/** The server failed (5xx). */
export function submitServerError(status: number): Translated {
  return {
    nb: `Det oppsto en feil hos mottakeren (HTTP ${status}). Prøv igjen senere; vurderingen din er ikke borte.`,
    nn: `Det oppstod ein feil hos mottakaren (HTTP ${status}). Prøv igjen seinare; vurderinga di er ikkje borte.`,
    en: `Something went wrong at the receiver (HTTP ${status}). Try again later; your assessment is not lost.`,
  };
}

/** Any other status a submission cannot count as received (1xx, 3xx left unfollowed). */
export function submitUnexpected(status: number): Translated {
  return {
    nb: `Mottakeren svarte uventet (HTTP ${status}), så vi vet ikke om vurderingen kom fram. Prøv igjen.`,
    nn: `Mottakaren svarte uventa (HTTP ${status}), så vi veit ikkje om vurderinga kom fram. Prøv igjen.`,
    en: `The receiver gave an unexpected answer (HTTP ${status}), so we cannot tell whether the assessment arrived. Try again.`,
  };
}
