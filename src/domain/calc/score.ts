/**
 * Indicator scores, the evaluation set and the total score of the green diagnosis (docs/templates.md#scores).
 */
import type { Direction, IndicatorFlag, IndicatorGroup } from "../catalog";
import { answerOrText } from "./answers";
import { failure, value, type Outcome } from "./outcome";
import { finite, isMissing, readAmount, readNumber, spreadsheetTrim, type CellInput, type NumberInput } from "./inputs";
import { parseDirection } from "./direction";
import { standardDefaultWeight, standardFullScore, standardScoreCap } from "./standards";

function clampScore(score: number, cap: number): number {
  return Math.min(cap, Math.max(0, score));
}

/** The cap of docs/templates.md#scores: given, or the catalog's (《北京市工业园区绿色诊断工作指南》"单项指标最高得分不超过120"). */
function readCap(cap: unknown): Outcome<number> {
  return isMissing(cap) ? standardScoreCap() : readAmount(cap, "cap");
}

/** A direction of the catalog ("up" | "down" | "qualitative"), "Q"/"定性", or any word of docs/functions.md. */
export function parseScoreDirection(direction: unknown): Outcome<Direction> {
  if (
    typeof direction === "string" &&
    ["qualitative", "q", "定性"].includes(spreadsheetTrim(direction).toLowerCase())
  ) {
    return value("qualitative");
  }
  return parseDirection(direction);
}

/** The cap and the score at the leading value (docs/templates.md#scores: 120 and 100 by default). */
interface ScoreScale {
  readonly cap: number;
  readonly full: number;
}

/** docs/templates.md#scores Q: 100 when the answer equals the lead answer (in any of its forms, calc/answers.ts), else 0. */
function scoreAnswer(answer: unknown, lead: unknown, { cap, full }: ScoreScale): Outcome<number> {
  if (isMissing(lead)) return failure("missing-input", "lead answer is missing");
  if (isMissing(answer)) return failure("missing-input", "answer is missing");
  if (typeof answer !== "string" || typeof lead !== "string") return failure("invalid-input", "answer is not text");
  return value(clampScore(answerOrText(answer) === answerOrText(lead) ? full : 0, cap));
}

/** docs/templates.md#scores ↑: min(cap, 100 × value / lead). */
function scoreLarger(v: unknown, lead: unknown, { cap, full }: ScoreScale): Outcome<number> {
  const leadValue = readAmount(lead, "lead");
  const read = readNumber(v, "value");
  if (!leadValue.ok) return leadValue;
  if (!read.ok) return read;
  if (leadValue.value === 0) return failure("division-by-zero", "lead is zero");
  return value(clampScore((full * read.value) / leadValue.value, cap));
}

/** docs/templates.md#scores ↓: min(cap, 100 × lead / value); a value ≤ 0 scores the cap. */
function scoreSmaller(v: unknown, lead: unknown, { cap, full }: ScoreScale): Outcome<number> {
  const leadValue = readAmount(lead, "lead");
  const read = readNumber(v, "value");
  if (!leadValue.ok) return leadValue;
  if (!read.ok) return read;
  if (read.value <= 0) return value(cap);
  return value(clampScore((full * leadValue.value) / read.value, cap));
}

/**
 * docs/templates.md#scores: one indicator's score, clamped to [0, cap]. `cap` defaults to the catalog's score cap and
 * `fullScore` (the score at the lead, 100) to the catalog's, as the parameter sheet holds them.
 * A lead of zero cannot scale an ↑ score (division by zero); a negative lead is invalid.
 */
export function scoreIndicator(
  direction: unknown,
  v: CellInput,
  lead: CellInput,
  cap?: NumberInput,
  fullScore?: NumberInput,
): Outcome<number> {
  const parsedDirection = parseScoreDirection(direction);
  const parsedCap = readCap(cap);
  const full = isMissing(fullScore) ? standardFullScore() : readAmount(fullScore, "full score");
  if (!parsedDirection.ok) return parsedDirection;
  if (!parsedCap.ok) return parsedCap;
  if (!full.ok) return full;
  const scale = { cap: parsedCap.value, full: full.value };
  switch (parsedDirection.value) {
    case "qualitative":
      return scoreAnswer(v, lead, scale);
    case "up":
      return scoreLarger(v, lead, scale);
    case "down":
      return scoreSmaller(v, lead, scale);
  }
}

/**
 * docs/templates.md#scores evaluation set: a mandatory indicator is always evaluated; an optional one when selected,
 * and by default (selection empty) when its value can be computed.
 */
export function isEvaluated(flag: IndicatorFlag, computable: boolean, selected?: boolean | null): boolean {
  if (flag === "mandatory") return true;
  return selected ?? computable;
}

/** How one indicator enters the total (docs/templates.md#scores). */
export interface CountedScore {
  readonly evaluated: boolean;
  /** the score that enters the total; null when the indicator is not evaluated */
  readonly counted: number | null;
  /** evaluated but not computable: scored 0, and the review reports it (docs/templates.md#scores) */
  readonly scoredZeroForMissing: boolean;
}

/** docs/templates.md#scores: an evaluated indicator whose value cannot be computed scores 0. */
export function countScore(flag: IndicatorFlag, score: Outcome<number>, selected?: boolean | null): CountedScore {
  const evaluated = isEvaluated(flag, score.ok, selected);
  if (!evaluated) return { evaluated, counted: null, scoredZeroForMissing: false };
  return { evaluated, counted: score.ok ? score.value : 0, scoredZeroForMissing: !score.ok };
}

/** One row of the total (docs/templates.md#scores): a score, its weight (default from the catalog), evaluated or not. */
export interface ScoreEntry {
  readonly score: NumberInput;
  readonly weight?: NumberInput;
  readonly evaluated: boolean;
}

/** Σ wᵢ·sᵢ and Σ wᵢ over the evaluated entries, and their quotient. */
export interface ScoreAggregate {
  readonly weightedSum: number;
  readonly weightTotal: number;
  /** Σ wᵢ·sᵢ / Σ wᵢ; division-by-zero when no weight is evaluated */
  readonly average: Outcome<number>;
}

function readWeight(weight: unknown): Outcome<number> {
  return isMissing(weight) ? standardDefaultWeight() : readAmount(weight, "weight");
}

/** An evaluated entry with an empty score counts 0 (docs/templates.md#scores mandatory rule). */
function readCountedScore(score: unknown): Outcome<number> {
  return isMissing(score) ? value(0) : readNumber(score, "score");
}

/** Σ wᵢ·sᵢ / Σ wᵢ over the evaluated entries (docs/templates.md#scores). */
export function aggregateScores(entries: readonly ScoreEntry[]): Outcome<ScoreAggregate> {
  if (!Array.isArray(entries)) return failure("invalid-input", "scores must be a list");
  let weightedSum = 0;
  let weightTotal = 0;
  for (const entry of entries.filter((e: ScoreEntry | null) => e?.evaluated === true)) {
    const weight = readWeight(entry.weight);
    const score = readCountedScore(entry.score);
    if (!weight.ok) return weight;
    if (!score.ok) return score;
    weightedSum += weight.value * score.value;
    weightTotal += weight.value;
  }
  const average =
    weightTotal === 0 ? failure("division-by-zero", "no weight is evaluated") : finite(weightedSum / weightTotal);
  return value({ weightedSum, weightTotal, average });
}

/** docs/templates.md#scores total = Σ wᵢ·scoreᵢ / Σ wᵢ over the evaluated indicators. */
export function totalScore(entries: readonly ScoreEntry[]): Outcome<number> {
  const aggregate = aggregateScores(entries);
  return aggregate.ok ? aggregate.value.average : aggregate;
}

/** A score entry that belongs to an indicator group. */
export interface GroupedScoreEntry extends ScoreEntry {
  readonly group: IndicatorGroup;
}

/**
 * Group subtotals (docs/templates.md#scores "subtotals per group"): per group the weighted sum, the weight and the
 * weighted average. The weighted sums and weights add up to the total's, so a subtotal table agrees
 * with the total whichever of the two figures a template shows.
 */
export function groupSubtotals(
  entries: readonly GroupedScoreEntry[],
): Outcome<ReadonlyMap<IndicatorGroup, ScoreAggregate>> {
  if (!Array.isArray(entries)) return failure("invalid-input", "scores must be a list");
  const groups = [...new Set(entries.map((e: GroupedScoreEntry | null) => e?.group))].filter(
    (g): g is IndicatorGroup => typeof g === "string",
  );
  const subtotals = new Map<IndicatorGroup, ScoreAggregate>();
  for (const group of groups) {
    const aggregate = aggregateScores(entries.filter((e: GroupedScoreEntry | null) => e?.group === group));
    if (!aggregate.ok) return aggregate;
    subtotals.set(group, aggregate.value);
  }
  return value(subtotals);
}
