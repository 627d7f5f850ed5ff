// A Vite plugin for the CDN build and the built demo: the package's define modules import
// components/i18n/all-languages.ts, which provides nynorsk and English up front (a server
// renders synchronously). Here that module is swapped for an empty one, so the start-up file
// carries bokmål only and the other languages load the first time an element speaks them
// (components/i18n/language-packs.ts).
import { fileURLToPath } from 'node:url';

const onDemand = fileURLToPath(new URL('../components/i18n/on-demand-languages.ts', import.meta.url));

/** @returns {import('vite').Plugin} */
export function languagesOnDemand() {
  return {
    name: 'merverdi-languages-on-demand',
    enforce: 'pre',
    resolveId(source) {
      return /(^|\/)i18n\/all-languages\.js$/.test(source) ? onDemand : null;
    },
  };
}
