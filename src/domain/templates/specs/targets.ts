/**
 * 目标完成 / Targets (docs/templates.md `targets`): the target-completion table of 江苏省《行业清洁生产审核技术指南》附录B 7.3 (类型 |
 * 清洁生产目标 | 目标完成情况), one row per quantified target of 江苏省《行业清洁生产审核技术指南》7.2.3 — type (7.2.3.4 a–e,
 * catalog TARGET_TYPES), indicator, unit, direction, term (7.2.3.3 近期/中远期), baseline, target, actual,
 * completion %, met?, and evidence.
 *
 * Completion (江苏省《行业清洁生产审核技术指南》7.3 "目标完成情况" has no formula; docs/functions.md gives the direction rule only) is the share of
 * the planned change from the baseline that was achieved:
 *
 *     completion = (baseline − actual) / (baseline − target) × 100
 *
 * For a ↓ target (a reduction, 7.2.3.4 a–c) that is "reduction achieved / reduction planned"; for a ↑ target
 * (utilisation rates, 7.2.3.4 d "数量或比例提升") the same expression equals (actual − baseline) / (target −
 * baseline) × 100, "increase achieved / increase planned". 100 means exactly on target, above 100 beyond it,
 * below 0 a move away from it. It is computed with calc: rate(reduction(baseline, actual), reduction(baseline,
 * target)) — GREEN.RATE(GREEN.REDUCTION(…), GREEN.REDUCTION(…)) in custom mode; calc has no dedicated
 * completion function. It is defined only when the target improves on the baseline in the stated
 * direction (calc.targetMet(target, baseline, direction) and target ≠ baseline); otherwise (a cap above the
 * baseline, a target equal to it) the cell says "不适用" / "n/a" and only met? judges the row.
 *
 * Met? follows calc.targetMet (docs/functions.md): actual ≥ target (↑) or actual ≤ target (↓) → 是 / 否.
 */
import { JIANGSU_AUDIT_GUIDE, TARGET_TYPES, cite, findTargetType, type Text } from "../../catalog";
import { isMissing, parseDirection, rate, reduction, targetMet, type TargetDirection } from "../../calc";
import { cellAddress, rangeAddress } from "../a1";
import { SheetBuilder, type Formula } from "../builder";
import { excelString, textOf, type TemplateOptions } from "../context";
import { LABELS } from "../labels";
import type { TemplateSpec } from "../registry";
import type { CellValue, Lang, SheetPlan } from "../sheetPlan";
import { HIGHLIGHT } from "../styles";
import { isBlankNative, trimNative } from "../blankNative";
import { excelArray, withRangeNames } from "./optionShared";

/** Input rows when no more are prefilled (product choice). */
export const TARGET_CAPACITY = 30;

const TEXT = {
  sheet: { zh: "目标完成", en: "Targets" },
  title: { zh: "审核目标完成情况（附录B 7.3）", en: "Audit target completion (Annex B 7.3)" },
  note: {
    zh:
      "完成率 =（基准值 − 实际值）/（基准值 − 目标值）× 100，即实际完成的变化量占计划变化量的百分比：↓ 指标为已实现减排/计划减排，↑ 指标为已实现提升/计划提升；" +
      "100 为恰好完成，大于 100 为超额完成。目标未优于基准值时完成率不适用。是否完成：↑ 实际值 ≥ 目标值，↓ 实际值 ≤ 目标值。",
    en:
      "Completion = (baseline − actual) / (baseline − target) × 100: the share of the planned change achieved — reduction achieved / planned for ↓, increase achieved / planned for ↑; " +
      "100 is exactly on target, above 100 beyond it. Not applicable when the target does not improve on the baseline. Met: actual ≥ target (↑), actual ≤ target (↓).",
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
  invalid: { zh: "输入无效", en: "Invalid entry" },
  chooseFromList: { zh: "请从下拉列表中选择。", en: "Choose a value from the list." },
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

/** 江苏省《行业清洁生产审核技术指南》7.2.3.3: "目标应设置近期目标和中远期目标". */
const TERMS: readonly Text[] = [
  { zh: "近期", en: "near-term" },
  { zh: "中远期", en: "medium/long-term" },
];

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

const COLUMNS: readonly TargetColumn[] = [
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
];
const COL: Readonly<Record<string, number>> = Object.fromEntries(COLUMNS.map((c, i) => [c.id, i]));

/** Keys a prefilled row may hold (TemplateOptions.rows.targets). */
export const TARGET_INPUT_KEYS: readonly string[] = COLUMNS.filter((c) => c.input).map((c) => c.id);

/** GREEN_TGT_<COLUMN><suffix>: a column over the target rows. */
export function targetRangeName(column: string, suffix: string): string {
  return `GREEN_TGT_${column.toUpperCase()}${suffix}`;
}

const LAYOUT = { title: 0, note: 1, summary: 2, hint: 3, header: 5, firstTarget: 6 } as const;

/* ------------------------------------------------------------------------------------------------
 * Cached results through calc
 * ---------------------------------------------------------------------------------------------- */

export interface TargetRecord {
  readonly inputs: Readonly<Record<string, CellValue>>;
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
  const found = TERMS.find(
    (t) => typeof value === "string" && [t.zh, t.en].some((w) => w.toLowerCase() === value.trim().toLowerCase()),
  );
  return found ? textOf(found, lang) : (value ?? null);
}

/** The completion cell: calc.rate(calc.reduction(b, a), calc.reduction(b, t)) behind the sheet's guards. */
function completionCell(inputs: Readonly<Record<string, CellValue>>, lang: Lang): CellValue {
  const { baseline, target, actual, direction } = inputs;
  if (typeof baseline !== "number" || typeof target !== "number" || typeof actual !== "number") return "";
  const parsed = parseDirection(direction);
  if (!parsed.ok) return "";
  const improves = targetMet(target, baseline, parsed.value);
  if (!improves.ok || !improves.value || target === baseline) return textOf(TARGET_MESSAGES.notApplicable, lang);
  const achieved = reduction(baseline, actual);
  const planned = reduction(baseline, target);
  if (!achieved.ok || !planned.ok) return textOf(TARGET_MESSAGES.notApplicable, lang);
  const completion = rate(achieved.value, planned.value);
  return completion.ok ? completion.value : textOf(TARGET_MESSAGES.notApplicable, lang);
}

/** The met? cell: calc.targetMet (docs/functions.md). */
function metCell(inputs: Readonly<Record<string, CellValue>>, lang: Lang): CellValue {
  const { target, actual, direction } = inputs;
  if (typeof target !== "number" || typeof actual !== "number" || isMissing(direction)) return "";
  const met = targetMet(actual, target, direction);
  if (!met.ok) return textOf(TARGET_MESSAGES.badDirection, lang);
  return textOf(met.value ? TARGET_MESSAGES.yes : TARGET_MESSAGES.no, lang);
}

export function targetRecords(options: TemplateOptions): TargetRecord[] {
  return (options.rows?.targets ?? []).map((row, index) => {
    const inputs: Record<string, CellValue> = {};
    for (const key of TARGET_INPUT_KEYS) inputs[key] = row[key] ?? null;
    inputs.no = row.no ?? index + 1;
    const type = typeof row.type === "string" ? findTargetType(row.type) : undefined;
    if (type) inputs.type = textOf(type.name, options.lang);
    inputs.direction = directionValue(row.direction);
    inputs.term = termValue(row.term, options.lang);
    return { inputs, completion: completionCell(inputs, options.lang), met: metCell(inputs, options.lang) };
  });
}

/* ------------------------------------------------------------------------------------------------
 * Formulas
 * ---------------------------------------------------------------------------------------------- */

function isDirection(cell: string, direction: TargetDirection): string {
  return `ISNUMBER(MATCH(${trimNative(cell)},${excelArray(DIRECTION_WORDS[direction])},0))`;
}

function completionFormula(at: (id: string) => string, lang: Lang): Formula {
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

function metFormula(at: (id: string) => string, lang: Lang): string {
  const [t, a, d] = [at("target"), at("actual"), at("direction")];
  const yes = excelString(textOf(TARGET_MESSAGES.yes, lang));
  const no = excelString(textOf(TARGET_MESSAGES.no, lang));
  const bad = excelString(textOf(TARGET_MESSAGES.badDirection, lang));
  return (
    `IF(OR(NOT(ISNUMBER(${a})),NOT(ISNUMBER(${t})),${isBlankNative(d)}),"",` +
    `IF(${isDirection(d, "up")},IF(${a}>=${t},${yes},${no}),IF(${isDirection(d, "down")},IF(${a}<=${t},${yes},${no}),${bad})))`
  );
}

/* ------------------------------------------------------------------------------------------------
 * The sheet
 * ---------------------------------------------------------------------------------------------- */

function targetRow(b: SheetBuilder, row: number, index: number, record: TargetRecord | undefined): void {
  const lang = b.options.lang;
  const at = (id: string) => cellAddress(row, COL[id]);
  for (const c of COLUMNS) {
    const options = {
      key: `tgt:${c.id}:${index + 1}`,
      ...(c.numberFormat !== undefined ? { numberFormat: c.numberFormat } : {}),
    };
    if (c.input) b.input(row, COL[c.id], record?.inputs[c.id] ?? null, options);
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

function validations(b: SheetBuilder, first: number, last: number): void {
  const lang = b.options.lang;
  const list = (id: string, items: readonly string[]) =>
    b.validate({
      range: rangeAddress(first, COL[id], last, COL[id]),
      rule: { kind: "list", items },
      error: { title: b.t(TEXT.invalid), message: b.t(TEXT.chooseFromList) },
    });
  list(
    "type",
    TARGET_TYPES.map((t) => textOf(t.name, lang)),
  );
  list("direction", DIRECTION_CHOICES);
  list(
    "term",
    TERMS.map((t) => textOf(t, lang)),
  );
  for (const id of ["baseline", "target", "actual"]) {
    b.validate({
      range: rangeAddress(first, COL[id], last, COL[id]),
      // values may be negative (a growth rate); the writer needs both bounds for "any number"
      rule: { kind: "decimal" },
      prompt: { title: b.t(COLUMNS[COL[id]].header), message: b.t(TEXT.valuePrompt) },
      error: { title: b.t(TEXT.invalid), message: b.t(TEXT.numberError) },
    });
  }
}

function highlights(b: SheetBuilder, first: number, last: number): void {
  const lang = b.options.lang;
  const top = (id: string) => cellAddress(first, COL[id]);
  const range = (id: string) => rangeAddress(first, COL[id], last, COL[id]);
  const missing = { fill: HIGHLIGHT.missingMandatory.fill, fontColor: HIGHLIGHT.missingMandatory.fontColor };
  const indicator = `$${cellAddress(first, COL.indicator).replace(/\d+$/, "")}${first + 1}`;
  for (const id of ["type", "direction", "baseline", "target"]) {
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
  const capacity = Math.max(TARGET_CAPACITY, records.length);
  const first = LAYOUT.firstTarget;
  const last = first + capacity - 1;
  b.text(LAYOUT.title, 0, "title", options.parkName ? `${b.t(TEXT.title)} — ${options.parkName}` : b.t(TEXT.title));
  b.text(LAYOUT.note, 0, "note", TEXT.note);
  b.merge(LAYOUT.note, 0, LAYOUT.note, COLUMNS.length - 1);
  summary(b, first, last, records);
  b.text(LAYOUT.hint, 0, "note", LABELS.inputHint);
  b.merge(LAYOUT.hint, 0, LAYOUT.hint, COLUMNS.length - 1);
  COLUMNS.forEach((c, col) => b.text(LAYOUT.header, col, "header", c.header));
  for (let i = 0; i < capacity; i++) targetRow(b, first + i, i, records[i]);
  validations(b, first, last);
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
    zh: "审核目标完成情况：类型、目标指标、基准值、目标值、实际值、完成率与是否完成",
    en: "Audit target completion: type, indicator, baseline, target, actual, completion % and whether each target is met",
  },
  source: cite(JIANGSU_AUDIT_GUIDE, { zh: "附录B 7.3、7.2.3", en: "Annex B 7.3, 7.2.3" }),
  reads: [],
  build: buildTargets,
};
