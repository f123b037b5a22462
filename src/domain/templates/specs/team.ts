/**
 * 工作组 / Team (docs/templates.md `team`): the work-group table of 《北京市工业园区绿色诊断工作指南》(绿色诊断工作组成员表: 序号、姓名、绿色诊断
 * 工作分工、职称、从事专业; 专家成员 and 园区工作人员) with the columns of T/CPPC《工业园区清洁生产审核指南》5.1.2 (姓名、在小组中的职务、
 * 专业、职称、应投入的时间、具体职责), and the composition checks of 《北京市工业园区绿色诊断工作指南》三(二): ≥ 5 members, ≥ 2 with a
 * senior title (or ≥ 3 who led green-manufacturing projects), ≥ 1 park staff in charge. The minimums are
 * read from the parameter sheet (GREEN_PARAM_TEAM_MIN_*), so a changed parameter re-checks the team.
 */
import {
  BEIJING_GUIDE,
  PARAMETER_IDS,
  PARK_AUDIT_GUIDE,
  cite,
  citeAll,
  parameterValue,
  type BasicRequirementAnswer,
  type Text,
} from "../../catalog";
import { BASIC_ANSWER_TEXT } from "../../calc/basicRequirements";
import {
  NO_WORDS,
  TITLE_LEVELS,
  YES_WORDS,
  catalogTeamMinimums,
  teamComposition,
  type TeamMember,
  type TeamMinimums,
} from "../../calc/teamRules";
import type { Outcome } from "../../calc";
import { cellAddress, rangeAddress } from "../a1";
import { SheetBuilder } from "../builder";
import { excelString, type TemplateOptions } from "../context";
import type { TemplateSpec } from "../registry";
import type { CellValue } from "../sheetPlan";
import { LABELS } from "../labels";
import { isFilledRangeNative } from "../blankNative";
import { HIGHLIGHT } from "../styles";

const TEAM_SOURCE = citeAll(
  cite(BEIJING_GUIDE, { zh: "三（二）及工作组成员表", en: "section 3 (2) and the team table" }),
  cite(PARK_AUDIT_GUIDE, { zh: "5.1.2", en: "5.1.2" }),
);

const TEXT = {
  sheet: { zh: "工作组", en: "Team" },
  title: { zh: "绿色诊断工作组成员表", en: "Green diagnosis work group" },
  source: {
    zh: `依据：${TEAM_SOURCE.zh}。`,
    en: `Source: ${TEAM_SOURCE.en}.`,
  },
  rule: {
    zh: "工作组成员不应少于5人，其中能源、环境、生态、低碳、生命周期评价等相关专业高级职称人员不少于2人（或主导过绿色制造相关项目的工作人员不少于3人）。诊断工作组应包括至少一名园区相关工作负责人。",
    en: "The group has at least 5 members, of whom at least 2 hold a senior title in a relevant field (energy, environment, ecology, low carbon, life-cycle assessment, …) — or at least 3 have led green-manufacturing projects. It includes at least one park staff member in charge of the work.",
  },
  seniorNote: {
    zh: "高级职称指正高级（如教授级高级工程师、研究员、教授）或副高级（如高级工程师、副研究员、副教授）；专业是否相关请审核人员核实。",
    en: "A senior title is full senior (e.g. professor-level senior engineer, research fellow, professor) or associate senior (e.g. senior engineer, associate research fellow, associate professor); reviewers confirm that the field is relevant.",
  },
  name: { zh: "姓名", en: "Name" },
  unit: { zh: "工作单位", en: "Organisation" },
  role: { zh: "小组职务/工作分工", en: "Role in the group" },
  title_: { zh: "职称", en: "Professional title" },
  specialty: { zh: "从事专业", en: "Field" },
  projectLead: { zh: "主导过绿色制造相关项目", en: "Led green-manufacturing projects" },
  parkStaff: { zh: "园区相关工作负责人", en: "Park staff in charge" },
  time: { zh: "应投入时间", en: "Time committed" },
  duties: { zh: "具体职责", en: "Duties" },
  phone: { zh: "联系电话", en: "Phone" },
  check: { zh: "检查项", en: "Check" },
  count: { zh: "实际人数", en: "Count" },
  required: { zh: "要求（人）", en: "Required" },
  verdict: { zh: "结论", en: "Verdict" },
  members: { zh: "工作组成员人数", en: "Members" },
  senior: { zh: "相关专业高级职称人员", en: "Members with a senior title" },
  leads: { zh: "或：主导过绿色制造相关项目的人员", en: "or: members who led green-manufacturing projects" },
  park: { zh: "园区相关工作负责人", en: "Park staff in charge" },
  overall: { zh: "总体结论", en: "Overall" },
  titlePrompt: {
    zh: "正高级、副高级职称计为高级职称。",
    en: "Full and associate senior titles count as senior titles.",
  },
  titleError: { zh: "请从下拉列表中选择职称。", en: "Choose a title from the list." },
  yesNoPrompt: { zh: "请选择“是”或“否”。", en: "Choose yes or no." },
  invalid: { zh: "输入无效", en: "Invalid entry" },
} as const;

/** Input rows (fixed capacity; `options.rows.team` fills them from the top). */
export const TEAM_ROWS = 20;
/** Column of each key of `options.rows.team`. */
export const TEAM_COLUMNS = {
  name: 1,
  unit: 2,
  role: 3,
  title: 4,
  specialty: 5,
  project_lead: 6,
  park_staff: 7,
  time: 8,
  duties: 9,
  phone: 10,
  remarks: 11,
} as const;
type TeamKey = keyof typeof TEAM_COLUMNS;

const HEADERS: Readonly<Record<TeamKey, Text>> = {
  name: TEXT.name,
  unit: TEXT.unit,
  role: TEXT.role,
  title: TEXT.title_,
  specialty: TEXT.specialty,
  project_lead: TEXT.projectLead,
  park_staff: TEXT.parkStaff,
  time: TEXT.time,
  duties: TEXT.duties,
  phone: TEXT.phone,
  remarks: LABELS.remarks,
};

// sized to print on one A4 page width at about 75 % (duties and remarks wrap)
const WIDTHS = [6, 12, 20, 16, 16, 16, 18, 18, 12, 24, 14, 14];
const HEADER_ROW = 5;
const FIRST_ROW = HEADER_ROW + 1;
const COUNT_COL = 4;
const REQUIRED_COL = 5;
const VERDICT_COL = 6;
const GOOD_FILL = "#C6EFCE";
const GOOD_FONT = "#006100";

export function buildTeam(options: TemplateOptions) {
  const b = new SheetBuilder("team", TEXT.sheet, options);
  const word = (answer: BasicRequirementAnswer) => b.t(BASIC_ANSWER_TEXT[answer]);
  b.text(0, 0, "title", options.parkName ? `${b.t(TEXT.title)} — ${options.parkName}` : b.t(TEXT.title));
  b.text(1, 0, "note", TEXT.source);
  b.text(2, 0, "note", TEXT.rule);
  b.text(3, 0, "note", LABELS.inputHint);
  // notes span the table: a wrapped note in the narrow first column would be cut off
  for (const row of [1, 2, 3]) b.merge(row, 0, row, WIDTHS.length - 1);
  b.text(HEADER_ROW, 0, "header", LABELS.no);
  for (const [key, col] of Object.entries(TEAM_COLUMNS) as [TeamKey, number][])
    b.text(HEADER_ROW, col, "header", HEADERS[key]);

  const given = options.rows?.team ?? [];
  const last = FIRST_ROW + TEAM_ROWS - 1;
  const members: TeamMember[] = [];
  for (let i = 0; i < TEAM_ROWS; i++) {
    const row = FIRST_ROW + i;
    const values = given[i] ?? {};
    b.text(row, 0, "label", i + 1);
    for (const [key, col] of Object.entries(TEAM_COLUMNS) as [TeamKey, number][]) {
      b.input(row, col, values[key] ?? null, {
        key: `${key}:${i + 1}`,
        ...(key === "phone" ? { numberFormat: "@" } : {}),
      });
    }
    members.push({
      name: values.name ?? null,
      title: values.title ?? null,
      projectLead: values.project_lead ?? null,
      parkStaff: values.park_staff ?? null,
    });
  }
  const column = (key: TeamKey) => rangeAddress(FIRST_ROW, TEAM_COLUMNS[key], last, TEAM_COLUMNS[key], true);
  const memberMask = `(${isFilledRangeNative(column("name"))})`;
  const oneOf = (range: string, words: readonly string[]) =>
    `(${words.map((w) => `(${range}=${excelString(w)})`).join("+")})`;

  // checks (《北京市工业园区绿色诊断工作指南》三(二)), against the parameter sheet's minimums
  const minimums = teamMinimumsOf(b.options);
  const composition = minimums.ok ? teamComposition(members, minimums.value) : minimums;
  const c = composition.ok ? composition.value : undefined;
  const top = last + 2;
  b.text(top, 0, "header", TEXT.check);
  for (let col = 1; col < COUNT_COL; col++) b.text(top, col, "header", "");
  b.merge(top, 0, top, COUNT_COL - 1);
  b.text(top, COUNT_COL, "header", TEXT.count);
  b.text(top, REQUIRED_COL, "header", TEXT.required);
  b.text(top, VERDICT_COL, "header", TEXT.verdict);
  const rows = { members: top + 1, senior: top + 2, leads: top + 3, park: top + 4, overall: top + 5 };
  const count = (key: keyof typeof rows) => cellAddress(rows[key], COUNT_COL);
  const required = (key: keyof typeof rows) => cellAddress(rows[key], REQUIRED_COL);
  const verdict = (key: keyof typeof rows) => cellAddress(rows[key], VERDICT_COL);
  const membersCount = `SUMPRODUCT(--${memberMask})`;
  const pending = `${count("members")}=""`;
  const yes = excelString(word("符合"));
  const no = excelString(word("不符合"));
  const label = (key: keyof typeof rows, text: Text) => {
    b.text(rows[key], 0, "label", text);
    b.merge(rows[key], 0, rows[key], COUNT_COL - 1);
  };
  const requirement = (key: keyof typeof rows, id: (typeof PARAMETER_IDS)[keyof typeof PARAMETER_IDS]) =>
    b.computed(rows[key], REQUIRED_COL, b.n.param(id), parameterValue(id), {
      key: `required:${id}`,
      numberFormat: '"≥ "0',
    });
  const verdictOf = (met: boolean | undefined): CellValue => (met === undefined ? "" : word(met ? "符合" : "不符合"));

  label("members", TEXT.members);
  b.computed(rows.members, COUNT_COL, `IF(${membersCount}=0,"",${membersCount})`, c ? c.members : "", {
    key: "count:members",
    name: `GREEN_TEAM_MEMBERS${options.nameSuffix}`,
  });
  requirement("members", PARAMETER_IDS.teamMinMembers);
  b.computed(
    rows.members,
    VERDICT_COL,
    `IF(${pending},"",IF(${count("members")}>=${required("members")},${yes},${no}))`,
    verdictOf(c?.sizeMet),
    { key: "verdict:members" },
  );

  const seniorWords = TITLE_LEVELS.filter((t) => t.senior).flatMap((t) => [t.name.zh, t.name.en]);
  const yesWords = [YES_WORDS.zh, YES_WORDS.en];
  const counted = (key: "senior" | "leads" | "park", condition: string, cached: number | undefined) =>
    b.computed(rows[key], COUNT_COL, `IF(${pending},"",SUMPRODUCT(${memberMask}*${condition}))`, cached ?? "", {
      key: `count:${key}`,
    });
  label("senior", TEXT.senior);
  counted("senior", oneOf(column("title"), seniorWords), c?.senior);
  requirement("senior", PARAMETER_IDS.teamMinSenior);
  b.computed(
    rows.senior,
    VERDICT_COL,
    `IF(${pending},"",IF(OR(${count("senior")}>=${required("senior")},${count("leads")}>=${required("leads")}),${yes},${no}))`,
    verdictOf(c?.expertiseMet),
    { key: "verdict:expertise" },
  );
  b.text(rows.leads, VERDICT_COL, "note", "");
  b.merge(rows.senior, VERDICT_COL, rows.leads, VERDICT_COL);
  label("leads", TEXT.leads);
  counted("leads", oneOf(column("project_lead"), yesWords), c?.projectLeads);
  requirement("leads", PARAMETER_IDS.teamMinProjectLeads);
  label("park", TEXT.park);
  counted("park", oneOf(column("park_staff"), yesWords), c?.parkStaff);
  requirement("park", PARAMETER_IDS.teamMinParkStaff);
  b.computed(
    rows.park,
    VERDICT_COL,
    `IF(${pending},"",IF(${count("park")}>=${required("park")},${yes},${no}))`,
    verdictOf(c?.parkStaffMet),
    { key: "verdict:park" },
  );
  label("overall", TEXT.overall);
  b.computed(
    rows.overall,
    VERDICT_COL,
    `IF(${pending},"",IF(AND(${verdict("members")}=${yes},${verdict("senior")}=${yes},${verdict("park")}=${yes}),${yes},${no}))`,
    verdictOf(c?.compliant),
    { role: "total", key: "verdict:overall", name: `GREEN_TEAM_CHECK${options.nameSuffix}` },
  );
  b.text(rows.overall + 1, 0, "note", TEXT.seniorNote);
  b.merge(rows.overall + 1, 0, rows.overall + 1, WIDTHS.length - 1);

  validations(b, last);
  const verdicts = rangeAddress(rows.members, VERDICT_COL, rows.overall, VERDICT_COL);
  const first = cellAddress(rows.members, VERDICT_COL);
  b.highlight({ range: verdicts, formula: `${first}=${no}`, ...HIGHLIGHT.missingMandatory });
  b.highlight({ range: verdicts, formula: `${first}=${yes}`, fill: GOOD_FILL, fontColor: GOOD_FONT });

  b.region("members", FIRST_ROW, 0, last, WIDTHS.length - 1);
  b.region("checks", rows.members, COUNT_COL, rows.overall, VERDICT_COL);
  b.columnWidths(WIDTHS);
  b.freeze(FIRST_ROW, 2);
  b.printLandscape();
  return b.build({ columns: TEAM_COLUMNS });
}

function validations(b: SheetBuilder, last: number): void {
  const invalid = b.t(TEXT.invalid);
  const range = (key: TeamKey) => rangeAddress(FIRST_ROW, TEAM_COLUMNS[key], last, TEAM_COLUMNS[key]);
  b.validate({
    range: range("title"),
    rule: { kind: "list", items: TITLE_LEVELS.map((t) => b.t(t.name)) },
    prompt: { title: b.t(TEXT.title_), message: b.t(TEXT.titlePrompt) },
    error: { title: invalid, message: b.t(TEXT.titleError) },
  });
  for (const key of ["project_lead", "park_staff"] as const) {
    b.validate({
      range: range(key),
      rule: { kind: "list", items: [b.t(YES_WORDS), b.t(NO_WORDS)] },
      prompt: { title: b.t(HEADERS[key]), message: b.t(TEXT.yesNoPrompt) },
      error: { title: invalid, message: b.t(TEXT.yesNoPrompt) },
    });
  }
}

export const teamTemplate: TemplateSpec = {
  id: "team",
  sheetName: TEXT.sheet,
  purpose: {
    zh: "诊断/审核工作组成员表，自动检查：不少于5人，高级职称不少于2人（或主导过绿色制造项目不少于3人），至少1名园区相关工作负责人",
    en: "Work-group members, checked: at least 5 members, 2 senior titles (or 3 green-manufacturing project leads), 1 park staff in charge",
  },
  source: TEAM_SOURCE,
  reads: ["params"],
  build: buildTeam,
};

/** The minimums the parameter sheet holds: the catalog's, or the values given for the parameter sheet. */
function teamMinimumsOf(options: TemplateOptions): Outcome<TeamMinimums> {
  const catalog = catalogTeamMinimums();
  const given = options.parameterValues ?? {};
  if (!catalog.ok) return catalog;
  const pick = (id: string, fallback: number) => {
    const v = given[id];
    return typeof v === "number" ? v : fallback;
  };
  return {
    ok: true,
    value: {
      members: pick(PARAMETER_IDS.teamMinMembers, catalog.value.members),
      senior: pick(PARAMETER_IDS.teamMinSenior, catalog.value.senior),
      projectLeads: pick(PARAMETER_IDS.teamMinProjectLeads, catalog.value.projectLeads),
      parkStaff: pick(PARAMETER_IDS.teamMinParkStaff, catalog.value.parkStaff),
    },
  };
}
