/**
 * The green-diagnosis work plan of 《北京市工业园区绿色诊断工作指南》 on the 工作计划 sheet (docs/templates.md#work-plan):
 * the tasks of its three phases (二（一）: 前期准备、诊断实施、报告编制提交; the tasks are the headings of 三、四、五)
 * with start, end and working days (三（四）: "明确诊断服务的主要内容、任务分工及进度要求"), each phase's span, and two
 * checks — the on-site diagnosis lasts at least the minimum of the parameter sheet (四（三）1: "不应少于4个工作日",
 * counted Monday to Friday as NETWORKDAYS counts them), and the evaluated years precede the year the diagnosis
 * is carried out (附件2-1-2 注2: "年份1至年份3原则上为绿色诊断实施年份的前三年").
 *
 * Inputs are keyed `diag:<column>:<n>` (n = the task's number), so `options.rows.plan` fills them.
 */
import { BEIJING_GUIDE, PARAMETER_IDS, parameterValue, type Text } from "../../catalog";
import { BASIC_ANSWER_TEXT } from "../../calc/basicRequirements";
import {
  dateSerial,
  earliestDate,
  latestDate,
  workingDays,
  yearOfSerial,
  yearsPrecedeDiagnosis,
} from "../../calc/workPlan";
import { cellAddress, rangeAddress } from "../a1";
import type { SheetBuilder } from "../builder";
import { excelString } from "../context";
import type { CellValue } from "../sheetPlan";
import { LABELS } from "../labels";
import { HIGHLIGHT } from "../styles";

const TEXT = {
  title: { zh: "绿色诊断工作计划", en: "Green-diagnosis work plan" },
  source: {
    zh: `依据：${BEIJING_GUIDE.zh}二（一）、三（四）：诊断分前期准备、诊断实施和报告编制提交三个阶段，工作计划明确主要内容、任务分工及进度要求；四（三）1：现场诊断不应少于4个工作日。`,
    en: `Source: ${BEIJING_GUIDE.en}, sections 2 (1) and 3 (4): preparation, diagnosis and report phases; the plan sets the main tasks, who does them and when; 4 (3) 1: the on-site diagnosis takes at least 4 working days.`,
  },
  workdayNote: {
    zh: "工作日按周一至周五计（同 NETWORKDAYS），未扣除法定节假日及调休；评价年份（年份1–年份3）原则上为诊断实施年份的前三年（附件2-1-2 注2）。",
    en: "Working days count Monday to Friday (as NETWORKDAYS does), public holidays not deducted; the evaluated years (years 1–3) are in principle the three years before the diagnosis (Annex 2-1-2, note 2).",
  },
  phase: { zh: "诊断阶段", en: "Phase" },
  task: { zh: "工作内容", en: "Task" },
  start: { zh: "开始日期", en: "Start" },
  end: { zh: "结束日期", en: "End" },
  workdays: { zh: "工作日", en: "Working days" },
  owner: { zh: "负责人", en: "Person in charge" },
  departments: { zh: "参与单位", en: "Organisations" },
  participants: { zh: "参与人（任务分工）", en: "Participants (division of tasks)" },
  output: { zh: "产出", en: "Output" },
  check: { zh: "检查", en: "Check" },
  actual: { zh: "实际", en: "Actual" },
  required: { zh: "要求", en: "Required" },
  verdict: { zh: "结论", en: "Verdict" },
  onsite: {
    zh: "现场诊断工作日（四（三）1：不应少于4个工作日）",
    en: "Working days on site (4 (3) 1: at least 4 working days)",
  },
  years: {
    zh: "诊断实施年份晚于评价年份3（附件2-1-2 注2）",
    en: "Diagnosis year after evaluation year 3 (Annex 2-1-2, note 2)",
  },
} as const satisfies Record<string, Text>;

/** The three phases of 二（一）. */
export const DIAGNOSIS_PHASES = {
  preparation: { zh: "前期准备", en: "Preparation" },
  diagnosis: { zh: "诊断实施", en: "Diagnosis" },
  report: { zh: "报告编制提交", en: "Report" },
} as const satisfies Record<string, Text>;
type Phase = keyof typeof DIAGNOSIS_PHASES;

interface DiagnosisTask {
  readonly phase: Phase;
  readonly task: Text;
  readonly output?: Text;
  /** the on-site diagnosis of 四（三）, whose working days are checked */
  readonly onsite?: true;
}

/** The tasks of 三（一）–（五）, 四（一）–（三）, 五（一）–（五） (headings verbatim). */
export const DIAGNOSIS_TASKS: readonly DiagnosisTask[] = [
  { phase: "preparation", task: { zh: "明确诊断任务", en: "Define the diagnosis task" } },
  {
    phase: "preparation",
    task: { zh: "组建诊断工作组", en: "Form the diagnosis work group" },
    output: { zh: "绿色诊断工作组成员表", en: "Work-group member table" },
  },
  { phase: "preparation", task: { zh: "确定诊断依据", en: "Set the basis of the diagnosis" } },
  {
    phase: "preparation",
    task: { zh: "编制工作计划", en: "Draw up the work plan" },
    output: { zh: "绿色诊断工作计划", en: "Diagnosis work plan" },
  },
  {
    phase: "preparation",
    task: { zh: "提交保密承诺书", en: "Submit the confidentiality undertaking" },
    output: { zh: "保密承诺书", en: "Confidentiality undertaking" },
  },
  { phase: "diagnosis", task: { zh: "动员与对接", en: "Mobilisation and liaison" } },
  { phase: "diagnosis", task: { zh: "收集相关资料", en: "Collect the documents" } },
  {
    phase: "diagnosis",
    task: { zh: "实施园区绿色诊断（现场诊断）", en: "Carry out the green diagnosis (on site)" },
    onsite: true,
  },
  {
    phase: "report",
    task: { zh: "汇总诊断结果", en: "Compile the results" },
    output: { zh: "基础性要求诊断表、评价表", en: "Basic-requirements table, evaluation table" },
  },
  { phase: "report", task: { zh: "分析绿色化提升潜力", en: "Analyse the potential" } },
  {
    phase: "report",
    task: { zh: "提出绿色化改造建议", en: "Propose green upgrades" },
    output: { zh: "绿色化改造提升建议", en: "Improvement suggestions" },
  },
  {
    phase: "report",
    task: { zh: "向园区反馈诊断情况", en: "Feed the results back to the park" },
    output: { zh: "绿色诊断评估工作确认单", en: "Confirmation of the diagnosis" },
  },
  {
    phase: "report",
    task: { zh: "提交诊断报告", en: "Submit the report" },
    output: { zh: "工业园区绿色诊断评估报告", en: "Green-diagnosis report of the park" },
  },
];

/** Input columns of a task row, as on the audit table above; the working days are in column F. */
export const DIAGNOSIS_COLUMNS = { start: 3, end: 4, owner: 6, departments: 7, participants: 8, output: 9 } as const;
type Key = keyof typeof DIAGNOSIS_COLUMNS;
const WORKDAYS_COL = 5;
const ACTUAL_COL = 3;
const REQUIRED_COL = 4;
const VERDICT_COL = 5;
const GOOD_FILL = "#C6EFCE";
const GOOD_FONT = "#006100";

/** The key of a diagnosis-plan input: `diag:<column>:<n>`. */
export const diagnosisKey = (column: Key, n: number): string => `diag:${column}:${n}`;

/** The default rows' diagnosis inputs (the outputs the guideline names), merged into row n − 1 of the plan. */
export function diagnosisDefaults(lang: "zh-CN" | "en-US"): readonly Readonly<Record<string, CellValue>>[] {
  return DIAGNOSIS_TASKS.map((d): Readonly<Record<string, CellValue>> =>
    d.output ? { "diag:output": lang === "zh-CN" ? d.output.zh : d.output.en } : {},
  );
}

function dateValue(x: CellValue | undefined): CellValue {
  if (x === undefined || x === null || x === "") return null;
  const serial = dateSerial(x);
  return serial.ok ? serial.value : x;
}

const workdaysFormula = (s: string, e: string) =>
  `IF(AND(ISNUMBER(${s}),ISNUMBER(${e})),IF(${e}>=${s},NETWORKDAYS(${s},${e}),""),"")`;

/** The minimum the parameter sheet holds: the value given for it, else the catalog's. */
function onsiteMinimum(b: SheetBuilder): number | null {
  const given = b.options.parameterValues?.[PARAMETER_IDS.diagnosisMinOnsiteDays];
  return typeof given === "number" ? given : parameterValue(PARAMETER_IDS.diagnosisMinOnsiteDays);
}

/**
 * The diagnosis plan from row `top` on, `given` the rows of `options.rows.plan`; `widths` the sheet's column
 * count for the notes. Returns the last row used.
 */
export function diagnosisPlan(
  b: SheetBuilder,
  top: number,
  given: readonly Readonly<Record<string, CellValue>>[],
  columns: number,
): number {
  const suffix = b.options.nameSuffix;
  b.text(top, 0, "title", TEXT.title);
  b.text(top + 1, 0, "note", TEXT.source);
  b.text(top + 2, 0, "note", TEXT.workdayNote);
  for (const row of [top + 1, top + 2]) b.merge(row, 0, row, columns - 1);
  const header = top + 3;
  b.text(header, 0, "header", LABELS.no);
  b.text(header, 1, "header", TEXT.phase);
  b.text(header, 2, "header", TEXT.task);
  for (const key of Object.keys(DIAGNOSIS_COLUMNS) as Key[])
    b.text(header, DIAGNOSIS_COLUMNS[key], "header", TEXT[key]);
  b.text(header, WORKDAYS_COL, "header", TEXT.workdays);

  const first = header + 1;
  const dates: { start: CellValue; end: CellValue }[] = [];
  DIAGNOSIS_TASKS.forEach((task, i) => {
    const row = first + i;
    const n = i + 1;
    const values = given[i] ?? {};
    b.text(row, 0, "label", n);
    b.text(row, 1, "label", DIAGNOSIS_PHASES[task.phase]);
    b.text(row, 2, "label", task.task);
    const at: Partial<Record<Key, CellValue>> = {};
    for (const key of Object.keys(DIAGNOSIS_COLUMNS) as Key[]) {
      const raw = values[`diag:${key}`];
      const date = key === "start" || key === "end";
      const v = date ? dateValue(raw) : (raw ?? null);
      at[key] = v;
      b.input(row, DIAGNOSIS_COLUMNS[key], v, {
        key: diagnosisKey(key, n),
        ...(date ? { numberFormat: "yyyy-mm-dd" } : {}),
      });
    }
    dates.push({ start: at.start ?? null, end: at.end ?? null });
    const days = workingDays(at.start, at.end);
    b.computed(
      row,
      WORKDAYS_COL,
      workdaysFormula(cellAddress(row, DIAGNOSIS_COLUMNS.start), cellAddress(row, DIAGNOSIS_COLUMNS.end)),
      days.ok ? days.value : "",
      {
        key: `diag:workdays:${n}`,
        numberFormat: "0",
        ...(task.onsite ? { name: `GREEN_PLAN_ONSITE_DAYS${suffix}` } : {}),
      },
    );
  });
  const last = first + DIAGNOSIS_TASKS.length - 1;
  const startCol = DIAGNOSIS_COLUMNS.start;
  const endCol = DIAGNOSIS_COLUMNS.end;
  b.validate({
    range: rangeAddress(first, startCol, last, endCol),
    rule: { kind: "date" },
    prompt: {
      title: b.t({ zh: "日期", en: "Date" }),
      message: b.t({
        zh: "请输入日期，如 2025-03-03；结束日期不应早于开始日期。",
        en: "Enter a date, e.g. 2025-03-03; the end must not be before the start.",
      }),
    },
    error: {
      title: b.t({ zh: "输入无效", en: "Invalid entry" }),
      message: b.t({ zh: "须为日期。", en: "Must be a date." }),
    },
  });
  const startTop = cellAddress(first, startCol);
  const endTop = cellAddress(first, endCol);
  b.highlight({
    range: rangeAddress(first, startCol, last, WORKDAYS_COL),
    formula: `AND(ISNUMBER($${startTop}),ISNUMBER($${endTop}),$${endTop}<$${startTop})`,
    ...HIGHLIGHT.missingMandatory,
  });
  b.region("diagnosis-tasks", first, 0, last, columns - 1);

  const phaseTop = last + 2;
  const phaseStart = phaseSpans(b, phaseTop, first, dates);
  return checks(b, phaseTop + 5, first, dates, phaseStart);
}

/** Start, end and working days of each phase; returns the 诊断实施 start cell and its value. */
function phaseSpans(
  b: SheetBuilder,
  top: number,
  first: number,
  dates: readonly { start: CellValue; end: CellValue }[],
): { cell: string; value: CellValue } {
  b.text(top, 1, "header", TEXT.phase);
  b.text(top, 2, "header", "");
  b.text(top, DIAGNOSIS_COLUMNS.start, "header", TEXT.start);
  b.text(top, DIAGNOSIS_COLUMNS.end, "header", TEXT.end);
  b.text(top, WORKDAYS_COL, "header", TEXT.workdays);
  let diagnosisStart = { cell: "", value: "" as CellValue };
  (Object.keys(DIAGNOSIS_PHASES) as Phase[]).forEach((phase, k) => {
    const row = top + 1 + k;
    const rows = DIAGNOSIS_TASKS.map((t, i) => (t.phase === phase ? i : -1)).filter((i) => i >= 0);
    const lo = first + Math.min(...rows);
    const hi = first + Math.max(...rows);
    const range = (col: number) => rangeAddress(lo, col, hi, col);
    const starts = rows.map((i) => dates[i]?.start);
    const ends = rows.map((i) => dates[i]?.end);
    const s = earliestDate(starts);
    const e = latestDate(ends);
    const days = s.ok && e.ok ? workingDays(s.value, e.value) : undefined;
    b.text(row, 1, "label", DIAGNOSIS_PHASES[phase]);
    b.merge(row, 1, row, 2);
    const startRange = range(DIAGNOSIS_COLUMNS.start);
    const endRange = range(DIAGNOSIS_COLUMNS.end);
    const name = phase.toUpperCase();
    b.computed(row, DIAGNOSIS_COLUMNS.start, `IF(COUNT(${startRange})=0,"",MIN(${startRange}))`, s.ok ? s.value : "", {
      role: "subtotal",
      key: `diag-phase:start:${phase}`,
      numberFormat: "yyyy-mm-dd",
      name: `GREEN_PLAN_${name}_START${b.options.nameSuffix}`,
    });
    b.computed(row, DIAGNOSIS_COLUMNS.end, `IF(COUNT(${endRange})=0,"",MAX(${endRange}))`, e.ok ? e.value : "", {
      role: "subtotal",
      key: `diag-phase:end:${phase}`,
      numberFormat: "yyyy-mm-dd",
      name: `GREEN_PLAN_${name}_END${b.options.nameSuffix}`,
    });
    b.computed(
      row,
      WORKDAYS_COL,
      workdaysFormula(cellAddress(row, DIAGNOSIS_COLUMNS.start), cellAddress(row, DIAGNOSIS_COLUMNS.end)),
      days?.ok ? days.value : "",
      { role: "subtotal", key: `diag-phase:workdays:${phase}`, numberFormat: "0" },
    );
    if (phase === "diagnosis")
      diagnosisStart = { cell: cellAddress(row, DIAGNOSIS_COLUMNS.start), value: s.ok ? s.value : "" };
  });
  b.region("diagnosis-phases", top + 1, 1, top + 3, WORKDAYS_COL);
  return diagnosisStart;
}

/** The two checks of the diagnosis plan, from row `top`; returns the last row. */
function checks(
  b: SheetBuilder,
  top: number,
  first: number,
  dates: readonly { start: CellValue; end: CellValue }[],
  diagnosisStart: { cell: string; value: CellValue },
): number {
  const yes = b.t(BASIC_ANSWER_TEXT.符合);
  const no = b.t(BASIC_ANSWER_TEXT.不符合);
  const verdictOf = (met: boolean | undefined): CellValue => (met === undefined ? "" : met ? yes : no);
  const suffix = b.options.nameSuffix;
  b.text(top, 0, "header", TEXT.check);
  b.text(top, 1, "header", "");
  b.text(top, 2, "header", "");
  b.merge(top, 0, top, 2);
  b.text(top, ACTUAL_COL, "header", TEXT.actual);
  b.text(top, REQUIRED_COL, "header", TEXT.required);
  b.text(top, VERDICT_COL, "header", TEXT.verdict);
  const onsiteRow = top + 1;
  const yearsRow = top + 2;
  const label = (row: number, text: Text) => {
    b.text(row, 0, "label", text);
    b.merge(row, 0, row, 2);
  };
  const verdictFormula = (row: number, compare: string) => {
    const actual = cellAddress(row, ACTUAL_COL);
    const required = cellAddress(row, REQUIRED_COL);
    return `IF(${actual}="","",IF(ISNUMBER(${required}),IF(${actual}${compare}${required},${excelString(yes)},${excelString(no)}),""))`;
  };

  // 四（三）1: the on-site diagnosis lasts at least the minimum number of working days
  const index = DIAGNOSIS_TASKS.findIndex((t) => t.onsite);
  const onsite = dates[index] ?? { start: null, end: null };
  const days = workingDays(onsite.start, onsite.end);
  const minimum = onsiteMinimum(b);
  label(onsiteRow, TEXT.onsite);
  b.computed(onsiteRow, ACTUAL_COL, cellAddress(first + index, WORKDAYS_COL), days.ok ? days.value : "", {
    key: "diag-check:onsite-days",
    numberFormat: "0",
  });
  b.computed(onsiteRow, REQUIRED_COL, b.n.param(PARAMETER_IDS.diagnosisMinOnsiteDays), minimum, {
    key: `required:${PARAMETER_IDS.diagnosisMinOnsiteDays}`,
    numberFormat: '"≥ "0',
  });
  b.computed(
    onsiteRow,
    VERDICT_COL,
    verdictFormula(onsiteRow, ">="),
    verdictOf(days.ok && minimum !== null ? days.value >= minimum : undefined),
    { key: "diag-check:onsite", name: `GREEN_PLAN_ONSITE_CHECK${suffix}` },
  );

  // 附件2-1-2 注2: years 1–3 precede the year the diagnosis is carried out
  const lastYear = b.options.years[3];
  const start = diagnosisStart.value;
  const precede = yearsPrecedeDiagnosis(lastYear, start);
  label(yearsRow, TEXT.years);
  b.computed(
    yearsRow,
    ACTUAL_COL,
    `IF(ISNUMBER(${diagnosisStart.cell}),YEAR(${diagnosisStart.cell}),"")`,
    typeof start === "number" ? yearOfSerial(start) : "",
    { key: "diag-check:diagnosis-year", numberFormat: "0", name: `GREEN_PLAN_DIAGNOSIS_YEAR${suffix}` },
  );
  b.text(yearsRow, REQUIRED_COL, "label", lastYear, { key: "diag-check:last-year", numberFormat: '"> "0' });
  b.computed(yearsRow, VERDICT_COL, verdictFormula(yearsRow, ">"), verdictOf(precede.ok ? precede.value : undefined), {
    key: "diag-check:years",
    name: `GREEN_PLAN_YEARS_CHECK${suffix}`,
  });

  const range = rangeAddress(onsiteRow, VERDICT_COL, yearsRow, VERDICT_COL);
  const firstVerdict = cellAddress(onsiteRow, VERDICT_COL);
  b.highlight({ range, formula: `${firstVerdict}=${excelString(no)}`, ...HIGHLIGHT.missingMandatory });
  b.highlight({ range, formula: `${firstVerdict}=${excelString(yes)}`, fill: GOOD_FILL, fontColor: GOOD_FONT });
  b.region("diagnosis-checks", onsiteRow, ACTUAL_COL, yearsRow, VERDICT_COL);
  return yearsRow;
}
