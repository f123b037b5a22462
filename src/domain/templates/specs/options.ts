/**
 * 方案汇总 / Options (docs/templates.md `options`): one row per cleaner-production option — the columns of 江苏省《行业清洁生产审核技术指南》
 * 附录B 6.1 (序号, 方案类型, 方案名称, 方案简介, 环境或资源能源效益, 经济效益, 投资费用, 责任单位), the option level of
 * T/CPPC《工业园区清洁生产审核指南》5.4.1 (园区/行业/企业), the cost class and status the §7.2 matrix counts by, every benefit
 * column of the §7.2 matrix (catalog MATRIX_COLUMNS, each with its unit), and payback, NPV and IRR of the
 * 中/高费 options (docs/templates.md#economics).
 *
 * Every column over the option rows has a workbook-scoped name `GREEN_OPT_<COLUMN><suffix>`, so the
 * `matrix` template sums through names that survive inserted rows and renamed sheets (context.ts).
 *
 * What a computed cell shows when calc has no value (the same in both formula modes, and what the
 * cached values hold):
 * - its inputs are empty → "" (docs/templates.md: empty is missing);
 * - cost class without a threshold (calc.costClass "no-default") → "请设定阈值" / "set threshold";
 * - a negative investment or threshold (calc "invalid-input") → "输入无效" / "invalid input";
 * - payback with F ≤ 0 (calc "division-by-zero" / "invalid-input") → "无法回收" / "no payback";
 * - IRR with no root in calc.IRR_RANGE (calc "no-convergence") → "无解" / "no IRR";
 * - 节综合能耗 with a saving whose tce coefficient is empty (calc "no-default") → "缺少折标系数".
 */
import {
  AUDIT_ECONOMICS,
  CARRIERS,
  COST_CLASSES,
  JIANGSU_AUDIT_GUIDE,
  MATRIX_COLUMNS,
  MATRIX_GROUPS,
  OPTION_LEVELS,
  OPTION_STATUSES,
  OPTION_TYPES,
  PARAMETER_IDS,
  PARK_AUDIT_GUIDE,
  cite,
  citeAll,
  findCarrier,
  findOptionLevel,
  findOptionStatus,
  findOptionType,
  parameterValue,
  unitFactor,
  type CarrierDef,
  type MatrixColumnDef,
  type Text,
} from "../../catalog";
import {
  IRR_RANGE,
  MAX_LIFETIME_YEARS,
  convertQuantity,
  costClass,
  internalRateOfReturn,
  isMissing,
  netPresentValue,
  paybackPeriod,
  totalStandardCoal,
  type EnergyUse,
} from "../../calc";
import { cellAddress, rangeAddress } from "../a1";
import { SheetBuilder, type Formula } from "../builder";
import { excelString, namePart, textOf, type TemplateNames, type TemplateOptions } from "../context";
import { LABELS, unitText, withUnit } from "../labels";
import type { TemplateSpec } from "../registry";
import type { CellValue, Lang, PlannedName, SheetPlan } from "../sheetPlan";
import { HIGHLIGHT } from "../styles";
import { isBlankNative } from "../blankNative";
import { numberLiteral } from "../indicatorFormulas";

/* ------------------------------------------------------------------------------------------------
 * Shared with the matrix template: parameters, choice words, names, the tce formula.
 * ---------------------------------------------------------------------------------------------- */

/** Input rows of the sheet when no more rows are prefilled (a product choice; names cover them all). */
export const OPTION_CAPACITY = 60;

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
} as const satisfies Record<string, Text>;

/**
 * The cost classes as calc.costClass and GREEN.COSTCLASS return them (docs/functions.md) — in both sheet
 * languages, so the native formula, the custom function and the matrix criteria agree.
 */
export const LOW_COST: string = choice(COST_CLASSES, "low").name.zh;
export const HIGH_COST: string = choice(COST_CLASSES, "high").name.zh;

function choice<T extends { readonly id: string }>(defs: readonly T[], id: string): T {
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
  const lower = value.toLowerCase();
  return words.some((w) => w.toLowerCase() === lower);
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

/* ------------------------------------------------------------------------------------------------
 * Columns
 * ---------------------------------------------------------------------------------------------- */

type ColumnGroup = "option" | "pollutant" | "resource" | "economics";

interface OptionColumn {
  /** key of a prefilled row (TemplateOptions.rows.options) and part of the defined name */
  readonly id: string;
  readonly header: Text;
  readonly unit: string;
  readonly width: number;
  readonly group: ColumnGroup;
  readonly input: boolean;
  readonly numberFormat?: string;
  readonly prompt?: Text;
}

const MONEY = "#,##0.00";
const AMOUNT = "#,##0.00##";

const TEXT = {
  sheet: { zh: "方案汇总", en: "Options" },
  title: { zh: "清洁生产方案汇总表（附录B 6.1）", en: "Cleaner-production options (Annex B 6.1)" },
  parameters: { zh: "本表计算参数（取自“参数”表）", en: "Parameters used (from the Parameters sheet)" },
  threshold: { zh: "中/高费方案投资门槛（万元）", en: "Investment threshold for medium/high-cost options (10⁴ yuan)" },
  thresholdNote: {
    zh: "无国家统一门槛，须由用户在“参数”表设定；未设定时费用类别显示“请设定阈值”，不计算经济指标。",
    en: "No national threshold exists: set it on the Parameters sheet. Until then the cost class shows “set threshold” and no economics are computed.",
  },
  taxRate: { zh: "所得税税率 t", en: "Income tax rate t" },
  years: { zh: "折旧年限 Y（年，亦为计算期 n）", en: "Depreciation years Y (also the lifetime n)" },
  discountRate: { zh: "贴现率 i（基准收益率）", en: "Discount rate i (benchmark rate)" },
  fromParams: { zh: "参数表名称", en: "Parameters sheet name" },
  groupOption: { zh: "方案基本信息", en: "Option" },
  groupPollutant: { zh: "环境效益", en: "Environmental benefits" },
  groupResource: { zh: "资源能源节约", en: "Resource and energy savings" },
  groupEconomics: { zh: "经济评价（中/高费方案）", en: "Economic evaluation (medium/high-cost options)" },
  invalid: { zh: "输入无效", en: "Invalid entry" },
  chooseFromList: { zh: "请从下拉列表中选择。", en: "Choose a value from the list." },
  amountError: { zh: "须为不小于 0 的数值。", en: "Must be a number ≥ 0." },
  numberError: { zh: "须为数值。", en: "Must be a number." },
  noError: { zh: "序号须为正整数。", en: "The number must be a whole number ≥ 1." },
  amountPrompt: {
    zh: "方案实施后每年的减排量或节约量（与实施前相比），≥ 0。",
    en: "Yearly reduction or saving once the option is in place (against before), ≥ 0.",
  },
} as const satisfies Record<string, Text>;

/** The sheet's explanation, one line each (a merged row does not grow to fit wrapped text). */
const NOTES: readonly Text[] = [
  {
    zh: "每行一个方案。费用类别按“参数”表的中/高费方案投资门槛自动划分：投资低于门槛为无/低费，达到或超过门槛为中/高费。",
    en: "One option per row. The cost class follows the investment threshold of the Parameters sheet: below it 无/低费 (no/low cost), at or above it 中/高费 (medium/high cost).",
  },
  {
    zh: "投资回收期、净现值、内部收益率只对中/高费方案计算：D = I/Y，F =（P − D）×（1 − t）+ D，N = I/F，NPV = Σ F/(1+i)^j − I（j = 1…Y），IRR 使 Σ F/(1+IRR)^j = I。",
    en: "Payback, NPV and IRR are computed for medium/high-cost (中/高费) options only: D = I/Y, F = (P − D) × (1 − t) + D, N = I/F, NPV = Σ F/(1+i)^j − I (j = 1…Y), IRR solves Σ F/(1+IRR)^j = I.",
  },
  {
    zh: "方案类别（源头替代、工艺革新、末端治理、环境管理）由方案类型得出，供“绩效评估”表统计；节综合能耗按“参数”表折标系数（GB/T 2589）折算。",
    en: "The type group (source substitution, process innovation, end-of-pipe, environmental management) follows from the type and is what the Performance sheet counts; total energy saved uses the tce coefficients of the Parameters sheet (GB/T 2589).",
  },
];

const BASE_COLUMNS: readonly OptionColumn[] = [
  { id: "no", header: LABELS.no, unit: "", width: 6, group: "option", input: true, numberFormat: "0" },
  { id: "level", header: { zh: "方案层面", en: "Level" }, unit: "", width: 11, group: "option", input: true },
  { id: "type", header: { zh: "方案类型", en: "Type" }, unit: "", width: 16, group: "option", input: true },
  {
    id: "group",
    header: { zh: "方案类别（7.2）", en: "Type group (7.2)" },
    unit: "",
    width: 14,
    group: "option",
    input: false,
  },
  { id: "name", header: { zh: "方案名称", en: "Option name" }, unit: "", width: 24, group: "option", input: true },
  { id: "summary", header: { zh: "方案简介", en: "Summary" }, unit: "", width: 30, group: "option", input: true },
  {
    id: "responsible",
    header: { zh: "责任单位", en: "Responsible unit" },
    unit: "",
    width: 14,
    group: "option",
    input: true,
  },
  {
    id: "investment",
    header: { zh: "投资费用 I", en: "Investment I" },
    unit: "万元",
    width: 12,
    group: "option",
    input: true,
    numberFormat: MONEY,
    prompt: {
      zh: "方案的全部投资 I（万元，≥ 0），与“参数”表的门槛比较得出费用类别。",
      en: "Total investment I of the option (10⁴ yuan, ≥ 0); compared with the threshold of the Parameters sheet for the cost class.",
    },
  },
  { id: "costClass", header: { zh: "费用类别", en: "Cost class" }, unit: "", width: 10, group: "option", input: false },
  { id: "status", header: { zh: "实施状态", en: "Status" }, unit: "", width: 13, group: "option", input: true },
  {
    id: "benefit",
    header: { zh: "经济效益 P", en: "Benefit P" },
    unit: "万元/a",
    width: 12,
    group: "option",
    input: true,
    numberFormat: MONEY,
    prompt: {
      zh: "年净经济效益 P（万元/年）：增加的收入与降低的运行费用之和；方案增加费用时为负值。",
      en: "Annual net saving P (10⁴ yuan/a): income increase plus operating-cost reduction; negative when the option costs money.",
    },
  },
];

const BENEFIT_COLUMNS: readonly OptionColumn[] = MATRIX_COLUMNS.map((c) => ({
  id: c.id,
  header: c.name,
  unit: c.unit,
  width: 11,
  group: c.category === "pollutant" ? "pollutant" : "resource",
  input: c.category !== "energy-total",
  numberFormat: AMOUNT,
}));

const ECONOMIC_COLUMNS: readonly OptionColumn[] = [
  {
    id: "payback",
    header: { zh: "投资回收期 N", en: "Payback N" },
    unit: "年",
    width: 11,
    group: "economics",
    input: false,
    numberFormat: "0.00",
  },
  {
    id: "npv",
    header: { zh: "净现值 NPV", en: "NPV" },
    unit: "万元",
    width: 11,
    group: "economics",
    input: false,
    numberFormat: MONEY,
  },
  {
    id: "irr",
    header: { zh: "内部收益率 IRR", en: "IRR" },
    unit: "%",
    width: 11,
    group: "economics",
    input: false,
    numberFormat: "0.00%",
  },
];

const COLUMNS: readonly OptionColumn[] = [...BASE_COLUMNS, ...BENEFIT_COLUMNS, ...ECONOMIC_COLUMNS];
const COL: Readonly<Record<string, number>> = Object.fromEntries(COLUMNS.map((c, i) => [c.id, i]));

/** Keys a prefilled row may hold (TemplateOptions.rows.options): the input columns. */
export const OPTION_INPUT_KEYS: readonly string[] = COLUMNS.filter((c) => c.input).map((c) => c.id);
/** Every column id; the defined name of column `id` is optionRangeName(id, suffix). */
export const OPTION_COLUMN_IDS: readonly string[] = COLUMNS.map((c) => c.id);

const SAVE_ENERGY_TOTAL = "save_energy_total";

/** Rows of the sheet: title, note, parameter strip, hint, group header, header, units, then the options. */
const LAYOUT = {
  title: 0,
  notes: 1,
  parameters: 4,
  hint: 9,
  groupHeader: 10,
  header: 11,
  units: 12,
  firstOption: 13,
} as const;

/* ------------------------------------------------------------------------------------------------
 * Rows and their cached results
 * ---------------------------------------------------------------------------------------------- */

/** One option row as the sheet holds it: inputs (choices in the sheet's language) and computed results. */
export interface OptionRecord {
  readonly inputs: Readonly<Record<string, CellValue>>;
  readonly group: CellValue;
  readonly costClass: CellValue;
  readonly energyTotal: CellValue;
  readonly payback: CellValue;
  readonly npv: CellValue;
  readonly irr: CellValue;
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
  return inputs;
}

const TYPE_WORDS = choiceWords(OPTION_TYPES);

/** The matrix group of a type cell (catalog OPTION_TYPES.group), as the group column's formula finds it. */
function typeGroup(type: CellValue, lang: Lang): CellValue {
  if (isMissing(type)) return "";
  const found = OPTION_TYPES.find((t) => matchesWord(type, [t.name.zh, t.name.en]));
  const group = found && MATRIX_GROUPS.find((g) => g.id === found.group);
  return group ? textOf(group.name, lang) : textOf(OPTION_MESSAGES.invalid, lang);
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

/** The option rows given in `options.rows.options`, with every computed result (the cached values). */
export function optionRecords(
  options: TemplateOptions,
  parameters: OptionParameters = optionParameters(),
): OptionRecord[] {
  return (options.rows?.options ?? []).map((row, index) => {
    const inputs = normalizedInputs(row, index, options.lang);
    const cls = costClassCell(inputs.investment, parameters.costClassThreshold, options.lang);
    const quantities = new Map<string, number>();
    for (const s of ENERGY_SAVINGS) {
      const q = inputs[s.column.id];
      if (typeof q === "number") quantities.set(s.column.id, q);
    }
    return {
      inputs,
      group: typeGroup(inputs.type, options.lang),
      costClass: cls,
      energyTotal: energyTotal(quantities, parameters, options.lang),
      ...economics(inputs, cls, parameters, options.lang),
    };
  });
}

/* ------------------------------------------------------------------------------------------------
 * Formulas of one option row
 * ---------------------------------------------------------------------------------------------- */

interface RowRefs {
  readonly at: (id: string) => string;
}

function groupFormula(r: RowRefs, lang: Lang): string {
  const type = r.at("type");
  const groups = OPTION_TYPES.map((t) => textOf(choice(MATRIX_GROUPS, t.group).name, lang));
  // TYPE_WORDS lists each type's zh and en name: the group list repeats each group twice in that order
  const groupArray = excelArray(OPTION_TYPES.flatMap((_, i) => [groups[i], groups[i]]));
  return `IF(${isBlankNative(type)},"",IFERROR(INDEX(${groupArray},MATCH(${type},${excelArray(TYPE_WORDS)},0)),${excelString(textOf(OPTION_MESSAGES.invalid, lang))}))`;
}

function costClassFormula(r: RowRefs, n: TemplateNames, lang: Lang): Formula {
  const i = r.at("investment");
  const t = n.param(PARAMETER_IDS.costClassThreshold);
  const setThreshold = excelString(textOf(OPTION_MESSAGES.setThreshold, lang));
  const invalid = excelString(textOf(OPTION_MESSAGES.invalid, lang));
  const guard = (core: string) => `IF(NOT(ISNUMBER(${i})),"",IF(NOT(ISNUMBER(${t})),${setThreshold},${core}))`;
  return {
    native: guard(`IF(OR(${i}<0,${t}<0),${invalid},IF(${i}<${t},${excelString(LOW_COST)},${excelString(HIGH_COST)}))`),
    custom: guard(`IFERROR(GREEN.COSTCLASS(${i},${t}),${invalid})`),
  };
}

/**
 * Payback, NPV, IRR (docs/templates.md#economics): only for a 中/高费 row with a benefit P. The parameter cells are read the
 * way calc reads them: an empty Y or t takes the catalog default; Y must be above 0, and a whole number
 * of years (≤ MAX_LIFETIME_YEARS) for NPV and IRR; 0 ≤ t ≤ 1; the discount rate must be given and above −1.
 */
function economicFormulas(r: RowRefs, n: TemplateNames, lang: Lang): Record<"payback" | "npv" | "irr", Formula> {
  const i = r.at("investment");
  const p = r.at("benefit");
  const yCell = n.param(PARAMETER_IDS.depreciationYears);
  const taxCell = n.param(PARAMETER_IDS.taxRate);
  const rate = n.param(PARAMETER_IDS.discountRate);
  const y = `IF(${isBlankNative(yCell)},${numberLiteral(parameterValue(PARAMETER_IDS.depreciationYears) ?? 0)},${yCell})`;
  const tax = `IF(${isBlankNative(taxCell)},${numberLiteral(parameterValue(PARAMETER_IDS.taxRate) ?? 0)},${taxCell})`;
  const yOk = `AND(ISNUMBER(${y}),${y}>0)`;
  const taxOk = `AND(ISNUMBER(${tax}),${tax}>=0,${tax}<=1)`;
  const lifetimeOk = `AND(${yOk},${y}=INT(${y}),${y}<=${MAX_LIFETIME_YEARS})`;
  const rateOk = `AND(ISNUMBER(${rate}),${rate}>-1)`;
  // F = (P − D) × (1 − t) + D with D = I / Y
  const f = `((${p}-${i}/${y})*(1-${tax})+${i}/${y})`;
  const guard = (core: string) =>
    `IF(OR(${r.at("costClass")}<>${excelString(HIGH_COST)},NOT(ISNUMBER(${p}))),"",${core})`;
  const checked = (conditions: string[], otherwise: string, core: string) =>
    `IF(NOT(AND(${conditions.join(",")})),${otherwise},${core})`;
  const noPayback = excelString(textOf(OPTION_MESSAGES.noPayback, lang));
  const noIrr = excelString(textOf(OPTION_MESSAGES.noIrr, lang));
  const invalid = excelString(textOf(OPTION_MESSAGES.invalid, lang));
  // calc.internalRateOfReturn looks for the root in IRR_RANGE; with F > 0 the present value falls as the
  // rate rises, so a root exists there exactly when PV(lower) ≥ I ≥ PV(upper)
  const bracket = `AND(PV(${IRR_RANGE.lower},${y},-${f})>=${i},PV(${IRR_RANGE.upper},${y},-${f})<=${i})`;
  // With u = 1/(1 + IRR) and the simple payback N = I/F, the IRR equation Σⱼ F/(1+IRR)ʲ = I reads
  // u + u² + … + u^Y = N: an annuity due, which RATE(Y, −1, 0, N, 1) solves for s = u − 1. Every term being
  // positive gives u ≤ N and u ≤ N^(1/Y), the mean of arithmetic and geometric means u ≤ (N/Y)^(2/(Y+1)):
  // started there, above the root of a convex increasing sum, Newton's iteration in every spreadsheet's RATE
  // falls monotonically onto it, for any IRR of the search range (docs/workbooks.md). RATE(Y, F, −I) from
  // its default guess instead fails above about 130 %.
  const payback = r.at("payback");
  const startAbove = `MIN(${payback},${payback}^(1/${y}),(${payback}/${y})^(2/(${y}+1)))-1`;
  const irrFromPayback = `1/(1+RATE(${y},-1,0,${payback},1,${startAbove}))-1`;
  return {
    payback: {
      native: guard(checked([yOk, taxOk], noPayback, `IF(${f}<=0,${noPayback},${i}/${f})`)),
      custom: guard(`IFERROR(GREEN.PAYBACK(${i},${p},${yCell},${taxCell}),${noPayback})`),
    },
    npv: {
      native: guard(checked([lifetimeOk, taxOk, rateOk], invalid, `PV(${rate},${y},-${f})-${i}`)),
      custom: guard(`IFERROR(GREEN.NPV(${i},${p},${yCell},${rate},${taxCell}),${invalid})`),
    },
    irr: {
      native: guard(
        checked(
          [lifetimeOk, taxOk],
          noIrr,
          `IF(OR(${i}<=0,${f}<=0),${noIrr},IF(${bracket},${irrFromPayback},${noIrr}))`,
        ),
      ),
      custom: guard(`IFERROR(GREEN.IRR(${i},${p},${yCell},${taxCell}),${noIrr})`),
    },
  };
}

/* ------------------------------------------------------------------------------------------------
 * The sheet
 * ---------------------------------------------------------------------------------------------- */

function parameterStrip(b: SheetBuilder, p: OptionParameters): void {
  const lang = b.options.lang;
  const notSet = textOf(OPTION_MESSAGES.notSet, lang);
  b.text(LAYOUT.parameters, 0, "label", TEXT.parameters);
  b.merge(LAYOUT.parameters, 0, LAYOUT.parameters, 6);
  const rows: { label: Text; id: string; value: number | null; format: string; note?: Text }[] = [
    {
      label: TEXT.threshold,
      id: PARAMETER_IDS.costClassThreshold,
      value: p.costClassThreshold,
      format: MONEY,
      note: TEXT.thresholdNote,
    },
    { label: TEXT.taxRate, id: PARAMETER_IDS.taxRate, value: p.taxRate, format: "0.00%" },
    { label: TEXT.years, id: PARAMETER_IDS.depreciationYears, value: p.depreciationYears, format: "0" },
    { label: TEXT.discountRate, id: PARAMETER_IDS.discountRate, value: p.discountRate, format: "0.00%" },
  ];
  rows.forEach((r, k) => {
    const row = LAYOUT.parameters + 1 + k;
    const name = b.n.param(r.id);
    b.text(row, 0, "label", r.label);
    b.merge(row, 0, row, 3);
    b.computed(row, 4, `IF(ISNUMBER(${name}),${name},${excelString(notSet)})`, r.value ?? notSet, {
      numberFormat: r.format,
      key: `param:${r.id}`,
    });
    b.text(row, 5, "note", r.note ? b.t(r.note) : `${b.t(TEXT.fromParams)}: ${name}`);
    b.merge(row, 5, row, 20);
    b.highlight({
      range: cellAddress(row, 4),
      formula: `NOT(ISNUMBER(${cellAddress(row, 4)}))`,
      fill: HIGHLIGHT.missingMandatory.fill,
      fontColor: HIGHLIGHT.missingMandatory.fontColor,
    });
  });
  b.region("option-parameters", LAYOUT.parameters + 1, 0, LAYOUT.parameters + rows.length, 10);
}

function headers(b: SheetBuilder): void {
  const lang = b.options.lang;
  const spans: { group: ColumnGroup; text: Text }[] = [
    { group: "option", text: TEXT.groupOption },
    { group: "pollutant", text: TEXT.groupPollutant },
    { group: "resource", text: TEXT.groupResource },
    { group: "economics", text: TEXT.groupEconomics },
  ];
  for (const span of spans) {
    const cols = COLUMNS.map((c, i) => (c.group === span.group ? i : -1)).filter((i) => i >= 0);
    const first = cols[0];
    const last = cols[cols.length - 1];
    b.text(LAYOUT.groupHeader, first, "header", span.text);
    for (let col = first + 1; col <= last; col++) b.text(LAYOUT.groupHeader, col, "header", "");
    b.merge(LAYOUT.groupHeader, first, LAYOUT.groupHeader, last);
  }
  COLUMNS.forEach((c, col) => {
    b.text(LAYOUT.header, col, "header", c.header);
    b.text(LAYOUT.units, col, "unit", c.unit ? unitText(c.unit, lang) : "");
  });
}

function optionRow(b: SheetBuilder, row: number, index: number, record: OptionRecord | undefined): void {
  const lang = b.options.lang;
  const r: RowRefs = { at: (id) => cellAddress(row, COL[id]) };
  const key = (id: string) => `opt:${id}:${index + 1}`;
  const econ = economicFormulas(r, b.n, lang);
  for (const c of COLUMNS) {
    const col = COL[c.id];
    const format = c.numberFormat !== undefined ? { numberFormat: c.numberFormat } : {};
    if (c.input) {
      b.input(row, col, record?.inputs[c.id] ?? null, { key: key(c.id), ...format });
      continue;
    }
    const cached = (v: CellValue | undefined) => v ?? "";
    switch (c.id) {
      case "group":
        b.computed(row, col, groupFormula(r, lang), cached(record?.group), { key: key(c.id) });
        break;
      case "costClass":
        b.computed(row, col, costClassFormula(r, b.n, lang), cached(record?.costClass), { key: key(c.id) });
        break;
      case SAVE_ENERGY_TOTAL: {
        const formula = energyTotalFormula(b.n, lang, (s) => ({
          quantity: r.at(s.column.id),
          present: `ISNUMBER(${r.at(s.column.id)})`,
        }));
        b.computed(row, col, formula, cached(record?.energyTotal), { key: key(c.id), ...format });
        break;
      }
      case "payback":
      case "npv":
      case "irr":
        b.computed(row, col, econ[c.id], cached(record?.[c.id]), { key: key(c.id), ...format });
        break;
      default:
        throw new Error(`options: no formula for column ${c.id}`);
    }
  }
}

function listValidation(b: SheetBuilder, col: number, first: number, last: number, items: readonly string[]): void {
  b.validate({
    range: rangeAddress(first, col, last, col),
    rule: { kind: "list", items },
    error: { title: b.t(TEXT.invalid), message: b.t(TEXT.chooseFromList) },
  });
}

function validations(b: SheetBuilder, first: number, last: number): void {
  const lang = b.options.lang;
  const names = (defs: readonly { readonly name: Text }[]) => defs.map((d) => textOf(d.name, lang));
  listValidation(b, COL.level, first, last, names(OPTION_LEVELS));
  listValidation(b, COL.type, first, last, names(OPTION_TYPES));
  listValidation(b, COL.status, first, last, names(OPTION_STATUSES));
  b.validate({
    range: rangeAddress(first, COL.no, last, COL.no),
    rule: { kind: "whole", min: 1 },
    error: { title: b.t(TEXT.invalid), message: b.t(TEXT.noError) },
  });
  const investment = COLUMNS[COL.investment];
  b.validate({
    range: rangeAddress(first, COL.investment, last, COL.investment),
    rule: { kind: "decimal", min: 0 },
    prompt: {
      title: withUnit(b.t(investment.header), investment.unit, lang),
      message: b.t(investment.prompt ?? TEXT.amountPrompt),
    },
    error: { title: b.t(TEXT.invalid), message: b.t(TEXT.amountError) },
  });
  const benefit = COLUMNS[COL.benefit];
  // P may be negative (an option that costs money, docs/templates.md#economics): any number
  b.validate({
    range: rangeAddress(first, COL.benefit, last, COL.benefit),
    rule: { kind: "decimal" },
    prompt: {
      title: withUnit(b.t(benefit.header), benefit.unit, lang),
      message: b.t(benefit.prompt ?? TEXT.amountPrompt),
    },
    error: { title: b.t(TEXT.invalid), message: b.t(TEXT.numberError) },
  });
  for (const c of BENEFIT_COLUMNS.filter((x) => x.input)) {
    b.validate({
      range: rangeAddress(first, COL[c.id], last, COL[c.id]),
      rule: { kind: "decimal", min: 0 },
      prompt: { title: withUnit(b.t(c.header), c.unit, lang), message: b.t(TEXT.amountPrompt) },
      error: { title: b.t(TEXT.invalid), message: b.t(TEXT.amountError) },
    });
  }
}

function highlights(b: SheetBuilder, first: number, last: number): void {
  const lang = b.options.lang;
  const top = (id: string) => cellAddress(first, COL[id]);
  const range = (id: string) => rangeAddress(first, COL[id], last, COL[id]);
  const missing = { fill: HIGHLIGHT.missingMandatory.fill, fontColor: HIGHLIGHT.missingMandatory.fontColor };
  const warn = { fill: HIGHLIGHT.scoreBelowFull.fill, fontColor: HIGHLIGHT.scoreBelowFull.fontColor };
  // a named option without the inputs the matrix counts it by
  const name = `$${cellAddress(first, COL.name).replace(/\d+$/, "")}${first + 1}`;
  for (const id of ["level", "type", "investment", "status"]) {
    b.highlight({ range: range(id), formula: `AND(LEN(${name})>0,LEN(${top(id)})=0)`, ...missing });
  }
  const messages = (cell: string, texts: readonly Text[]) =>
    `OR(${texts.map((t) => `${cell}=${excelString(textOf(t, lang))}`).join(",")})`;
  b.highlight({
    range: range("costClass"),
    formula: messages(top("costClass"), [OPTION_MESSAGES.setThreshold, OPTION_MESSAGES.invalid]),
    ...missing,
  });
  b.highlight({ range: range("group"), formula: messages(top("group"), [OPTION_MESSAGES.invalid]), ...missing });
  b.highlight({
    range: range(SAVE_ENERGY_TOTAL),
    formula: messages(top(SAVE_ENERGY_TOTAL), [OPTION_MESSAGES.missingCoefficient]),
    ...missing,
  });
  // docs/templates.md#economics acceptance: NPV ≥ 0, IRR ≥ the benchmark rate; a payback or IRR that does not exist
  b.highlight({ range: range("payback"), formula: messages(top("payback"), [OPTION_MESSAGES.noPayback]), ...warn });
  b.highlight({ range: range("npv"), formula: `AND(ISNUMBER(${top("npv")}),${top("npv")}<0)`, ...warn });
  b.highlight({
    range: range("irr"),
    formula: `OR(${top("irr")}=${excelString(textOf(OPTION_MESSAGES.noIrr, lang))},AND(ISNUMBER(${top("irr")}),${top("irr")}<${b.n.param(PARAMETER_IDS.discountRate)}))`,
    ...warn,
  });
}

/** The options sheet, with cached results computed for `parameters` (default: the catalog's). */
export function buildOptions(options: TemplateOptions, parameters: OptionParameters = optionParameters()): SheetPlan {
  const b = new SheetBuilder("options", TEXT.sheet, options);
  const lang = options.lang;
  const records = optionRecords(options, parameters);
  const capacity = Math.max(OPTION_CAPACITY, records.length);
  const first = LAYOUT.firstOption;
  const last = first + capacity - 1;
  const lastCol = COLUMNS.length - 1;

  b.text(LAYOUT.title, 0, "title", options.parkName ? `${b.t(TEXT.title)} — ${options.parkName}` : b.t(TEXT.title));
  NOTES.forEach((note, k) => {
    b.text(LAYOUT.notes + k, 0, "note", note);
    b.merge(LAYOUT.notes + k, 0, LAYOUT.notes + k, 20);
  });
  parameterStrip(b, parameters);
  b.text(LAYOUT.hint, 0, "note", LABELS.inputHint);
  b.merge(LAYOUT.hint, 0, LAYOUT.hint, 16);
  headers(b);
  for (let i = 0; i < capacity; i++) optionRow(b, first + i, i, records[i]);
  validations(b, first, last);
  highlights(b, first, last);

  b.region("options", first, 0, last, lastCol);
  // wide enough for the header in the sheet's language (headers wrap beyond the cap)
  const fits = (c: OptionColumn) =>
    widthFor(b.t(c.header), c.width, c.group === "option" && c.input && !c.numberFormat ? 30 : 18);
  b.columnWidths(
    COLUMNS.map((c, col) =>
      col === COL.type || col === COL.group ? Math.max(fits(c), lang === "en-US" ? 24 : 14) : fits(c),
    ),
  );
  b.freeze(LAYOUT.firstOption, COL.name + 1);
  b.printLandscape();
  return withRangeNames(
    b.build({ capacity, columns: COL }),
    COLUMNS.map((c, col) => ({
      name: optionRangeName(c.id, options.nameSuffix),
      range: rangeAddress(first, col, last, col),
    })),
  );
}

/**
 * SheetBuilder names single cells only; a column over list rows is named on the built plan (plain data),
 * which keeps builder.ts unchanged.
 */
export function withRangeNames(plan: SheetPlan, names: readonly PlannedName[]): SheetPlan {
  return { ...plan, names: [...plan.names, ...names] };
}

export const optionsTemplate: TemplateSpec = {
  id: "options",
  sheetName: TEXT.sheet,
  purpose: {
    zh: "清洁生产方案汇总：层面、类型、投资、费用类别、实施状态、经济效益、环境效益与资源能源节约，中/高费方案的回收期、净现值和内部收益率",
    en: "Cleaner-production options: level, type, investment, cost class, status, economic, environmental and resource benefits; payback, NPV and IRR of medium/high-cost options",
  },
  source: citeAll(
    cite(JIANGSU_AUDIT_GUIDE, { zh: "附录B 6.1、7.2", en: "Annex B 6.1, 7.2" }),
    cite(PARK_AUDIT_GUIDE, { zh: "5.4.1", en: "5.4.1" }),
    AUDIT_ECONOMICS,
  ),
  reads: ["params"],
  build: (options) => buildOptions(options, optionParametersOf(options)),
};
