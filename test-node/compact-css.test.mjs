// The build's compaction of Lit `css` templates (scripts/compact-css.mjs): what it keeps and
// drops, and, for every style sheet of the elements, that Chromium parses the compacted sheet
// to exactly the rules it parses from the source.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import ts from 'typescript';
import { chromiumFlags, chromiumPath } from '../scripts/browsers.mjs';
import { compactCssTemplate } from '../scripts/compact-css.mjs';

describe('compactCssTemplate', () => {
  test('drops comments and indentation, keeps quoted text and meaningful spaces', () => {
    const [out] = compactCssTemplate([
      '\n  :host {\n    display: block; /* why */\n  }\n  a :is(b, c) > d {\n    content: "/* kept */  x";\n    inline-size: calc(100% - 2rem);\n  }\n',
    ]);
    assert.equal(out, ':host{display:block;}a :is(b, c) > d{content:"/* kept */  x";inline-size:calc(100% - 2rem);}');
  });

  test('passes escapes through whole, in quotes and out', () => {
    const [out] = compactCssTemplate(['\n  /* the page\'s \\`rule\\` */\n  .a::before {\n    content: "\\201C";\n  }\n  .b\\:c { color: red; }\n']);
    assert.equal(out, '.a::before{content:"\\201C";}.b\\:c{color:red;}');
  });

  test('keeps the number of strings around bindings', () => {
    const out = compactCssTemplate(['\n  .x {\n    color: ', ';\n  }\n  ', '\n']);
    assert.deepEqual(out, ['.x{color:', ';}', '']);
  });

  test('leaves a template it cannot read to the end as it was', () => {
    const strings = ['.x { color: red; } /* never closed'];
    assert.deepEqual(compactCssTemplate(strings), strings);
  });
});

/**
 * Every `css` template in the elements' sources, as written and compacted. A binding (`${…}`)
 * is left empty in both, so that the two texts differ only by the compaction.
 */
function elementStyleSheets() {
  const sheets = [];
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        walk(path);
        continue;
      }
      if (!entry.name.endsWith('.ts')) continue;
      const code = readFileSync(path, 'utf8');
      if (!code.includes('css`')) continue;
      const source = ts.createSourceFile(path, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      const visit = (node) => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'css') {
          const template = node.template;
          const strings = ts.isNoSubstitutionTemplateLiteral(template)
            ? [template.rawText ?? template.text]
            : [template.head.rawText ?? template.head.text, ...template.templateSpans.map((span) => span.literal.rawText ?? span.literal.text)];
          sheets.push({ path, original: strings.join(''), compacted: compactCssTemplate(strings).join('') });
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
  };
  walk('components');
  return sheets;
}

describe('the elements’ style sheets, compacted', () => {
  let browser;
  before(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath(), args: [...chromiumFlags] });
  });
  after(async () => {
    await browser?.close();
  });

  test('parse to the same rules as written', async () => {
    const sheets = elementStyleSheets();
    assert.ok(sheets.length >= 15, `found ${sheets.length} style sheets`);
    assert.ok(
      sheets.some((sheet) => sheet.compacted.length < sheet.original.length * 0.8),
      'the compaction takes something out',
    );
    const page = await browser.newPage();
    const parsed = await page.evaluate(
      (pairs) =>
        pairs.map(([original, compacted]) => {
          const rules = (text) => {
            const sheet = new CSSStyleSheet();
            sheet.replaceSync(text);
            return [...sheet.cssRules].map((rule) => rule.cssText);
          };
          return { original: rules(original), compacted: rules(compacted) };
        }),
      sheets.map((sheet) => [sheet.original, sheet.compacted]),
    );
    parsed.forEach((result, index) => {
      assert.ok(result.original.length > 0, `${sheets[index].path}: rules found`);
      assert.deepEqual(result.compacted, result.original, sheets[index].path);
    });
  });
});
