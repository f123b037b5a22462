/**
 * 诊断结论 / Diagnosis summary (docs/templates.md#diagnosis-summary): the one-page result a report opens with — park and
 * years, the basic-requirements and low-carbon verdicts, the three-year total and group scores with their trend, the
 * synergy grade, the team and plan checks, the options by cost class, type group and level with investment and
 * benefit, key savings and the targets met. Every figure is a formula over another sheet's defined name; a sheet
 * not in the workbook shows 未插入 (the formula's IFERROR catches the missing name). The table's two blocks side by
 * side and its four charts below them print on one A4 page, fitted to it at a scale that keeps every text at 8 pt
 * or more (docs/templates.md#diagnosis-summary).
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
import { builtPlan } from "../builtPlans";
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
    zh: "各项均为引用其他工作表的公式，随其更新；工作簿中没有的工作表显示“未插入”。方案与效益含已实施与待实施方案。",
    en: "Every figure is a formula over the other sheets and follows them; a sheet not in the workbook shows “not inserted”. Options and benefits count those implemented and pending.",
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
  plan: { zh: "工作计划（起止、天数）", en: "Work plan (start, end, days)" },
  options: { zh: "六、清洁生产方案", en: "6 Cleaner-production options" },
  count: { zh: "方案数", en: "Options" },
  investment: { zh: "投资（万元）", en: "Investment (10⁴ yuan)" },
  benefit: { zh: "经济效益（万元/a）", en: "Benefit (10⁴ yuan/a)" },
  all: { zh: "合计", en: "Total" },
  savings: { zh: "七、方案效益", en: "7 Option benefits" },
  targets: { zh: "八、目标完成", en: "8 Targets" },
  targetItems: { zh: "目标", en: "Targets" },
  met: { zh: "达标项数", en: "Met" },
  assessed: { zh: "评估项数", en: "Assessed" },
  improved: { zh: "改善", en: "improved" },
  unchanged: { zh: "持平", en: "unchanged" },
  worse: { zh: "退步", en: "worse" },
  trendChart: { zh: "近三年评价得分（总分与各组）", en: "Scores over the three years (total and groups)" },
  costChart: { zh: "方案数（按费用类别）", en: "Options by cost class" },
  typeChart: { zh: "方案数（按方案类型）", en: "Options by type" },
} as const;

/** The title of the last year's group profile. */
const groupsChartTitle = (year: number): Text => ({ zh: `${year}年各组得分`, en: `Group scores in ${year}` });

/** Rows of each band of two charts below the table (of 15 pt each). */
const CHART_ROWS = 15;

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

/**
 * Column widths (characters): the left block's labels, three years and the trend; a gap; the right block's labels,
 * count, investment and benefit. English labels are longer.
 */
const COLUMNS = {
  "zh-CN": [24, 10, 10, 10, 7, 2, 19, 8, 14, 12],
  "en-US": [30, 10, 10, 10, 9, 2, 22, 8, 12, 12],
} as const;

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
  /** each sheet's named cells by name, from the plan the workbook (or the review) builds of it, looked up once */
  private readonly named = new Map<TemplateId, ReadonlyMap<string, SheetPlan["cells"][number]> | undefined>();
  constructor(private readonly options: TemplateOptions) {}

  present(id: TemplateId): boolean {
    return this.options.present === undefined || this.options.present.includes(id);
  }

  /** The value a named cell shows (its cached result or its input), "" when empty; undefined when absent. */
  value(ref: Ref): CellValue | undefined {
    if (!this.present(ref.template)) return undefined;
    if (!this.named.has(ref.template)) {
      const spec = READ[ref.template];
      this.named.set(ref.template, spec && namedCells(builtPlan(spec, this.options)));
    }
    const cell = this.named.get(ref.template)?.get(`${ref.name}${this.options.nameSuffix}`);
    const v = cell ? (cell.formula !== undefined ? cell.cached : cell.value) : null;
    return v === null || v === undefined ? "" : v;
  }
}

/** A plan's named cells (the top-left cell of each name's range) by name: one pass over its names and cells. */
function namedCells(plan: SheetPlan): ReadonlyMap<string, SheetPlan["cells"][number]> {
  const where = new Map<string, string>();
  for (const n of plan.names) {
    const r = parseRange(n.range);
    if (r) where.set(n.name, `${r.top}:${r.left}`);
  }
  const wanted = new Set(where.values());
  const byPlace = new Map<string, SheetPlan["cells"][number]>();
  for (const c of plan.cells) {
    const place = `${c.row}:${c.col}`;
    if (wanted.has(place) && !byPlace.has(place)) byPlace.set(place, c);
  }
  const cells = new Map<string, SheetPlan["cells"][number]>();
  for (const [name, place] of where) {
    const cell = byPlace.get(place);
    if (cell) cells.set(name, cell);
  }
  return cells;
}

/** The columns of the two blocks side by side: the diagnosis at the left, the options at the right, a gap between. */
const LEFT = { label: 0, years: [1, 2, 3], trend: 4, last: 4 } as const;
const RIGHT = { first: 6, label: 6, count: 7, investment: 8, benefit: 9, last: 9 } as const;
const LAST = RIGHT.last;

export function buildSummary(options: TemplateOptions) {
  const b = new SheetBuilder("summary", TEXT.sheet, options);
  const sources = new Sources(options);
  const missing = b.t(TEXT.missing);
  const full = (ref: Ref) => `${ref.name}${options.nameSuffix}`;

  /** One named figure: shown as it is, "" for an empty cell, 未插入 when its sheet is missing. */
  const figure = (row: number, col: number, ref: Ref, numberFormat?: string): CellValue => {
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
  const sum = (row: number, col: number, refs: readonly Ref[], key: string, numberFormat: string) => {
    const values = refs.map((r) => sources.value(r));
    const cached = values.some((v) => v === undefined)
      ? missing
      : values.reduce<number>((s, v) => s + (typeof v === "number" ? v : 0), 0);
    b.computed(row, col, `IFERROR(SUM(${refs.map(full).join(",")}),${excelString(missing)})`, cached, {
      key,
      numberFormat,
    });
  };
  /** A section's heading over a block's columns, with the column headings when it has any. */
  const heading = (
    row: number,
    block: { label: number; last: number },
    text: Text,
    columns: readonly (Text | string)[] = [],
  ) => {
    b.text(row, block.label, "header", text);
    for (let col = block.label + 1; col <= block.last; col++)
      b.text(row, col, "header", columns[col - block.label - 1] ?? "");
    if (columns.length === 0) b.merge(row, block.label, row, block.last);
  };
  const yearWords = EVALUATION_YEARS.map((k) =>
    options.lang === "zh-CN" ? `${options.years[k]}年` : String(options.years[k]),
  );

  b.text(0, 0, "title", options.parkName ? `${b.t(TEXT.title)} — ${options.parkName}` : b.t(TEXT.title));
  b.text(1, 0, "note", TEXT.source);
  b.merge(1, 0, 1, LAST);

  // the left block: the park, the verdicts, the scores with their trend, the synergy grade, the team and plan
  let row = 2;
  const left = (text: Text | string) => b.text(row, LEFT.label, "label", text);
  heading(row++, LEFT, TEXT.identity);
  left(TEXT.park);
  figure(row, 1, { template: "data", name: "GREEN_PARK_NAME" });
  b.merge(row, 1, row, LEFT.last);
  row += 1;
  left(TEXT.years);
  const base = options.lang === "zh-CN" ? `（基准年 ${options.years[0]}）` : ` (base year ${options.years[0]})`;
  b.text(
    row,
    1,
    "label",
    `${EVALUATION_YEARS.map((k) => options.years[k]).join(options.lang === "zh-CN" ? "、" : ", ")}${base}`,
  );
  b.merge(row, 1, row, LEFT.last);
  row += 1;

  heading(row++, LEFT, TEXT.verdicts);
  for (const [text, ref] of [
    [TEXT.basic, { template: "basic", name: "GREEN_BASIC_OVERALL" }],
    [TEXT.lowcarbon, { template: "lowcarbon", name: "GREEN_LOWCARBON_OVERALL" }],
  ] as const) {
    left(text);
    figure(row, 1, ref);
    b.merge(row, 1, row, LEFT.last);
    row += 1;
  }

  const scoresHeader = row;
  heading(row++, LEFT, TEXT.scores, [...yearWords, TEXT.trend]);
  const scoreRow = (text: Text, name: (k: number) => string, key: string) => {
    left(text);
    const values = EVALUATION_YEARS.map((k) => figure(row, k, { template: "indicators", name: name(k) }, "0.00"));
    const [first, last] = [cellAddress(row, 1), cellAddress(row, 3)];
    const words = [TEXT.unchanged, TEXT.improved, TEXT.worse].map((t) => excelString(b.t(t)));
    const trend = indicatorTrend("up", values[0], values[2]);
    b.computed(
      row,
      LEFT.trend,
      `IF(AND(ISNUMBER(${first}),ISNUMBER(${last})),IF(${last}=${first},${words[0]},IF(${last}>${first},${words[1]},${words[2]})),"")`,
      trend.ok ? b.t(TEXT[trend.value]) : "",
      { key: `trend:${key}` },
    );
    row += 1;
  };
  scoreRow(TEXT.total, (k) => `GREEN_TOTAL_Y${k}`, "total");
  for (const group of INDICATOR_GROUPS) scoreRow(group.name, (k) => `GREEN_GROUP_${group.id}_Y${k}`, group.id);

  heading(row++, LEFT, TEXT.synergy, yearWords);
  left(TEXT.grade);
  for (const k of EVALUATION_YEARS) figure(row, k, { template: "synergy", name: `GREEN_SYNERGY_GRADE_Y${k}` });
  row += 1;

  heading(row++, LEFT, TEXT.checks);
  left(TEXT.team);
  figure(row, 1, { template: "team", name: "GREEN_TEAM_CHECK" });
  row += 1;
  left(TEXT.auditTeam);
  figure(row, 1, { template: "team", name: "GREEN_AUDIT_TEAM_CHECK" });
  row += 1;
  left(TEXT.plan);
  figure(row, 1, { template: "plan", name: "GREEN_PLAN_START" }, "yyyy-mm-dd");
  figure(row, 2, { template: "plan", name: "GREEN_PLAN_END" }, "yyyy-mm-dd");
  figure(row, 3, { template: "plan", name: "GREEN_PLAN_DAYS" }, "0");
  const leftEnd = row;

  // the right block: the options by cost class, type and level, their benefits, the targets
  row = 2;
  const right = (text: Text | string) => b.text(row, RIGHT.label, "label", text);
  const optionsHeader = row;
  heading(row++, RIGHT, TEXT.options, [TEXT.count, TEXT.investment, TEXT.benefit]);
  const matrix = (r: string, column: string): Ref => ({ template: "matrix", name: matrixCellName(r, column, "") });
  const optionRow = (text: Text, columns: readonly string[], key: string) => {
    right(text);
    (["count", "investment", "benefit"] as const).forEach((measure) =>
      sum(
        row,
        RIGHT[measure],
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

  heading(row++, RIGHT, TEXT.savings);
  for (const saving of SAVINGS) {
    right(saving.text);
    sum(row, RIGHT.count, [matrix(saving.row, "all")], `saving:${saving.row}`, NUMBER_FORMATS.amount);
    b.merge(row, RIGHT.count, row, RIGHT.investment);
    b.text(row, RIGHT.benefit, "unit", saving.unit);
    row += 1;
  }

  heading(row++, RIGHT, TEXT.targets, ["", TEXT.met, TEXT.assessed]);
  right(TEXT.targetItems);
  figure(row, RIGHT.investment, { template: "targets", name: "GREEN_TGT_MET_COUNT" }, NUMBER_FORMATS.count);
  figure(row, RIGHT.benefit, { template: "targets", name: "GREEN_TGT_ASSESSED_COUNT" }, NUMBER_FORMATS.count);

  const tableEnd = Math.max(leftEnd, row);
  b.region("summary", 0, 0, tableEnd, LAST);
  b.columnWidths(COLUMNS[options.lang]);
  // the whole summary, its charts below the table, on one A4 page (docs/templates.md#diagnosis-summary)
  b.printOnOnePage();
  drawCharts(b, tableEnd + 2, scoresHeader, optionsHeader, options.years[3]);
  return b.build();
}

/**
 * The summary's charts, each over the summary's own cells (docs/templates.md#charts), two by two below the table,
 * each pair as wide as the blocks above it: the total and the six group scores over the three years (a line each)
 * beside the groups of the last year (bars); the options counted by type (bars) beside those by cost class
 * (columns).
 */
function drawCharts(b: SheetBuilder, top: number, scoresHeader: number, optionsHeader: number, lastYear: number) {
  const groups = INDICATOR_GROUPS.length;
  const [total, firstGroup, lastGroup] = [scoresHeader + 1, scoresHeader + 2, scoresHeader + 1 + groups];
  const years = rangeAddress(scoresHeader, 1, scoresHeader, 3);
  const lower = top + CHART_ROWS;
  const at = (band: number, block: { label: number; last: number }) =>
    rangeAddress(band, block.label, band + CHART_ROWS - 1, block.last);
  b.chart({
    name: `${CHART_NAME_PREFIX}scores`,
    kind: "line",
    title: b.t(TEXT.trendChart),
    categories: years,
    series: [total, ...Array.from({ length: groups }, (_, i) => firstGroup + i)].map((r) => ({
      name: cellAddress(r, 0),
      values: rangeAddress(r, 1, r, 3),
    })),
    at: at(top, LEFT),
    legend: true,
    valueLabels: false,
  });
  b.chart({
    name: `${CHART_NAME_PREFIX}groups`,
    kind: "bar",
    title: b.t(groupsChartTitle(lastYear)),
    categories: rangeAddress(firstGroup, 0, lastGroup, 0),
    series: [{ name: cellAddress(scoresHeader, 3), values: rangeAddress(firstGroup, 3, lastGroup, 3) }],
    at: at(top, RIGHT),
    legend: false,
    valueLabels: false,
  });
  // the option rows: the cost classes first, then the types (buildSummary)
  const lastCost = optionsHeader + COST_CLASSES.length;
  const costs = { first: optionsHeader + 1, to: lastCost };
  const types = { first: lastCost + 1, to: lastCost + MATRIX_GROUPS.length };
  const [label, count] = [RIGHT.label, RIGHT.count];
  const optionChart = (id: string, kind: "column" | "bar", title: Text, rows: typeof costs, place: string) =>
    b.chart({
      name: `${CHART_NAME_PREFIX}${id}`,
      kind,
      title: b.t(title),
      categories: rangeAddress(rows.first, label, rows.to, label),
      series: [{ name: cellAddress(optionsHeader, count), values: rangeAddress(rows.first, count, rows.to, count) }],
      at: place,
      legend: false,
      valueLabels: true,
    });
  optionChart("cost", "column", TEXT.costChart, costs, at(lower, RIGHT));
  optionChart("types", "bar", TEXT.typeChart, types, at(lower, LEFT));
}

export const summaryTemplate: TemplateSpec = {
  id: "summary",
  sheetName: TEXT.sheet,
  purpose: {
    zh: "一页诊断结论：基础性要求与低碳管理结论、近三年总分与分组得分及趋势、协同等级、工作组与计划、方案与效益、目标完成，均为引用其他工作表的公式；同页附得分趋势、各组得分与方案数的图表",
    en: "The one-page result: basic-requirements and low-carbon verdicts, three-year total and group scores with their trend, synergy grade, team and plan, options and benefits, targets met — all formulas over the other sheets; on the same page, charts of the score trend, the groups and the options",
  },
  source: cite(BEIJING_GUIDE, { zh: "附件2-1-1、附件2-1-2", en: "Annexes 2-1-1 and 2-1-2" }),
  reads: [],
  importable: false,
  build: buildSummary,
};
