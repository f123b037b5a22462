/**
 * Reading a submitted .xlsx safely — the one reader of every place that opens a user's workbook (the
 * command line's `verify`, the pane's file mode): explicit limits against zip bombs and huge sheets,
 * checked on the zip's central directory BEFORE anything is inflated (zip.ts), then while the sheets the
 * review needs are read (fastSnapshot.ts). Every refusal is an UnreadableWorkbook whose message is one line
 * saying why. docs/review-codes.md lists the limits.
 */
import type { WorkbookSnapshot } from "../domain/review/snapshot";
import { readXlsx, type ReadOptions } from "./fastSnapshot";
import { READ_LIMITS, type ReadLimits } from "./readLimits";
import { UnreadableWorkbook } from "./unreadable";
import { XlsxZip } from "./zip";

export { READ_LIMITS, UnreadableWorkbook };
export type { ReadLimits, ReadOptions };

/** Refuses what is not a plain, reasonably sized .xlsx zip; throws UnreadableWorkbook with the reason. */
export function checkXlsxBytes(bytes: Uint8Array, limits: ReadLimits = READ_LIMITS): void {
  new XlsxZip(bytes, limits);
}

/**
 * Bytes of an .xlsx → a WorkbookSnapshot of the sheets the review reads (or of every sheet), within the
 * limits; throws UnreadableWorkbook with a one-line reason.
 */
export function readWorkbookSync(
  bytes: Uint8Array,
  limits: ReadLimits = READ_LIMITS,
  options: ReadOptions = { sheets: "review" },
): WorkbookSnapshot {
  return readXlsx(new XlsxZip(bytes, limits), limits, options);
}

export async function readWorkbookBytes(
  bytes: Uint8Array,
  limits: ReadLimits = READ_LIMITS,
  options: ReadOptions = { sheets: "review" },
): Promise<WorkbookSnapshot> {
  return readWorkbookSync(bytes, limits, options);
}
