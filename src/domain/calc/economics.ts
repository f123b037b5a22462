/**
 * Option economics of the classic cleaner-production audit method (docs/templates.md#economics):
 * D = I / Y; T = P − D; E = T × (1 − t); F = E + D; N = I / F; NPV = Σⱼ₌₁ⁿ F/(1+i)ʲ − I;
 * NPVR = NPV / I; IRR solves Σ F/(1+IRR)ʲ = I. Rates are fractions (docs/functions.md: 6 % = 0.06).
 */
import { failure, value, type Outcome } from "./outcome";
import { finite, isMissing, readAmount, readNumber, readPositiveAmount, type NumberInput } from "./inputs";
import { findRoot, type Bracket } from "./rootFinding";
import { standardDepreciationYears, standardTaxRate } from "./standards";

export type CostClass = "无/低费" | "中/高费";

/**
 * IRR search range: −99 % to +1000 % a year. An IRR outside it is reported as no-convergence
 * (#NUM!); a negative IRR inside it (F·n < I) is a value.
 */
export const IRR_RANGE: Bracket = { lower: -0.99, upper: 10 };

/** The yearly figures of docs/templates.md#economics. */
export interface OptionCashFlow {
  /** D = I / Y */
  readonly depreciation: number;
  /** T = P − D */
  readonly taxableProfit: number;
  /** E = T × (1 − t) */
  readonly afterTaxProfit: number;
  /** F = E + D */
  readonly annualCashFlow: number;
}

function readTaxRate(taxRate: unknown): Outcome<number> {
  if (isMissing(taxRate)) return standardTaxRate();
  const read = readNumber(taxRate, "tax rate");
  if (read.ok && (read.value < 0 || read.value > 1))
    return failure("invalid-input", "tax rate must be between 0 and 1");
  return read;
}

function readDepreciationYears(years: unknown): Outcome<number> {
  return isMissing(years) ? standardDepreciationYears() : readPositiveAmount(years, "depreciation years");
}

/** An option's checked investment and its yearly figures. */
interface CheckedOption {
  readonly investment: number;
  readonly flow: OptionCashFlow;
}

function readOption(
  investment: unknown,
  annualSaving: unknown,
  depreciationYears: unknown,
  taxRate: unknown,
): Outcome<CheckedOption> {
  const i = readAmount(investment, "investment");
  const p = readNumber(annualSaving, "annual saving");
  const y = readDepreciationYears(depreciationYears);
  const t = readTaxRate(taxRate);
  if (!i.ok) return i;
  if (!p.ok) return p;
  if (!y.ok) return y;
  if (!t.ok) return t;
  const depreciation = i.value / y.value;
  const taxableProfit = p.value - depreciation;
  const afterTaxProfit = taxableProfit * (1 - t.value);
  const flow = { depreciation, taxableProfit, afterTaxProfit, annualCashFlow: afterTaxProfit + depreciation };
  return value({ investment: i.value, flow });
}

/**
 * docs/templates.md#economics D, T, E, F. I ≥ 0; P may be negative (an option that costs money); Y defaults to the
 * catalog's depreciation years and t to its tax rate (0 ≤ t ≤ 1).
 */
export function optionCashFlow(
  investment: NumberInput,
  annualSaving: NumberInput,
  depreciationYears?: NumberInput,
  taxRate?: NumberInput,
): Outcome<OptionCashFlow> {
  const option = readOption(investment, annualSaving, depreciationYears, taxRate);
  return option.ok ? value(option.value.flow) : option;
}

/**
 * GREEN.PAYBACK: N = I / F (docs/templates.md#economics). F = 0 never pays back (division by zero); F < 0 neither
 * (invalid-input: the option loses money every year).
 */
export function paybackPeriod(
  investment: NumberInput,
  annualSaving: NumberInput,
  depreciationYears?: NumberInput,
  taxRate?: NumberInput,
): Outcome<number> {
  const option = readOption(investment, annualSaving, depreciationYears, taxRate);
  if (!option.ok) return option;
  const f = option.value.flow.annualCashFlow;
  if (f === 0) return failure("division-by-zero", "annual cash flow is zero");
  if (f < 0) return failure("invalid-input", "annual cash flow is negative: the option never pays back");
  return finite(option.value.investment / f);
}

/** Σⱼ₌₁ⁿ F/(1+r)ʲ */
function presentValue(f: number, lifetime: number, r: number): number {
  const discount = 1 / (1 + r);
  let factor = 1;
  let sum = 0;
  for (let j = 1; j <= lifetime; j++) {
    factor *= discount;
    sum += f * factor;
  }
  return sum;
}

/**
 * The longest lifetime summed year by year. Not a standard number: a bound that keeps Σⱼ₌₁ⁿ finite
 * in time (no option's lifetime comes near it).
 */
export const MAX_LIFETIME_YEARS = 1000;

/** n: a whole number of years, 1 … MAX_LIFETIME_YEARS; defaults to Y (docs/templates.md#economics "lifetime n (default Y)"). */
function readLifetime(lifetime: unknown, depreciationYears: unknown): Outcome<number> {
  const source = isMissing(lifetime) ? depreciationYears : lifetime;
  const read = isMissing(source) ? standardDepreciationYears() : readNumber(source, "lifetime");
  if (read.ok && !(Number.isInteger(read.value) && read.value >= 1 && read.value <= MAX_LIFETIME_YEARS)) {
    return failure("invalid-input", `lifetime must be a whole number of years from 1 to ${MAX_LIFETIME_YEARS}`);
  }
  return read;
}

function readDiscountRate(rate: unknown): Outcome<number> {
  const read = readNumber(rate, "discount rate");
  if (read.ok && read.value <= -1) return failure("invalid-input", "discount rate must be above -100 %");
  return read;
}

/** F and n of an option, both checked. */
function flowAndLifetime(
  investment: NumberInput,
  annualSaving: NumberInput,
  years: NumberInput,
  taxRate: NumberInput,
  lifetime: NumberInput,
): Outcome<CheckedOption & { lifetime: number }> {
  const option = readOption(investment, annualSaving, years, taxRate);
  const n = readLifetime(lifetime, years);
  if (!option.ok) return option;
  if (!n.ok) return n;
  // named, not spread: V8 copies a spread object on a slow path, which was most of GREEN.NPV's time
  return value({ investment: option.value.investment, flow: option.value.flow, lifetime: n.value });
}

/** NPV together with the checked investment it was computed from. */
function presentValueOfOption(
  investment: NumberInput,
  annualSaving: NumberInput,
  years: NumberInput,
  rate: NumberInput,
  taxRate: NumberInput,
  lifetime: NumberInput,
): Outcome<{ npv: number; investment: number }> {
  const option = flowAndLifetime(investment, annualSaving, years, taxRate, lifetime);
  const i = readDiscountRate(rate);
  if (!option.ok) return option;
  if (!i.ok) return i;
  const { flow, lifetime: n, investment: checkedInvestment } = option.value;
  return value({
    npv: presentValue(flow.annualCashFlow, n, i.value) - checkedInvestment,
    investment: checkedInvestment,
  });
}

/** GREEN.NPV: Σⱼ₌₁ⁿ F/(1+i)ʲ − I (docs/templates.md#economics); `years` is Y, and n defaults to Y. */
export function netPresentValue(
  investment: NumberInput,
  annualSaving: NumberInput,
  years: NumberInput,
  rate: NumberInput,
  taxRate?: NumberInput,
  lifetime?: NumberInput,
): Outcome<number> {
  const result = presentValueOfOption(investment, annualSaving, years, rate, taxRate, lifetime);
  return result.ok ? finite(result.value.npv) : result;
}

/** NPVR = NPV / I (docs/templates.md#economics); no ratio for a zero investment. */
export function netPresentValueRatio(
  investment: NumberInput,
  annualSaving: NumberInput,
  years: NumberInput,
  rate: NumberInput,
  taxRate?: NumberInput,
  lifetime?: NumberInput,
): Outcome<number> {
  const result = presentValueOfOption(investment, annualSaving, years, rate, taxRate, lifetime);
  if (!result.ok) return result;
  if (result.value.investment === 0) return failure("division-by-zero", "investment is zero");
  return finite(result.value.npv / result.value.investment);
}

/**
 * GREEN.IRR: the exact root of Σⱼ₌₁ⁿ F/(1+r)ʲ − I = 0 in IRR_RANGE (docs/templates.md#economics). With a positive F
 * the left side falls as r rises, so the root is unique; none in range (F ≤ 0, I = 0, or an IRR
 * beyond the range) gives "no-convergence".
 */
export function internalRateOfReturn(
  investment: NumberInput,
  annualSaving: NumberInput,
  years?: NumberInput,
  taxRate?: NumberInput,
  lifetime?: NumberInput,
): Outcome<number> {
  const option = flowAndLifetime(investment, annualSaving, years, taxRate, lifetime);
  if (!option.ok) return option;
  const { flow, lifetime: n, investment: i } = option.value;
  if (i === 0) return failure("no-convergence", "no investment: the return is unbounded");
  return findRoot((r) => presentValue(flow.annualCashFlow, n, r) - i, IRR_RANGE);
}

/**
 * GREEN.COSTCLASS (docs/functions.md, docs/templates.md#economics): below the threshold "无/低费", at or above it "中/高费". No
 * national threshold exists, so an empty threshold has no default.
 */
export function costClass(investment: NumberInput, threshold: NumberInput): Outcome<CostClass> {
  const i = readAmount(investment, "investment");
  if (isMissing(threshold)) return failure("no-default", "the cost-class threshold must be set");
  const limit = readAmount(threshold, "threshold");
  if (!i.ok) return i;
  if (!limit.ok) return limit;
  return value(i.value < limit.value ? "无/低费" : "中/高费");
}
