/**
 * Which row of the performance matrix measures a further target (江苏省《行业清洁生产审核技术指南》附录B 7.3
 * “审核目标完成情况”, 7.2 the matrix; docs/templates.md#targets). A target row below the guide's four names its
 * indicator and unit; when the matrix has a row for that quantity — one of its fixed benefits (氨氮减排, 节水 …) or a
 * row of its free blocks named by the options (其他污染物减排量: 甲苯 t/a …) — the actual value is that row's total
 * over the implemented options, and typed only where the matrix has no such row.
 *
 * A matrix row measures the target when one of its names and one of its units equal the target's indicator and unit, both
 * with their blanks trimmed (TRIM), compared as a spreadsheet's "=" compares text: letter case does not matter.
 * A different unit is a different quantity: never converted, never linked. The first such row counts (the matrix
 * gives a name and unit one row).
 */
import { spreadsheetTrim } from "./blank";

/**
 * A row of the matrix: its names and units (both languages for a fixed row, the options' own for a free one).
 */
export interface MatrixItem {
  readonly id: string;
  readonly names: readonly string[];
  readonly units: readonly string[];
}

/** A cell's text as TRIM shows it; null for an empty cell or one that is not text or a number. */
function trimmedText(v: unknown): string | null {
  if (typeof v === "number") return String(v);
  if (typeof v !== "string") return null;
  const text = spreadsheetTrim(v);
  return text === "" ? null : text;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The matrix row measuring a target of this indicator and unit, or undefined when it is typed. */
export function measuringItem<T extends MatrixItem>(
  indicator: unknown,
  unit: unknown,
  items: readonly T[],
): T | undefined {
  const name = trimmedText(indicator);
  const unitText = trimmedText(unit);
  if (name === null || unitText === null) return undefined;
  const equal = (words: readonly string[], text: string) => words.some((w) => w !== "" && same(w, text));
  return items.find((item) => equal(item.units, unitText) && equal(item.names, name));
}
