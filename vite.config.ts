import { defineConfig } from 'vite';
import { collapseHtmlWhitespace } from './scripts/collapse-html-whitespace.mjs';
import { compactCss } from './scripts/compact-css.mjs';
import { languagesOnDemand } from './scripts/languages-on-demand.mjs';
import { startupChunk } from './scripts/startup-chunk.mjs';
import { NOTICES_FILE, thirdPartyNotices } from './scripts/third-party-notices.mjs';

const startup = startupChunk();

/**
 * The CDN build: `dist/cdn/merverdi.js`, the one file a kommune puts on its site.
 *
 * Everything it needs (lit, @lit/context, chart.js) is bundled in, so that a single
 * `<script type="module">` is enough. Elements loaded lazily by dynamic import become
 * sibling chunk files in `dist/cdn/`; ES modules resolve those relative to the importing
 * file's URL, so the folder can be hosted anywhere.
 *
 * `npm run build` runs this after the TypeScript build; it only ever touches `dist/cdn/`.
 */
export default defineConfig({
  // Production mode selects Lit's production exports (no dev-mode warnings or checks).
  mode: 'production',
  publicDir: false,
  plugins: [
    // Template indentation would otherwise become thousands of whitespace-only text nodes.
    collapseHtmlWhitespace(),
    // The style sheets without their comments and indentation (see the plugin).
    compactCss(),
    // Bokmål at start; nynorsk and English are fetched when an element speaks them.
    languagesOnDemand(),
    // The start-up code in one file rather than many small ones (see the plugin). It stays
    // apart from merverdi.js, which only re-exports it: a page that loads merverdi.js twice
    // under two URLs (a CMS adding ?v=2) then still runs one copy of Lit, whose Trusted Types
    // policy a strict page allows only once.
    startup.plugin,
    // The licences of the bundled packages go beside the files, since minifying drops theirs.
    thirdPartyNotices(),
  ],
  define: {
    'process.env.NODE_ENV': JSON.stringify('production'),
  },
  build: {
    outDir: 'dist/cdn',
    // Empties dist/cdn only (stale chunks from an earlier build would otherwise linger);
    // the unbundled modules in the rest of dist/ are left alone.
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // Terser with two compress passes makes the start-up payload about 4 % smaller (gzip)
    // than the bundler's own minifier; it costs seconds at build time, never at the visitor's.
    minify: 'terser',
    terserOptions: {
      module: true,
      ecma: 2020,
      compress: { passes: 2 },
      format: { comments: /^!/ },
    },
    lib: {
      entry: 'components/cdn.ts',
      formats: ['es'],
      fileName: () => 'merverdi.js',
    },
    rolldownOptions: {
      output: {
        // Each file says where the licences of the code bundled into it are (added after
        // minifying, which would drop a plain banner).
        postBanner: `/*! merverdi, MIT licence. Bundled packages (Lit, Chart.js, …) and their licences: ${NOTICES_FILE} */`,
        codeSplitting: {
          groups: [{ name: 'start', test: startup.isStartup }],
        },
        // Name a lazily loaded element's chunk after its folder (merverdi-compare-….js),
        // so the size report and a network panel say what each file is.
        chunkFileNames: (chunk) => {
          const element = chunk.facadeModuleId?.match(/components\/([^/]+)\/define\.ts$/)?.[1];
          return `merverdi-${element ?? '[name]'}-[hash].js`;
        },
      },
    },
  },
});
