/**
 * 诊断结论 / Diagnosis summary (docs/templates.md#diagnosis-summary): the one-page result a report opens with — park and
 * years, the basic-requirements and low-carbon verdicts, the three-year total and group scores with their trend, the
 * synergy grade, the team and plan checks, the options by cost class, type group and level with investment and
 * benefit, key savings and the targets met. Every figure is a formula over another sheet's defined name; a sheet
 * not in the workbook shows 未插入 (the formula's IFERROR catches the missing name). The table prints on one A4
 * page; its charts, drawn over the table's cells, on a second.
 */
import {
  BEIJING_GUIDE,
  COST_CLASSES,
  INDICATOR_GROUPS,
  MATRIX_GROUPS,
  OPTION_LEVELS,
  cite,
  type Text,
} from "../../catalog";
import { indicatorTrend } from "../../calc/trend";
import { cellAddress, parseRange, rangeAddress } from "../a1";
import { SheetBuilder } from "../builder";
import { CHART_NAME_PREFIX } from "../charts";
import { EVALUATION_YEARS, excelString, namePart, type TemplateOptions } from "../context";
import { NUMBER_FORMATS } from "../numberFormats";
import type { TemplateSpec } from "../registry";
import type { CellValue, SheetPlan, TemplateId } from "../sheetPlan";
import { basicTemplate } from "./basic";
import { dataTemplate } from "./data";
import { indicatorsTemplate } from "./indicators";
import { lowCarbonTemplate } from "./lowcarbon";
import { matrixCellName, matrixTemplate } from "./matrix";
import { planTemplate } from "./plan";
import { synergyTemplate } from "./synergy";
import { targetsTemplate } from "./targets";
import { teamTemplate } from "./team";

const TEXT = {
  sheet: { zh: "诊断结论", en: "Diagnosis summary" },
  title: { zh: "工业园区绿色诊断结论", en: "Green diagnosis of an industrial park: summary" },
  source: {
    zh: "各项均为引用其他工作表的公式，随其更新；工作簿中没有的工作表显示“未插入”。",
    en: "Every figure is a formula over the other sheets and follows them; a sheet not in the workbook shows “not inserted”.",
  },
  missing: { zh: "未插入", en: "not inserted" },
  identity: { zh: "一、园区与诊断", en: "1 Park and diagnosis" },
  park: { zh: "园区名称", en: "Park" },
  years: { zh: "评价年度", en: "Evaluation years" },
  verdicts: { zh: "二、基础性要求与低碳管理", en: "2 Basic requirements and low-carbon management" },
  basic: { zh: "基础性要求（附件2-1-1）", en: "Basic requirements (Annex 2-1-1)" },
  lowcarbon: { zh: "低碳管理（“应”项）", en: "Low-carbon management (“shall” items)" },
  scores: { zh: "三、评价指标得分", en: "3 Indicator scores" },
  total: { zh: "总分", en: "Total score" },
  trend: { zh: "趋势", en: "Trend" },
  synergy: { zh: "四、减污降碳协同等级", en: "4 Pollution and carbon synergy grade" },
  grade: { zh: "协同等级", en: "Grade" },
  checks: { zh: "五、工作组与工作计划", en: "5 Team and work plan" },
  team: { zh: "诊断工作组", en: "Diagnosis team" },
  auditTeam: { zh: "企业审核小组", en: "Enterprise audit teams" },
  plan: { zh: "工作计划（开始、结束、天数）", en: "Work plan (start, end, days)" },
  options: { zh: "六、清洁生产方案（已实施与待实施）", en: "6 Cleaner-production options (implemented and pending)" },
  count: { zh: "方案数", en: "Options" },
  investment: { zh: "投资（万元）", en: "Investment (10⁴ yuan)" },
  benefit: { zh: "经济效益（万元/a）", en: "Benefit (10⁴ yuan/a)" },
  all: { zh: "合计", en: "Total" },
  savings: { zh: "七、方案效益（已实施与待实施）", en: "7 Option benefits (implemented and pending)" },
  targets: { zh: "八、目标完成", en: "8 Targets" },
  met: { zh: "达标项数", en: "Met" },
  assessed: { zh: "评估项数", en: "Assessed" },
  improved: { zh: "改善", en: "improved" },
  unchanged: { zh: "持平", en: "unchanged" },
  worse: { zh: "退步", en: "worse" },
  charts: { zh: "九、图表", en: "9 Charts" },
  trendChart: { zh: "近三年评价得分（总分与各组）", en: "Scores over the three years (total and groups)" },
  costChart: { zh: "方案数（按费用类别）", en: "Options by cost class" },
  typeChart: { zh: "方案数（按方案类型）", en: "Options by type" },
} as const;

/** The title of the last year's group profile. */
const groupsChartTitle = (year: number): Text => ({ zh: `${year}年各组得分`, en: `Group scores in ${year}` });

/** Rows of each chart band on the charts' page: 16 rows of 15 pt are about 8.5 cm. */
const CHART_ROWS = { wide: 16, pair: 16, last: 12 } as const;

/** The templates whose names the summary reads, by id. */
const READ: Partial<Record<TemplateId, TemplateSpec>> = {
  data: dataTemplate,
  indicators: indicatorsTemplate,
  basic: basicTemplate,
  lowcarbon: lowCarbonTemplate,
  matrix: matrixTemplate,
  synergy: synergyTemplate,
  targets: targetsTemplate,
  team: teamTemplate,
  plan: planTemplate,
};

const COLUMNS = [30, 14, 14, 14, 12];
const LAST = COLUMNS.length - 1;

/** A figure: the template holding it and the defined name (without the set's suffix). */
interface Ref {
  readonly template: TemplateId;
  readonly name: string;
}

/** The savings shown: the matrix row (a benefit column of the options) and its unit. */
const SAVINGS: readonly { row: string; text: Text; unit: string }[] = [
  { row: "save_energy_total", text: { zh: "节综合能耗", en: "Energy saved" }, unit: "tce/a" },
  { row: "co2", text: { zh: "CO₂减排", en: "CO₂ reduced" }, unit: "t/a" },
  { row: "cod", text: { zh: "COD减排", en: "COD reduced" }, unit: "t/a" },
  { row: "save_water", text: { zh: "节水", en: "Water saved" }, unit: "t/a" },
];

/** The summary's view of the other sheets: whether each is there, and its named cells' values. */
class Sources {
  private readonly plans = new Map<TemplateId, SheetPlan | undefined>();
  constructor(private readonly options: TemplateOptions) {}

  present(id: TemplateId): boolean {
    return this.options.present === undefined || this.options.present.includes(id);
  }

  /** The value a named cell shows (its cached result or its input), "" when empty; undefined when absent. */
  value(ref: Ref): CellValue | undefined {
    if (!this.present(ref.template)) return undefined;
    if (!this.plans.has(ref.template)) this.plans.set(ref.template, READ[ref.template]?.build(this.options));
    const plan = this.plans.get(ref.template);
    const name = `${ref.name}${this.options.nameSuffix}`;
    const range = plan?.names.find((n) => n.name === name)?.range;
    const at = range === undefined ? undefined : parseRange(range);
    const cell = at && plan?.cells.find((c) => c.row === at.top && c.col === at.left);
    const v = cell ? (cell.formula !== undefined ? cell.cached : cell.value) : null;
    return v === null || v === undefined ? "" : v;
  }
}

export function buildSummary(options: TemplateOptions) {
  const b = new SheetBuilder("summary", TEXT.sheet, options);
  const sources = new Sources(options);
  const missing = b.t(TEXT.missing);
  const full = (ref: Ref) => `${ref.name}${options.nameSuffix}`;
  let row = 0;

  /** One named figure: shown as it is, "" for an empty cell, 未插入 when its sheet is missing. */
  const figure = (col: number, ref: Ref, numberFormat?: string): CellValue => {
    const n = full(ref);
    const v = sources.value(ref);
    const cached = v === undefined ? missing : v;
    b.computed(row, col, `IFERROR(IF(${n}="","",${n}),${excelString(missing)})`, cached, {
      key: `figure:${namePart(ref.name)}`,
      ...(numberFormat ? { numberFormat } : {}),
    });
    return cached;
  };
  /** The sum of named figures (a matrix row over its statuses). */
  const sum = (col: number, refs: readonly Ref[], key: string, numberFormat: string) => {
    const values = refs.map((r) => sources.value(r));
    const cached = values.some((v) => v === undefined)
      ? missing
      : values.reduce<number>((s, v) => s + (typeof v === "number" ? v : 0), 0);
    b.computed(row, col, `IFERROR(SUM(${refs.map(full).join(",")}),${excelString(missing)})`, cached, {
      key,
      numberFormat,
    });
  };
  const heading = (text: Text, columns: readonly (Text | string)[] = []) => {
    b.text(row, 0, "header", text);
    for (let col = 1; col <= LAST; col++) b.text(row, col, "header", columns[col - 1] ?? "");
    if (columns.length === 0) b.merge(row, 0, row, LAST);
    row += 1;
  };
  const label = (text: Text | string) => b.text(row, 0, "label", text);
  const yearWords = EVALUATION_YEARS.map((k) =>
    options.lang === "zh-CN" ? `${options.years[k]}年` : String(options.years[k]),
  );

  b.text(row, 0, "title", options.parkName ? `${b.t(TEXT.title)} — ${options.parkName}` : b.t(TEXT.title));
  row += 1;
  b.text(row, 0, "note", TEXT.source);
  b.merge(row, 0, row, LAST);
  row += 1;

  heading(TEXT.identity);
  label(TEXT.park);
  figure(1, { template: "data", name: "GREEN_PARK_NAME" });
  b.merge(row, 1, row, LAST);
  row += 1;
  label(TEXT.years);
  const base = options.lang === "zh-CN" ? `（基准年 ${options.years[0]}）` : ` (base year ${options.years[0]})`;
  b.text(
    row,
    1,
    "label",
    `${EVALUATION_YEARS.map((k) => options.years[k]).join(options.lang === "zh-CN" ? "、" : ", ")}${base}`,
  );
  b.merge(row, 1, row, LAST);
  row += 1;

  heading(TEXT.verdicts);
  for (const [text, ref] of [
    [TEXT.basic, { template: "basic", name: "GREEN_BASIC_OVERALL" }],
    [TEXT.lowcarbon, { template: "lowcarbon", name: "GREEN_LOWCARBON_OVERALL" }],
  ] as const) {
    label(text);
    figure(1, ref);
    row += 1;
  }

  const scoresHeader = row;
  heading(TEXT.scores, [...yearWords, TEXT.trend]);
  const scoreRow = (text: Text, name: (k: number) => string, key: string) => {
    label(text);
    const values = EVALUATION_YEARS.map((k) => figure(k, { template: "indicators", name: name(k) }, "0.00"));
    const [first, last] = [cellAddress(row, 1), cellAddress(row, 3)];
    const words = [TEXT.unchanged, TEXT.improved, TEXT.worse].map((t) => excelString(b.t(t)));
    const trend = indicatorTrend("up", values[0], values[2]);
    b.computed(
      row,
      4,
      `IF(AND(ISNUMBER(${first}),ISNUMBER(${last})),IF(${last}=${first},${words[0]},IF(${last}>${first},${words[1]},${words[2]})),"")`,
      trend.ok ? b.t(TEXT[trend.value]) : "",
      { key: `trend:${key}` },
    );
    row += 1;
  };
  scoreRow(TEXT.total, (k) => `GREEN_TOTAL_Y${k}`, "total");
  for (const group of INDICATOR_GROUPS) scoreRow(group.name, (k) => `GREEN_GROUP_${group.id}_Y${k}`, group.id);

  heading(TEXT.synergy, yearWords);
  label(TEXT.grade);
  for (const k of EVALUATION_YEARS) figure(k, { template: "synergy", name: `GREEN_SYNERGY_GRADE_Y${k}` });
  row += 1;

  heading(TEXT.checks);
  label(TEXT.team);
  figure(1, { template: "team", name: "GREEN_TEAM_CHECK" });
  row += 1;
  label(TEXT.auditTeam);
  figure(1, { template: "team", name: "GREEN_AUDIT_TEAM_CHECK" });
  row += 1;
  label(TEXT.plan);
  figure(1, { template: "plan", name: "GREEN_PLAN_START" }, "yyyy-mm-dd");
  figure(2, { template: "plan", name: "GREEN_PLAN_END" }, "yyyy-mm-dd");
  figure(3, { template: "plan", name: "GREEN_PLAN_DAYS" }, "0");
  row += 1;

  const optionsHeader = row;
  heading(TEXT.options, [TEXT.count, TEXT.investment, TEXT.benefit]);
  const matrix = (r: string, column: string): Ref => ({ template: "matrix", name: matrixCellName(r, column, "") });
  const optionRow = (text: Text, columns: readonly string[], key: string) => {
    label(text);
    (["count", "investment", "benefit"] as const).forEach((measure, i) =>
      sum(
        i + 1,
        columns.map((c) => matrix(measure, c)),
        `options:${measure}:${key}`,
        measure === "count" ? NUMBER_FORMATS.count : NUMBER_FORMATS.money,
      ),
    );
    row += 1;
  };
  for (const cost of COST_CLASSES) optionRow(cost.name, [`${cost.id}_implemented`, `${cost.id}_pending`], cost.id);
  for (const group of MATRIX_GROUPS) optionRow(group.name, [group.id], group.id);
  for (const level of OPTION_LEVELS) optionRow(level.name, [`level_${level.id}`], `level_${level.id}`);
  optionRow(TEXT.all, ["all"], "all");

  heading(TEXT.savings);
  for (const saving of SAVINGS) {
    label(saving.text);
    sum(1, [matrix(saving.row, "all")], `saving:${saving.row}`, NUMBER_FORMATS.amount);
    b.text(row, 2, "unit", saving.unit);
    row += 1;
  }

  heading(TEXT.targets, [TEXT.met, TEXT.assessed]);
  label(TEXT.targets);
  figure(1, { template: "targets", name: "GREEN_TGT_MET_COUNT" }, NUMBER_FORMATS.count);
  figure(2, { template: "targets", name: "GREEN_TGT_ASSESSED_COUNT" }, NUMBER_FORMATS.count);

  b.region("summary", 0, 0, row, LAST);
  b.columnWidths(COLUMNS);
  row += 1;
  // the table fills the first page: the charts print on a second page, at full size (docs/templates.md#charts)
  b.pageBreakBefore(row);
  b.text(row, 0, "header", TEXT.charts);
  b.merge(row, 0, row, LAST);
  drawCharts(b, row + 1, scoresHeader, optionsHeader, options.years[3]);
  return b.build();
}

/**
 * The summary's charts, each over the summary's own cells (docs/templates.md#charts): the total and the six group
 * scores over the three years (a line each), the groups of the last year (bars), and the options counted by cost
 * class (columns) and by type (bars). Three bands below `top`: the trend across the page, the groups and the cost
 * classes side by side, the types across the page.
 */
function drawCharts(b: SheetBuilder, top: number, scoresHeader: number, optionsHeader: number, lastYear: number) {
  const groups = INDICATOR_GROUPS.length;
  const [total, firstGroup, lastGroup] = [scoresHeader + 1, scoresHeader + 2, scoresHeader + 1 + groups];
  const years = rangeAddress(scoresHeader, 1, scoresHeader, 3);
  const pair = top + CHART_ROWS.wide;
  const last = pair + CHART_ROWS.pair;
  b.chart({
    name: `${CHART_NAME_PREFIX}scores`,
    kind: "line",
    title: b.t(TEXT.trendChart),
    categories: years,
    series: [total, ...Array.from({ length: groups }, (_, i) => firstGroup + i)].map((r) => ({
      name: cellAddress(r, 0),
      values: rangeAddress(r, 1, r, 3),
    })),
    at: rangeAddress(top, 0, pair - 1, LAST),
    legend: true,
    valueLabels: false,
  });
  b.chart({
    name: `${CHART_NAME_PREFIX}groups`,
    kind: "bar",
    title: b.t(groupsChartTitle(lastYear)),
    categories: rangeAddress(firstGroup, 0, lastGroup, 0),
    series: [{ name: cellAddress(scoresHeader, 3), values: rangeAddress(firstGroup, 3, lastGroup, 3) }],
    at: rangeAddress(pair, 0, last - 1, 1),
    legend: false,
    valueLabels: false,
  });
  // the option rows: the cost classes first, then the types (buildSummary)
  const lastCost = optionsHeader + COST_CLASSES.length;
  const costs = { first: optionsHeader + 1, to: lastCost };
  const types = { first: lastCost + 1, to: lastCost + MATRIX_GROUPS.length };
  const optionChart = (id: string, kind: "column" | "bar", title: Text, rows: typeof costs, at: string) =>
    b.chart({
      name: `${CHART_NAME_PREFIX}${id}`,
      kind,
      title: b.t(title),
      categories: rangeAddress(rows.first, 0, rows.to, 0),
      series: [{ name: cellAddress(optionsHeader, 1), values: rangeAddress(rows.first, 1, rows.to, 1) }],
      at,
      legend: false,
      valueLabels: true,
    });
  optionChart("cost", "column", TEXT.costChart, costs, rangeAddress(pair, 2, last - 1, LAST));
  optionChart("types", "bar", TEXT.typeChart, types, rangeAddress(last, 0, last + CHART_ROWS.last - 1, LAST));
}

export const summaryTemplate: TemplateSpec = {
  id: "summary",
  sheetName: TEXT.sheet,
  purpose: {
    zh: "一页诊断结论：基础性要求与低碳管理结论、近三年总分与分组得分及趋势、协同等级、工作组与计划、方案与效益、目标完成，均为引用其他工作表的公式；另一页为得分趋势、各组得分与方案数的图表",
    en: "The one-page result: basic-requirements and low-carbon verdicts, three-year total and group scores with their trend, synergy grade, team and plan, options and benefits, targets met — all formulas over the other sheets; a second page of charts: the score trend, the groups and the options",
  },
  source: cite(BEIJING_GUIDE, { zh: "附件2-1-1、附件2-1-2", en: "Annexes 2-1-1 and 2-1-2" }),
  reads: [],
  importable: false,
  build: buildSummary,
};
