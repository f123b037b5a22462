/** Building findings: severity by code, bilingual messages, value formatting for messages. */
import type { CellValue } from "../templates/sheetPlan";
import type { Finding, FindingCode, Severity } from "./types";

export const SEVERITY: Readonly<Record<FindingCode, Severity>> = {
  "not-greenaudit": "error",
  "metadata-invalid": "error",
  "template-missing": "error",
  "rows-inserted": "info",
  "rows-deleted": "warning",
  "formula-replaced": "error",
  "formula-changed": "error",
  "stale-results": "error",
  "value-mismatch": "error",
  "total-mismatch": "error",
  "matrix-total-mismatch": "error",
  "cost-class-mismatch": "error",
  "economics-mismatch": "error",
  "functions-unavailable": "warning",
  "input-out-of-range": "error",
  "input-not-number": "error",
  "mandatory-input-missing": "warning",
  "mandatory-not-computable": "warning",
  "evidence-missing": "warning",
  "basic-requirement-not-met": "warning",
  "requirement-unanswered": "warning",
  "requirement-not-met": "warning",
  "team-rule-not-met": "warning",
  "onsite-days-short": "warning",
  "years-not-before-diagnosis": "warning",
  "benefit-increase": "info",
  "option-incomplete": "warning",
  "option-rejected-listed": "warning",
  "implausible-magnitude": "warning",
  "parameter-changed": "info",
  "parameter-confirmed": "info",
  "optional-not-evaluated": "info",
  "review-incomplete": "error",
};

export interface FindingInput {
  readonly code: FindingCode;
  readonly sheet: string;
  readonly cell: string;
  readonly zh: string;
  readonly en: string;
  readonly expected?: CellValue;
  readonly found?: CellValue;
  readonly templateId?: string;
}

export function finding(f: FindingInput): Finding {
  return {
    code: f.code,
    severity: SEVERITY[f.code],
    sheet: f.sheet,
    cell: f.cell,
    message: { zh: f.zh, en: f.en },
    expected: f.expected ?? null,
    found: f.found ?? null,
    ...(f.templateId !== undefined ? { templateId: f.templateId } : {}),
  };
}

/** A value as a message shows it: numbers to 6 significant digits, texts quoted, empty as "(空)"/"(empty)". */
export function shown(v: CellValue | undefined, lang: "zh" | "en"): string {
  if (v === null || v === undefined || v === "") return lang === "zh" ? "（空）" : "(empty)";
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(6)));
  return typeof v === "string" ? `“${v}”` : String(v);
}

const ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Errors first, then by sheet, row and column, so a reviewer reads the worst first. Within a row a shorter
 * address is a column further left (B7 before AA7); no locale's collation is needed for A1 addresses.
 */
export function sortFindings(findings: readonly Finding[], sheetOrder: readonly string[]): Finding[] {
  const rowOf = (cell: string) => Number(/\d+/.exec(cell)?.[0] ?? 0);
  return [...findings].sort(
    (a, b) =>
      ORDER[a.severity] - ORDER[b.severity] ||
      sheetOrder.indexOf(a.sheet) - sheetOrder.indexOf(b.sheet) ||
      rowOf(a.cell) - rowOf(b.cell) ||
      a.cell.length - b.cell.length ||
      (a.cell < b.cell ? -1 : a.cell > b.cell ? 1 : 0),
  );
}
