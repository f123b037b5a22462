import { SYNERGY_INDICATORS } from "../../../src/domain/catalog";
import { synergyGrade } from "../../../src/domain/calc";
import { synergyTemplate } from "../../../src/domain/templates/specs/synergy";
import { planProblems } from "../../../src/domain/templates/validatePlan";
import { SCENARIO_A, SCENARIO_C, options } from "./issue5Fixtures";
import { project, structureProblems } from "./projection";

const cell = (plan: ReturnType<typeof synergyTemplate.build>, key: string) => plan.cells.find((c) => c.key === key);

describe("synergy template (《工业园区减污降碳协同增效管控规范》表1–表5 and 评估等级划分)", () => {
  test.each([
    ["zh-CN", SCENARIO_A],
    ["en-US", SCENARIO_C],
  ] as const)("snapshot %s", (lang, rows) => {
    expect(project(synergyTemplate.build(options({ lang, rows })))).toMatchSnapshot();
  });

  test.each(["zh-CN", "en-US"] as const)("structure (%s)", (lang) => {
    for (const mode of ["native", "custom"] as const) {
      const plan = synergyTemplate.build(options({ lang, mode }));
      expect(structureProblems(plan)).toEqual([]);
      expect(planProblems(plan)).toEqual([]);
    }
  });

  test("every indicator of the five tables, with its unit, direction and main flag prefilled from the catalog", () => {
    const plan = synergyTemplate.build(options());
    expect(plan.cells.filter((c) => c.col === 0 && /^SY\d-\d$/.test(String(c.value))).map((c) => c.value)).toEqual(
      SYNERGY_INDICATORS.map((s) => s.id),
    );
    for (const s of SYNERGY_INDICATORS) {
      expect(cell(plan, `unit:${s.id}`)?.value).toBe(s.unit);
      expect(cell(plan, `direction:${s.id}`)?.value).toBe(s.direction === "up" ? "↑" : "↓");
      expect(cell(plan, `main:${s.id}`)?.value).toBe(s.main ? "是" : "否");
      expect(cell(plan, `target:${s.id}`)?.value).toBeNull(); // the catalog has no numeric targets: the park sets them
    }
    const titles = plan.cells.filter((c) => c.role === "subtotal").map((c) => c.value);
    expect(titles).toEqual([
      "表1 工业园区减污降碳协同控制主要指标",
      "表2 工业园区能源利用监测指标",
      "表3 工业园区污染物排放监测指标",
      "表4 工业园区碳排放监测指标",
      "表5 工业园区减污降碳协同管控绩效评估指标",
    ]);
  });

  test("year headers come from options.years[1..3]; grades are named per year", () => {
    const plan = synergyTemplate.build(options({ years: [2020, 2021, 2022, 2023] }));
    expect(
      plan.cells.filter((c) => c.role === "header" && /^\d{4}年$/.test(String(c.value))).map((c) => c.value),
    ).toEqual(["2021年", "2022年", "2023年"]);
    expect(plan.names.filter((n) => n.name.startsWith("GREEN_SYNERGY_GRADE_")).map((n) => n.name)).toEqual([
      "GREEN_SYNERGY_GRADE_Y1",
      "GREEN_SYNERGY_GRADE_Y2",
      "GREEN_SYNERGY_GRADE_Y3",
    ]);
  });

  test("drop-downs: direction ↑/↓, main 是/否 (yes/no in English)", () => {
    const lists = (lang: "zh-CN" | "en-US") =>
      synergyTemplate
        .build(options({ lang }))
        .validations.filter((v) => v.rule.kind === "list")
        .map((v) => v.rule);
    expect(lists("zh-CN")).toEqual([
      { kind: "list", items: ["↑", "↓"] },
      { kind: "list", items: ["是", "否"] },
    ]);
    expect(lists("en-US")[1]).toEqual({ kind: "list", items: ["yes", "no"] });
  });

  test("empty inputs: every computed cell is empty", () => {
    const plan = synergyTemplate.build(options());
    expect(plan.cells.filter((c) => c.formula !== undefined).every((c) => c.cached === "")).toBe(true);
  });

  test("a graded indicator without its actual leaves the year ungraded; monitoring rows without target are not graded", () => {
    const plan = synergyTemplate.build(options({ rows: SCENARIO_A }));
    expect([1, 2, 3].map((k) => cell(plan, `grade:Y${k}`)?.cached)).toEqual(["优良", "", "需改进"]);
    expect(cell(plan, "graded-actual:SY3-1:Y1")?.cached).toBe("");
    expect(cell(plan, "graded-actual:SY1-1:Y1")?.cached).toBe(0.42);
    expect(cell(plan, "graded-direction:SY3-1")?.cached).toBe("");
    expect(cell(plan, "graded-direction:SY1-1")?.cached).toBe("↓");
    // calc on the whole table as typed (no graded-values block) would refuse every year: directions without targets
    expect(synergyGrade([0.42, null], [0.45, null], ["↓", "↓"]).ok).toBe(false);
  });

  test("direction synonyms are normalised for grading (正向/逆向, up/down, 1/-1)", () => {
    const plan = synergyTemplate.build(
      options({
        rows: {
          synergy: [
            { id: "SY5-4", direction: "正向", target: 80, actual_y1: 90 },
            { id: "SY5-1", direction: -1, target: 1, actual_y1: 0.9 },
          ],
        },
      }),
    );
    expect(cell(plan, "graded-direction:SY5-4")?.cached).toBe("↑");
    expect(cell(plan, "graded-direction:SY5-1")?.cached).toBe("↓");
    expect(cell(plan, "grade:Y1")?.cached).toBe("优良");
  });
});
