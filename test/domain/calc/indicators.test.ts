import { findIndicator, INDICATORS } from "../../../src/domain/catalog";
import type { IndicatorDef } from "../../../src/domain/catalog";
import { indicatorFromInputs, indicatorValue } from "../../../src/domain/calc";
import type { Reason } from "../../../src/domain/calc";
import { expectNumber, expectReason, expectValue } from "./expectOutcome";

function def(id: string): IndicatorDef {
  const found = findIndicator(id);
  if (!found) throw new Error(`test setup: no indicator ${id}`);
  return found;
}

// GREEN.INDICATOR(id, inputs…) in the docs/data-file.md order, one hand calculation per indicator.
describe("indicatorFromInputs: the 31 definitions of docs/templates.md", () => {
  test.each<[string, unknown[], number]>([
    ["EG1 va/energy_total: 120 000/40 000 = 3", [120000, 40000], 3],
    ["EG2 6 000/40 000 × 100 = 15", [6000, 40000], 15],
    ["EG3 30 000/40 000 × 100 = 75", [30000, 40000], 75],
    ["RG4 va × 10⁴/water_fresh: 120 000 × 10⁴/800 000 = 1500 元/m³", [120000, 800000], 1500],
    ["RG5 va/10⁴/land: 120 000/10⁴/0.8 = 15 亿元/km²", [120000, 0.8], 15],
    ["RG6 9 500/(9 000 + 1 000) × 100 = 95", [9500, 9000, 1000], 95],
    ["RG6 without the optional stock: 9 500/10 000 × 100 = 95", [9500, 10000], 95],
    ["RG7 reused/(reused + fresh): 900/(900 + 100) × 100 = 90", [900, 100], 90],
    ["RG8 300/1 000 × 100 = 30", [300, 1000], 30],
    ["RG9 60/100 × 100 = 60", [60, 100], 60],
    ["RG10 9/10 × 100 = 90", [9, 10], 90],
    ["RG11 40/50 × 100 = 80", [40, 50], 80],
    ["IG13 3 000/10 000 × 100 = 30", [3000, 10000], 30],
    ["IG14 6 000/10 000 × 100 = 60", [6000, 10000], 60],
    ["IG15 9/10 × 100 = 90", [9, 10], 90],
    ["IG16 30/100 × 100 = 30", [30, 100], 30],
    ["CG17 120 000/400 000 × 100 = 30", [120000, 400000], 30],
    ["CG18 green_va/va: 36 000/120 000 × 100 = 30", [36000, 120000], 30],
    ["CG19 va/employees: 120 000/8 000 = 15 万元/人", [120000, 8000], 15],
    ["CG20 60 000/200 000 × 100 = 30", [60000, 200000], 30],
    ["HG21 100/100 × 100 = 100", [100, 100], 100],
    // I_prev = 100/100 = 1, I = 97/100 = 0.97 → (1 − 0.97)/1 × 100 = 3
    ["HG22 co2_prev, va_prev, co2, va: (1 − 0.97)/1 × 100 = 3", [100, 100, 97, 100], 3],
    ["HG23 wastewater/va: 600 000/120 000 = 5 t/万元", [600000, 120000], 5],
    // va +10 %; cod +3 % → 0.3, nh3n +1 % → 0.1, so2 0 → 0, nox −2 % → −0.2: max 0.3
    ["HG24 max elasticity = 0.03/0.1 = 0.3", [100, 110, [100, 10, 50, 80], [103, 10.1, 50, 78.4]], 0.3],
    // two pollutants reported (a shorter range): cod +2 % → 0.2, nh3n +4 % → 0.4 → 0.4
    ["HG24 shorter range: max(0.2, 0.4) = 0.4", [100, 110, [100, 10], [102, 10.4]], 0.4],
    ["HG25 292/365 × 100 = 80", [292, 365], 80],
    ["HG26 6/20 × 100 = 30", [6, 20], 30],
    ["HG27 40/50 × 100 = 80", [40, 50], 80],
    ["HG28 800/1 000 × 100 = 80", [800, 1000], 80],
  ])("%s", (name, args, expected) => {
    expectNumber(indicatorFromInputs(def(name.split(" ")[0]!), args), expected);
  });

  test.each<[string, string, string]>([
    ["IG12", "具备", "具备"],
    ["MG29", "基本完善", "基本完善"],
    ["MG30", " 是 ", "是"],
    ["MG31", "complete", "完善"],
    ["IG12", "Not Available", "不具备"],
  ])("%s answer %s → %s", (id, answer, expected) => expectValue(indicatorFromInputs(def(id), [answer]), expected));

  test("2-D one-cell ranges are read as values (Excel passes [[x]])", () => {
    expectNumber(indicatorFromInputs(def("EG1"), [[[120000]], [[40000]]]), 3);
  });
  test("the catalog holds 31 indicators, each computable by its inputs", () => {
    expect(INDICATORS).toHaveLength(31);
  });
});

describe("indicator failures", () => {
  test.each<[string, string, unknown[], Reason]>([
    ["zero denominator", "EG2", [10, 0], "division-by-zero"],
    ["RG7 reused + fresh = 0", "RG7", [0, 0], "division-by-zero"],
    ["RG6 generated + stock = 0", "RG6", [0, 0, 0], "division-by-zero"],
    ["missing numerator", "EG2", [null, 10], "missing-input"],
    ["missing denominator (argument left out)", "EG2", [10], "missing-input"],
    ["negative amount", "RG8", [-1, 10], "invalid-input"],
    ["text amount", "RG8", ["lots", 10], "invalid-input"],
    ["too many arguments", "EG1", [1, 2, 3], "invalid-input"],
    ["a range where one value is expected", "EG1", [[1, 2], 3], "invalid-input"],
    ["HG24 range longer than the four pollutants", "HG24", [100, 110, [1, 2, 3, 4, 5], [1, 2, 3, 4]], "invalid-input"],
    ["HG24 va did not grow", "HG24", [100, 100, [1], [1]], "undefined-growth"],
    ["HG24 no pollutant reported", "HG24", [100, 110, [null, null], [null, null]], "missing-input"],
    ["HG24 a pollutant in one year only", "HG24", [100, 110, [1, null], [1, 2]], "missing-input"],
    ["HG24 a pollutant from zero", "HG24", [100, 110, [0], [1]], "division-by-zero"],
    ["HG24 missing va", "HG24", [null, 110, [1], [1]], "missing-input"],
    ["HG22 zero base intensity", "HG22", [0, 100, 5, 100], "division-by-zero"],
    ["HG22 missing previous co2", "HG22", [null, 100, 5, 100], "missing-input"],
    ["answer outside its set", "IG12", ["maybe"], "invalid-input"],
    ["answer as a number", "MG30", [1], "invalid-input"],
    ["missing answer", "MG30", [""], "missing-input"],
  ])("%s → %s", (_name, id, args, reason) => expectReason(indicatorFromInputs(def(id), args), reason));

  test("arguments not a list", () => expectReason(indicatorFromInputs(def("EG1"), "x" as never), "invalid-input"));
});

describe("indicatorValue over year records", () => {
  test("HG22 and HG24 need the previous year", () => {
    expectReason(indicatorValue(def("HG22"), { co2: 1, va: 1 }), "missing-input");
    expectReason(indicatorValue(def("HG24"), { cod: 1, va: 1 }), "missing-input");
  });
  test("items are read as own properties only (no prototype keys)", () => {
    expectReason(
      indicatorValue(def("EG1"), Object.create({ va: 1, energy_total: 1 }) as Record<string, unknown>),
      "missing-input",
    );
  });
  test("RG6 with an empty optional stock: 95/100 × 100 = 95", () => {
    expectNumber(indicatorValue(def("RG6"), { sw_utilized: 95, sw_generated: 100, sw_stock_utilized: null }), 95);
  });
});
