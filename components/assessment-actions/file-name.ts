/** Letters a file name cannot carry as they are, spelled the way Norwegians do in addresses. */
const TRANSLITERATION: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a', ß: 'ss' };

/**
 * A download's file name from the offer's title and a date: `merverdi-lunsjtreff-2026-03-01.csv`.
 * Only a–z, digits and hyphens survive, so the name is safe on every system and in every mail
 * program; a title that leaves nothing gives `merverdi-vurdering-…`.
 */
export function downloadName(title: string | undefined, date: Date, extension: 'json' | 'csv'): string {
  const slug = (title ?? '')
    .toLowerCase()
    .replace(/[æøåß]/g, (char) => TRANSLITERATION[char] ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
  return `merverdi-${slug || 'vurdering'}-${day}.${extension}`;
}
