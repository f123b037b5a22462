/**
 * Directions and yes/no flags as users type them (docs/functions.md "Directions accept …").
 */
import { failure, value, type Outcome } from "./outcome";
import { isMissing, spreadsheetTrim } from "./inputs";

/** A quantitative direction: larger is better (up) or smaller is better (down). */
export type TargetDirection = "up" | "down";

const DIRECTION_WORDS: ReadonlyMap<string, TargetDirection> = new Map<string, TargetDirection>([
  ["up", "up"],
  ["down", "down"],
  ["↑", "up"],
  ["↓", "down"],
  ["正向", "up"],
  ["逆向", "down"],
  ["1", "up"],
  ["-1", "down"],
]);

/** docs/functions.md: "up"/"down", "↑"/"↓", "正向"/"逆向", 1/-1 (text case and surrounding blanks ignored). */
export function parseDirection(x: unknown): Outcome<TargetDirection> {
  if (isMissing(x)) return failure("missing-input", "direction is missing");
  if (typeof x !== "string" && typeof x !== "number") return failure("invalid-input", "direction is not text");
  const direction = DIRECTION_WORDS.get(spreadsheetTrim(String(x)).toLowerCase());
  return direction ? value(direction) : failure("invalid-input", `unknown direction ${String(x)}`);
}

/** docs/functions.md: a target is met when actual ≥ target (up) or actual ≤ target (down). */
export function meetsTarget(actual: number, target: number, direction: TargetDirection): boolean {
  return direction === "up" ? actual >= target : actual <= target;
}

const TRUE_WORDS = new Set(["true", "1", "是", "yes", "y", "√", "✓", "x", "限定性"]);
const FALSE_WORDS = new Set(["false", "0", "否", "no", "n"]);

/**
 * A yes/no column (main indicator, binding indicator): TRUE/FALSE, 1/0, 是/否, yes/no, a tick;
 * empty is no.
 */
export function parseFlag(x: unknown): Outcome<boolean> {
  if (isMissing(x)) return value(false);
  if (typeof x === "boolean") return value(x);
  if (typeof x !== "string" && typeof x !== "number") return failure("invalid-input", "flag is not yes/no");
  const word = spreadsheetTrim(String(x)).toLowerCase();
  if (TRUE_WORDS.has(word)) return value(true);
  if (FALSE_WORDS.has(word)) return value(false);
  return failure("invalid-input", `flag ${String(x)} is not yes/no`);
}
