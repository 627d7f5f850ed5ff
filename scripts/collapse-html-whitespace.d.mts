import type { Plugin } from 'vite';

/** Collapses the indentation inside Lit `html` template literals in the build. */
export function collapseHtmlWhitespace(): Plugin;
/** Collapses whitespace in the static strings of one template; the number of strings never changes. */
export function collapseTemplate(strings: readonly string[]): string[];
/** The edits that collapse whitespace in every `html` tagged template of one module. */
export function collapseModule(code: string, file: string): { start: number; end: number; text: string }[];
/** Applies non-overlapping edits to a module's code, with a source map of the unchanged stretches. */
export function applyEdits(
  code: string,
  edits: { start: number; end: number; text: string }[],
  file: string,
): { code: string; map: { version: number; sources: string[]; sourcesContent: string[]; names: string[]; mappings: string } };
/** Edits to the static strings of every template tagged `tag` in one module, as `change` returns them. */
export function editTaggedTemplates(
  code: string,
  file: string,
  tag: string,
  change: (strings: string[]) => string[],
): { start: number; end: number; text: string }[];
