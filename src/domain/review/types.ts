/**
 * What the review reports (docs/review-codes.md): findings with a stable code, a severity, where (sheet and cell),
 * a message in both languages, and the expected and found values. docs/review-codes.md lists every code.
 */
import type { CellValue } from "../templates/sheetPlan";
import type { Lang, Text } from "../text";

export type Severity = "error" | "warning" | "info";

export const FINDING_CODES = [
  "not-greenaudit",
  "metadata-invalid",
  "template-missing",
  "rows-inserted",
  "rows-deleted",
  "formula-replaced",
  "formula-changed",
  "stale-results",
  "value-mismatch",
  "total-mismatch",
  "matrix-total-mismatch",
  "cost-class-mismatch",
  "economics-mismatch",
  "functions-unavailable",
  "input-out-of-range",
  "input-not-number",
  "mandatory-input-missing",
  "mandatory-not-computable",
  "evidence-missing",
  "basic-requirement-not-met",
  "requirement-unanswered",
  "requirement-not-met",
  "team-rule-not-met",
  "onsite-days-short",
  "years-not-before-diagnosis",
  "benefit-increase",
  "option-incomplete",
  "option-rejected-listed",
  "implausible-magnitude",
  "parameter-changed",
  "parameter-confirmed",
  "optional-not-evaluated",
  "review-incomplete",
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  /** the sheet's name as it is now ("" for a workbook-wide finding) */
  readonly sheet: string;
  /** A1 address on `sheet` ("" for a sheet- or workbook-wide finding) */
  readonly cell: string;
  readonly message: Text;
  /** what the product computes from the workbook's own inputs (null when not applicable) */
  readonly expected: CellValue;
  /** what the workbook holds (null when not applicable) */
  readonly found: CellValue;
  /** the template the finding belongs to, when it belongs to one */
  readonly templateId?: string;
}

export interface ReviewSummary {
  readonly errors: number;
  readonly warnings: number;
  readonly info: number;
  /** the templates found, by id (with a suffix for a second copy) */
  readonly templates: readonly string[];
  /** total score per evaluation year as the workbook shows it (GREEN_TOTAL_Y1..3), null where absent or not a number */
  readonly totalScores: readonly [number | null, number | null, number | null];
  /** total score per year as recomputed from the workbook's inputs */
  readonly expectedTotalScores: readonly [number | null, number | null, number | null];
  /** the evaluation years y1–y3 of the workbook's templates (absent when no template was found) */
  readonly years?: readonly [number, number, number];
  /** the language the workbook's templates were written in (absent when no template was found) */
  readonly lang?: Lang;
}

export interface ReviewReport {
  readonly findings: readonly Finding[];
  readonly summary: ReviewSummary;
}
