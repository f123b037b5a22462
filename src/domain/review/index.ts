/**
 * The review engine (docs/review-codes.md), one entry point for the task pane and the command line:
 * `reviewWorkbook(snapshot)` → findings and a summary. Snapshots come from src/xlsx/readSnapshot (files)
 * or src/excel/readSnapshot (Office.js).
 */
export { reviewWorkbook } from "./review";
export type { Finding, FindingCode, ReviewReport, ReviewSummary, Severity } from "./types";
export { FINDING_CODES } from "./types";
export { SEVERITY } from "./findings";
export { RELATIVE_TOLERANCE, displayHalfUnit, valuesAgree } from "./tolerance";
export type { NameSnapshot, SheetSnapshot, SnapshotCell, WorkbookSnapshot } from "./snapshot";
export { FINDING_LABELS, SEVERITY_LABELS, findingLabel, type FindingLabel } from "./findingLabels";
export { compactCells, groupFindings, groupPlace, type FindingGroup, type GroupableFinding } from "./groups";
export {
  expectedFoundLine,
  foundTemplates,
  groupTitle,
  reviewHeadline,
  shownValue,
  yearTotalLine,
  yearTotals,
  type YearTotal,
} from "./present";
