/**
 * An undo/redo history of immutable states. Pure: every function returns a new history.
 *
 * Typing a word should undo as one step, not one letter at a time, so consecutive edits
 * that share a `coalesceKey` (say, the path of the field being typed in) within
 * {@link COALESCE_MS} of each other replace the newest state instead of adding one.
 */
export interface EditHistory<T> {
  /** Earlier states, oldest first. */
  readonly past: readonly T[];
  /** The state now shown. */
  readonly present: T;
  /** States undone, the next one to redo first. */
  readonly future: readonly T[];
  /** The coalescing key of the edit that made `present`, if any. */
  readonly lastKey?: string;
  /** When that edit was made (milliseconds). */
  readonly lastAt?: number;
}

/** How close in time two edits of the same field must be to count as one undo step. */
export const COALESCE_MS = 1000;

/** Most undo steps kept; the oldest are forgotten beyond this. */
export const HISTORY_LIMIT = 200;

/** A history with one state and nothing to undo or redo. */
export function startHistory<T>(present: T): EditHistory<T> {
  return { past: [], present, future: [] };
}

/** Options for {@link record}. */
export interface RecordOptions {
  /** Edits with the same key close in time merge into one undo step. */
  coalesceKey?: string;
  /** The time of the edit in milliseconds (for tests and replay); defaults to now. */
  now?: number;
}

/** Records a new state. Clears the redo list, as any editor does after a fresh edit. */
export function record<T>(history: EditHistory<T>, next: T, options: RecordOptions = {}): EditHistory<T> {
  if (next === history.present) return history;
  const now = options.now ?? Date.now();
  const key = options.coalesceKey;
  const merge =
    key !== undefined &&
    key === history.lastKey &&
    history.lastAt !== undefined &&
    now - history.lastAt < COALESCE_MS &&
    history.past.length > 0;
  const past = merge ? history.past : [...history.past, history.present].slice(-HISTORY_LIMIT);
  return key === undefined ? { past, present: next, future: [] } : { past, present: next, future: [], lastKey: key, lastAt: now };
}

/** Whether there is a state to go back to. */
export function canUndo<T>(history: EditHistory<T>): boolean {
  return history.past.length > 0;
}

/** Whether there is an undone state to go forward to. */
export function canRedo<T>(history: EditHistory<T>): boolean {
  return history.future.length > 0;
}

/** Goes back one step; unchanged when there is nothing to undo. */
export function undo<T>(history: EditHistory<T>): EditHistory<T> {
  const previous = history.past[history.past.length - 1];
  if (history.past.length === 0) return history;
  return { past: history.past.slice(0, -1), present: previous as T, future: [history.present, ...history.future] };
}

/** Goes forward one step; unchanged when there is nothing to redo. */
export function redo<T>(history: EditHistory<T>): EditHistory<T> {
  if (history.future.length === 0) return history;
  const [next, ...rest] = history.future;
  return { past: [...history.past, history.present], present: next as T, future: rest };
}
