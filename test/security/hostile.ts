/**
 * Hostile input for the security tests: markup and script payloads, links with schemes that
 * run code, and the checks that prove none of it did anything. A payload that ran sets
 * `window.__pwned`; a payload that was parsed as markup leaves an element behind. Both are
 * looked for in the document and in every open shadow root.
 */
import { parseFramework } from '../../src/framework/parse-framework.js';
import type { Framework } from '../../src/framework/types.js';
import { deepQueryAll } from '../helpers/accessible.js';

declare global {
  interface Window {
    /** Set by a payload that ran; must stay undefined. */
    __pwned?: unknown;
  }
}

/**
 * Markup and template payloads, each of which sets `window.__pwned` if it is ever parsed as
 * HTML, evaluated as a template, or run as script.
 */
export const MARKUP_PAYLOADS: readonly string[] = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload="window.__pwned=1">',
  "{{constructor.constructor('window.__pwned=1')()}}",
  '${window.__pwned=1}',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  "' onfocus='window.__pwned=1' autofocus x='",
  '</textarea></q><img src=x onerror=window.__pwned=1>',
  '{owner}{axis}{score} %s %d',
];

/**
 * Links that would run code or show attacker content if they ever became an `href`, with the
 * case, whitespace and control-character tricks URL parsers forgive.
 */
export const UNSAFE_URLS: readonly string[] = [
  'javascript:window.__pwned=1',
  'JaVaScRiPt:window.__pwned=1',
  ' javascript:window.__pwned=1',
  '\tjava\nscript:window.__pwned=1',
  '\u0000javascript:window.__pwned=1',
  'javascript://kommune.no/%0Awindow.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  'DATA:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example/x',
  'https://kommune.no@evil.example/',
];

/** The schemes a link may have; anything else in an `href` is a defect. */
export const ALLOWED_SCHEMES: readonly string[] = ['https:', 'http:', 'mailto:', 'tel:'];

/**
 * The tags no framework or assessment text may ever turn into. The elements' own forms carry
 * `data-mv-form`, and the radar legend's line pictures `data-mv-swatch` (text goes in as text,
 * so no payload can add those attributes); any other form or svg in a shadow root was injected.
 */
const INJECTED_TAGS = 'img, script, svg:not([data-mv-swatch]), iframe, object, embed, math, link, meta, base, form:not([data-mv-form]), frame, frameset';

/** Resets the trap before a test. */
export function armTrap(): void {
  delete window.__pwned;
}

/**
 * Everything that shows a payload had an effect, under `root` and in its shadow roots: the
 * trap, injected elements, event-handler attributes, and links with a refused scheme.
 * An empty list means nothing happened.
 */
export function injectionEvidence(root: Document | Element = document): string[] {
  const found: string[] = [];
  if (window.__pwned !== undefined) found.push(`window.__pwned was set to ${String(window.__pwned)}`);
  // Our elements render only into their shadow roots; the document's own tree (the test
  // runner's scripts and styles, an inline framework's JSON script) is not theirs.
  const inShadow = (element: Element) => element.getRootNode() instanceof ShadowRoot;
  for (const element of deepQueryAll(root, INJECTED_TAGS).filter(inShadow)) {
    found.push(`injected <${element.localName}> in ${describeRoot(element)}`);
  }
  for (const element of deepQueryAll(root, '*').filter(inShadow)) {
    for (const attribute of Array.from(element.attributes)) {
      if (/^on/i.test(attribute.name)) found.push(`<${element.localName} ${attribute.name}> in ${describeRoot(element)}`);
    }
  }
  for (const link of deepQueryAll<HTMLAnchorElement>(root, 'a[href], area[href]').filter(inShadow)) {
    if (!ALLOWED_SCHEMES.includes(link.protocol)) found.push(`link with scheme ${link.protocol}: ${link.getAttribute('href')}`);
  }
  return found;
}

function describeRoot(element: Element): string {
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? `the shadow root of <${root.host.localName}>` : 'the document';
}

/** A payload for a field, marked with the field's name so the test can find it on screen. */
export function payloadFor(field: string, index: number): string {
  return `${MARKUP_PAYLOADS[index % MARKUP_PAYLOADS.length]} [${field}]`;
}

/**
 * A valid framework whose every text is hostile: titles, short names, descriptions, help,
 * level labels and descriptions, owner, contact unit and name, guidance. Links are valid, so
 * the framework is usable and every text is drawn. Returns the raw JSON value (as a
 * kommune's file would hold it) and the texts each field holds.
 */
export function hostileFrameworkJson(): { json: Record<string, unknown>; texts: Record<string, string> } {
  const texts: Record<string, string> = {};
  let next = 0;
  const text = (field: string) => {
    const value = payloadFor(field, next++);
    texts[field] = value;
    return value;
  };
  const level = (scale: string, value: number) => ({
    value,
    label: text(`${scale}.level${value}.label`),
    description: text(`${scale}.level${value}.description`),
  });
  const dimension = (id: string) => ({
    id,
    title: { nb: text(`${id}.title`), nn: 'nn', en: 'en' },
    short: text(`${id}.short`),
    description: text(`${id}.description`),
    target: 60,
    contact: {
      unit: text(`${id}.contact.unit`),
      name: text(`${id}.contact.name`),
      email: `${id}@kommune.example`,
      phone: '+47 12 34 56 78',
      url: `https://kommune.example/${id}?q=<script>`,
    },
    criteria: [
      { id: `${id}-a`, title: text(`${id}-a.title`), help: text(`${id}-a.help`) },
      { id: `${id}-b`, title: text(`${id}-b.title`), help: text(`${id}-b.help`) },
    ],
  });
  const json = {
    format: 'merverdi-framework',
    version: 1,
    id: 'hostile',
    revision: '2026-<b>',
    title: text('title'),
    description: text('description'),
    owner: { name: text('owner.name'), kommunenummer: '4601', url: 'https://kommune.example/' },
    scale: { levels: [level('scale', 0), level('scale', 1), level('scale', 2)] },
    dimensions: [dimension('one'), dimension('two'), dimension('three')],
    guidance: [
      { when: { dimension: 'one', below: 101 }, text: text('guidance.one') },
      { when: { dimension: 'two', atLeast: 0 }, text: { nb: text('guidance.two'), en: 'en' } },
    ],
  };
  return { json, texts };
}

/** The hostile framework, validated (it has no errors: its texts are only text). */
export function hostileFramework(): { framework: Framework; texts: Record<string, string> } {
  const { json, texts } = hostileFrameworkJson();
  const { framework, problems } = parseFramework(json);
  if (!framework) throw new Error(`the hostile framework should be valid: ${JSON.stringify(problems)}`);
  return { framework, texts };
}

/** Containers made by {@link container}, removed by {@link removeContainers}. */
const containers: HTMLElement[] = [];

/**
 * An empty `<div>` in the document for a test to put elements in. Used instead of the test
 * library's `fixture` for plain elements, which waits for an animation frame: the test
 * runner's tabs run in the background, where animation frames do not come.
 */
export function container(): HTMLDivElement {
  const div = document.createElement('div');
  document.body.append(div);
  containers.push(div);
  return div;
}

/** Removes every container made so far (after each test). */
export function removeContainers(): void {
  for (const div of containers.splice(0)) div.remove();
}

/**
 * Each test of the suite starts with the trap armed and no stored drafts, and leaves no
 * container or draft behind.
 */
export function cleanSlatePerTest(): void {
  beforeEach(() => {
    localStorage.clear();
    armTrap();
  });
  afterEach(() => {
    removeContainers();
    localStorage.clear();
  });
}
