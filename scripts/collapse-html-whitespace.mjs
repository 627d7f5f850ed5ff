// A Vite plugin for the CDN build: collapses the indentation inside Lit `html` template
// literals. Every line break and indent between tags in a template otherwise becomes a
// whitespace-only text node in every instance: at 200 criteria that was 11 600 of the
// widget's 28 000 DOM nodes, each one to create, style, lay out and keep in memory.
//
// Only the static strings of tagged `html` templates change (never `css`, `svg` or plain
// strings, never an expression inside `${…}`), and only so that the page renders the same:
// - whitespace that holds a line break next to a block-level tag, or at the very start or end
//   of a template, is removed (HTML ignores it there);
// - any other run of whitespace becomes one space, so that inline text, inline elements and
//   bindings stay separated exactly as a browser would show them;
// - the content of `<pre>`, `<textarea>`, `<script>`, `<style>` and comments is left as written.
import ts from 'typescript';

/** Tags around which a line break of indentation never shows. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'canvas', 'caption', 'col', 'colgroup', 'dd',
  'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr', 'html', 'legend', 'li', 'link',
  'main', 'meta', 'nav', 'ol', 'optgroup', 'option', 'p', 'section', 'select', 'slot', 'style',
  'summary', 'table', 'tbody', 'td', 'template', 'tfoot', 'th', 'thead', 'title', 'tr', 'ul',
]);

/** Elements whose text content is kept byte for byte. */
const VERBATIM = /^<(pre|textarea|script|style)\b/i;

/** Stands for a `${…}` binding while the strings of one template are processed together. */
const BINDING = '\u0000';

/**
 * Collapses whitespace in the joined static strings of one template (bindings as
 * {@link BINDING}) and returns the new strings.
 */
export function collapseTemplate(strings) {
  const joined = strings.join(BINDING);
  const tokens = tokenize(joined);
  let out = '';
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (token.kind !== 'text') {
      out += token.kind === 'tag' ? token.value.replace(/\s+/g, ' ') : token.value;
      continue;
    }
    out += collapseText(token.value, tokens[index - 1], tokens[index + 1]);
  }
  const result = out.split(BINDING);
  // Never change the number of bindings: if anything went wrong, keep the template as it was.
  return result.length === strings.length ? result : strings;
}

/** Splits into tags, comments, verbatim blocks and text. A binding stays inside its token. */
function tokenize(source) {
  const tokens = [];
  let at = 0;
  while (at < source.length) {
    const open = source.indexOf('<', at);
    if (open === -1 || !/[a-zA-Z/!]/.test(source[open + 1] ?? '')) {
      const end = open === -1 ? source.length : open + 1;
      pushText(tokens, source.slice(at, end));
      at = end;
      continue;
    }
    if (open > at) pushText(tokens, source.slice(at, open));
    if (source.startsWith('<!--', open)) {
      const close = source.indexOf('-->', open);
      const end = close === -1 ? source.length : close + 3;
      tokens.push({ kind: 'verbatim', value: source.slice(open, end) });
      at = end;
      continue;
    }
    const end = tagEnd(source, open);
    const tag = source.slice(open, end);
    const verbatim = tag.match(VERBATIM);
    if (verbatim) {
      const closing = source.toLowerCase().indexOf(`</${verbatim[1].toLowerCase()}`, end);
      const stop = closing === -1 ? source.length : tagEnd(source, closing);
      tokens.push({ kind: 'verbatim', value: source.slice(open, stop), name: verbatim[1].toLowerCase() });
      at = stop;
      continue;
    }
    tokens.push({ kind: 'tag', value: tag, name: tag.match(/^<\/?([a-zA-Z][\w-]*)/)?.[1]?.toLowerCase() });
    at = end;
  }
  return tokens;
}

function pushText(tokens, value) {
  const last = tokens[tokens.length - 1];
  if (last?.kind === 'text') last.value += value;
  else tokens.push({ kind: 'text', value });
}

/** The index just past the `>` that closes the tag opened at `open`, quotes respected. */
function tagEnd(source, open) {
  let quote = '';
  for (let at = open + 1; at < source.length; at += 1) {
    const char = source[at];
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '>') {
      return at + 1;
    }
  }
  return source.length;
}

/** Whether a line break next to this neighbour can be dropped without a visible change. */
function isBoundary(neighbour) {
  if (neighbour === undefined) return true; // the start or end of the template
  if (neighbour.kind === 'verbatim') return neighbour.name !== undefined && BLOCK_TAGS.has(neighbour.name);
  return neighbour.kind === 'tag' && neighbour.name !== undefined && BLOCK_TAGS.has(neighbour.name);
}

/** Collapses one run of text between two tokens; bindings inside it are kept with their spaces. */
function collapseText(text, before, after) {
  const parts = text.split(BINDING);
  if (parts.length === 1 && text.trim() === '') {
    // Whitespace alone between two tokens: gone where a line break of it could not show.
    return text.includes('\n') && (isBoundary(before) || isBoundary(after)) ? '' : ' ';
  }
  return parts
    .map((part, index) => {
      let value = part;
      if (index === 0) value = value.replace(/^\s+/, (space) => (space.includes('\n') && isBoundary(before) ? '' : ' '));
      if (index === parts.length - 1) value = value.replace(/\s+$/, (space) => (space.includes('\n') && isBoundary(after) ? '' : ' '));
      return value.replace(/\s+/g, ' ');
    })
    .join(BINDING);
}

/** Base64 VLQ, as source maps encode numbers. */
function vlq(value) {
  const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let rest = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    let digit = rest & 31;
    rest >>>= 5;
    if (rest > 0) digit |= 32;
    out += digits[digit];
  } while (rest > 0);
  return out;
}

/**
 * Applies non-overlapping edits ({ start, end, text }) to `code` and builds a source map in
 * which every unchanged stretch keeps pointing at its original line and column.
 */
export function applyEdits(code, edits, file) {
  edits.sort((a, b) => a.start - b.start);
  const lineStarts = [0];
  for (let at = 0; at < code.length; at += 1) if (code[at] === '\n') lineStarts.push(at + 1);
  const position = (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low, column: offset - lineStarts[low] };
  };
  let out = '';
  const lines = [[]];
  let column = 0;
  // One mapping segment wherever a stretch of original text starts in the output.
  const emit = (text, originalOffset) => {
    let offset = originalOffset;
    let startOfPiece = true;
    for (let at = 0; at < text.length; at += 1) {
      if (startOfPiece) {
        const { line, column: originalColumn } = position(offset);
        lines[lines.length - 1].push([column, line, originalColumn]);
        startOfPiece = false;
      }
      if (text[at] === '\n') {
        lines.push([]);
        column = 0;
        startOfPiece = true;
      } else {
        column += 1;
      }
      offset += 1;
    }
    out += text;
  };
  let at = 0;
  for (const edit of edits) {
    emit(code.slice(at, edit.start), at);
    emit(edit.text, edit.start);
    at = edit.end;
  }
  emit(code.slice(at), at);
  let previousLine = 0;
  let previousColumn = 0;
  const mappings = lines
    .map((segments) => {
      let previousGenerated = 0;
      return segments
        .map(([generated, line, original]) => {
          const segment = vlq(generated - previousGenerated) + vlq(0) + vlq(line - previousLine) + vlq(original - previousColumn);
          previousGenerated = generated;
          previousLine = line;
          previousColumn = original;
          return segment;
        })
        .join(',');
    })
    .join(';');
  return { code: out, map: { version: 3, sources: [file], sourcesContent: [code], names: [], mappings } };
}

/**
 * Edits to the static strings of every template tagged `tag` in one module: `change` gets a
 * template's strings (inside their delimiters: ` … ${, } … ${, } … `) and returns them changed,
 * one for one. Shared by this plugin (`html`) and `compact-css.mjs` (`css`).
 */
export function editTaggedTemplates(code, file, tag, change) {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === tag) {
      const template = node.template;
      // [start, end) of each static string inside its delimiters.
      const pieces = ts.isNoSubstitutionTemplateLiteral(template)
        ? [[template.getStart(source) + 1, template.end - 1]]
        : [
            [template.head.getStart(source) + 1, template.head.end - 2],
            ...template.templateSpans.map((span) => [
              span.literal.getStart(source) + 1,
              span.literal.end - (ts.isTemplateTail(span.literal) ? 1 : 2),
            ]),
          ];
      const strings = pieces.map(([start, end]) => code.slice(start, end));
      const changed = change(strings);
      pieces.forEach(([start, end], index) => {
        if (changed[index] !== strings[index]) edits.push({ start, end, text: changed[index] });
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edits;
}

/** The edits that collapse whitespace in every `html` tagged template of one module. */
export function collapseModule(code, file) {
  return editTaggedTemplates(code, file, 'html', collapseTemplate);
}

/** The plugin: only our own TypeScript sources that import from Lit are looked at. */
export function collapseHtmlWhitespace() {
  return {
    name: 'merverdi:collapse-html-whitespace',
    apply: 'build',
    transform(code, id) {
      if (!/\.ts$/.test(id) || id.includes('/node_modules/') || !code.includes('html`')) return null;
      const edits = collapseModule(code, id);
      if (edits.length === 0) return null;
      return applyEdits(code, edits, id);
    },
  };
}
