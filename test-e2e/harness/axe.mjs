// Runs axe-core inside the page. axe walks open shadow roots itself, so one run over the
// document checks every element of the widget too.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG levels the project claims: 2.0, 2.1 and 2.2, A and AA. */
export const wcagTags = Object.freeze(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);

/**
 * @typedef {object} AxeViolation
 * @property {string} id
 * @property {string | null} impact
 * @property {string} help
 * @property {string} helpUrl
 * @property {Array<{ target: unknown[], html: string, summary: string }>} nodes
 */

/**
 * Checks the page (or the part `include` selects) and returns the violations.
 * @param {import('playwright-core').Page} page
 * @param {{ include?: string }} [options]
 * @returns {Promise<AxeViolation[]>}
 */
export async function runAxe(page, options = {}) {
  const loaded = await page.evaluate(() => typeof globalThis.axe === 'object');
  if (!loaded) await page.addScriptTag({ content: axeSource });
  return page.evaluate(
    async ({ tags, include }) => {
      const result = await globalThis.axe.run(include ? { include: [include] } : document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? null,
        help: violation.help,
        helpUrl: violation.helpUrl,
        nodes: violation.nodes.map((node) => ({ target: node.target, html: node.html, summary: node.failureSummary ?? '' })),
      }));
    },
    { tags: [...wcagTags], include: options.include },
  );
}

/**
 * The violations as readable lines for an assertion message.
 * @param {AxeViolation[]} violations
 */
export function describeViolations(violations) {
  return violations
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help}\n` +
        violation.nodes.map((node) => `    at ${JSON.stringify(node.target)}: ${node.html}\n      ${node.summary.replace(/\n/g, '\n      ')}`).join('\n'),
    )
    .join('\n');
}
