/**
 * Every error path of the GREEN.* functions (docs/functions.md) as Excel calls them (excelInvoker.ts): the Excel error code,
 * and a message naming the function, in Chinese by default and in English when Office's display language is
 * English. No call ever throws anything but a CustomFunctions.Error.
 */
import { messageLanguage, setMessageLanguage } from "../../src/functions/messages";
import { column, errorOf, excelInvoker, type ExcelInvoker, type Typed } from "./excelInvoker";

afterEach(() => {
  setMessageLanguage(undefined);
  delete (globalThis as { Office?: unknown }).Office;
});

const CJK = /[\u4e00-\u9fff]/;
const invokers = new Map<string, ExcelInvoker>();
/** The invoker of an Office display language (one sandbox each). */
function excelIn(language = "zh-CN"): ExcelInvoker {
  if (!invokers.has(language)) invokers.set(language, excelInvoker({ displayLanguage: language }));
  return invokers.get(language) as ExcelInvoker;
}
const errorOfCall = (language: string, id: string, ...args: Typed[]) => errorOf(excelIn(language).cell(id, ...args));

type ErrorCase = [name: string, id: string, fn: string, args: Typed[], code: string, says?: RegExp];

const CASES: ErrorCase[] = [
  // RATE
  ["RATE zero whole", "RATE", "RATE", [1, 0], "#DIV/0!"],
  ["RATE empty part", "RATE", "RATE", [null, 5], "#N/A", /part/],
  ["RATE words", "RATE", "RATE", ["abc", 5], "#VALUE!", /abc/],
  ["RATE bad flag", "RATE", "RATE", [1, 2, "maybe"], "#VALUE!", /percent/],
  // INDICATOR
  ["INDICATOR unknown id", "INDICATOR", "INDICATOR", ["XX9", [[1]], [[2]]], "#VALUE!", /XX9/],
  ["INDICATOR empty id", "INDICATOR", "INDICATOR", [null, [[1]], [[2]]], "#N/A", /id/],
  ["INDICATOR a number as id", "INDICATOR", "INDICATOR", [7, [[1]], [[2]]], "#VALUE!", /id/],
  ["INDICATOR too many inputs", "INDICATOR", "INDICATOR", ["RG7", [[1]], [[2]], [[3]]], "#VALUE!", /RG7/],
  ["INDICATOR missing mandatory input", "INDICATOR", "INDICATOR", ["RG7", [[900]]], "#N/A", /water_fresh/],
  ["INDICATOR empty input cell", "INDICATOR", "INDICATOR", ["RG7", [[null]], [[100]]], "#N/A", /water_reused/],
  ["INDICATOR zero denominator", "INDICATOR", "INDICATOR", ["RG7", [[0]], [[0]]], "#DIV/0!"],
  ["INDICATOR text for a number", "INDICATOR", "INDICATOR", ["EG1", [["many"]], [[1]]], "#VALUE!"],
  ["INDICATOR negative amount", "INDICATOR", "INDICATOR", ["EG1", [[-1]], [[1]]], "#VALUE!"],
  ["INDICATOR answer outside its set", "INDICATOR", "INDICATOR", ["IG12", [["也许"]]], "#VALUE!"],
  [
    "INDICATOR HG24 without value-added growth",
    "INDICATOR",
    "INDICATOR",
    ["HG24", [[10000]], [[10000]], [[100, 10, 50, 40]], [[102, 10, 51, 40]]],
    "#N/A",
    /增加值|value added/i,
  ],
  [
    "INDICATOR HG24 with a range too long",
    "INDICATOR",
    "INDICATOR",
    ["HG24", [[1]], [[2]], [[1, 2, 3, 4, 5]], [[1, 2, 3, 4]]],
    "#VALUE!",
  ],
  // REDUCTION, REDUCTIONRATE, INTENSITY, INTENSITYDROP, AVGDROP
  ["REDUCTION empty", "REDUCTION", "REDUCTION", [null, 1], "#N/A", /before/],
  ["REDUCTION words", "REDUCTION", "REDUCTION", [1, "x"], "#VALUE!", /after/],
  ["REDUCTION a boolean", "REDUCTION", "REDUCTION", [true, 1], "#VALUE!"],
  ["REDUCTIONRATE zero base", "REDUCTIONRATE", "REDUCTIONRATE", [0, 1], "#DIV/0!"],
  ["REDUCTIONRATE negative amount", "REDUCTIONRATE", "REDUCTIONRATE", [10, -1], "#VALUE!"],
  ["INTENSITY zero output", "INTENSITY", "INTENSITY", [1, 0], "#DIV/0!"],
  ["INTENSITY empty output", "INTENSITY", "INTENSITY", [1, ""], "#N/A", /output/],
  ["INTENSITYDROP zero base intensity", "INTENSITYDROP", "INTENSITYDROP", [0, 10, 1, 10], "#DIV/0!"],
  ["INTENSITYDROP zero output", "INTENSITYDROP", "INTENSITYDROP", [1, 0, 1, 10], "#DIV/0!"],
  ["AVGDROP zero years", "AVGDROP", "AVGDROP", [100, 85, 0], "#VALUE!", /years/],
  ["AVGDROP zero first", "AVGDROP", "AVGDROP", [0, 85, 3], "#DIV/0!"],
  // ELASTICITY
  [
    "ELASTICITY no value-added growth",
    "ELASTICITY",
    "ELASTICITY",
    [100, 105, 1000, 1000],
    "#N/A",
    /增加值|value added/i,
  ],
  ["ELASTICITY value added fell", "ELASTICITY", "ELASTICITY", [100, 105, 1000, 900], "#N/A"],
  ["ELASTICITY zero base pollutant", "ELASTICITY", "ELASTICITY", [0, 5, 1000, 1100], "#DIV/0!"],
  ["ELASTICITY empty", "ELASTICITY", "ELASTICITY", [100, null, 1000, 1100], "#N/A", /p1/],
  // SCORE
  ["SCORE unknown id", "SCORE", "SCORE", ["RG99", 1], "#VALUE!", /RG99/],
  ["SCORE empty value", "SCORE", "SCORE", ["RG7", null], "#N/A", /value/],
  ["SCORE text value of a quantitative indicator", "SCORE", "SCORE", ["RG7", "high"], "#VALUE!", /value/],
  ["SCORE number answer of a qualitative indicator", "SCORE", "SCORE", ["IG12", 1], "#VALUE!"],
  ["SCORE zero lead", "SCORE", "SCORE", ["RG7", 85, 0], "#DIV/0!"],
  ["SCORE bad cap", "SCORE", "SCORE", ["RG7", 85, null, "max"], "#VALUE!", /cap/],
  // TOTALSCORE
  ["TOTALSCORE sizes differ", "TOTALSCORE", "TOTALSCORE", [column("EG1", "RG7"), column(100)], "#VALUE!", /ids/],
  ["TOTALSCORE unknown id", "TOTALSCORE", "TOTALSCORE", [column("EG1", "ZZ1"), column(100, 90)], "#VALUE!", /ZZ1/],
  ["TOTALSCORE score without id", "TOTALSCORE", "TOTALSCORE", [column("EG1", null), column(100, 90)], "#VALUE!", /2/],
  ["TOTALSCORE nothing evaluated", "TOTALSCORE", "TOTALSCORE", [column("RG8", "RG9"), column(null, null)], "#DIV/0!"],
  ["TOTALSCORE words as score", "TOTALSCORE", "TOTALSCORE", [column("EG1"), column("good")], "#VALUE!", /scores/],
  // GRADE
  ["GRADE unknown direction", "GRADE", "GRADE", [column(5), column(4), column("sideways")], "#VALUE!", /sideways/],
  ["GRADE sizes differ", "GRADE", "GRADE", [column(5, 3), column(4), column("up", "up")], "#VALUE!"],
  [
    "GRADE main sizes differ",
    "GRADE",
    "GRADE",
    [column(5, 3), column(4, 3), column("up", "up"), column(true)],
    "#VALUE!",
  ],
  ["GRADE nothing to grade", "GRADE", "GRADE", [column(null), column(null), column(null)], "#N/A"],
  ["GRADE bad main flag", "GRADE", "GRADE", [column(5), column(4), column("up"), column("perhaps")], "#VALUE!", /main/],
  // CPINDEX, CPLEVEL
  ["CPINDEX level 4", "CPINDEX", "CPINDEX", [column(1, 2), column(1, 1), 4], "#VALUE!"],
  ["CPINDEX empty level", "CPINDEX", "CPINDEX", [column(1, 2), column(1, 1), null], "#N/A", /level/],
  ["CPINDEX achieved level 5", "CPINDEX", "CPINDEX", [column(5, 2), column(1, 1), 1], "#VALUE!"],
  ["CPINDEX sizes differ", "CPINDEX", "CPINDEX", [column(1, 2), column(1), 1], "#VALUE!"],
  ["CPINDEX nothing applicable", "CPINDEX", "CPINDEX", [column(null, null), column(1, 1), 1], "#N/A"],
  [
    "CPLEVEL bad direction",
    "CPLEVEL",
    "CPLEVEL",
    [column(1), column(1), column(2), column(3), column(1), column("?"), column(true)],
    "#VALUE!",
    /directions/,
  ],
  [
    "CPLEVEL bad flag",
    "CPLEVEL",
    "CPLEVEL",
    [column(1), column(1), column(2), column(3), column(1), column("up"), column("maybe")],
    "#VALUE!",
    /binding/,
  ],
  [
    "CPLEVEL sizes differ",
    "CPLEVEL",
    "CPLEVEL",
    [column(1, 2), column(1), column(2), column(3), column(1), column("up"), column(true)],
    "#VALUE!",
  ],
  // the failures the assessment finds in cells already read: each stays the Excel error it was
  [
    "CPLEVEL empty direction of an applicable indicator",
    "CPLEVEL",
    "CPLEVEL",
    [column(1), column(1), column(2), column(3), column(1), column(null), column(true)],
    "#N/A",
    /direction/,
  ],
  [
    "CPLEVEL empty weight of an applicable indicator",
    "CPLEVEL",
    "CPLEVEL",
    [column(1), column(1), column(2), column(3), column(null), column("up"), column(true)],
    "#N/A",
    /weight/,
  ],
  [
    "CPLEVEL negative weight",
    "CPLEVEL",
    "CPLEVEL",
    [column(1), column(1), column(2), column(3), column(-1), column("up"), column(true)],
    "#VALUE!",
    /weight/,
  ],
  [
    "CPLEVEL applicable weights all zero",
    "CPLEVEL",
    "CPLEVEL",
    [column(1, 2), column(1, 1), column(2, 2), column(3, 3), column(0, 0), column("up", "up"), column(true, false)],
    "#DIV/0!",
  ],
  [
    "CPLEVEL nothing applicable",
    "CPLEVEL",
    "CPLEVEL",
    [column(null), column(1), column(2), column(3), column(1), column("up"), column(true)],
    "#N/A",
  ],
  // TCE
  ["TCE unknown carrier", "TCE", "TCE", [1, "煤气"], "#VALUE!", /煤气/],
  ["TCE empty carrier", "TCE", "TCE", [1, null], "#N/A", /carrier/],
  ["TCE unknown unit", "TCE", "TCE", [1, "原煤", "桶"], "#VALUE!", /桶/],
  ["TCE unit of the wrong kind", "TCE", "TCE", [1, "原煤", "kWh"], "#VALUE!"],
  ["TCE empty quantity", "TCE", "TCE", [null, "原煤", "t"], "#N/A", /quantity/],
  ["TCE steam without coefficient", "TCE", "TCE", [10, "蒸汽", "t"], "#N/A", /coefficient/],
  ["TCE water without coefficient", "TCE", "TCE", [10, "新水", "t"], "#N/A", /coefficient/],
  ["TCE electricity 等价值 without coefficient", "TCE", "TCE", [10, "电力等价值", "kWh"], "#N/A", /coefficient/],
  ["TCE negative coefficient", "TCE", "TCE", [10, "蒸汽", "t", -1], "#VALUE!"],
  // CO2
  ["CO2 coal without factor", "CO2", "CO2", [1, "原煤", "t"], "#N/A", /factor/],
  ["CO2 steam without factor", "CO2", "CO2", [1, "蒸汽", "t"], "#N/A", /factor/],
  ["CO2 unknown factor set", "CO2", "CO2", [1000, "电力", "MWh", "mars-2023"], "#VALUE!", /mars-2023/],
  ["CO2 unknown carrier", "CO2", "CO2", [1, "unobtainium"], "#VALUE!", /unobtainium/],
  ["CO2 electricity in GJ", "CO2", "CO2", [1, "电力", "GJ"], "#VALUE!"],
  // economics
  ["PAYBACK zero cash flow", "PAYBACK", "PAYBACK", [10, 0, 10, 0], "#DIV/0!"],
  ["PAYBACK never pays back", "PAYBACK", "PAYBACK", [10, -5], "#VALUE!"],
  ["PAYBACK tax as percent number", "PAYBACK", "PAYBACK", [10, 1.58, 10, 25], "#VALUE!"],
  ["PAYBACK empty investment", "PAYBACK", "PAYBACK", [null, 1.58], "#N/A", /investment/],
  ["NPV fractional lifetime", "NPV", "NPV", [10, 1.58, 2.5, 0.06], "#VALUE!"],
  ["NPV empty rate", "NPV", "NPV", [10, 1.58, 10, null], "#N/A", /rate/],
  ["NPV rate of −100 %", "NPV", "NPV", [10, 1.58, 10, -1], "#VALUE!"],
  ["IRR negative cash flow", "IRR", "IRR", [10, -1, 10], "#NUM!"],
  ["IRR zero investment", "IRR", "IRR", [0, 1.58, 10], "#NUM!"],
  ["IRR words", "IRR", "IRR", [10, "lots", 10], "#VALUE!", /annual_saving/],
  ["COSTCLASS without threshold", "COSTCLASS", "COSTCLASS", [5], "#N/A", /threshold/],
  ["COSTCLASS negative investment", "COSTCLASS", "COSTCLASS", [-5, 10], "#VALUE!"],
  // look-ups
  ["LEAD unknown", "LEAD", "LEAD", ["XX1"], "#VALUE!", /XX1/],
  ["LEAD empty", "LEAD", "LEAD", [null], "#N/A"],
  ["UNIT unknown", "UNIT", "UNIT", ["nothing"], "#VALUE!", /nothing/],
  ["NAME unknown", "NAME", "NAME", ["XX1"], "#VALUE!", /XX1/],
  ["NAME unknown language", "NAME", "NAME", ["RG7", "fr"], "#VALUE!", /fr/],
];

describe.each(["zh-CN", "en-US"] as const)("error paths with messages in %s", (language) => {
  // rows wrapped in an object: jest would pass its `done` callback for a row without the optional pattern
  test.each(CASES.map((row) => ({ name: row[0], row })))("$name", ({ row: [, id, fn, args, code, says] }) => {
    const error = errorOfCall(language, fn, ...args);
    expect(error?.error).toBe(code);
    expect(error?.message.startsWith(`GREEN.${id}${language === "en-US" ? ": " : "："}`)).toBe(true);
    if (says) expect(error?.message).toMatch(says);
    // Chinese text by default; English text (it may quote Chinese names) when the display language is English
    if (language === "zh-CN") expect(error?.message).toMatch(CJK);
    else expect(error?.message.slice(`GREEN.${id}: `.length)).toMatch(/^[A-Za-z"(]/);
  });
});

describe("a range where one value is expected", () => {
  test("is lifted as Excel lifts it: one result per cell, each with its own error", () => {
    // 1 / 5 × 100 = 20, 2 / 5 × 100 = 40
    expect(excelIn().cell("RATE", [[1, 2]], 5)).toEqual([[20, 40]]);
    const names = excelIn().cell("NAME", column("RG7", "XX1")) as unknown[][];
    expect(names[0]![0]).toBe("工业用水重复利用率");
    expect(errorOf(names[1]![0])?.error).toBe("#VALUE!");
  });
});

describe("messages that tell the user what to do", () => {
  test("a carrier with no default coefficient asks for it, with its unit", () => {
    expect(errorOfCall("zh-CN", "TCE", 10, "蒸汽", "t")?.message).toBe(
      "GREEN.TCE：蒸汽没有默认折标准煤系数：请在参数 coefficient（第 4 个参数）中给出，单位 kgce/t",
    );
    expect(errorOfCall("en-US", "TCE", 10, "蒸汽")?.message).toBe(
      "GREEN.TCE: steam has no default standard-coal coefficient: give one in the coefficient argument (4th), in kgce per kg",
    );
  });

  test("coal has no CO₂ default and the message asks for the factor", () => {
    expect(errorOfCall("en-US", "CO2", 1, "原煤", "t")?.message).toBe(
      "GREEN.CO2: raw coal has no default CO₂ factor: give one in the factor argument (5th), in t CO₂ per t",
    );
  });

  test("a missing raw input is named by its data item", () => {
    expect(errorOfCall("zh-CN", "INDICATOR", "RG7", 900)?.message).toBe(
      "GREEN.INDICATOR：缺少 工业用新鲜水量 (water_fresh)",
    );
    expect(errorOfCall("en-US", "INDICATOR", "RG7", 900)?.message).toBe(
      "GREEN.INDICATOR: Industrial fresh water use (water_fresh) is missing",
    );
  });
});

describe("message language", () => {
  test("zh-CN outside Office", () => {
    expect(messageLanguage()).toBe("zh-CN");
  });

  test.each([
    ["en-US", "en-US"],
    ["en-GB", "en-US"],
    ["EN", "en-US"],
    ["zh-CN", "zh-CN"],
    ["zh-TW", "zh-CN"],
    ["de-DE", "zh-CN"],
  ])("Office display language %s gives %s", (display, expected) => {
    (globalThis as { Office?: unknown }).Office = { context: { displayLanguage: display } };
    expect(messageLanguage()).toBe(expected);
    expect(errorOfCall(display, "RATE", 1, 0)?.message).toMatch(
      expected === "en-US" ? /^GREEN\.RATE: Division by zero/ : /^GREEN\.RATE：分母为零/,
    );
  });

  test("Office before initialisation, or a context that throws, gives zh-CN", () => {
    (globalThis as { Office?: unknown }).Office = {};
    expect(messageLanguage()).toBe("zh-CN");
    (globalThis as { Office?: unknown }).Office = {
      get context(): unknown {
        throw new Error("not ready");
      },
    };
    expect(messageLanguage()).toBe("zh-CN");
  });

  test("an injected language wins over Office's", () => {
    (globalThis as { Office?: unknown }).Office = { context: { displayLanguage: "zh-CN" } };
    setMessageLanguage("en-US");
    expect(messageLanguage()).toBe("en-US");
  });
});

describe("never an unhandled exception", () => {
  /** A range whose cells cannot be read: iterating it throws, as a broken host object might. */
  const brokenRange = new Proxy([[1]], {
    get(target, key) {
      if (key === "length" || key === Symbol.iterator) throw new Error("boom");
      return Reflect.get(target, key);
    },
  });

  /** Every parameter's slot (the given values first, null for the rest), then the invocation. */
  function excelArgs(id: string, first: readonly unknown[]): unknown[] {
    const slots = excelIn()
      .parameters(id)
      .map((_p, i) => (i < first.length ? first[i] : null));
    return [...slots, excelIn().invocation(id)];
  }

  test.each([
    ["TOTALSCORE", [brokenRange, brokenRange]],
    ["GRADE", [brokenRange, brokenRange, brokenRange]],
    ["INDICATOR", ["HG24", brokenRange, [brokenRange]]],
  ] as const)("%s: an unexpected throw becomes #VALUE! with a message", (id, args) => {
    expect(errorOf(excelIn().raw(id, excelArgs(id, args)))).toEqual({
      error: "#VALUE!",
      message: `GREEN.${id}：计算时发生意外错误，请检查参数`,
    });
  });

  test("odd arguments (objects, functions, symbols, NaN, Infinity) in any slot give errors, not exceptions", () => {
    const odd: unknown[] = [{}, () => 1, Symbol("s"), NaN, Infinity, [[]], [], [[{}]], new Date(0)];
    const excel = excelIn();
    for (const id of excel.ids) {
      for (const x of odd) {
        for (let position = 0; position < excel.parameters(id).length; position++) {
          const args = excelArgs(id, ["RG7", [[1]], [[1]]]);
          args[position] = x;
          expect(() => excel.raw(id, args)).not.toThrow();
        }
      }
    }
  });
});
