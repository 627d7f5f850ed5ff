// The benchmark measures sizes as the size budget does: one function for both.
export { fileSize, totalSize } from '../../scripts/file-size.mjs';
