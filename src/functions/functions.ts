/*
 * GREEN.* custom functions (docs/functions.md). Each is thin: coerce the arguments (coerce.ts), call domain/calc, map
 * the outcome to a value or an Excel error (errors.ts). custom-functions-metadata-plugin reads the JSDoc below
 * into functions.json and appends the CustomFunctions.associate calls at build time, so the functions register
 * as soon as this chunk loads. Descriptions here are English; the zh-CN metadata (functions.zh-CN.json) is
 * built from metadata.zh-CN.json. Parameters are typed `unknown` (metadata type "any") and ranges
 * `unknown[][]` (metadata dimensionality "matrix"), with no {type} in the JSDoc.
 */
import { value as success, type Outcome } from "../domain/calc/outcome";
import {
  averageAnnualDrop,
  elasticity,
  intensity,
  intensityDrop,
  rate,
  reduction,
  reductionRate,
} from "../domain/calc/rates";
import { indicatorFromInputs, type IndicatorValue } from "../domain/calc/indicators";
import { isEvaluated, scoreIndicator, totalScore, type ScoreEntry } from "../domain/calc/score";
import { synergyGrade } from "../domain/calc/grade";
import { cpIndex, cpLevelOfColumns } from "../domain/calc/cleanerProduction";
import { toStandardCoal } from "../domain/calc/energy";
import { toCo2 } from "../domain/calc/carbon";
import { costClass, internalRateOfReturn, netPresentValue, paybackPeriod } from "../domain/calc/economics";
import {
  cellsOf,
  isOmitted,
  sameLength,
  toBooleanInput,
  toCarrierInput,
  toCatalogEntryInput,
  toCellValue,
  toCellValues,
  toDirectionList,
  toFactorSetInput,
  toFlagList,
  toIndicatorInput,
  toLanguageInput,
  toNumberInput,
  toNumberList,
  toUnitInput,
  type CellValue,
} from "./coerce";
import { explained, runFunction } from "./errors";
import { MESSAGES } from "./messages";

/** Reads several one-cell numbers in argument order; the first failure wins. */
function numbers(args: readonly (readonly [unknown, string])[]): Outcome<(number | null)[]> {
  const read: (number | null)[] = [];
  for (const [arg, name] of args) {
    const x = toNumberInput(arg, name);
    if (!x.ok) return x;
    read.push(x.value);
  }
  return success(read);
}

/** The arguments of a repeating parameter: Excel's one array of them; nothing when the parameter is left out. */
function repeated(arg: unknown): unknown[] {
  if (Array.isArray(arg)) return arg;
  return isOmitted(arg) ? [] : [arg];
}

/**
 * Part divided by whole, × 100 when percent is TRUE (the default).
 * @customfunction RATE
 * @helpurl https://localhost:3000/functions.html#RATE
 * @param part Part (numerator)
 * @param whole Whole (denominator)
 * @param [percent] TRUE (default) for percent units, FALSE for a fraction
 * @returns The rate, in percent by default
 */
export function rateFunction(part: unknown, whole: unknown, percent?: unknown): number {
  return runFunction("RATE", () => {
    const read = numbers([
      [part, "part"],
      [whole, "whole"],
    ]);
    const asPercent = toBooleanInput(percent, "percent", true);
    if (!read.ok) return read;
    if (!asPercent.ok) return asPercent;
    return rate(read.value[0], read.value[1], asPercent.value);
  });
}

/**
 * Indicator value from its raw inputs, in the order listed below (prev = previous year; range = one range of several cells; [ ] = optional).
 * Inputs: EG1 va, energy_total; EG2 energy_renewable, energy_total; EG3 energy_clean, energy_total; RG4 va, water_fresh; RG5 va, land_industrial; RG6 sw_utilized, sw_generated, [sw_stock_utilized]; RG7 water_reused, water_fresh; RG8 water_reclaimed, sewage_treated; RG9 heat_recovered, heat_available; RG10 gas_recovered, gas_recoverable; RG11 recyclables_recovered, recyclables_generated; IG12 sewage_facility; IG13 newind_green_floor, newind_floor; IG14 newpub_green_floor, newpub_floor; IG15 area_bus_covered, area_built; IG16 buses_green, buses_total; CG17 hightech_output, gross_output; CG18 green_va, va; CG19 va, employees; CG20 service_va, park_va; HG21 swh_treated, swh_generated; HG22 co2_prev, va_prev, co2, va; HG23 wastewater, va; HG24 va_prev, va, range(cod_prev, nh3n_prev, so2_prev, nox_prev), range(cod, nh3n, so2, nox); HG25 air_good_days, air_valid_days; HG26 area_green, area_park; HG27 road_shaded_length, road_length; HG28 parking_shaded_area, parking_area; MG29 standards_system; MG30 green_plan; MG31 info_platform.
 * @customfunction INDICATOR
 * @helpurl https://localhost:3000/functions.html#INDICATOR
 * @param id Indicator id (EG1…MG31) or its Chinese name
 * @param input1 First raw input of the indicator (see the list)
 * @param [input2] Further raw inputs in the listed order (input2, input3 …); HG24 takes the four emissions (COD, NH3-N, SO2, NOx) of each year as one range
 * @returns The indicator value in its unit (percent units for shares), or the answer of a qualitative indicator
 */
export function indicatorFunction(id: unknown, input1: unknown[][], input2?: unknown[][][]): number | string {
  // input2 is a repeating parameter (Microsoft, "Custom functions parameter options", Repeating parameters):
  // Excel passes every further argument in this one array, each as a 2-D array, then the invocation object.
  // A JavaScript rest parameter would receive [that array, invocation]. Excel shows it as input2, [input3], …
  return runFunction("INDICATOR", (): Outcome<IndicatorValue> => {
    const def = toIndicatorInput(id);
    if (!def.ok) return def;
    const args = [input1, ...repeated(input2)];
    if (args.length > def.value.inputs.length)
      return explained("invalid-input", MESSAGES.tooManyInputs(def.value.id, def.value.inputs.length));
    const values: (CellValue | CellValue[])[] = [];
    for (const [index, arg] of args.entries()) {
      const read = toCellValues(arg, index === 0 ? "input1" : `input${index + 1}`);
      if (!read.ok) return read;
      values.push(read.value);
    }
    const result = indicatorFromInputs(def.value, values);
    return !result.ok && result.reason === "undefined-growth"
      ? explained("undefined-growth", MESSAGES.undefinedGrowth())
      : result;
  });
}

/**
 * Amount reduced: before − after (negative means an increase).
 * @customfunction REDUCTION
 * @helpurl https://localhost:3000/functions.html#REDUCTION
 * @param before Amount in the base period
 * @param after Amount in the later period
 * @returns before − after, in the unit of the amounts
 */
export function reductionFunction(before: unknown, after: unknown): number {
  return runFunction("REDUCTION", () => {
    const read = numbers([
      [before, "before"],
      [after, "after"],
    ]);
    return read.ok ? reduction(read.value[0], read.value[1]) : read;
  });
}

/**
 * Reduction rate in percent: (before − after) / before × 100.
 * @customfunction REDUCTIONRATE
 * @helpurl https://localhost:3000/functions.html#REDUCTIONRATE
 * @param before Amount in the base period (above zero)
 * @param after Amount in the later period
 * @returns The reduction rate in percent (negative means an increase)
 */
export function reductionRateFunction(before: unknown, after: unknown): number {
  return runFunction("REDUCTIONRATE", () => {
    const read = numbers([
      [before, "before"],
      [after, "after"],
    ]);
    return read.ok ? reductionRate(read.value[0], read.value[1]) : read;
  });
}

/**
 * Intensity: amount / output, e.g. t CO2 per 10^4 yuan of value added.
 * @customfunction INTENSITY
 * @helpurl https://localhost:3000/functions.html#INTENSITY
 * @param amount Amount (emission, energy, water …)
 * @param output Output (value added, production …), above zero
 * @returns amount / output
 */
export function intensityFunction(amount: unknown, output: unknown): number {
  return runFunction("INTENSITY", () => {
    const read = numbers([
      [amount, "amount"],
      [output, "output"],
    ]);
    return read.ok ? intensity(read.value[0], read.value[1]) : read;
  });
}

/**
 * Reduction rate of an intensity from period 0 to period 1, in percent: (I0 − I1) / I0 × 100 with I = amount / output.
 * @customfunction INTENSITYDROP
 * @helpurl https://localhost:3000/functions.html#INTENSITYDROP
 * @param amount0 Amount in period 0
 * @param output0 Output in period 0
 * @param amount1 Amount in period 1
 * @param output1 Output in period 1
 * @returns The intensity reduction rate in percent
 */
export function intensityDropFunction(amount0: unknown, output0: unknown, amount1: unknown, output1: unknown): number {
  return runFunction("INTENSITYDROP", () => {
    const read = numbers([
      [amount0, "amount0"],
      [output0, "output0"],
      [amount1, "amount1"],
      [output1, "output1"],
    ]);
    return read.ok ? intensityDrop(read.value[0], read.value[1], read.value[2], read.value[3]) : read;
  });
}

/**
 * Average annual reduction rate in percent: (1 − (last / first)^(1 / years)) × 100.
 * @customfunction AVGDROP
 * @helpurl https://localhost:3000/functions.html#AVGDROP
 * @param first Value in the first year (above zero)
 * @param last Value in the last year
 * @param years Number of years between first and last (above zero)
 * @returns The average annual reduction rate in percent
 */
export function averageDropFunction(first: unknown, last: unknown, years: unknown): number {
  return runFunction("AVGDROP", () => {
    const read = numbers([
      [first, "first"],
      [last, "last"],
      [years, "years"],
    ]);
    return read.ok ? averageAnnualDrop(read.value[0], read.value[1], read.value[2]) : read;
  });
}

/**
 * Elasticity: pollutant growth rate / value-added growth rate, both compound annual rates over years. #N/A when value added did not grow.
 * @customfunction ELASTICITY
 * @helpurl https://localhost:3000/functions.html#ELASTICITY
 * @param p0 Pollutant emission in the base year
 * @param p1 Pollutant emission in the later year
 * @param v0 Value added in the base year
 * @param v1 Value added in the later year
 * @param [years] Years between the two (default 1)
 * @returns The elasticity coefficient
 */
export function elasticityFunction(p0: unknown, p1: unknown, v0: unknown, v1: unknown, years?: unknown): number {
  return runFunction("ELASTICITY", () => {
    const read = numbers([
      [p0, "p0"],
      [p1, "p1"],
      [v0, "v0"],
      [v1, "v1"],
      [years, "years"],
    ]);
    if (!read.ok) return read;
    const [a, b, c, d, n] = read.value;
    const result = elasticity(a, b, c, d, n);
    return !result.ok && result.reason === "undefined-growth"
      ? explained("undefined-growth", MESSAGES.undefinedGrowth())
      : result;
  });
}

/**
 * One indicator's score: up min(cap, 100 × value / lead), down min(cap, 100 × lead / value), qualitative 100 or 0; clamped to [0, cap].
 * @customfunction SCORE
 * @helpurl https://localhost:3000/functions.html#SCORE
 * @param id Indicator id (EG1…MG31) or its Chinese name
 * @param value Indicator value (the answer text for a qualitative indicator)
 * @param [lead] Leading value overriding the catalog's
 * @param [cap] Score cap (default 120)
 * @returns The score
 */
export function scoreFunction(id: unknown, value: unknown, lead?: unknown, cap?: unknown): number {
  return runFunction("SCORE", () => {
    const def = toIndicatorInput(id);
    if (!def.ok) return def;
    const qualitative = def.value.direction === "qualitative";
    const v = qualitative ? toCellValue(value, "value") : toNumberInput(value, "value");
    const l = isOmitted(lead)
      ? success(def.value.lead)
      : qualitative
        ? toCellValue(lead, "lead")
        : toNumberInput(lead, "lead");
    const c = toNumberInput(cap, "cap");
    if (!v.ok) return v;
    if (!l.ok) return l;
    if (!c.ok) return c;
    return scoreIndicator(def.value.direction, v.value, l.value, c.value);
  });
}

/**
 * Total score: Σ weight × score / Σ weight over the evaluated indicators. A mandatory indicator is always evaluated (an empty score counts 0); an optional one when it has a score.
 * @customfunction TOTALSCORE
 * @helpurl https://localhost:3000/functions.html#TOTALSCORE
 * @param ids Range of indicator ids or names
 * @param scores Range of scores, same size as ids
 * @param [weights] Range of weights, same size (default 1 each)
 * @returns The total score
 */
export function totalScoreFunction(ids: unknown[][], scores: unknown[][], weights?: unknown[][]): number {
  return runFunction("TOTALSCORE", () => {
    const idCells = cellsOf(ids);
    const scoreList = toNumberList(scores, "scores");
    const weightList = isOmitted(weights) ? success(null) : toNumberList(weights, "weights");
    if (!scoreList.ok) return scoreList;
    if (!weightList.ok) return weightList;
    const sizes = sameLength(
      weightList.value ? [idCells, scoreList.value, weightList.value] : [idCells, scoreList.value],
      "ids, scores, weights",
    );
    if (!sizes.ok) return sizes;
    const entries: ScoreEntry[] = [];
    for (const [i, idCell] of idCells.entries()) {
      const score = scoreList.value[i];
      if (isOmitted(idCell)) {
        if (score === null) continue;
        return explained("invalid-input", MESSAGES.scoreWithoutId(i + 1));
      }
      const def = toIndicatorInput(idCell, "ids");
      if (!def.ok) return def;
      entries.push({ score, weight: weightList.value?.[i], evaluated: isEvaluated(def.value.flag, score !== null) });
    }
    return totalScore(entries);
  });
}

/**
 * Synergy grade 优良 / 合格 / 需改进: 优良 when every indicator meets its target; else 需改进 when any indicator with a basic requirement falls short of it; else 合格 when every main indicator meets its basic requirement; else 需改进.
 * @customfunction GRADE
 * @helpurl https://localhost:3000/functions.html#GRADE
 * @param actuals Range of actual values
 * @param targets Range of targets, same size
 * @param directions Range of directions: up/down, ↑/↓, 正向/逆向 or 1/-1
 * @param [main] Range of main-indicator flags (TRUE/FALSE, 是/否); default all main
 * @param [basics] Range of basic requirements; default the targets
 * @returns 优良, 合格 or 需改进
 */
export function gradeFunction(
  actuals: unknown[][],
  targets: unknown[][],
  directions: unknown[][],
  main?: unknown[][],
  basics?: unknown[][],
): string {
  return runFunction("GRADE", () => {
    const a = toNumberList(actuals, "actuals");
    const t = toNumberList(targets, "targets");
    const d = toDirectionList(directions, "directions");
    const m = isOmitted(main) ? success(undefined) : toFlagList(main, "main");
    const b = isOmitted(basics) ? success(undefined) : toNumberList(basics, "basics");
    if (!a.ok) return a;
    if (!t.ok) return t;
    if (!d.ok) return d;
    if (!m.ok) return m;
    if (!b.ok) return b;
    const columns = [a.value, t.value, d.value, ...(m.value ? [m.value] : []), ...(b.value ? [b.value] : [])];
    const sizes = sameLength(columns, "actuals, targets, directions, main, basics");
    return sizes.ok ? synergyGrade(a.value, t.value, d.value, m.value, b.value) : sizes;
  });
}

/**
 * Cleaner-production composite index Y (0–100) for level 1, 2 or 3, weights renormalised over the applicable indicators.
 * @customfunction CPINDEX
 * @helpurl https://localhost:3000/functions.html#CPINDEX
 * @param levels Range of achieved levels per indicator: 1, 2, 3, 0 for none, empty for not applicable
 * @param weights Range of weights, same size
 * @param level Level to evaluate: 1 (I), 2 (II) or 3 (III)
 * @returns The composite index Y, 0–100
 */
export function cpIndexFunction(levels: unknown[][], weights: unknown[][], level: unknown): number {
  return runFunction("CPINDEX", () => {
    const l = toNumberList(levels, "levels");
    const w = toNumberList(weights, "weights");
    const k = toNumberInput(level, "level");
    if (!l.ok) return l;
    if (!w.ok) return w;
    if (!k.ok) return k;
    const sizes = sameLength([l.value, w.value], "levels, weights");
    return sizes.ok ? cpIndex(l.value, w.value, k.value) : sizes;
  });
}

/**
 * Cleaner-production level: I级 when Y_I ≥ 85 and every binding indicator is at level I; II级 when Y_II ≥ 85 and every binding indicator at II or better; III级 when Y_III = 100; else 未达III级.
 * @customfunction CPLEVEL
 * @helpurl https://localhost:3000/functions.html#CPLEVEL
 * @param values Range of indicator values (empty: not applicable)
 * @param bench1 Range of level I benchmarks
 * @param bench2 Range of level II benchmarks
 * @param bench3 Range of level III benchmarks
 * @param weights Range of weights
 * @param directions Range of directions: up/down, ↑/↓, 正向/逆向 or 1/-1
 * @param binding Range of binding (限定性) flags: TRUE/FALSE, 是/否
 * @returns I级, II级, III级 or 未达III级
 */
export function cpLevelFunction(
  values: unknown[][],
  bench1: unknown[][],
  bench2: unknown[][],
  bench3: unknown[][],
  weights: unknown[][],
  directions: unknown[][],
  binding: unknown[][],
): string {
  return runFunction("CPLEVEL", () => {
    const v = toNumberList(values, "values");
    const b1 = toNumberList(bench1, "bench1");
    const b2 = toNumberList(bench2, "bench2");
    const b3 = toNumberList(bench3, "bench3");
    const w = toNumberList(weights, "weights");
    const d = toDirectionList(directions, "directions");
    const f = toFlagList(binding, "binding");
    if (!v.ok) return v;
    if (!b1.ok) return b1;
    if (!b2.ok) return b2;
    if (!b3.ok) return b3;
    if (!w.ok) return w;
    if (!d.ok) return d;
    if (!f.ok) return f;
    const sizes = sameLength(
      [v.value, b1.value, b2.value, b3.value, w.value, d.value, f.value],
      "values, bench1, bench2, bench3, weights, directions, binding",
    );
    if (!sizes.ok) return sizes;
    // each cell was read once above; the domain takes the read columns as they are
    const benches = { 1: b1.value, 2: b2.value, 3: b3.value };
    return cpLevelOfColumns({ values: v.value, benches, weights: w.value, directions: d.value, binding: f.value });
  });
}

/**
 * Tonnes of standard coal (tce) of an energy quantity (GB/T 2589). Carriers without a default (steam, water, electricity 等价值) need the coefficient.
 * @customfunction TCE
 * @helpurl https://localhost:3000/functions.html#TCE
 * @param quantity Quantity of the carrier
 * @param carrier Carrier name in Chinese or English (原煤, 天然气, 电力, 热力, 柴油 …)
 * @param [unit] Unit of the quantity: t, kg, m³, 万m³, kWh, 万kWh, MWh, GJ, MJ (default the coefficient's unit: kg for solids and liquids, m³ for gases, kWh, MJ)
 * @param [coefficient] Coefficient in kgce per unit, overriding the catalog's
 * @returns Standard coal in tce
 */
export function tceFunction(quantity: unknown, carrier: unknown, unit?: unknown, coefficient?: unknown): number {
  return runFunction("TCE", () => {
    const q = toNumberInput(quantity, "quantity");
    const c = toCarrierInput(carrier);
    const u = toUnitInput(unit);
    const k = toNumberInput(coefficient, "coefficient");
    if (!q.ok) return q;
    if (!c.ok) return c;
    if (!u.ok) return u;
    if (!k.ok) return k;
    const result = toStandardCoal(q.value, c.value.id, u.value?.id, k.value);
    if (!result.ok && result.reason === "no-default")
      return explained("no-default", MESSAGES.noCoefficient(c.value.name, u.value?.id ?? c.value.nativeUnit));
    return result;
  });
}

/**
 * Tonnes of CO2 of an energy quantity (GB/T 32150): fuels by NCV × carbon content × oxidation × 44/12, electricity by a grid factor set, heat 0.11 t/GJ. Coal types and steam need the factor.
 * @customfunction CO2
 * @helpurl https://localhost:3000/functions.html#CO2
 * @param quantity Quantity of the carrier
 * @param carrier Carrier name in Chinese or English (电力, 天然气, 柴油, 热力 …)
 * @param [unit] Unit of the quantity (default the carrier's native unit: kWh for electricity, m³ for gases, kg for liquids, MJ for heat)
 * @param [factor_set] Grid factor set for electricity, e.g. national-2023 (default), east-2023, 华东-2023, market-2022
 * @param [factor] Emission factor in t CO2 per unit, overriding every default
 * @returns CO2 in tonnes
 */
export function co2Function(
  quantity: unknown,
  carrier: unknown,
  unit?: unknown,
  factor_set?: unknown,
  factor?: unknown,
): number {
  return runFunction("CO2", () => {
    const q = toNumberInput(quantity, "quantity");
    const c = toCarrierInput(carrier);
    const u = toUnitInput(unit);
    const s = toFactorSetInput(factor_set);
    const f = toNumberInput(factor, "factor");
    if (!q.ok) return q;
    if (!c.ok) return c;
    if (!u.ok) return u;
    if (!s.ok) return s;
    if (!f.ok) return f;
    const result = toCo2(q.value, c.value.id, u.value?.id, s.value?.id, f.value);
    if (!result.ok && result.reason === "no-default")
      return explained("no-default", MESSAGES.noCo2Factor(c.value.name, u.value?.id ?? c.value.nativeUnit));
    return result;
  });
}

/**
 * Payback period N = I / F in years, F = (P − I/Y) × (1 − tax) + I/Y.
 * @customfunction PAYBACK
 * @helpurl https://localhost:3000/functions.html#PAYBACK
 * @param investment Investment I (e.g. 10^4 yuan)
 * @param annual_saving Annual net saving P, same unit
 * @param [years] Depreciation years Y (default 10)
 * @param [tax] Income tax rate as a fraction (default 0.25)
 * @returns The payback period in years
 */
export function paybackFunction(investment: unknown, annual_saving: unknown, years?: unknown, tax?: unknown): number {
  return runFunction("PAYBACK", () => {
    const read = numbers([
      [investment, "investment"],
      [annual_saving, "annual_saving"],
      [years, "years"],
      [tax, "tax"],
    ]);
    return read.ok ? paybackPeriod(read.value[0], read.value[1], read.value[2], read.value[3]) : read;
  });
}

/**
 * Net present value: Σ F/(1+rate)^j for j = 1…years, minus the investment.
 * @customfunction NPV
 * @helpurl https://localhost:3000/functions.html#NPV
 * @param investment Investment I
 * @param annual_saving Annual net saving P, same unit
 * @param years Depreciation years and lifetime
 * @param rate Discount rate as a fraction (6 % = 0.06)
 * @param [tax] Income tax rate as a fraction (default 0.25)
 * @returns The net present value, in the unit of the investment
 */
export function npvFunction(
  investment: unknown,
  annual_saving: unknown,
  years: unknown,
  rate: unknown,
  tax?: unknown,
): number {
  return runFunction("NPV", () => {
    const read = numbers([
      [investment, "investment"],
      [annual_saving, "annual_saving"],
      [years, "years"],
      [rate, "rate"],
      [tax, "tax"],
    ]);
    return read.ok ? netPresentValue(read.value[0], read.value[1], read.value[2], read.value[3], read.value[4]) : read;
  });
}

/**
 * Internal rate of return as a fraction: the exact root of Σ F/(1+IRR)^j = I. #NUM! when there is none between −99 % and 1000 %.
 * @customfunction IRR
 * @helpurl https://localhost:3000/functions.html#IRR
 * @param investment Investment I
 * @param annual_saving Annual net saving P, same unit
 * @param years Depreciation years and lifetime
 * @param [tax] Income tax rate as a fraction (default 0.25)
 * @returns The internal rate of return as a fraction (0.0717 = 7.17 %)
 */
export function irrFunction(investment: unknown, annual_saving: unknown, years: unknown, tax?: unknown): number {
  return runFunction("IRR", () => {
    const read = numbers([
      [investment, "investment"],
      [annual_saving, "annual_saving"],
      [years, "years"],
      [tax, "tax"],
    ]);
    if (!read.ok) return read;
    const result = internalRateOfReturn(read.value[0], read.value[1], read.value[2], read.value[3]);
    return !result.ok && result.reason === "no-convergence"
      ? explained("no-convergence", MESSAGES.irrNoRoot())
      : result;
  });
}

/**
 * Cost class of an option: 无/低费 below the threshold, 中/高费 at or above it. There is no national threshold: give the parameter sheet's.
 * @customfunction COSTCLASS
 * @helpurl https://localhost:3000/functions.html#COSTCLASS
 * @param investment Investment of the option (10^4 yuan)
 * @param [threshold] Threshold in the same unit (required in practice: #N/A without it)
 * @returns 无/低费 or 中/高费
 */
export function costClassFunction(investment: unknown, threshold?: unknown): string {
  return runFunction("COSTCLASS", () => {
    const read = numbers([
      [investment, "investment"],
      [threshold, "threshold"],
    ]);
    if (!read.ok) return read;
    const result = costClass(read.value[0], read.value[1]);
    return !result.ok && result.reason === "no-default" ? explained("no-default", MESSAGES.noThreshold()) : result;
  });
}

/**
 * Leading value (引领值) of an indicator from the catalog: a number, or the lead answer of a qualitative indicator.
 * @customfunction LEAD
 * @helpurl https://localhost:3000/functions.html#LEAD
 * @param id Indicator id (EG1…MG31) or its Chinese name
 * @returns The leading value
 */
export function leadFunction(id: unknown): number | string {
  return runFunction("LEAD", () => {
    const def = toIndicatorInput(id);
    return def.ok ? success(def.value.lead) : def;
  });
}

/**
 * Unit of an indicator (or of a raw data item such as va) from the catalog.
 * @customfunction UNIT
 * @helpurl https://localhost:3000/functions.html#UNIT
 * @param id Indicator id or name, or data item id
 * @returns The unit, e.g. %, 万元/tce, t/万元
 */
export function unitFunction(id: unknown): string {
  return runFunction("UNIT", () => {
    const entry = toCatalogEntryInput(id);
    if (!entry.ok) return entry;
    return success(entry.value.indicator?.unit ?? entry.value.item?.unit ?? "");
  });
}

/**
 * Name of an indicator (or of a raw data item) from the catalog, in Chinese (default) or English.
 * @customfunction NAME
 * @helpurl https://localhost:3000/functions.html#NAME
 * @param id Indicator id or name, or data item id
 * @param [lang] zh (default) or en
 * @returns The name
 */
export function nameFunction(id: unknown, lang?: unknown): string {
  return runFunction("NAME", () => {
    const entry = toCatalogEntryInput(id);
    const language = toLanguageInput(lang);
    if (!entry.ok) return entry;
    if (!language.ok) return language;
    const name = entry.value.indicator?.name ?? entry.value.item?.name;
    return success(name ? name[language.value] : "");
  });
}
