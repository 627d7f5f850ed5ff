// Generates, from custom-elements.json, what frameworks and editors need to know about the
// elements, so that an app developer's tools know them without any set-up:
//   types/elements.d.ts                  each element's class and props, shared by the two below;
//   types/react.d.ts                     React 19 JSX: `<mv-assessment>` as an intrinsic element;
//   types/vue.d.ts                       Vue 3 GlobalComponents, for templates;
//   editors/vscode.html-custom-data.json VS Code's HTML custom data;
//   editors/web-types.json               JetBrains web-types (linked from package.json).
// `npm run docs:elements` writes them; `npm run check:manifest` fails when one is stale.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { publicTags } from './elements-doc.mjs';

const GENERATED = 'Generated from custom-elements.json by scripts/element-types.mjs; do not edit.';

/** The public elements' declarations, in the order define.ts registers them, with their module. */
export function publicElements(manifest, tags) {
  const found = new Map();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName) found.set(declaration.tagName, { declaration, module: module.path });
    }
  }
  // The actions bar is placed by pages inside an assessment, though define.ts reaches it
  // only through the assessment: it is public all the same.
  const all = [...tags, ...[...found.keys()].filter((tag) => !tags.includes(tag) && tag === 'mv-assessment-actions')];
  return all.map((tag) => ({ tag, ...found.get(tag) }));
}

/** Public, writable instance fields: what a framework may set as a property. */
function properties(declaration) {
  return (declaration.members ?? []).filter(
    (member) => member.kind === 'field' && !member.static && !member.readonly && (member.privacy ?? 'public') === 'public',
  );
}

/** One line of prose for a comment or a tooltip. */
function oneLine(text) {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Text safe inside a `/** … *\/` comment. */
function docComment(text, indent) {
  const body = oneLine(text).replace(/\*\//g, '*\\/');
  return body ? `${indent}/** ${body} */\n` : '';
}

/** The string values of a type such as `'local' | 'none'`; none when it is anything else. */
function literalValues(typeText) {
  const parts = (typeText ?? '').split('|').map((part) => part.trim()).filter((part) => part !== 'undefined');
  if (parts.length === 0 || !parts.every((part) => /^'[^']*'$/.test(part))) return [];
  return parts.map((part) => part.slice(1, -1));
}

/** An attribute's type as markup gives it: booleans and numbers as such, else a string. */
function attributeType(attribute) {
  const text = attribute.type?.text ?? 'string';
  const values = literalValues(text);
  if (values.length > 0) return values.map((value) => `'${value}'`).join(' | ');
  if (/\bboolean\b/.test(text)) return 'boolean | string';
  if (/\bnumber\b/.test(text)) return 'number | string';
  return 'string';
}

function className(element) {
  return element.declaration.name;
}

/** The import lines of the element classes, from the shipped modules the manifest names. */
function classImports(elements, from) {
  return elements
    .map((element) => `import type { ${className(element)} } from '${from}${element.module}';`)
    .join('\n');
}

/** The properties and attributes of one element's props type, which React and Vue share. */
function propMembers(element, indent) {
  const { declaration } = element;
  const lines = [];
  const fields = properties(declaration);
  for (const field of fields) {
    lines.push(`${docComment(field.description, indent)}${indent}${field.name}?: ${className(element)}['${field.name}'];`);
  }
  const fieldNames = new Set(fields.map((field) => field.name));
  for (const attribute of declaration.attributes ?? []) {
    if (fieldNames.has(attribute.name)) continue;
    lines.push(`${docComment(attribute.description, indent)}${indent}'${attribute.name}'?: ${attributeType(attribute)};`);
  }
  return lines.join('\n');
}

/** One element's event listener props, named as React or Vue names them (`eventProp`). */
function eventMembers(element, eventProp, indent) {
  return (element.declaration.events ?? [])
    .filter((event) => event.name)
    .map(
      (event) =>
        `${docComment(event.description, indent)}${indent}'${eventProp(event.name)}'?: (event: ElementEvent<'${event.name}'>) => void;`,
    )
    .join('\n');
}

/** An element's props as a framework's type: the shared ones, and its events if it fires any. */
function elementProps(element, eventProp, indent) {
  const events = eventMembers(element, eventProp, `${indent}  `);
  const shared = `ElementProps['${element.tag}']`;
  return events ? `${shared} & {\n${events}\n${indent}}` : shared;
}

/** The classes and the properties and attributes of every public element, once for React and Vue. */
export function renderElements(elements) {
  const classes = elements
    .map((element) => `  '${element.tag}': ${className(element)};`)
    .join('\n');
  const props = elements.map((element) => `  '${element.tag}': {\n${propMembers(element, '    ')}\n  };`).join('\n');
  return `// ${GENERATED}
// What types/react.d.ts and types/vue.d.ts share: each public element's class, and the
// properties and attributes it takes. Each adds the events under its framework's names.
${classImports(elements, '../')}

/** The event an element fires under a name: its declared type, else a plain CustomEvent. */
export type ElementEvent<Name extends string> = Name extends keyof GlobalEventHandlersEventMap
  ? GlobalEventHandlersEventMap[Name]
  : CustomEvent;

/** Each public element's class, by tag. */
export interface ElementClasses {
${classes}
}

/** The properties (by their names) and attributes (by theirs) each public element takes, by tag. */
export interface ElementProps {
${props}
}
`;
}

/** React 19: intrinsic elements, properties by their names, events as `on<event-name>`. */
export function renderReact(elements) {
  const entries = elements
    .map(
      (element) =>
        `${docComment(element.declaration.summary, '      ')}      '${element.tag}': ElementAttributes<ElementClasses['${element.tag}']> & ${elementProps(
          element,
          (name) => `on${name}`,
          '      ',
        )};`,
    )
    .join('\n');
  return `// ${GENERATED}
// React 19 sets a prop as a property when the element has one, and listens for a custom event
// through a prop \`on\` + the event's exact name: \`<mv-assessment onmv-change={…} />\`.
// Use: \`import type {} from 'merverdi/types/react';\` once, or list it in tsconfig "types".
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ElementClasses, ElementEvent, ElementProps } from './elements.js';

type ElementAttributes<E extends HTMLElement> = DetailedHTMLProps<HTMLAttributes<E>, E>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${entries}
    }
  }
}
`;
}

/** Vue's name for the listener prop of an event: `mv-change` → `onMvChange`, as `@mv-change` compiles to. */
function vueListener(name) {
  const camel = name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
  return `on${camel[0].toUpperCase()}${camel.slice(1)}`;
}

/** Vue 3: global components for templates; `@mv-change` is the prop `onMvChange`. */
export function renderVue(elements) {
  const entries = elements
    .map(
      (element) =>
        `${docComment(element.declaration.summary, '    ')}    '${element.tag}': DefineComponent<${elementProps(element, vueListener, '    ')}>;`,
    )
    .join('\n');
  return `// ${GENERATED}
// Vue templates then check \`<mv-assessment :framework.prop="…" @mv-change="…">\`. Tell the
// compiler that mv- tags are custom elements (compilerOptions.isCustomElement).
// Use: \`import type {} from 'merverdi/types/vue';\` once, or list it in tsconfig "types".
import type { DefineComponent } from 'vue';
import type { ElementEvent, ElementProps } from './elements.js';

declare module 'vue' {
  interface GlobalComponents {
${entries}
  }
}
`;
}

/** VS Code's HTML custom data (version 1.1): tags, attributes with their values, docs. */
export function renderVsCode(elements, docsUrl) {
  const data = {
    version: 1.1,
    tags: elements.map(({ tag, declaration }) => ({
      name: tag,
      description: [oneLine(declaration.summary), oneLine(declaration.description)].filter(Boolean).join('\n\n'),
      attributes: (declaration.attributes ?? []).map((attribute) => {
        const values = literalValues(attribute.type?.text);
        return {
          name: attribute.name,
          description: oneLine(attribute.description),
          ...(values.length > 0 ? { values: values.map((name) => ({ name })) } : {}),
        };
      }),
      references: [{ name: 'Element reference', url: `${docsUrl}#${tag}` }],
    })),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** JetBrains web-types: elements with attributes, properties, events, parts and custom properties. */
export function renderWebTypes(elements, version, docsUrl) {
  const data = {
    $schema: 'https://json.schemastore.org/web-types',
    name: 'merverdi',
    version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elements.map(({ tag, declaration }) => ({
          name: tag,
          description: [oneLine(declaration.summary), oneLine(declaration.description)].filter(Boolean).join('\n\n'),
          'doc-url': `${docsUrl}#${tag}`,
          attributes: (declaration.attributes ?? []).map((attribute) => {
            const values = literalValues(attribute.type?.text);
            return {
              name: attribute.name,
              description: oneLine(attribute.description),
              value: values.length > 0 ? { type: 'enum' } : { type: attribute.type?.text ?? 'string' },
              ...(values.length > 0 ? { values: values.map((name) => ({ name })) } : {}),
            };
          }),
          events: (declaration.events ?? []).filter((event) => event.name).map((event) => ({ name: event.name, description: oneLine(event.description) })),
          js: {
            properties: properties(declaration).map((field) => ({
              name: field.name,
              description: oneLine(field.description),
              type: field.type?.text ?? 'unknown',
            })),
            events: (declaration.events ?? []).filter((event) => event.name).map((event) => ({ name: event.name, description: oneLine(event.description) })),
          },
        })),
      },
      css: {
        properties: unique(elements.flatMap(({ declaration }) => declaration.cssProperties ?? [])).map((property) => ({
          name: property.name,
          description: oneLine(property.description),
        })),
        parts: unique(elements.flatMap(({ declaration }) => declaration.cssParts ?? [])).map((part) => ({
          name: part.name,
          description: oneLine(part.description),
        })),
      },
    },
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

function unique(items) {
  const seen = new Map();
  for (const item of items) if (!seen.has(item.name)) seen.set(item.name, item);
  return [...seen.values()];
}

/** Every generated file and its content, from the manifest given (or the committed one). */
export function renderAll(manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'))) {
  const packageJson = JSON.parse(readFileSync('package.json', 'utf8'));
  const docsUrl = `${packageJson.homepage.replace(/#.*$/, '')}/blob/main/docs/elements.md`;
  const elements = publicElements(manifest, publicTags(readFileSync('components/define.ts', 'utf8'), manifest));
  return {
    'types/elements.d.ts': renderElements(elements),
    'types/react.d.ts': renderReact(elements),
    'types/vue.d.ts': renderVue(elements),
    'editors/vscode.html-custom-data.json': renderVsCode(elements, docsUrl),
    'editors/web-types.json': renderWebTypes(elements, packageJson.version, docsUrl),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const [file, content] of Object.entries(renderAll())) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
    console.log(`${file} written.`);
  }
}
