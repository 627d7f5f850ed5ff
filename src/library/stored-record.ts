import type { Assessment } from '../assessment/types.js';

/**
 * Checks what the library reads back from the browser's storage. IndexedDB is shared by every
 * script of the site's origin, so a record may have been written by another script, an older
 * version, or a hand in the developer tools: each is checked on read, and one bad record is
 * skipped and reported instead of making the whole list fail.
 *
 * The check is of shape only: the assessment was checked against its framework when it was
 * saved or imported, and is re-scored wherever it is shown.
 */

/** Why a stored record could not be used. */
export type DamagedReason = 'not-a-record' | 'no-id' | 'no-assessment';

/** A record that was skipped, with its id where it had one. */
export interface DamagedRecord {
  id?: string;
  reason: DamagedReason;
}

/** Whether a value is a plain object (not null, not an array). */
function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isScore = (value: unknown): boolean => value === null || (typeof value === 'number' && Number.isFinite(value));

/** Whether a stored value has the shape of an assessment document that the library can list and open. */
export function isStoredAssessment(value: unknown): value is Assessment {
  if (!isObject(value)) return false;
  const { framework, offer, answers, scores } = value;
  return (
    value['format'] === 'merverdi-assessment' &&
    value['version'] === 1 &&
    (value['mode'] === 'self' || value['mode'] === 'official') &&
    isObject(framework) &&
    isString(framework['id']) &&
    isObject(offer) &&
    Object.values(offer).every((field) => field === undefined || isString(field)) &&
    isObject(answers) &&
    Object.values(answers).every(isObject) &&
    isObject(scores) &&
    isScore(scores['overall']) &&
    isObject(scores['dimensions']) &&
    typeof value['completeness'] === 'number' &&
    isString(value['createdAt']) &&
    isString(value['updatedAt'])
  );
}

/**
 * Splits what storage returned into records the library can use and damaged ones.
 * `isRecord` checks the library's own envelope (id, save time).
 */
export function partitionStored<T extends { id: string; assessment: Assessment }>(
  values: readonly unknown[],
  isEnvelope: (value: Record<string, unknown>) => boolean,
): { usable: T[]; damaged: DamagedRecord[] } {
  const usable: T[] = [];
  const damaged: DamagedRecord[] = [];
  for (const value of values) {
    if (!isObject(value)) {
      damaged.push({ reason: 'not-a-record' });
    } else if (!isString(value['id']) || value['id'] === '') {
      damaged.push({ reason: 'no-id' });
    } else if (!isEnvelope(value) || !isStoredAssessment(value['assessment'])) {
      damaged.push({ id: value['id'], reason: 'no-assessment' });
    } else {
      usable.push(value as unknown as T);
    }
  }
  return { usable, damaged };
}
