/**
 * The review engine (SPEC §5), one entry point for the task pane and the command line:
 * `reviewWorkbook(snapshot)` → findings and a summary. Snapshots come from src/xlsx/readSnapshot (files)
 * or src/excel/readSnapshot (Office.js).
 */
export { reviewWorkbook } from "./review";
export type { Finding, FindingCode, ReviewReport, ReviewSummary, Severity } from "./types";
export { FINDING_CODES } from "./types";
export { SEVERITY } from "./findings";
export { RELATIVE_TOLERANCE, displayHalfUnit, valuesAgree } from "./tolerance";
export type { NameSnapshot, SheetSnapshot, SnapshotCell, WorkbookSnapshot } from "./snapshot";
