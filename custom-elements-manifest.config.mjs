// Generates custom-elements.json (the `customElements` field of package.json) from the
// element classes and their JSDoc. `npm run analyze` writes it; `npm run check:manifest`
// fails when the committed file is out of date. Never edit the manifest by hand.
import { readFileSync } from 'node:fs';

export default {
  globs: ['components/**/*.ts'],
  exclude: ['components/**/*.test.ts', 'components/**/*.stories.ts', 'components/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  /**
   * The analyzer lists modules in directory order, which differs between file systems and
   * clones; sorting the paths makes the manifest the same on every machine, so the
   * freshness check compares content, not disk layout.
   */
  overrideModuleCreation({ ts, globs }) {
    return [...globs]
      .sort()
      .map((path) => ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2015, true));
  },
};
