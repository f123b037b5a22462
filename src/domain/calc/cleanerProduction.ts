/**
 * Cleaner-production level by the composite index (docs/templates.md#cleaner-production-level).
 */
import type { CpLevelLabel } from "../catalog";
import { failure, value, type Outcome } from "./outcome";
import { asList, isMissing, readAmount, readNumber } from "./inputs";
import { meetsTarget, parseDirection, parseFlag, type TargetDirection } from "./direction";
import {
  standardDefaultWeight,
  standardLevelIIIThreshold,
  standardLevelThreshold,
  standardMembershipScore,
} from "./standards";

/** Benchmark levels: 1 = I级 (best), 2 = II级, 3 = III级. */
export type CpBenchmarkLevel = 1 | 2 | 3;
/** An indicator's achieved level: 1–3, 0 for none, null for not applicable. */
export type AchievedLevel = CpBenchmarkLevel | 0 | null;
/** The level labels of docs/functions.md, as the catalog names them. */
export type CpLevel = CpLevelLabel;

const BENCHMARK_LEVELS: readonly CpBenchmarkLevel[] = [1, 2, 3];

interface WeightedLevel {
  readonly achieved: CpBenchmarkLevel | 0;
  readonly weight: number;
}

function readBenchmarkLevel(level: unknown): Outcome<CpBenchmarkLevel> {
  const read = readNumber(level, "level");
  if (!read.ok) return read;
  const found = BENCHMARK_LEVELS.find((l) => l === read.value);
  return found === undefined ? failure("invalid-input", "level must be 1, 2 or 3") : value(found);
}

function readAchievedLevel(level: unknown): Outcome<CpBenchmarkLevel | 0> {
  return level === 0 ? value(0) : readBenchmarkLevel(level);
}

/** The weights column: omitted entirely means equal weights; otherwise one weight per indicator. */
function readWeightColumn(weights: unknown, rows: number): Outcome<readonly unknown[]> {
  if (isMissing(weights)) {
    const weight = standardDefaultWeight();
    return weight.ok ? value(new Array<unknown>(rows).fill(weight.value)) : weight;
  }
  const list = asList(weights);
  return list.length === rows ? value(list) : failure("invalid-input", "weights differ in length from the indicators");
}

/** docs/templates.md#cleaner-production-level membership: Y_k(x) = 100 when x meets level k; levels nest (I meets II and III). */
function meetsLevel(achieved: CpBenchmarkLevel | 0, level: CpBenchmarkLevel): boolean {
  return achieved !== 0 && achieved <= level;
}

/** Y_k = Σ w·Y_k(x) / Σ w over the applicable indicators (weights renormalised, docs/templates.md#cleaner-production-level). */
function compositeIndex(rows: readonly WeightedLevel[], level: CpBenchmarkLevel): Outcome<number> {
  const membership = standardMembershipScore();
  if (!membership.ok) return membership;
  if (rows.length === 0) return failure("missing-input", "no applicable indicator");
  const total = rows.reduce((sum, r) => sum + r.weight, 0);
  if (total === 0) return failure("division-by-zero", "applicable weights sum to zero");
  const met = rows.reduce((sum, r) => sum + (meetsLevel(r.achieved, level) ? r.weight : 0), 0);
  return value((membership.value * met) / total);
}

function readWeightedLevels(levels: readonly unknown[], weights: readonly unknown[]): Outcome<WeightedLevel[]> {
  const rows: WeightedLevel[] = [];
  for (let i = 0; i < levels.length; i++) {
    if (isMissing(levels[i])) continue; // not applicable
    const achieved = readAchievedLevel(levels[i]);
    const weight = readAmount(weights[i], "weight");
    if (!achieved.ok) return achieved;
    if (!weight.ok) return weight;
    rows.push({ achieved: achieved.value, weight: weight.value });
  }
  return value(rows);
}

/**
 * GREEN.CPINDEX: composite index Y (0–100) for level 1, 2 or 3 (docs/templates.md#cleaner-production-level). `levels` holds each
 * indicator's achieved level (1, 2, 3, 0 for none, empty for not applicable); `weights` are the
 * products wᵢ·ωᵢⱼ, renormalised over the applicable indicators (omitted: equal weights).
 */
export function cpIndex(levels: unknown, weights: unknown, level: unknown): Outcome<number> {
  const levelList = asList(levels);
  const benchmark = readBenchmarkLevel(level);
  const weightList = readWeightColumn(weights, levelList.length);
  if (!benchmark.ok) return benchmark;
  if (!weightList.ok) return weightList;
  const rows = readWeightedLevels(levelList, weightList.value);
  return rows.ok ? compositeIndex(rows.value, benchmark.value) : rows;
}

const LEVEL: Readonly<Record<CpBenchmarkLevel | 0, Outcome<CpBenchmarkLevel | 0>>> = {
  0: value(0),
  1: value(1),
  2: value(2),
  3: value(3),
};

/** An indicator's achieved level against three benchmarks; a missing benchmark cannot be met. */
function achievedLevel(v: number, columns: CpColumns, i: number): Outcome<CpBenchmarkLevel | 0> {
  const direction = parseDirection(columns.directions[i]);
  if (!direction.ok) return direction;
  for (const level of BENCHMARK_LEVELS) {
    const bench = columns.benches[level][i];
    if (isMissing(bench)) continue;
    let target: number;
    if (typeof bench === "number" && Number.isFinite(bench)) target = bench;
    else {
      const read = readNumber(bench, `benchmark ${level}`);
      if (!read.ok) return read;
      target = read.value;
    }
    if (meetsTarget(v, target, direction.value)) return LEVEL[level];
  }
  return LEVEL[0];
}

/** The per-indicator result of a level assessment. */
export interface CpAssessment {
  /** achieved level per indicator (null: not applicable, value empty) */
  readonly achieved: readonly AchievedLevel[];
  readonly indexI: number;
  readonly indexII: number;
  readonly indexIII: number;
  readonly level: CpLevel;
}

interface CpColumns {
  readonly values: readonly unknown[];
  readonly benches: Readonly<Record<CpBenchmarkLevel, readonly unknown[]>>;
  readonly weights: readonly unknown[];
  readonly directions: readonly unknown[];
  readonly binding: readonly unknown[];
}

function readColumns(
  values: unknown,
  b1: unknown,
  b2: unknown,
  b3: unknown,
  weights: unknown,
  directions: unknown,
  binding: unknown,
): Outcome<CpColumns> {
  const v = asList(values);
  const benches = { 1: asList(b1), 2: asList(b2), 3: asList(b3) };
  const d = asList(directions);
  const w = readWeightColumn(weights, v.length);
  const bound = isMissing(binding) ? new Array<unknown>(v.length).fill(false) : asList(binding);
  if (!w.ok) return w;
  for (const column of [benches[1], benches[2], benches[3], d, bound])
    if (column.length !== v.length) return failure("invalid-input", "columns differ in length");
  return value({ values: v, benches, weights: w.value, directions: d, binding: bound });
}

/** Achieved levels per row and which applicable rows are binding. */
function readAchievements(columns: CpColumns): Outcome<{ achieved: AchievedLevel[]; binding: boolean[] }> {
  const achieved: AchievedLevel[] = [];
  const binding: boolean[] = [];
  for (let i = 0; i < columns.values.length; i++) {
    const flag = columns.binding[i];
    if (typeof flag === "boolean") binding.push(flag);
    else {
      const bound = parseFlag(flag);
      if (!bound.ok) return bound;
      binding.push(bound.value);
    }
    const x = columns.values[i];
    if (isMissing(x)) {
      achieved.push(null); // docs/templates.md#cleaner-production-level: not applicable, as an empty level of GREEN.CPINDEX
      continue;
    }
    let v: number;
    if (typeof x === "number" && Number.isFinite(x)) v = x;
    else {
      const read = readNumber(x, "value");
      if (!read.ok) return read;
      v = read.value;
    }
    const level = achievedLevel(v, columns, i);
    if (!level.ok) return level;
    achieved.push(level.value);
  }
  return value({ achieved, binding });
}

/**
 * Y_I, Y_II and Y_III in one pass over the applicable indicators (as cpIndex computes each: weights
 * renormalised over the applicable indicators, docs/templates.md#cleaner-production-level).
 */
function compositeIndices(
  achieved: readonly AchievedLevel[],
  weights: readonly unknown[],
): Outcome<[number, number, number]> {
  const membership = standardMembershipScore();
  let total = 0;
  let applicable = 0;
  const met: Record<CpBenchmarkLevel, number> = { 1: 0, 2: 0, 3: 0 };
  for (let i = 0; i < achieved.length; i++) {
    const a = achieved[i];
    if (a === undefined || a === null) continue;
    const w = weights[i];
    let weight: number;
    if (typeof w === "number" && Number.isFinite(w) && w >= 0) weight = w;
    else {
      const read = readAmount(w, "weight");
      if (!read.ok) return read;
      weight = read.value;
    }
    applicable++;
    total += weight;
    for (const level of BENCHMARK_LEVELS) if (meetsLevel(a, level)) met[level] += weight;
  }
  if (!membership.ok) return membership;
  if (applicable === 0) return failure("missing-input", "no applicable indicator");
  if (total === 0) return failure("division-by-zero", "applicable weights sum to zero");
  const m = membership.value;
  return value([(m * met[1]) / total, (m * met[2]) / total, (m * met[3]) / total]);
}

/** docs/templates.md#cleaner-production-level: every applicable binding indicator at `level` or better. */
function bindingMeets(
  achieved: readonly AchievedLevel[],
  binding: readonly boolean[],
  level: CpBenchmarkLevel,
): boolean {
  return achieved.every((a, i) => a === null || !binding[i] || meetsLevel(a, level));
}

function levelOf(
  indices: readonly [number, number, number],
  achieved: readonly AchievedLevel[],
  binding: readonly boolean[],
): Outcome<CpLevel> {
  const threshold = standardLevelThreshold();
  const thresholdIII = standardLevelIIIThreshold();
  if (!threshold.ok) return threshold;
  if (!thresholdIII.ok) return thresholdIII;
  if (indices[0] >= threshold.value && bindingMeets(achieved, binding, 1)) return value("I级");
  if (indices[1] >= threshold.value && bindingMeets(achieved, binding, 2)) return value("II级");
  if (indices[2] >= thresholdIII.value) return value("III级");
  return value("未达III级");
}

/**
 * The full level assessment behind GREEN.CPLEVEL (docs/templates.md#cleaner-production-level): I级 when Y_I ≥ 85 and every binding
 * indicator is at level I; II级 when Y_II ≥ 85 and every binding indicator is at II or better;
 * III级 when Y_III = 100; otherwise 未达III级. An empty value means not applicable.
 */
export function cpAssessment(
  values: unknown,
  bench1: unknown,
  bench2: unknown,
  bench3: unknown,
  weights: unknown,
  directions: unknown,
  binding: unknown,
): Outcome<CpAssessment> {
  const columns = readColumns(values, bench1, bench2, bench3, weights, directions, binding);
  if (!columns.ok) return columns;
  const achievements = readAchievements(columns.value);
  if (!achievements.ok) return achievements;
  const indices = compositeIndices(achievements.value.achieved, columns.value.weights);
  if (!indices.ok) return indices;
  const triple = indices.value;
  const level = levelOf(triple, achievements.value.achieved, achievements.value.binding);
  if (!level.ok) return level;
  return value({
    achieved: achievements.value.achieved,
    indexI: triple[0],
    indexII: triple[1],
    indexIII: triple[2],
    level: level.value,
  });
}

/**
 * The columns of a level assessment already read cell by cell (GREEN.CPLEVEL's ranges, src/functions/coerce.ts):
 * numbers or null for an empty cell, directions or null, flags; every column as long as `values`.
 */
export interface CpReadColumns {
  readonly values: readonly (number | null)[];
  readonly benches: Readonly<Record<CpBenchmarkLevel, readonly (number | null)[]>>;
  readonly weights: readonly (number | null)[];
  readonly directions: readonly (TargetDirection | null)[];
  readonly binding: readonly boolean[];
}

/** A read indicator's level: its direction must be given; an empty benchmark cannot be met. */
function readLevel(v: number, columns: CpReadColumns, i: number): Outcome<CpBenchmarkLevel | 0> {
  const direction = columns.directions[i];
  if (direction === null || direction === undefined) return failure("missing-input", "direction is missing");
  for (const level of BENCHMARK_LEVELS) {
    const bench = columns.benches[level][i];
    if (bench !== null && bench !== undefined && meetsTarget(v, bench, direction)) return LEVEL[level];
  }
  return LEVEL[0];
}

/**
 * GREEN.CPLEVEL on columns already read (CpReadColumns): the same assessment and the same failures as `cpLevel`,
 * without reading each cell again. Empty values are not applicable.
 */
export function cpLevelOfColumns(columns: CpReadColumns): Outcome<CpLevel> {
  const n = columns.values.length;
  const lengths = [columns.benches[1], columns.benches[2], columns.benches[3], columns.directions, columns.binding];
  if (columns.weights.length !== n) return failure("invalid-input", "weights differ in length from the indicators");
  if (lengths.some((column) => column.length !== n)) return failure("invalid-input", "columns differ in length");
  const achieved: AchievedLevel[] = [];
  for (let i = 0; i < n; i++) {
    const v = columns.values[i];
    if (v === null || v === undefined) {
      achieved.push(null); // not applicable, as in readAchievements
      continue;
    }
    const level = readLevel(v, columns, i);
    if (!level.ok) return level;
    achieved.push(level.value);
  }
  const indices = compositeIndices(achieved, columns.weights);
  return indices.ok ? levelOf(indices.value, achieved, columns.binding) : indices;
}

/** GREEN.CPLEVEL: "I级" / "II级" / "III级" / "未达III级" (docs/functions.md, docs/templates.md#cleaner-production-level). */
export function cpLevel(
  values: unknown,
  bench1: unknown,
  bench2: unknown,
  bench3: unknown,
  weights: unknown,
  directions: unknown,
  binding: unknown,
): Outcome<CpLevel> {
  const assessment = cpAssessment(values, bench1, bench2, bench3, weights, directions, binding);
  return assessment.ok ? value(assessment.value.level) : assessment;
}
