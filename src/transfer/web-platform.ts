/**
 * The few web-platform globals the transfer modules use, which every browser and Node 20
 * provide: declared here with just the parts we call, because the core is compiled without
 * the DOM or Node type libraries (it must not lean on anything else of either).
 */

/** A chunk read from a byte stream. */
export interface ByteChunk {
  done: boolean;
  value?: Uint8Array;
}

/** The reading end of a byte stream. */
export interface ByteReader {
  read(): Promise<ByteChunk>;
  cancel(reason?: unknown): Promise<void>;
}

/** The writing end of a byte stream. */
export interface ByteWriter {
  write(chunk: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

/** A compression or decompression transform, as `CompressionStream` gives it. */
export interface ByteTransform {
  readonly readable: { getReader(): ByteReader };
  readonly writable: { getWriter(): ByteWriter };
}

/** The constructor of `CompressionStream` or `DecompressionStream`. */
export type ByteTransformConstructor = new (format: 'deflate-raw') => ByteTransform;

/** The parts of a `fetch` response a submission reads. */
export interface FetchResponse {
  readonly status: number;
  text(): Promise<string>;
}

/** The parts of `fetch`'s options a submission uses. */
export interface FetchInit {
  method: string;
  headers: Record<string, string>;
  body: string;
  signal: unknown;
  credentials?: 'omit' | 'same-origin' | 'include';
  redirect?: 'follow' | 'error' | 'manual';
}

/** `fetch`, as far as a submission needs it. */
export type Fetch = (url: string, init: FetchInit) => Promise<FetchResponse>;

/** `AbortController`, as far as a time-out needs it. */
export interface Abort {
  readonly signal: unknown;
  abort(): void;
}

interface TextEncoderLike {
  encode(text: string): Uint8Array;
}
interface TextDecoderLike {
  decode(bytes: Uint8Array): string;
}

/** The global object, looked up at call time so a missing feature is a value, not a crash. */
const platform = globalThis as unknown as {
  CompressionStream?: ByteTransformConstructor;
  DecompressionStream?: ByteTransformConstructor;
  TextEncoder: new () => TextEncoderLike;
  TextDecoder: new (label: string, options: { fatal: boolean }) => TextDecoderLike;
  fetch?: Fetch;
  AbortController: new () => Abort;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
};

/** `CompressionStream`, or `undefined` in a runtime without it. */
export function compressionStream(): ByteTransformConstructor | undefined {
  return platform.CompressionStream;
}

/** `DecompressionStream`, or `undefined` in a runtime without it. */
export function decompressionStream(): ByteTransformConstructor | undefined {
  return platform.DecompressionStream;
}

/** UTF-8 bytes of a string. */
export function utf8Encode(text: string): Uint8Array {
  return new platform.TextEncoder().encode(text);
}

/** A string from UTF-8 bytes; `undefined` when the bytes are not valid UTF-8. */
export function utf8Decode(bytes: Uint8Array): string | undefined {
  try {
    return new platform.TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The global `fetch`, or `undefined` where there is none. */
export function globalFetch(): Fetch | undefined {
  return platform.fetch?.bind(globalThis);
}

/** A new `AbortController`. */
export function abortController(): Abort {
  return new platform.AbortController();
}

/** Calls `callback` after `ms` milliseconds; returns a function that cancels it. */
export function later(callback: () => void, ms: number): () => void {
  const handle = platform.setTimeout(callback, ms);
  return () => platform.clearTimeout(handle);
}
