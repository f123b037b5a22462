/**
 * 目标完成 / Targets (docs/templates.md `targets`): the target-completion table of 江苏省《行业清洁生产审核技术指南》附录B 7.3 (类型 |
 * 清洁生产目标 | 目标完成情况). Its four printed rows come first, prefilled (catalog TARGET_TABLE_ROWS): 污染物减排,
 * 温室气体减排 and 资源能源利用 take their actual value from the performance matrix (附录B 7.2, total over the
 * implemented options, through the matrix's defined names GREEN_MTX_*), the indicator chosen from the matrix
 * items of that type; 清洁生产水平提升 is typed (no sheet computes the number of enterprises at level I or II).
 * Then free rows for further targets of 7.2.3 — type (7.2.3.4 a–e, catalog TARGET_TYPES, with 其他), indicator,
 * unit, direction, term (T/CPPC《工业园区清洁生产审核指南》5.2.4 近期 / 中期 / 远期), baseline, target, actual: the
 * total of the matrix row the indicator and unit name (calc.measuringItem: a fixed benefit, or a row of the
 * 其他污染物减排量 / 其他 blocks looked up by name and unit), typed where no row measures it.
 * Every row shows where its actual value comes from (实际值来源).
 *
 * Completion is calc.targetCompletion (the rule and its clause are there); GREEN.RATE(GREEN.REDUCTION(…),
 * GREEN.REDUCTION(…)) in custom mode. Met? follows calc.targetMet (docs/functions.md): actual ≥ target (↑) or
 * actual ≤ target (↓) → 是 / 否.
 */
import {
  JIANGSU_AUDIT_GUIDE,
  MATRIX_COLUMNS,
  OTHER_BENEFITS,
  PARK_AUDIT_GUIDE,
  TARGET_TABLE_ROWS,
  TARGET_TERMS,
  TARGET_TYPES,
  cite,
  citeAll,
  findTargetType,
  type MatrixColumnDef,
  type TargetTableRowDef,
  type Text,
} from "../../catalog";
import {
  isMissing,
  measuringItem,
  parseDirection,
  spreadsheetTrim,
  targetCompletion,
  targetMet,
  type MatrixItem,
  type TargetDirection,
} from "../../calc";
import { cellAddress, rangeAddress } from "../a1";
import { SheetBuilder, type Formula } from "../builder";
import { excelString, textOf, type TemplateOptions } from "../context";
import { LABELS, unitText } from "../labels";
import type { TemplateSpec } from "../registry";
import type { CellValue, Lang, SheetPlan } from "../sheetPlan";
import { HIGHLIGHT } from "../styles";
import { isBlankNative, trimNative } from "../blankNative";
import { matrixCellName, matrixPlan, otherRangeName } from "./matrix";
import { excelArray, withRangeNames } from "./optionShared";

/** Free input rows below the four rows of 附录B 7.3 when no more are prefilled (product choice). */
export const TARGET_CAPACITY = 30;

/** The row field of TemplateOptions.rows.targets that places a row in one of the four rows of 附录B 7.3 (a type id). */
export const TARGET_FIXED_FIELD = "id";

const TEXT = {
  sheet: { zh: "目标完成", en: "Targets" },
  title: { zh: "审核目标完成情况（附录B 7.3）", en: "Audit target completion (Annex B 7.3)" },
  note: {
    zh:
      "前四行为附录B 7.3 的四类目标：污染物减排、温室气体减排、资源能源利用的实际值取自“绩效评估”表已实施方案的合计（在“清洁生产目标”列选择指标），清洁生产水平提升的实际值须填写；其后各行填写其他目标，指标名称和单位与“绩效评估”表某一行相同（如其他污染物“甲苯”、t/a）时，实际值取该行已实施方案合计（公式），否则填写。" +
      "完成率 =（基准值 − 实际值）/（基准值 − 目标值）× 100：实际完成的变化量占计划变化量的百分比，100 为恰好完成，大于 100 为超额完成；目标未优于基准值时不适用。是否完成：↑ 实际值 ≥ 目标值，↓ 实际值 ≤ 目标值。",
    en:
      "The first four rows are the four kinds of target of Annex B 7.3: the actual values of pollutant reduction, greenhouse gas reduction and resource and energy use are the Performance sheet's totals over the implemented options (choose the indicator in the target column); the cleaner-production level is typed. Further targets go in the rows below: one whose indicator and unit are those of a Performance-sheet row (an other pollutant such as toluene, t/a) takes that row's implemented total (formula); the others are typed. " +
      "Completion = (baseline − actual) / (baseline − target) × 100: the share of the planned change achieved; 100 is exactly on target, above 100 beyond it; not applicable when the target does not improve on the baseline. Met: actual ≥ target (↑), actual ≤ target (↓).",
  },
  summary: { zh: "已完成目标数 / 已评价目标数", en: "Targets met / targets assessed" },
  type: { zh: "类型", en: "Type" },
  indicator: { zh: "清洁生产目标（指标）", en: "Cleaner-production target (indicator)" },
  direction: { zh: "方向（↑ 越大越好，↓ 越小越好）", en: "Direction (↑ larger is better, ↓ smaller is better)" },
  term: { zh: "目标期限", en: "Term" },
  baseline: { zh: "基准值", en: "Baseline" },
  target: { zh: "目标值", en: "Target" },
  actual: { zh: "实际值", en: "Actual" },
  completion: { zh: "完成率（%）", en: "Completion (%)" },
  met: { zh: "是否完成", en: "Met?" },
  evidence: { zh: "完成情况说明 / 佐证", en: "Notes / evidence" },
  source: { zh: "实际值来源", en: "Source of the actual" },
  linked: { zh: "绩效评估：已实施方案合计（公式）", en: "Performance sheet: implemented options (formula)" },
  typed: { zh: "填写", en: "typed" },
  invalid: { zh: "输入无效", en: "Invalid entry" },
  chooseFromList: { zh: "请从下拉列表中选择。", en: "Choose a value from the list." },
  chooseMeasure: {
    zh: "选择“绩效评估”表中衡量此目标的合计项；其他指标请填在下面的行中。",
    en: "Choose the Performance-sheet total that measures this target; put other indicators in the rows below.",
  },
  numberError: { zh: "须为数值。", en: "Must be a number." },
  valuePrompt: {
    zh: "与“单位”列一致的数值；基准值为审核前（基准年）水平，目标值为设定目标，实际值为审核周期末水平。",
    en: "A number in the unit of the Unit column: baseline before the audit (base year), target as set, actual at the end of the audit period.",
  },
} as const satisfies Record<string, Text>;

/** Texts a computed cell shows (see the file comment). */
export const TARGET_MESSAGES = {
  yes: { zh: "是", en: "Yes" },
  no: { zh: "否", en: "No" },
  notApplicable: { zh: "不适用", en: "n/a" },
  badDirection: { zh: "方向无效", en: "invalid direction" },
} as const satisfies Record<string, Text>;

/**
 * The direction words of docs/functions.md (calc.parseDirection), as the formulas MATCH them after trimNative: the
 * structure test checks each against parseDirection.
 */
export const DIRECTION_WORDS: Readonly<Record<TargetDirection, readonly string[]>> = {
  up: ["up", "↑", "正向", "1"],
  down: ["down", "↓", "逆向", "-1"],
};
const DIRECTION_CHOICES = ["↑", "↓"];

interface TargetColumn {
  readonly id: string;
  readonly header: Text;
  readonly width: number;
  readonly input: boolean;
  readonly numberFormat?: string;
}

// the input columns keep the places they had before 实际值来源 was added (refresh in place keeps inputs by place)
const COLUMN_LIST = [
  { id: "no", header: LABELS.no, width: 6, input: true, numberFormat: "0" },
  { id: "type", header: TEXT.type, width: 16, input: true },
  { id: "indicator", header: TEXT.indicator, width: 32, input: true },
  { id: "unit", header: LABELS.unit, width: 10, input: true },
  { id: "direction", header: TEXT.direction, width: 12, input: true },
  { id: "term", header: TEXT.term, width: 11, input: true },
  { id: "baseline", header: TEXT.baseline, width: 12, input: true, numberFormat: "#,##0.00##" },
  { id: "target", header: TEXT.target, width: 12, input: true, numberFormat: "#,##0.00##" },
  { id: "actual", header: TEXT.actual, width: 12, input: true, numberFormat: "#,##0.00##" },
  { id: "completion", header: TEXT.completion, width: 11, input: false, numberFormat: "0.0" },
  { id: "met", header: TEXT.met, width: 9, input: false },
  { id: "evidence", header: TEXT.evidence, width: 30, input: true },
  { id: "source", header: TEXT.source, width: 22, input: false },
] as const satisfies readonly TargetColumn[];
type TargetColumnId = (typeof COLUMN_LIST)[number]["id"];
const COLUMNS: readonly (TargetColumn & { readonly id: TargetColumnId })[] = COLUMN_LIST;
const COL = Object.fromEntries(COLUMNS.map((c, i) => [c.id, i])) as Readonly<Record<TargetColumnId, number>>;

/** Keys a prefilled row may hold (TemplateOptions.rows.targets), besides TARGET_FIXED_FIELD. */
export const TARGET_INPUT_KEYS: readonly string[] = COLUMNS.filter((c) => c.input).map((c) => c.id);

/** GREEN_TGT_<COLUMN><suffix>: a column over the target rows. */
export function targetRangeName(column: string, suffix: string): string {
  return `GREEN_TGT_${column.toUpperCase()}${suffix}`;
}

const LAYOUT = { title: 0, note: 1, summary: 2, hint: 3, header: 5, firstTarget: 6 } as const;
const FIRST_FREE = LAYOUT.firstTarget + TARGET_TABLE_ROWS.length;

/* ------------------------------------------------------------------------------------------------
 * Rows and their cached results through calc
 * ---------------------------------------------------------------------------------------------- */

/** A row of the sheet: one of the four of 附录B 7.3 (`fixed`) or a free row. */
export interface TargetRecord {
  readonly fixed?: TargetTableRowDef;
  /** the matrix items the actual links to (empty: typed) */
  readonly measures: readonly MatrixColumnDef[];
  /** a free row's matrix row (calc.measuringItem): its actual is that row's total; undefined: typed */
  readonly link?: MeasuringRow;
  readonly inputs: Readonly<Record<string, CellValue>>;
  readonly actual: CellValue;
  readonly completion: CellValue;
  readonly met: CellValue;
}

/** A prefilled direction as the drop-down shows it (↑/↓); an unknown word is kept as typed. */
function directionValue(value: CellValue | undefined): CellValue {
  if (value === undefined || value === null) return null;
  const parsed = parseDirection(value);
  return parsed.ok ? (parsed.value === "up" ? "↑" : "↓") : value;
}

function termValue(value: CellValue | undefined, lang: Lang): CellValue {
  const found = TARGET_TERMS.find(
    (t) =>
      typeof value === "string" &&
      [t.id, t.name.zh, t.name.en].some((w) => w.toLowerCase() === value.trim().toLowerCase()),
  );
  return found ? textOf(found.name, lang) : (value ?? null);
}

/** The completion cell: calc.targetCompletion, "" when an input is missing or the direction unknown. */
function completionCell(inputs: Readonly<Record<string, CellValue>>, actual: CellValue, lang: Lang): CellValue {
  const { baseline, target, direction } = inputs;
  if (typeof baseline !== "number" || typeof target !== "number" || typeof actual !== "number") return "";
  const completion = targetCompletion(baseline, target, actual, direction);
  if (!completion.ok)
    return completion.reason === "division-by-zero" ? textOf(TARGET_MESSAGES.notApplicable, lang) : "";
  return completion.value === "not-applicable" ? textOf(TARGET_MESSAGES.notApplicable, lang) : completion.value;
}

/** The met? cell: calc.targetMet (docs/functions.md). */
function metCell(inputs: Readonly<Record<string, CellValue>>, actual: CellValue, lang: Lang): CellValue {
  const { target, direction } = inputs;
  if (typeof target !== "number" || typeof actual !== "number" || isMissing(direction)) return "";
  const met = targetMet(actual, target, direction);
  if (!met.ok) return textOf(TARGET_MESSAGES.badDirection, lang);
  return textOf(met.value ? TARGET_MESSAGES.yes : TARGET_MESSAGES.no, lang);
}

const matrixColumn = (id: string) => MATRIX_COLUMNS.find((c) => c.id === id);
const measuresOf = (fixed: TargetTableRowDef) =>
  fixed.measures.map(matrixColumn).filter((c): c is MatrixColumnDef => c !== undefined);

/** The matrix item an indicator names (either language, blanks and case ignored as MATCH does). */
function measuredBy(indicator: CellValue, measures: readonly MatrixColumnDef[]): MatrixColumnDef | undefined {
  if (typeof indicator !== "string") return undefined;
  const word = spreadsheetTrim(indicator).toLowerCase();
  return measures.find((c) => [c.name.zh, c.name.en].some((w) => w.toLowerCase() === word));
}

/**
 * A row of the matrix a free target may name (calc.measuringItem): a fixed benefit or a row of a free block, with
 * its implemented-options total and the formula that reads it.
 */
export interface MeasuringRow extends MatrixItem {
  readonly total: CellValue;
  /** the native formula of the actual, given the target row's indicator and unit cells */
  readonly formula: (indicator: string, unit: string, suffix: string) => string;
}

const equalsAny = (cell: string, words: readonly string[]) =>
  `OR(${[...new Set(words)].map((w) => `${cell}=${excelString(w)}`).join(",")})`;

/** A fixed benefit of the matrix, by either language's name and unit: its cell over the implemented options. */
function fixedRow(c: MatrixColumnDef, totals: ReadonlyMap<string, CellValue>): MeasuringRow {
  const names = [c.name.zh, c.name.en];
  const units = [unitText(c.unit, "zh-CN"), unitText(c.unit, "en-US")];
  return {
    id: c.id,
    names,
    units,
    total: totals.get(c.id) ?? "",
    formula: (indicator, unit, suffix) =>
      `IF(AND(${equalsAny(trimNative(indicator), names)},${equalsAny(trimNative(unit), units)}),${matrixCellName(c.id, "implemented", suffix)},"")`,
  };
}

/**
 * A row of a free block (其他污染物减排量, the 其他 saving) as the options name it: looked up by name and unit over the
 * block's named rows, so it follows the options when they are edited; "" once no row has that name and unit.
 */
function otherRow(block: string, name: string, unit: string, total: CellValue): MeasuringRow {
  return {
    id: block,
    names: [name],
    units: [unit],
    total,
    formula: (indicator, unitCell, suffix) => {
      const range = (part: "names" | "units" | "implemented") => otherRangeName(block, part, suffix);
      const match = `(${range("names")}=${trimNative(indicator)})*(${range("units")}=${trimNative(unitCell)})`;
      return `IF(SUMPRODUCT(${match})=0,"",SUMPRODUCT(${match},${range("implemented")}))`;
    },
  };
}

/** The matrix rows a free target may name, fixed benefits first (calc.measuringItem takes the first). */
function measuringRows(options: TemplateOptions, totals: ReadonlyMap<string, CellValue>): MeasuringRow[] {
  const plan = matrixPlan(options);
  const cached = (key: string) => plan.cells.find((p) => p.key === key)?.cached;
  const others = OTHER_BENEFITS.flatMap((o) =>
    Array.from({ length: o.slots }, (_, i) => {
      const id = `${o.id}_${i + 1}`;
      const name = cached(`mtx:${id}:name`);
      const unit = cached(`mtx:${id}:unit`);
      if (typeof name !== "string" || name === "" || typeof unit !== "string") return [];
      return [otherRow(o.id, name, unit, cached(`mtx:${id}:implemented`) ?? "")];
    }).flat(),
  );
  return [...MATRIX_COLUMNS.map((c) => fixedRow(c, totals)), ...others];
}

/** The implemented-options totals of the matrix (附录B 7.2) as it computes them, by matrix column id. */
function matrixTotals(options: TemplateOptions): ReadonlyMap<string, CellValue> {
  const plan = matrixPlan(options);
  const totals = new Map<string, CellValue>();
  for (const c of MATRIX_COLUMNS) {
    const cell = plan.cells.find((p) => p.key === `mtx:${c.id}:implemented`);
    totals.set(c.id, cell?.cached ?? "");
  }
  return totals;
}

function fixedInputs(fixed: TargetTableRowDef, row: Readonly<Record<string, CellValue>>, lang: Lang) {
  const measures = measuresOf(fixed);
  const indicator =
    typeof fixed.indicator === "string"
      ? textOf(matrixColumn(fixed.indicator)?.name ?? { zh: "", en: "" }, lang)
      : textOf(fixed.indicator, lang);
  const type = TARGET_TYPES.find((t) => t.id === fixed.type);
  const defaults: Record<string, CellValue> = {
    no: null,
    type: type ? textOf(type.name, lang) : fixed.type,
    indicator,
    unit: unitText(fixed.unit, lang),
    direction: "↑",
    // an amount reduced or saved starts from none before the audit (7.2.3.4 a–c “绝对减排量…绝对节约量”)
    baseline: measures.length > 0 ? 0 : null,
  };
  const inputs: Record<string, CellValue> = {};
  for (const key of TARGET_INPUT_KEYS) inputs[key] = row[key] !== undefined ? row[key] : (defaults[key] ?? null);
  inputs.no = null;
  inputs.type = defaults.type ?? null;
  return { inputs, measures };
}

export function targetRecords(options: TemplateOptions): TargetRecord[] {
  const lang = options.lang;
  const given = options.rows?.targets ?? [];
  const fixedGiven = (id: string) => given.find((r) => r[TARGET_FIXED_FIELD] === id) ?? {};
  const totals = matrixTotals(options);
  const fixedRecords = TARGET_TABLE_ROWS.map((fixed): TargetRecord => {
    const { inputs, measures } = fixedInputs(fixed, fixedGiven(fixed.type), lang);
    inputs.direction = directionValue(inputs.direction);
    inputs.term = termValue(inputs.term, lang);
    const linked = measuredBy(inputs.indicator ?? null, measures);
    const actual = measures.length === 0 ? (inputs.actual ?? null) : linked ? (totals.get(linked.id) ?? "") : "";
    return {
      fixed,
      measures,
      inputs,
      actual,
      completion: completionCell(inputs, actual, lang),
      met: metCell(inputs, actual, lang),
    };
  });
  const free = given.filter((r) => isMissing(r[TARGET_FIXED_FIELD]));
  const rows = free.length > 0 ? measuringRows(options, totals) : [];
  const freeRecords = free.map((row, index): TargetRecord => {
    const inputs: Record<string, CellValue> = {};
    for (const key of TARGET_INPUT_KEYS) inputs[key] = row[key] ?? null;
    inputs.no = row.no ?? TARGET_TABLE_ROWS.length + index + 1;
    const type = typeof row.type === "string" ? findTargetType(row.type) : undefined;
    if (type) inputs.type = textOf(type.name, lang);
    inputs.direction = directionValue(row.direction);
    inputs.term = termValue(row.term, lang);
    const link = measuringItem(inputs.indicator, inputs.unit, rows);
    const actual = link ? link.total : (inputs.actual ?? null);
    return {
      measures: [],
      ...(link ? { link } : {}),
      inputs,
      actual,
      completion: completionCell(inputs, actual, lang),
      met: metCell(inputs, actual, lang),
    };
  });
  return [...fixedRecords, ...freeRecords];
}

/* ------------------------------------------------------------------------------------------------
 * Formulas
 * ---------------------------------------------------------------------------------------------- */

function isDirection(cell: string, direction: TargetDirection): string {
  return `ISNUMBER(MATCH(${trimNative(cell)},${excelArray(DIRECTION_WORDS[direction])},0))`;
}

function completionFormula(at: (id: TargetColumnId) => string, lang: Lang): Formula {
  const [b, t, a, d] = [at("baseline"), at("target"), at("actual"), at("direction")];
  const up = isDirection(d, "up");
  const down = isDirection(d, "down");
  const na = excelString(textOf(TARGET_MESSAGES.notApplicable, lang));
  const guard = (core: string) =>
    `IF(OR(NOT(ISNUMBER(${b})),NOT(ISNUMBER(${t})),NOT(ISNUMBER(${a})),NOT(OR(${up},${down}))),"",IF(OR(${t}=${b},AND(${up},${t}<${b}),AND(${down},${t}>${b})),${na},${core}))`;
  return {
    native: guard(`100*(${b}-${a})/(${b}-${t})`),
    custom: guard(`GREEN.RATE(GREEN.REDUCTION(${b},${a}),GREEN.REDUCTION(${b},${t}))`),
  };
}

function metFormula(at: (id: TargetColumnId) => string, lang: Lang): string {
  const [t, a, d] = [at("target"), at("actual"), at("direction")];
  const yes = excelString(textOf(TARGET_MESSAGES.yes, lang));
  const no = excelString(textOf(TARGET_MESSAGES.no, lang));
  const bad = excelString(textOf(TARGET_MESSAGES.badDirection, lang));
  return (
    `IF(OR(NOT(ISNUMBER(${a})),NOT(ISNUMBER(${t})),${isBlankNative(d)}),"",` +
    `IF(${isDirection(d, "up")},IF(${a}>=${t},${yes},${no}),IF(${isDirection(d, "down")},IF(${a}<=${t},${yes},${no}),${bad})))`
  );
}

/**
 * The linked actual: the implemented-options total of the matrix item the indicator names, in either language
 * (MATCH over both names, CHOOSE over the matrix's defined names); "" when the indicator names none.
 */
function linkedActualFormula(indicator: string, measures: readonly MatrixColumnDef[], suffix: string): string {
  const words = measures.flatMap((c) => [c.name.zh, c.name.en]);
  const names = measures.flatMap((c) => {
    const name = matrixCellName(c.id, "implemented", suffix);
    return [name, name];
  });
  return `IFERROR(CHOOSE(MATCH(${trimNative(indicator)},${excelArray(words)},0),${names.join(",")}),"")`;
}

/* ------------------------------------------------------------------------------------------------
 * The sheet
 * ---------------------------------------------------------------------------------------------- */

function targetRow(b: SheetBuilder, row: number, key: string, record: TargetRecord | undefined): void {
  const lang = b.options.lang;
  const at = (id: TargetColumnId) => cellAddress(row, COL[id]);
  const fixed = record?.fixed;
  const linked = fixed !== undefined && record !== undefined && record.measures.length > 0;
  const link = record?.link;
  for (const c of COLUMNS) {
    const options = {
      key: `tgt:${c.id}:${key}`,
      ...(c.numberFormat !== undefined ? { numberFormat: c.numberFormat } : {}),
    };
    if (fixed && (c.id === "no" || c.id === "type")) {
      b.text(
        row,
        COL[c.id],
        "label",
        c.id === "no" ? TARGET_TABLE_ROWS.indexOf(fixed) + 1 : (record?.inputs.type ?? ""),
      );
    } else if (c.id === "actual" && linked) {
      b.computed(
        row,
        COL.actual,
        linkedActualFormula(at("indicator"), record.measures, b.options.nameSuffix),
        record.actual,
        options,
      );
    } else if (c.id === "actual" && link) {
      b.computed(
        row,
        COL.actual,
        link.formula(at("indicator"), at("unit"), b.options.nameSuffix),
        record?.actual ?? "",
        options,
      );
    } else if (c.id === "source") {
      b.text(row, COL.source, "note", linked || link ? TEXT.linked : TEXT.typed);
    } else if (c.input) b.input(row, COL[c.id], record?.inputs[c.id] ?? null, options);
    else if (c.id === "completion")
      b.computed(row, COL[c.id], completionFormula(at, lang), record?.completion ?? "", options);
    else b.computed(row, COL[c.id], metFormula(at, lang), record?.met ?? "", options);
  }
}

function summary(b: SheetBuilder, first: number, last: number, records: readonly TargetRecord[]): void {
  const lang = b.options.lang;
  const met = rangeAddress(first, COL.met, last, COL.met);
  const words = (texts: readonly Text[]) => excelArray(texts.flatMap((t) => [t.zh, t.en]));
  const count = (texts: readonly Text[]) => `SUMPRODUCT(ISNUMBER(MATCH(${met},${words(texts)},0))*1)`;
  const shown = records.map((r) => r.met);
  const is = (t: Text) => (v: CellValue) => v === textOf(t, lang);
  b.text(LAYOUT.summary, 0, "label", TEXT.summary);
  b.merge(LAYOUT.summary, 0, LAYOUT.summary, 2);
  b.computed(LAYOUT.summary, 3, count([TARGET_MESSAGES.yes]), shown.filter(is(TARGET_MESSAGES.yes)).length, {
    role: "total",
    numberFormat: "0",
    key: "tgt:met-count",
    name: `GREEN_TGT_MET_COUNT${b.options.nameSuffix}`,
  });
  b.computed(
    LAYOUT.summary,
    4,
    count([TARGET_MESSAGES.yes, TARGET_MESSAGES.no]),
    shown.filter((v) => is(TARGET_MESSAGES.yes)(v) || is(TARGET_MESSAGES.no)(v)).length,
    {
      role: "total",
      numberFormat: "0",
      key: "tgt:assessed-count",
      name: `GREEN_TGT_ASSESSED_COUNT${b.options.nameSuffix}`,
    },
  );
}

/** Excel's inline drop-down list holds at most 255 characters (validatePlan): longer lists get no drop-down. */
const fitsList = (items: readonly string[]) => items.join(",").length <= 255;

function validations(b: SheetBuilder, first: number, last: number, records: readonly TargetRecord[]): void {
  const lang = b.options.lang;
  const list = (range: string, items: readonly string[], message: Text = TEXT.chooseFromList) =>
    b.validate({
      range,
      rule: { kind: "list", items },
      error: { title: b.t(TEXT.invalid), message: b.t(message) },
    });
  const column = (id: TargetColumnId, from = first) => rangeAddress(from, COL[id], last, COL[id]);
  list(
    column("type", FIRST_FREE),
    TARGET_TYPES.map((t) => textOf(t.name, lang)),
  );
  records.forEach((r, i) => {
    const items = r.measures.map((c) => textOf(c.name, lang));
    if (r.fixed && items.length > 0 && fitsList(items))
      list(cellAddress(first + i, COL.indicator), items, TEXT.chooseMeasure);
  });
  list(column("direction"), DIRECTION_CHOICES);
  list(
    column("term"),
    TARGET_TERMS.map((t) => textOf(t.name, lang)),
  );
  for (const c of COLUMNS.filter((x) => x.id === "baseline" || x.id === "target" || x.id === "actual")) {
    b.validate({
      range: column(c.id),
      // values may be negative (a growth rate); the writer needs both bounds for "any number"
      rule: { kind: "decimal" },
      prompt: { title: b.t(c.header), message: b.t(TEXT.valuePrompt) },
      error: { title: b.t(TEXT.invalid), message: b.t(TEXT.numberError) },
    });
  }
}

function highlights(b: SheetBuilder, first: number, last: number): void {
  const lang = b.options.lang;
  const top = (id: TargetColumnId) => cellAddress(first, COL[id]);
  const range = (id: TargetColumnId) => rangeAddress(first, COL[id], last, COL[id]);
  const missing = { fill: HIGHLIGHT.missingMandatory.fill, fontColor: HIGHLIGHT.missingMandatory.fontColor };
  const indicator = `$${cellAddress(first, COL.indicator).replace(/\d+$/, "")}${first + 1}`;
  for (const id of ["type", "direction", "baseline", "target"] as const) {
    b.highlight({ range: range(id), formula: `AND(LEN(${indicator})>0,LEN(${top(id)})=0)`, ...missing });
  }
  b.highlight({
    range: range("met"),
    formula: `OR(${top("met")}=${excelString(textOf(TARGET_MESSAGES.no, lang))},${top("met")}=${excelString(textOf(TARGET_MESSAGES.badDirection, lang))})`,
    ...missing,
  });
  b.highlight({
    range: range("completion"),
    formula: `AND(ISNUMBER(${top("completion")}),${top("completion")}<100)`,
    fill: HIGHLIGHT.scoreBelowFull.fill,
    fontColor: HIGHLIGHT.scoreBelowFull.fontColor,
  });
}

export function buildTargets(options: TemplateOptions): SheetPlan {
  const b = new SheetBuilder("targets", TEXT.sheet, options);
  const records = targetRecords(options);
  const freeRecords = records.slice(TARGET_TABLE_ROWS.length);
  const capacity = Math.max(TARGET_CAPACITY, freeRecords.length);
  const first = LAYOUT.firstTarget;
  const last = FIRST_FREE + capacity - 1;
  b.text(LAYOUT.title, 0, "title", options.parkName ? `${b.t(TEXT.title)} — ${options.parkName}` : b.t(TEXT.title));
  b.text(LAYOUT.note, 0, "note", TEXT.note);
  b.merge(LAYOUT.note, 0, LAYOUT.note, COLUMNS.length - 1);
  summary(b, first, last, records);
  b.text(LAYOUT.hint, 0, "note", LABELS.inputHint);
  b.merge(LAYOUT.hint, 0, LAYOUT.hint, COLUMNS.length - 1);
  COLUMNS.forEach((c, col) => b.text(LAYOUT.header, col, "header", c.header));
  records.slice(0, TARGET_TABLE_ROWS.length).forEach((r, i) => targetRow(b, first + i, r.fixed?.type ?? "", r));
  for (let i = 0; i < capacity; i++) targetRow(b, FIRST_FREE + i, String(i + 1), freeRecords[i]);
  validations(b, first, last, records);
  highlights(b, first, last);
  b.region("targets", first, 0, last, COLUMNS.length - 1);
  b.columnWidths(COLUMNS.map((c) => c.width));
  b.freeze(LAYOUT.firstTarget, COL.indicator + 1);
  b.printLandscape();
  return withRangeNames(
    b.build({ capacity, columns: COL }),
    COLUMNS.map((c, col) => ({
      name: targetRangeName(c.id, options.nameSuffix),
      range: rangeAddress(first, col, last, col),
    })),
  );
}

export const targetsTemplate: TemplateSpec = {
  id: "targets",
  sheetName: TEXT.sheet,
  purpose: {
    zh: "审核目标完成情况：附录B 7.3 四类目标及其他目标的基准值、目标值、实际值、完成率与是否完成；指标在绩效评估表中有对应行（含方案填写的其他污染物）时，实际值取自该行已实施方案合计",
    en: "Audit target completion: the four kinds of target of Annex B 7.3 and further targets, with baseline, target, actual, completion % and whether each is met; a target the performance matrix has a row for (an other pollutant the options name included) takes that row's implemented total",
  },
  source: citeAll(
    cite(JIANGSU_AUDIT_GUIDE, { zh: "附录B 7.3、7.2.3", en: "Annex B 7.3, 7.2.3" }),
    cite(PARK_AUDIT_GUIDE, { zh: "5.2.4", en: "5.2.4" }),
  ),
  reads: ["matrix"],
  importable: true,
  build: buildTargets,
};
