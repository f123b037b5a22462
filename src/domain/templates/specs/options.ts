/**
 * 方案汇总 / Options (docs/templates.md `options`): one row per cleaner-production option — the columns of 江苏省《行业清洁生产审核技术指南》
 * 附录B 6.1 (序号, 方案类型, 方案名称, 方案简介, 经济效益, 投资费用, 责任单位; its free-text 环境或资源能源效益 is replaced by
 * one signed column per benefit of the §7.2 matrix, catalog MATRIX_COLUMNS, each with its unit), the option level
 * and enterprise of T/CPPC《工业园区清洁生产审核指南》5.4.1 (园区/行业/企业), the four screening dimensions of 7.3.2 with
 * the result, the cost class and status the §7.2 matrix counts by, the deadline of 7.4.1, the evidence index of
 * 7.4.2 / 附录B 九, and payback, NPV and IRR of the 中/高费 options (docs/templates.md#economics).
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
 * - 节综合能耗 with a saving whose tce coefficient is empty (calc "no-default") → "缺少折标系数";
 * - screening judged on some dimensions only, none 不可行 (calc "missing-input") → "筛选未完成".
 */
import {
  AUDIT_ECONOMICS,
  JIANGSU_AUDIT_GUIDE,
  OPTION_LEVELS,
  OPTION_STATUSES,
  OPTION_TYPES,
  OTHER_BENEFITS,
  PARAMETER_IDS,
  SCREENING_RESULTS,
  SCREENING_VERDICTS,
  PARK_AUDIT_GUIDE,
  cite,
  citeAll,
  type ParameterId,
  type Text,
} from "../../catalog";
import { cellAddress, columnLetters, rangeAddress } from "../a1";
import { SheetBuilder } from "../builder";
import { excelString, textOf, type TemplateOptions } from "../context";
import { LABELS, unitText, withUnit } from "../labels";
import type { TemplateSpec } from "../registry";
import type { CellValue, SheetPlan } from "../sheetPlan";
import { HIGHLIGHT } from "../styles";
import { wrappedLines } from "../layout";
import {
  OPTION_MESSAGES,
  type OptionParameters,
  energyTotalFormula,
  optionCapacity,
  optionParameters,
  optionParametersOf,
  optionRangeName,
  widthFor,
  withRangeNames,
} from "./optionShared";
import {
  BENEFIT_COLUMNS,
  optionCol,
  optionColumn,
  COLUMNS,
  type ColumnGroup,
  LAYOUT,
  MONEY,
  NOTES,
  OTHER_COLUMNS,
  type OptionColumn,
  otherColumnId,
  SAVE_ENERGY_TOTAL,
  SCREENING_COLUMNS,
  SCREENING_RESULT,
  TEXT,
} from "./optionColumns";
import { optionRecords, type OptionRecord } from "./optionRecords";
import {
  type RowRefs,
  blankDefault,
  costClassFormula,
  economicFormulas,
  groupFormula,
  otherSlotFormula,
  screeningFormula,
  usedParameterFormula,
} from "./optionFormulas";

/** Width of a benefit column: a signed amount like −1,234.5 and a unit like 万kWh/a fit; the header wraps. */
const BENEFIT_WIDTH = { min: 9, max: 12 } as const;
/**
 * English benefit headers are longer ("General industrial solid waste reduction"): the narrowest width from
 * 10 (a bold "reduction" whole) at which the header takes at most three lines.
 */
const ENGLISH_BENEFIT_WIDTH = { min: 10, max: 16, lines: 3 } as const;

function englishBenefitWidth(header: string): number {
  for (let w = ENGLISH_BENEFIT_WIDTH.min; w < ENGLISH_BENEFIT_WIDTH.max; w++)
    if (wrappedLines(header, w, true) <= ENGLISH_BENEFIT_WIDTH.lines) return w;
  return ENGLISH_BENEFIT_WIDTH.max;
}

function parameterStrip(b: SheetBuilder, p: OptionParameters): void {
  const lang = b.options.lang;
  const notSet = textOf(OPTION_MESSAGES.notSet, lang);
  b.text(LAYOUT.parameters, 0, "label", TEXT.parameters);
  b.merge(LAYOUT.parameters, 0, LAYOUT.parameters, 6);
  const rows: { label: Text; id: ParameterId; value: number | null; format: string; note?: Text }[] = [
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
    const fallback = blankDefault(r.id);
    b.text(row, 0, "label", r.label);
    b.merge(row, 0, row, 3);
    // the value every option row reads (named): the default of an empty Y or t shows as it is used
    b.computed(row, 4, usedParameterFormula(r.id, b.n, lang), r.value ?? fallback ?? notSet, {
      numberFormat: r.format,
      key: `param:${r.id}`,
      name: b.n.optionParam(r.id),
    });
    const source = `${b.t(TEXT.fromParams)}${lang === "en-US" ? ": " : "："}${name}`;
    b.text(row, 5, "note", r.note ? b.t(r.note) : fallback === null ? source : `${source}${b.t(TEXT.blankDefault)}`);
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
    { group: "screening", text: TEXT.groupScreening },
    { group: "pollutant", text: TEXT.groupPollutant },
    { group: "resource", text: TEXT.groupResource },
    { group: "economics", text: TEXT.groupEconomics },
  ];
  for (const span of spans) {
    const first = COLUMNS.findIndex((c) => c.group === span.group);
    const last = COLUMNS.reduce((at, c, i) => (c.group === span.group ? i : at), first);
    b.text(LAYOUT.groupHeader, first, "header", span.text);
    for (let col = first + 1; col <= last; col++) b.text(LAYOUT.groupHeader, col, "header", "");
    b.merge(LAYOUT.groupHeader, first, LAYOUT.groupHeader, last);
  }
  COLUMNS.forEach((c, col) => {
    b.text(LAYOUT.header, col, "header", c.header);
    b.text(LAYOUT.units, col, "unit", c.unit ? unitText(c.unit, lang) : "");
  });
}

/** The free benefit whose slot (matrix row) a column holds, by the column's id. */
const OTHER_OF_SLOT = new Map(OTHER_BENEFITS.map((o) => [otherColumnId(o, "slot"), o]));

/**
 * One option row. Its formulas are made when read (builder FormulaSource): a review reads few of them; the
 * functions making them hold the row's references and names, not the builder, so a review plan keeps no builder.
 */
function optionRow(b: SheetBuilder, row: number, index: number, record: OptionRecord | undefined): void {
  const lang = b.options.lang;
  const n = b.n;
  const r: RowRefs = { at: (id) => cellAddress(row, optionCol(id)) };
  const key = (id: string) => `opt:${id}:${index + 1}`;
  let econ: ReturnType<typeof economicFormulas> | undefined;
  const economics = () => (econ ??= economicFormulas(r, n, lang));
  const cached = (v: CellValue | undefined) => v ?? "";
  for (const c of COLUMNS) {
    const col = optionCol(c.id);
    const options =
      c.numberFormat !== undefined ? { key: key(c.id), numberFormat: c.numberFormat } : { key: key(c.id) };
    if (c.input) {
      b.listInput(row, col, record?.inputs[c.id] ?? null, { index, column: c.id }, options);
      continue;
    }
    if (b.options.inputsOnly === true) continue;
    switch (c.id) {
      case "group":
        b.computed(row, col, () => groupFormula(r, lang), cached(record?.group), { key: options.key });
        break;
      case SCREENING_RESULT:
        b.computed(row, col, () => screeningFormula(r, lang), cached(record?.screening), { key: options.key });
        break;
      case "costClass":
        b.computed(row, col, () => costClassFormula(r, n, lang), cached(record?.costClass), { key: options.key });
        break;
      case SAVE_ENERGY_TOTAL: {
        const formula = () =>
          energyTotalFormula(n, lang, (s) => ({
            quantity: r.at(s.column.id),
            present: `ISNUMBER(${r.at(s.column.id)})`,
          }));
        b.computed(row, col, formula, cached(record?.energyTotal), options);
        break;
      }
      case "payback":
      case "npv":
      case "irr": {
        const id = c.id;
        b.computed(row, col, () => economics()[id], cached(record?.[id]), options);
        break;
      }
      default: {
        const other = OTHER_OF_SLOT.get(c.id);
        if (!other) throw new Error(`options: no formula for column ${c.id}`);
        const above = (id: string) => {
          const column = optionCol(id);
          return row === LAYOUT.firstOption
            ? ""
            : `${columnLetters(column)}$${LAYOUT.firstOption + 1}:${cellAddress(row - 1, column)}`;
        };
        const ids = {
          name: otherColumnId(other, "name"),
          unit: otherColumnId(other, "unit"),
          slot: c.id,
        };
        b.computed(row, col, () => otherSlotFormula(r, above, ids), cached(record?.slots[other.id]), options);
      }
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
  listValidation(b, optionCol("level"), first, last, names(OPTION_LEVELS));
  listValidation(b, optionCol("type"), first, last, names(OPTION_TYPES));
  listValidation(b, optionCol("status"), first, last, names(OPTION_STATUSES));
  const screening = SCREENING_COLUMNS.filter((c) => c.input).map((c) => optionCol(c.id));
  b.validate({
    range: rangeAddress(first, Math.min(...screening), last, Math.max(...screening)),
    rule: { kind: "list", items: names(SCREENING_VERDICTS) },
    prompt: { title: b.t(TEXT.groupScreening), message: b.t(TEXT.screeningPrompt) },
    error: { title: b.t(TEXT.invalid), message: b.t(TEXT.chooseFromList) },
  });
  const planned = optionColumn("planned");
  b.validate({
    range: rangeAddress(first, optionCol("planned"), last, optionCol("planned")),
    rule: { kind: "date" },
    prompt: { title: b.t(planned.header), message: b.t(planned.prompt ?? TEXT.dateError) },
    error: { title: b.t(TEXT.invalid), message: b.t(TEXT.dateError) },
  });
  b.validate({
    range: rangeAddress(first, optionCol("no"), last, optionCol("no")),
    rule: { kind: "whole", min: 1 },
    error: { title: b.t(TEXT.invalid), message: b.t(TEXT.noError) },
  });
  const investment = optionColumn("investment");
  b.validate({
    range: rangeAddress(first, optionCol("investment"), last, optionCol("investment")),
    rule: { kind: "decimal", min: 0 },
    prompt: {
      title: withUnit(b.t(investment.header), investment.unit, lang),
      message: b.t(investment.prompt ?? TEXT.amountPrompt),
    },
    error: { title: b.t(TEXT.invalid), message: b.t(TEXT.amountError) },
  });
  const benefit = optionColumn("benefit");
  // P may be negative (an option that costs money, docs/templates.md#economics): any number
  b.validate({
    range: rangeAddress(first, optionCol("benefit"), last, optionCol("benefit")),
    rule: { kind: "decimal" },
    prompt: {
      title: withUnit(b.t(benefit.header), benefit.unit, lang),
      message: b.t(benefit.prompt ?? TEXT.amountPrompt),
    },
    error: { title: b.t(TEXT.invalid), message: b.t(TEXT.numberError) },
  });
  // a benefit may be negative: an increase (calc/optionBenefits.ts)
  const amounts = OTHER_COLUMNS.filter((x) => x.input && x.numberFormat !== undefined);
  for (const c of [...BENEFIT_COLUMNS.filter((x) => x.input), ...amounts]) {
    b.validate({
      range: rangeAddress(first, optionCol(c.id), last, optionCol(c.id)),
      rule: { kind: "decimal" },
      prompt: {
        title: c.unit ? withUnit(b.t(c.header), c.unit, lang) : b.t(c.header),
        message: b.t(TEXT.amountPrompt),
      },
      error: { title: b.t(TEXT.invalid), message: b.t(TEXT.numberError) },
    });
  }
}

function highlights(b: SheetBuilder, first: number, last: number): void {
  const lang = b.options.lang;
  const top = (id: string) => cellAddress(first, optionCol(id));
  const range = (id: string) => rangeAddress(first, optionCol(id), last, optionCol(id));
  const missing = { fill: HIGHLIGHT.missingMandatory.fill, fontColor: HIGHLIGHT.missingMandatory.fontColor };
  const warn = { fill: HIGHLIGHT.scoreBelowFull.fill, fontColor: HIGHLIGHT.scoreBelowFull.fontColor };
  // a named option without the inputs the matrix counts it by
  const name = `$${cellAddress(first, optionCol("name")).replace(/\d+$/, "")}${first + 1}`;
  for (const id of ["level", "type", "investment", "status"]) {
    b.highlight({ range: range(id), formula: `AND(LEN(${name})>0,LEN(${top(id)})=0)`, ...missing });
  }
  const messages = (cell: string, texts: readonly Text[]) =>
    `OR(${texts.map((t) => `${cell}=${excelString(textOf(t, lang))}`).join(",")})`;
  // what 5.4.1, 7.4.1 and 7.4.2 make necessary: the enterprise of an enterprise-level option, the deadline of a
  // pending option, the evidence of an implemented one (words of both languages: a refreshed sheet keeps its inputs)
  const either = (id: string, defs: readonly { readonly id: string; readonly name: Text }[], choice: string) => {
    const def = defs.find((d) => d.id === choice);
    return def ? `OR(${top(id)}=${excelString(def.name.zh)},${top(id)}=${excelString(def.name.en)})` : "FALSE";
  };
  const required: [string, string][] = [
    ["enterprise", either("level", OPTION_LEVELS, "enterprise")],
    ["planned", either("status", OPTION_STATUSES, "pending")],
    ["evidence", either("status", OPTION_STATUSES, "implemented")],
  ];
  for (const [id, when] of required)
    b.highlight({ range: range(id), formula: `AND(${when},LEN(${top(id)})=0)`, ...missing });
  b.highlight({
    range: range(SCREENING_RESULT),
    formula: `OR(${either(SCREENING_RESULT, SCREENING_RESULTS, "rejected")},${messages(top(SCREENING_RESULT), [OPTION_MESSAGES.screeningIncomplete])})`,
    ...warn,
  });
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
    formula: `OR(${top("irr")}=${excelString(textOf(OPTION_MESSAGES.noIrr, lang))},AND(ISNUMBER(${top("irr")}),${top("irr")}<${b.n.optionParam(PARAMETER_IDS.discountRate)}))`,
    ...warn,
  });
}

/** The options sheet, with cached results computed for `parameters` (default: the catalog's). */
export function buildOptions(options: TemplateOptions, parameters: OptionParameters = optionParameters()): SheetPlan {
  const b = new SheetBuilder("options", TEXT.sheet, options);
  const lang = options.lang;
  const records = optionRecords(options, parameters);
  const capacity = optionCapacity(records.length);
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
  // wide enough for the header in the sheet's language (headers wrap beyond the cap); a benefit column holds a
  // number, its header wraps over two lines, so the 36 columns print over four landscape pages (docs/templates.md#printing)
  const fits = (c: OptionColumn) =>
    (c.group === "pollutant" || c.group === "resource") && lang === "en-US"
      ? englishBenefitWidth(b.t(c.header))
      : c.group === "pollutant" || c.group === "resource"
        ? Math.min(BENEFIT_WIDTH.max, Math.max(BENEFIT_WIDTH.min, Math.ceil(widthFor(b.t(c.header), 0, 40) / 2) + 1))
        : widthFor(b.t(c.header), c.width, c.group === "option" && c.input && !c.numberFormat ? 30 : 18);
  b.columnWidths(
    COLUMNS.map((c, col) =>
      // the type and its group repeat on every printed page: as wide as their longest value (工艺设备改造, 源头替代方案)
      col === optionCol("type") || col === optionCol("group")
        ? lang === "en-US"
          ? Math.max(fits(c), 24)
          : 14
        : fits(c),
    ),
  );
  b.freeze(LAYOUT.firstOption, optionCol("name") + 1);
  b.printLandscape();
  return withRangeNames(
    b.build({ capacity, columns: Object.fromEntries(COLUMNS.map((c, col) => [c.id, col])) }),
    COLUMNS.map((c, col) => ({
      name: optionRangeName(c.id, options.nameSuffix),
      range: rangeAddress(first, col, last, col),
    })),
  );
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
  importable: true,
  build: (options) => buildOptions(options, optionParametersOf(options)),
};
