import { TEAM_ROWS, teamTemplate } from "../../../src/domain/templates/specs/team";
import { planProblems } from "../../../src/domain/templates/validatePlan";
import { SCENARIO_A, SCENARIO_B, SCENARIO_C, options } from "./issue5Fixtures";
import { project, structureProblems } from "./projection";

const cached = (plan: ReturnType<typeof teamTemplate.build>, key: string) =>
  plan.cells.find((c) => c.key === key)?.cached;

describe("team template (《北京市工业园区绿色诊断工作指南》 三(二) and team table; 《工业园区清洁生产审核指南》 5.1.2)", () => {
  test.each([
    ["zh-CN", SCENARIO_A],
    ["en-US", SCENARIO_C],
  ] as const)("snapshot %s", (lang, rows) => {
    expect(project(teamTemplate.build(options({ lang, rows })))).toMatchSnapshot();
  });

  test.each(["zh-CN", "en-US"] as const)("structure (%s)", (lang) => {
    for (const mode of ["native", "custom"] as const) {
      const plan = teamTemplate.build(options({ lang, mode }));
      expect(structureProblems(plan)).toEqual([]);
      expect(planProblems(plan)).toEqual([]);
    }
  });

  test("input capacity, drop-downs for title and the two 是/否 columns", () => {
    const plan = teamTemplate.build(options());
    expect(plan.cells.filter((c) => c.role === "input")).toHaveLength(TEAM_ROWS * 11);
    expect(plan.validations.map((v) => [v.range, v.rule])).toEqual([
      ["E7:E26", { kind: "list", items: ["正高级职称", "副高级职称", "中级职称", "初级职称", "其他/无"] }],
      ["G7:G26", { kind: "list", items: ["是", "否"] }],
      ["H7:H26", { kind: "list", items: ["是", "否"] }],
    ]);
  });

  test("the minimums come from the parameter sheet's names", () => {
    const plan = teamTemplate.build(options({ nameSuffix: "_2" }));
    const required = plan.cells.filter((c) => c.key?.startsWith("required:")).map((c) => [c.formula, c.cached]);
    expect(required).toEqual([
      ["GREEN_PARAM_TEAM_MIN_MEMBERS_2", 5],
      ["GREEN_PARAM_TEAM_MIN_SENIOR_2", 2],
      ["GREEN_PARAM_TEAM_MIN_PROJECT_LEADS_2", 3],
      ["GREEN_PARAM_TEAM_MIN_PARK_STAFF_2", 1],
    ]);
    expect(teamTemplate.reads).toEqual(["params"]);
    expect(plan.names.map((n) => n.name)).toEqual(
      expect.arrayContaining(["GREEN_TEAM_MEMBERS_2", "GREEN_TEAM_CHECK_2"]),
    );
  });

  test("an empty team: every check is empty", () => {
    const plan = teamTemplate.build(options());
    expect(
      plan.cells
        .filter((c) => c.formula !== undefined && !c.key?.startsWith("required:"))
        .every((c) => c.cached === ""),
    ).toBe(true);
  });

  test("a team of four fails on size only; no senior title but three project leads passes", () => {
    const four = teamTemplate.build(options({ rows: SCENARIO_A }));
    expect(
      ["verdict:members", "verdict:expertise", "verdict:park", "verdict:overall"].map((k) => cached(four, k)),
    ).toEqual(["不符合", "符合", "符合", "不符合"]);
    const leads = teamTemplate.build(options({ rows: SCENARIO_B }));
    expect(["count:members", "count:senior", "count:leads", "count:park"].map((k) => cached(leads, k))).toEqual([
      5, 0, 3, 1,
    ]);
    expect(cached(leads, "verdict:overall")).toBe("符合");
  });
});
