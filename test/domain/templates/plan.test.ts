import { PLAN_ROWS, planTemplate } from "../../../src/domain/templates/specs/plan";
import { planProblems } from "../../../src/domain/templates/validatePlan";
import { SCENARIO_A, SCENARIO_C, options } from "./issue5Fixtures";
import { project, structureProblems } from "./projection";

const cell = (plan: ReturnType<typeof planTemplate.build>, key: string) => plan.cells.find((c) => c.key === key);

describe("plan template (《工业园区清洁生产审核指南》 5.1.3)", () => {
  test.each([
    ["zh-CN", SCENARIO_A],
    ["en-US", SCENARIO_C],
  ] as const)("snapshot %s", (lang, rows) => {
    expect(project(planTemplate.build(options({ lang, rows })))).toMatchSnapshot();
  });

  test("snapshot of the default plan (the tasks of the five audit phases)", () => {
    expect(project(planTemplate.build(options())).cells).toMatchSnapshot();
  });

  test.each(["zh-CN", "en-US"] as const)("structure (%s)", (lang) => {
    for (const mode of ["native", "custom"] as const) {
      const plan = planTemplate.build(options({ lang, mode }));
      expect(structureProblems(plan)).toEqual([]);
      expect(planProblems(plan)).toEqual([]);
    }
  });

  test("default rows follow 《工业园区清洁生产审核指南》§5–§6; rows: [] leaves the table empty", () => {
    const plan = planTemplate.build(options());
    const tasks = plan.cells.filter((c) => c.key?.startsWith("task:") && c.value !== null).map((c) => c.value);
    expect(tasks.slice(0, 4)).toEqual(["取得领导支持", "组建审核小组", "制定工作计划", "开展宣传教育"]);
    expect(tasks).toHaveLength(16);
    const phases = new Set(
      plan.cells.filter((c) => c.key?.startsWith("phase:") && c.value !== null).map((c) => c.value),
    );
    expect([...phases]).toEqual(["筹划和组织", "初步审核", "重点审核", "方案产生和筛选", "结论和建议", "审核报告编制"]);
    const empty = planTemplate.build(options({ rows: { plan: [] } }));
    expect(empty.cells.filter((c) => c.role === "input" && c.value !== null)).toEqual([]);
    expect(empty.cells.filter((c) => c.formula !== undefined).every((c) => c.cached === "")).toBe(true);
    expect(empty.cells.filter((c) => c.role === "input")).toHaveLength(PLAN_ROWS * 8);
  });

  test("dates: ISO text becomes a date serial; durations count both ends; an end before the start has none and is highlighted", () => {
    const plan = planTemplate.build(options({ rows: SCENARIO_A }));
    expect(cell(plan, "start:1")?.value).toBe(45352); // 2024-03-01
    expect(cell(plan, "start:1")?.numberFormat).toBe("yyyy-mm-dd");
    expect(cell(plan, "days:1")?.cached).toBe(5);
    expect(cell(plan, "days:3")?.cached).toBe("");
    expect(cell(plan, "days:1")?.formula).toBe('IF(AND(ISNUMBER(D7),ISNUMBER(E7)),IF(E7>=D7,E7-D7+1,""),"")');
    expect(plan.conditionalFormats).toEqual([
      expect.objectContaining({ range: "D7:F36", formula: "AND(ISNUMBER($D7),ISNUMBER($E7),$E7<$D7)" }),
    ]);
    expect(plan.validations.find((v) => v.rule.kind === "date")?.range).toBe("D7:E36");
    expect(["plan-start", "plan-end", "plan-days"].map((k) => cell(plan, k)?.cached)).toEqual([45352, 45444, 93]);
  });
});
