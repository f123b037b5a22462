/**
 * The option rows of 方案汇总 and their computed results (the cached values of the sheet's formulas), through calc:
 * the type group, the cost class, 节综合能耗, and payback, NPV and IRR of the 中/高费 options
 * (docs/templates.md#economics).
 */
import {
  MATRIX_GROUPS,
  OPTION_STATUSES,
  OPTION_TYPES,
  OTHER_BENEFITS,
  SCREENING_DIMENSIONS,
  SCREENING_RESULTS,
  SCREENING_VERDICTS,
  findOptionLevel,
  findOptionStatus,
  findOptionType,
  findScreeningVerdict,
  type Text,
} from "../../catalog";
import {
  costClass,
  internalRateOfReturn,
  isMissing,
  netPresentValue,
  otherBenefitSlots,
  paybackPeriod,
  screeningResult,
  type ScreeningVerdict,
} from "../../calc";
import { dateSerial } from "../../calc/workPlan";
import { textOf, type TemplateOptions } from "../context";

import type { CellValue, Lang } from "../sheetPlan";
import {
  ENERGY_SAVINGS,
  HIGH_COST,
  OPTION_MESSAGES,
  type OptionParameters,
  choiceWords,
  energyTotal,
  matchesWord,
  optionParameters,
} from "./optionShared";
import { OPTION_INPUT_KEYS, otherColumnId, screeningColumnId } from "./optionColumns";

/** One option row as the sheet holds it: inputs (choices in the sheet's language) and computed results. */
export interface OptionRecord {
  readonly inputs: Readonly<Record<string, CellValue>>;
  readonly group: CellValue;
  readonly screening: CellValue;
  readonly costClass: CellValue;
  readonly energyTotal: CellValue;
  readonly payback: CellValue;
  readonly npv: CellValue;
  readonly irr: CellValue;
  /** the matrix row of each free benefit (OTHER_BENEFITS id → 1, 2, … or "") */
  readonly slots: Readonly<Record<string, CellValue>>;
}

/** A prefilled choice in the sheet's language; an unknown word is kept as typed (validation flags it). */
function choiceValue(
  value: CellValue | undefined,
  find: (name: string) => { readonly name: Text } | undefined,
  lang: Lang,
): CellValue {
  if (typeof value !== "string") return value ?? null;
  const found = find(value);
  return found ? textOf(found.name, lang) : value;
}

function normalizedInputs(
  row: Readonly<Record<string, CellValue>>,
  index: number,
  lang: Lang,
): Record<string, CellValue> {
  const inputs: Record<string, CellValue> = {};
  for (const key of OPTION_INPUT_KEYS) inputs[key] = row[key] ?? null;
  inputs.no = row.no ?? index + 1;
  inputs.level = choiceValue(row.level, findOptionLevel, lang);
  inputs.type = choiceValue(row.type, findOptionType, lang);
  inputs.status = choiceValue(row.status, findOptionStatus, lang);
  for (const d of SCREENING_DIMENSIONS) {
    const id = screeningColumnId(d.id);
    inputs[id] = choiceValue(row[id], findScreeningVerdict, lang);
  }
  inputs.planned = dateValue(row.planned);
  return inputs;
}

/** The matrix group of a type cell (catalog OPTION_TYPES.group), as the group column's formula finds it. */
function typeGroup(type: CellValue, lang: Lang): CellValue {
  if (isMissing(type)) return "";
  const found = OPTION_TYPES.find((t) => matchesWord(type, [t.name.zh, t.name.en]));
  if (found?.group === null) return textOf(OPTION_MESSAGES.unclassified, lang);
  const group = found && MATRIX_GROUPS.find((g) => g.id === found.group);
  return group ? textOf(group.name, lang) : textOf(OPTION_MESSAGES.invalid, lang);
}

/** A date given as a serial or "YYYY-MM-DD" is written as a serial; anything else as given (validation flags it). */
function dateValue(x: CellValue | undefined): CellValue {
  if (isMissing(x)) return null;
  const serial = dateSerial(x);
  return serial.ok ? serial.value : (x ?? null);
}

const VERDICT_WORDS = SCREENING_VERDICTS.map((v) => ({ id: v.id as ScreeningVerdict, words: choiceWords([v]) }));

/** The screening cell (7.3.2) as its formula finds it: calc.screeningResult over the four verdict cells. */
function screeningCell(inputs: Readonly<Record<string, CellValue>>, lang: Lang): CellValue {
  const values = SCREENING_DIMENSIONS.map((d) => inputs[screeningColumnId(d.id)]);
  if (values.every((v) => isMissing(v))) return "";
  const verdicts = values.map((v) => VERDICT_WORDS.find((w) => matchesWord(v, w.words))?.id);
  const result = screeningResult(verdicts);
  if (!result.ok) return textOf(OPTION_MESSAGES.screeningIncomplete, lang);
  const name = SCREENING_RESULTS.find((s) => s.id === result.value)?.name;
  return name ? textOf(name, lang) : "";
}

/** The cost-class cell: calc.costClass behind the sheet's guards. */
function costClassCell(investment: CellValue, threshold: number | null, lang: Lang): CellValue {
  if (typeof investment !== "number") return "";
  if (threshold === null) return textOf(OPTION_MESSAGES.setThreshold, lang);
  const result = costClass(investment, threshold);
  return result.ok ? result.value : textOf(OPTION_MESSAGES.invalid, lang);
}

/** Payback, NPV and IRR of a 中/高费 option (docs/templates.md#economics) through calc; "" for every other row. */
function economics(
  inputs: Readonly<Record<string, CellValue>>,
  cls: CellValue,
  p: OptionParameters,
  lang: Lang,
): Pick<OptionRecord, "payback" | "npv" | "irr"> {
  const investment = inputs.investment;
  const benefit = inputs.benefit;
  if (cls !== HIGH_COST || typeof investment !== "number" || typeof benefit !== "number")
    return { payback: "", npv: "", irr: "" };
  const payback = paybackPeriod(investment, benefit, p.depreciationYears, p.taxRate);
  const npv = netPresentValue(investment, benefit, p.depreciationYears, p.discountRate, p.taxRate);
  const irr = internalRateOfReturn(investment, benefit, p.depreciationYears, p.taxRate);
  return {
    payback: payback.ok ? payback.value : textOf(OPTION_MESSAGES.noPayback, lang),
    npv: npv.ok ? npv.value : textOf(OPTION_MESSAGES.invalid, lang),
    irr: irr.ok ? irr.value : textOf(OPTION_MESSAGES.noIrr, lang),
  };
}

/** Records worked out, by the list of rows they are of: the options sheet and the matrix both read them. */
const WORKED_OUT = new WeakMap<
  readonly Readonly<Record<string, CellValue>>[],
  { readonly lang: Lang; readonly parameters: OptionParameters; readonly records: readonly OptionRecord[] }[]
>();

const sameParameters = (a: OptionParameters, b: OptionParameters): boolean =>
  a.costClassThreshold === b.costClassThreshold &&
  a.depreciationYears === b.depreciationYears &&
  a.taxRate === b.taxRate &&
  a.discountRate === b.discountRate &&
  Object.keys(a.coefficients).length === Object.keys(b.coefficients).length &&
  Object.entries(a.coefficients).every(([id, v]) => b.coefficients[id] === v);

/**
 * The option rows given in `options.rows.options`, with every computed result (the cached values): worked out once
 * per list of rows, language and parameters (a pass of calc over every option).
 */
export function optionRecords(
  options: TemplateOptions,
  parameters: OptionParameters = optionParameters(),
): readonly OptionRecord[] {
  const rows = options.rows?.options;
  if (rows === undefined || rows.length === 0) return [];
  const known = WORKED_OUT.get(rows) ?? [];
  const found = known.find((k) => k.lang === options.lang && sameParameters(k.parameters, parameters));
  if (found) return found.records;
  const records = workOut(rows, options.lang, parameters);
  WORKED_OUT.set(rows, [...known, { lang: options.lang, parameters, records }]);
  return records;
}

function workOut(
  rows: readonly Readonly<Record<string, CellValue>>[],
  lang: Lang,
  parameters: OptionParameters,
): OptionRecord[] {
  const records = rows.map((row, index) => {
    const inputs = normalizedInputs(row, index, lang);
    const cls = costClassCell(inputs.investment ?? null, parameters.costClassThreshold, lang);
    const quantities = new Map<string, number>();
    for (const s of ENERGY_SAVINGS) {
      const q = inputs[s.column.id];
      if (typeof q === "number") quantities.set(s.column.id, q);
    }
    return {
      inputs,
      group: typeGroup(inputs.type ?? null, lang),
      screening: screeningCell(inputs, lang),
      costClass: cls,
      energyTotal: energyTotal(quantities, parameters, lang),
      ...economics(inputs, cls, parameters, lang),
    };
  });
  const statuses = choiceWords(OPTION_STATUSES);
  const slots = OTHER_BENEFITS.map((o) =>
    otherBenefitSlots(
      records.map((r) => ({
        name: r.inputs[otherColumnId(o, "name")],
        unit: r.inputs[otherColumnId(o, "unit")],
        counted: matchesWord(r.inputs.status, statuses),
      })),
    ),
  );
  return records.map((r, i) => ({
    ...r,
    slots: Object.fromEntries(OTHER_BENEFITS.map((o, k) => [o.id, slots[k]?.[i] ?? ""])),
  }));
}
