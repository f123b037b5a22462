/**
 * The `targets` template as data: snapshot per language, structure, the direction words against
 * calc.parseDirection, the four rows of 江苏省《行业清洁生产审核技术指南》附录B 7.3 linked to the performance matrix
 * (hand-summed), and custom mode (GREEN.RATE ∘ GREEN.REDUCTION run by the real functions).
 */
import { TARGET_TABLE_ROWS, TARGET_TYPES } from "../../../src/domain/catalog";
import { parseDirection } from "../../../src/domain/calc";
import { cellAddress, parseRange } from "../../../src/domain/templates/a1";
import type { TemplateOptions } from "../../../src/domain/templates/context";
import type { CellValue, PlannedCell, SheetPlan } from "../../../src/domain/templates/sheetPlan";
import { ROLE_STYLES } from "../../../src/domain/templates/styles";
import { isValidDefinedName, planProblems } from "../../../src/domain/templates/validatePlan";
import {
  DIRECTION_WORDS,
  TARGET_CAPACITY,
  TARGET_FIXED_FIELD,
  TARGET_INPUT_KEYS,
  buildTargets,
  targetsTemplate,
} from "../../../src/domain/templates/specs/targets";
import * as GREEN from "../../../src/functions/functions";
import { cellOfCall, installCustomFunctionsStub } from "../../functions/customFunctionsStub";
import { COD_TARGET } from "../review/reviewFixtures";

const ROWS: readonly Readonly<Record<string, CellValue>>[] = [
  { ...COD_TARGET, evidence: "2024年监测报告" },
  // the water-reuse target in English words (up, medium-term), and not met (88 < 90)
  {
    type: "资源能源利用",
    indicator: "工业用水重复利用率",
    unit: "%",
    direction: "up",
    term: "medium-term",
    baseline: 85,
    target: 90,
    actual: 88,
  },
  {
    type: "cp-level",
    indicator: "达到一级水平的企业数量",
    unit: "家",
    direction: "正向",
    baseline: 2,
    target: 2,
    actual: 3,
  },
];
const options = (over: Partial<TemplateOptions> = {}): TemplateOptions => ({
  lang: "zh-CN",
  mode: "native",
  years: [2021, 2022, 2023, 2024],
  nameSuffix: "",
  rows: { targets: ROWS },
  ...over,
});
/** the first row of the guide's table, and the first free row below its four rows */
const TABLE = 6;
const FIRST = TABLE + 4;

function line(c: PlannedCell): string {
  // cached numbers to 10 significant digits: the snapshot shows the layout, the engine test the precision
  const cached = typeof c.cached === "number" ? Number(c.cached.toPrecision(10)) : c.cached;
  const body = c.formula !== undefined ? `=${c.formula}  → ${JSON.stringify(cached)}` : JSON.stringify(c.value);
  return `${cellAddress(c.row, c.col)} ${c.role}${c.numberFormat ? ` [${c.numberFormat}]` : ""}${c.key ? ` {${c.key}}` : ""} ${body}`;
}

function projection(plan: SheetPlan) {
  return {
    sheetName: plan.sheetName,
    cells: plan.cells.filter((c) => c.row < FIRST + 3 && c.key !== "metadata" && c.key !== "row-key").map(line),
    names: plan.names.map((n) => `${n.name} = ${n.range}`),
    validations: plan.validations.map(
      (v) => `${v.range} ${JSON.stringify(v.rule)} ${v.prompt ? `prompt "${v.prompt.title}"` : ""}`,
    ),
    conditionalFormats: plan.conditionalFormats.map((f) => `${f.range} =${f.formula} ${f.fill}`),
    merges: plan.merges,
    regions: plan.regions.map((r) => `${r.id} ${r.range}`),
    freeze: plan.freeze,
    columnWidths: plan.columnWidths,
  };
}

describe.each(["zh-CN", "en-US"] as const)("targets snapshot (%s)", (lang) => {
  test("native mode with three targets", () => expect(projection(buildTargets(options({ lang })))).toMatchSnapshot());
  test("custom mode formulas of target 1", () => {
    const plan = buildTargets(options({ lang, mode: "custom" }));
    expect(plan.cells.filter((c) => c.row === FIRST && c.formula !== undefined).map(line)).toMatchSnapshot();
  });
});

describe("targets structure", () => {
  const plan = buildTargets(options());

  test("the spec and plans pass planProblems in both languages and modes", () => {
    expect(targetsTemplate.id).toBe("targets");
    for (const lang of ["zh-CN", "en-US"] as const) {
      for (const mode of ["native", "custom"] as const)
        expect(planProblems(targetsTemplate.build(options({ lang, mode })))).toEqual([]);
    }
  });

  test("the direction words of the formulas are exactly what calc.parseDirection reads", () => {
    for (const direction of ["up", "down"] as const) {
      for (const word of DIRECTION_WORDS[direction])
        expect(parseDirection(word)).toEqual({ ok: true, value: direction });
    }
    expect(parseDirection(1)).toEqual({ ok: true, value: "up" });
    expect(parseDirection(-1)).toEqual({ ok: true, value: "down" });
  });

  test("drop-downs: type (TARGET_TYPES), direction (↑/↓), term; prefilled words normalised", () => {
    const lists = plan.validations
      .filter((v) => v.rule.kind === "list")
      .map((v) => (v.rule.kind === "list" ? v.rule.items : []));
    expect(lists[0]).toEqual(TARGET_TYPES.map((t) => t.name.zh));
    // 7.2.3.4 e) 其他目标
    expect(lists[0]).toContain("其他");
    expect(lists[1]).toContain("COD减排");
    expect(lists[1]).not.toContain("CO2减排");
    expect(lists[2]).toEqual(["CO2减排"]);
    expect(lists[3]).toEqual(["节水", "节电", "节煤", "节油", "节天然气", "节蒸汽", "节综合能耗"]);
    expect(lists[1]).toHaveLength(TARGET_TABLE_ROWS[0]!.measures.length);
    // T/CPPC《工业园区清洁生产审核指南》5.2.4 “近期、中期和远期目标”
    expect(lists.slice(4)).toEqual([
      ["↑", "↓"],
      ["近期", "中期", "远期"],
    ]);
    const at = (key: string) => plan.cells.find((c) => c.key === key)?.value;
    expect([at("tgt:direction:2"), at("tgt:term:2"), at("tgt:type:3"), at("tgt:direction:3")]).toEqual([
      "↑",
      "中期",
      "清洁生产水平提升",
      "↑",
    ]);
  });

  test("inputs unlocked, computed cells locked formulas, names valid and unique", () => {
    expect(ROLE_STYLES.input.locked).toBe(false);
    const rows = plan.cells.filter((c) => c.row >= FIRST && c.key !== "metadata" && c.key !== "row-key");
    // 13 columns, 实际值来源 a label
    expect(rows).toHaveLength(TARGET_CAPACITY * 13);
    for (const c of rows) {
      if (c.col === 12) expect(c.value).toBe("填写");
      else if (TARGET_INPUT_KEYS.includes((c.key ?? "").split(":")[1]!)) expect(c.role).toBe("input");
      else expect(c.formula).toBeDefined();
    }
    const names = plan.names.map((n) => n.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(isValidDefinedName(n)).toBe(true);
    expect(parseRange(plan.names.find((n) => n.name === "GREEN_TGT_COMPLETION")?.range ?? "")).toMatchObject({
      top: TABLE,
      bottom: FIRST + TARGET_CAPACITY - 1,
    });
    expect(names).toEqual(
      expect.arrayContaining([
        "GREEN_TGT_MET",
        "GREEN_TGT_MET_COUNT",
        "GREEN_TGT_ASSESSED_COUNT",
        "GREEN_META_targets",
      ]),
    );
  });

  test("completion and met? of the three rows", () => {
    const cached = (key: string) => plan.cells.find((c) => c.key === key)?.cached;
    expect(cached("tgt:completion:1")).toBeCloseTo(125, 10);
    expect(cached("tgt:completion:2")).toBeCloseTo(60, 10); // (88 − 85)/(90 − 85)
    expect([cached("tgt:met:2"), cached("tgt:completion:3"), cached("tgt:met:3")]).toEqual(["否", "不适用", "是"]);
    expect(cached("tgt:met:4")).toBe("");
  });
});

describe("custom mode: GREEN.RATE(GREEN.REDUCTION(b, a), GREEN.REDUCTION(b, t)) gives the cached completion", () => {
  beforeAll(() => installCustomFunctionsStub());
  test("each numeric completion, recomputed by the custom functions", () => {
    const plan = buildTargets(options({ mode: "custom" }));
    const value = new Map(
      plan.cells.filter((c) => c.role === "input").map((c) => [cellAddress(c.row, c.col), c.value]),
    );
    let checked = 0;
    for (const c of plan.cells.filter((x) => typeof x.cached === "number" && x.key?.startsWith("tgt:completion"))) {
      const m =
        /GREEN\.RATE\(GREEN\.REDUCTION\(([A-Z]+\d+),([A-Z]+\d+)\),GREEN\.REDUCTION\(([A-Z]+\d+),([A-Z]+\d+)\)\)/.exec(
          c.formula ?? "",
        );
      expect(m).not.toBeNull();
      if (!m) continue;
      const [b, a, b2, t] = m.slice(1).map((address) => value.get(address));
      expect(b2).toBe(b);
      const result = cellOfCall(
        GREEN.rateFunction,
        cellOfCall(GREEN.reductionFunction, b, a),
        cellOfCall(GREEN.reductionFunction, b, t),
      );
      expect(result as number).toBeCloseTo(c.cached as number, 10);
      checked += 1;
    }
    expect(checked).toBe(2);
  });
});

/**
 * 附录B 7.3's four rows: 污染物减排, 温室气体减排 and 资源能源利用 measured by the matrix's totals over the implemented
 * options (附录B 7.2), 清洁生产水平提升 typed. Expected values summed by hand from the option rows below.
 */
describe("the four rows of 附录B 7.3, linked to the performance matrix", () => {
  const OPTIONS: readonly Readonly<Record<string, CellValue>>[] = [
    { name: "废水深度处理", status: "已实施", investment: 50, cod: 12.5, co2: 300, save_electricity: 10 },
    { name: "冷凝水回收", status: "已实施", investment: 5, cod: 7.5, co2: 200, save_water: 8000 },
    // pending: not counted in an achieved value
    { name: "RTO焚烧", status: "待实施", investment: 300, cod: 100, co2: 900, save_electricity: 50 },
  ];
  const TARGETS = [
    { [TARGET_FIXED_FIELD]: "pollutant-reduction", target: 25, term: "近期" },
    { [TARGET_FIXED_FIELD]: "ghg-reduction", target: 400, term: "中期" },
    { [TARGET_FIXED_FIELD]: "resource-energy", target: 10 },
    { [TARGET_FIXED_FIELD]: "cp-level", baseline: 2, target: 4, actual: 3, term: "远期" },
    ...ROWS,
  ];
  const build = (over: Partial<TemplateOptions> = {}) =>
    buildTargets(options({ rows: { options: OPTIONS, targets: TARGETS }, ...over }));
  const plan = build();
  const cell = (key: string) => plan.cells.find((c) => c.key === key);

  test("prefilled: fixed types in the guide's order, matrix items, ↑ from a baseline of 0", () => {
    const empty = buildTargets(options({ rows: {} }));
    const at = (row: number, col: number) => empty.cells.find((c) => c.row === row && c.col === col)?.value;
    expect([0, 1, 2, 3].map((i) => at(TABLE + i, 1))).toEqual([
      "污染物减排",
      "温室气体减排",
      "资源能源利用",
      "清洁生产水平提升",
    ]);
    expect([0, 1, 2, 3].map((i) => at(TABLE + i, 2))).toEqual([
      "COD减排",
      "CO2减排",
      "节综合能耗",
      "达到一级或二级水平的企业数量",
    ]);
    expect([0, 1, 2, 3].map((i) => at(TABLE + i, 6))).toEqual([0, 0, 0, null]);
    expect([0, 1, 2, 3].map((i) => at(TABLE + i, 12))).toEqual([
      "绩效评估：已实施方案合计（公式）",
      "绩效评估：已实施方案合计（公式）",
      "绩效评估：已实施方案合计（公式）",
      "填写",
    ]);
    // the free rows follow, numbered after the four
    expect(at(FIRST, 0)).toBeNull();
    expect(at(FIRST, 12)).toBe("填写");
  });

  test("actual = the implemented options' total: COD 12.5 + 7.5 = 20, CO2 300 + 200 = 500, 10 万kWh × 0.1229 = 12.29 tce", () => {
    expect(cell("tgt:actual:pollutant-reduction")?.cached).toBe(20);
    expect(cell("tgt:actual:pollutant-reduction")?.formula).toContain("GREEN_MTX_COD_IMPLEMENTED");
    expect(cell("tgt:actual:ghg-reduction")?.cached).toBe(500);
    expect(cell("tgt:actual:ghg-reduction")?.formula).toContain("GREEN_MTX_CO2_IMPLEMENTED");
    expect(cell("tgt:actual:resource-energy")?.cached as number).toBeCloseTo(12.29, 10);
    // completion = (0 − actual)/(0 − target) × 100: 20/25 = 80 %, 500/400 = 125 %, 12.29/10 = 122.9 %
    expect(cell("tgt:completion:pollutant-reduction")?.cached as number).toBeCloseTo(80, 10);
    expect(cell("tgt:met:pollutant-reduction")?.cached).toBe("否");
    expect(cell("tgt:completion:ghg-reduction")?.cached as number).toBeCloseTo(125, 10);
    expect(cell("tgt:met:ghg-reduction")?.cached).toBe("是");
    expect(cell("tgt:completion:resource-energy")?.cached as number).toBeCloseTo(122.9, 10);
    // 清洁生产水平提升 typed: (2 − 3)/(2 − 4) = 50 %
    expect(cell("tgt:actual:cp-level")?.role).toBe("input");
    expect(cell("tgt:completion:cp-level")?.cached as number).toBeCloseTo(50, 10);
    expect(cell("tgt:met-count")?.cached).toBe(4); // ghg, resource, free rows 1 and 3
    expect(cell("tgt:assessed-count")?.cached).toBe(7);
  });

  test("the indicator chooses the matrix item, in either language; another word links nothing", () => {
    const chosen = (indicator: string) =>
      buildTargets(
        options({
          rows: {
            options: OPTIONS,
            targets: [{ [TARGET_FIXED_FIELD]: "resource-energy", indicator, target: 5000 }],
          },
        }),
      ).cells.find((c) => c.key === "tgt:actual:resource-energy")?.cached;
    expect(chosen("节水")).toBe(8000);
    expect(chosen(" Water saved ")).toBe(8000);
    expect(chosen("节电")).toBe(10);
    expect(chosen("单位产品水耗")).toBe("");
  });

  test("the review reads the four rows back by their type", () => {
    const keys = plan.cells.filter((c) => c.row === TABLE && c.role === "input").map((c) => c.key);
    expect(keys).toEqual([
      "tgt:indicator:pollutant-reduction",
      "tgt:unit:pollutant-reduction",
      "tgt:direction:pollutant-reduction",
      "tgt:term:pollutant-reduction",
      "tgt:baseline:pollutant-reduction",
      "tgt:target:pollutant-reduction",
      "tgt:evidence:pollutant-reduction",
    ]);
    expect(targetsTemplate.reads).toEqual(["matrix"]);
  });
});

/**
 * Further targets naming a row of the performance matrix (附录B 7.3 “审核目标完成情况”; 附录B 7.2, its 其他污染物减排量 and
 * 其他 saving named by the options): the actual is that row's implemented total, a formula; typed where no row measures
 * it. Expected values summed by hand.
 */
describe("further targets naming a matrix row (附录B 7.3, 7.2 其他污染物减排量)", () => {
  const OPTIONS: readonly Readonly<Record<string, CellValue>>[] = [
    {
      name: "低VOCs水性涂料替代",
      status: "已实施",
      nh3n: 0.8,
      other_pollutant: "甲苯",
      other_pollutant_amount: 2.4,
      other_pollutant_unit: "t/a",
    },
    {
      name: "涂装废气RTO",
      status: "已实施",
      other_pollutant: "甲苯",
      other_pollutant_amount: 3.6,
      other_pollutant_unit: "t/a",
    },
    {
      name: "印染废水分质回用",
      status: "待实施",
      other_pollutant: "总氮",
      other_pollutant_amount: 8,
      other_pollutant_unit: "t/a",
    },
    {
      name: "石灰石替代",
      status: "已实施",
      other_saving: "节约石灰石",
      other_saving_amount: 300,
      other_saving_unit: "t/a",
    },
  ];
  const target = (indicator: string, unit: string, actual?: number) => ({
    type: "其他",
    indicator,
    unit,
    direction: "↑",
    baseline: 0,
    target: 8,
    ...(actual !== undefined ? { actual } : {}),
  });
  const TARGETS = [
    target("甲苯", "t/a", 99),
    target("总氮", "t/a", 1),
    target("Ammonia nitrogen reduction", "t/a"),
    target("甲苯", "kg/a", 40),
    target("节约石灰石", "t/a"),
    target("绿色工厂数量", "家", 5),
  ];
  const plan = (lang: "zh-CN" | "en-US" = "zh-CN") =>
    buildTargets(options({ lang, rows: { options: OPTIONS, targets: TARGETS } }));
  const zh = plan();
  const cell = (n: number, column = "actual") => zh.cells.find((c) => c.key === `tgt:${column}:${n}`);

  test("甲苯 t/a: 2.4 + 3.6 = 6 from the matrix, the typed 99 ignored; completion 6/8 = 75 %", () => {
    expect(cell(1)?.cached).toBeCloseTo(6, 10);
    expect(cell(1)?.role).not.toBe("input");
    // Σ over the block's rows whose name and unit are the target's (TRIM'd): the implemented totals
    // (U+2028 among the blanks TRIM's substitutions clear: [\s\S], not ".")
    expect(cell(1)?.formula).toMatch(
      /^IF\(SUMPRODUCT\(\(GREEN_MTX_OTHER_POLLUTANT_NAMES=TRIM\([\s\S]*C11[\s\S]*\)\)\*\(GREEN_MTX_OTHER_POLLUTANT_UNITS=TRIM\([\s\S]*D11[\s\S]*\)\)\)=0,"",SUMPRODUCT\([\s\S]*,GREEN_MTX_OTHER_POLLUTANT_IMPLEMENTED\)\)$/,
    );
    expect(cell(1, "completion")?.cached).toBeCloseTo(75, 10);
    expect(cell(1, "met")?.cached).toBe("否");
    expect(zh.cells.find((c) => c.row === FIRST && c.col === 12)?.value).toBe("绩效评估：已实施方案合计（公式）");
  });

  test("总氮 only pending: 0 implemented; the fixed 氨氮减排 named in English: 0.8", () => {
    expect(cell(2)?.cached).toBe(0);
    expect(cell(3)?.cached).toBe(0.8);
    expect(cell(3)?.formula).toContain("GREEN_MTX_NH3N_IMPLEMENTED");
  });

  test("甲苯 kg/a and 绿色工厂数量 家 name no matrix row: typed", () => {
    expect(cell(4)?.role).toBe("input");
    expect(cell(4)?.value).toBe(40);
    expect(cell(4, "completion")?.cached).toBeCloseTo(500, 10);
    expect(cell(6)?.role).toBe("input");
    expect(zh.cells.find((c) => c.row === FIRST + 3 && c.col === 12)?.value).toBe("填写");
  });

  test("the other saving 节约石灰石 t/a: 300", () => {
    expect(cell(5)?.cached).toBe(300);
    expect(cell(5)?.formula).toContain("GREEN_MTX_OTHER_SAVING_IMPLEMENTED");
  });

  test("the English sheet links the same rows", () => {
    const en = plan("en-US");
    expect(en.cells.find((c) => c.key === "tgt:actual:1")?.cached).toBeCloseTo(6, 10);
    expect(en.cells.find((c) => c.row === FIRST && c.col === 12)?.value).toBe(
      "Performance sheet: implemented options (formula)",
    );
  });
});
