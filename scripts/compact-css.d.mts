import type { Plugin } from 'vite';

/** Takes comments and indentation out of Lit `css` template literals in the build. */
export function compactCss(): Plugin;
/** Compacts the static strings of one `css` template; the number of strings never changes. */
export function compactCssTemplate(strings: readonly string[]): string[];
/** The edits that compact every `css` tagged template of one module. */
export function compactCssModule(code: string, file: string): { start: number; end: number; text: string }[];
