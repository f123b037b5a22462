/**
 * 协同评估 / Synergy (docs/templates.md `synergy`): the indicators of 《工业园区减污降碳协同增效管控规范》(工业园区减污降碳协同增效管控规范)
 * 表1–表5 with unit, direction, main flag, target and basic requirement, the actual value of each
 * evaluation year, whether it met its target, and the grade 优良 / 合格 / 需改进 of each year (docs/templates.md#synergy).
 *
 * Which indicators are graded: 《工业园区减污降碳协同增效管控规范》"评估应对比协同管控目标完成情况" — the park sets its targets, so an
 * indicator is graded when its target is filled; the others (monitoring only, 表2–表4 "监测指标") are
 * shown but not graded. A graded indicator whose actual is empty leaves that year's grade empty (not
 * yet gradable, docs/functions.md "empty cells are missing, not zero"): calc.synergyGrade reports missing input.
 * The "graded values" block on the right passes exactly the graded rows to GREEN.GRADE (the other rows
 * are blank there, and GREEN.GRADE skips blank rows), so both formula modes grade the same rows.
 */
import {
  INDICATORS,
  SYNERGY_GRADES,
  SYNERGY_INDICATORS,
  SYNERGY_OUTPUT_BASIS,
  SYNERGY_SPEC,
  cite,
  type SynergyGradeLabel,
  type SynergyIndicatorDef,
  type SynergyLink,
  type Text,
} from "../../catalog";
import {
  energyTotalOfYear,
  outputBasisName,
  outputBasisWords,
  parseDirection,
  spreadsheetTrim,
  synergyActual,
  synergyGrade,
  targetMet,
  type YearData,
} from "../../calc";
import { shownAnswer } from "../../calc/answers";
import { YES_WORDS, NO_WORDS } from "../../calc/teamRules";
import { cellAddress, rangeAddress } from "../a1";
import { SheetBuilder } from "../builder";
import { EVALUATION_YEARS, effectiveParkData, excelString, templateNames, type TemplateOptions } from "../context";
import { isBlankNative, trimNative } from "../blankNative";
import { indicatorValueCustom, indicatorValueNative, type ItemRef } from "../indicatorFormulas";
import { excelArray } from "./optionShared";
import type { TemplateSpec } from "../registry";
import type { CellValue, Lang } from "../sheetPlan";
import { LABELS, unitText } from "../labels";
import { HIGHLIGHT } from "../styles";

const TEXT = {
  sheet: { zh: "协同评估", en: "Synergy" },
  title: {
    zh: "工业园区减污降碳协同管控绩效评估",
    en: "Industrial park: synergy of pollution and carbon reduction — performance assessment",
  },
  source: {
    zh: `依据：${SYNERGY_SPEC.zh}表1–表5、评估等级划分。规范未规定单位和方向，表中按指标含义给出（待确认）；目标值与基本要求由园区制定。`,
    en: `Source: ${SYNERGY_SPEC.en}, tables 1–5 and grading. The specification gives no units or directions; those shown follow each indicator's meaning (to confirm). Targets and basic requirements are set by the park.`,
  },
  rule: {
    zh: "填写了目标值的指标参与评级：各项指标均达到或优于目标值为“优良”；否则任一填写了基本要求的指标未达到其基本要求为“需改进”；否则主要指标均达到基本要求（未填时取目标值）为“合格”；否则为“需改进”。参与评级的指标缺少当年实际值时，该年等级暂不给出。",
    en: "Indicators with a target are graded: 优良 (excellent) when every one meets its target; else 需改进 (needs improvement) when any indicator with a basic requirement falls short of it; else 合格 (pass) when every main indicator meets its basic requirement (the target when empty); else 需改进 (needs improvement). While a graded indicator lacks the year's actual value, that year has no grade.",
  },
  id: { zh: "编号", en: "Id" },
  category: { zh: "指标类别", en: "Category" },
  name: { zh: "指标名称", en: "Indicator" },
  description: { zh: "指标说明", en: "Description" },
  direction: { zh: "方向（↑越大越好，↓越小越好）", en: "Direction (↑ larger, ↓ smaller is better)" },
  main: { zh: "主要指标", en: "Main indicator" },
  target: { zh: "目标值", en: "Target" },
  basic: { zh: "基本要求（空=目标值）", en: "Basic requirement (empty = target)" },
  actual: { zh: "实际值", en: "Actual" },
  met: { zh: "是否达标", en: "Met?" },
  evidence: { zh: "数据来源/证明材料索引", en: "Data source / evidence index" },
  graded: {
    zh: "评级取值（公式，仅含填写了目标值的指标）",
    en: "Values graded (formulas; indicators with a target only)",
  },
  gradedDirection: { zh: "方向", en: "Direction" },
  grade: { zh: "评估等级", en: "Grade" },
  legend: { zh: "等级说明", en: "Grades" },
  yes: { zh: "达标", en: "met" },
  no: { zh: "未达标", en: "not met" },
  invalid: { zh: "输入无效", en: "Invalid entry" },
  directionPrompt: {
    zh: "↑ 越大越好（实际值≥目标值为达标）；↓ 越小越好（实际值≤目标值为达标）",
    en: "↑ larger is better (met when actual ≥ target); ↓ smaller is better (met when actual ≤ target)",
  },
  directionError: { zh: "请选择 ↑ 或 ↓。", en: "Choose ↑ or ↓." },
  mainPrompt: {
    zh: "主要指标用于“合格”判定（表1为协同控制主要指标）。",
    en: "Main indicators decide the 合格 (pass) grade (table 1 lists the main indicators).",
  },
  mainError: { zh: "请选择“是”或“否”。", en: "Choose yes or no." },
  numberPrompt: {
    zh: "请输入不小于 0 的数值，单位见“单位”列",
    en: "Enter a number ≥ 0 in the unit of the Unit column",
  },
  numberError: { zh: "须为不小于 0 的数值。", en: "Must be a number ≥ 0." },
} as const;

/** 《工业园区减污降碳协同增效管控规范》table titles, verbatim. */
const TABLE_TITLES: Readonly<Record<SynergyIndicatorDef["table"], Text>> = {
  1: {
    zh: "表1 工业园区减污降碳协同控制主要指标",
    en: "Table 1 Main indicators of synergistic pollution and carbon control",
  },
  2: { zh: "表2 工业园区能源利用监测指标", en: "Table 2 Energy-use monitoring indicators" },
  3: { zh: "表3 工业园区污染物排放监测指标", en: "Table 3 Pollutant-emission monitoring indicators" },
  4: { zh: "表4 工业园区碳排放监测指标", en: "Table 4 Carbon-emission monitoring indicators" },
  5: {
    zh: "表5 工业园区减污降碳协同管控绩效评估指标",
    en: "Table 5 Performance-assessment indicators of synergistic control",
  },
};

/** Column of each field; row keys of `options.rows.synergy` (matched by `id`, e.g. "SY1-1"). */
const COL = {
  id: 0,
  category: 1,
  name: 2,
  description: 3,
  unit: 4,
  direction: 5,
  main: 6,
  target: 7,
  basic: 8,
} as const;
const actualCol = (k: number) => 9 + 2 * (k - 1);
const metCol = (k: number) => actualCol(k) + 1;
const EVIDENCE_COL = 15;
const GRADED_DIRECTION_COL = 16;
const gradedActualCol = (k: number) => GRADED_DIRECTION_COL + k;
export const SYNERGY_COLUMNS = {
  ...COL,
  actual_y1: actualCol(1),
  actual_y2: actualCol(2),
  actual_y3: actualCol(3),
  evidence: EVIDENCE_COL,
} as const;

const WIDTHS = [8, 12, 18, 24, 10, 10, 9, 10, 12, 11, 9, 11, 9, 11, 9, 22, 8, 9, 9, 9];
const HEADER_ROW = 5;
const FIRST_ROW = HEADER_ROW + 2;
const UP = "↑";
const DOWN = "↓";
const GOOD_FILL = "#C6EFCE";
const GOOD_FONT = "#006100";

/** Excel's `x=""`: an empty cell or empty text. */
const blank = (x: CellValue | undefined): boolean => x === null || x === undefined || x === "";

interface Placed {
  readonly def: SynergyIndicatorDef;
  readonly row: number;
  readonly values: Readonly<Record<string, CellValue>>;
}

export function buildSynergy(options: TemplateOptions) {
  const b = new SheetBuilder("synergy", TEXT.sheet, options);
  const yes = b.t(TEXT.yes);
  const no = b.t(TEXT.no);
  b.text(0, 0, "title", options.parkName ? `${b.t(TEXT.title)} — ${options.parkName}` : b.t(TEXT.title));
  b.text(1, 0, "note", TEXT.source);
  b.text(2, 0, "note", TEXT.rule);
  b.text(3, 0, "note", LABELS.inputHint);
  // notes span the table: a wrapped note in the narrow first column would be cut off
  for (const row of [1, 2, 3]) b.merge(row, 0, row, EVIDENCE_COL);
  header(b, options);

  // indicator rows, each table under its title row
  const given = options.rows?.synergy ?? [];
  const placed: Placed[] = [];
  let row = FIRST_ROW;
  for (const table of [1, 2, 3, 4, 5] as const) {
    b.text(row, 0, "subtotal", TABLE_TITLES[table]);
    b.merge(row, 0, row, COL.basic);
    row += 1;
    for (const def of SYNERGY_INDICATORS.filter((s) => s.table === table)) {
      placed.push({ def, row, values: given.find((r) => r.id === def.id) ?? {} });
      row += 1;
    }
  }
  const last = row - 1;
  const cells = new Map<string, CellValue>();
  const at = (r: number, c: number) => cells.get(`${r},${c}`) ?? null;
  for (const p of placed) indicatorRow(b, p, (c, v) => cells.set(`${p.row},${c}`, v));

  // graded values and met? per year, from the cells as written
  for (const p of placed) {
    const r = p.row;
    const t = cellAddress(r, COL.target);
    const d = cellAddress(r, COL.direction);
    const target = at(r, COL.target);
    const direction = at(r, COL.direction);
    const parsed = parseDirection(direction);
    const gradedDirection = blank(target)
      ? ""
      : parsed.ok
        ? parsed.value === "up"
          ? UP
          : DOWN
        : blank(direction)
          ? ""
          : String(direction);
    const dh = cellAddress(r, GRADED_DIRECTION_COL);
    b.computed(
      r,
      GRADED_DIRECTION_COL,
      `IF(${t}="","",IF(OR(${d}="${UP}",${d}="up",${d}="正向",${d}=1,${d}="1"),"${UP}",IF(OR(${d}="${DOWN}",${d}="down",${d}="逆向",${d}=-1,${d}="-1"),"${DOWN}",${d}&"")))`,
      gradedDirection,
      { key: `graded-direction:${p.def.id}` },
    );
    cells.set(`${r},${GRADED_DIRECTION_COL}`, gradedDirection);
    for (const k of EVALUATION_YEARS) {
      const a = cellAddress(r, actualCol(k));
      const actual = at(r, actualCol(k));
      const gradedActual = blank(target) || blank(actual) ? "" : actual;
      b.computed(r, gradedActualCol(k), `IF(${t}="","",IF(${a}="","",${a}))`, gradedActual, {
        key: `graded-actual:${p.def.id}:Y${k}`,
      });
      cells.set(`${r},${gradedActualCol(k)}`, gradedActual);
      const met = targetMet(actual, target, gradedDirection);
      b.computed(
        r,
        metCol(k),
        `IF(AND(ISNUMBER(${a}),ISNUMBER(${t}),OR(${dh}="${UP}",${dh}="${DOWN}")),IF(IF(${dh}="${UP}",${a}>=${t},${a}<=${t}),${excelString(yes)},${excelString(no)}),"")`,
        met.ok ? (met.value ? yes : no) : "",
        { key: `met:${p.def.id}:Y${k}` },
      );
    }
  }

  // the grade per year (docs/templates.md#synergy)
  const gradeRow = last + 2;
  b.text(gradeRow, 0, "label", TEXT.grade);
  b.merge(gradeRow, 0, gradeRow, COL.basic);
  const column = (c: number) => rangeAddress(FIRST_ROW, c, last, c, true);
  const valuesOf = (c: number) => Array.from({ length: last - FIRST_ROW + 1 }, (_, i) => at(FIRST_ROW + i, c));
  for (const k of EVALUATION_YEARS) {
    const ranges = {
      actual: column(gradedActualCol(k)),
      target: column(COL.target),
      direction: column(GRADED_DIRECTION_COL),
      main: column(COL.main),
      basic: column(COL.basic),
    };
    const grade = synergyGrade(
      valuesOf(gradedActualCol(k)),
      valuesOf(COL.target),
      valuesOf(GRADED_DIRECTION_COL),
      valuesOf(COL.main),
      valuesOf(COL.basic),
    );
    b.computed(
      gradeRow,
      actualCol(k),
      {
        native: nativeGrade(ranges, b.options.lang),
        custom: customGrade(
          `GREEN.GRADE(${ranges.actual},${ranges.target},${ranges.direction},${ranges.main},${ranges.basic})`,
          b.options.lang,
        ),
      },
      grade.ok ? shownAnswer(grade.value, b.options.lang) : "",
      { role: "total", key: `grade:Y${k}`, name: `GREEN_SYNERGY_GRADE_Y${k}${options.nameSuffix}` },
    );
    b.merge(gradeRow, actualCol(k), gradeRow, metCol(k));
  }

  // legend: the grade words are 《工业园区减污降碳协同增效管控规范》's (GREEN.GRADE returns them in every language),
  // shown with their English meaning in English (calc/answers.ts)
  b.text(gradeRow + 2, 0, "label", TEXT.legend);
  SYNERGY_GRADES.forEach((g, i) => {
    b.text(gradeRow + 3 + i, 0, "label", shownAnswer(g.label, b.options.lang));
    b.text(
      gradeRow + 3 + i,
      1,
      "note",
      b.options.lang === "zh-CN" ? `${b.t(g.name)}：${b.t(g.rule)}` : `${b.t(g.name)}: ${b.t(g.rule)}`,
    );
    b.merge(gradeRow + 3 + i, 1, gradeRow + 3 + i, COL.basic);
  });

  validations(b, last, { yes: b.t(YES_WORDS), no: b.t(NO_WORDS) });
  highlights(b, last, gradeRow, { yes, no });
  b.region("indicators", FIRST_ROW, 0, last, EVIDENCE_COL);
  b.region("graded-values", FIRST_ROW, GRADED_DIRECTION_COL, last, gradedActualCol(3));
  b.region("grades", gradeRow, actualCol(1), gradeRow, metCol(3));
  b.columnWidths(WIDTHS);
  b.freeze(FIRST_ROW, COL.name + 1);
  b.printLandscape();
  return b.build({ columns: SYNERGY_COLUMNS });
}

/* ------------------------------------------------------------------------------------------------
 * Actual values linked to the data sheet (calc.synergyActual)
 * ---------------------------------------------------------------------------------------------- */

/** The data items of evaluation year k as the data sheet computes them (energy_total from the energy block). */
export function yearData(options: TemplateOptions, k: number): YearData {
  const data = effectiveParkData(options);
  if (!data) return {};
  const year: Record<string, unknown> = {};
  for (const [id, values] of Object.entries(data.values)) year[id] = Array.isArray(values) ? values[k] : undefined;
  const energy = energyTotalOfYear(data, k);
  year.energy_total = energy.ok ? energy.value : null;
  return year;
}

/** The output basis chosen on the parameter sheet, as its cell holds it (the default when not given). */
function basisChoice(options: TemplateOptions): string | null {
  const given = options.parameterChoices?.[SYNERGY_OUTPUT_BASIS.id];
  return given === undefined ? outputBasisName(SYNERGY_OUTPUT_BASIS.defaultChoice, options.lang) : given;
}

/** The output value of year k under the basis cell, "" when the cell names no basis (calc.parseOutputBasis). */
function outputNative(basis: string, ref: (item: string) => string): string {
  const named = (item: string) => `ISNUMBER(MATCH(${trimNative(basis)},${excelArray(outputBasisWords(item))},0))`;
  const [gross, va] = SYNERGY_OUTPUT_BASIS.choices;
  return `IF(OR(${isBlankNative(basis)},${named(gross)}),${ref(gross)},IF(${named(va)},${ref(va)},""))`;
}

/** The linked actual of year k as native and custom formulas over the data sheet's names. */
function linkedActualFormula(link: SynergyLink, k: number, b: SheetBuilder): { native: string; custom: string } {
  const names = templateNames(b.options.nameSuffix);
  const ref = (item: string) => names.data(item, k);
  const amountOk = (r: string) => `ISNUMBER(${r}),${r}>=0`;
  switch (link.kind) {
    case "item": {
      const r = ref(link.item);
      const f = `IF(AND(${amountOk(r)}),${r},"")`;
      return { native: f, custom: f };
    }
    case "per-output": {
      const a = ref(link.item);
      const o = outputNative(names.param(SYNERGY_OUTPUT_BASIS.id), ref);
      return {
        native: `IF(AND(${amountOk(a)},ISNUMBER(${o})),IF(${o}>0,${a}/${o},""),"")`,
        custom: `IFERROR(GREEN.INTENSITY(${a},${o}),"")`,
      };
    }
    case "indicator": {
      const def = INDICATORS.find((d) => d.id === link.indicator);
      if (!def) throw new Error(`synergy: no indicator ${link.indicator}`);
      const items: ItemRef = (item) => ref(item);
      return { native: indicatorValueNative(def, items), custom: indicatorValueCustom(def, items) };
    }
  }
}

/** The description of a per-output indicator names the output basis in use (parameter sheet). */
function basisDescription(b: SheetBuilder, def: SynergyIndicatorDef): { formula: string; cached: string } {
  const basis = templateNames(b.options.nameSuffix).param(SYNERGY_OUTPUT_BASIS.id);
  const fallback = outputBasisName(SYNERGY_OUTPUT_BASIS.defaultChoice, b.options.lang);
  const [open, close] = b.options.lang === "zh-CN" ? ["（产值按", "计）"] : [" (output value: ", ")"];
  const chosen = basisChoice(b.options);
  const shown = chosen === null || spreadsheetTrim(chosen) === "" ? fallback : spreadsheetTrim(chosen);
  return {
    formula: `${excelString(b.t(def.description) + open)}&IF(${isBlankNative(basis)},${excelString(fallback)},${trimNative(basis)})&${excelString(close)}`,
    cached: `${b.t(def.description)}${open}${shown}${close}`,
  };
}

function header(b: SheetBuilder, options: TemplateOptions): void {
  const top = HEADER_ROW;
  const fixed: [number, Text][] = [
    [COL.id, TEXT.id],
    [COL.category, TEXT.category],
    [COL.name, TEXT.name],
    [COL.description, TEXT.description],
    [COL.unit, LABELS.unit],
    [COL.direction, TEXT.direction],
    [COL.main, TEXT.main],
    [COL.target, TEXT.target],
    [COL.basic, TEXT.basic],
    [EVIDENCE_COL, TEXT.evidence],
  ];
  for (const [col, text] of fixed) {
    b.text(top, col, "header", text);
    b.text(top + 1, col, "header", "");
    b.merge(top, col, top + 1, col);
  }
  for (const k of EVALUATION_YEARS) {
    const year = options.years[k];
    b.text(top, actualCol(k), "header", b.options.lang === "zh-CN" ? `${year}年` : String(year));
    b.text(top, metCol(k), "header", "");
    b.merge(top, actualCol(k), top, metCol(k));
    b.text(top + 1, actualCol(k), "header", TEXT.actual);
    b.text(top + 1, metCol(k), "header", TEXT.met);
  }
  b.text(top, GRADED_DIRECTION_COL, "header", TEXT.graded);
  for (const k of EVALUATION_YEARS) b.text(top, gradedActualCol(k), "header", "");
  b.merge(top, GRADED_DIRECTION_COL, top, gradedActualCol(3));
  b.text(top + 1, GRADED_DIRECTION_COL, "header", TEXT.gradedDirection);
  for (const k of EVALUATION_YEARS) b.text(top + 1, gradedActualCol(k), "header", String(options.years[k]));
}

function indicatorRow(b: SheetBuilder, p: Placed, put: (col: number, value: CellValue) => void): void {
  const { def, row, values } = p;
  const input = (col: number, key: string, fallback: CellValue, numberFormat?: string) => {
    const v = values[key] !== undefined ? values[key] : fallback;
    b.input(row, col, v, { key: `${key}:${def.id}`, ...(numberFormat ? { numberFormat } : {}) });
    put(col, v);
  };
  b.text(row, COL.id, "label", def.id);
  b.text(row, COL.category, "label", def.category);
  b.text(row, COL.name, "label", def.name);
  const link = def.link;
  if (link?.kind === "per-output") {
    const d = basisDescription(b, def);
    b.computed(row, COL.description, d.formula, d.cached, { role: "note", key: `description:${def.id}` });
  } else b.text(row, COL.description, "note", def.description);
  // a linked indicator's unit is the data items' (a ratio of t or tce to 万元): a label, not an input
  if (link) {
    // keyed like the input it was, so an upgrade knows a typed unit has its place here
    b.text(row, COL.unit, "unit", unitText(def.unit, b.options.lang), { key: `unit:${def.id}` });
    put(COL.unit, unitText(def.unit, b.options.lang));
  } else input(COL.unit, "unit", unitText(def.unit, b.options.lang));
  input(COL.direction, "direction", def.direction === "up" ? UP : DOWN);
  input(COL.main, "main", b.t(def.main ? YES_WORDS : NO_WORDS));
  input(COL.target, "target", def.target);
  input(COL.basic, "basic", def.basic);
  for (const k of EVALUATION_YEARS) {
    if (!link) {
      input(actualCol(k), `actual_y${k}`, null);
      continue;
    }
    const actual = synergyActual(link, yearData(b.options, k), basisChoice(b.options));
    const cached = actual.ok ? actual.value : "";
    b.computed(row, actualCol(k), linkedActualFormula(link, k, b), cached, {
      key: `actual_y${k}:${def.id}`,
      numberFormat: "#,##0.00##",
    });
    put(actualCol(k), cached);
  }
  input(EVIDENCE_COL, "evidence", null, "@");
}

/**
 * The grade as native formulas over the graded-values block (docs/templates.md#synergy, the same steps as
 * calc.synergyGrade). A row is graded when its target is filled. No grade ("") when no row is graded or a
 * graded row lacks a number (actual, target, a filled basic) or a direction. 优良 when every graded row
 * meets its target; else 合格 when every main graded row — every graded row when none is marked main —
 * meets its basic requirement (the target when empty); else 需改进. SUMPRODUCT keeps it Excel 2010 and
 * WPS compatible without array entry.
 */
function nativeGrade(
  r: { actual: string; target: string; direction: string; main: string; basic: string },
  lang: Lang,
): string {
  const graded = `(${r.target}<>"")`;
  const up = `(${r.direction}="${UP}")`;
  const down = `(${r.direction}="${DOWN}")`;
  const meets = (bound: string) => `(${up}*(${r.actual}>=${bound})+${down}*(${r.actual}<=${bound}))`;
  const metTarget = meets(r.target);
  const metBasic = `((${r.basic}="")*${metTarget}+(${r.basic}<>"")*${meets(r.basic)})`;
  const marked = `((${r.main}="${YES_WORDS.zh}")+(${r.main}="${YES_WORDS.en}"))`;
  const isMain = `(${marked}+(SUMPRODUCT(${graded}*${marked})=0))`;
  const incomplete =
    `SUMPRODUCT(${graded}*((1-ISNUMBER(${r.actual}))+(1-ISNUMBER(${r.target}))+(${r.direction}<>"${UP}")*(${r.direction}<>"${DOWN}")` +
    `+(${r.basic}<>"")*(1-ISNUMBER(${r.basic}))))`;
  const label = (g: SynergyGradeLabel) => excelString(shownAnswer(g, lang));
  return (
    `IF(SUMPRODUCT(--${graded})=0,"",IF(${incomplete}>0,"",` +
    `IF(SUMPRODUCT(${graded}*(1-${metTarget}))=0,${label("优良")},` +
    `IF(SUMPRODUCT(${graded}*(${r.basic}<>"")*(1-${meets(r.basic)}))>0,${label("需改进")},` +
    `IF(SUMPRODUCT(${graded}*${isMain}*(1-${metBasic}))=0,${label("合格")},${label("需改进")})))))`
  );
}

/** GREEN.GRADE's word as the sheet shows it: with its English meaning in English (calc/answers.ts), "" where it fails. */
function customGrade(call: string, lang: Lang): string {
  if (lang === "zh-CN") return `IFERROR(${call},"")`;
  const words = SYNERGY_GRADES.map((g) => g.label);
  return `IFERROR(CHOOSE(MATCH(${call},{${words.map(excelString).join(",")}},0),${words
    .map((w) => excelString(shownAnswer(w, lang)))
    .join(",")}),"")`;
}

function validations(b: SheetBuilder, last: number, words: { yes: string; no: string }): void {
  const invalid = b.t(TEXT.invalid);
  b.validate({
    range: rangeAddress(FIRST_ROW, COL.direction, last, COL.direction),
    rule: { kind: "list", items: [UP, DOWN] },
    prompt: { title: b.t(TEXT.direction), message: b.t(TEXT.directionPrompt) },
    error: { title: invalid, message: b.t(TEXT.directionError) },
  });
  b.validate({
    range: rangeAddress(FIRST_ROW, COL.main, last, COL.main),
    rule: { kind: "list", items: [words.yes, words.no] },
    prompt: { title: b.t(TEXT.main), message: b.t(TEXT.mainPrompt) },
    error: { title: invalid, message: b.t(TEXT.mainError) },
  });
  const numbers = [
    rangeAddress(FIRST_ROW, COL.target, last, COL.basic),
    ...EVALUATION_YEARS.map((k) => rangeAddress(FIRST_ROW, actualCol(k), last, actualCol(k))),
  ];
  for (const range of numbers) {
    b.validate({
      range,
      rule: { kind: "decimal", min: 0 },
      prompt: { title: b.t(TEXT.actual), message: b.t(TEXT.numberPrompt) },
      error: { title: invalid, message: b.t(TEXT.numberError) },
    });
  }
}

function highlights(b: SheetBuilder, last: number, gradeRow: number, words: { yes: string; no: string }): void {
  const targetTop = cellAddress(FIRST_ROW, COL.target);
  for (const k of EVALUATION_YEARS) {
    const actualTop = cellAddress(FIRST_ROW, actualCol(k));
    const metTop = cellAddress(FIRST_ROW, metCol(k));
    // a graded indicator without its actual value: the year cannot be graded
    b.highlight({
      range: rangeAddress(FIRST_ROW, actualCol(k), last, actualCol(k)),
      formula: `AND($${targetTop}<>"",${actualTop}="")`,
      ...HIGHLIGHT.missingMandatory,
    });
    const met = rangeAddress(FIRST_ROW, metCol(k), last, metCol(k));
    b.highlight({ range: met, formula: `${metTop}=${excelString(words.no)}`, ...HIGHLIGHT.scoreBelowFull });
    b.highlight({ range: met, formula: `${metTop}=${excelString(words.yes)}`, fill: GOOD_FILL, fontColor: GOOD_FONT });
    const grade = cellAddress(gradeRow, actualCol(k));
    const word = (g: SynergyGradeLabel) => excelString(shownAnswer(g, b.options.lang));
    b.highlight({ range: grade, formula: `${grade}=${word("需改进")}`, ...HIGHLIGHT.missingMandatory });
    b.highlight({ range: grade, formula: `${grade}=${word("优良")}`, fill: GOOD_FILL, fontColor: GOOD_FONT });
  }
}

export const synergyTemplate: TemplateSpec = {
  id: "synergy",
  sheetName: TEXT.sheet,
  purpose: {
    zh: "减污降碳协同指标（表1–表5）的目标值、基本要求与各年实际值，逐项是否达标，以及各年评估等级（优良/合格/需改进）",
    en: "Synergy indicators (tables 1–5) with targets, basic requirements and yearly actuals, met? per indicator, and the yearly grade 优良 (excellent), 合格 (pass) or 需改进 (needs improvement)",
  },
  source: cite(SYNERGY_SPEC, { zh: "表1–表5、评估等级划分", en: "tables 1–5 and grading" }),
  reads: ["data", "params"],
  importable: true,
  build: buildSynergy,
};
