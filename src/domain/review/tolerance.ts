/**
 * When a value in the workbook equals the recomputed one (docs/review-codes.md): numbers within
 * max(relative 1e-9, half a unit of the last decimal the cell's number format displays); an empty text
 * equals an empty cell; a date shown as "YYYY-MM-DD" equals its serial; other values exactly.
 */
import { dateSerial } from "../calc/workPlan";
import type { CellValue } from "../templates/sheetPlan";

export const RELATIVE_TOLERANCE = 1e-9;

/**
 * Half a unit of the last displayed decimal of a number format, e.g. "#,##0.00" → 0.005, "0.00%" →
 * 0.00005, "0" → 0.5, "yyyy-mm-dd" → 0.5 (days); 0 for "General", text ("@") and formats without digits.
 */
export function displayHalfUnit(numberFormat: string | undefined): number {
  if (!numberFormat || /^general$/i.test(numberFormat.trim()) || numberFormat.trim() === "@") return 0;
  const section = numberFormat
    .replace(/;[\s\S]*/, "") // the first section: positive numbers
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
  if (/[yYdD]/.test(section) && !/[0#]/.test(section)) return 0.5;
  if (!/[0#?]/.test(section)) return 0;
  const dot = section.indexOf(".");
  const decimals = dot < 0 ? 0 : (section.slice(dot + 1).match(/[0#?]/g) ?? []).length;
  const percent = (section.match(/%/g) ?? []).length;
  return 0.5 * 10 ** -(decimals + 2 * percent);
}

const isEmpty = (v: CellValue | undefined) => v === null || v === undefined || v === "";

function asNumber(v: CellValue | undefined): number | undefined {
  if (typeof v === "number") return v;
  if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v)) {
    const serial = dateSerial(v);
    return serial.ok ? serial.value : undefined;
  }
  return undefined;
}

export function valuesAgree(
  expected: CellValue | undefined,
  found: CellValue | undefined,
  numberFormat?: string,
): boolean {
  if (isEmpty(expected) && isEmpty(found)) return true;
  if (typeof expected === "number") {
    const f = asNumber(found);
    if (f === undefined) return false;
    const tolerance = Math.max(
      RELATIVE_TOLERANCE * Math.max(Math.abs(expected), Math.abs(f)),
      displayHalfUnit(numberFormat),
      1e-12,
    );
    return Math.abs(expected - f) <= tolerance;
  }
  if (typeof found === "number" && typeof expected === "string") return asNumber(expected) === found;
  return expected === found;
}
