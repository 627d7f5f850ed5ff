import type { Plugin } from 'vite';

/** Swaps `components/i18n/all-languages.ts` for an empty module: nynorsk and English load on demand. */
export function languagesOnDemand(): Plugin;
