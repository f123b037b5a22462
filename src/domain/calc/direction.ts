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

/** The outcome of each word, made once: a range of directions is read cell by cell in every call. */
const DIRECTION_OUTCOMES: ReadonlyMap<string, Outcome<TargetDirection>> = new Map(
  [...DIRECTION_WORDS].map(([word, direction]) => [word, value(direction)]),
);

/** docs/functions.md: "up"/"down", "↑"/"↓", "正向"/"逆向", 1/-1 (text case and surrounding blanks ignored). */
export function parseDirection(x: unknown): Outcome<TargetDirection> {
  const exact = typeof x === "string" ? DIRECTION_OUTCOMES.get(x) : undefined;
  if (exact) return exact;
  if (isMissing(x)) return failure("missing-input", "direction is missing");
  if (typeof x !== "string" && typeof x !== "number") return failure("invalid-input", "direction is not text");
  const direction = DIRECTION_OUTCOMES.get(spreadsheetTrim(String(x)).toLowerCase());
  return direction ?? failure("invalid-input", `unknown direction ${String(x)}`);
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
const YES: Outcome<boolean> = value(true);
const NO: Outcome<boolean> = value(false);

export function parseFlag(x: unknown): Outcome<boolean> {
  if (typeof x === "boolean") return x ? YES : NO;
  if (isMissing(x)) return NO;
  if (typeof x !== "string" && typeof x !== "number") return failure("invalid-input", "flag is not yes/no");
  const word = spreadsheetTrim(String(x)).toLowerCase();
  if (TRUE_WORDS.has(word)) return YES;
  if (FALSE_WORDS.has(word)) return NO;
  return failure("invalid-input", `flag ${String(x)} is not yes/no`);
}
