import type { Translated } from '../../src/text/text.js';

/**
 * What can go wrong with the library:
 * - `unavailable`: the browser gives no IndexedDB (private browsing in some browsers, a
 *   site-data block, a very old browser), or opening it failed;
 * - `quota-exceeded`: the browser's storage for this site is full;
 * - `not-found`: no entry with that id (deleted, or its undo window has passed);
 * - `storage-failed`: any other failure of the store;
 * - `damaged`: the entry's stored data is not an assessment this library can read (written by
 *   another script of the site, say); it is skipped, never shown half.
 */
export type LibraryErrorCode = 'unavailable' | 'quota-exceeded' | 'not-found' | 'storage-failed' | 'damaged';

/** An error as a value, with a message for the user in every language. */
export interface LibraryError {
  code: LibraryErrorCode;
  message: Translated;
}

/** The outcome of a library operation: never thrown, always returned. */
export type LibraryResult<T> = { ok: true; value: T } | { ok: false; error: LibraryError };

const MESSAGES: Record<LibraryErrorCode, Translated> = {
  unavailable: {
    nb: 'Biblioteket kan ikke lagre i denne nettleseren (for eksempel i privat modus eller når nettstedsdata er blokkert). Du kan fortsatt vurdere, importere og sammenligne, men ingenting blir lagret etter at siden lukkes. Eksporter det du vil ta vare på.',
    nn: 'Biblioteket kan ikkje lagre i denne nettlesaren (til dømes i privat modus eller når nettstaddata er blokkerte). Du kan framleis vurdere, importere og samanlikne, men ingenting blir lagra etter at sida blir lukka. Eksporter det du vil ta vare på.',
    en: 'The library cannot store anything in this browser (for example in private browsing, or when site data is blocked). You can still assess, import and compare, but nothing is kept once the page closes. Export what you want to keep.',
  },
  'quota-exceeded': {
    nb: 'Lagringsplassen for dette nettstedet i nettleseren er full, så dette ble ikke lagret. Det som var lagret fra før, er i behold. Eksporter biblioteket og slett vurderinger du ikke trenger, og prøv igjen.',
    nn: 'Lagringsplassen for denne nettstaden i nettlesaren er full, så dette vart ikkje lagra. Det som var lagra frå før, er i behald. Eksporter biblioteket og slett vurderingar du ikkje treng, og prøv igjen.',
    en: 'The browser’s storage for this site is full, so this was not saved. Everything saved before is still there. Export the library, delete assessments you no longer need, and try again.',
  },
  'not-found': {
    nb: 'Fant ikke vurderingen i biblioteket. Den kan være slettet, eller angrefristen kan ha gått ut.',
    nn: 'Fann ikkje vurderinga i biblioteket. Ho kan vere sletta, eller angrefristen kan ha gått ut.',
    en: 'The assessment was not found in the library. It may have been deleted, or the time to undo has passed.',
  },
  'storage-failed': {
    nb: 'Lagringen i nettleseren feilet, så dette ble ikke lagret. Det som var lagret fra før, er i behold. Prøv igjen.',
    nn: 'Lagringa i nettlesaren feila, så dette vart ikkje lagra. Det som var lagra frå før, er i behald. Prøv igjen.',
    en: 'Storage in the browser failed, so this was not saved. Everything saved before is still there. Try again.',
  },
  damaged: {
    nb: 'Denne oppføringen i biblioteket kan ikke leses som en vurdering, så den kan ikke åpnes.',
    nn: 'Denne oppføringa i biblioteket kan ikkje lesast som ei vurdering, så ho kan ikkje opnast.',
    en: 'This library entry cannot be read as an assessment, so it cannot be opened.',
  },
};

/** The error value for a code. */
export function libraryError(code: LibraryErrorCode): LibraryError {
  return { code, message: MESSAGES[code] };
}

/**
 * Turns whatever a store operation threw into an error value. A full store shows up as a
 * `QuotaExceededError` DOMException, thrown at once or delivered through the failed request
 * or aborted transaction; anything else is a plain storage failure.
 */
export function storageError(error: unknown): LibraryError {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  return libraryError(name === 'QuotaExceededError' ? 'quota-exceeded' : 'storage-failed');
}
