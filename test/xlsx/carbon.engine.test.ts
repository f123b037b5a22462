/**
 * docs/architecture.md rung 4 for the carbon inventory (docs/templates.md#carbon-inventory): params, data, carbon and
 * indicators in one workbook, recalculated by LibreOffice; every computed cell equals calc's value, the totals
 * equal a hand calculation by GB/T 32150's formulas, the data sheet's co2 and HG22 follow the inventory, and
 * GREEN.CO2 called as Excel calls it gives each carrier's figure.
 */
import { buildCarbon } from "../../src/domain/templates/specs/carbon";
import { buildData } from "../../src/domain/templates/specs/data";
import { buildIndicators } from "../../src/domain/templates/specs/indicators";
import { buildParams } from "../../src/domain/templates/specs/params";
import type { TemplateOptions } from "../../src/domain/templates/context";
import type { ParkData } from "../../src/domain/calc";
import type { SheetPlan } from "../../src/domain/templates/sheetPlan";
import { cellAddress } from "../../src/domain/templates/a1";
import { planProblems } from "../../src/domain/templates/validatePlan";
import { SKIPPED, excelInvoker } from "../functions/excelInvoker";
import { recalculateAndCompare, type EngineRun } from "./engineCheck";

/** Hand figures: 44/12 and the factors as published (docs/templates.md#standard-coal-and-co2). */
const C_TO_CO2 = 44 / 12;
const COAL = 20 * 0.026 * 0.94 * C_TO_CO2; // t CO₂/t: NCV 20 GJ/t, 0.026 tC/GJ, 94 % typed on the sheet
const DIESEL = 42.652 * 0.0202 * 0.98 * C_TO_CO2; // GB/T 32150 defaults
const GAS = 389.31 * 0.0153 * 0.99 * C_TO_CO2; // per 10⁴ m³
const STEAM = 0.25; // t CO₂/t, typed
const HEAT = 0.11; // t CO₂/GJ

const DATA: ParkData = {
  years: [2021, 2022, 2023, 2024],
  values: {
    va: [100000, 110000, 120000, 130000],
    co2: [99999, 88888, null, 50000],
    electricity_export: [null, 100, null, null],
    heat_export: [null, null, 500, null],
    co2_process: [250, null, null, null],
  },
  energy: [
    { carrier: "raw-coal", unit: "t", values: [1000, 900, 800, null] },
    { carrier: "diesel", unit: "t", values: [100, 100, 100, null] },
    { carrier: "natural-gas", unit: "万m³", values: [50, 60, 70, null] },
    { carrier: "electricity", unit: "万kWh", values: [2000, 2000, 2000, null] },
    { carrier: "heat", unit: "GJ", values: [10000, 10000, 10000, null] },
    { carrier: "steam", unit: "t", values: [null, null, 400, null] },
  ],
};

const base = (over: Partial<TemplateOptions>): TemplateOptions => ({
  lang: "zh-CN",
  mode: "native",
  years: [2021, 2022, 2023, 2024],
  nameSuffix: "",
  data: DATA,
  co2Factors: { "raw-coal": { ncv: 20, carbonContent: 0.026, oxidationRate: 0.94 }, steam: { factor: STEAM } },
  ...over,
});

const sets: TemplateOptions[] = [
  base({}),
  base({ lang: "en-US", nameSuffix: "_EN", gridChoice: "华东区域电网" }),
  base({ nameSuffix: "_X", gridChoice: "national-excl-market", co2Factors: { "raw-coal": { factor: 1.9 } } }),
];
const build = (o: TemplateOptions) => [buildParams(o), buildData(o), buildCarbon(o), buildIndicators(o)];
const plans: SheetPlan[] = sets.flatMap(build);
const [, , carbonZh, indicatorsZh] = plans;
const dataZh = plans[1];
const carbonEn = plans[6];
const carbonX = plans[10];

const cached = (plan: SheetPlan, key: string) => plan.cells.find((c) => c.key === key)?.cached;

let run: EngineRun;
beforeAll(async () => {
  run = await recalculateAndCompare(plans);
}, 240000);

describe("carbon inventory on LibreOffice (native formulas)", () => {
  test("every computed cell equals the value calc cached", () => {
    expect(run.mismatches).toEqual([]);
    expect(run.computedCells).toBeGreaterThan(1000);
  });

  test("the totals by hand: fuels, electricity at the national factor of each year, heat, process, exports", () => {
    const y2021 = 1000 * COAL + 100 * DIESEL + 50 * GAS + 20000 * 0.5568 + 10000 * HEAT + 250;
    const y2022 = 900 * COAL + 100 * DIESEL + 60 * GAS + 20000 * 0.5366 + 10000 * HEAT - 1000 * 0.5366;
    const y2023 = 800 * COAL + 100 * DIESEL + 70 * GAS + 20000 * 0.5306 + 10000 * HEAT + 400 * STEAM - 500 * HEAT;
    expect(cached(carbonZh!, "carbon:total:0")).toBeCloseTo(y2021, 6);
    expect(cached(carbonZh!, "carbon:total:1")).toBeCloseTo(y2022, 6);
    expect(cached(carbonZh!, "carbon:total:2")).toBeCloseTo(y2023, 6);
    // no quantity in 2024: the inventory is empty and the data sheet keeps the typed figure
    expect(cached(carbonZh!, "carbon:total:3")).toBe("");
    expect(cached(carbonZh!, "carbon:diesel:0")).toBeCloseTo(309.590967, 5);
    expect(cached(carbonZh!, "carbon:natural-gas:0")).toBeCloseTo(1081.094404, 5);
  });

  test("the data sheet's co2 is the inventory where the energy block is filled, else the typed figure", () => {
    for (const k of [0, 1, 2]) expect(cached(dataZh!, `data:co2:${k}`)).toBe(cached(carbonZh!, `carbon:total:${k}`));
    expect(cached(dataZh!, "data:co2:3")).toBe(50000);
    const co2 = (k: number) => cached(dataZh!, `data:co2:${k}`) as number;
    const va = [100000, 110000, 120000, 130000];
    const hg22 = ((co2(0) / va[0]! - co2(1) / va[1]!) / (co2(0) / va[0]!)) * 100;
    expect(cached(indicatorsZh!, "value:HG22:1")).toBeCloseTo(hg22, 8);
  });

  test("a regional choice takes the same year's factor, else the nearest published year", () => {
    // East China grid: 2022 0.5617, 2023 0.5500; 2021 has no regional factor (the earliest, 2022, applies)
    expect(cached(carbonEn!, "carbon:electricity:0")).toBeCloseTo(20000 * 0.5617, 8);
    expect(cached(carbonEn!, "carbon:electricity:1")).toBeCloseTo(20000 * 0.5617, 8);
    expect(cached(carbonEn!, "carbon:electricity:2")).toBeCloseTo(20000 * 0.55, 8);
    expect(cached(carbonEn!, "carbon:grid-set:0")).toBe(2022);
    expect(cached(carbonEn!, "carbon:grid-set:3")).toBe(2023);
  });

  test("the 2021 national factor excluding market-traded non-fossil power is 0.5942; a typed factor replaces NCV × CC × OF", () => {
    expect(cached(carbonX!, "carbon:grid-factor:0")).toBe(0.5942);
    expect(cached(carbonX!, "carbon:electricity:0")).toBeCloseTo(20000 * 0.5942, 8);
    expect(cached(carbonX!, "carbon:raw-coal:0")).toBeCloseTo(1900, 8);
  });

  test("a quantity without a factor is flagged and the year's total stays empty", () => {
    const o = base({ co2Factors: {} });
    const plan = buildCarbon(o);
    expect(cached(plan, "carbon:raw-coal:0")).toBe("无法计算");
    expect(cached(plan, "carbon:total:0")).toBe("");
    expect(cached(buildData(o), "data:co2:0")).toBe("");
  });

  test("LibreOffice's figures equal GREEN.CO2 called as Excel calls it", () => {
    const excel = excelInvoker();
    const sheet = run.workbook.getWorksheet("碳排放核算");
    const rowOf = (key: string) => carbonZh!.cells.find((c) => c.key === key);
    const found = (key: string) => {
      const cell = rowOf(key);
      return cell ? sheet?.getCell(cellAddress(cell.row, cell.col)).result : undefined;
    };
    expect(excel.cell("CO2", 100, "diesel", "t")).toBeCloseTo(found("carbon:diesel:0") as number, 8);
    expect(excel.cell("CO2", 50, "natural-gas", "万m³")).toBeCloseTo(found("carbon:natural-gas:0") as number, 8);
    expect(excel.cell("CO2", 2000, "electricity", "万kWh", "national-2022")).toBeCloseTo(
      found("carbon:electricity:1") as number,
      8,
    );
    expect(excel.cell("CO2", 10000, "heat", "GJ")).toBeCloseTo(found("carbon:heat:0") as number, 8);
    expect(excel.cell("CO2", 1000, "raw-coal", "t", SKIPPED, COAL)).toBeCloseTo(
      found("carbon:raw-coal:0") as number,
      8,
    );
  });

  test("ExcelJS writes the plans and they pass planProblems", () => {
    for (const plan of plans) expect(planProblems(plan)).toEqual([]);
  });
});
