/**
 * Every GREEN.* function of docs/functions.md called as Excel calls it (excelInvoker.ts: the built dist/functions.js,
 * arguments shaped from dist/functions.json, the invocation object last), with arguments as a user types them:
 * numbers, numeric text, null for an empty cell, ranges, Chinese names. Expected values come from docs/templates.md's
 * worked examples and hand calculations written out beside each case; docs/functions.md shows the same examples.
 */
import { column, excelInvoker, SKIPPED, type ExcelInvoker, type Typed } from "./excelInvoker";

let excel: ExcelInvoker;
beforeAll(() => {
  excel = excelInvoker();
});

type Case = [name: string, id: string, args: Typed[], expected: number | string];

/** A number to 9 significant digits, or the exact text. */
function expectCell(id: string, args: Typed[], expected: number | string): void {
  const cell = excel.cell(id, ...args);
  if (typeof expected === "number") {
    expect(typeof cell).toBe("number");
    expect(cell as number).toBeCloseTo(expected, Math.max(0, 9 - Math.ceil(Math.log10(Math.abs(expected) + 1))));
  } else expect(cell).toBe(expected);
}

describe("GREEN.RATE", () => {
  test.each<Case>([
    ["17 / 20 × 100", "RATE", [17, 20], 85],
    ["fraction", "RATE", [17, 20, false], 0.85],
    ["numeric text, one-cell range, text flag", "RATE", ["17", [[20]], "FALSE"], 0.85],
  ])("%s", (_name, fn, args, expected) => expectCell(fn, args, expected));
});

describe("GREEN.INDICATOR (docs/functions.md input order)", () => {
  test.each<Case>([
    // RG7 = water_reused / (water_reused + water_fresh) × 100 = 900 / 1000 × 100
    ["RG7", "INDICATOR", ["RG7", 900, 100], 90],
    [
      "RG7 by its Chinese name, numeric text in one-cell ranges",
      "INDICATOR",
      ["工业用水重复利用率", [["900"]], [[" 100 "]]],
      90,
    ],
    // EG1 = va / energy_total = 1 410 000 万元 / 470 000 tce
    ["EG1", "INDICATOR", ["eg1", 1410000, 470000], 3],
    // RG4 = va × 10⁴ / water_fresh = 150 000 × 10⁴ / 1 000 000 m³ = 1500 元/m³
    ["RG4", "INDICATOR", ["RG4", 150000, 1000000], 1500],
    // RG5 = va / 10⁴ / land_industrial = 300 000 / 10⁴ / 2 km² = 15 亿元/km²
    ["RG5", "INDICATOR", ["RG5", 300000, 2], 15],
    // RG6 = 90 / (95 + 5) × 100 = 90; without the optional stock 90 / 95 × 100 = 94.7368…
    ["RG6 with the optional stock (three inputs)", "INDICATOR", ["RG6", 90, 95, 5], 90],
    ["RG6 without the optional stock", "INDICATOR", ["RG6", 90, 95], (90 / 95) * 100],
    ["RG6 with the optional stock's cell empty", "INDICATOR", ["RG6", 90, 95, null], (90 / 95) * 100],
    ["RG6 with the optional stock left out between commas", "INDICATOR", ["RG6", 90, 95, SKIPPED], (90 / 95) * 100],
    // HG22: I_prev = 1000 / 10 000 = 0.1, I = 990 / 11 000 = 0.09 → (0.1 − 0.09) / 0.1 × 100 = 10
    ["HG22 (four inputs)", "INDICATOR", ["HG22", 1000, 10000, 990, 11000], 10],
    // HG23 = wastewater / va = 40 000 t / 10 000 万元 = 4 t/万元
    ["HG23", "INDICATOR", ["HG23", 40000, 10000], 4],
    // HG24: va grows 10 %; COD +2 % → 0.2, NH3-N 0 → 0, SO2 +3 % → 0.3, NOx +1 % → 0.1; max = 0.3
    [
      "HG24 with the emissions as row ranges",
      "INDICATOR",
      ["HG24", 10000, 11000, [[100, 10, 50, 40]], [[102, 10, 51.5, 40.4]]],
      0.3,
    ],
    [
      "HG24 with the emissions as column ranges",
      "INDICATOR",
      ["HG24", 10000, 11000, column(100, 10, 50, 40), column(102, 10, 51.5, 40.4)],
      0.3,
    ],
    // a pollutant empty in both years is not reported: COD only → 0.2
    [
      "HG24 with only COD reported",
      "INDICATOR",
      ["HG24", [[10000]], [[11000]], column(100, null, null, null), column(102, null, null, null)],
      0.2,
    ],
    ["IG12 answer", "INDICATOR", ["IG12", "具备"], "具备"],
    ["IG12 by name, English answer", "INDICATOR", ["污水集中处理设施", [["available"]]], "具备"],
    ["MG30 answer", "INDICATOR", ["MG30", "是"], "是"],
    // HG25 = 292 / 365 × 100 = 80
    ["HG25", "INDICATOR", ["HG25", 292, 365], 80],
  ])("%s", (_name, id, args, expected) => expectCell(id, args, expected));

  test("Excel passes id, input1 as a 2-D array, ONE array of the further inputs, then the invocation", () => {
    const args = excel.argumentsFor("INDICATOR", ["HG22", 1000, 10000, 990, [[11000]]]);
    expect(args).toEqual([
      "HG22",
      [[1000]],
      [[[10000]], [[990]], [[11000]]],
      { address: "Sheet1!A1", functionName: "GREEN.INDICATOR", parameterAddresses: ["", "", ""] },
    ]);
    expect(excel.raw("INDICATOR", args)).toBeCloseTo(10, 12);
  });

  test("with no further input the repeating parameter is an empty array, null or left out: all read as none", () => {
    const invocation = { address: "Sheet1!A1", functionName: "GREEN.INDICATOR", parameterAddresses: ["", "", ""] };
    expect(excel.raw("INDICATOR", ["IG12", [["具备"]], [], invocation])).toBe("具备");
    expect(excel.raw("INDICATOR", ["IG12", [["具备"]], null, invocation])).toBe("具备");
    expect(excel.raw("INDICATOR", ["IG12", [["具备"]]])).toBe("具备");
  });
});

describe("rates, reductions and intensities", () => {
  test.each<Case>([
    ["REDUCTION 120 − 100", "REDUCTION", [120, 100], 20],
    ["REDUCTION negative = increase", "REDUCTION", [100, "120"], -20],
    // (120 − 90) / 120 × 100 = 25
    ["REDUCTIONRATE", "REDUCTIONRATE", [120, 90], 25],
    ["INTENSITY 530.6 / 100", "INTENSITY", [530.6, [[100]]], 5.306],
    // I0 = 100 / 1000 = 0.1, I1 = 95 / 1100 = 0.0863636…; (0.1 − 0.0863636) / 0.1 × 100 = 13.6363…
    ["INTENSITYDROP", "INTENSITYDROP", [100, 1000, 95, 1100], (100 * (0.1 - 95 / 1100)) / 0.1],
    // (1 − 0.85^(1/3)) × 100 = (1 − 0.947268) × 100 = 5.2732
    ["AVGDROP over 3 years", "AVGDROP", [100, 85, 3], 100 * (1 - Math.pow(0.85, 1 / 3))],
    ["AVGDROP over 1 year is the reduction rate", "AVGDROP", [100, 85, 1], 15],
    // 0.05 / 0.10
    ["ELASTICITY", "ELASTICITY", [100, 105, 1000, 1100], 0.5],
    ["ELASTICITY with an empty years cell (default 1)", "ELASTICITY", [100, 105, 1000, 1100, null], 0.5],
    // (1.05^½ − 1) / (1.1^½ − 1) = 0.0246951 / 0.0488088 = 0.505955
    ["ELASTICITY over 2 years", "ELASTICITY", [100, 105, 1000, 1100, 2], (Math.sqrt(1.05) - 1) / (Math.sqrt(1.1) - 1)],
  ])("%s", (_name, fn, args, expected) => expectCell(fn, args, expected));
});

describe("GREEN.SCORE (docs/templates.md scores)", () => {
  test.each<Case>([
    // ↑: 100 × 85 / 90 = 94.444…
    ["RG7 85 % against lead 90", "SCORE", ["RG7", 85], (100 * 85) / 90],
    ["by Chinese name, numeric text", "SCORE", ["工业用水重复利用率", "85"], (100 * 85) / 90],
    // ↑: 100 × 4 / 3 = 133.3 → capped at 120
    ["EG1 above the cap", "SCORE", ["EG1", 4], 120],
    // ↓: 100 × 5 / 10 = 50; 100 × 5 / 4 = 125 → 120
    ["HG23 (smaller is better)", "SCORE", ["HG23", 10], 50],
    ["HG23 capped", "SCORE", ["HG23", 4], 120],
    ["HG23 zero value scores the cap", "SCORE", ["HG23", 0], 120],
    ["lead override", "SCORE", ["RG7", 85, 100], 85],
    ["lead override as text", "SCORE", ["RG7", 85, "100"], 85],
    // 100 × 200 / 90 = 222 → cap 150
    ["cap override with an empty lead", "SCORE", ["RG7", 200, null, 150], 150],
    ["negative reduction rate clamps at 0", "SCORE", ["HG22", -2], 0],
    ["qualitative met", "SCORE", ["IG12", "具备"], 100],
    ["qualitative not met", "SCORE", ["IG12", "不具备"], 0],
    ["qualitative lead override", "SCORE", ["MG29", "基本完善", "基本完善"], 100],
  ])("%s", (_name, fn, args, expected) => expectCell(fn, args, expected));
});

describe("GREEN.TOTALSCORE (docs/templates.md evaluation set)", () => {
  test.each<Case>([
    // RG8 optional without a score is not evaluated: (100 + 80) / 2
    ["optional without score left out", "TOTALSCORE", [column("EG1", "RG8", "RG7"), column(100, null, 80)], 90],
    // RG7 mandatory without a score counts 0: (100 + 0) / 2
    ["mandatory without score counts 0", "TOTALSCORE", [column("EG1", "RG7"), column(100, null)], 50],
    // optional with a score is evaluated: (100 + 60 + 80) / 3
    ["optional with score evaluated", "TOTALSCORE", [column("EG1", "RG8", "RG7"), column(100, 60, 80)], 80],
    // (2 × 100 + 1 × 70) / 3
    ["weights", "TOTALSCORE", [column("EG1", "RG7"), column(100, 70), column(2, 1)], 90],
    [
      "row ranges, names, text scores, blank rows",
      "TOTALSCORE",
      [[["能源产出率", "", "RG7"]], [["100", null, "80"]]],
      90,
    ],
  ])("%s", (_name, fn, args, expected) => expectCell(fn, args, expected));
});

describe("GREEN.GRADE (《工业园区减污降碳协同增效管控规范》评估等级划分)", () => {
  test.each<Case>([
    // 5 ≥ 4 (up), 3 ≤ 3 (down): every target met
    ["every target met", "GRADE", [column(5, 3), column(4, 3), column("up", "↓")], "优良"],
    // 4 > 3 (down) misses its target; the main indicator meets its basic requirement 5 ≥ 4.5
    [
      "main indicators meet basics",
      "GRADE",
      [column(5, 4), column(4, 3), column("up", "down"), column("是", "否"), column(4.5, 5)],
      "合格",
    ],
    // the non-main 4 > basic 3.5 (down) fails its own basic requirement: "部分指标未达到要求时，应评定为需改进"
    [
      "a non-main indicator below its basic",
      "GRADE",
      [column(5, 4), column(4, 3), column("up", "down"), column("是", "否"), column(4.5, 3.5)],
      "需改进",
    ],
    // 4 < 4.5 (up) misses; without main/basics every indicator is main and basics = targets
    ["otherwise", "GRADE", [column(4, 4), column(4.5, 3), column("正向", "逆向")], "需改进"],
    ["numeric directions and text numbers", "GRADE", [column("5", "3"), column(4, 3), column(1, -1)], "优良"],
  ])("%s", (_name, fn, args, expected) => expectCell(fn, args, expected));
});

describe("GREEN.CPINDEX and GREEN.CPLEVEL (《清洁生产评价指标体系编制通则》)", () => {
  const levels = column(1, 2, 3, 0, null);
  const weights = column(0.3, 0.2, 0.2, 0.2, 0.1);
  test.each<Case>([
    // applicable weights 0.9 (the empty level is not applicable); level I met by the first: 0.3 / 0.9
    ["Y_I", "CPINDEX", [levels, weights, 1], (100 * 0.3) / 0.9],
    // level II met by I and II: 0.5 / 0.9
    ["Y_II", "CPINDEX", [levels, weights, 2], (100 * 0.5) / 0.9],
    // level III met by I, II and III: 0.7 / 0.9
    ["Y_III", "CPINDEX", [levels, weights, "3"], (100 * 0.7) / 0.9],
  ])("%s", (_name, fn, args, expected) => expectCell(fn, args, expected));

  // indicator 1: ↓, benchmarks 8 / 12 / 15, binding; indicator 2: ↑, benchmarks 60 / 50 / 40
  const benches = [column(8, 60), column(12, 50), column(15, 40)];
  const rest = [column(0.5, 0.5), column("down", "up"), column(true, false)];
  test.each<Case>([
    ["both at I", "CPLEVEL", [column(7, 65), ...benches, ...rest], "I级"],
    // both at II: Y_I = 0, Y_II = 100 ≥ 85 and the binding one is at II
    ["both at II", "CPLEVEL", [column(10, 50), ...benches, ...rest], "II级"],
    // both at III: Y_II = 0, Y_III = 100
    ["both at III", "CPLEVEL", [column(14, 45), ...benches, ...rest], "III级"],
    // first below III: Y_III = 50
    ["below III", "CPLEVEL", [column(20, 45), ...benches, ...rest], "未达III级"],
    // Y_I = 50 (< 85) although the binding indicator is at I; Y_II = 100 → II级
    ["binding at I but index below 85", "CPLEVEL", [column(7, 50), ...benches, ...rest], "II级"],
    [
      "flags as 是/否",
      "CPLEVEL",
      [column(7, 65), ...benches, column(0.5, 0.5), column("↓", "↑"), column("是", "否")],
      "I级",
    ],
  ])("%s", (_name, fn, args, expected) => expectCell(fn, args, expected));
});

describe("GREEN.TCE (GB/T 2589-2020 附录A, GB/T 2589)", () => {
  test.each<Case>([
    // 1 t = 1000 kg × 0.7143 kgce/kg = 714.3 kgce = 0.7143 tce
    ["1 t 原煤", "TCE", [1, "原煤", "t"], 0.7143],
    ["1 t 煤 (alias), unit 吨", "TCE", [1, "煤", "吨"], 0.7143],
    ["default unit of coal is kg", "TCE", [1000, "原煤"], 0.7143],
    // 10 000 kWh × 0.1229 kgce/kWh = 1229 kgce = 1.229 tce
    ["10 000 kWh 电力", "TCE", [10000, "电力", "kWh"], 1.229],
    ["1 万千瓦时 电 (aliases)", "TCE", [1, "电", "万千瓦时"], 1.229],
    ["10 MWh electricity in English", "TCE", ["10", "electricity", "MWh"], 1.229],
    // 1 万m³ × 1.2143 kgce/m³ = 12 143 kgce = 12.143 tce
    ["1 万m³ 天然气", "TCE", [1, "天然气", "万m³"], 12.143],
    ["气田天然气 = 天然气, 万m3", "TCE", [1, "气田天然气", "万m3"], 12.143],
    // 100 GJ = 100 000 MJ × 0.03412 kgce/MJ = 3412 kgce
    ["100 GJ 热力", "TCE", [100, "热力", "GJ"], 3.412],
    // 1 t 柴油 = 1000 kg × 1.4571
    ["1 t 柴油", "TCE", [1, "柴油", "t"], 1.4571],
    // steam with a coefficient given: 10 t × 128.6 kgce/t = 1286 kgce
    ["蒸汽 with a coefficient", "TCE", [10, "蒸汽", "t", 128.6], 1.286],
    // 电力(等价值) with a coefficient: 10 000 kWh × 0.305 kgce/kWh = 3050 kgce
    ["电力等价值 with a coefficient", "TCE", [10000, "电力等价值", "kWh", 0.305], 3.05],
    ["a coefficient overrides the catalog", "TCE", [1, "原煤", "t", 700], 0.7],
    ["a negative saving gives negative tce", "TCE", [-10000, "电力", "kWh"], -1.229],
  ])("%s", (_name, fn, args, expected) => expectCell(fn, args, expected));
});

describe("GREEN.CO2 (GB/T 32150-2015)", () => {
  test.each<Case>([
    // 1000 MWh × 0.5306 t/MWh
    ["1000 MWh national-2023", "CO2", [1000, "电力", "MWh", "national-2023"], 530.6],
    ["default factor set = newest national average", "CO2", [1000, "电力", "MWh"], 530.6],
    ["empty factor set cell", "CO2", [1000000, "电", "kWh", null], 530.6],
    ["national-2021", "CO2", [1000, "电力", "MWh", "national-2021"], 556.8],
    ["华东-2023 (Chinese region name)", "CO2", [1000, "电力", "MWh", "华东-2023"], 550],
    ["east-2022", "CO2", [1000, "电力", "MWh", "east-2022"], 561.7],
    ["market-2022", "CO2", [1000, "电力", "MWh", "market-2022"], 570.3],
    // 42.652 GJ/t × 0.0202 tC/GJ × 0.98 × 44/12 = 3.0959096
    ["1 t 柴油", "CO2", [1, "柴油", "t"], 42.652 * 0.0202 * 0.98 * (44 / 12)],
    // 389.31 GJ/万m³ × 0.0153 × 0.99 × 44/12 = 21.621888
    ["1 万m³ 天然气", "CO2", [1, "天然气", "万m³"], 389.31 * 0.0153 * 0.99 * (44 / 12)],
    ["10 000 m³ 天然气 (default unit m³)", "CO2", [10000, "天然气"], 389.31 * 0.0153 * 0.99 * (44 / 12)],
    // 100 GJ × 0.11 t/GJ
    ["100 GJ 热力", "CO2", [100, "热力", "GJ"], 11],
    ["原煤 with a factor", "CO2", [2, "原煤", "t", null, 1.9], 3.8],
  ])("%s", (_name, fn, args, expected) => expectCell(fn, args, expected));
});

describe("option economics (docs/templates.md economics)", () => {
  // Worked check: I = 10, P = 1.58, Y = n = 10, t = 25 %: D = 1, T = 0.58, E = 0.435, F = 1.435.
  test.each<Case>([
    // N = 10 / 1.435 = 6.9686
    ["PAYBACK worked check, defaults", "PAYBACK", [10, 1.58], 10 / 1.435],
    ["PAYBACK with years and tax given ('25%' text)", "PAYBACK", [10, 1.58, 10, "25%"], 10 / 1.435],
    // NPV = 1.435 × (1 − 1.06⁻¹⁰) / 0.06 − 10 = 1.435 × 7.360087 − 10 = 0.56172
    ["NPV worked check at 6 %", "NPV", [10, 1.58, 10, 0.06], (1.435 * (1 - Math.pow(1.06, -10))) / 0.06 - 10],
    // no tax: F = P = 32.5; NPV at 10 % = 32.5 × 6.144567 − 150 = 49.698
    ["NPV without tax", "NPV", [150, 32.5, 10, 0.1, 0], (32.5 * (1 - Math.pow(1.1, -10))) / 0.1 - 150],
  ])("%s", (_name, fn, args, expected) => expectCell(fn, args, expected));

  test("NPV worked check rounds to 0.562", () => {
    expect(Number((excel.cell("NPV", 10, 1.58, 10, 0.06) as number).toFixed(3))).toBe(0.562);
    expect(Number((excel.cell("PAYBACK", 10, 1.58) as number).toFixed(3))).toBe(6.969);
  });

  test("IRR worked check: 7.17 %", () => {
    const irr = excel.cell("IRR", 10, 1.58, 10) as number;
    expect(irr).toBeCloseTo(0.0717, 4);
    // the root: Σ 1.435 / (1 + irr)^j over 10 years = 10
    expect((1.435 * (1 - Math.pow(1 + irr, -10))) / irr).toBeCloseTo(10, 9);
  });

  test("IRR without tax: I = 150, P = 32.5, 10 years → 17.26 %", () => {
    const irr = excel.cell("IRR", 150, 32.5, 10, 0) as number;
    expect(irr).toBeCloseTo(0.1726, 4);
    expect((32.5 * (1 - Math.pow(1 + irr, -10))) / irr).toBeCloseTo(150, 8);
  });

  test("IRR may be negative: F = 0.625 over 10 years returns 6.25 of 10", () => {
    const irr = excel.cell("IRR", 10, 0.5, 10) as number;
    expect(irr).toBeLessThan(0);
    expect((0.625 * (1 - Math.pow(1 + irr, -10))) / irr).toBeCloseTo(10, 8);
  });

  test.each<Case>([
    ["below the threshold", "COSTCLASS", [5, 10], "无/低费"],
    ["at the threshold", "COSTCLASS", [10, 10], "中/高费"],
    ["above, as text", "COSTCLASS", ["120", [[50]]], "中/高费"],
  ])("COSTCLASS %s", (_name, fn, args, expected) => expectCell(fn, args, expected));
});

describe("catalog look-ups", () => {
  test.each<Case>([
    ["LEAD RG7", "LEAD", ["RG7"], 90],
    ["LEAD of a qualitative indicator", "LEAD", ["IG12"], "具备"],
    ["LEAD by Chinese name", "LEAD", ["主要污染物弹性系数"], 0.3],
    ["UNIT EG1", "UNIT", ["EG1"], "万元/tce"],
    ["UNIT HG23 as a one-cell range", "UNIT", [[["hg23"]]], "t/万元"],
    ["UNIT of a data item", "UNIT", ["va"], "万元"],
    ["NAME RG7", "NAME", ["RG7"], "工业用水重复利用率"],
    ["NAME RG7 in English", "NAME", ["RG7", "en"], "Industrial water reuse rate"],
    ["NAME with 英文", "NAME", ["RG7", "英文"], "Industrial water reuse rate"],
    ["NAME with an empty lang cell", "NAME", ["RG7", null], "工业用水重复利用率"],
    ["NAME of a data item", "NAME", ["va"], "工业增加值"],
  ])("%s", (_name, fn, args, expected) => expectCell(fn, args, expected));
});
