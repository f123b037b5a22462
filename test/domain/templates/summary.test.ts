import { summaryTemplate } from "../../../src/domain/templates/specs/summary";
import { planProblems } from "../../../src/domain/templates/validatePlan";
import { options } from "./issue5Fixtures";
import { structureProblems } from "./projection";

describe("诊断结论 template", () => {
  test.each(["zh-CN", "en-US"] as const)("structure (%s): locks, native functions, one page", (lang) => {
    for (const mode of ["native", "custom"] as const) {
      const plan = summaryTemplate.build(options({ lang, mode }));
      // one portrait page: no frozen header band, not landscape
      const page = ["header not frozen", "not landscape"];
      expect(structureProblems(plan).filter((p) => !page.includes(p))).toEqual([]);
      expect(planProblems(plan)).toEqual([]);
      expect(plan.print).toMatchObject({ fitToWidth: true, onePage: true });
    }
  });

  test("every figure is a formula over a defined name with 未插入 for a missing sheet; no input", () => {
    const plan = summaryTemplate.build(options({ nameSuffix: "_2", present: ["summary"] }));
    expect(plan.cells.filter((c) => c.role === "input")).toEqual([]);
    const basic = plan.cells.find((c) => c.key === "figure:GREEN_BASIC_OVERALL");
    expect(basic?.formula).toBe('IFERROR(IF(GREEN_BASIC_OVERALL_2="","",GREEN_BASIC_OVERALL_2),"未插入")');
    expect(basic?.cached).toBe("未插入");
    const count = plan.cells.find((c) => c.key === "options:count:low");
    expect(count?.formula).toBe(
      'IFERROR(SUM(GREEN_MTX_COUNT_LOW_IMPLEMENTED_2,GREEN_MTX_COUNT_LOW_PENDING_2),"未插入")',
    );
    expect(
      summaryTemplate.build(options({ lang: "en-US", present: [] })).cells.find((c) => c.key === "saving:co2")?.cached,
    ).toBe("not inserted");
  });

  test("with the sheets present, the figures are theirs: basic requirements from the answers", () => {
    const plan = summaryTemplate.build(options({ rows: { basic: [{ answer: "不符合" }] } }));
    expect(plan.cells.find((c) => c.key === "figure:GREEN_BASIC_OVERALL")?.cached).toBe("不符合");
    expect(plan.cells.find((c) => c.key === "figure:GREEN_PARK_NAME")?.cached).toBe("");
  });
});
