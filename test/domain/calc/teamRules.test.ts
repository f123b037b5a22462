import {
  catalogAuditTeamMinimums,
  catalogTeamMinimums,
  enterpriseAuditTeam,
  isMember,
  isSeniorTitle,
  isYes,
  teamComposition,
  type AuditMember,
  type TeamMember,
} from "../../../src/domain/calc/teamRules";
import { expectReason } from "./expectOutcome";

const member = (
  name: unknown,
  title: unknown = null,
  projectLead: unknown = "否",
  parkStaff: unknown = "否",
): TeamMember => ({ name, title, projectLead, parkStaff });
const MINIMUMS = { members: 5, senior: 2, projectLeads: 3, parkStaff: 1 };

function compose(rows: TeamMember[]) {
  const outcome = teamComposition(rows, MINIMUMS);
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.value;
}

describe("teamComposition (《北京市工业园区绿色诊断工作指南》 三(二): ≥5 members, ≥2 senior titles or ≥3 project leads, ≥1 park staff)", () => {
  test("the catalog minimums are the guide's 5 / 2 / 3 / 1", () => {
    expect(catalogTeamMinimums()).toEqual({ ok: true, value: MINIMUMS });
  });

  test("five members, two senior titles, one park staff: compliant", () => {
    const c = compose([
      member("张伟", "正高级职称"),
      member("李娜", "副高级职称"),
      member("王强", "中级职称"),
      member("赵敏", "初级职称"),
      member("孙丽", null, "否", "是"),
    ]);
    expect(c).toEqual({
      members: 5,
      senior: 2,
      projectLeads: 0,
      parkStaff: 1,
      sizeMet: true,
      expertiseMet: true,
      parkStaffMet: true,
      compliant: true,
    });
  });

  test("a team of four fails on size", () => {
    const c = compose([
      member("A", "正高级职称"),
      member("B", "副高级职称"),
      member("C"),
      member("D", null, "否", "是"),
    ]);
    expect([c.members, c.sizeMet, c.expertiseMet, c.compliant]).toEqual([4, false, true, false]);
  });

  test("no senior title but three who led green-manufacturing projects: the alternative condition holds", () => {
    const c = compose([
      member("A", "中级职称", "是"),
      member("B", null, "是"),
      member("C", null, "yes"),
      member("D"),
      member("E", null, "否", "是"),
    ]);
    expect([c.senior, c.projectLeads, c.expertiseMet, c.compliant]).toEqual([0, 3, true, true]);
  });

  test("one senior title and two project leads: neither condition holds", () => {
    const c = compose([
      member("A", "正高级职称", "是"),
      member("B", null, "是"),
      member("C"),
      member("D"),
      member("E", null, "否", "是"),
    ]);
    expect([c.expertiseMet, c.compliant]).toEqual([false, false]);
  });

  test("no park staff fails", () => {
    const c = compose([member("A", "正高级职称"), member("B", "正高级职称"), member("C"), member("D"), member("E")]);
    expect([c.parkStaffMet, c.compliant]).toEqual([false, false]);
  });

  test("rows without a name (empty or only spaces) are not members, whatever else they say", () => {
    const c = compose([member("A"), member("   ", "正高级职称", "是", "是"), member(null, "正高级职称")]);
    expect([c.members, c.senior, c.projectLeads, c.parkStaff]).toEqual([1, 0, 0, 0]);
  });

  test("an empty team has nothing to check", () =>
    expectReason(teamComposition([member(null), member("")], MINIMUMS), "missing-input"));
});

describe("the words of the team table", () => {
  test.each([
    ["正高级职称", true],
    ["副高级职称", true],
    ["Senior (full)", true],
    ["senior (associate)", true],
    ["中级职称", false],
    ["高级工程师", false],
    [null, false],
  ])("senior title %s → %s", (x, expected) => expect(isSeniorTitle(x)).toBe(expected));
  test.each([
    ["是", true],
    ["yes", true],
    ["YES", true],
    ["否", false],
    [" 是", false],
    [true, false],
    [null, false],
  ])("yes %s → %s", (x, expected) => expect(isYes(x)).toBe(expected));
  test.each([
    ["张伟", true],
    [" ", false],
    ["", false],
    [0, true],
    [true, true],
    [null, false],
  ])("member %s → %s", (x, expected) => expect(isMember(x)).toBe(expected));
});

/**
 * T/CPPC《工业园区清洁生产审核指南》5.1.2（2）选择成员: "确保工业园区内每个企业至少有 2 位审核小组成员，且必须有一位成员来自本企业的
 * 财务部门。" Minimums 2 and 1 from the catalog; counts by hand.
 */
describe("enterprise audit team (5.1.2 (2))", () => {
  const rows: AuditMember[] = [
    { name: "孙丽", enterprise: "甲公司", finance: "是" },
    { name: "周平", enterprise: "甲公司", finance: "否" },
    { name: "吴昊", enterprise: "乙公司", finance: "是" },
    { name: null, enterprise: "乙公司", finance: "是" }, // no name: not a member
    { name: "郑凯", enterprise: "丙公司", finance: "否" },
    { name: "冯雪", enterprise: "丙公司", finance: null },
    { name: "Fay", enterprise: "ACME", finance: "Yes" },
    { name: "Gus", enterprise: "acme", finance: "no" },
    { name: "  ", enterprise: "丁公司", finance: "否" }, // COUNTIFS "<>" counts a name of spaces
  ];
  const minimums = catalogAuditTeamMinimums();

  test("the catalog's minimums: 2 members, 1 from finance", () => {
    expect(minimums).toEqual({ ok: true, value: { members: 2, finance: 1 } });
  });

  test.each([
    ["甲公司", 2, 1, true],
    ["乙公司", 1, 1, false],
    ["丙公司", 2, 0, false],
    ["Acme", 2, 1, true],
    ["丁公司", 1, 0, false],
    ["戊公司", 0, 0, false],
    ["甲公司 ", 0, 0, false], // untrimmed, as COUNTIFS compares
  ])("%s: %i members, %i from finance → compliant %s", (enterprise, members, finance, compliant) => {
    if (!minimums.ok) throw new Error("no minimums");
    const r = enterpriseAuditTeam(enterprise, rows, minimums.value);
    expect(r.ok && [r.value.members, r.value.finance, r.value.compliant]).toEqual([members, finance, compliant]);
  });

  test.each([null, "", 42])("an enterprise not named (%p) has nothing to check", (enterprise) => {
    if (!minimums.ok) throw new Error("no minimums");
    expect(enterpriseAuditTeam(enterprise, rows, minimums.value)).toMatchObject({ ok: false, reason: "missing-input" });
  });
});
