// Raw, gzip -9 and brotli q11 sizes: what a page must download, compressed the way a
// well-configured server would serve it. The size budget (scripts/size.mjs) and the
// benchmark (bench/) measure with this one function, so their figures agree.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Sizes of one file, in bytes. */
export function fileSize(file) {
  const bytes = readFileSync(file);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
}

/** The sum of several files' sizes. */
export function totalSize(sizes) {
  return sizes.reduce(
    (total, size) => ({ raw: total.raw + size.raw, gzip: total.gzip + size.gzip, brotli: total.brotli + size.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
}
