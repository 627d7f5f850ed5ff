// Generates custom-elements.json (the `customElements` field of package.json) from the
// element classes and their JSDoc. `npm run analyze` writes it; `npm run check:manifest`
// fails when the committed file is out of date. Never edit the manifest by hand.
import { readFileSync } from 'node:fs';

/**
 * Our elements register through `defineElement('mv-x', MvX)` (guarded, so loading twice
 * does not throw) rather than `customElements.define`, which is all the analyzer looks for.
 * This records those calls as custom-element definitions, so every class gets its tag name.
 */
function defineElementCalls() {
  return {
    name: 'merverdi-define-element-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
      if (node.expression.text !== 'defineElement') return;
      const [tag, element] = node.arguments;
      if (!tag || !element || !ts.isStringLiteral(tag) || !ts.isIdentifier(element)) return;

      const className = element.text;
      const source = node.getSourceFile();
      const importPath = source.statements
        .filter((statement) => ts.isImportDeclaration(statement))
        .find((statement) =>
          statement.importClause?.namedBindings?.elements?.some((binding) => binding.name.text === className),
        )?.moduleSpecifier.text;
      const module = importPath ? new URL(importPath, `file:///${moduleDoc.path}`).pathname : moduleDoc.path;

      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: className, module } },
      ];
    },
    // The analyzer also reads the `customElements.define(tag, element)` inside
    // defineElement itself as a definition of an element named "tag"; a real custom
    // element name always has a hyphen.
    moduleLinkPhase({ moduleDoc }) {
      moduleDoc.exports = moduleDoc.exports?.filter(
        (entry) => entry.kind !== 'custom-element-definition' || entry.name.includes('-'),
      );
    },
  };
}

/** A source path (`components/radar/mv-radar.ts`, or `/components/…` as the plugin above writes it) → the shipped module. */
export function shippedPath(path) {
  const plain = path.replace(/^\//, '');
  if (!/^(components|src)\//.test(plain)) return path;
  return `dist/${plain.replace(/\.ts$/, '.js')}`;
}

/**
 * The package ships compiled modules under dist/, not the TypeScript sources: every path the
 * manifest gives (a module's own, and the module a declaration or definition comes from)
 * names the shipped file, so that an editor or documentation site reading the manifest from
 * node_modules finds it. Relative references (`./series.js`) already resolve from there.
 */
function shippedPaths() {
  const rewrite = (value) => {
    if (Array.isArray(value)) return value.forEach(rewrite);
    if (!value || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof child === 'string') value[key] = shippedPath(child);
      else rewrite(child);
    }
  };
  return {
    name: 'merverdi-shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      rewrite(customElementsManifest.modules);
    },
  };
}

export default {
  globs: ['components/**/*.ts'],
  exclude: ['components/**/*.test.ts', 'components/**/*.stories.ts', 'components/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [defineElementCalls(), shippedPaths()],
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
