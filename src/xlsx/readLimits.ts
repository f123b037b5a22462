/**
 * The limits every reading of a user's .xlsx keeps — the command line's `verify` and the pane's file mode
 * alike (docs/review-codes.md states them). The zip limits hold for the whole file before anything is
 * inflated; the sheet limits hold for the sheets the review reads and for the product's defined names.
 */
import { REVIEW_LIMITS } from "../domain/review/limits";
import type { ZipLimits } from "./zip";

export interface SheetLimits {
  /** rows of one sheet read (its last row number) */
  readonly rows: number;
  /** columns of one sheet read (its last column number) */
  readonly columns: number;
  /** cells kept over all the sheets read, and cells of one defined name's area */
  readonly cells: number;
  /** characters of one formula: Excel's own limit ("Excel specifications and limits": 8 192) */
  readonly formulaLength: number;
}

export type ReadLimits = ZipLimits & SheetLimits;

export const READ_LIMITS: ReadLimits = {
  fileBytes: 50 * 1024 * 1024,
  zipEntries: 5000,
  uncompressedBytes: 1000 * 1024 * 1024,
  compressionRatio: 1000,
  rows: REVIEW_LIMITS.rows,
  columns: 2000,
  cells: 3000000,
  formulaLength: 8192,
};
