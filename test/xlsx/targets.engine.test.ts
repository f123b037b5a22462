/**
 * docs/architecture.md rung 4 for `targets`: completion % and met? recalculated by LibreOffice equal calc's
 * (targetCompletion, targetMet), and the four rows of 附录B 7.3 take the performance matrix's totals over the
 * implemented options (summed by hand below). zh and en copies, each with the sheets it reads, in one workbook,
 * one conversion.
 */
import { TARGET_FIXED_FIELD, buildTargets } from "../../src/domain/templates/specs/targets";
import { withDependencies } from "../../src/domain/templates/specs";
import type { TemplateOptions } from "../../src/domain/templates/context";
import type { CellValue, SheetPlan } from "../../src/domain/templates/sheetPlan";
import { planProblems } from "../../src/domain/templates/validatePlan";
import { planToXlsx } from "../../src/xlsx/writePlan";
import { COD_TARGET, WATER_REUSE_TARGET } from "../domain/review/reviewFixtures";
import { recalculateAndCompare, type EngineRun } from "./engineCheck";

type Row = Readonly<Record<string, CellValue>>;

/** 江苏省《行业清洁生产审核技术指南》7.2.3.4 a–e, with the edge cases of the completion definition. */
const TARGET_ROWS: readonly Row[] = [
  COD_TARGET,
  {
    type: "污染物减排",
    indicator: "VOCs排放量",
    unit: "t/a",
    direction: "↓",
    term: "近期",
    baseline: 80,
    target: 60,
    actual: 70,
  },
  {
    type: "温室气体减排",
    indicator: "单位产值二氧化碳排放",
    unit: "t/万元",
    direction: "down",
    term: "中期",
    baseline: 0.85,
    target: 0.75,
    actual: 0.78,
  },
  WATER_REUSE_TARGET,
  {
    type: "清洁生产水平提升",
    indicator: "达到一级水平的企业数量",
    unit: "家",
    direction: "正向",
    term: "中期",
    baseline: 2,
    target: 5,
    actual: 5,
  },
  // a cap above the baseline: completion not applicable, met? still judged
  {
    type: "资源能源利用",
    indicator: "单位产品综合能耗（限额）",
    unit: "kgce/t",
    direction: "↓",
    term: "近期",
    baseline: 100,
    target: 110,
    actual: 105,
  },
  // target equal to the baseline
  {
    type: "污染物减排",
    indicator: "一般工业固废综合利用率",
    unit: "%",
    direction: "↑",
    baseline: 95,
    target: 95,
    actual: 96,
  },
  // no actual yet
  { type: "污染物减排", indicator: "危险废物产生量", unit: "t/a", direction: "↓", baseline: 50, target: 40 },
  // a direction outside the list (validation would refuse it in Excel; a data file may carry it)
  { type: "污染物减排", indicator: "氨氮排放量", unit: "t/a", direction: "升高", baseline: 10, target: 8, actual: 9 },
  // moved away from the target
  {
    type: "ghg-reduction",
    indicator: "CO2排放量",
    unit: "t/a",
    direction: -1,
    baseline: 120,
    target: 100,
    actual: 130,
  },
  // further targets naming a row of the matrix (附录B 7.2): the actual is that row's implemented total, a typed one ignored
  { type: "其他", indicator: "甲苯", unit: "t/a", direction: "↑", baseline: 0, target: 8, actual: 99 },
  { type: "污染物减排", indicator: "氨氮减排", unit: "t/a", direction: "↑", baseline: 0, target: 1 },
  // the same pollutant in a unit no matrix row has: typed
  { type: "其他", indicator: "甲苯", unit: "kg/a", direction: "↑", baseline: 0, target: 50, actual: 40 },
  { type: "资源能源利用", indicator: " 节约石灰石 ", unit: "t/a", direction: "↑", baseline: 0, target: 250 },
];

/**
 * Options of the matrix: 已实施 COD 12.5 + 7.5 = 20 t/a, CO₂ 300 + 200 = 500 t/a, 节电 10 万kWh, 氨氮 1.5 t/a, the other
 * pollutant 甲苯 2.4 + 3.6 = 6 t/a and the other saving 节约石灰石 300 t/a; one pending (甲苯 10 t/a not counted).
 */
const OPTION_ROWS: readonly Row[] = [
  {
    name: "废水深度处理",
    status: "已实施",
    investment: 50,
    cod: 12.5,
    nh3n: 1.5,
    co2: 300,
    save_electricity: 10,
    other_pollutant: "甲苯",
    other_pollutant_amount: 2.4,
    other_pollutant_unit: "t/a",
  },
  {
    name: "冷凝水回收",
    status: "已实施",
    investment: 5,
    cod: 7.5,
    co2: 200,
    save_water: 8000,
    other_pollutant: "甲苯",
    other_pollutant_amount: 3.6,
    other_pollutant_unit: "t/a",
    other_saving: "节约石灰石",
    other_saving_amount: 300,
    other_saving_unit: "t/a",
  },
  {
    name: "RTO焚烧",
    status: "待实施",
    investment: 300,
    cod: 100,
    co2: 900,
    save_electricity: 50,
    other_pollutant: "甲苯",
    other_pollutant_amount: 10,
    other_pollutant_unit: "t/a",
  },
];
const FIXED_ROWS: readonly Row[] = [
  { [TARGET_FIXED_FIELD]: "pollutant-reduction", target: 25 },
  { [TARGET_FIXED_FIELD]: "ghg-reduction", target: 400 },
  { [TARGET_FIXED_FIELD]: "resource-energy", target: 10 },
  { [TARGET_FIXED_FIELD]: "cp-level", baseline: 2, target: 4, actual: 3 },
];

const options = (over: Partial<TemplateOptions>): TemplateOptions => ({
  lang: "zh-CN",
  mode: "native",
  years: [2021, 2022, 2023, 2024],
  nameSuffix: "",
  rows: { targets: [...FIXED_ROWS, ...TARGET_ROWS], options: OPTION_ROWS },
  ...over,
});
const zhOptions = options({});
const enOptions = options({ lang: "en-US", nameSuffix: "_EN" });
const zh = buildTargets(zhOptions);
const en = buildTargets(enOptions);
const withReads = (o: TemplateOptions) => withDependencies(["targets"]).map((spec) => spec.build(o));
const plans: SheetPlan[] = [...withReads(zhOptions), ...withReads(enOptions)];

const cached = (plan: SheetPlan, id: string, n: number) => plan.cells.find((c) => c.key === `tgt:${id}:${n}`)?.cached;

let run: EngineRun;
beforeAll(async () => {
  run = await recalculateAndCompare(plans);
}, 180000);

describe("targets on LibreOffice (native formulas)", () => {
  test("every computed cell equals the value calc cached", () => {
    expect(run.mismatches).toEqual([]);
    expect(plans.map((p) => p.templateId)).toEqual([
      "params",
      "options",
      "matrix",
      "targets",
      "params",
      "options",
      "matrix",
      "targets",
    ]);
    // 34 rows × (completion, met) + 2 counts + 3 linked actuals of the four rows + 3 of further rows
    expect(zh.cells.filter((c) => c.formula !== undefined)).toHaveLength(34 * 2 + 2 + 3 + 3);
  });

  test("the linked actuals as LibreOffice computes them, by hand", () => {
    const sheet = run.workbook.getWorksheet("目标完成");
    const result = (address: string) => sheet?.getCell(address).result;
    expect(result("I7")).toBe(20); // COD 12.5 + 7.5
    expect(result("I8")).toBe(500); // CO₂ 300 + 200
    expect(result("I9") as number).toBeCloseTo(12.29, 9); // 10 万kWh × 10⁴ × 0.1229 kgce/kWh ÷ 1000
    expect(result("J7") as number).toBeCloseTo(80, 9); // 20 / 25
    expect(result("K8")).toBe("是");
    expect(result("J10") as number).toBeCloseTo(50, 9); // typed: (2 − 3)/(2 − 4)
    expect(run.workbook.getWorksheet("Targets")?.getCell("I8").result).toBe(500);
  });

  test("further targets naming a matrix row take its implemented total, as LibreOffice computes it", () => {
    const sheet = run.workbook.getWorksheet("目标完成");
    const result = (address: string) => sheet?.getCell(address).result;
    // free rows 11–14 are sheet rows 21–24: 甲苯 t/a, 氨氮减排 t/a, 甲苯 kg/a (typed), 节约石灰石 t/a
    expect(result("I21") as number).toBeCloseTo(6, 9); // 2.4 + 3.6, the pending 10 not counted, the typed 99 ignored
    expect(result("J21") as number).toBeCloseTo(75, 9); // (0 − 6)/(0 − 8) × 100
    expect(result("K21")).toBe("否");
    expect(result("I22")).toBe(1.5);
    expect(result("J22") as number).toBeCloseTo(150, 9);
    expect(sheet?.getCell("I23").value).toBe(40); // typed
    expect(result("J23") as number).toBeCloseTo(80, 9);
    expect(result("I24")).toBe(300);
    expect(result("J24") as number).toBeCloseTo(120, 9);
    expect(result("K24")).toBe("是");
    expect(run.workbook.getWorksheet("Targets")?.getCell("I21").result as number).toBeCloseTo(6, 9);
  });

  test("completion and met? by hand", () => {
    expect(cached(zh, "completion", 1)).toBeCloseTo(125, 10); // (120 − 95)/(120 − 100)
    expect(cached(zh, "met", 1)).toBe("是");
    expect(cached(zh, "completion", 2)).toBeCloseTo(50, 10);
    expect(cached(zh, "met", 2)).toBe("否");
    expect(cached(zh, "completion", 3)).toBeCloseTo(70, 9);
    expect(cached(zh, "completion", 4)).toBeCloseTo(120, 10); // (91 − 85)/(90 − 85)
    expect(cached(zh, "completion", 5)).toBeCloseTo(100, 10);
    expect([cached(zh, "completion", 6), cached(zh, "met", 6)]).toEqual(["不适用", "是"]);
    expect([cached(zh, "completion", 7), cached(zh, "met", 7)]).toEqual(["不适用", "是"]);
    expect([cached(zh, "completion", 8), cached(zh, "met", 8)]).toEqual(["", ""]);
    expect([cached(zh, "completion", 9), cached(zh, "met", 9)]).toEqual(["", "方向无效"]);
    expect([cached(zh, "completion", 10), cached(zh, "met", 10)]).toEqual([-50, "否"]);
    expect(cached(en, "met", 1)).toBe("Yes");
    // free rows: 5 met of 8 assessed, and 2 of the 4 naming matrix rows; the four rows: ghg and resource met,
    // pollutant and cp-level not
    expect(zh.cells.find((c) => c.key === "tgt:met-count")?.cached).toBe(9);
    expect(zh.cells.find((c) => c.key === "tgt:assessed-count")?.cached).toBe(16);
  });

  test("ExcelJS writes the plans and they pass planProblems", async () => {
    for (const plan of plans) expect(planProblems(plan)).toEqual([]);
    expect((await planToXlsx(plans)).byteLength).toBeGreaterThan(5000);
  });
});
