// A Vite plugin for the CDN build: everything `merverdi.js` imports statically goes into one
// chunk, `merverdi-start-….js`, which merverdi.js re-exports.
// Left to itself the bundler splits the start-up code along the lines where the lazily loaded
// elements share modules with it, which gave 18 small files: each one a request the browser
// only discovers after parsing the file that imports it, and each compressed on its own (gzip
// finds fewer repeats in a small file). Code only the lazy elements use still goes into their
// own chunks, loaded when they are used.

/**
 * @returns {{ plugin: import('vite').Plugin, isStartup: (id: string) => boolean }} the plugin,
 *   and the test that the output's `codeSplitting` group uses.
 */
export function startupChunk() {
  /** Ids of the modules the entry reaches through static imports only. */
  const startup = new Set();
  return {
    plugin: {
      name: 'merverdi-startup-chunk',
      apply: 'build',
      buildEnd() {
        startup.clear();
        const entries = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
        const pending = [...entries];
        while (pending.length > 0) {
          const id = pending.pop();
          if (startup.has(id)) continue;
          startup.add(id);
          pending.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
      },
    },
    isStartup: (id) => startup.has(id),
  };
}
