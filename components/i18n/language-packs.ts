import type { Lang } from '../../src/text/lang.js';
import type { Message, MessageTable } from './define-messages.js';

/**
 * Message tables whose bokmål ships with the element and whose nynorsk and English are
 * fetched the first time an element speaks them. The CDN file thereby carries one language at
 * start instead of three (about 4 KB gzip for the assessment and the radar); bokmål is the
 * one kept, as the language of most kommuner and the fallback of every lookup.
 *
 * An element lists its tables in `MvElement.languagePacks` and does not render in a language
 * until that language has arrived, so a nynorsk page never shows a bokmål flash. The
 * package's `define` modules import `all-languages.ts`, which provides every language at
 * once (server-side rendering is synchronous); the CDN build replaces that module with an
 * empty one (vite.config.ts), so there the languages load on demand.
 */

/** One language of a table: a message for every key. */
export type Messages<Keys extends string> = Record<Keys, Message>;

/** Fetches one language of a table. */
export type PackLoader<Keys extends string> = () => Promise<Messages<Keys>>;

interface Packs {
  loaders: Partial<Record<Lang, PackLoader<string>>>;
  pending: Map<Lang, Promise<void>>;
}

const packsOf = new WeakMap<object, Packs>();

/**
 * A message table with bokmål at hand and the other languages behind loaders. Until a
 * language is provided, a lookup in it answers in bokmål (see `localize`).
 */
export function withLanguagePacks<Keys extends string>(
  nb: Messages<Keys>,
  loaders: { nn: PackLoader<Keys>; en: PackLoader<Keys> },
): MessageTable<Keys> {
  // The other languages are filled in by provideLanguage; the type promises them for lookups,
  // which fall back to bokmål while one is missing.
  const table = { nb } as MessageTable<Keys>;
  packsOf.set(table, { loaders: loaders as Packs['loaders'], pending: new Map() });
  return table;
}

/** Puts one language of a table in place (from a loader, or all at once by all-languages.ts). */
export function provideLanguage<Keys extends string>(table: MessageTable<Keys>, lang: Lang, messages: Messages<Keys>): void {
  (table as Partial<MessageTable<Keys>>)[lang] = messages;
}

/** Whether a lookup in `lang` finds its own words in `table` now. */
export function hasLanguage(table: MessageTable<string>, lang: Lang): boolean {
  return (table as Partial<MessageTable<string>>)[lang] !== undefined;
}

/**
 * Settles once every table speaks `lang` (or its pack could not be fetched, in which case
 * bokmål stands in); `undefined` when they already do, so a caller can stay synchronous.
 */
export function languageArrival(tables: readonly MessageTable<string>[], lang: Lang): Promise<void> | undefined {
  const waits: Promise<void>[] = [];
  for (const table of tables) {
    if (hasLanguage(table, lang)) continue;
    const packs = packsOf.get(table);
    const loader = packs?.loaders[lang];
    if (!packs || !loader) continue;
    let pending = packs.pending.get(lang);
    if (!pending) {
      pending = loader().then(
        (messages) => provideLanguage(table, lang, messages),
        // Offline or blocked: keep answering in bokmål, and try again on the next change.
        () => void packs.pending.delete(lang),
      );
      packs.pending.set(lang, pending);
    }
    waits.push(pending);
  }
  return waits.length > 0 ? Promise.all(waits).then(() => undefined) : undefined;
}
