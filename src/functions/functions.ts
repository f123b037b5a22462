/*
 * GREEN.* custom functions (SPEC §3). Each is thin: coerce the arguments, call domain/calc, map the outcome.
 * custom-functions-metadata-plugin reads the JSDoc below into functions.json and appends the
 * CustomFunctions.associate calls at build time, so the functions register as soon as this chunk loads.
 */
import { rate } from "../domain/calc/rates";
import { toBooleanInput, toNumberInput } from "./coerce";
import { toCell } from "./errors";

/**
 * 比率：部分 / 整体，percent 为 TRUE 时 × 100。Part divided by whole, × 100 when percent is TRUE.
 * @customfunction RATE
 * @param part 部分 Part
 * @param whole 整体 Whole
 * @param [percent] 以百分数表示（默认 TRUE） Result in percent (default TRUE)
 * @returns {number} 比率 The rate
 */
export function rateFunction(part: unknown, whole: unknown, percent?: unknown): number {
  const p = toNumberInput(part, "part");
  const w = toNumberInput(whole, "whole");
  const asPercent = toBooleanInput(percent, "percent", true);
  if (!p.ok) return toCell(p);
  if (!w.ok) return toCell(w);
  if (!asPercent.ok) return toCell(asPercent);
  return toCell(rate(p.value, w.value, asPercent.value));
}
