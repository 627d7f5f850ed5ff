import { LANGS, type Lang } from '../text/lang.js';
import { safeUrl } from '../text/safe-url.js';
import type { Text } from '../text/text.js';
import { childPath } from './json-path.js';
import type { CommonMessages, ProblemList } from './problem-list.js';

/**
 * Small readers for untrusted JSON. Each reads one value, records what is wrong with it in a
 * {@link ProblemList} (as a function that writes the message, so that the texts load only
 * when someone reads them), and returns a clean copy (or `undefined`). They never throw and never
 * follow prototypes: only a value's own properties count, so keys such as `__proto__` or
 * `constructor` are plain, harmless data.
 */

/** A JSON object as read from untrusted input. */
export type JsonObject = Record<string, unknown>;

/** Whether a value is a non-null, non-array object. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value's own property, never an inherited one. */
export function own(object: JsonObject, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

/** Whether a field is present (as an own property that is not `undefined`). */
export function has(object: JsonObject, key: string): boolean {
  return own(object, key) !== undefined;
}

/**
 * Keys any document may carry without a warning: `$schema` lets editors find the JSON
 * Schema that ships with the package.
 */
const ALWAYS_ALLOWED: readonly string[] = ['$schema'];

/** Warns about every own key that the format does not define. */
export function warnUnknownFields<M extends CommonMessages>(
  problems: ProblemList<M>,
  object: JsonObject,
  path: string,
  known: readonly string[],
): void {
  for (const key of Object.keys(object)) {
    if (!known.includes(key) && !ALWAYS_ALLOWED.includes(key)) problems.warning('unknown-field', childPath(path, key), (say) => say.unknownField(key));
  }
}

/** Options shared by the readers. */
export interface ReadOptions {
  /** Report `missing-field` when absent (or empty). */
  required?: boolean;
  /** Longest string accepted. */
  maxLength: number;
}

/** The last segment of a path, for naming the field in a message. */
function fieldName(path: string): string {
  const match = /([^.[\]"]+)"?\]?$/.exec(path);
  return match?.[1] ?? path;
}

/**
 * Reads a string. Absent or empty (only whitespace) counts as missing; `undefined` is returned
 * for anything wrong.
 */
export function readString<M extends CommonMessages>(
  problems: ProblemList<M>,
  value: unknown,
  path: string,
  options: ReadOptions,
): string | undefined {
  if (value === undefined || (typeof value === 'string' && value.trim() === '')) {
    if (options.required) problems.error('missing-field', path, (say) => say.missingField(fieldName(path)));
    return undefined;
  }
  if (typeof value !== 'string') {
    problems.error('wrong-type', path, (say) => say.wrongType('string'));
    return undefined;
  }
  if (value.length > options.maxLength) {
    problems.error('too-long', path, (say) => say.tooLong(value.length, options.maxLength));
    return undefined;
  }
  return value;
}

/** Reads an optional boolean. */
export function readBoolean<M extends CommonMessages>(problems: ProblemList<M>, value: unknown, path: string): boolean | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') {
    problems.error('wrong-type', path, (say) => say.wrongType('boolean'));
    return undefined;
  }
  return value;
}

/** Reads a finite number; `NaN` and infinities are not JSON numbers and are refused. */
export function readNumber<M extends CommonMessages>(
  problems: ProblemList<M>,
  value: unknown,
  path: string,
  required = false,
): number | undefined {
  if (value === undefined) {
    if (required) problems.error('missing-field', path, (say) => say.missingField(fieldName(path)));
    return undefined;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    problems.error('wrong-type', path, (say) => say.wrongType('number'));
    return undefined;
  }
  return value;
}

/**
 * Reads a {@link Text}: a string, or an object with `nb`, `nn` and/or `en`. A text that has
 * no usable language is an error when required and dropped when optional; a translated text
 * that lacks one of our languages gets a `missing-translation` warning.
 */
export function readText<M extends CommonMessages>(
  problems: ProblemList<M>,
  value: unknown,
  path: string,
  options: ReadOptions,
): Text | undefined {
  if (value === undefined) {
    if (options.required) problems.error('missing-field', path, (say) => say.missingField(fieldName(path)));
    return undefined;
  }
  if (typeof value === 'string') {
    if (value.trim() === '') {
      if (options.required) problems.error('text-without-language', path, (say) => say.textWithoutLanguage());
      return undefined;
    }
    if (value.length > options.maxLength) {
      problems.error('too-long', path, (say) => say.tooLong(value.length, options.maxLength));
      return undefined;
    }
    return value;
  }
  if (!isObject(value)) {
    problems.error('wrong-type', path, (say) => say.wrongType('text'));
    return undefined;
  }
  warnUnknownFields(problems, value, path, LANGS);
  const text: Partial<Record<Lang, string>> = {};
  let broken = false;
  for (const lang of LANGS) {
    const translation = own(value, lang);
    if (translation === undefined) continue;
    const langPath = childPath(path, lang);
    if (typeof translation !== 'string') {
      problems.error('wrong-type', langPath, (say) => say.wrongType('string'));
      broken = true;
    } else if (translation.length > options.maxLength) {
      problems.error('too-long', langPath, (say) => say.tooLong(translation.length, options.maxLength));
      broken = true;
    } else if (translation.trim() !== '') {
      text[lang] = translation;
    }
  }
  const present = LANGS.filter((lang) => text[lang] !== undefined);
  if (present.length === 0) {
    // A broken translation was reported already; an empty optional text is simply absent.
    if (!broken && options.required) problems.error('text-without-language', path, (say) => say.textWithoutLanguage());
    return undefined;
  }
  const missing = LANGS.filter((lang) => text[lang] === undefined);
  if (missing.length > 0 && !broken) {
    problems.warning('missing-translation', path, (say) => say.missingTranslation(missing));
  }
  return text;
}

/** Reads an optional link, accepting only `https:` and `http:`; returns the normalised href. */
export function readWebUrl<M extends CommonMessages>(
  problems: ProblemList<M>,
  value: unknown,
  path: string,
  maxLength: number,
): string | undefined {
  const raw = readString(problems, value, path, { maxLength });
  if (raw === undefined) return undefined;
  const href = safeUrl(raw, ['https:', 'http:']);
  if (href === undefined) problems.error('unsafe-url', path, (say) => say.unsafeUrl(raw));
  return href;
}

/**
 * A copy of `object` without its `undefined` fields, keeping key order. Lets a reader build
 * its result in one literal, in contract order, without a line per optional field.
 */
export function withoutUndefined<T extends object>(object: T): T {
  const copy = {} as T;
  for (const key of Object.keys(object) as (keyof T)[]) {
    if (object[key] !== undefined) copy[key] = object[key];
  }
  return copy;
}
