import { serializeAssessment } from '../../../src/assessment/serialize-assessment.js';
import type { Assessment } from '../../../src/assessment/types.js';
import type { Framework } from '../../../src/framework/types.js';
import type { Lang } from '../../../src/text/lang.js';
import { downloadName } from '../file-name.js';

/** A file ready to hand to the user. */
export interface ExportedFile {
  name: string;
  content: string;
  type: string;
}

/**
 * The assessment as a file to download: the JSON document, or a CSV for a spreadsheet. The
 * CSV writer is imported on first use, so it is not part of the widget's start-up download;
 * that import may fail offline, which the caller reports.
 */
export async function exportFile(
  kind: 'json' | 'csv',
  framework: Framework,
  assessment: Assessment,
  lang: Lang,
): Promise<ExportedFile> {
  const name = downloadName(assessment.offer.title, new Date(), kind);
  if (kind === 'json') return { name, content: serializeAssessment(assessment), type: 'application/json' };
  const { assessmentCsv, CSV_MEDIA_TYPE } = await import('../../../src/transfer/assessment-csv.js');
  return { name, content: assessmentCsv(framework, assessment, lang), type: CSV_MEDIA_TYPE };
}
