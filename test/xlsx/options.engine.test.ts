/**
 * docs/architecture.md rung 4 for `options`: the native formulas, recalculated by LibreOffice, give exactly the
 * values domain/calc cached. One workbook, one conversion: three copies of params + options side by side
 * (name suffixes keep their defined names apart) — threshold set (zh and en) and threshold empty (zh).
 */
import ExcelJS from "exceljs";
import { cellAddress } from "../../src/domain/templates/a1";
import { paramsTemplate } from "../../src/domain/templates/specs/params";
import { buildOptions } from "../../src/domain/templates/specs/options";
import { optionParameters, optionParametersOf } from "../../src/domain/templates/specs/optionShared";
import type { TemplateOptions } from "../../src/domain/templates/context";
import type { SheetPlan } from "../../src/domain/templates/sheetPlan";
import { planProblems } from "../../src/domain/templates/validatePlan";
import { planToXlsx } from "../../src/xlsx/writePlan";
import { recalculateAndCompare, type EngineRun } from "./engineCheck";
import { OPTION_ROWS, SAMPLE_PARAMETERS, sampleParamsPlan } from "./optionRows.fixture";

const YEARS = [2021, 2022, 2023, 2024] as const;
const base = (over: Partial<TemplateOptions>): TemplateOptions => ({
  lang: "zh-CN",
  mode: "native",
  years: YEARS,
  nameSuffix: "",
  rows: { options: OPTION_ROWS },
  ...over,
});

const withThreshold = base({});
const english = base({ lang: "en-US", nameSuffix: "_EN" });
const noThreshold = base({ nameSuffix: "_NT" });
/** Parameter cells as users leave them: Y cleared (default 10), t typed as a percent (invalid), no discount rate. */
const oddParameters = base({
  nameSuffix: "_OD",
  parameterValues: { "cost-class-threshold": 5, "depreciation-years": null, "tax-rate": 25, "discount-rate": null },
});

const plans: SheetPlan[] = [
  sampleParamsPlan(withThreshold),
  buildOptions(withThreshold, optionParameters(SAMPLE_PARAMETERS)),
  sampleParamsPlan(english),
  buildOptions(english, optionParameters(SAMPLE_PARAMETERS)),
  paramsTemplate.build(noThreshold),
  buildOptions(noThreshold),
  paramsTemplate.build(oddParameters),
  buildOptions(oddParameters, optionParametersOf(oddParameters)),
];
const [, optionsZh, , optionsEn, , optionsEmpty] = plans;
/**
 * Control: a copy of the zh sheet (without its names) whose cached values are all wrong. Every one of
 * its computed cells must be reported, which proves LibreOffice recalculated rather than kept the cache.
 */
const stale: SheetPlan = {
  ...optionsZh!,
  names: [],
  cells: optionsZh!.cells.map((c) => (c.formula !== undefined ? { ...c, cached: -999 } : c)),
};
plans.push(stale);

/** The cell of option row `n` (1-based) in the column with key prefix `id`. */
function cellOf(plan: SheetPlan, id: string, n: number) {
  const cell = plan.cells.find((c) => c.key === `opt:${id}:${n}`);
  if (!cell) throw new Error(`no ${id} in row ${n}`);
  return cell;
}

let run: EngineRun;
beforeAll(async () => {
  run = await recalculateAndCompare(plans);
}, 180000);

describe("options on LibreOffice (native formulas)", () => {
  test("every computed cell equals the value calc cached", () => {
    const staleCells = stale.cells.filter((c) => c.formula !== undefined).length;
    const real = run.mismatches.filter((m) => m.sheet !== "方案汇总 (4)");
    expect(real).toEqual([]);
    expect(run.mismatches).toHaveLength(staleCells);
    // 9 computed columns (group, screening, cost class, the matrix rows of the other pollutant and the other
    // saving, tce, payback, NPV, IRR) × 25 rows (the empty capacity, more than the fixture's options), the
    // parameter strip, 5 sheets
    expect(run.computedCells).toBe(5 * (9 * 25 + 4));
  });

  test("docs/templates.md economics worked example by hand: I = 10, P = 1.58, Y = 10, t = 25 %, i = 6 % → N 6.969, NPV 0.562, IRR 7.17 %", () => {
    // row 3 of the fixture; F = (1.58 − 1) × 0.75 + 1 = 1.435
    expect(cellOf(optionsZh!, "costClass", 3).cached).toBe("中/高费");
    expect(cellOf(optionsZh!, "payback", 3).cached).toBeCloseTo(6.969, 3);
    expect(cellOf(optionsZh!, "npv", 3).cached).toBeCloseTo(0.562, 3);
    expect(cellOf(optionsZh!, "irr", 3).cached).toBeCloseTo(0.0717, 4);
    const sheet = run.workbook.getWorksheet("方案汇总");
    const result = (id: string) => {
      const cell = cellOf(optionsZh!, id, 3);
      return (sheet?.getCell(cellAddress(cell.row, cell.col)).value as ExcelJS.CellFormulaValue).result;
    };
    expect(result("payback")).toBeCloseTo(6.969, 3);
    expect(result("npv")).toBeCloseTo(0.562, 3);
    expect(result("irr")).toBeCloseTo(0.0717, 4);
  });

  test("edge cases show the same text in the sheet as the cached value", () => {
    // row 8: F < 0; row 9: F = 0; row 10: IRR over 1000 %; row 6: negative benefit, F > 0
    expect(cellOf(optionsZh!, "payback", 8).cached).toBe("无法回收");
    expect(cellOf(optionsZh!, "irr", 8).cached).toBe("无解");
    expect(cellOf(optionsZh!, "payback", 9).cached).toBe("无法回收");
    expect(cellOf(optionsZh!, "irr", 10).cached).toBe("无解");
    expect(cellOf(optionsZh!, "irr", 6).cached).toBeLessThan(0);
    expect(cellOf(optionsEn!, "irr", 10).cached).toBe("no IRR");
    // the RTO uses 30 万kWh/a more electricity: 节综合能耗 −30 × 10⁴ kWh × 0.1229 kgce/kWh = −36.87 tce/a
    expect(cellOf(optionsZh!, "save_energy_total", 12).cached).toBeCloseTo(-36.87, 9);
    expect(cellOf(optionsEmpty!, "costClass", 3).cached).toBe("请设定阈值");
    expect(cellOf(optionsEmpty!, "payback", 3).cached).toBe("");
  });

  test("ExcelJS writes the plans and every plan passes planProblems", async () => {
    for (const plan of plans) expect(planProblems(plan)).toEqual([]);
    const bytes = await planToXlsx(plans);
    expect(bytes.byteLength).toBeGreaterThan(10000);
  });
});
