// Writes docs/elements.md, the reference of every public element, from custom-elements.json:
// the manifest is generated from the element classes and their JSDoc, so the reference
// says what the code says. `npm run docs:elements` writes it; `npm run check:manifest`
// fails when the committed file differs from what this renders.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where the reference is written, relative to the repository root. */
export const elementsDocFile = 'docs/elements.md';

/**
 * The tags `merverdi/define` registers: the elements a page or an app may use. Elements
 * registered only from inside another element are internal and left out. Read from the
 * source, so a new public element appears here by being added there.
 * @param {string} defineSource the text of components/define.ts
 * @param {object} manifest the parsed custom-elements.json
 * @returns {string[]} the public tag names, in the order define.ts registers them
 */
export function publicTags(defineSource, manifest) {
  const defineModules = [...defineSource.matchAll(/^import '\.\/([\w-]+)\/define\.js';$/gm)].map(
    (match) => `dist/components/${match[1]}/define.js`,
  );
  return defineModules.flatMap((path) =>
    (manifest.modules.find((module) => module.path === path)?.exports ?? [])
      .filter((entry) => entry.kind === 'custom-element-definition')
      .map((entry) => entry.name),
  );
}

/** `dist/components/radar/mv-radar.js` → `components/radar/mv-radar.ts`, the file in this repository. */
function sourcePath(path) {
  return path.replace(/^dist\//, '').replace(/\.js$/, '.ts');
}

/** Text for one table cell: on one line, with pipes escaped so they do not split the cell. */
function cell(text) {
  if (text === undefined || text === '') return '';
  return String(text).replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}

/** A code span for a cell, or an empty cell. Backticks inside would end the span early. */
function code(text) {
  return text === undefined || text === '' ? '' : cell(`\`${String(text).replace(/`/g, "'")}\``);
}

/** A Markdown table; "None." when there are no rows, so every section has a body. */
function table(header, rows) {
  if (rows.length === 0) return 'None.\n';
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n') + '\n';
}

/** The type inside `CustomEvent<…>`, which is what a listener reads as `event.detail`. */
function detailType(type) {
  const text = type?.text;
  if (!text) return undefined;
  const match = /^CustomEvent<([\s\S]*)>$/.exec(text.trim());
  return match ? match[1] : text;
}

/** GitHub's anchor for a heading such as "`<mv-assessment>`". */
function anchor(tag) {
  return tag.replace(/[^a-z0-9-]/g, '');
}

/**
 * One element's section.
 * @param {object} element the manifest's class declaration
 * @param {string} path the module the class is declared in
 */
function renderElement(element, path) {
  const [summaryLine = '', ...summaryRest] = (element.summary ?? '').split('\n');
  const parts = [`## \`<${element.tagName}>\``, ''];
  if (summaryLine.trim()) parts.push(`*${summaryLine.trim()}*`, '');
  if (element.description) parts.push(element.description.trim(), '');
  const details = summaryRest.join('\n').trim();
  if (details) parts.push(details, '');
  parts.push(`Class \`${element.name}\`, declared in [\`${path}\`](../${path}).`, '');

  const attributes = (element.attributes ?? []).map((attribute) => [
    code(attribute.name),
    code(attribute.fieldName),
    code(attribute.type?.text),
    code(attribute.default),
    cell(attribute.description),
  ]);
  parts.push('### Attributes', '', table(['Attribute', 'Property', 'Type', 'Default', 'Description'], attributes));

  const publicMembers = (element.members ?? []).filter((member) => !member.privacy && !member.static);
  const properties = publicMembers
    .filter((member) => member.kind === 'field')
    .map((member) => [
      code(member.name),
      code(member.attribute),
      code(member.type?.text),
      code(member.default),
      cell([member.readonly ? '(read-only)' : '', member.description ?? ''].filter(Boolean).join(' ')),
    ]);
  parts.push('### Properties', '', table(['Property', 'Attribute', 'Type', 'Default', 'Description'], properties));

  const methods = publicMembers
    .filter((member) => member.kind === 'method')
    .map((member) => [
      code(`${member.name}(${(member.parameters ?? []).map((parameter) => parameter.name).join(', ')})`),
      code(member.return?.type?.text),
      cell(member.description),
    ]);
  if (methods.length > 0) parts.push('### Methods', '', table(['Method', 'Returns', 'Description'], methods));

  const events = (element.events ?? []).map((event) => [
    code(event.name),
    code(detailType(event.type)),
    cell(event.description),
  ]);
  parts.push('### Events', '', table(['Event', 'Detail', 'Description'], events));

  const cssParts = (element.cssParts ?? []).map((part) => [code(part.name), cell(part.description)]);
  parts.push('### CSS parts', '', table(['Part', 'Description'], cssParts));

  const cssProperties = (element.cssProperties ?? []).map((property) => [
    code(property.name),
    code(property.default),
    cell(property.description),
  ]);
  parts.push('### CSS custom properties', '', table(['Property', 'Default', 'Description'], cssProperties));

  const slots = (element.slots ?? []).map((slot) => [slot.name ? code(slot.name) : '(default)', cell(slot.description)]);
  parts.push('### Slots', '', table(['Slot', 'Description'], slots));

  return parts.join('\n');
}

/**
 * The whole reference, the same for the same manifest on every machine.
 * @param {object} manifest the parsed custom-elements.json
 * @param {string[]} tags the public tags, in the order to document them
 * @returns {string} Markdown
 */
export function renderElementsDoc(manifest, tags) {
  const found = new Map();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      // The manifest names the shipped module; the reference links the source it is built from.
      if (declaration.tagName) found.set(declaration.tagName, { declaration, path: sourcePath(module.path) });
    }
  }
  const missing = tags.filter((tag) => !found.has(tag));
  if (missing.length > 0) throw new Error(`custom-elements.json has no class for ${missing.join(', ')}`);

  const header = [
    '# Element reference',
    '',
    '<!-- Generated from custom-elements.json by scripts/elements-doc.mjs (`npm run docs:elements`).',
    '     Do not edit: change the JSDoc in components/ and regenerate. -->',
    '',
    'Every attribute, property, event, CSS part, CSS custom property and slot of the public',
    'elements, generated from their JSDoc. Events bubble and are composed (they cross shadow',
    'roots). Every element also speaks the language of its `lang` attribute, else the nearest',
    "ancestor's `lang`, else bokmål.",
    '',
    ...tags.map((tag) => `- [\`<${tag}>\`](#${anchor(tag)})`),
    '',
  ].join('\n');
  const sections = tags.map((tag) => {
    const { declaration, path } = found.get(tag);
    return renderElement(declaration, path);
  });
  return `${[header, ...sections].join('\n').trimEnd()}\n`;
}

/** Renders from files on disk: the manifest given (or the committed one) and components/define.ts. */
export function renderFromFiles(manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'))) {
  const tags = publicTags(readFileSync('components/define.ts', 'utf8'), manifest);
  return renderElementsDoc(manifest, tags);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  mkdirSync(dirname(elementsDocFile), { recursive: true });
  writeFileSync(elementsDocFile, renderFromFiles());
  console.log(`${elementsDocFile} written.`);
}
