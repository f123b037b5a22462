import { SUGGESTION_ROWS, suggestionsTemplate } from "../../../src/domain/templates/specs/suggestions";
import { planProblems } from "../../../src/domain/templates/validatePlan";
import { SCENARIO_A, SCENARIO_C, options } from "./scenarioFixtures";
import { project, structureProblems } from "./projection";

describe("suggestions template (《北京市工业园区绿色诊断工作指南》 附件2-1-3)", () => {
  test.each([
    ["zh-CN", SCENARIO_A],
    ["en-US", SCENARIO_C],
  ] as const)("snapshot %s", (lang, rows) => {
    expect(project(suggestionsTemplate.build(options({ lang, rows })))).toMatchSnapshot();
  });

  test.each(["zh-CN", "en-US"] as const)("structure (%s)", (lang) => {
    for (const mode of ["native", "custom"] as const) {
      const plan = suggestionsTemplate.build(options({ lang, mode }));
      expect(structureProblems(plan)).toEqual([]);
      expect(planProblems(plan)).toEqual([]);
    }
  });

  test("the guide's columns, a fixed capacity of input rows and a total row", () => {
    const plan = suggestionsTemplate.build(options());
    expect(plan.cells.filter((c) => c.role === "header").map((c) => c.value)).toEqual([
      "序号",
      "项目建设内容",
      "总投资（万元）",
      "其中固定资产投资（万元）",
      "预期实施效果",
      "备注",
    ]);
    expect(plan.cells.filter((c) => c.role === "input")).toHaveLength(SUGGESTION_ROWS * 5);
    const totals = plan.cells.filter((c) => c.formula !== undefined);
    expect(totals.map((c) => [c.formula, c.cached])).toEqual([
      ['IF(COUNT(C7:C36)=0,"",SUM(C7:C36))', ""],
      ['IF(COUNT(D7:D36)=0,"",SUM(D7:D36))', ""],
    ]);
    expect(plan.names.map((n) => n.name)).toContain("GREEN_SUGGESTIONS_INVESTMENT_TOTAL");
  });

  test("fixed assets above the total investment are highlighted; amounts are validated ≥ 0 with a prompt", () => {
    const plan = suggestionsTemplate.build(options());
    expect(plan.conditionalFormats).toEqual([
      expect.objectContaining({ range: "C7:D36", formula: "AND(ISNUMBER($C7),ISNUMBER($D7),$D7>$C7)" }),
    ]);
    expect(plan.validations).toEqual([expect.objectContaining({ range: "C7:D36", rule: { kind: "decimal", min: 0 } })]);
  });

  test("totals from the prefilled rows", () => {
    const plan = suggestionsTemplate.build(options({ rows: SCENARIO_A }));
    expect(plan.cells.find((c) => c.key === "total:investment")?.cached).toBe(4350.5);
    expect(plan.cells.find((c) => c.key === "total:fixed_assets")?.cached).toBe(1900);
  });
});
