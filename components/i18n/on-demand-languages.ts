/**
 * Stands in for `all-languages.ts` in the CDN build (vite.config.ts): nothing is provided up
 * front, so nynorsk and English are fetched the first time an element speaks them.
 */
export {};
