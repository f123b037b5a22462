/**
 * docs/architecture.md rung 4 for `matrix`: params + options + matrix in one workbook, recalculated once by
 * LibreOffice; every matrix cell (all formulas over the options' defined names) equals the aggregation the
 * builder cached. Three copies side by side (name suffixes): zh with the threshold and a steam coefficient
 * set, en with the same, zh with the catalog parameters (no threshold, no steam coefficient).
 */
import { cellAddress } from "../../src/domain/templates/a1";
import { paramsTemplate } from "../../src/domain/templates/specs/params";
import { buildOptions } from "../../src/domain/templates/specs/options";
import { optionParameters } from "../../src/domain/templates/specs/optionShared";
import { buildMatrix } from "../../src/domain/templates/specs/matrix";
import type { TemplateOptions } from "../../src/domain/templates/context";
import type { SheetPlan } from "../../src/domain/templates/sheetPlan";
import { planProblems } from "../../src/domain/templates/validatePlan";
import { recalculateAndCompare, type EngineRun } from "./engineCheck";
import { OPTION_ROWS, SAMPLE_PARAMETERS, sampleParamsPlan } from "./optionRows.fixture";

const options = (over: Partial<TemplateOptions>): TemplateOptions => ({
  lang: "zh-CN",
  mode: "native",
  years: [2021, 2022, 2023, 2024],
  nameSuffix: "",
  rows: { options: OPTION_ROWS },
  ...over,
});

const zh = options({});
const en = options({ lang: "en-US", nameSuffix: "_EN" });
const catalog = options({ nameSuffix: "_CAT" });
const sample = optionParameters(SAMPLE_PARAMETERS);

const matrixZh = buildMatrix(zh, sample);
const matrixEn = buildMatrix(en, sample);
const matrixCatalog = buildMatrix(catalog);
// a seventh other pollutant: more than the six cells of 附录B 7.2's "其他污染物减排量" table
const SEVENTH = {
  level: "企业",
  type: "末端治理",
  name: "氟化物吸收塔",
  investment: 6,
  status: "待实施",
  other_pollutant: "氟化物",
  other_pollutant_amount: 0.4,
  other_pollutant_unit: "t/a",
};
const more = options({ nameSuffix: "_MORE", rows: { options: [...OPTION_ROWS, SEVENTH] } });
const matrixMore = buildMatrix(more, sample);
const plans: SheetPlan[] = [
  sampleParamsPlan(zh),
  buildOptions(zh, sample),
  matrixZh,
  sampleParamsPlan(en),
  buildOptions(en, sample),
  matrixEn,
  paramsTemplate.build(catalog),
  buildOptions(catalog),
  matrixCatalog,
  sampleParamsPlan(more),
  buildOptions(more, sample),
  matrixMore,
];

function named(plan: SheetPlan, name: string) {
  const range = plan.names.find((n) => n.name === name)?.range;
  const cell = plan.cells.find((c) => c.formula !== undefined && range === cellAddress(c.row, c.col));
  if (!cell) throw new Error(`no cell named ${name}`);
  return cell.cached;
}

let run: EngineRun;
beforeAll(async () => {
  run = await recalculateAndCompare(plans);
}, 180000);

describe("matrix on LibreOffice (native formulas)", () => {
  test("every computed cell of params, options and matrix equals its cached value", () => {
    expect(run.mismatches).toEqual([]);
    const matrixCells = [matrixZh, matrixEn, matrixCatalog].flatMap((p) =>
      p.cells.filter((c) => c.formula !== undefined),
    );
    // threshold check, counts 3 × 9, levels 3 × 3, benefits 20 × (3 statuses + 3 levels), 5 coefficients,
    // the other pollutants' 6 rows and the other savings' 3 (name, unit, 6 totals) with their overflow notes
    expect(matrixCells.length).toBe(3 * (1 + 3 * 9 + 3 * 3 + 20 * 6 + 5 + 9 * 8 + 2));
    expect(run.computedCells).toBeGreaterThan(matrixCells.length);
  });

  test("hand count of the fixture (threshold 10 万元)", () => {
    const at = (row: string, col: string) => named(matrixZh, `GREEN_MTX_${row}_${col}`);
    expect([
      at("COUNT", "LOW_IMPLEMENTED"),
      at("COUNT", "LOW_PENDING"),
      at("COUNT", "HIGH_IMPLEMENTED"),
      at("COUNT", "HIGH_PENDING"),
    ]).toEqual([3, 1, 7, 2]);
    expect([
      at("COUNT", "SOURCE_SUBSTITUTION"),
      at("COUNT", "PROCESS_INNOVATION"),
      at("COUNT", "END_OF_PIPE"),
      at("COUNT", "ENVIRONMENTAL_MANAGEMENT"),
    ]).toEqual([1, 4, 3, 2]);
    expect(at("COUNT", "ALL")).toBe(13);
    expect(at("INVESTMENT", "HIGH_IMPLEMENTED")).toBe(510);
    expect(at("INVESTMENT", "ALL")).toBe(734);
    expect(at("BENEFIT", "LOW_IMPLEMENTED")).toBeCloseTo(10.5, 10);
    expect(at("BENEFIT", "HIGH_IMPLEMENTED")).toBeCloseTo(220.58, 10);
    // an increase counts with its sign: 节电 12 + 120 − 30 (the RTO) = 102 万kWh/a; CO₂ 684 + 860 − 171 = 1373 t/a
    expect(at("SAVE_ELECTRICITY", "IMPLEMENTED")).toBeCloseTo(102, 10);
    expect(at("CO2", "IMPLEMENTED")).toBeCloseTo(1373, 10);
    expect(at("VOCS", "IMPLEMENTED")).toBeCloseTo(12.5 + 80 + 20, 10);
    // 102 万kWh × 0.1229 + 45 万m³ × 1.2143 + 10 t oil × 1.4286 + 500 t steam × 0.0943 (kgce per kWh, m³, kg)
    expect(at("SAVE_ENERGY_TOTAL", "IMPLEMENTED")).toBeCloseTo(125.358 + 546.435 + 14.286 + 47.15, 9);
    // 50 t coal × 0.7143 + 3000 t steam × 0.0943
    expect(at("SAVE_ENERGY_TOTAL", "PENDING")).toBeCloseTo(35.715 + 282.9, 9);
  });

  test("subtotals by level (T/CPPC 5.4.1 园区、行业、企业), hand count of the fixture", () => {
    const at = (row: string, col: string) => named(matrixZh, `GREEN_MTX_${row}_${col}`);
    const levels = ["LEVEL_PARK", "LEVEL_INDUSTRY", "LEVEL_ENTERPRISE"];
    // options with a status: 园区 1, 6; 行业 3, 7; 企业 2, 4, 5, 8–13 (13 is "enterprise" in English)
    expect(levels.map((l) => at("COUNT", l))).toEqual([2, 2, 9]);
    // 0 + 300; 10 + 20; 8 + 2 + 150 + 60 + 60 + 10 + 80 + 30 + 4
    expect(levels.map((l) => at("INVESTMENT", l))).toEqual([300, 30, 404]);
    // 5 − 5; 1.58 + 0; 3 + 6 + 45 − 3 − 2 + 200 + 25 + 1 + 2.5
    const benefit = levels.map((l) => at("BENEFIT", l) as number);
    [0, 1.58, 277.5].forEach((v, k) => expect(benefit[k]).toBeCloseTo(v, 10));
    // 节电 12 | 120 | −30 (the RTO's increase, with its sign)
    expect(levels.map((l) => at("SAVE_ELECTRICITY", l))).toEqual([12, 120, -30]);
    // 节综合能耗, kgce per kWh, kg, m³: 企业 −30 万kWh × 0.1229 + 50 t coal × 0.7143 + 10 t oil × 1.4286
    // + 45 万m³ × 1.2143 + 3500 t steam × 0.0943
    expect(at("SAVE_ENERGY_TOTAL", "LEVEL_PARK")).toBeCloseTo(14.748, 9);
    expect(at("SAVE_ENERGY_TOTAL", "LEVEL_INDUSTRY")).toBeCloseTo(147.48, 9);
    expect(at("SAVE_ENERGY_TOTAL", "LEVEL_ENTERPRISE")).toBeCloseTo(-36.87 + 35.715 + 14.286 + 546.435 + 330.05, 9);
    // the levels add up to the totals
    expect(levels.reduce((s, l) => s + (at("INVESTMENT", l) as number), 0)).toBe(at("INVESTMENT", "ALL"));
  });

  // 附录B 7.2 "其他污染物减排量 — 污染物 | 减排量（单位/年）" and "其他": one row per name and unit, in the options' order
  test("other pollutants and savings, hand count of the fixture", () => {
    const cell = (key: string) => matrixZh.cells.find((c) => c.key === key)?.cached;
    const row = (id: string, k: number) =>
      ["name", "unit", "implemented", "pending", "all", "level_park", "level_industry", "level_enterprise"].map((set) =>
        cell(`mtx:${id}_${k}:${set}`),
      );
    expect(row("other_pollutant", 1)).toEqual(["甲苯", "t/a", 6, 0, 6, 0, 0, 6]); // 2.4 + 3.6, both implemented
    expect(row("other_pollutant", 2)).toEqual(["总氮", "t/a", 0, 8, 8, 0, 0, 8]);
    expect(row("other_pollutant", 4)).toEqual(["二噁英", "g TEQ/a", 0, 0.02, 0.02, 0, 0, 0.02]);
    expect(row("other_pollutant", 5)[4]).toBeCloseTo(0.5, 12); // toluene 0.3 + Toluene 0.2 (a spreadsheet ignores case)
    expect(row("other_pollutant", 6)).toEqual(["甲苯", "kg/a", 50, 0, 50, 0, 0, 50]); // another unit, never converted
    expect(row("other_saving", 2)).toEqual(["节约石灰石", "t/a", 300, 0, 300, 0, 300, 0]);
    expect(row("other_saving", 3)).toEqual(["节约导热油", "t/a", -0.5, 0, -0.5, 0, 0, -0.5]); // an increase
    expect(cell("mtx:other_pollutant:overflow")).toBe("");
    expect(named(matrixEn, "GREEN_MTX_OTHER_POLLUTANT_1_ALL_EN")).toBe(6);
    const seventh = matrixMore.cells.find((c) => c.key === "mtx:other_pollutant:overflow")?.cached;
    expect(seventh).toBe("方案共填写 7 项其他污染物减排量，本表列出前 6 项，其余见“方案汇总”表。");
  });

  test("without a threshold or a steam coefficient the sheet says so", () => {
    const at = (row: string, col: string) => named(matrixCatalog, `GREEN_MTX_${row}_${col}_CAT`);
    expect(at("COUNT", "HIGH_IMPLEMENTED")).toBe(0);
    expect(at("COUNT", "ALL")).toBe(13);
    expect(at("SAVE_ENERGY_TOTAL", "ALL")).toBe("缺少折标系数");
    expect(matrixCatalog.cells.find((c) => c.key === "mtx:threshold-check")?.cached).toMatch(/未设定/);
  });

  test("the plans pass planProblems", () => {
    for (const plan of plans) expect(planProblems(plan)).toEqual([]);
  });
});
