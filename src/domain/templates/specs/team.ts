/**
 * 工作组 / Team (docs/templates.md `team`): the work-group table of 《北京市工业园区绿色诊断工作指南》(绿色诊断工作组成员表: 序号、姓名、绿色诊断
 * 工作分工、职称、从事专业) in its two sections 专家成员 and 园区工作人员, with the columns of T/CPPC《工业园区清洁生产审核指南》5.1.2
 * (姓名、在小组中的职务、专业、职称、应投入的时间、具体职责), and the composition checks of 《北京市工业园区绿色诊断工作指南》三(二): ≥ 5
 * members, ≥ 2 with a senior title (or ≥ 3 who led green-manufacturing projects), ≥ 1 park staff in charge (a
 * member of the 园区工作人员 section). Below, the enterprise audit team of T/CPPC《工业园区清洁生产审核指南》5.1.2（2）checked per
 * enterprise: ≥ 2 members, one from the enterprise's finance department. The minimums are read from the
 * parameter sheet (GREEN_PARAM_TEAM_MIN_*, GREEN_PARAM_AUDIT_TEAM_MIN_*), so a changed parameter re-checks.
 *
 * `options.rows.team` follows the sheet's input keys (`<column>:<n>` for the experts, `park:`, `audit:` and
 * `enterprise:` before the column for the later sections); rows written one per member are accepted too
 * (teamRows).
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
  catalogAuditTeamMinimums,
  catalogTeamMinimums,
  enterpriseAuditTeam,
  isYes,
  teamComposition,
  type AuditMember,
  type AuditTeamMinimums,
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
  experts: { zh: "专家成员", en: "Experts" },
  parkStaff: { zh: "园区工作人员", en: "Park staff" },
  name: { zh: "姓名", en: "Name" },
  unit: { zh: "工作单位", en: "Organisation" },
  role: { zh: "绿色诊断工作分工", en: "Role in the diagnosis" },
  title_: { zh: "职称", en: "Professional title" },
  specialty: { zh: "从事专业", en: "Field" },
  projectLead: { zh: "主导过绿色制造相关项目", en: "Led green-manufacturing projects" },
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
  park: { zh: "园区相关工作负责人（园区工作人员）", en: "Park staff in charge (park staff section)" },
  overall: { zh: "总体结论", en: "Overall" },
  auditTitle: { zh: "企业清洁生产审核小组成员", en: "Enterprise audit-team members" },
  auditRule: {
    zh: `依据：${PARK_AUDIT_GUIDE.zh}5.1.2（2）：确保工业园区内每个企业至少有2位审核小组成员，且必须有一位成员来自本企业的财务部门。请在下方“企业”表中列出园区内应参加审核的企业。`,
    en: `Source: ${PARK_AUDIT_GUIDE.en}, 5.1.2 (2): every enterprise of the park has at least 2 audit-team members, one of whom comes from the enterprise's finance department. List the park's enterprises taking part below.`,
  },
  enterprise: { zh: "所在企业", en: "Enterprise" },
  department: { zh: "部门", en: "Department" },
  finance: { zh: "来自本企业财务部门", en: "From its finance department" },
  groupRole: { zh: "在小组中的职务", en: "Role in the team" },
  auditSpecialty: { zh: "专业", en: "Field" },
  enterpriseName: { zh: "企业名称", en: "Enterprise" },
  enterpriseMembers: { zh: "审核小组成员（人）", en: "Members" },
  enterpriseFinance: { zh: "来自财务部门（人）", en: "From finance" },
  auditOverall: { zh: "企业审核小组总体结论", en: "Enterprise audit teams overall" },
  titlePrompt: {
    zh: "正高级、副高级职称计为高级职称。",
    en: "Full and associate senior titles count as senior titles.",
  },
  titleError: { zh: "请从下拉列表中选择职称。", en: "Choose a title from the list." },
  yesNoPrompt: { zh: "请选择“是”或“否”。", en: "Choose yes or no." },
  invalid: { zh: "输入无效", en: "Invalid entry" },
} as const;

/** Rows of the 专家成员 section (fixed capacity; filled from the top). */
export const TEAM_ROWS = 20;
/** Rows of the 园区工作人员 section. */
export const PARK_STAFF_ROWS = 5;
/** Rows of the enterprise audit team and of the enterprises checked. */
export const AUDIT_ROWS = 40;
export const ENTERPRISE_ROWS = 20;
/** Column of each key of a diagnosis-team row of `options.rows.team`. */
export const TEAM_COLUMNS = {
  name: 1,
  unit: 2,
  role: 3,
  title: 4,
  specialty: 5,
  project_lead: 6,
  time: 7,
  duties: 8,
  phone: 9,
  remarks: 10,
} as const;
/** Column of each key of an enterprise audit-team row (section "audit"). */
export const AUDIT_COLUMNS = {
  name: 1,
  enterprise: 2,
  department: 3,
  finance: 4,
  role: 5,
  specialty: 6,
  title: 7,
  time: 8,
  duties: 9,
  remarks: 10,
} as const;
type TeamKey = keyof typeof TEAM_COLUMNS;
type AuditKey = keyof typeof AUDIT_COLUMNS;
type Row = Readonly<Record<string, CellValue>>;

const HEADERS: Readonly<Record<TeamKey, Text>> = {
  name: TEXT.name,
  unit: TEXT.unit,
  role: TEXT.role,
  title: TEXT.title_,
  specialty: TEXT.specialty,
  project_lead: TEXT.projectLead,
  time: TEXT.time,
  duties: TEXT.duties,
  phone: TEXT.phone,
  remarks: LABELS.remarks,
};
const AUDIT_HEADERS: Readonly<Record<AuditKey, Text>> = {
  name: TEXT.name,
  enterprise: TEXT.enterprise,
  department: TEXT.department,
  finance: TEXT.finance,
  role: TEXT.groupRole,
  specialty: TEXT.auditSpecialty,
  title: TEXT.title_,
  time: TEXT.time,
  duties: TEXT.duties,
  remarks: LABELS.remarks,
};

// sized to print on one A4 page width at about 75 % (duties and remarks wrap)
const WIDTHS = [6, 12, 20, 18, 16, 16, 18, 12, 24, 14, 14];
const HEADER_ROW = 5;
const EXPERT_LABEL = HEADER_ROW + 1;
const FIRST_ROW = EXPERT_LABEL + 1;
const LAST_EXPERT = FIRST_ROW + TEAM_ROWS - 1;
const STAFF_LABEL = LAST_EXPERT + 1;
const FIRST_STAFF = STAFF_LABEL + 1;
const LAST_STAFF = FIRST_STAFF + PARK_STAFF_ROWS - 1;
const COUNT_COL = 4;
const REQUIRED_COL = 5;
const VERDICT_COL = 6;
const GOOD_FILL = "#C6EFCE";
const GOOD_FONT = "#006100";

/**
 * A key of the previous version's single team list that this version carries elsewhere: the column
 * 园区相关工作负责人 (是/否), which now places the member in the 园区工作人员 section (teamRows).
 */
export function isRetiredTeamKey(key: string): boolean {
  return /^park_staff:\d+$/.test(key);
}

/** The section a row of `options.rows.team` belongs to. */
export type TeamSection = "expert" | "park" | "audit" | "enterprise";
export function sectionOf(row: Row): TeamSection {
  const section = row.section;
  if (section === "park" || section === "audit" || section === "enterprise") return section;
  return isYes(row.park_staff) ? "park" : "expert";
}

/**
 * The rows of `options.rows.team` in the sheet's own layout (inputs keyed `[<section>:]<column>:<n>`, the
 * grammar of inputKeys.ts): row n holds the n-th expert's columns, and `park:<column>`, `audit:<column>` and
 * `enterprise:name` for the n-th park staff member, audit-team member and enterprise. Rows written one per
 * member are placed first: a row with `section` "park", "audit" or "enterprise" in that section, a row marked
 * park_staff 是 (the former single list) among the park staff, any other among the experts.
 */
export function teamRows(given: readonly Row[]): readonly Row[] {
  if (!given.some((r) => "section" in r || "park_staff" in r)) return given;
  const lists: Record<TeamSection, Row[]> = { expert: [], park: [], audit: [], enterprise: [] };
  for (const row of given) lists[sectionOf(row)].push(row);
  const length = Math.max(...Object.values(lists).map((l) => l.length));
  return Array.from({ length }, (_, i) => {
    const row: Record<string, CellValue> = {};
    const copy = (from: Row | undefined, prefix: string) => {
      for (const [column, v] of Object.entries(from ?? {}))
        if (column !== "section" && column !== "park_staff") row[`${prefix}${column}`] = v;
    };
    copy(lists.expert[i], "");
    copy(lists.park[i], "park:");
    copy(lists.audit[i], "audit:");
    copy(lists.enterprise[i], "enterprise:");
    return row;
  });
}

export function buildTeam(given: TemplateOptions) {
  const rows = teamRows(given.rows?.team ?? []);
  const options: TemplateOptions = { ...given, rows: { ...given.rows, team: rows } };
  const b = new SheetBuilder("team", TEXT.sheet, options);
  b.text(0, 0, "title", options.parkName ? `${b.t(TEXT.title)} — ${options.parkName}` : b.t(TEXT.title));
  b.text(1, 0, "note", TEXT.source);
  b.text(2, 0, "note", TEXT.rule);
  b.text(3, 0, "note", LABELS.inputHint);
  // notes span the table: a wrapped note in the narrow first column would be cut off
  for (const row of [1, 2, 3]) b.merge(row, 0, row, WIDTHS.length - 1);
  b.text(HEADER_ROW, 0, "header", LABELS.no);
  for (const [key, col] of Object.entries(TEAM_COLUMNS) as [TeamKey, number][])
    b.text(HEADER_ROW, col, "header", HEADERS[key]);

  const members = [
    ...memberRows(b, EXPERT_LABEL, TEXT.experts, TEAM_ROWS, "", rows, false),
    ...memberRows(b, STAFF_LABEL, TEXT.parkStaff, PARK_STAFF_ROWS, "park:", rows, true),
  ];
  auditTeam(b, diagnosisChecks(b, members) + 3, rows);

  validations(b);
  b.region("members", FIRST_ROW, 0, LAST_STAFF, WIDTHS.length - 1);
  b.columnWidths(WIDTHS);
  b.freeze(FIRST_ROW - 1, 2);
  b.printLandscape();
  return b.build({ columns: TEAM_COLUMNS, auditColumns: AUDIT_COLUMNS });
}

/** One section of the diagnosis team: its label row, then `capacity` input rows keyed `<prefix><column>:<n>`. */
function memberRows(
  b: SheetBuilder,
  labelRow: number,
  label: Text,
  capacity: number,
  prefix: string,
  given: readonly Row[],
  parkStaff: boolean,
): TeamMember[] {
  b.text(labelRow, 0, "subtotal", label);
  for (let col = 1; col < WIDTHS.length; col++) b.text(labelRow, col, "subtotal", "");
  b.merge(labelRow, 0, labelRow, WIDTHS.length - 1);
  const members: TeamMember[] = [];
  for (let i = 0; i < capacity; i++) {
    const row = labelRow + 1 + i;
    const values = given[i] ?? {};
    const at = (key: string) => values[`${prefix}${key}`] ?? null;
    b.text(row, 0, "label", i + 1);
    for (const [key, col] of Object.entries(TEAM_COLUMNS) as [TeamKey, number][]) {
      b.input(row, col, at(key), {
        key: `${prefix}${key}:${i + 1}`,
        ...(key === "phone" ? { numberFormat: "@" } : {}),
      });
    }
    members.push({
      name: at("name"),
      title: at("title"),
      projectLead: at("project_lead"),
      parkStaff: parkStaff ? YES_WORDS.zh : null,
    });
  }
  return members;
}

/** The checks of 《北京市工业园区绿色诊断工作指南》三(二), against the parameter sheet's minimums; returns the last row. */
function diagnosisChecks(b: SheetBuilder, members: readonly TeamMember[]): number {
  const word = (answer: BasicRequirementAnswer) => b.t(BASIC_ANSWER_TEXT[answer]);
  // both sections: the staff label row between them has no name, so it never counts
  const column = (key: TeamKey, top = FIRST_ROW) =>
    rangeAddress(top, TEAM_COLUMNS[key], LAST_STAFF, TEAM_COLUMNS[key], true);
  const memberMask = `(${isFilledRangeNative(column("name"))})`;
  const staffMask = `(${isFilledRangeNative(column("name", FIRST_STAFF))})`;
  const oneOf = (range: string, words: readonly string[]) =>
    `(${words.map((w) => `(${range}=${excelString(w)})`).join("+")})`;

  const minimums = teamMinimumsOf(b.options);
  const composition = minimums.ok ? teamComposition(members, minimums.value) : minimums;
  const c = composition.ok ? composition.value : undefined;
  const top = LAST_STAFF + 2;
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
    name: `GREEN_TEAM_MEMBERS${b.options.nameSuffix}`,
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
    b.computed(rows[key], COUNT_COL, `IF(${pending},"",SUMPRODUCT(${condition}))`, cached ?? "", {
      key: `count:${key}`,
    });
  label("senior", TEXT.senior);
  counted("senior", `${memberMask}*${oneOf(column("title"), seniorWords)}`, c?.senior);
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
  counted("leads", `${memberMask}*${oneOf(column("project_lead"), yesWords)}`, c?.projectLeads);
  requirement("leads", PARAMETER_IDS.teamMinProjectLeads);
  label("park", TEXT.park);
  counted("park", `--${staffMask}`, c?.parkStaff);
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
    { role: "total", key: "verdict:overall", name: `GREEN_TEAM_CHECK${b.options.nameSuffix}` },
  );
  b.text(rows.overall + 1, 0, "note", TEXT.seniorNote);
  b.merge(rows.overall + 1, 0, rows.overall + 1, WIDTHS.length - 1);

  verdictColours(b, rangeAddress(rows.members, VERDICT_COL, rows.overall, VERDICT_COL), yes, no);
  b.region("checks", rows.members, COUNT_COL, rows.overall, VERDICT_COL);
  return rows.overall + 1;
}

function verdictColours(b: SheetBuilder, range: string, yes: string, no: string): void {
  const first = range.split(":")[0];
  b.highlight({ range, formula: `${first}=${no}`, ...HIGHLIGHT.missingMandatory });
  b.highlight({ range, formula: `${first}=${yes}`, fill: GOOD_FILL, fontColor: GOOD_FONT });
}

/**
 * The enterprise audit team (T/CPPC《工业园区清洁生产审核指南》5.1.2（2）): its members, then the enterprises with their counts
 * (COUNTIFS over the members) and verdicts; returns the last row.
 */
function auditTeam(b: SheetBuilder, top: number, given: readonly Row[]): number {
  const word = (answer: BasicRequirementAnswer) => b.t(BASIC_ANSWER_TEXT[answer]);
  b.text(top, 0, "title", TEXT.auditTitle);
  b.text(top + 1, 0, "note", TEXT.auditRule);
  b.merge(top + 1, 0, top + 1, WIDTHS.length - 1);
  const header = top + 2;
  b.text(header, 0, "header", LABELS.no);
  for (const [key, col] of Object.entries(AUDIT_COLUMNS) as [AuditKey, number][])
    b.text(header, col, "header", AUDIT_HEADERS[key]);
  const first = header + 1;
  const last = first + AUDIT_ROWS - 1;
  const members: AuditMember[] = [];
  for (let i = 0; i < AUDIT_ROWS; i++) {
    const row = first + i;
    const at = (key: AuditKey) => given[i]?.[`audit:${key}`] ?? null;
    b.text(row, 0, "label", i + 1);
    for (const [key, col] of Object.entries(AUDIT_COLUMNS) as [AuditKey, number][])
      b.input(row, col, at(key), { key: `audit:${key}:${i + 1}` });
    members.push({ name: at("name"), enterprise: at("enterprise"), finance: at("finance") });
  }
  b.region("audit-members", first, 0, last, WIDTHS.length - 1);
  const column = (key: AuditKey) => rangeAddress(first, AUDIT_COLUMNS[key], last, AUDIT_COLUMNS[key], true);
  auditValidations(b, first, last);

  // the enterprises checked, one per row
  const checkHeader = last + 2;
  const cols = { name: 1, members: 2, membersRequired: 3, finance: 4, financeRequired: 5, verdict: 6 };
  b.text(checkHeader, 0, "header", LABELS.no);
  b.text(checkHeader, cols.name, "header", TEXT.enterpriseName);
  b.text(checkHeader, cols.members, "header", TEXT.enterpriseMembers);
  b.text(checkHeader, cols.membersRequired, "header", TEXT.required);
  b.text(checkHeader, cols.finance, "header", TEXT.enterpriseFinance);
  b.text(checkHeader, cols.financeRequired, "header", TEXT.required);
  b.text(checkHeader, cols.verdict, "header", TEXT.verdict);
  const minimums = auditMinimumsOf(b.options);
  const yes = excelString(word("符合"));
  const no = excelString(word("不符合"));
  const financeWords = [YES_WORDS.zh, YES_WORDS.en];
  const checked: boolean[] = [];
  const firstCheck = checkHeader + 1;
  const lastCheck = firstCheck + ENTERPRISE_ROWS - 1;
  for (let i = 0; i < ENTERPRISE_ROWS; i++) {
    const row = firstCheck + i;
    const n = i + 1;
    const name = given[i]?.["enterprise:name"] ?? null;
    b.text(row, 0, "label", n);
    b.input(row, cols.name, name, { key: `enterprise:name:${n}` });
    const at = (col: number) => cellAddress(row, col);
    const team = minimums.ok ? enterpriseAuditTeam(name, members, minimums.value) : minimums;
    const t = team.ok ? team.value : undefined;
    if (t) checked.push(t.compliant);
    const named = `ISTEXT(${at(cols.name)})`;
    const inEnterprise = `${column("enterprise")},${at(cols.name)},${column("name")},"<>"`;
    b.computed(row, cols.members, `IF(${named},COUNTIFS(${inEnterprise}),"")`, t ? t.members : "", {
      key: `enterprise:members:${n}`,
    });
    b.computed(
      row,
      cols.membersRequired,
      b.n.param(PARAMETER_IDS.auditTeamMinPerEnterprise),
      parameterValue(PARAMETER_IDS.auditTeamMinPerEnterprise),
      { key: `enterprise:members-required:${n}`, numberFormat: '"≥ "0' },
    );
    const finance = financeWords.map((w) => `COUNTIFS(${inEnterprise},${column("finance")},${excelString(w)})`);
    b.computed(row, cols.finance, `IF(${named},${finance.join("+")},"")`, t ? t.finance : "", {
      key: `enterprise:finance:${n}`,
    });
    b.computed(
      row,
      cols.financeRequired,
      b.n.param(PARAMETER_IDS.auditTeamMinFinance),
      parameterValue(PARAMETER_IDS.auditTeamMinFinance),
      { key: `enterprise:finance-required:${n}`, numberFormat: '"≥ "0' },
    );
    b.computed(
      row,
      cols.verdict,
      `IF(${named},IF(AND(${at(cols.members)}>=${at(cols.membersRequired)},${at(cols.finance)}>=${at(cols.financeRequired)}),${yes},${no}),"")`,
      t ? word(t.compliant ? "符合" : "不符合") : "",
      { key: `enterprise:verdict:${n}` },
    );
  }
  const overallRow = lastCheck + 1;
  const verdicts = rangeAddress(firstCheck, cols.verdict, lastCheck, cols.verdict);
  b.text(overallRow, cols.name, "total", TEXT.auditOverall);
  b.computed(
    overallRow,
    cols.verdict,
    `IF(COUNTIF(${verdicts},${no})>0,${no},IF(COUNTIF(${verdicts},${yes})>0,${yes},""))`,
    checked.length === 0 ? "" : word(checked.every(Boolean) ? "符合" : "不符合"),
    { role: "total", key: "enterprise:overall", name: `GREEN_AUDIT_TEAM_CHECK${b.options.nameSuffix}` },
  );
  verdictColours(b, rangeAddress(firstCheck, cols.verdict, overallRow, cols.verdict), yes, no);
  b.region("enterprises", firstCheck, 0, lastCheck, cols.verdict);
  return overallRow;
}

function validations(b: SheetBuilder): void {
  const invalid = b.t(TEXT.invalid);
  const range = (key: TeamKey) => rangeAddress(FIRST_ROW, TEAM_COLUMNS[key], LAST_STAFF, TEAM_COLUMNS[key]);
  b.validate({
    range: range("title"),
    rule: { kind: "list", items: TITLE_LEVELS.map((t) => b.t(t.name)) },
    prompt: { title: b.t(TEXT.title_), message: b.t(TEXT.titlePrompt) },
    error: { title: invalid, message: b.t(TEXT.titleError) },
  });
  b.validate({
    range: range("project_lead"),
    rule: { kind: "list", items: [b.t(YES_WORDS), b.t(NO_WORDS)] },
    prompt: { title: b.t(HEADERS.project_lead), message: b.t(TEXT.yesNoPrompt) },
    error: { title: invalid, message: b.t(TEXT.yesNoPrompt) },
  });
}

function auditValidations(b: SheetBuilder, first: number, last: number): void {
  const invalid = b.t(TEXT.invalid);
  const range = (key: AuditKey) => rangeAddress(first, AUDIT_COLUMNS[key], last, AUDIT_COLUMNS[key]);
  b.validate({
    range: range("finance"),
    rule: { kind: "list", items: [b.t(YES_WORDS), b.t(NO_WORDS)] },
    prompt: { title: b.t(TEXT.finance), message: b.t(TEXT.yesNoPrompt) },
    error: { title: invalid, message: b.t(TEXT.yesNoPrompt) },
  });
  b.validate({
    range: range("title"),
    rule: { kind: "list", items: TITLE_LEVELS.map((t) => b.t(t.name)) },
    prompt: { title: b.t(TEXT.title_), message: b.t(TEXT.titlePrompt) },
    error: { title: invalid, message: b.t(TEXT.titleError) },
  });
}

export const teamTemplate: TemplateSpec = {
  id: "team",
  sheetName: TEXT.sheet,
  purpose: {
    zh: "诊断工作组成员表（专家成员、园区工作人员），自动检查：不少于5人，高级职称不少于2人（或主导过绿色制造项目不少于3人），至少1名园区相关工作负责人；企业审核小组逐企业检查：至少2人，其中1人来自本企业财务部门",
    en: "Diagnosis work group (experts, park staff), checked: at least 5 members, 2 senior titles (or 3 green-manufacturing project leads), 1 park staff in charge; enterprise audit teams checked per enterprise: at least 2 members, one from its finance department",
  },
  source: TEAM_SOURCE,
  reads: ["params"],
  importable: true,
  build: buildTeam,
};

/** The value given for the parameter sheet, else the catalog's. */
function pick(options: TemplateOptions, id: string, fallback: number): number {
  const v = options.parameterValues?.[id];
  return typeof v === "number" ? v : fallback;
}

/** The minimums the parameter sheet holds: the catalog's, or the values given for the parameter sheet. */
function teamMinimumsOf(options: TemplateOptions): Outcome<TeamMinimums> {
  const catalog = catalogTeamMinimums();
  if (!catalog.ok) return catalog;
  return {
    ok: true,
    value: {
      members: pick(options, PARAMETER_IDS.teamMinMembers, catalog.value.members),
      senior: pick(options, PARAMETER_IDS.teamMinSenior, catalog.value.senior),
      projectLeads: pick(options, PARAMETER_IDS.teamMinProjectLeads, catalog.value.projectLeads),
      parkStaff: pick(options, PARAMETER_IDS.teamMinParkStaff, catalog.value.parkStaff),
    },
  };
}

function auditMinimumsOf(options: TemplateOptions): Outcome<AuditTeamMinimums> {
  const catalog = catalogAuditTeamMinimums();
  if (!catalog.ok) return catalog;
  return {
    ok: true,
    value: {
      members: pick(options, PARAMETER_IDS.auditTeamMinPerEnterprise, catalog.value.members),
      finance: pick(options, PARAMETER_IDS.auditTeamMinFinance, catalog.value.finance),
    },
  };
}
