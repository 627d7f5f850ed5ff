import type { Framework } from '../../../src/framework/types.js';
import type { ImportResult } from '../../../src/transfer/import-file.js';

/**
 * Reads an assessment file the user chose or dropped, and checks it against the framework:
 * too large, unreadable, not JSON and not an assessment all come back as problems, never as a
 * throw. The importer is fetched on first use; that fetch may fail offline, which the caller
 * reports.
 */
export async function openAssessmentFile(file: File, framework: Framework): Promise<ImportResult> {
  const { checkImportSize, importAssessment } = await import('../../../src/transfer/import-file.js');
  const tooLarge = checkImportSize(file.size);
  if (tooLarge) return tooLarge;
  let text: string;
  try {
    text = await file.text();
  } catch {
    // A file that cannot be read is reported as one that is not JSON.
    text = '\u0000';
  }
  return importAssessment(text, framework);
}
