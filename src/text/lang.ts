/** The languages merverdi speaks: bokmål, nynorsk and English. */
export type Lang = 'nb' | 'nn' | 'en';

/** Every supported language, in the order a translator is asked for them. */
export const LANGS: readonly Lang[] = ['nb', 'nn', 'en'];

/**
 * Turns a BCP 47 tag such as `nb-NO`, `no` or `nn` into one of our languages.
 * `no` (generic Norwegian) means bokmål, as it does for most Norwegian sites.
 * Returns `undefined` for a tag we do not speak, so the caller can go on to the next source.
 */
export function normalizeLang(tag: string | null | undefined): Lang | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  switch (primary) {
    case 'nb':
    case 'no':
      return 'nb';
    case 'nn':
      return 'nn';
    case 'en':
      return 'en';
    default:
      return undefined;
  }
}
