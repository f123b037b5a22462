/**
 * One returned enterprise workbook read for `green-audit merge` (docs/enterprises.md "Merging"): through the
 * bounded fast reader, only the sheets the workbook's names point at, and only its figures kept — in this thread
 * or in a worker (mergeWorker.ts), the answer is the same.
 */
import { readReturn, type ReadReturn } from "../domain/enterprise/readReturn";
import { readXlsxFile } from "../xlsx/readXlsxFile";
import { UnreadableWorkbook } from "../xlsx/unreadable";

export function readEnterpriseFile(path: string): ReadReturn {
  try {
    return readReturn(readXlsxFile(path));
  } catch (error) {
    if (!(error instanceof UnreadableWorkbook)) throw error;
    return { ok: false, why: { zh: `无法读取：${error.words.zh}`, en: `cannot be read: ${error.message}` } };
  }
}
