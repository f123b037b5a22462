/**
 * The three-year trend of an indicator (docs/templates.md `indicators`: "three-year trend"): the last evaluation
 * year against the first, read in the indicator's direction. A qualitative indicator compares the rank of
 * its answers (the catalog lists them best first: 完善 › 基本完善 › 不完善); without a ranking it improves when
 * it reaches its lead answer and worsens otherwise.
 */
import type { Direction } from "../catalog";
import { failure, value, type Outcome } from "./outcome";
import { isMissing } from "./inputs";

export type Trend = "improved" | "unchanged" | "worse";

export function indicatorTrend(
  direction: Direction,
  first: unknown,
  last: unknown,
  lead?: unknown,
  answers?: readonly string[],
): Outcome<Trend> {
  if (isMissing(first) || isMissing(last)) return failure("missing-input", "a year has no value");
  if (direction === "qualitative") {
    if (first === last) return value("unchanged");
    const [a, b] = [answers?.indexOf(String(first)) ?? -1, answers?.indexOf(String(last)) ?? -1];
    if (a >= 0 && b >= 0) return value(b < a ? "improved" : "worse");
    return value(last === lead ? "improved" : "worse");
  }
  if (typeof first !== "number" || typeof last !== "number") return failure("invalid-input", "values are not numbers");
  if (first === last) return value("unchanged");
  return value(last > first === (direction === "up") ? "improved" : "worse");
}
