/**
 * A whole park evaluated year by year (docs/templates.md `indicators` sheet, docs/data-file.md park data file, docs/templates.md#scores):
 * each indicator's value and score, the evaluation set, group subtotals and the total per year.
 */
import { INDICATORS } from "../catalog";
import type { IndicatorDef, IndicatorFlag, IndicatorGroup, IndicatorId } from "../catalog";
import { failure, value, type Outcome } from "./outcome";
import { finite, isMissing, readAmount, type CellInput } from "./inputs";
import { totalStandardCoal, type EnergyUse } from "./energy";
import { indicatorValue, type IndicatorValue, type YearData } from "./indicators";
import { aggregateScores, countScore, scoreIndicator, type GroupedScoreEntry, type ScoreAggregate } from "./score";
import { standardDefaultWeight } from "./standards";

/** One carrier row of the park data file's energy block (docs/data-file.md). */
export interface EnergyRow {
  readonly carrier: string;
  readonly unit?: string;
  /** one entry per year, null for missing */
  readonly values: readonly (number | null)[];
  /** kgce per unit, for carriers with no default coefficient */
  readonly coefficient?: number | null;
  /** t CO₂ per the row's unit, for the carbon inventory (docs/templates.md#carbon-inventory) */
  readonly co2Factor?: number | null;
}

/** The park data file of docs/data-file.md: the base year and the evaluation years, values by data item. */
export interface ParkData {
  readonly years: readonly number[];
  readonly values: Readonly<Record<string, readonly CellInput[]>>;
  readonly energy?: readonly EnergyRow[];
}

/** Parameter-sheet choices; every field defaults to the catalog (docs/templates.md `params`). */
export interface EvaluationParams {
  readonly leads?: Readonly<Record<IndicatorId, number | string>>;
  readonly cap?: number;
  /** the score at the leading value (docs/templates.md#scores: 100); absent = the catalog's */
  readonly fullScore?: number;
  readonly weights?: Readonly<Record<IndicatorId, number>>;
  /** optional indicators: true selected, false not selected, absent = default rule (docs/templates.md#scores) */
  readonly selection?: Readonly<Record<IndicatorId, boolean | null>>;
  readonly indicators?: readonly IndicatorDef[];
}

export interface IndicatorResult {
  readonly id: IndicatorId;
  readonly group: IndicatorGroup;
  readonly flag: IndicatorFlag;
  readonly value: Outcome<IndicatorValue>;
  /** the score of the value (a failure when the value has none) */
  readonly score: Outcome<number>;
  readonly evaluated: boolean;
  /** the score entering the total: 0 for an evaluated indicator that cannot be computed */
  readonly counted: number | null;
  /** evaluated but not computable (docs/templates.md#scores: "scores 0 and the review reports it") */
  readonly scoredZeroForMissing: boolean;
  readonly weight: number;
}

export interface GroupResult extends ScoreAggregate {
  readonly group: IndicatorGroup;
}

export interface YearEvaluation {
  readonly year: number;
  /** energy_total used for the year: from the energy block when given, else the data value */
  readonly energyTotal: Outcome<number>;
  readonly indicators: readonly IndicatorResult[];
  readonly groups: readonly GroupResult[];
  readonly total: Outcome<number>;
}

export interface ParkEvaluation {
  readonly years: readonly YearEvaluation[];
}

function readLookup<T>(table: Readonly<Record<string, T>> | undefined, id: string): T | undefined {
  if (table === undefined || table === null || typeof table !== "object") return undefined;
  return Object.prototype.hasOwnProperty.call(table, id) ? table[id] : undefined;
}

/** Entry k of a per-year list; anything that is not a list has no entries. */
function entryAt(list: unknown, k: number): unknown {
  return Array.isArray(list) ? list[k] : undefined;
}

/** An energy row with a quantity for year k: the block is "filled" that year (docs/data-file.md). */
function energyBlockFilled(data: ParkData, k: number): boolean {
  return (
    Array.isArray(data.energy) &&
    data.energy.some((row) => row !== null && typeof row === "object" && !isMissing(entryAt(row.values, k)))
  );
}

/**
 * energy_total of year k (docs/data-file.md "computed from the energy block when that is filled"): the block's
 * sum in tce (§4.6) in a year where any carrier has a quantity, else the reported energy_total.
 */
export function energyTotalOfYear(data: ParkData, k: number): Outcome<number> {
  if (!energyBlockFilled(data, k))
    return readAmount(entryAt(readLookup(data.values, "energy_total"), k), "energy_total");
  const rows: readonly (EnergyRow | null)[] = data.energy ?? [];
  if (rows.some((row) => row === null || typeof row !== "object"))
    return failure("invalid-input", "an energy row is not a record");
  const uses: EnergyUse[] = rows.map((row) => ({
    quantity: entryAt(row?.values, k),
    carrier: row?.carrier,
    unit: row?.unit,
    coefficient: row?.coefficient,
  }));
  return totalStandardCoal(uses);
}

/** The data items of year k, energy_total replaced by the energy block's sum where the block is filled. */
function yearData(data: ParkData, k: number, energyTotal: Outcome<number>): YearData {
  const year: Record<string, unknown> = {};
  for (const [id, values] of Object.entries(data.values)) year[id] = entryAt(values, k);
  if (energyBlockFilled(data, k)) year.energy_total = energyTotal.ok ? energyTotal.value : null;
  return year;
}

function readWeightOf(params: EvaluationParams, id: string): Outcome<number> {
  const weight = readLookup(params.weights, id);
  return isMissing(weight) ? standardDefaultWeight() : readAmount(weight, `weight of ${id}`);
}

function evaluateIndicator(
  def: IndicatorDef,
  current: YearData,
  prev: YearData,
  params: EvaluationParams,
): Outcome<IndicatorResult> {
  const weight = readWeightOf(params, def.id);
  if (!weight.ok) return weight;
  const v = indicatorValue(def, current, prev);
  const lead = readLookup(params.leads, def.id) ?? def.lead;
  const score = v.ok ? scoreIndicator(def.direction, v.value, lead, params.cap, params.fullScore) : v;
  const counted = countScore(def.flag, score, readLookup(params.selection, def.id));
  return value({ id: def.id, group: def.group, flag: def.flag, value: v, score, ...counted, weight: weight.value });
}

function groupResults(results: readonly IndicatorResult[]): Outcome<GroupResult[]> {
  const groups: GroupResult[] = [];
  for (const group of [...new Set(results.map((r) => r.group))]) {
    const entries: GroupedScoreEntry[] = results
      .filter((r) => r.group === group)
      .map((r) => ({ group, score: r.counted, weight: r.weight, evaluated: r.evaluated }));
    const aggregate = aggregateScores(entries);
    if (!aggregate.ok) return aggregate;
    groups.push({ group, ...aggregate.value });
  }
  return value(groups);
}

function evaluateYear(
  data: ParkData,
  k: number,
  calendarYear: number,
  params: EvaluationParams,
): Outcome<YearEvaluation> {
  const energyTotal = energyTotalOfYear(data, k);
  const current = yearData(data, k, energyTotal);
  const prev = yearData(data, k - 1, energyTotalOfYear(data, k - 1));
  const results: IndicatorResult[] = [];
  for (const def of params.indicators ?? INDICATORS) {
    const result = evaluateIndicator(def, current, prev, params);
    if (!result.ok) return result;
    results.push(result.value);
  }
  const groups = groupResults(results);
  if (!groups.ok) return groups;
  const weightedSum = groups.value.reduce((sum, g) => sum + g.weightedSum, 0);
  const weightTotal = groups.value.reduce((sum, g) => sum + g.weightTotal, 0);
  const total =
    weightTotal === 0 ? failure("division-by-zero", "no indicator is evaluated") : finite(weightedSum / weightTotal);
  return value({ year: calendarYear, energyTotal, indicators: results, groups: groups.value, total });
}

/**
 * Evaluates every evaluation year years[1…] of the park data, each against the year before it
 * (docs/templates.md: "the base year feeds the year-1 reduction and elasticity indicators").
 */
export function evaluatePark(data: ParkData, params: EvaluationParams = {}): Outcome<ParkEvaluation> {
  if (data === null || typeof data !== "object" || !Array.isArray(data.years) || data.years.length < 2) {
    return failure("invalid-input", "park data needs a base year and at least one evaluation year");
  }
  if (data.values === null || typeof data.values !== "object")
    return failure("invalid-input", "park data has no values");
  if (data.energy !== undefined && !Array.isArray(data.energy))
    return failure("invalid-input", "the energy block must be a list");
  if (params === null || typeof params !== "object") return failure("invalid-input", "parameters must be a record");
  const years: YearEvaluation[] = [];
  for (const [k, calendarYear] of data.years.entries()) {
    if (k === 0) continue; // the base year is read as the year before year 1
    const year = evaluateYear(data, k, calendarYear, params);
    if (!year.ok) return year;
    years.push(year.value);
  }
  return value({ years });
}

/**
 * The data items every mandatory indicator needs, with the years k (0 = base year … 3) it reads them in
 * (docs/templates.md#scores: a mandatory indicator is always evaluated). Optional inputs (RG6's 综合利用往年贮存量, 0 when
 * empty) are not needed. In data-item order of the catalog's indicators.
 */
export function mandatoryInputYears(): ReadonlyMap<string, ReadonlySet<number>> {
  const need = new Map<string, Set<number>>();
  for (const def of INDICATORS.filter((d) => d.flag === "mandatory")) {
    for (const input of def.inputs.filter((x) => !x.optional)) {
      for (const item of input.items) {
        const years = need.get(item) ?? new Set<number>();
        for (const k of [1, 2, 3]) years.add(input.year === "prev" ? k - 1 : k);
        need.set(item, years);
      }
    }
  }
  return need;
}
