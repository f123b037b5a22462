/**
 * 评价指标 / Indicators (docs/templates.md `indicators`, 《北京市工业园区绿色诊断工作指南》附件2-1-2): the 31 indicators for the three
 * evaluation years side by side, under the annex's headings — value and score per year from the data sheet and
 * the parameters, per year the annex's evidence column (year 1 证明材料索引, years 2–3 评价情况说明), group
 * subtotals, the total per year and the three-year trend. HG24's pollutant
 * elasticities are shown one by one below the table.
 */
import {
  BEIJING_GUIDE,
  INDICATORS,
  INDICATOR_GROUPS,
  PARAMETER_IDS,
  cite,
  findDataItem,
  parameterValue,
  type IndicatorDef,
  type IndicatorGroup,
} from "../../catalog";
import {
  elasticity,
  evaluatePark,
  indicatorTrend,
  isMissing,
  type IndicatorResult,
  type ParkData,
  type Trend,
  type YearEvaluation,
} from "../../calc";
import { shownAnswer, shownIfAnswer } from "../../calc/answers";
import { cellAddress, rangeAddress } from "../a1";
import { SheetBuilder } from "../builder";
import { EVALUATION_YEARS, effectiveParkData, evaluationParamsOf, excelString, type TemplateOptions } from "../context";
import {
  countedScoreCustom,
  countedScoreNative,
  isBlankNative,
  indicatorValueCustom,
  indicatorValueNative,
  numberLiteral,
  pollutantElasticityNative,
  weightedAverageNative,
  type ItemRef,
} from "../indicatorFormulas";
import type { TemplateSpec } from "../registry";
import { DIRECTION_TEXT, FLAG_TEXT, LABELS, unitText } from "../labels";
import { HIGHLIGHT } from "../styles";
import type { CellValue } from "../sheetPlan";

const TEXT = {
  sheet: { zh: "评价指标", en: "Indicators" },
  title: { zh: "工业园区绿色发展评价指标（三年）", en: "Green-park evaluation indicators (three years)" },
  note: {
    zh: "指标数据与得分由“基础数据”和“参数”表计算；单项得分不超过得分上限；未计入的可选指标得分为空。",
    en: "Values and scores are computed from the Data and Parameters sheets; a score never exceeds the cap; optional indicators not evaluated have no score.",
  },
  cap: { zh: "得分上限", en: "Score cap" },
  full: { zh: "达到引领值得分", en: "Score at the lead" },
  // the headings of 《北京市工业园区绿色诊断工作指南》附件2-1-2 (一级指标 / 序号 / 二级指标 / 指标单位 / 指标数据)
  group: { zh: "一级指标", en: "Primary indicator" },
  indicator: { zh: "二级指标", en: "Secondary indicator" },
  unit: { zh: "指标单位", en: "Unit" },
  direction: { zh: "方向", en: "Direction" },
  flag: { zh: "类型", en: "Type" },
  lead: { zh: "引领值", en: "Leading value" },
  weight: { zh: "权重", en: "Weight" },
  valueOf: { zh: "指标数据", en: "value" },
  scoreOf: { zh: "得分", en: "score" },
  // 附件2-1-2: year 1's table has 证明材料索引, the tables of years 2 and 3 have 评价情况说明
  evidence: { zh: "证明材料索引", en: "Evidence index" },
  explanation: { zh: "评价情况说明", en: "Explanation" },
  trend: { zh: "三年趋势", en: "Trend" },
  subtotals: { zh: "分组得分（加权平均）", en: "Group scores (weighted average)" },
  total: { zh: "总分", en: "Total score" },
  elasticity: { zh: "HG24 主要污染物弹性系数分项", en: "HG24 elasticity by pollutant" },
  notComputable: { zh: "无法计算", en: "n/a" },
  improved: { zh: "改善", en: "improved" },
  unchanged: { zh: "持平", en: "unchanged" },
  worse: { zh: "退步", en: "worse" },
} as const;

const COL = {
  group: 0,
  no: 1,
  id: 2,
  name: 3,
  unit: 4,
  direction: 5,
  flag: 6,
  lead: 7,
  weight: 8,
  value: 9,
  score: 12,
  /** per year k = 1…3 at evidence + k − 1: year 1 证明材料索引, years 2–3 评价情况说明 */
  evidence: 15,
  trend: 18,
};
// sized to print on one A4 page width at 75 % or more (text ≥ 8 pt); long names wrap
const COLUMNS = [10, 5, 7, 24, 9, 8, 5, 8, 6, 11, 11, 11, 8, 8, 8, 9, 9, 9, 9];
// English words are longer than their Chinese: wider group, direction, type, weight and trend columns
const COLUMNS_EN = [12, 5, 7, 24, 9, 11, 10, 8, 7, 11, 11, 11, 8, 8, 8, 9, 9, 9, 10];
const TABLE_TOP = 5;
const FIRST_ROW = TABLE_TOP + 1;

const trendWord = (trend: Trend) => TEXT[trend];

function header(b: SheetBuilder): void {
  const years = EVALUATION_YEARS.map((k) => b.options.years[k]);
  const labels: string[] = [
    b.t(TEXT.group),
    b.t(LABELS.no),
    b.t(LABELS.id),
    b.t(TEXT.indicator),
    b.t(TEXT.unit),
    b.t(TEXT.direction),
    b.t(TEXT.flag),
    b.t(TEXT.lead),
    b.t(TEXT.weight),
    // the word before the year: a narrow column breaks before the year (a Latin word moves whole), not
    // inside the word; no line feed, which would need xml:space, not allowed on shared strings by ECMA-376
    ...years.map((y) => `${b.t(TEXT.valueOf)} ${y}`),
    ...years.map((y) => `${b.t(TEXT.scoreOf)} ${y}`),
    ...years.map((y, i) => `${b.t(i === 0 ? TEXT.evidence : TEXT.explanation)} ${y}`),
    b.t(TEXT.trend),
  ];
  labels.forEach((label, col) => b.text(TABLE_TOP, col, "header", label));
}

/** Row of each indicator, in catalog order (grouped). */
const rowOf = (index: number) => FIRST_ROW + index;
const LAST_ROW = rowOf(INDICATORS.length - 1);
const SUBTOTAL_TOP = LAST_ROW + 2;
const TOTAL_ROW = SUBTOTAL_TOP + 1 + INDICATOR_GROUPS.length;
const DETAIL_TOP = TOTAL_ROW + 2;

function evaluation(options: TemplateOptions): YearEvaluation[] {
  const result = evaluatePark(
    effectiveParkData(options) ?? { years: options.years, values: {} },
    evaluationParamsOf(options),
  );
  return result.ok ? [...result.value.years] : [];
}

const resultOf = (evaluations: YearEvaluation[], k: number, id: string): IndicatorResult | undefined =>
  evaluations[k - 1]?.indicators.find((r) => r.id === id);

function cachedValue(r: IndicatorResult | undefined): CellValue {
  return r?.value.ok ? r.value.value : "";
}

function indicatorRow(
  b: SheetBuilder,
  def: IndicatorDef,
  index: number,
  evaluations: YearEvaluation[],
  hg24Detail: Map<number, string>,
): void {
  const row = rowOf(index);
  const group = INDICATOR_GROUPS.find((g) => g.id === def.group);
  // the group's name once, on its first indicator's row: not merged over the group's rows, as the guide's
  // table draws it, because a merged cell cut by a page break prints its text over the next page's header
  const first = INDICATORS.findIndex((d) => d.group === def.group);
  if (index === first) b.text(row, COL.group, "label", group ? b.t(group.name) : def.group);
  b.text(row, COL.no, "label", def.number);
  b.text(row, COL.id, "label", def.id);
  b.text(row, COL.name, "label", def.name);
  b.text(row, COL.unit, "unit", unitText(def.unit, b.options.lang));
  b.text(row, COL.direction, "label", DIRECTION_TEXT[def.direction]);
  b.text(row, COL.flag, "label", FLAG_TEXT[def.flag]);
  const lead = cellAddress(row, COL.lead);
  b.computed(
    row,
    COL.lead,
    b.n.lead(def.id),
    shownIfAnswer(b.options.parameters?.leads?.[def.id] ?? def.lead, b.options.lang),
    // an answer shown with its meaning ("具备 (available)") wraps in the narrow value columns
    { key: `lead:${def.id}`, wrap: def.direction === "qualitative" },
  );
  const defaultWeight = parameterValue(PARAMETER_IDS.defaultWeight) ?? 1;
  const weightName = b.n.weight(def.id);
  const weightValue = b.options.parameters?.weights?.[def.id] ?? defaultWeight;
  b.computed(
    row,
    COL.weight,
    `IF(ISNUMBER(${weightName}),${weightName},${numberLiteral(defaultWeight)})`,
    weightValue,
    { key: `weight:${def.id}` },
  );
  for (const k of EVALUATION_YEARS) {
    const ref: ItemRef = (item, year) => b.n.data(item, year === "current" ? k : k - 1);
    const detail = hg24Detail.get(k);
    const valueCell = cellAddress(row, COL.value + k - 1);
    const r = resultOf(evaluations, k, def.id);
    const native = indicatorValueNative(
      def,
      ref,
      detail ? { range: detail, notComputable: b.t(TEXT.notComputable) } : undefined,
      b.options.lang,
    );
    // an answer needs no custom function; the native formula shows it with its English meaning in English
    const custom =
      def.formula.kind === "elasticity" || (def.formula.kind === "answer" && b.options.lang === "en-US")
        ? native
        : indicatorValueCustom(def, ref);
    b.computed(row, COL.value + k - 1, { native, custom }, shownIfAnswer(cachedValue(r), b.options.lang), {
      name: b.n.value(def.id, k),
      key: `value:${def.id}:${k}`,
      numberFormat: def.direction === "qualitative" ? "@" : "#,##0.00",
      wrap: def.direction === "qualitative",
    });
    const refs = {
      value: valueCell,
      lead,
      cap: capCell(),
      full: fullCell(),
      ...(def.flag === "optional" ? { selected: b.n.selected(def.id) } : {}),
    };
    b.computed(
      row,
      COL.score + k - 1,
      { native: countedScoreNative(def, refs), custom: countedScoreCustom(def, refs) },
      r?.counted ?? "",
      {
        name: b.n.score(def.id, k),
        key: `score:${def.id}:${k}`,
        numberFormat: "0.00",
      },
    );
  }
  for (const k of EVALUATION_YEARS) b.input(row, COL.evidence + k - 1, null, { key: evidenceKey(def.id, k) });
  trendCell(b, def, row, evaluations);
}

/**
 * The input key of year k's evidence column: year 1's 证明材料索引 keeps the key of the former shared
 * evidence column; years 2 and 3 take 评价情况说明.
 */
export function evidenceKey(id: string, k: number): string {
  return k === 1 ? `evidence:${id}` : `explanation_y${k}:${id}`;
}

const capCell = () => cellAddress(2, 1, true);
const fullCell = () => cellAddress(2, 4, true);

/** The data item's answers, best first, of a qualitative indicator (the trend ranks them). */
function answersOf(def: IndicatorDef): readonly string[] | undefined {
  return def.formula.kind === "answer" ? findDataItem(def.formula.item)?.answers : undefined;
}

function trendCell(b: SheetBuilder, def: IndicatorDef, row: number, evaluations: YearEvaluation[]): void {
  const first = cellAddress(row, COL.value);
  const last = cellAddress(row, COL.value + 2);
  const lead = cellAddress(row, COL.lead);
  const [improved, unchanged, worse] = [TEXT.improved, TEXT.unchanged, TEXT.worse].map((t) => excelString(b.t(t)));
  const answers = answersOf(def);
  const shown = (answers ?? []).map((a) => excelString(shownAnswer(a, b.options.lang)));
  const rank = (cell: string) => `MATCH(${cell},{${shown.join(",")}},0)`;
  const better =
    def.direction === "qualitative"
      ? answers && answers.length > 0
        ? `IFERROR(${rank(last)}<${rank(first)},${last}=${lead})`
        : `${last}=${lead}`
      : def.direction === "up"
        ? `${last}>${first}`
        : `${last}<${first}`;
  const present =
    def.direction === "qualitative" ? `AND(${first}<>"",${last}<>"")` : `AND(ISNUMBER(${first}),ISNUMBER(${last}))`;
  const formula = `IF(${present},IF(${last}=${first},${unchanged},IF(${better},${improved},${worse})),"")`;
  const leadValue = b.options.parameters?.leads?.[def.id] ?? def.lead;
  const trend = indicatorTrend(
    def.direction,
    cachedValue(resultOf(evaluations, 1, def.id)),
    cachedValue(resultOf(evaluations, 3, def.id)),
    leadValue,
    answers,
  );
  b.computed(row, COL.trend, formula, trend.ok ? b.t(trendWord(trend.value)) : "", { key: `trend:${def.id}` });
}

function subtotals(b: SheetBuilder, evaluations: YearEvaluation[]): void {
  b.text(SUBTOTAL_TOP, COL.name, "header", TEXT.subtotals);
  INDICATOR_GROUPS.forEach((group, i) => {
    const row = SUBTOTAL_TOP + 1 + i;
    // a group's indicators are consecutive rows of the table
    const first = INDICATORS.findIndex((d) => d.group === group.id);
    const top = rowOf(first);
    const bottom = rowOf(INDICATORS.reduce((last, d, index) => (d.group === group.id ? index : last), first));
    b.text(row, COL.id, "subtotal", group.id);
    b.text(row, COL.name, "subtotal", group.name);
    for (const k of EVALUATION_YEARS) {
      const col = COL.score + k - 1;
      const formula = weightedAverageNative(
        rangeAddress(top, COL.weight, bottom, COL.weight),
        rangeAddress(top, col, bottom, col),
      );
      b.computed(row, col, formula, groupAverage(evaluations, k, group.id), {
        role: "subtotal",
        key: `subtotal:${group.id}:${k}`,
        name: b.n.group(group.id, k),
        numberFormat: "0.00",
      });
    }
  });
  b.text(TOTAL_ROW, COL.name, "total", TEXT.total);
  for (const k of EVALUATION_YEARS) {
    const col = COL.score + k - 1;
    const formula = weightedAverageNative(
      rangeAddress(FIRST_ROW, COL.weight, LAST_ROW, COL.weight),
      rangeAddress(FIRST_ROW, col, LAST_ROW, col),
    );
    const total = evaluations[k - 1]?.total;
    b.computed(TOTAL_ROW, col, formula, total?.ok ? total.value : "", {
      role: "total",
      name: b.n.total(k),
      key: `total:${k}`,
      numberFormat: "0.00",
    });
  }
}

function groupAverage(evaluations: YearEvaluation[], k: number, group: IndicatorGroup): CellValue {
  const average = evaluations[k - 1]?.groups.find((g) => g.group === group)?.average;
  return average?.ok ? average.value : "";
}

/** HG24's pollutants one by one (docs/data-file.md), the cells its value takes the largest of. */
function elasticityDetail(b: SheetBuilder, data: ParkData | undefined): Map<number, string> {
  const hg24 = INDICATORS.find((d) => d.formula.kind === "elasticity");
  const ranges = new Map<number, string>();
  if (!hg24 || hg24.formula.kind !== "elasticity") return ranges;
  const { pollutants, output } = hg24.formula;
  b.text(DETAIL_TOP, COL.name, "header", TEXT.elasticity);
  const marker = b.t(TEXT.notComputable);
  pollutants.forEach((pollutant, i) => {
    const row = DETAIL_TOP + 1 + i;
    b.text(row, COL.id, "label", pollutant);
    const item = findDataItem(pollutant);
    b.text(row, COL.name, "label", item ? item.name : pollutant);
    for (const k of EVALUATION_YEARS) {
      const ref: ItemRef = (item, year) => b.n.data(item, year === "current" ? k : k - 1);
      const native = pollutantElasticityNative(pollutant, output, ref, marker);
      const [p0, p1, v0, v1] = [
        ref(pollutant, "prev"),
        ref(pollutant, "current"),
        ref(output, "prev"),
        ref(output, "current"),
      ];
      const custom = `IF(AND(${isBlankNative(p0)},${isBlankNative(p1)}),"",IFERROR(GREEN.ELASTICITY(${p0},${p1},${v0},${v1}),${excelString(marker)}))`;
      b.computed(row, COL.value + k - 1, { native, custom }, pollutantCached(data, pollutant, output, k, marker), {
        key: `elasticity:${pollutant}:${k}`,
        numberFormat: "0.000",
      });
    }
  });
  for (const k of EVALUATION_YEARS) {
    const col = COL.value + k - 1;
    ranges.set(k, rangeAddress(DETAIL_TOP + 1, col, DETAIL_TOP + pollutants.length, col, true));
  }
  return ranges;
}

function pollutantCached(
  data: ParkData | undefined,
  pollutant: string,
  output: string,
  k: number,
  marker: string,
): CellValue {
  const at = (item: string, year: number) => data?.values?.[item]?.[year] ?? null;
  const p0 = at(pollutant, k - 1);
  const p1 = at(pollutant, k);
  if (isMissing(p0) && isMissing(p1)) return "";
  const e = elasticity(p0, p1, at(output, k - 1), at(output, k));
  return e.ok ? e.value : marker;
}

function scaleCells(b: SheetBuilder): void {
  const cap = parameterValue(PARAMETER_IDS.scoreCap);
  const full = parameterValue(PARAMETER_IDS.fullScore);
  const capName = b.n.param(PARAMETER_IDS.scoreCap);
  const fullName = b.n.param(PARAMETER_IDS.fullScore);
  b.text(2, 0, "label", TEXT.cap);
  b.computed(
    2,
    1,
    `IF(ISNUMBER(${capName}),${capName},${numberLiteral(cap ?? 0)})`,
    evaluationParamsOf(b.options).cap ?? cap,
    { key: "param:score-cap" },
  );
  b.text(2, 3, "label", TEXT.full);
  b.computed(
    2,
    4,
    `IF(ISNUMBER(${fullName}),${fullName},${numberLiteral(full ?? 0)})`,
    evaluationParamsOf(b.options).fullScore ?? full,
    { key: "param:full-score" },
  );
}

function highlights(b: SheetBuilder): void {
  const scores = rangeAddress(FIRST_ROW, COL.score, LAST_ROW, COL.score + 2);
  const first = cellAddress(FIRST_ROW, COL.score);
  b.highlight({
    range: scores,
    formula: `AND(ISNUMBER(${first}),${first}<${fullCell()})`,
    fill: HIGHLIGHT.scoreBelowFull.fill,
    fontColor: HIGHLIGHT.scoreBelowFull.fontColor,
  });
  INDICATORS.forEach((def, index) => {
    if (def.flag !== "mandatory") return;
    const row = rowOf(index);
    const cell = cellAddress(row, COL.value);
    b.highlight({
      range: rangeAddress(row, COL.value, row, COL.value + 2),
      formula: `LEN(${cell})=0`,
      fill: HIGHLIGHT.missingMandatory.fill,
      fontColor: HIGHLIGHT.missingMandatory.fontColor,
    });
  });
}

export function buildIndicators(options: TemplateOptions) {
  const b = new SheetBuilder("indicators", TEXT.sheet, options);
  const evaluations = evaluation(options);
  b.text(0, 0, "title", options.parkName ? `${b.t(TEXT.title)} — ${options.parkName}` : b.t(TEXT.title));
  b.text(1, 0, "note", TEXT.note);
  scaleCells(b);
  header(b);
  const detail = elasticityDetail(b, options.data);
  INDICATORS.forEach((def, index) => indicatorRow(b, def, index, evaluations, detail));
  subtotals(b, evaluations);
  highlights(b);
  b.region("indicator-table", FIRST_ROW, 0, LAST_ROW, COL.trend);
  b.region("group-subtotals", SUBTOTAL_TOP + 1, 0, TOTAL_ROW - 1, COL.score + 2);
  b.region("total", TOTAL_ROW, COL.score, TOTAL_ROW, COL.score + 2);
  b.region("hg24-detail", DETAIL_TOP + 1, COL.value, DETAIL_TOP + 4, COL.value + 2);
  b.columnWidths(options.lang === "en-US" ? COLUMNS_EN : COLUMNS);
  b.freeze(TABLE_TOP + 1, 4);
  b.printLandscape();
  return b.build();
}

export const indicatorsTemplate: TemplateSpec = {
  id: "indicators",
  sheetName: TEXT.sheet,
  purpose: {
    zh: "31 项指标三年评价表：指标数据、得分（上限 120）、分组得分、总分、逐年证明材料索引/评价情况说明与三年趋势",
    en: "The 31-indicator table for three years: values, scores (cap 120), group scores, total, evidence or explanation per year and trend",
  },
  source: cite(BEIJING_GUIDE, { zh: "附件2-1-2", en: "Annex 2-1-2" }),
  reads: ["params", "data"],
  importable: true,
  build: buildIndicators,
};
