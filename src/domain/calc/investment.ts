/**
 * Investment columns of the improvement-suggestion table, 《北京市工业园区绿色诊断工作指南》附件2-1-3 (绿色化改造提升建议表):
 * 总投资（万元）and 其中固定资产投资（万元）.
 */
import { failure, value, type Outcome } from "./outcome";
import { readNumber } from "./inputs";

/**
 * The total of a column: the sum of its numbers, text and empty cells ignored (as SUM does); no number
 * at all is no total yet.
 */
export function columnTotal(values: readonly unknown[]): Outcome<number> {
  const numbers = values.filter((v): v is number => typeof v === "number" && Number.isFinite(v));
  if (numbers.length === 0) return failure("missing-input", "no amount");
  return value(numbers.reduce((sum, v) => sum + v, 0));
}

/** "其中固定资产投资" is part of "总投资": the fixed-asset share cannot exceed the total. */
export function fixedAssetsWithinTotal(fixedAssets: unknown, total: unknown): Outcome<boolean> {
  const f = readNumber(fixedAssets, "fixed assets");
  const t = readNumber(total, "total");
  if (!f.ok) return f;
  if (!t.ok) return t;
  return value(f.value <= t.value);
}
