import {
  catalogTeamMinimums,
  isMember,
  isSeniorTitle,
  isYes,
  teamComposition,
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
