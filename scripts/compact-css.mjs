// A Vite plugin for the builds: takes the comments and the indentation out of Lit `css`
// template literals. Our style sheets explain themselves in comments, which is where the
// reasons belong, but every byte of them was downloaded by each visitor and kept as a
// string on the page's heap (the assessment's styles alone held about 10 KB of text).
//
// Only the static strings of tagged `css` templates change, never an expression inside
// `${…}`, and only so that the browser parses the same rules:
// - comments go (the text inside quoted strings is left as written);
// - a run of whitespace becomes one space, and none is kept next to `{`, `}` or `;`, after
//   a `:`, or at the start or end of the sheet, where CSS ignores it.
// Whitespace elsewhere (a descendant combinator before `:is()`, a value's words) stays as a
// single space, so no selector or value changes meaning.
import { applyEdits, editTaggedTemplates } from './collapse-html-whitespace.mjs';

/** Stands for a `${…}` binding while the strings of one template are processed together. */
const BINDING = '\u0000';

/**
 * Characters beside which whitespace never matters in CSS. Not the comma: a custom
 * property's value keeps its text as written (`max(1rem, 2vw)`), spaces included.
 */
const TIGHT = new Set(['{', '}', ';']);

/**
 * Characters after which whitespace never matters: a declaration's colon (`color: red`). Not
 * before a colon, where a space is a descendant combinator (`a :is(b)`).
 */
const TIGHT_AFTER = new Set([...TIGHT, ':']);

/**
 * Compacts the static strings of one `css` template (bindings as {@link BINDING}) and
 * returns the new strings; the number of strings never changes. A template it cannot read
 * to the end (an unclosed comment or string) is returned as it was.
 */
export function compactCssTemplate(strings) {
  const source = strings.join(BINDING);
  let out = '';
  let pendingSpace = false;
  let at = 0;
  const put = (text) => {
    if (pendingSpace && out !== '' && !TIGHT_AFTER.has(out.at(-1)) && !TIGHT.has(text[0])) out += ' ';
    pendingSpace = false;
    out += text;
  };
  while (at < source.length) {
    const char = source[at];
    if (char === '/' && source[at + 1] === '*') {
      const end = source.indexOf('*/', at + 2);
      if (end === -1) return [...strings];
      // A comment separates like whitespace does (`a/**/b` is two tokens).
      pendingSpace = true;
      at = end + 2;
    } else if (char === '\\') {
      // An escape (in the template's raw text, or CSS's own) goes through as written, whole.
      put(source.slice(at, at + 2));
      at += 2;
    } else if (/\s/.test(char)) {
      pendingSpace = true;
      at += 1;
    } else if (char === '"' || char === "'") {
      let end = at + 1;
      while (end < source.length && source[end] !== char) end += source[end] === '\\' ? 2 : 1;
      if (end >= source.length) return [...strings];
      put(source.slice(at, end + 1));
      at = end + 1;
    } else {
      put(char);
      at += 1;
    }
  }
  const result = out.split(BINDING);
  return result.length === strings.length ? result : [...strings];
}

/** The edits that compact every `css` tagged template of one module. */
export function compactCssModule(code, file) {
  return editTaggedTemplates(code, file, 'css', compactCssTemplate);
}

/** The plugin: only our own TypeScript sources that use `css` templates are looked at. */
export function compactCss() {
  return {
    name: 'merverdi:compact-css',
    apply: 'build',
    transform(code, id) {
      if (!/\.ts$/.test(id) || id.includes('/node_modules/') || !code.includes('css`')) return null;
      const edits = compactCssModule(code, id);
      if (edits.length === 0) return null;
      return applyEdits(code, edits, id);
    },
  };
}
