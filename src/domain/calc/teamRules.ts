/**
 * Composition of the diagnosis work group, 《北京市工业园区绿色诊断工作指南》三(二) 组建诊断工作组: "工作组成员不应少于5人，其中能源、
 * 环境、生态、低碳、生命周期评价等相关专业高级职称人员不少于2人（或主导过绿色制造相关项目的工作人员不少于3人）。
 * 诊断工作组应包括至少一名园区相关工作负责人。" The minimums are catalog parameters (team-min-*).
 *
 * Words are compared the way a spreadsheet's `=` compares text (case-insensitive, no trimming), so the
 * `team` template's native formulas and this module count the same members.
 */
import { PARAMETER_IDS, parameterValue, type ParameterId, type Text } from "../catalog";
import { isBlankText } from "./blank";
import { failure, value, type Outcome } from "./outcome";
import { readAll } from "./inputs";

/** Professional title levels (职称) of the team table's drop-down; 正高级 and 副高级 are 高级职称. */
export interface TitleLevel {
  readonly id: string;
  readonly name: Text;
  readonly senior: boolean;
}

export const TITLE_LEVELS: readonly TitleLevel[] = [
  { id: "senior-full", name: { zh: "正高级职称", en: "Senior (full)" }, senior: true },
  { id: "senior-associate", name: { zh: "副高级职称", en: "Senior (associate)" }, senior: true },
  { id: "intermediate", name: { zh: "中级职称", en: "Intermediate" }, senior: false },
  { id: "junior", name: { zh: "初级职称", en: "Junior" }, senior: false },
  { id: "none", name: { zh: "其他/无", en: "Other/none" }, senior: false },
];

/** The yes word of the 是/否 columns in both sheet languages. */
export const YES_WORDS: Text = { zh: "是", en: "yes" };
export const NO_WORDS: Text = { zh: "否", en: "no" };

function sameWord(x: unknown, word: Text): boolean {
  return typeof x === "string" && (x === word.zh || x.toLowerCase() === word.en.toLowerCase());
}

/** A 高级职称 (正高级 or 副高级), in either language. */
export function isSeniorTitle(title: unknown): boolean {
  return TITLE_LEVELS.some((level) => level.senior && sameWord(title, level.name));
}

/** 是 / yes; anything else (否, empty, other text) is no. */
export function isYes(x: unknown): boolean {
  return sameWord(x, YES_WORDS);
}

/** A row is a member when its name is filled: not blank by the one blank-cell rule (blank.ts). */
export function isMember(name: unknown): boolean {
  if (name === null || name === undefined) return false;
  if (typeof name === "number") return !Number.isNaN(name);
  return typeof name !== "string" || !isBlankText(name);
}

export interface TeamMember {
  readonly name: unknown;
  readonly title: unknown;
  /** led green-manufacturing projects (主导过绿色制造相关项目) */
  readonly projectLead: unknown;
  /** park staff in charge of the work (园区相关工作负责人) */
  readonly parkStaff: unknown;
}

export interface TeamMinimums {
  readonly members: number;
  readonly senior: number;
  readonly projectLeads: number;
  readonly parkStaff: number;
}

export interface TeamComposition {
  readonly members: number;
  readonly senior: number;
  readonly projectLeads: number;
  readonly parkStaff: number;
  /** ≥ 5 members */
  readonly sizeMet: boolean;
  /** ≥ 2 senior titles, or ≥ 3 who led green-manufacturing projects */
  readonly expertiseMet: boolean;
  /** ≥ 1 park staff */
  readonly parkStaffMet: boolean;
  readonly compliant: boolean;
}

function minimum(id: ParameterId): Outcome<number> {
  const v = parameterValue(id);
  return v === null ? failure("no-default", `parameter ${id} has no default`) : value(v);
}

/** The catalog's minimums (《北京市工业园区绿色诊断工作指南》三(二)). */
export function catalogTeamMinimums(): Outcome<TeamMinimums> {
  const reads = readAll([
    minimum(PARAMETER_IDS.teamMinMembers),
    minimum(PARAMETER_IDS.teamMinSenior),
    minimum(PARAMETER_IDS.teamMinProjectLeads),
    minimum(PARAMETER_IDS.teamMinParkStaff),
  ]);
  if (!reads.ok) return reads;
  const [members, senior, projectLeads, parkStaff] = reads.value;
  return value({ members, senior, projectLeads, parkStaff });
}

/**
 * Counts the members (rows with a name) and checks them against the minimums. Senior titles, project
 * leads and park staff count among members only. An empty table has nothing to check (missing-input).
 */
export function teamComposition(rows: readonly TeamMember[], minimums: TeamMinimums): Outcome<TeamComposition> {
  const members = rows.filter((r) => isMember(r.name));
  if (members.length === 0) return failure("missing-input", "the team has no member yet");
  const senior = members.filter((r) => isSeniorTitle(r.title)).length;
  const projectLeads = members.filter((r) => isYes(r.projectLead)).length;
  const parkStaff = members.filter((r) => isYes(r.parkStaff)).length;
  const sizeMet = members.length >= minimums.members;
  const expertiseMet = senior >= minimums.senior || projectLeads >= minimums.projectLeads;
  const parkStaffMet = parkStaff >= minimums.parkStaff;
  return value({
    members: members.length,
    senior,
    projectLeads,
    parkStaff,
    sizeMet,
    expertiseMet,
    parkStaffMet,
    compliant: sizeMet && expertiseMet && parkStaffMet,
  });
}

/**
 * The enterprise audit team of T/CPPC《工业园区清洁生产审核指南》5.1.2（2）选择成员: "确保工业园区内每个企业至少有 2 位审核小组
 * 成员，且必须有一位成员来自本企业的财务部门。" The minimums are catalog parameters (audit-team-min-*).
 */
export interface AuditMember {
  readonly name: unknown;
  readonly enterprise: unknown;
  /** from the enterprise's finance department (来自本企业财务部门: 是/否) */
  readonly finance: unknown;
}

export interface AuditTeamMinimums {
  readonly members: number;
  readonly finance: number;
}

export interface EnterpriseAuditTeam {
  readonly members: number;
  readonly finance: number;
  readonly membersMet: boolean;
  readonly financeMet: boolean;
  readonly compliant: boolean;
}

/** The catalog's minimums (T/CPPC《工业园区清洁生产审核指南》5.1.2（2）). */
export function catalogAuditTeamMinimums(): Outcome<AuditTeamMinimums> {
  const members = minimum(PARAMETER_IDS.auditTeamMinPerEnterprise);
  const finance = minimum(PARAMETER_IDS.auditTeamMinFinance);
  if (!members.ok) return members;
  if (!finance.ok) return finance;
  return value({ members: members.value, finance: finance.value });
}

/**
 * A cell a spreadsheet's COUNTIFS "<>" criterion counts: anything but an empty cell (text of spaces
 * counts), so the template's native counts and this module agree.
 */
function countifsFilled(x: unknown): boolean {
  return x !== null && x !== undefined && x !== "" && !(typeof x === "number" && Number.isNaN(x));
}

/** The same enterprise as a spreadsheet's COUNTIFS criterion compares text: case-insensitive, untrimmed. */
function sameEnterprise(x: unknown, enterprise: string): boolean {
  return typeof x === "string" && x.toLowerCase() === enterprise.toLowerCase();
}

/**
 * One enterprise's audit-team members (rows with a name and that enterprise) and how many come from its
 * finance department, checked against the minimums. An enterprise not named has nothing to check.
 */
export function enterpriseAuditTeam(
  enterprise: unknown,
  rows: readonly AuditMember[],
  minimums: AuditTeamMinimums,
): Outcome<EnterpriseAuditTeam> {
  if (typeof enterprise !== "string" || enterprise === "")
    return failure("missing-input", "the enterprise is not named");
  const members = rows.filter((r) => countifsFilled(r.name) && sameEnterprise(r.enterprise, enterprise));
  const finance = members.filter((r) => isYes(r.finance)).length;
  const membersMet = members.length >= minimums.members;
  const financeMet = finance >= minimums.finance;
  return value({
    members: members.length,
    finance,
    membersMet,
    financeMet,
    compliant: membersMet && financeMet,
  });
}
