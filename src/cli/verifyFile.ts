/**
 * One workbook checked by `green-audit verify`: read (src/xlsx/readXlsxFile: a regular file, every limit) and
 * reviewed (docs/review-codes.md). The same work in the main thread and in a worker thread (verifyWorker.ts).
 */
import { reviewWorkbook, type ReviewReport } from "../domain/review";
import { readXlsx } from "../xlsx/fastSnapshot";
import { READ_LIMITS } from "../xlsx/readLimits";
import { openXlsxFile } from "../xlsx/readXlsxFile";
import type { Text } from "../domain/text";
import { UnreadableWorkbook, type UnreadableCode } from "../xlsx/unreadable";
import type { XlsxZip } from "../xlsx/zip";

/** A file that could not be read: why, as a code and in both languages (src/xlsx/unreadable.ts). */
export interface Unreadable {
  readonly code: UnreadableCode;
  readonly words: Text;
}

export type FileResult =
  { readonly file: string; readonly report: ReviewReport } | { readonly file: string; readonly unreadable: Unreadable };

function unreadable(file: string, error: unknown): FileResult {
  if (error instanceof UnreadableWorkbook) return { file, unreadable: { code: error.code, words: error.words } };
  const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
  return {
    file,
    // the program's own message is English: the Chinese line says what happened without it
    unreadable: { code: "cannot-open", words: { zh: "无法读取：读取时发生内部错误", en: `cannot read: ${detail}` } },
  };
}

/** The file opened as a zip, or why it cannot be read. */
function open(file: string): XlsxZip | FileResult {
  try {
    return openXlsxFile(file);
  } catch (error) {
    return unreadable(file, error);
  }
}

/** The sheets the review needs read from the opened zip, and reviewed. */
function check(file: string, zip: XlsxZip): FileResult {
  let snapshot;
  try {
    snapshot = readXlsx(zip, READ_LIMITS, { sheets: "review" });
  } catch (error) {
    return unreadable(file, error);
  }
  return { file, report: reviewWorkbook(snapshot) };
}

/** Only a file that cannot be read is unreadable; a failure of the review itself is its `review-incomplete` finding. */
export function verifyFile(file: string): FileResult {
  const zip = open(file);
  return "file" in zip ? zip : check(file, zip);
}

/**
 * verifyFile for a workbook whose zip declares at most `declaredBytes` uncompressed in all; a larger one is left
 * unchecked (undefined) as soon as its central directory is read, nothing of it inflated.
 */
export function verifyFileWithin(file: string, declaredBytes: number): FileResult | undefined {
  const zip = open(file);
  if ("file" in zip) return zip;
  return zip.declaredBytes > declaredBytes ? undefined : check(file, zip);
}
