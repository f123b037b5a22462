/**
 * Rates, reductions and intensities of docs/functions.md (GREEN.RATE … GREEN.ELASTICITY) and docs/data-file.md.
 * Shares and rates are in percent units (docs/functions.md: 85 means 85 %).
 */
import { failure, value, type Outcome } from "./outcome";
import { finite, isMissing, readAll, readAmount, readNumber, readPositiveAmount, type NumberInput } from "./inputs";

const PERCENT = 100;

/** `percent` of GREEN.RATE: TRUE/FALSE, 1/0, or empty for the default TRUE. */
function readPercentFlag(percent: unknown): Outcome<boolean> {
  if (isMissing(percent)) return value(true);
  if (typeof percent === "boolean") return value(percent);
  if (percent === 1 || percent === 0) return value(percent === 1);
  return failure("invalid-input", "percent must be TRUE or FALSE");
}

/**
 * GREEN.RATE: part / whole, × 100 when `percent` (docs/functions.md). Signs pass through: this is plain
 * arithmetic, and the review judges whether a negative part or whole is plausible.
 */
export function rate(part: NumberInput, whole: NumberInput, percent?: boolean | null): Outcome<number> {
  const inputs = readAll([readNumber(part, "part"), readNumber(whole, "whole")]);
  const asPercent = readPercentFlag(percent);
  if (!inputs.ok) return inputs;
  if (!asPercent.ok) return asPercent;
  const [p, w] = inputs.value;
  if (w === 0) return failure("division-by-zero", "whole is zero");
  return finite(asPercent.value ? (PERCENT * p) / w : p / w);
}

/** GREEN.REDUCTION: before − after; negative means an increase (docs/functions.md). Any sign is accepted. */
export function reduction(before: NumberInput, after: NumberInput): Outcome<number> {
  const inputs = readAll([readNumber(before, "before"), readNumber(after, "after")]);
  if (!inputs.ok) return inputs;
  const [b, a] = inputs.value;
  return finite(b - a);
}

/** GREEN.REDUCTIONRATE: (before − after) / before × 100 over amounts (negative amounts are invalid). */
export function reductionRate(before: NumberInput, after: NumberInput): Outcome<number> {
  const inputs = readAll([readPositiveAmount(before, "before"), readAmount(after, "after")]);
  if (!inputs.ok) return inputs;
  const [b, a] = inputs.value;
  return finite((PERCENT * (b - a)) / b);
}

/** GREEN.INTENSITY: amount / output, e.g. t CO₂ per 万元 (docs/functions.md). */
export function intensity(amount: NumberInput, output: NumberInput): Outcome<number> {
  const inputs = readAll([readAmount(amount, "amount"), readPositiveAmount(output, "output")]);
  if (!inputs.ok) return inputs;
  const [a, o] = inputs.value;
  return finite(a / o);
}

/**
 * GREEN.INTENSITYDROP and HG22: (I₀ − I₁) / I₀ × 100 with I = amount / output (docs/data-file.md).
 * A zero base intensity has no reduction rate (division by zero).
 */
export function intensityDrop(
  amount0: NumberInput,
  output0: NumberInput,
  amount1: NumberInput,
  output1: NumberInput,
): Outcome<number> {
  const inputs = readAll([
    readAmount(amount0, "amount0"),
    readPositiveAmount(output0, "output0"),
    readAmount(amount1, "amount1"),
    readPositiveAmount(output1, "output1"),
  ]);
  if (!inputs.ok) return inputs;
  const [a0, o0, a1, o1] = inputs.value;
  const base = a0 / o0;
  if (base === 0) return failure("division-by-zero", "base-period intensity is zero");
  return finite((PERCENT * (base - a1 / o1)) / base);
}

/** A period count: present and above zero (fractions allowed). */
function readYears(years: unknown, name: string): Outcome<number> {
  const read = readNumber(years, name);
  if (read.ok && read.value <= 0) return failure("invalid-input", `${name} must be above zero`);
  return read;
}

/** GREEN.AVGDROP: (1 − (last / first)^(1/years)) × 100 (docs/functions.md). */
export function averageAnnualDrop(first: NumberInput, last: NumberInput, years: NumberInput): Outcome<number> {
  const inputs = readAll([readPositiveAmount(first, "first"), readAmount(last, "last"), readYears(years, "years")]);
  if (!inputs.ok) return inputs;
  const [f, l, n] = inputs.value;
  return finite(PERCENT * (1 - Math.pow(l / f, 1 / n)));
}

/** Compound annual growth rate from x0 to x1 over `years` (x0 > 0); one year is the plain rate. */
export function compoundGrowth(x0: number, x1: number, years: number): number {
  return years === 1 ? (x1 - x0) / x0 : Math.pow(x1 / x0, 1 / years) - 1;
}

/**
 * Value added of two periods for an elasticity: both present and not negative, the first not zero,
 * and grown (docs/data-file.md HG24: "undefined (#N/A) when va did not grow").
 */
export function readOutputGrowth(v0: unknown, v1: unknown): Outcome<[number, number]> {
  const inputs = readAll([readPositiveAmount(v0, "v0"), readAmount(v1, "v1")]);
  if (!inputs.ok) return inputs;
  const [before, after] = inputs.value;
  if (after <= before) return failure("undefined-growth", "value added did not grow");
  return value([before, after]);
}

/**
 * GREEN.ELASTICITY (and one pollutant of HG24): pollutant growth / value-added growth, both compound
 * annual rates over `years` (default 1). docs/data-file.md: undefined (#N/A) when value added did not grow,
 * so v1 ≤ v0 gives "undefined-growth" — also for a fall, where the ratio would have the wrong meaning.
 */
export function elasticity(
  p0: NumberInput,
  p1: NumberInput,
  v0: NumberInput,
  v1: NumberInput,
  years?: NumberInput,
): Outcome<number> {
  const inputs = readAll([
    readAmount(p0, "p0"),
    readAmount(p1, "p1"),
    isMissing(years) ? value(1) : readYears(years, "years"),
  ]);
  const output = readOutputGrowth(v0, v1);
  if (!inputs.ok) return inputs;
  if (!output.ok) return output;
  const [pBefore, pAfter, n] = inputs.value;
  const [vBefore, vAfter] = output.value;
  if (pBefore === 0) return failure("division-by-zero", "base-period pollutant amount is zero");
  return finite(compoundGrowth(pBefore, pAfter, n) / compoundGrowth(vBefore, vAfter, n));
}
