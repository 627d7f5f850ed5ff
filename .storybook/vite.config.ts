import { defineConfig } from 'vite';

/** Storybook's Vite settings: the defaults, plus the syntax level the elements are built for. */
export default defineConfig({
  build: {
    target: 'es2022',
    // Storybook's own manager and preview bundles are large by nature; the budget that
    // matters is the CDN file's, checked by `npm run size`.
    chunkSizeWarningLimit: 2000,
  },
});
