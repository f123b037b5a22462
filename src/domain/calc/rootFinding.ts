/**
 * A bracketing root finder for IRR (SPEC §4.8 "exact root, not the handbook's linear interpolation"):
 * scan a grid for a sign change, then bisect. Bisection always converges once a bracket exists,
 * which matters more here than speed (a cash-flow table has a few dozen terms at most).
 */
import { failure, value, type Outcome } from "./outcome";

export interface Bracket {
  readonly lower: number;
  readonly upper: number;
}

const SCAN_STEPS = 400;
const BISECTION_STEPS = 200;
const TOLERANCE = 1e-13;

function sign(x: number): number {
  return x > 0 ? 1 : x < 0 ? -1 : 0;
}

function bisect(f: (x: number) => number, lower: number, upper: number): number {
  let lo = lower;
  let hi = upper;
  const loSign = sign(f(lo));
  for (let i = 0; i < BISECTION_STEPS && hi - lo > TOLERANCE; i++) {
    const mid = (lo + hi) / 2;
    const midSign = sign(f(mid));
    if (midSign === 0) return mid;
    if (midSign === loSign) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
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
      return value(bisect(f, previousX, x));
    }
    if (Number.isFinite(y)) {
      previousX = x;
      previousY = y;
    }
  }
  return failure("no-convergence", "no sign change in the search range");
}
