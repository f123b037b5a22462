/**
 * The enterprise data-request workbook (docs/enterprises.md) on an independent engine: LibreOffice recalculates
 * it and every computed cell — the check column, the credit-code check, the energy total and the CO₂ estimate —
 * equals the value cached from the domain core; totals equal a hand calculation by GB/T 2589 and GB/T 32150; the
 * file is valid for the ECMA-376 schemas and openpyxl reads the named inputs.
 */
import type ExcelJS from "exceljs";
import { withCheckCharacter } from "../../src/domain/enterprise/creditCode";
import type { EnterpriseEntry } from "../../src/domain/enterprise/listFile";
import { buildRequestSheet, ENT_NAMES } from "../../src/domain/enterprise/requestSheet";
import { planProblems } from "../../src/domain/templates/validatePlan";
import { planToXlsx } from "../../src/xlsx/writePlan";
import { recalculateAndCompare } from "./engineCheck";
import { readWithOpenpyxl } from "./openpyxl";
import { checkXlsxSchemas, excelRuleProblems } from "./schemaCheck";

jest.setTimeout(240000);

const YEARS = [2021, 2022, 2023, 2024] as const;
const CODE = withCheckCharacter("91110100MA01A0001");

// hand figures: GB/T 2589 coefficients and GB/T 32150 defaults as docs/templates.md lists them
const GAS_TCE_PER_10K_M3 = (10000 * 1.2143) / 1000; // 万m³ → m³ × kgce/m³ → tce
const ELECTRICITY_TCE_PER_10K_KWH = (10000 * 0.1229) / 1000;
const GAS_CO2_PER_10K_M3 = 389.31 * 0.0153 * 0.99 * (44 / 12);
const GRID = { 2021: 0.5568, 2022: 0.5366, 2023: 0.5306, 2024: 0.5306 } as const; // t/MWh; 2024 takes 2023's

const complete: EnterpriseEntry = {
  name: "甲化工",
  code: CODE,
  key: true,
  audit: { status: "已完成", year: 2023 },
  data: {
    years: [...YEARS],
    values: {
      va: [5000, 5200, 5400, 5600],
      gross_output: [20000, 21000, 22000, 23000],
      employees: [300, 300, 310, 320],
      water_fresh: [100000, 98000, 97000, 95000],
      sw_generated: [1000, 900, 800, 700],
      sw_utilized: [600, 1200, 500, 400], // 2022 exceeds generated + stored
      wastewater: [50000, 48000, 47000, 45000],
      cod: [10, 9, 8, 7],
      nh3n: [1, 1, 1, 1],
      so2: [0, 0, 0, 0],
      nox: [5, 5, 4, 4],
      electricity_export: [null, 50, null, null],
      co2_process: [null, 20, null, null],
      water_reused: [1000, 1000000, 1100, 1200], // a 10³-fold slip in 2022
      heat_available: [100, null, 100, 100],
    },
    energy: [
      { carrier: "natural-gas", unit: "万m³", values: [100, 100, 110, 120] },
      { carrier: "electricity", unit: "万kWh", values: [500, 500, 520, 540] },
    ],
  },
};

/** A cell's value as shown: a formula's result ("" for an empty text, which ExcelJS reads as no result). */
function shown(c: ExcelJS.Cell): unknown {
  return c.value !== null && typeof c.value === "object" ? (c.result ?? "") : c.value;
}

function handTce(gas: number, electricity: number): number {
  return gas * GAS_TCE_PER_10K_M3 + electricity * ELECTRICITY_TCE_PER_10K_KWH;
}

function handCo2(year: keyof typeof GRID, gas: number, electricity: number, exported: number, process: number): number {
  return gas * GAS_CO2_PER_10K_M3 + (electricity - exported) * 10 * GRID[year] + process;
}

describe("enterprise data-request workbook", () => {
  test("LibreOffice computes every check and total as cached; totals equal the hand calculation", async () => {
    const plan = buildRequestSheet({ lang: "zh-CN", years: YEARS, enterprise: complete });
    expect(planProblems(plan)).toEqual([]);
    const run = await recalculateAndCompare([plan]);
    expect(run.mismatches).toEqual([]);
    expect(run.computedCells).toBeGreaterThan(40);
    const sheet = run.workbook.worksheets[0];
    const named = (name: string) => {
      const found = plan.names.find((n) => n.name === name);
      if (!found || !sheet) throw new Error(`no name ${name}`);
      return shown(sheet.getCell(found.range));
    };
    expect(named(ENT_NAMES.energyTotal(1))).toBeCloseTo(handTce(100, 500), 6);
    expect(named(ENT_NAMES.energyTotal(3))).toBeCloseTo(handTce(120, 540), 6);
    expect(named(ENT_NAMES.co2(0))).toBeCloseTo(handCo2(2021, 100, 500, 0, 0), 6);
    expect(named(ENT_NAMES.co2(1))).toBeCloseTo(handCo2(2022, 100, 500, 50, 20), 6);
    expect(named(ENT_NAMES.co2(3))).toBeCloseTo(handCo2(2024, 120, 540, 0, 0), 6);
    // the check column: the row of each item by its id in column A
    const check = (id: string) => {
      let found: unknown;
      sheet?.eachRow((row) => {
        if (row.getCell(1).value === id) found = shown(row.getCell(8));
      });
      return found;
    };
    expect(check("va")).toBe("✓");
    expect(check("sw_utilized")).toBe("大于工业固体废物产生量与综合利用往年贮存量，请核对");
    expect(check("water_reused")).toBe("相邻年份相差 500 倍以上，请核对单位");
    expect(check("heat_available")).toBe("部分年份未填写");
    expect(check("hightech_output")).toBe(""); // not reported: nothing to check
  });

  test("a blank request: every mandatory row and the identity say what is required; a bad code is caught", async () => {
    const blank = buildRequestSheet({ lang: "en-US", years: YEARS });
    const badCode = buildRequestSheet({
      lang: "zh-CN",
      years: YEARS,
      enterprise: {
        name: "乙",
        code: `${CODE.slice(0, 17)}${CODE.endsWith("0") ? "1" : "0"}`,
        key: false,
        data: { years: [...YEARS], values: {}, energy: [{ carrier: "raw-coal", unit: "t", values: [1, 1, 1, 1] }] },
      },
    });
    for (const plan of [blank, badCode]) {
      const run = await recalculateAndCompare([plan]);
      expect(run.mismatches).toEqual([]);
    }
    const cached = (plan: typeof blank, row: string) =>
      plan.cells.find((c) => c.col === 7 && plan.cells.some((l) => l.row === c.row && l.col === 0 && l.value === row))
        ?.cached;
    expect(cached(blank, "va")).toBe("Required: fill every year (0 where none)");
    expect(cached(badCode, "co2")).toBe("含无缺省排放因子的品种（如原煤），由园区按实测数据核算");
    expect(badCode.cells.some((c) => c.cached === "校验位不符，请核对")).toBe(true);
  });

  test("valid for the ECMA-376 schemas and Excel's rules; openpyxl reads the named inputs", async () => {
    const bytes = await planToXlsx([buildRequestSheet({ lang: "zh-CN", years: YEARS, enterprise: complete })]);
    const report = await checkXlsxSchemas(bytes);
    expect(report.errors).toEqual([]);
    expect(excelRuleProblems(bytes)).toEqual([]);
    const read = await readWithOpenpyxl(bytes);
    expect(read.sheets).toEqual(["企业数据填报表"]);
    expect(read.names[ENT_NAMES.item("va", 2)]).toBe(5400);
    expect(read.names[ENT_NAMES.energy("natural-gas", 3)]).toBe(120);
    expect(read.names[ENT_NAMES.identity("code")]).toBe(CODE);
    expect(read.names[ENT_NAMES.identity("audit_status")]).toBe("已完成");
  });
});
