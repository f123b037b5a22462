/**
 * 参数 / Parameters (docs/templates.md `params`): every number a template computes with — leading values,
 * directions, flags, optional-indicator selection, weights, score cap, cost-class threshold, economic
 * rates, tce coefficients and CO₂ factors — each with its source and status, editable, with the
 * catalog default beside it and a highlight where the value differs from it.
 */
import type { Lang } from "../../text";
import {
  BEIJING_GUIDE,
  CARRIERS,
  DEFAULT_GRID_CHOICE,
  GRID_CHOICES,
  GRID_FACTOR_SETS,
  HEAT_CO2_FACTOR,
  INDICATORS,
  MIIT_GREEN_PARK,
  PARAMETERS,
  PARAMETER_IDS,
  PROJECT_CONFIRMED_TEXT,
  SYNERGY_OUTPUT_BASIS,
  cite,
  citeAll,
  parameterEntry,
  parameterValue,
  statusText,
  valueStatus,
  VALUE_STATUS_TEXT,
  type ParameterDef,
  type Source,
  type Text,
} from "../../catalog";
import { outputBasisName } from "../../calc";
import { answerForms, shownIfAnswer } from "../../calc/answers";
import { cellAddress } from "../a1";
import { SheetBuilder } from "../builder";
import { evaluationParamsOf, excelString, type TemplateOptions } from "../context";
import type { TemplateSpec } from "../registry";
import { DIRECTION_TEXT, FLAG_TEXT, LABELS, SELECTION_ANSWERS, unitText, withUnit } from "../labels";
import { HIGHLIGHT } from "../styles";
import { gridChoiceCellText } from "./gridChoice";

const TEXT = {
  sheet: { zh: "参数", en: "Parameters" },
  title: {
    zh: "评价参数（引领值、权重、系数与因子）",
    en: "Evaluation parameters (leading values, weights, coefficients, factors)",
  },
  note: {
    zh: "状态：“已确认”的数值已与所列文件核对；“待确认”的数值须按状态栏所写的文件和条款核对，核对后在“本项目已确认”列选“是”；“需填写”的参数没有默认值，须按本项目填写。与默认值不同的取值以橙色标出。",
    en: "Status: “confirmed” values were checked against the document listed; “to confirm” values must be checked against the document and clause the status names — once checked, choose “yes” under “Confirmed for this project”; “to fill” values have no default and must be entered for the project. Values that differ from the default are shown in orange.",
  },
  indicators: { zh: "一、指标参数（附件2-1-2）", en: "1. Indicator parameters (Annex 2-1-2)" },
  scalars: { zh: "二、计算参数", en: "2. Calculation parameters" },
  coefficients: { zh: "三、折标准煤系数（GB/T 2589）", en: "3. Standard-coal coefficients (GB/T 2589)" },
  factors: { zh: "四、二氧化碳排放因子", en: "4. CO₂ emission factors" },
  choices: { zh: "五、计算口径", en: "5. Calculation bases" },
  choice: { zh: "口径", en: "Basis" },
  choiceError: { zh: "请从下拉列表中选择。", en: "Choose a value from the list." },
  gridChoice: {
    zh: "六、碳排放核算所用电网排放因子",
    en: "6. Grid factor of the carbon inventory",
  },
  gridChoiceLabel: {
    zh: "电网排放因子口径（逐年取同年或最近年份的因子）",
    en: "Grid factor (each year takes that year's or the latest earlier factor)",
  },
  gridChoiceSource: {
    zh: "《工业企业温室气体排放核算和报告通则》（GB/T 32150）：外购电力按电网排放因子核算；因子见本表第四部分",
    en: "GB/T 32150: purchased electricity at the grid's emission factor; factors in part 4 of this sheet",
  },
  gridChoiceError: { zh: "请从下拉列表中选择。", en: "Choose from the list." },
  indicator: { zh: "指标", en: "Indicator" },
  direction: { zh: "方向", en: "Direction" },
  lead: { zh: "引领值", en: "Leading value" },
  flag: { zh: "类型", en: "Type" },
  selected: { zh: "是否评价（可选指标，空=自动）", en: "Evaluate? (optional; empty = automatic)" },
  weight: { zh: "权重", en: "Weight" },
  parameter: { zh: "参数", en: "Parameter" },
  carrier: { zh: "能源品种", en: "Energy carrier" },
  coefficient: { zh: "折标系数", en: "Coefficient" },
  factorSet: { zh: "因子", en: "Factor" },
  noDefault: { zh: "无默认值，请填写", en: "no default: enter it" },
  numberPrompt: { zh: "请输入数值", en: "Enter a number" },
  numberError: { zh: "须为不小于 0 的数值。", en: "Must be a number ≥ 0." },
  invalid: { zh: "输入无效", en: "Invalid entry" },
  selectError: { zh: "请选择“是”“否”或留空（自动）。", en: "Choose yes, no, or leave empty (automatic)." },
  confirmPrompt: {
    zh: "此取值已按状态栏所列文件核对、适用于本项目时选“是”。",
    en: "Choose yes once this value is checked against the document in the status column and applies to this project.",
  },
  confirmError: { zh: "请选择“是”“否”或留空。", en: "Choose yes, no, or leave empty." },
} as const;

/**
 * Column widths (characters) per language: the twelve columns fit one landscape A4 page width at 75 % (about
 * 8 pt printed), the long source and status texts wrapping in the two widest (wider in English, whose texts
 * are longer, so the indicator rows stay about as tall as the Chinese ones); a word chosen in the value
 * column wraps there (docs/templates.md#printing).
 */
const COLUMNS: Readonly<Record<Lang, readonly number[]>> = {
  "zh-CN": [7, 24, 10, 13, 9, 9, 6, 12, 6, 50, 36, 8],
  "en-US": [5, 19, 11, 11, 8, 8, 10, 11, 7, 50, 43, 10],
};

/** The status column and the consultant's 本项目已确认 column beside it. */
const STATUS_COL = 10;
const CONFIRM_COL = 11;

/** One parameter row: number within its section, label, unit, value (input), default, source, status. */
function scalarRow(
  b: SheetBuilder,
  row: number,
  no: number,
  p: { label: string; unit: string; value: number | null; source: Source; name: string; key: string },
): void {
  b.text(row, 0, "label", no);
  b.text(row, 1, "label", p.label);
  b.text(row, 2, "unit", unitText(p.unit, b.options.lang));
  b.input(row, 3, p.value, { name: p.name, key: p.key, numberFormat: "General" });
  b.text(row, 4, "note", p.value ?? b.t(TEXT.noDefault));
  b.text(row, 9, "note", sourceText(b, p.source, p.key));
  statusCells(b, row, p.key, p.source);
  changedFromDefault(b, row, 3, 4);
}

/**
 * 已确认 / 待确认 with what to check against which document / 需填写 (docs/review-codes.md, "Parameter statuses"), and the
 * consultant's mark that the value is confirmed for this project (an input: kept when the sheet is refreshed).
 */
function statusCells(b: SheetBuilder, row: number, key: string, source: Source): void {
  const defaultValue = parameterEntry(key)?.defaultValue ?? null;
  const note = noteInStatus(source, key);
  const status = note
    ? {
        zh: `${VALUE_STATUS_TEXT["to-confirm"].zh}：${note.zh}`,
        en: `${VALUE_STATUS_TEXT["to-confirm"].en}: ${note.en}`,
      }
    : statusText(source, defaultValue);
  b.text(row, STATUS_COL, "note", b.t(status));
  const mark = b.options.confirmedParameters?.includes(key)
    ? b.t(SELECTION_ANSWERS.yes)
    : b.options.unconfirmedParameters?.includes(key)
      ? b.t(SELECTION_ANSWERS.no)
      : null;
  b.input(row, CONFIRM_COL, mark, { key: `confirmed:${key}` });
}

/** The 本项目已确认 drop-down over a section's rows. */
function confirmValidation(b: SheetBuilder, first: number, last: number): void {
  b.validate({
    range: `${cellAddress(first, CONFIRM_COL)}:${cellAddress(last, CONFIRM_COL)}`,
    rule: { kind: "list", items: [b.t(SELECTION_ANSWERS.yes), b.t(SELECTION_ANSWERS.no)] },
    prompt: { title: b.t(PROJECT_CONFIRMED_TEXT), message: b.t(TEXT.confirmPrompt) },
    error: { title: b.t(TEXT.invalid), message: b.t(TEXT.confirmError) },
  });
}

/**
 * The note of a value to confirm that has no words of its own on what to check: the status cell says it
 * ("待确认：数值尚未与公告原文核对") and the source cell beside it names the document, each once.
 */
function noteInStatus(source: Source, key: string): Text | undefined {
  const defaultValue = parameterEntry(key)?.defaultValue ?? null;
  if (valueStatus(source, defaultValue) !== "to-confirm" || source.check !== undefined) return undefined;
  return source.note;
}

/** The source cell: document and clause, publisher, note (unless the status says it) — in the sheet's language. */
function sourceText(b: SheetBuilder, source: Source, key: string): string {
  const parts = [source.ref, source.publisher, noteInStatus(source, key) ? undefined : source.note]
    .filter((part) => part !== undefined)
    .map((part) => b.t(part));
  return parts.join(b.options.lang === "en-US" ? "; " : "；");
}

/** docs/review-codes.md info finding's twin in the sheet: a value that differs from its default is highlighted. */
function changedFromDefault(b: SheetBuilder, row: number, valueCol: number, defaultCol: number): void {
  const v = cellAddress(row, valueCol);
  const d = cellAddress(row, defaultCol);
  b.highlight({ range: v, formula: `AND(ISNUMBER(${d}),${v}<>${d})`, fill: HIGHLIGHT.scoreBelowFull.fill });
}

function nonNegative(b: SheetBuilder, range: string, unit: string): void {
  b.validate({
    range,
    rule: { kind: "decimal", min: 0 },
    prompt: { title: unit, message: b.t(TEXT.numberPrompt) },
    error: { title: b.t(TEXT.invalid), message: b.t(TEXT.numberError) },
  });
}

function indicatorSection(b: SheetBuilder, top: number): number {
  b.text(top, 0, "title", TEXT.indicators);
  const header = [
    LABELS.id,
    TEXT.indicator,
    LABELS.unit,
    TEXT.direction,
    TEXT.lead,
    LABELS.defaultValue,
    TEXT.flag,
    TEXT.selected,
    TEXT.weight,
    LABELS.source,
    LABELS.status,
    PROJECT_CONFIRMED_TEXT,
  ];
  header.forEach((h, col) => b.text(top + 1, col, "header", h));
  INDICATORS.forEach((ind, i) => {
    const row = top + 2 + i;
    b.text(row, 0, "label", ind.id);
    b.text(row, 1, "label", ind.name);
    b.text(row, 2, "unit", unitText(ind.unit, b.options.lang));
    b.text(row, 3, "label", DIRECTION_TEXT[ind.direction]);
    const parameters = b.options.parameters;
    const lang = b.options.lang;
    // an answer shown with its meaning ("具备 (available)") wraps in the narrow value columns
    const answer = typeof ind.lead === "string";
    b.input(row, 4, shownIfAnswer(parameters?.leads?.[ind.id] ?? ind.lead, lang), {
      name: b.n.lead(ind.id),
      key: `lead:${ind.id}`,
      wrap: answer,
    });
    b.text(row, 5, "note", shownIfAnswer(ind.lead, lang), { wrap: answer });
    b.text(row, 6, "label", FLAG_TEXT[ind.flag]);
    const selected = parameters?.selection?.[ind.id];
    const selectedText =
      selected === true ? b.t(SELECTION_ANSWERS.yes) : selected === false ? b.t(SELECTION_ANSWERS.no) : null;
    if (ind.flag === "optional")
      b.input(row, 7, selectedText, { name: b.n.selected(ind.id), key: `selected:${ind.id}` });
    else b.text(row, 7, "note", "—");
    b.input(row, 8, parameters?.weights?.[ind.id] ?? parameterValue(PARAMETER_IDS.defaultWeight), {
      name: b.n.weight(ind.id),
      key: `weight:${ind.id}`,
    });
    b.text(row, 9, "note", sourceText(b, ind.source, `lead:${ind.id}`));
    statusCells(b, row, `lead:${ind.id}`, ind.source);
    changedFromDefault(b, row, 4, 5);
    if (ind.direction === "qualitative") {
      b.highlight({
        range: cellAddress(row, 4),
        formula: `NOT(OR(${answerForms(String(ind.lead))
          .map((form) => `${cellAddress(row, 4)}=${excelString(form)}`)
          .join(",")}))`,
        fill: HIGHLIGHT.scoreBelowFull.fill,
      });
    }
    if (ind.flag === "optional") {
      b.validate({
        range: cellAddress(row, 7),
        rule: { kind: "list", items: [b.t(SELECTION_ANSWERS.yes), b.t(SELECTION_ANSWERS.no)] },
        error: { title: b.t(TEXT.invalid), message: b.t(TEXT.selectError) },
      });
    }
  });
  const last = top + 1 + INDICATORS.length;
  nonNegative(b, `${cellAddress(top + 2, 8)}:${cellAddress(last, 8)}`, b.t(TEXT.weight));
  confirmValidation(b, top + 2, last);
  b.region("indicator-parameters", top + 2, 0, last, CONFIRM_COL);
  return last + 2;
}

/** A section of scalar rows: title, header, one row per parameter, ≥ 0 validation, a region for the review. */
interface ScalarSection {
  readonly title: Text;
  readonly label: Text;
  readonly valueLabel: Text;
  readonly region: string;
  /** the input message's title: what the value column holds */
  readonly prompt: string;
  readonly rows: readonly Parameters<typeof scalarRow>[3][];
}

function section(b: SheetBuilder, top: number, s: ScalarSection): number {
  b.text(top, 0, "title", s.title);
  [LABELS.no, s.label, LABELS.unit, s.valueLabel, LABELS.defaultValue].forEach((h, col) =>
    b.text(top + 1, col, "header", h),
  );
  b.text(top + 1, 9, "header", LABELS.source);
  b.text(top + 1, STATUS_COL, "header", LABELS.status);
  b.text(top + 1, CONFIRM_COL, "header", PROJECT_CONFIRMED_TEXT);
  s.rows.forEach((row, i) => scalarRow(b, top + 2 + i, i + 1, row));
  const last = top + 1 + s.rows.length;
  nonNegative(b, `${cellAddress(top + 2, 3)}:${cellAddress(last, 3)}`, s.prompt);
  confirmValidation(b, top + 2, last);
  b.region(s.region, top + 2, 0, last, CONFIRM_COL);
  return last + 2;
}

/** A scalar parameter's value: the cap and full score as evaluated, others as given, else the catalog's. */
function scalarValue(b: SheetBuilder, p: ParameterDef): number | null {
  const evaluation = evaluationParamsOf(b.options);
  if (p.id === PARAMETER_IDS.scoreCap) return evaluation.cap ?? p.value;
  if (p.id === PARAMETER_IDS.fullScore) return evaluation.fullScore ?? p.value;
  const given = b.options.parameterValues?.[p.id];
  return given !== undefined ? given : p.value;
}

function scalarSection(b: SheetBuilder, top: number): number {
  const params: ParameterDef[] = [...PARAMETERS, HEAT_CO2_FACTOR];
  return section(b, top, {
    title: TEXT.scalars,
    label: TEXT.parameter,
    valueLabel: LABELS.value,
    region: "scalar-parameters",
    prompt: b.t(LABELS.value),
    rows: params.map((p) => ({
      label: b.t(p.name),
      unit: p.unit,
      value: scalarValue(b, p),
      source: p.source,
      name: b.n.param(p.id),
      key: `param:${p.id}`,
    })),
  });
}

function coefficientSection(b: SheetBuilder, top: number): number {
  const given = b.options.coefficients ?? {};
  return section(b, top, {
    title: TEXT.coefficients,
    label: TEXT.carrier,
    valueLabel: TEXT.coefficient,
    region: "tce-coefficients",
    prompt: withUnit(b.t(TEXT.coefficient), "kgce", b.options.lang),
    rows: CARRIERS.map((c) => ({
      label: b.t(c.name),
      unit: `kgce/${c.nativeUnit}`,
      value: given[c.id] !== undefined ? (given[c.id] ?? null) : c.coefficient,
      source: c.coefficientSource,
      name: b.n.coefficient(c.id),
      key: `tce:${c.id}`,
    })),
  });
}

/** The output basis of the synergy intensities as the sheet shows it: the data item's name in the sheet's language. */
export function outputBasisChoices(lang: Lang): string[] {
  return SYNERGY_OUTPUT_BASIS.choices.map((id) => outputBasisName(id, lang));
}

/** Choices made once for the workbook (a word from a list, not a number): the synergy output basis. */
function choiceSection(b: SheetBuilder, top: number): number {
  b.text(top, 0, "title", TEXT.choices);
  [LABELS.no, TEXT.parameter, LABELS.unit, TEXT.choice, LABELS.defaultValue].forEach((h, col) =>
    b.text(top + 1, col, "header", h),
  );
  b.text(top + 1, 9, "header", LABELS.source);
  b.text(top + 1, STATUS_COL, "header", LABELS.status);
  b.text(top + 1, CONFIRM_COL, "header", PROJECT_CONFIRMED_TEXT);
  const row = top + 2;
  const key = `choice:${SYNERGY_OUTPUT_BASIS.id}`;
  const words = outputBasisChoices(b.options.lang);
  const given = b.options.parameterChoices?.[SYNERGY_OUTPUT_BASIS.id];
  const fallback = outputBasisName(SYNERGY_OUTPUT_BASIS.defaultChoice, b.options.lang);
  const chosen = given === undefined ? fallback : given;
  b.text(row, 0, "label", 1);
  b.text(row, 1, "label", b.t(SYNERGY_OUTPUT_BASIS.name));
  b.text(row, 2, "unit", "–");
  b.input(row, 3, chosen, { name: b.n.param(SYNERGY_OUTPUT_BASIS.id), key, wrap: true });
  b.text(row, 4, "note", fallback);
  b.text(row, 9, "note", sourceText(b, SYNERGY_OUTPUT_BASIS.source, key));
  statusCells(b, row, key, SYNERGY_OUTPUT_BASIS.source);
  const v = cellAddress(row, 3);
  b.highlight({ range: v, formula: `${v}<>${cellAddress(row, 4)}`, fill: HIGHLIGHT.scoreBelowFull.fill });
  b.validate({
    range: v,
    rule: { kind: "list", items: words },
    prompt: { title: b.t(TEXT.choice), message: b.t(SYNERGY_OUTPUT_BASIS.source.note) },
    error: { title: b.t(TEXT.invalid), message: b.t(TEXT.choiceError) },
  });
  confirmValidation(b, row, row);
  b.region("choice-parameters", row, 0, row, CONFIRM_COL);
  return row + 2;
}

function factorSection(b: SheetBuilder, top: number): number {
  return section(b, top, {
    title: TEXT.factors,
    label: TEXT.factorSet,
    valueLabel: LABELS.value,
    region: "grid-factors",
    prompt: "tCO2/MWh",
    rows: GRID_FACTOR_SETS.map((set) => ({
      label: b.t(set.name),
      unit: set.unit,
      value: b.options.gridFactors?.[set.id] !== undefined ? (b.options.gridFactors[set.id] ?? null) : set.value,
      source: set.source,
      name: b.n.param(`grid-${set.id}`),
      key: `grid:${set.id}`,
    })),
  });
}

/** The grid factor the carbon inventory applies: a drop-down of the kinds and regional grids (docs/templates.md#carbon-inventory). */
function gridChoiceSection(b: SheetBuilder, top: number): number {
  b.text(top, 0, "title", TEXT.gridChoice);
  [LABELS.no, TEXT.parameter, LABELS.unit, LABELS.value, LABELS.defaultValue].forEach((h, col) =>
    b.text(top + 1, col, "header", h),
  );
  b.text(top + 1, 9, "header", LABELS.source);
  const row = top + 2;
  const defaultLabel = b.t(DEFAULT_GRID_CHOICE.name);
  b.text(row, 0, "label", 1);
  b.text(row, 1, "label", TEXT.gridChoiceLabel);
  b.text(row, 2, "unit", "—");
  b.input(row, 3, gridChoiceCellText(b.options) ?? defaultLabel, {
    name: b.n.param("grid-choice"),
    key: "grid-choice",
    numberFormat: "@",
    wrap: true,
  });
  b.text(row, 4, "note", defaultLabel);
  b.text(row, 9, "note", TEXT.gridChoiceSource);
  b.validate({
    range: cellAddress(row, 3),
    rule: { kind: "list", items: GRID_CHOICES.map((c) => b.t(c.name)) },
    prompt: { title: b.t(TEXT.gridChoiceLabel), message: b.t(TEXT.gridChoiceSource) },
    error: { title: b.t(TEXT.invalid), message: b.t(TEXT.gridChoiceError) },
  });
  b.region("grid-choice", row, 0, row, CONFIRM_COL);
  return row + 2;
}

export function buildParams(options: TemplateOptions) {
  const b = new SheetBuilder("params", TEXT.sheet, options);
  b.text(0, 0, "title", options.parkName ? `${b.t(TEXT.title)} — ${options.parkName}` : b.t(TEXT.title));
  b.text(1, 0, "note", TEXT.note);
  b.text(2, 0, "note", LABELS.inputHint);
  let row = indicatorSection(b, 4);
  row = scalarSection(b, row);
  row = coefficientSection(b, row);
  row = factorSection(b, row);
  row = choiceSection(b, row);
  gridChoiceSection(b, row);
  b.columnWidths(COLUMNS[options.lang]);
  b.freeze(0, 2);
  b.printLandscape();
  return b.build();
}

export const paramsTemplate: TemplateSpec = {
  id: "params",
  sheetName: TEXT.sheet,
  purpose: {
    zh: "引领值、方向、必选/可选、权重、得分上限、费用阈值、折现率、税率、折标系数与排放因子，附来源和状态",
    en: "Leading values, directions, flags, weights, score cap, cost threshold, rates, tce coefficients and CO₂ factors, with sources and statuses",
  },
  source: citeAll(
    cite(BEIJING_GUIDE, { zh: "附件2-1-2", en: "Annex 2-1-2" }),
    MIIT_GREEN_PARK,
    { zh: "GB/T 2589", en: "GB/T 2589" },
    { zh: "GB/T 32150", en: "GB/T 32150" },
  ),
  reads: [],
  importable: true,
  build: buildParams,
};
