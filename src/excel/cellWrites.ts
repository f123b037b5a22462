/**
 * Values as Excel stores them when written through `range.values` (docs/architecture.md, src/excel): an
 * apostrophe keeps "3-1", "=x" or "007" text; an error text shown by a formula stays an error.
 */
import type { CellValue } from "../domain/templates/sheetPlan";

/** Text as Excel stores it when written through `values`: an apostrophe keeps "3-1", "=x" or "007" text. */
export function textConstant(value: CellValue): string | number | boolean {
  return typeof value === "string" && value !== "" ? `'${value}` : (value ?? "");
}

const EXCEL_ERROR = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|GETTING_DATA)$/;

/** A displayed value written back as a constant that shows the same: text stays text, an error stays an error. */
export function displayedConstant(value: unknown): string | number | boolean {
  if (typeof value === "number" || typeof value === "boolean") return value;
  const text = value === null || value === undefined ? "" : String(value);
  return EXCEL_ERROR.test(text) ? text : textConstant(text);
}
