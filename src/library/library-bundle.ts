import { parseAssessment } from '../assessment/parse-assessment.js';
import type { Assessment } from '../assessment/types.js';
import type { Framework } from '../framework/types.js';
import { isObject, own } from '../problems/json-reader.js';
import type { Problem } from '../problems/problem.js';

/**
 * The file "export all" writes: every assessment of a library in one JSON document.
 *
 * ```json
 * { "format": "merverdi-library", "version": 1, "exportedAt": "2026-03-01T10:00:00.000Z",
 *   "assessments": [ { "format": "merverdi-assessment", "version": 1, … }, … ] }
 * ```
 *
 * Each item is a complete assessment document, format version 1, exactly as a single
 * downloaded assessment file would hold it, so a tool that reads assessments can read a
 * bundle by taking `assessments`. Import accepts a bundle, a plain JSON array of
 * assessments, or one assessment.
 */
export interface LibraryBundle {
  format: 'merverdi-library';
  version: 1;
  /** When the bundle was written, ISO 8601. */
  exportedAt: string;
  assessments: Assessment[];
}

/** Wraps assessments in a library bundle. */
export function createBundle(assessments: readonly Assessment[], now: Date = new Date()): LibraryBundle {
  return { format: 'merverdi-library', version: 1, exportedAt: now.toISOString(), assessments: [...assessments] };
}

/** One assessment document read from an imported file, checked against the framework. */
export interface ReadDocument {
  /** The file it came from. */
  fileName: string;
  /** Its position (1-based) when the file held several; absent for a single assessment. */
  item?: number;
  /** The checked, re-scored assessment; absent when a problem is an error. */
  assessment?: Assessment;
  /** Everything found, errors and warnings (an error explains why it was rejected). */
  problems: Problem[];
}

/** Most assessments read from one file: a hostile file could otherwise fill the store. */
export const MAX_ASSESSMENTS_PER_FILE = 1000;

/**
 * Largest library file read, in bytes: a thousand assessments with long justifications stay
 * well below it, while a huge file would freeze the page while it is parsed and checked.
 */
export const MAX_LIBRARY_FILE_BYTES = 20 * 1024 * 1024;

/**
 * Refuses a file larger than {@link MAX_LIBRARY_FILE_BYTES} before it is read (pass the
 * file's size) or parsed (pass its text's length: each UTF-16 unit is at least one byte).
 */
export function checkLibraryFileSize(fileName: string, bytes: number): ReadDocument | undefined {
  if (bytes <= MAX_LIBRARY_FILE_BYTES) return undefined;
  return { fileName, problems: [fileProblem('file-too-big', libraryFileTooBig(bytes, MAX_LIBRARY_FILE_BYTES))] };
}

/**
 * Reads the content of one imported file: a library bundle, an array of assessments or a
 * single assessment. Every assessment is checked with {@link parseAssessment} against the
 * framework; a file that is not JSON, or not any of those shapes, yields one rejected
 * document explaining why. Never throws.
 */
export function readImportFile(fileName: string, content: string, framework: Framework): ReadDocument[] {
  const tooBig = checkLibraryFileSize(fileName, content.length);
  if (tooBig) return [tooBig];
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch {
    return [{ fileName, problems: [fileProblem('not-json', notJson())] }];
  }
  let items: unknown[];
  let path = '';
  if (Array.isArray(value)) {
    items = value;
  } else if (isObject(value) && own(value, 'format') === 'merverdi-library') {
    if (own(value, 'version') !== 1) {
      return [{ fileName, problems: [fileProblem('unknown-version', unknownLibraryVersion(), 'version')] }];
    }
    const list = own(value, 'assessments');
    if (!Array.isArray(list)) {
      return [{ fileName, problems: [fileProblem('wrong-type', notAList(), 'assessments')] }];
    }
    items = list;
    path = 'assessments';
  } else {
    return [{ fileName, ...checked(value, framework) }];
  }
  if (items.length === 0) return [{ fileName, problems: [fileProblem('empty-file', emptyFile(), path)] }];
  return items.slice(0, MAX_ASSESSMENTS_PER_FILE).map((item, index) => {
    const result = checked(item, framework);
    // Paths inside one item are made relative to the file, so the user can find them.
    const prefix = path === '' ? `[${index}]` : `${path}[${index}]`;
    const problems = result.problems.map((problem) => ({
      ...problem,
      path: problem.path === '' ? prefix : problem.path.startsWith('[') ? `${prefix}${problem.path}` : `${prefix}.${problem.path}`,
    }));
    return { fileName, item: index + 1, ...(result.assessment ? { assessment: result.assessment } : {}), problems };
  });
}

function checked(value: unknown, framework: Framework): { assessment?: Assessment; problems: Problem[] } {
  const result = parseAssessment(value, framework);
  return result.assessment ? { assessment: result.assessment, problems: result.problems } : { problems: result.problems };
}

function fileProblem(code: string, message: Problem['message'], path = ''): Problem {
  return { code, severity: 'error', path, message };
}

function notJson(): Problem['message'] {
  return {
    nb: 'Filen er ikke gyldig JSON, så den kan ikke være en vurdering fra merverdi.',
    nn: 'Fila er ikkje gyldig JSON, så ho kan ikkje vere ei vurdering frå merverdi.',
    en: 'The file is not valid JSON, so it cannot be a merverdi assessment.',
  };
}

function unknownLibraryVersion(): Problem['message'] {
  return {
    nb: 'Filen er et vurderingsbibliotek i en versjon dette verktøyet ikke kjenner (bare versjon 1 kan leses).',
    nn: 'Fila er eit vurderingsbibliotek i ein versjon dette verktøyet ikkje kjenner (berre versjon 1 kan lesast).',
    en: 'The file is an assessment library in a version this tool does not know (only version 1 can be read).',
  };
}

function notAList(): Problem['message'] {
  return {
    nb: 'Feltet «assessments» må være en liste med vurderinger.',
    nn: 'Feltet «assessments» må vere ei liste med vurderingar.',
    en: 'The field "assessments" must be a list of assessments.',
  };
}

function emptyFile(): Problem['message'] {
  return {
    nb: 'Filen inneholder ingen vurderinger.',
    nn: 'Fila inneheld ingen vurderingar.',
    en: 'The file holds no assessments.',
  };
}

/** Megabytes for people, one decimal, with a decimal comma in nb and nn. */
function megabytes(bytes: number, lang: 'nb' | 'nn' | 'en'): string {
  const value = String(Math.round((bytes / (1024 * 1024)) * 10) / 10);
  return `${lang === 'en' ? value : value.replace('.', ',')} MB`;
}

function libraryFileTooBig(bytes: number, max: number): Problem['message'] {
  return {
    nb: `Filen er for stor (${megabytes(bytes, 'nb')}) og er ikke lest inn; en fil kan være opptil ${megabytes(max, 'nb')}. Del biblioteket i flere filer.`,
    nn: `Fila er for stor (${megabytes(bytes, 'nn')}) og er ikkje lesen inn; ei fil kan vere opptil ${megabytes(max, 'nn')}. Del biblioteket i fleire filer.`,
    en: `The file is too big (${megabytes(bytes, 'en')}) and was not read; a file can be up to ${megabytes(max, 'en')}. Split the library into several files.`,
  };
}
