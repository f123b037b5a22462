/**
 * One workbook checked by `green-audit verify`: read (src/xlsx/readXlsxFile: a regular file, every limit) and
 * reviewed (docs/review-codes.md). The same work in the main thread and in a worker thread (verifyWorker.ts).
 */
import { reviewWorkbook, type ReviewReport } from "../domain/review";
import { readXlsxFile } from "../xlsx/readXlsxFile";
import type { Text } from "../domain/text";
import { UnreadableWorkbook, type UnreadableCode } from "../xlsx/unreadable";

/** A file that could not be read: why, as a code and in both languages (src/xlsx/unreadable.ts). */
export interface Unreadable {
  readonly code: UnreadableCode;
  readonly words: Text;
}

export type FileResult =
  { readonly file: string; readonly report: ReviewReport } | { readonly file: string; readonly unreadable: Unreadable };

/** Only a file that cannot be read is unreadable; a failure of the review itself is its `review-incomplete` finding. */
export function verifyFile(file: string): FileResult {
  let snapshot;
  try {
    snapshot = readXlsxFile(file);
  } catch (error) {
    if (error instanceof UnreadableWorkbook) return { file, unreadable: { code: error.code, words: error.words } };
    const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return {
      file,
      // the program's own message is English: the Chinese line says what happened without it
      unreadable: { code: "cannot-open", words: { zh: "无法读取：读取时发生内部错误", en: `cannot read: ${detail}` } },
    };
  }
  return { file, report: reviewWorkbook(snapshot) };
}
