import { PLAN_ROWS, planTemplate } from "../../../src/domain/templates/specs/plan";
import { DIAGNOSIS_TASKS } from "../../../src/domain/templates/specs/diagnosisPlan";
import { planProblems } from "../../../src/domain/templates/validatePlan";
import { SCENARIO_A, SCENARIO_C, options } from "./scenarioFixtures";
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
    // every result empty but the minimum read from the parameter sheet
    const results = empty.cells.filter((c) => c.formula !== undefined && !c.key?.startsWith("required:"));
    expect(results.every((c) => c.cached === "")).toBe(true);
    expect(empty.cells.filter((c) => c.role === "input")).toHaveLength(PLAN_ROWS * 8 + DIAGNOSIS_TASKS.length * 6);
  });

  test("dates: ISO text becomes a date serial; durations count both ends; an end before the start has none and is highlighted", () => {
    const plan = planTemplate.build(options({ rows: SCENARIO_A }));
    expect(cell(plan, "start:1")?.value).toBe(45352); // 2024-03-01
    expect(cell(plan, "start:1")?.numberFormat).toBe("yyyy-mm-dd");
    expect(cell(plan, "days:1")?.cached).toBe(5);
    expect(cell(plan, "days:3")?.cached).toBe("");
    expect(cell(plan, "days:1")?.formula).toBe('IF(AND(ISNUMBER(D7),ISNUMBER(E7)),IF(E7>=D7,E7-D7+1,""),"")');
    expect(plan.conditionalFormats).toContainEqual(
      expect.objectContaining({ range: "D7:F36", formula: "AND(ISNUMBER($D7),ISNUMBER($E7),$E7<$D7)" }),
    );
    expect(plan.validations.find((v) => v.rule.kind === "date")?.range).toBe("D7:E36");
    expect(["plan-start", "plan-end", "plan-days"].map((k) => cell(plan, k)?.cached)).toEqual([45352, 45444, 93]);
  });

  describe("the green-diagnosis plan (《北京市工业园区绿色诊断工作指南》)", () => {
    test("二（一）: three phases — 前期准备, 诊断实施, 报告编制提交 — with the tasks of 三、四、五", () => {
      const plan = planTemplate.build(options());
      const phases = new Set(plan.cells.filter((c) => c.row >= 46 && c.row <= 58 && c.col === 1).map((c) => c.value));
      expect([...phases]).toEqual(["前期准备", "诊断实施", "报告编制提交"]);
      const tasks = plan.cells.filter((c) => c.row >= 46 && c.row <= 58 && c.col === 2).map((c) => c.value);
      expect(tasks).toContain("编制工作计划");
      expect(tasks).toContain("实施园区绿色诊断（现场诊断）");
      expect(cell(plan, "diag:output:13")?.value).toBe("工业园区绿色诊断评估报告");
      expect(plan.names.map((n) => n.name)).toEqual(
        expect.arrayContaining(["GREEN_PLAN_ONSITE_CHECK", "GREEN_PLAN_YEARS_CHECK", "GREEN_PLAN_DIAGNOSIS_START"]),
      );
    });

    // 四（三）1 "现场诊断时间……不应少于4个工作日"; 附件2-1-2 注2 "年份1至年份3原则上为绿色诊断实施年份的前三年"
    test.each([
      [
        "on site Mon 2025-03-03 … Thu 03-06, diagnosis from 2025, years to 2024",
        SCENARIO_A,
        "zh-CN",
        4,
        "符合",
        2025,
        "符合",
      ],
      [
        "on site Fri 2024-07-05 … Tue 07-09, diagnosis from 2024, years to 2024",
        SCENARIO_C,
        "en-US",
        3,
        "non-compliant",
        2024,
        "non-compliant",
      ],
    ] as const)("%s", (_name, rows, lang, days, onsite, year, years) => {
      const plan = planTemplate.build(options({ lang, rows }));
      expect(cell(plan, "diag-check:onsite-days")?.cached).toBe(days);
      expect(cell(plan, "required:diagnosis-min-onsite-days")?.formula).toBe("GREEN_PARAM_DIAGNOSIS_MIN_ONSITE_DAYS");
      expect(cell(plan, "required:diagnosis-min-onsite-days")?.cached).toBe(4);
      expect(cell(plan, "diag-check:onsite")?.cached).toBe(onsite);
      expect(cell(plan, "diag-check:diagnosis-year")?.cached).toBe(year);
      expect(cell(plan, "diag-check:last-year")?.value).toBe(2024);
      expect(cell(plan, "diag-check:years")?.cached).toBe(years);
    });

    test("working days by NETWORKDAYS; a phase spans its tasks; the years check reads the 诊断实施 start", () => {
      const plan = planTemplate.build(options({ rows: SCENARIO_A }));
      expect(cell(plan, "diag:workdays:7")?.cached).toBe(5); // Wed 2025-02-26 … Tue 03-04: 7 days, 5 working days
      expect(cell(plan, "diag:workdays:7")?.formula).toBe(
        'IF(AND(ISNUMBER(D53),ISNUMBER(E53)),IF(E53>=D53,NETWORKDAYS(D53,E53),""),"")',
      );
      expect(cell(plan, "diag-phase:start:diagnosis")?.cached).toBe(45712); // 2025-02-24
      expect(cell(plan, "diag-phase:workdays:diagnosis")?.cached).toBe(9); // 2025-02-24 … 03-06
      expect(cell(plan, "diag-phase:workdays:preparation")?.cached).toBe(10); // 2025-02-10 … 02-21
      expect(cell(plan, "diag-phase:start:report")?.cached).toBe("");
      expect(cell(plan, "diag-check:diagnosis-year")?.formula).toBe('IF(ISNUMBER(D63),YEAR(D63),"")');
    });

    test("a changed minimum on the parameter sheet re-checks; no dates leave the checks empty", () => {
      const five = planTemplate.build(
        options({ rows: SCENARIO_A, parameterValues: { "diagnosis-min-onsite-days": 5 } }),
      );
      expect(cell(five, "diag-check:onsite")?.cached).toBe("不符合");
      const blank = planTemplate.build(options({ rows: { plan: [] } }));
      expect(
        ["diag-check:onsite", "diag-check:years", "diag-check:onsite-days"].map((k) => cell(blank, k)?.cached),
      ).toEqual(["", "", ""]);
      const reversed = planTemplate.build(options({ rows: SCENARIO_C }));
      expect(cell(reversed, "diag:workdays:7")?.cached).toBe(""); // the end before the start
    });
  });
});
