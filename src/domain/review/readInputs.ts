/**
 * The inverse of the template builders: the TemplateOptions a workbook's own input cells stand for
 * (docs/review-codes.md "recompute from the workbook's own inputs and parameter sheet"). Input cells are found through
 * the keys of a skeleton plan (PlannedCell.key) at the workbook rows the row keys map them to:
 * - params: `lead:<id>`, `weight:<id>`, `selected:<id>`, `param:<id>`, `choice:<id>`, `tce:<carrier>`, `grid:<set>`,
 *   `grid-choice`
 * - data: `park:name`, `data:<item>:<k>` (`energy_total_reported` is the reported `energy_total`,
 *   `co2_reported` the reported `co2`), `energy:<carrier>:<k>` in the row's reporting unit
 * - carbon: `co2f:<carrier>:<ncv|cc|of|factor>`
 * - row templates (indicators, basic, synergy by id; options, targets, suggestions, team, plan by position):
 *   the grammar of templates/inputKeys.ts
 *   (the four rows of the guide's target table: `tgt:<column>:<type>`)
 */
import { CARRIERS, INDICATORS, PARAMETER_IDS, findDataItem } from "../catalog";
import { ANSWER_WORDS, readAnswer } from "../calc/answers";
import { isBlankText, spreadsheetTrim, type EnergyRow, type EvaluationParams, type ParkData } from "../calc";
import type { TemplateOptions } from "../templates/context";
import { layoutOptions } from "../templates/templateLocation";
import { findTemplate } from "../templates/specs";
import { builtPlan } from "../templates/builtPlans";
import { ENERGY_BLOCK_CARRIERS, reportingUnit } from "../templates/specs/data";
import { TARGET_FIXED_FIELD } from "../templates/specs/targets";
import type { CellValue, PlannedCell, SheetPlan, TemplateId } from "../templates/sheetPlan";
import type { LocatedTemplate } from "./locate";
import { parseInputKey } from "../templates/inputKeys";

type Row = Record<string, CellValue>;

/** Data-sheet rows typed where the figure used is computed: the item they report. */
const REPORTED_ITEMS: Readonly<Record<string, string>> = { energy_total_reported: "energy_total", co2_reported: "co2" };
/** The inventory sheet's CO₂ data columns by key, as Co2FactorInput names them. */
const CO2_FIELDS: Readonly<Record<string, string>> = {
  ncv: "ncv",
  cc: "carbonContent",
  of: "oxidationRate",
  factor: "factor",
};

export interface InputCell {
  readonly templateId: TemplateId;
  readonly planCell: PlannedCell;
  readonly key: string;
  /** workbook position, undefined when the row was deleted */
  readonly row: number | undefined;
  readonly col: number;
  readonly value: CellValue;
}

export type TemplateSet = ReadonlyMap<TemplateId, LocatedTemplate>;

/** Language, mode, years and suffix of a set: from its params sheet, else its first template. */
export function baseOptions(set: TemplateSet): TemplateOptions {
  const m = setMetadata(set);
  return { lang: m.lang, mode: m.mode, years: m.years, nameSuffix: m.nameSuffix };
}

/** Options that give every template of the set its workbook layout (list capacities), without values: only the input cells are read from the plans built with them. */
export function skeletonOptions(set: TemplateSet): TemplateOptions {
  const metas = [...set.values()].map((t) => t.metadata);
  return { ...layoutOptions(setMetadata(set), metas), inputsOnly: true };
}

/** The metadata that speaks for a set: its params sheet's, else its first template's (a set is never empty). */
export function setMetadata(set: TemplateSet): LocatedTemplate["metadata"] {
  const speaker = set.get("params") ?? [...set.values()][0];
  if (speaker === undefined) throw new Error("an empty template set"); // locate makes a set from a template
  return speaker.metadata;
}

export function buildPlan(
  id: TemplateId,
  options: TemplateOptions,
  lang: TemplateOptions["lang"],
  mode: TemplateOptions["mode"],
): SheetPlan | undefined {
  const spec = findTemplate(id);
  // built once per options: the summary reads the same plans for its figures (templates/builtPlans.ts)
  return spec && builtPlan(spec, inLanguage(options, lang, mode));
}

const IN_LANGUAGE = new WeakMap<TemplateOptions, Map<string, TemplateOptions>>();

/**
 * The options in a template's language and formula mode, one object per pair: the plans built from it share
 * what one builder builds for another (the matrix, which the targets and the summary read).
 */
function inLanguage(
  options: TemplateOptions,
  lang: TemplateOptions["lang"],
  mode: TemplateOptions["mode"],
): TemplateOptions {
  if (options.lang === lang && options.mode === mode) return options;
  const pairs = IN_LANGUAGE.get(options) ?? new Map<string, TemplateOptions>();
  IN_LANGUAGE.set(options, pairs);
  const key = `${lang} ${mode}`;
  const found = pairs.get(key);
  if (found) return found;
  const made = { ...options, lang, mode };
  pairs.set(key, made);
  return made;
}

/**
 * Plans built from options without values (skeletons, catalog defaults) depend only on the layout, so
 * they are kept: reviewing a hundred workbooks of one layout builds them once. Bounded, pure.
 */
const LAYOUT_CACHE = new Map<string, SheetPlan | undefined>();
const LAYOUT_CACHE_LIMIT = 64;

export function layoutPlan(
  id: TemplateId,
  options: TemplateOptions,
  lang: TemplateOptions["lang"],
  mode: TemplateOptions["mode"],
): SheetPlan | undefined {
  const key = JSON.stringify([
    id,
    lang,
    mode,
    options.years,
    options.nameSuffix,
    options.rows?.options?.length ?? 0,
    options.rows?.targets?.length ?? 0,
    options.inputsOnly === true,
    options.forReview === true,
  ]);
  if (!LAYOUT_CACHE.has(key)) {
    if (LAYOUT_CACHE.size >= LAYOUT_CACHE_LIMIT) LAYOUT_CACHE.clear();
    LAYOUT_CACHE.set(key, buildPlan(id, options, lang, mode));
  }
  return LAYOUT_CACHE.get(key);
}

const YES = ["是", "yes"];
const NO = ["否", "no"];
/** An answer in any of its forms read as the Chinese word (calc/answers.ts); any other text as it is. */
const asAnswer = (v: string) => readAnswer(v, ANSWER_WORDS) ?? v;
/** An input holding an answer word: a qualitative data item of the Data sheet, a leading value of the Parameters sheet. */
const answerKey = (templateId: TemplateId, key: string) =>
  (templateId === "data" && findDataItem(key.split(":")[1] ?? "")?.kind === "answer") ||
  (templateId === "params" && key.startsWith("lead:"));
const word = (v: CellValue) => (typeof v === "string" ? spreadsheetTrim(v).toLowerCase() : "");

/**
 * Reads every keyed input cell of the set and turns them into TemplateOptions. The rows of a list read without a
 * skeleton (`listed`, the options: optionRows.ts) are taken as they are; those lists have no InputCell.
 */
export function readInputs(
  set: TemplateSet,
  skeletons: ReadonlyMap<TemplateId, SheetPlan>,
  listed: Partial<Record<TemplateId, readonly Row[]>> = {},
): { options: TemplateOptions; inputs: InputCell[] } {
  const inputs: InputCell[] = [];
  for (const [id, located] of set) {
    const plan = skeletons.get(id);
    if (!plan) continue;
    for (const cell of plan.cells) {
      if (cell.role !== "input" || cell.key === undefined) continue;
      const row = located.rows.get(cell.row);
      const found = row === undefined ? null : (located.grid.at(row, cell.col)?.value ?? null);
      const value = typeof found === "string" && answerKey(id, cell.key) ? asAnswer(found) : found;
      inputs.push({ templateId: id, planCell: cell, key: cell.key, row, col: cell.col, value });
    }
  }

  const values: Record<string, (number | string | null)[]> = {};
  const energy = new Map<string, (CellValue | null)[]>();
  const leads: Record<string, number | string> = {};
  const weights: Record<string, number> = {};
  const selection: Record<string, boolean | null> = {};
  const parameterValues: Record<string, number | null> = {};
  const coefficients: Record<string, number | null> = {};
  const choices: Record<string, string | null> = {};
  const confirmed: string[] = [];
  const gridFactors: Record<string, number | null> = {};
  let gridChoice: string | null | undefined;
  const co2Factors: Record<string, Record<string, number | null>> = {};
  let cap: number | undefined;
  let parkName: string | undefined;
  const byIndex: Partial<Record<TemplateId, Row[]>> = {};
  const byId: Partial<Record<TemplateId, Map<string, Row>>> = {};
  const number = (v: CellValue) => (typeof v === "number" && Number.isFinite(v) ? v : null);

  for (const input of inputs) {
    const v = input.value;
    switch (input.templateId) {
      case "params": {
        const parts = input.key.split(":");
        const [kind, id = ""] = parts;
        if (kind === "lead") leads[id] = typeof v === "number" || typeof v === "string" ? v : "";
        else if (kind === "weight" && number(v) !== null) weights[id] = v as number;
        else if (kind === "selected")
          selection[id] = YES.includes(word(v)) ? true : NO.includes(word(v)) ? false : null;
        else if (kind === "param" && id === PARAMETER_IDS.scoreCap) cap = number(v) ?? undefined;
        else if (kind === "param") parameterValues[id] = number(v);
        else if (kind === "tce") coefficients[id] = number(v);
        else if (kind === "choice") choices[id] = typeof v === "string" && !isBlankText(v) ? v : null;
        else if (kind === "grid") gridFactors[id] = number(v);
        else if (kind === "grid-choice") gridChoice = typeof v === "string" ? v : v === null ? null : String(v);
        else if (kind === "confirmed" && YES.includes(word(v))) confirmed.push(parts.slice(1).join(":"));
        break;
      }
      case "data": {
        const [kind, id = "", k] = input.key.split(":");
        if (kind === "park") parkName = typeof v === "string" && !isBlankText(v) ? v : undefined;
        else if (kind === "data") {
          const item = REPORTED_ITEMS[id] ?? id;
          (values[item] ??= [null, null, null, null])[Number(k)] = typeof v === "boolean" ? String(v) : v;
        } else if (kind === "energy")
          (energy.get(id) ?? energy.set(id, [null, null, null, null]).get(id) ?? [])[Number(k)] = v;
        break;
      }
      case "carbon": {
        const [kind, carrier = "", field = ""] = input.key.split(":");
        if (kind === "co2f" && field !== "used") (co2Factors[carrier] ??= {})[CO2_FIELDS[field] ?? field] = number(v);
        break;
      }
      default: {
        const fixed = input.templateId === "targets" ? /^tgt:([^:]+):([a-z][a-z-]*)$/.exec(input.key) : null;
        if (fixed) {
          // one of the four rows of the guide's target table, keyed by its type (docs/templates.md#targets)
          const [, column = "", type = ""] = fixed;
          const rows = (byId.targets ??= new Map<string, Row>());
          (rows.get(type) ?? rows.set(type, { [TARGET_FIXED_FIELD]: type }).get(type) ?? {})[column] = v;
          break;
        }
        // row templates (inputKeys.ts): by position, or by the row's id
        const parsed = parseInputKey(input.templateId, input.key);
        if (parsed?.kind !== "row") break;
        if ("index" in parsed) {
          const rows = (byIndex[input.templateId] ??= []);
          while (rows.length <= parsed.index) rows.push({});
          (rows[parsed.index] ??= {})[parsed.column] = v;
        } else {
          const rows = (byId[input.templateId] ??= new Map<string, Row>());
          (rows.get(parsed.id) ?? rows.set(parsed.id, { id: parsed.id }).get(parsed.id) ?? {})[parsed.column] = v;
        }
        break;
      }
    }
  }

  const base = baseOptions(set);
  const rows: Partial<Record<TemplateId, readonly Row[]>> = { ...byIndex, ...listed };
  for (const [id, map] of Object.entries(byId) as [TemplateId, Map<string, Row>][])
    rows[id] = [...map.values(), ...(byIndex[id] ?? [])];

  const options: { -readonly [K in keyof TemplateOptions]: TemplateOptions[K] } = {
    ...base,
    rows,
    present: [...set.keys()],
  };
  if (parkName !== undefined) options.parkName = parkName;
  if (set.has("data")) {
    const energyRows: EnergyRow[] = [];
    for (const carrier of ENERGY_BLOCK_CARRIERS) {
      const list = energy.get(carrier.id);
      if (!list) continue;
      // the data sheet converts with the parameter sheet's coefficient (GREEN_PARAM_TCE_<carrier>)
      const coefficient = carrier.id in coefficients ? coefficients[carrier.id] : undefined;
      energyRows.push({
        carrier: carrier.id,
        unit: reportingUnit(carrier),
        values: list as (number | null)[],
        ...(coefficient !== undefined && coefficient !== carrier.coefficient ? { coefficient } : {}),
      });
    }
    const data: ParkData = {
      years: base.years,
      values,
      ...(energyRows.some((r) => r.values.some((x) => x !== null)) ? { energy: energyRows } : {}),
    };
    options.data = data;
  }
  if (set.has("params")) {
    const parameters: { -readonly [K in keyof EvaluationParams]: EvaluationParams[K] } = { leads, weights, selection };
    if (cap !== undefined) parameters.cap = cap;
    options.parameters = parameters;
    options.parameterValues = parameterValues;
    options.parameterChoices = choices;
    options.coefficients = Object.fromEntries(
      CARRIERS.map((c) => [c.id, c.id in coefficients ? (coefficients[c.id] ?? null) : c.coefficient]),
    );
    if (confirmed.length > 0) options.confirmedParameters = confirmed;
    options.gridFactors = gridFactors;
    if (gridChoice !== undefined) options.gridChoice = gridChoice;
  }
  if (set.has("carbon")) options.co2Factors = co2Factors;
  return { options, inputs };
}

/** Indicator ids, for readers of the parameter keys. */
export const INDICATOR_IDS: readonly string[] = INDICATORS.map((d) => d.id);
