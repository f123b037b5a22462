/**
 * The 31 indicators of docs/data-file.md, computed by interpreting the catalog's `IndicatorDef.formula`:
 * no indicator is a branch in code (catalog/types.ts).
 */
import { findDataItem } from "../catalog";
import type { DataItemId, IndicatorDef, IndicatorFormula } from "../catalog";
import { readAnswer } from "./answers";
import { failure, value, type Outcome } from "./outcome";
import { asList, finite, isMissing, readAll, readAmount, spreadsheetTrim } from "./inputs";
import { elasticity, intensityDrop, readOutputGrowth } from "./rates";

/**
 * One year of raw inputs by data item id (docs/data-file.md): numbers, answers, or empty. Values are typed
 * `unknown` because every one is checked at run time (cells and files can hold anything).
 */
export type YearData = Readonly<Record<DataItemId, unknown>>;

/** A quantitative value, or the answer of a qualitative indicator. */
export type IndicatorValue = number | string;

function readItem(data: YearData | undefined, id: DataItemId): unknown {
  if (data === null || typeof data !== "object") return undefined;
  return Object.prototype.hasOwnProperty.call(data, id) ? data[id] : undefined;
}

type RatioFormula = Extract<IndicatorFormula, { kind: "ratio" }>;

/** docs/data-file.md ratio: scale × numerator / Σ denominator terms; optional terms count 0 when empty (RG6). */
function ratioValue(formula: RatioFormula, data: YearData): Outcome<number> {
  const numerator = readAmount(readItem(data, formula.numerator), formula.numerator);
  const denominator = formula.denominator.map((id) => readAmount(readItem(data, id), id));
  const optional = (formula.optionalDenominator ?? []).map((id) => {
    const x = readItem(data, id);
    return isMissing(x) ? value(0) : readAmount(x, id);
  });
  const inputs = readAll([numerator, ...denominator, ...optional]);
  if (!inputs.ok) return inputs;
  const [top, ...terms] = inputs.value;
  const bottom = terms.reduce((sum, term) => sum + term, 0);
  if (bottom === 0) return failure("division-by-zero", `denominator of ${formula.numerator} is zero`);
  return finite((formula.scale * top) / bottom);
}

/**
 * docs/data-file.md "the answer": one of the data item's answers, surrounding blanks ignored. The English
 * meaning ("available") and an English sheet's "具备 (available)" read as the Chinese answer (calc/answers.ts),
 * the form of the lead answers.
 */
function answerValue(item: DataItemId, data: YearData): Outcome<string> {
  const x = readItem(data, item);
  if (isMissing(x)) return failure("missing-input", `${item} is missing`);
  if (typeof x !== "string") return failure("invalid-input", `${item} is not an answer`);
  const def = findDataItem(item);
  if (!def?.answers) return value(spreadsheetTrim(x));
  const chinese = readAnswer(x, def.answers);
  return chinese === undefined ? failure("invalid-input", `${x} is not an answer of ${item}`) : value(chinese);
}

/** HG24: the largest pollutant elasticity; a pollutant empty in both years is not reported. */
function maxElasticity(
  pollutants: readonly DataItemId[],
  output: DataItemId,
  current: YearData,
  prev: YearData,
): Outcome<number> {
  const growth = readOutputGrowth(readItem(prev, output), readItem(current, output));
  if (!growth.ok) return growth;
  const [v0, v1] = growth.value;
  const elasticities: number[] = [];
  for (const pollutant of pollutants) {
    const p0 = readItem(prev, pollutant);
    const p1 = readItem(current, pollutant);
    if (isMissing(p0) && isMissing(p1)) continue;
    const e = elasticity(p0, p1, v0, v1);
    if (!e.ok) return e;
    elasticities.push(e.value);
  }
  if (elasticities.length === 0) return failure("missing-input", "no pollutant is reported");
  return value(elasticities.reduce((a, b) => Math.max(a, b)));
}

/**
 * One indicator's value for one year from the year's data and the previous year's (docs/data-file.md).
 * `prev` is needed by HG22 and HG24 only; without it they are missing.
 */
export function indicatorValue(def: IndicatorDef, current: YearData, prev?: YearData): Outcome<IndicatorValue> {
  const formula: IndicatorFormula | undefined = def?.formula;
  if (formula === undefined || formula === null) return failure("unknown-id", "not an indicator definition");
  switch (formula.kind) {
    case "ratio":
      return ratioValue(formula, current);
    case "answer":
      return answerValue(formula.item, current);
    case "intensity-drop":
      if (prev === undefined) return failure("missing-input", "previous year is missing");
      return intensityDrop(
        readItem(prev, formula.amount),
        readItem(prev, formula.output),
        readItem(current, formula.amount),
        readItem(current, formula.output),
      );
    case "elasticity":
      if (prev === undefined) return failure("missing-input", "previous year is missing");
      return maxElasticity(formula.pollutants, formula.output, current, prev);
    default:
      return failure("unknown-id", "unknown formula kind");
  }
}

/** A definition as callers may hand it over: checked at run time, not narrowed. */
function hasInputList(def: unknown): boolean {
  return typeof def === "object" && def !== null && Array.isArray((def as { inputs?: unknown }).inputs);
}

/** One GREEN.INDICATOR argument spread over its items: one value, or a range of several items. */
function spreadArgument(items: readonly DataItemId[], arg: unknown): Outcome<readonly unknown[]> {
  const list = asList(arg);
  if (list.length > items.length)
    return failure("invalid-input", `expected at most ${items.length} values, got ${list.length}`);
  return value(items.map((_, i) => list[i]));
}

/**
 * GREEN.INDICATOR(id, input1, …): the indicator from its raw inputs in the order of docs/data-file.md
 * (`def.inputs`). A range argument (HG24's emissions) is read item by item, shorter ranges leaving
 * the last items empty; more arguments than inputs are invalid.
 */
export function indicatorFromInputs(def: IndicatorDef, args: readonly unknown[]): Outcome<IndicatorValue> {
  if (!Array.isArray(args)) return failure("invalid-input", "arguments must be a list");
  if (!hasInputList(def)) return failure("unknown-id", "not an indicator definition");
  if (args.length > def.inputs.length) return failure("invalid-input", `${def.id} takes ${def.inputs.length} inputs`);
  const current: Record<DataItemId, unknown> = {};
  const prev: Record<DataItemId, unknown> = {};
  for (const [index, input] of def.inputs.entries()) {
    const spread = spreadArgument(input.items, args[index]);
    if (!spread.ok) return spread;
    const year = input.year === "prev" ? prev : current;
    input.items.forEach((item, i) => {
      year[item] = spread.value[i];
    });
  }
  return indicatorValue(def, current, prev);
}
