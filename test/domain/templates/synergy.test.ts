import { SYNERGY_INDICATORS } from "../../../src/domain/catalog";
import { synergyGrade } from "../../../src/domain/calc";
import { synergyTemplate } from "../../../src/domain/templates/specs/synergy";
import { planProblems } from "../../../src/domain/templates/validatePlan";
import { SCENARIO_A, SCENARIO_C, SCENARIO_DATA, options } from "./scenarioFixtures";
import { project, structureProblems } from "./projection";

const cell = (plan: ReturnType<typeof synergyTemplate.build>, key: string) => plan.cells.find((c) => c.key === key);

describe("synergy template (《工业园区减污降碳协同增效管控规范》表1–表5 and 评估等级划分)", () => {
  test.each([
    ["zh-CN", SCENARIO_A],
    ["en-US", SCENARIO_C],
  ] as const)("snapshot %s", (lang, rows) => {
    const data = rows === SCENARIO_A ? SCENARIO_DATA.A : SCENARIO_DATA.C;
    expect(project(synergyTemplate.build(options({ lang, rows, data })))).toMatchSnapshot();
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
      // a linked indicator's unit is the data items' ratio: a label
      const unit = plan.cells.find((c) => c.row === cell(plan, `direction:${s.id}`)?.row && c.col === 4);
      expect(unit?.value).toBe(s.unit);
      expect(unit?.role).toBe(s.link ? "unit" : "input");
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
    const computed = plan.cells.filter((c) => c.formula !== undefined && !c.key?.startsWith("description:"));
    expect(computed.every((c) => c.cached === "")).toBe(true);
  });

  test("a graded indicator without its actual leaves the year ungraded; monitoring rows without target are not graded", () => {
    const plan = synergyTemplate.build(options({ rows: SCENARIO_A, data: SCENARIO_DATA.A }));
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
            { id: "SY5-1", direction: -1, target: 1 },
          ],
        },
        data: { years: [2021, 2022, 2023, 2024], values: { energy_total: [null, 900], gross_output: [null, 1000] } },
      }),
    );
    expect(cell(plan, "graded-direction:SY5-4")?.cached).toBe("↑");
    expect(cell(plan, "graded-direction:SY5-1")?.cached).toBe("↓");
    expect(cell(plan, "grade:Y1")?.cached).toBe("优良");
  });
});

/**
 * 《工业园区减污降碳协同增效管控规范》表1–表5 actuals that are ratios of data items come from the data sheet
 * (docs/templates.md#synergy). Expected values by hand, units written out.
 */
describe("synergy actuals linked to the data sheet", () => {
  // 原煤 1 000 t × 0.7143 kgce/kg = 714.3 tce (GB/T 2589 附录A); 工业总产值 1 000 万元, 工业增加值 250 万元
  const DATA = {
    years: [2021, 2022, 2023, 2024] as [number, number, number, number],
    values: {
      gross_output: [null, 1000, 1000, null],
      va: [null, 250, 300, null],
      co2: [null, 5000, 4500, null],
      wastewater: [null, 30000, null, null],
      cod: [null, 12, 11, null],
      nh3n: [null, 1.5, 1.2, null],
      energy_renewable: [null, 71.43, null, null],
    },
    // the inventory (碳排放核算) gives co2 where the energy block holds quantities: 原煤 × 2.5 tCO2/t, a factor
    // the park enters (coal has none by default), so the reported 5 000 / 4 500 t give way to 2 500 / 2 250 t
    energy: [{ carrier: "原煤", unit: "t", values: [null, 1000, 900, null], co2Factor: 2.5 }],
  };
  const build = (over: Parameters<typeof options>[0] = {}) => synergyTemplate.build(options({ data: DATA, ...over }));
  const actual = (plan: ReturnType<typeof build>, id: string, k: number) => cell(plan, `actual_y${k}:${id}`);

  test("单位产值能耗 = 714.3 tce / 1 000 万元 = 0.7143 tce/万元, the same formula in tables 1, 2 and 5", () => {
    const plan = build();
    for (const id of ["SY1-1", "SY2-2", "SY5-1"]) {
      expect(actual(plan, id, 1)?.cached as number).toBeCloseTo(0.7143, 12);
      expect(actual(plan, id, 1)?.formula).toBe(actual(plan, "SY1-1", 1)?.formula);
      expect(actual(plan, id, 1)?.role).toBe("computed");
    }
    // year 2: 900 t × 0.7143 = 642.87 tce / 1 000 万元
    expect(actual(plan, "SY1-1", 2)?.cached as number).toBeCloseTo(0.64287, 12);
    // year 3: no output value → not computed
    expect(actual(plan, "SY1-1", 3)?.cached).toBe("");
  });

  test("碳排放强度 2 500 t / 1 000 万元 = 2.5 tCO2/万元; 废水 30 000 t / 1 000 万元 = 30 t/万元; amounts as reported", () => {
    const plan = build();
    expect(actual(plan, "SY1-2", 1)?.cached).toBe(2.5);
    expect(actual(plan, "SY4-2", 2)?.cached).toBe(2.25);
    expect(actual(plan, "SY1-4", 1)?.cached).toBe(30);
    expect(actual(plan, "SY2-1", 1)?.cached as number).toBeCloseTo(714.3, 9);
    expect(actual(plan, "SY4-1", 2)?.cached).toBe(2250);
    expect([actual(plan, "SY3-4", 1)?.cached, actual(plan, "SY3-5", 2)?.cached]).toEqual([12, 1.2]);
    // 清洁能源比例 (可再生能源占比, EG2) = 71.43 / 714.3 × 100 = 10 %
    expect(actual(plan, "SY2-3", 1)?.cached as number).toBeCloseTo(10, 10);
  });

  test("the output basis is chosen once on the parameter sheet: 工业增加值 gives 714.3 / 250 = 2.8572 tce/万元", () => {
    const plan = build({ parameterChoices: { "synergy-output-basis": "工业增加值" } });
    expect(actual(plan, "SY1-1", 1)?.cached as number).toBeCloseTo(2.8572, 12);
    expect(actual(plan, "SY1-2", 2)?.cached).toBe(7.5); // 2 250 / 300
    expect(cell(plan, "description:SY1-1")?.cached).toBe("单位工业产值所消耗能源量（产值按工业增加值计）");
    expect(cell(build(), "description:SY1-1")?.cached).toBe("单位工业产值所消耗能源量（产值按工业总产值计）");
    const en = build({ lang: "en-US", parameterChoices: { "synergy-output-basis": "Industrial value added" } });
    expect(actual(en, "SY1-1", 1)?.cached as number).toBeCloseTo(2.8572, 12);
    // a word naming no basis: nothing is computed
    expect(actual(build({ parameterChoices: { "synergy-output-basis": "产值" } }), "SY1-1", 1)?.cached).toBe("");
  });

  test("typed where no data item measures the indicator (waste gas, concentrations, by-product use)", () => {
    const plan = build();
    const linked = SYNERGY_INDICATORS.filter((s) => s.link).map((s) => s.id);
    expect(linked).toEqual([
      "SY1-1",
      "SY1-2",
      "SY1-4",
      "SY2-1",
      "SY2-2",
      "SY2-3",
      "SY3-4",
      "SY3-5",
      "SY4-1",
      "SY4-2",
      "SY5-1",
      "SY5-2",
    ]);
    for (const id of ["SY1-3", "SY2-4", "SY3-1", "SY3-2", "SY3-3", "SY4-3", "SY4-4", "SY5-3", "SY5-4"])
      expect(actual(plan, id, 1)?.role).toBe("input");
  });
});
