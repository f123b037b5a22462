/**
 * A bracketing root finder for IRR (docs/templates.md#economics "exact root, not the handbook's linear interpolation"):
 * scan a grid for a sign change, then narrow the bracket by false position with the Illinois
 * modification, which keeps the bracket (so it always converges) and converges superlinearly; a
 * bisection step is taken whenever false position stalls.
 */
import { failure, value, type Outcome } from "./outcome";

export interface Bracket {
  readonly lower: number;
  readonly upper: number;
}

const SCAN_STEPS = 100;
const NARROWING_STEPS = 200;
const TOLERANCE = 1e-13;

function sign(x: number): number {
  return x > 0 ? 1 : x < 0 ? -1 : 0;
}

/** Narrows a bracket [lower, upper] with a sign change of f to a root (Illinois false position). */
function narrow(f: (x: number) => number, lower: number, upper: number): number {
  let [a, b] = [lower, upper];
  let [fa, fb] = [f(a), f(b)];
  let side = 0;
  for (let i = 0; i < NARROWING_STEPS && b - a > TOLERANCE; i++) {
    const secant = (a * fb - b * fa) / (fb - fa);
    // a false-position point outside the bracket's inner part falls back to bisection
    const x = Number.isFinite(secant) && secant > a && secant < b ? secant : (a + b) / 2;
    const fx = f(x);
    if (fx === 0) return x;
    if (sign(fx) === sign(fb)) {
      [b, fb] = [x, fx];
      if (side === -1) fa /= 2;
      side = -1;
    } else {
      [a, fa] = [x, fx];
      if (side === 1) fb /= 2;
      side = 1;
    }
    if (Math.abs(fx) < Number.EPSILON * 16) return x;
  }
  return (a + b) / 2;
}

/**
 * The lowest root of `f` in [lower, upper]: grid points where f is zero are roots; the first sign
 * change between finite values is bisected. No sign change in the range gives "no-convergence".
 */
export function findRoot(f: (x: number) => number, range: Bracket): Outcome<number> {
  const step = (range.upper - range.lower) / SCAN_STEPS;
  let previousX = range.lower;
  let previousY = f(previousX);
  for (let i = 0; i <= SCAN_STEPS; i++) {
    const x = i === SCAN_STEPS ? range.upper : range.lower + i * step;
    const y = f(x);
    if (y === 0) return value(x);
    if (Number.isFinite(y) && Number.isFinite(previousY) && sign(y) !== sign(previousY)) {
      return value(narrow(f, previousX, x));
    }
    if (Number.isFinite(y)) {
      previousX = x;
      previousY = y;
    }
  }
  return failure("no-convergence", "no sign change in the search range");
}
