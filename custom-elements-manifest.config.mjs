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

export default {
  globs: ['components/**/*.ts'],
  exclude: ['components/**/*.test.ts', 'components/**/*.stories.ts', 'components/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [defineElementCalls()],
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
