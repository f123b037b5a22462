/**
 * 工作计划 / Work plan (docs/templates.md `plan`): the audit work-plan table of T/CPPC《工业园区清洁生产审核指南》5.1.3 ("该表应包括审核过程的
 * 所有主要工作，包括这些工作的序号、内容、进度、负责人姓名、参与部门名称、参与人姓名以及各项工作的产出"), with each
 * task's duration and the span of the whole plan. Without `options.rows.plan` the table starts with the
 * tasks of the five audit phases of T/CPPC《工业园区清洁生产审核指南》5 (5.1–5.5, headings verbatim) and the report of §6, dates
 * left for the team to fill in.
 */
import { textOf } from "../../text";
import { BEIJING_GUIDE, PARK_AUDIT_GUIDE, cite, citeAll } from "../../catalog";
import type { Text } from "../../catalog";
import { dateSerial, earliestDate, latestDate, taskDays } from "../../calc/workPlan";
import { cellAddress, rangeAddress } from "../a1";
import { SheetBuilder } from "../builder";
import type { TemplateOptions } from "../context";
import type { TemplateSpec } from "../registry";
import type { CellValue } from "../sheetPlan";
import { LABELS } from "../labels";
import { HIGHLIGHT } from "../styles";
import { diagnosisDefaults, diagnosisPlan } from "./diagnosisPlan";

const TEXT = {
  sheet: { zh: "工作计划", en: "Work plan" },
  title: { zh: "清洁生产审核工作计划表", en: "Cleaner-production audit work plan" },
  source: {
    zh: `依据：${PARK_AUDIT_GUIDE.zh}5.1.3：该表应包括审核过程的所有主要工作，包括这些工作的序号、内容、进度、负责人姓名、参与部门名称、参与人姓名以及各项工作的产出等。`,
    en: `Source: ${PARK_AUDIT_GUIDE.en}, 5.1.3: the plan lists every main task of the audit with its number, content, schedule, person in charge, departments, participants and output.`,
  },
  defaults: {
    zh: "预填的工作内容为指南第5章五个审核阶段及第6章报告编制的主要工作，可按园区实际增删；工期含首尾两天。",
    en: "The prefilled tasks are the main tasks of the guide's five audit phases (chapter 5) and the report (chapter 6); add or remove as the park needs. Durations count both the first and the last day.",
  },
  phase: { zh: "审核阶段", en: "Phase" },
  task: { zh: "工作内容", en: "Task" },
  start: { zh: "开始日期", en: "Start" },
  end: { zh: "结束日期", en: "End" },
  days: { zh: "工期（天）", en: "Days" },
  owner: { zh: "负责人", en: "Person in charge" },
  departments: { zh: "参与部门", en: "Departments" },
  participants: { zh: "参与人", en: "Participants" },
  output: { zh: "产出", en: "Output" },
  planStart: { zh: "计划开始", en: "Plan starts" },
  planEnd: { zh: "计划结束", en: "Plan ends" },
  planDays: { zh: "总工期（天）", en: "Total days" },
  dateTitle: { zh: "日期", en: "Date" },
  datePrompt: {
    zh: "请输入日期，如 2024-03-01；结束日期不应早于开始日期。",
    en: "Enter a date, e.g. 2024-03-01; the end must not be before the start.",
  },
  dateError: { zh: "须为日期。", en: "Must be a date." },
  phasePrompt: { zh: "请选择审核阶段。", en: "Choose the audit phase." },
  phaseError: { zh: "请从下拉列表中选择审核阶段。", en: "Choose a phase from the list." },
  invalid: { zh: "输入无效", en: "Invalid entry" },
  endBeforeStart: {
    zh: "结束日期早于开始日期的行以红色标出，其工期不计算。",
    en: "Rows whose end is before their start are shown in red and get no duration.",
  },
} as const;

/** T/CPPC《工业园区清洁生产审核指南》5 (five phases) and §6 (the report). */
const PHASES = {
  planning: { zh: "筹划和组织", en: "Planning and organisation" },
  preliminary: { zh: "初步审核", en: "Preliminary audit" },
  focused: { zh: "重点审核", en: "Focused audit" },
  options: { zh: "方案产生和筛选", en: "Option generation and screening" },
  conclusions: { zh: "结论和建议", en: "Conclusions and recommendations" },
  report: { zh: "审核报告编制", en: "Audit report" },
} as const satisfies Record<string, Text>;

interface DefaultTask {
  readonly phase: keyof typeof PHASES;
  readonly task: Text;
  /** named by the document where it says what the task produces */
  readonly output?: Text;
}

/** The tasks of T/CPPC《工业园区清洁生产审核指南》5.1.1–5.5.2 and §6 (headings verbatim). */
const DEFAULT_TASKS: readonly DefaultTask[] = [
  { phase: "planning", task: { zh: "取得领导支持", en: "Win the management's support" } },
  {
    phase: "planning",
    task: { zh: "组建审核小组", en: "Form the audit team" },
    output: { zh: "审核小组成员表", en: "Audit team table" },
  },
  {
    phase: "planning",
    task: { zh: "制定工作计划", en: "Draw up the work plan" },
    output: { zh: "审核工作计划表", en: "Audit work plan" },
  },
  { phase: "planning", task: { zh: "开展宣传教育", en: "Publicity and training" } },
  { phase: "preliminary", task: { zh: "园区现状调查", en: "Survey of the park's current state" } },
  { phase: "preliminary", task: { zh: "清洁生产水平评价", en: "Assessment of the cleaner-production level" } },
  {
    phase: "preliminary",
    task: { zh: "确定审核重点", en: "Choose the audit focus" },
    output: { zh: "审核重点", en: "Audit focus" },
  },
  {
    phase: "preliminary",
    task: { zh: "设置清洁生产目标", en: "Set cleaner-production targets" },
    output: { zh: "清洁生产目标", en: "Cleaner-production targets" },
  },
  { phase: "focused", task: { zh: "审核重点现状分析", en: "Analysis of the audit focus" } },
  { phase: "focused", task: { zh: "主要问题及原因分析", en: "Main problems and their causes" } },
  {
    phase: "focused",
    task: { zh: "提出清洁生产建议", en: "Propose cleaner-production measures" },
    output: { zh: "清洁生产建议", en: "Cleaner-production proposals" },
  },
  {
    phase: "options",
    task: { zh: "产生和汇总方案", en: "Generate and collect options" },
    output: { zh: "清洁生产方案汇总表", en: "Option list" },
  },
  {
    phase: "options",
    task: { zh: "筛选方案", en: "Screen the options" },
    output: { zh: "可行的清洁生产方案", en: "Feasible options" },
  },
  { phase: "conclusions", task: { zh: "结论", en: "Conclusions" } },
  {
    phase: "conclusions",
    task: { zh: "建议", en: "Recommendations" },
    output: { zh: "持续清洁生产工作计划", en: "Plan for continued cleaner production" },
  },
  {
    phase: "report",
    task: { zh: "编写清洁生产审核报告", en: "Write the cleaner-production audit report" },
    output: { zh: "清洁生产审核报告", en: "Audit report" },
  },
];

/** Input rows (fixed capacity; `options.rows.plan` fills them from the top). */
export const PLAN_ROWS = 30;
/** Column of each key of `options.rows.plan`; `start` and `end` take date serials or "YYYY-MM-DD". */
export const PLAN_COLUMNS = {
  phase: 1,
  task: 2,
  start: 3,
  end: 4,
  owner: 6,
  departments: 7,
  participants: 8,
  output: 9,
} as const;
type PlanKey = keyof typeof PLAN_COLUMNS;
const DAYS_COL = 5;

const HEADERS: Readonly<Record<PlanKey, Text>> = {
  phase: TEXT.phase,
  task: TEXT.task,
  start: TEXT.start,
  end: TEXT.end,
  owner: TEXT.owner,
  departments: TEXT.departments,
  participants: TEXT.participants,
  output: TEXT.output,
};
const WIDTHS = [6, 16, 30, 12, 12, 9, 12, 18, 20, 24];
const HEADER_ROW = 5;
const FIRST_ROW = HEADER_ROW + 1;
const DATE_FORMAT = "yyyy-mm-dd";

function defaultRows(options: TemplateOptions): readonly Readonly<Record<string, CellValue>>[] {
  const t = (text: Text) => textOf(text, options.lang);
  const diagnosis = diagnosisDefaults(options.lang);
  return DEFAULT_TASKS.map((d, i) => ({
    phase: t(PHASES[d.phase]),
    task: t(d.task),
    output: d.output ? t(d.output) : null,
    ...diagnosis[i],
  }));
}

/** A date cell's value: a date serial when the given value is one or an ISO date, else as given. */
function dateValue(x: CellValue | undefined): CellValue {
  if (x === undefined || x === null || x === "") return null;
  const serial = dateSerial(x);
  return serial.ok ? serial.value : x;
}

export function buildPlan(options: TemplateOptions) {
  const b = new SheetBuilder("plan", TEXT.sheet, options);
  b.text(0, 0, "title", options.parkName ? `${b.t(TEXT.title)} — ${options.parkName}` : b.t(TEXT.title));
  b.text(1, 0, "note", TEXT.source);
  b.text(2, 0, "note", TEXT.defaults);
  b.text(3, 0, "note", LABELS.inputHint);
  // notes span the table: a wrapped note in the narrow first column would be cut off
  for (const row of [1, 2, 3]) b.merge(row, 0, row, WIDTHS.length - 1);
  b.text(HEADER_ROW, 0, "header", LABELS.no);
  for (const [key, col] of Object.entries(PLAN_COLUMNS) as [PlanKey, number][])
    b.text(HEADER_ROW, col, "header", HEADERS[key]);
  b.text(HEADER_ROW, DAYS_COL, "header", TEXT.days);

  const given = options.rows?.plan ?? defaultRows(options);
  const last = FIRST_ROW + PLAN_ROWS - 1;
  const starts: CellValue[] = [];
  const ends: CellValue[] = [];
  for (let i = 0; i < PLAN_ROWS; i++) {
    const row = FIRST_ROW + i;
    const values = given[i] ?? {};
    b.text(row, 0, "label", i + 1);
    for (const [key, col] of Object.entries(PLAN_COLUMNS) as [PlanKey, number][]) {
      const date = key === "start" || key === "end";
      const v = date ? dateValue(values[key]) : (values[key] ?? null);
      b.input(row, col, v, { key: `${key}:${i + 1}`, ...(date ? { numberFormat: DATE_FORMAT } : {}) });
      if (key === "start") starts.push(v);
      if (key === "end") ends.push(v);
    }
    const s = cellAddress(row, PLAN_COLUMNS.start);
    const e = cellAddress(row, PLAN_COLUMNS.end);
    const days = taskDays(starts[i], ends[i]);
    b.computed(
      row,
      DAYS_COL,
      `IF(AND(ISNUMBER(${s}),ISNUMBER(${e})),IF(${e}>=${s},${e}-${s}+1,""),"")`,
      days.ok ? days.value : "",
      {
        key: `days:${i + 1}`,
        numberFormat: "0",
      },
    );
  }

  // the span of the plan: earliest start, latest end, total calendar days
  const spanRow = last + 2;
  const startRange = rangeAddress(FIRST_ROW, PLAN_COLUMNS.start, last, PLAN_COLUMNS.start);
  const endRange = rangeAddress(FIRST_ROW, PLAN_COLUMNS.end, last, PLAN_COLUMNS.end);
  const first = earliestDate(starts);
  const final = latestDate(ends);
  const total = first.ok && final.ok ? taskDays(first.value, final.value) : undefined;
  const suffix = options.nameSuffix;
  const spanCell = (col: number) => cellAddress(spanRow + 1, col);
  b.text(spanRow, PLAN_COLUMNS.start, "header", TEXT.planStart);
  b.text(spanRow, PLAN_COLUMNS.end, "header", TEXT.planEnd);
  b.text(spanRow, DAYS_COL, "header", TEXT.planDays);
  b.computed(
    spanRow + 1,
    PLAN_COLUMNS.start,
    `IF(COUNT(${startRange})=0,"",MIN(${startRange}))`,
    first.ok ? first.value : "",
    {
      role: "total",
      key: "plan-start",
      numberFormat: DATE_FORMAT,
      name: `GREEN_PLAN_START${suffix}`,
    },
  );
  b.computed(
    spanRow + 1,
    PLAN_COLUMNS.end,
    `IF(COUNT(${endRange})=0,"",MAX(${endRange}))`,
    final.ok ? final.value : "",
    {
      role: "total",
      key: "plan-end",
      numberFormat: DATE_FORMAT,
      name: `GREEN_PLAN_END${suffix}`,
    },
  );
  const s = spanCell(PLAN_COLUMNS.start);
  const e = spanCell(PLAN_COLUMNS.end);
  b.computed(
    spanRow + 1,
    DAYS_COL,
    `IF(AND(ISNUMBER(${s}),ISNUMBER(${e})),IF(${e}>=${s},${e}-${s}+1,""),"")`,
    total?.ok ? total.value : "",
    {
      role: "total",
      key: "plan-days",
      numberFormat: "0",
      name: `GREEN_PLAN_DAYS${suffix}`,
    },
  );
  b.text(spanRow + 3, 0, "note", TEXT.endBeforeStart);
  b.merge(spanRow + 3, 0, spanRow + 3, WIDTHS.length - 1);

  const invalid = b.t(TEXT.invalid);
  b.validate({
    range: rangeAddress(FIRST_ROW, PLAN_COLUMNS.start, last, PLAN_COLUMNS.end),
    rule: { kind: "date" },
    prompt: { title: b.t(TEXT.dateTitle), message: b.t(TEXT.datePrompt) },
    error: { title: invalid, message: b.t(TEXT.dateError) },
  });
  b.validate({
    range: rangeAddress(FIRST_ROW, PLAN_COLUMNS.phase, last, PLAN_COLUMNS.phase),
    rule: { kind: "list", items: Object.values(PHASES).map((p) => b.t(p)) },
    prompt: { title: b.t(TEXT.phase), message: b.t(TEXT.phasePrompt) },
    error: { title: invalid, message: b.t(TEXT.phaseError) },
  });
  // an end before its start (calc.taskDays refuses it)
  const startTop = cellAddress(FIRST_ROW, PLAN_COLUMNS.start);
  const endTop = cellAddress(FIRST_ROW, PLAN_COLUMNS.end);
  b.highlight({
    range: rangeAddress(FIRST_ROW, PLAN_COLUMNS.start, last, DAYS_COL),
    formula: `AND(ISNUMBER($${startTop}),ISNUMBER($${endTop}),$${endTop}<$${startTop})`,
    ...HIGHLIGHT.missingMandatory,
  });

  b.region("tasks", FIRST_ROW, 0, last, WIDTHS.length - 1);
  b.region("span", spanRow + 1, PLAN_COLUMNS.start, spanRow + 1, DAYS_COL);
  diagnosisPlan(b, spanRow + 5, given, WIDTHS.length);
  b.columnWidths(WIDTHS);
  b.freeze(FIRST_ROW, 0);
  b.printLandscape();
  return b.build({ columns: { ...PLAN_COLUMNS, days: DAYS_COL } });
}

export const planTemplate: TemplateSpec = {
  id: "plan",
  sheetName: TEXT.sheet,
  purpose: {
    zh: "审核工作计划表：序号、审核阶段、工作内容、起止日期、工期、负责人、参与部门、参与人、产出；绿色诊断工作计划（前期准备、诊断实施、报告编制提交），检查现场诊断不少于4个工作日、评价年份早于诊断实施年份",
    en: "Audit work plan: no., phase, task, start, end, duration, person in charge, departments, participants, output; the green-diagnosis plan (preparation, diagnosis, report), checked: at least 4 working days on site, evaluated years before the diagnosis year",
  },
  source: citeAll(
    cite(PARK_AUDIT_GUIDE, { zh: "5.1.3", en: "5.1.3" }),
    cite(BEIJING_GUIDE, { zh: "三（四）、四（三）1、附件2-1-2 注2", en: "3 (4), 4 (3) 1, Annex 2-1-2 note 2" }),
  ),
  reads: ["params"],
  importable: true,
  build: buildPlan,
};
