/**
 * What the option sheets share (docs/templates.md `options` and `matrix`): the parameters the cached results are computed
 * with, the texts a computed cell shows instead of a number, the choice words formulas match, the defined
 * names of the option columns, and the 节综合能耗 (tce) formula and value.
 */
import {
  CARRIERS,
  COST_CLASSES,
  MATRIX_COLUMNS,
  PARAMETER_IDS,
  findCarrier,
  parameterValue,
  unitFactor,
  type CarrierDef,
  type MatrixColumnDef,
  type Text,
} from "../../catalog";
import { convertQuantity, totalStandardCoal, type EnergyUse } from "../../calc";

import type { Formula } from "../builder";
import { excelString, namePart, textOf, type TemplateNames, type TemplateOptions } from "../context";

import type { CellValue, Lang, PlannedName, SheetPlan } from "../sheetPlan";

/**
 * Input rows of the sheet when no more rows are prefilled (a product choice; names cover them all): as many as
 * print with the sheet's header on one landscape A4 page down (a few rows to spare for engines whose rows are taller),
 * since every input row prints
 * (docs/templates.md#printing).
 */
export const OPTION_CAPACITY = 25;

/** The option rows of a sheet given `options` rows: every one, and at least OPTION_CAPACITY. */
export const optionCapacity = (options: number): number => Math.max(OPTION_CAPACITY, options);

/**
 * The parameter-sheet values the cached results are computed with. The `params` template writes the
 * catalog values (the cost-class threshold empty: docs/templates.md#economics "the user must set it"), so the default is
 * the catalog; a caller that fills the parameter sheet differently passes the same values here.
 */
export interface OptionParameters {
  /** 万元; null = not set */
  readonly costClassThreshold: number | null;
  readonly depreciationYears: number | null;
  /** fraction (0.25 = 25 %) */
  readonly taxRate: number | null;
  /** fraction */
  readonly discountRate: number | null;
  /** kgce per native unit of the carrier (CARRIERS.nativeUnit), by carrier id; null = not set */
  readonly coefficients: Readonly<Record<string, number | null>>;
}

/** Parameter ids behind the scalar fields of OptionParameters. */
const OPTION_PARAMETER_IDS = {
  costClassThreshold: PARAMETER_IDS.costClassThreshold,
  depreciationYears: PARAMETER_IDS.depreciationYears,
  taxRate: PARAMETER_IDS.taxRate,
  discountRate: PARAMETER_IDS.discountRate,
} as const;

/** The option parameters of a template's options (TemplateOptions.parameterValues and coefficients). */
export function optionParametersOf(options: TemplateOptions): OptionParameters {
  const values = options.parameterValues ?? {};
  const overrides: { -readonly [K in keyof OptionParameters]?: OptionParameters[K] } = {};
  for (const [field, id] of Object.entries(OPTION_PARAMETER_IDS) as [keyof typeof OPTION_PARAMETER_IDS, string][]) {
    if (id in values) overrides[field] = values[id] ?? null;
  }
  if (options.coefficients) overrides.coefficients = options.coefficients;
  return optionParameters(overrides);
}

export function optionParameters(overrides: Partial<OptionParameters> = {}): OptionParameters {
  return {
    costClassThreshold: parameterValue(PARAMETER_IDS.costClassThreshold),
    depreciationYears: parameterValue(PARAMETER_IDS.depreciationYears),
    taxRate: parameterValue(PARAMETER_IDS.taxRate),
    discountRate: parameterValue(PARAMETER_IDS.discountRate),
    ...overrides,
    coefficients: { ...Object.fromEntries(CARRIERS.map((c) => [c.id, c.coefficient])), ...overrides.coefficients },
  };
}

/** Texts a computed cell shows instead of a number (see the file comment). */
export const OPTION_MESSAGES = {
  setThreshold: { zh: "请设定阈值", en: "set threshold" },
  invalid: { zh: "输入无效", en: "invalid input" },
  noPayback: { zh: "无法回收", en: "no payback" },
  noIrr: { zh: "无解", en: "no IRR" },
  missingCoefficient: { zh: "缺少折标系数", en: "coefficient missing" },
  notSet: { zh: "未设定，请在“参数”表填写", en: "not set: enter it on the Parameters sheet" },
  unclassified: { zh: "未归类", en: "unclassified" },
  screeningIncomplete: { zh: "筛选未完成", en: "not fully screened" },
} as const satisfies Record<string, Text>;

/**
 * The cost classes as calc.costClass and GREEN.COSTCLASS return them (docs/functions.md) — in both sheet
 * languages, so the native formula, the custom function and the matrix criteria agree.
 */
export const LOW_COST: string = choice(COST_CLASSES, "low").name.zh;
export const HIGH_COST: string = choice(COST_CLASSES, "high").name.zh;

export function choice<T extends { readonly id: string }>(defs: readonly T[], id: string): T {
  const found = defs.find((d) => d.id === id);
  if (!found) throw new Error(`options: the catalog has no ${id}`);
  return found;
}

/**
 * The words a choice cell may hold: the Chinese and the English name. Formulas MATCH against both, so a
 * sheet refreshed in the other language (which keeps its inputs, docs/templates.md) is still counted.
 */
export function choiceWords(defs: readonly { readonly name: Text }[]): string[] {
  return defs.flatMap((d) => [d.name.zh, d.name.en]);
}

/** Excel's MATCH(…, 0) on text: exact, case-insensitive. */
export function matchesWord(value: CellValue | undefined, words: readonly string[]): boolean {
  if (typeof value !== "string") return false;
  for (const w of words) if (w === value) return true;
  const lower = lowerCased(value);
  for (const w of words) if (lowerCased(w) === lower) return true;
  return false;
}

/**
 * Texts in lower case, kept: a list of 10 000 options holds a few words (its choices) in every row, matched against
 * the catalog's words, and lowering a Chinese text makes a new string each time. Bounded: only texts as short as a
 * choice are kept (a workbook's long texts would stay in memory after its review), and a list of many other texts
 * empties it now and then.
 */
const LOWER_CASED = new Map<string, string>();
const LOWER_CASED_LIMIT = 4096;
const LOWER_CASED_LONGEST = 64;

function lowerCased(text: string): string {
  if (text.length > LOWER_CASED_LONGEST) return text.toLowerCase();
  let lower = LOWER_CASED.get(text);
  if (lower === undefined) {
    if (LOWER_CASED.size >= LOWER_CASED_LIMIT) LOWER_CASED.clear();
    lower = text.toLowerCase();
    LOWER_CASED.set(text, lower);
  }
  return lower;
}

/** An inline array constant {"a","b"} (Excel 2007+, LibreOffice, WPS). */
export function excelArray(words: readonly string[]): string {
  return `{${words.map(excelString).join(",")}}`;
}

/** Workbook-scoped name of an option column over all option rows, e.g. GREEN_OPT_INVESTMENT. */
export function optionRangeName(column: string, suffix: string): string {
  return `GREEN_OPT_${namePart(column).toUpperCase()}${suffix}`;
}

/** A column width (characters) that fits `text` on one line, CJK counting double, within [min, max]. */
export function widthFor(text: string, min: number, max: number): number {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\uffff]/.test(ch) ? 2 : 1;
  return Math.min(max, Math.max(min, width + 2));
}

/** Display unit: the catalog's, with 万 spelt out for English sheets. */
/** An energy saving column that counts into 节综合能耗, with its carrier and unit conversion. */
export interface EnergySaving {
  readonly column: MatrixColumnDef;
  readonly carrier: CarrierDef;
  /** amount unit → the carrier's native unit (the unit its coefficient refers to), from the unit table */
  readonly factor: number;
}

export const ENERGY_SAVINGS: readonly EnergySaving[] = MATRIX_COLUMNS.filter(
  (c) => c.countsInEnergyTotal && c.carrier !== undefined,
).map((column) => {
  const carrier = findCarrier(column.carrier ?? "");
  const factor = carrier ? unitFactor(column.amountUnit, carrier.nativeUnit) : undefined;
  if (!carrier || factor === undefined) throw new Error(`options: no tce conversion for ${column.id}`);
  return { column, carrier, factor };
});

/** kgce → tce (the unit table's definition of the units). */
const KGCE_TO_TCE = unitFactor("kgce", "tce") ?? Number.NaN;

/** How the tce formula reads one energy saving: its quantity and whether any quantity is present. */
export interface EnergyTermRefs {
  readonly quantity: string;
  readonly present: string;
}

/**
 * 节综合能耗 (tce) from the savings by carrier (docs/templates.md#standard-coal-and-co2, GB/T 2589): Σ quantity × factor × coefficient
 * × kgce→tce, coefficients from the parameter sheet (GREEN_PARAM_TCE_<carrier>). Empty when no saving
 * is given; "缺少折标系数" when a given saving's coefficient is empty (calc.totalStandardCoal "no-default").
 */
export function energyTotalFormula(
  n: TemplateNames,
  lang: Lang,
  refs: (saving: EnergySaving) => EnergyTermRefs,
): Formula {
  const terms = ENERGY_SAVINGS.map((s) => ({ saving: s, refs: refs(s), coefficient: n.coefficient(s.carrier.id) }));
  const anyPresent = `OR(${terms.map((t) => t.refs.present).join(",")})`;
  const missing = `OR(${terms.map((t) => `AND(${t.refs.present},NOT(ISNUMBER(${t.coefficient})))`).join(",")})`;
  const message = excelString(textOf(OPTION_MESSAGES.missingCoefficient, lang));
  // a term counts only where its quantity is a number (text such as "-" or " " counts nothing, as in calc)
  const native = terms
    .map((t) => `IF(${t.refs.present},${t.refs.quantity}*${t.saving.factor}*${t.coefficient}*${KGCE_TO_TCE},0)`)
    .join("+");
  const custom = terms
    .map(
      (t) =>
        `IF(${t.refs.present},GREEN.TCE(${t.refs.quantity}*${t.saving.factor},${excelString(t.saving.carrier.id)},${excelString(t.saving.carrier.nativeUnit)},${t.coefficient}),0)`,
    )
    .join("+");
  const wrap = (sum: string) => `IF(NOT(${anyPresent}),"",IF(${missing},${message},${sum}))`;
  return { native: wrap(native), custom: wrap(custom) };
}

/** The cached value of energyTotalFormula: calc.totalStandardCoal over the savings present. */
export function energyTotal(
  quantities: ReadonlyMap<string, number>,
  parameters: OptionParameters,
  lang: Lang,
): CellValue {
  const present = ENERGY_SAVINGS.filter((s) => quantities.has(s.column.id));
  if (present.length === 0) return "";
  if (present.some((s) => (parameters.coefficients[s.carrier.id] ?? null) === null))
    return textOf(OPTION_MESSAGES.missingCoefficient, lang);
  const uses: EnergyUse[] = [];
  for (const s of present) {
    const native = convertQuantity(quantities.get(s.column.id), s.column.amountUnit, s.carrier.nativeUnit);
    if (!native.ok) return textOf(OPTION_MESSAGES.invalid, lang);
    uses.push({
      quantity: native.value,
      carrier: s.carrier.id,
      unit: s.carrier.nativeUnit,
      coefficient: parameters.coefficients[s.carrier.id],
    });
  }
  const total = totalStandardCoal(uses);
  return total.ok ? total.value : textOf(OPTION_MESSAGES.invalid, lang);
}

/**
 * SheetBuilder names single cells only; a column over list rows is named on the built plan (plain data),
 * which keeps builder.ts unchanged.
 */
export function withRangeNames(plan: SheetPlan, names: readonly PlannedName[]): SheetPlan {
  return { ...plan, names: [...plan.names, ...names] };
}
