/**
 * How much the review takes on: the same row limit as one sheet the reader reads (src/xlsx/readLimits.ts
 * uses this number), so a metadata record cannot ask for more list rows than a sheet could hold.
 * docs/review-codes.md states it.
 */
export const REVIEW_LIMITS = {
  /** rows of one sheet, and list rows (metadata capacities) over all the templates of a workbook */
  rows: 100000,
} as const;
