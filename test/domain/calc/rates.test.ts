import {
  averageAnnualDrop,
  elasticity,
  intensity,
  intensityDrop,
  rate,
  reduction,
  reductionRate,
} from "../../../src/domain/calc";
import type { Outcome, Reason } from "../../../src/domain/calc";
import { expectNumber, expectReason } from "./expectOutcome";

describe("rate (GREEN.RATE, docs/functions.md)", () => {
  test.each([
    // [case, part, whole, percent, expected]
    ["share in percent: 85/100 × 100 = 85", 85, 100, undefined, 85],
    ["percent TRUE: 1/4 × 100 = 25", 1, 4, true, 25],
    ["percent FALSE: 1/4 = 0.25", 1, 4, false, 0.25],
    ["percent as 0: 3/4 = 0.75", 3, 4, 0, 0.75],
    ["percent as 1: 3/4 × 100 = 75", 3, 4, 1, 75],
    ["zero part: 0/5 × 100 = 0", 0, 5, undefined, 0],
    ["negative part passes through: −1/4 × 100 = −25", -1, 4, undefined, -25],
  ])("%s", (_name, part, whole, percent, expected) => {
    expectNumber(rate(part, whole, percent as boolean | undefined), expected);
  });

  test.each<[string, unknown, unknown, unknown, Reason]>([
    ["zero whole", 1, 0, undefined, "division-by-zero"],
    ["missing part", null, 4, undefined, "missing-input"],
    ["NaN whole", 1, NaN, undefined, "missing-input"],
    ["blank text is missing", "  ", 4, undefined, "missing-input"],
    ["text part", "abc", 4, undefined, "invalid-input"],
    ["infinite part", Infinity, 4, undefined, "invalid-input"],
    ["percent flag not boolean", 1, 4, "yes", "invalid-input"],
  ])("%s → %s", (_name, part, whole, percent, reason) => {
    expectReason(rate(part, whole, percent as boolean), reason);
  });
});

describe("reduction and reductionRate (docs/functions.md)", () => {
  test.each([
    ["100 → 80: reduced 20", 100, 80, 20],
    ["80 → 100: negative = increase, −20", 80, 100, -20],
    ["negative inputs pass through: −5 − (−8) = 3", -5, -8, 3],
  ])("reduction %s", (_name, before, after, expected) => {
    expectNumber(reduction(before, after), expected);
  });
  test("reduction of a missing value is missing", () => expectReason(reduction(1, undefined), "missing-input"));

  test.each([
    ["(100 − 80)/100 × 100 = 20", 100, 80, 20],
    ["(80 − 100)/80 × 100 = −25", 80, 100, -25],
    ["(50 − 0)/50 × 100 = 100", 50, 0, 100],
  ])("reductionRate %s", (_name, before, after, expected) => {
    expectNumber(reductionRate(before, after), expected);
  });
  test.each<[string, unknown, unknown, Reason]>([
    ["zero before", 0, 5, "division-by-zero"],
    ["negative before", -1, 5, "invalid-input"],
    ["negative after", 10, -5, "invalid-input"],
    ["missing after", 10, null, "missing-input"],
  ])("reductionRate %s → %s", (_name, before, after, reason) => {
    expectReason(reductionRate(before, after), reason);
  });
});

describe("intensity and intensityDrop (docs/functions.md, HG22)", () => {
  test("intensity: 50 t / 10 万元 = 5 t/万元", () => expectNumber(intensity(50, 10), 5));
  test("intensity of zero amount is 0", () => expectNumber(intensity(0, 10), 0));
  test.each<[string, unknown, unknown, Reason]>([
    ["zero output", 5, 0, "division-by-zero"],
    ["negative amount", -5, 10, "invalid-input"],
    ["negative output", 5, -10, "invalid-input"],
    ["missing output", 5, undefined, "missing-input"],
  ])("intensity %s → %s", (_name, amount, output, reason) => expectReason(intensity(amount, output), reason));

  test.each([
    // I0 = 100/50 = 2, I1 = 90/50 = 1.8 → (2 − 1.8)/2 × 100 = 10
    ["I 2 → 1.8: 10 %", 100, 50, 90, 50, 10],
    // I0 = 1.0, I1 = 104 500/110 000 = 0.95 → 5 %
    ["I 1.0 → 0.95: 5 %", 100000, 100000, 104500, 110000, 5],
    // I0 = 1, I1 = 1.2 → (1 − 1.2)/1 × 100 = −20 (intensity rose)
    ["I 1 → 1.2: −20 %", 10, 10, 12, 10, -20],
    // I1 = 0 → 100 %
    ["I 2 → 0: 100 %", 20, 10, 0, 10, 100],
  ])("intensityDrop %s", (_name, a0, o0, a1, o1, expected) => expectNumber(intensityDrop(a0, o0, a1, o1), expected));

  test.each<[string, unknown[], Reason]>([
    ["zero base amount (I₀ = 0)", [0, 10, 5, 10], "division-by-zero"],
    ["zero base output", [5, 0, 5, 10], "division-by-zero"],
    ["zero current output", [5, 10, 5, 0], "division-by-zero"],
    ["negative amount", [-5, 10, 5, 10], "invalid-input"],
    ["missing current amount", [5, 10, null, 10], "missing-input"],
  ])("intensityDrop %s → %s", (_name, args, reason) => {
    expectReason(intensityDrop(args[0], args[1], args[2], args[3]), reason);
  });
});

describe("averageAnnualDrop (GREEN.AVGDROP)", () => {
  test.each([
    // (1 − (81/100)^(1/2)) × 100 = (1 − 0.9) × 100 = 10
    ["100 → 81 over 2 years: 10 %/a", 100, 81, 2, 10],
    // (1 − (0.5)^(1/1)) × 100 = 50
    ["100 → 50 over 1 year: 50 %", 100, 50, 1, 50],
    // (1 − 0) × 100 = 100
    ["to zero: 100 %", 100, 0, 3, 100],
    // (1 − (121/100)^(1/2)) × 100 = (1 − 1.1) × 100 = −10 (an increase)
    ["100 → 121 over 2 years: −10 %/a", 100, 121, 2, -10],
  ])("%s", (_name, first, last, years, expected) => expectNumber(averageAnnualDrop(first, last, years), expected));

  test.each<[string, unknown[], Reason]>([
    ["zero first", [0, 5, 2], "division-by-zero"],
    ["negative first", [-1, 5, 2], "invalid-input"],
    ["negative last", [10, -5, 2], "invalid-input"],
    ["zero years", [10, 5, 0], "invalid-input"],
    ["negative years", [10, 5, -1], "invalid-input"],
    ["missing years", [10, 5, null], "missing-input"],
  ])("%s → %s", (_name, args, reason) => expectReason(averageAnnualDrop(args[0], args[1], args[2]), reason));
});

describe("elasticity (GREEN.ELASTICITY, HG24 per pollutant)", () => {
  test.each([
    // pollutant +5 % (100 → 105), va +10 % (1000 → 1100): 0.05 / 0.1 = 0.5
    ["one year: 0.05/0.10 = 0.5", [100, 105, 1000, 1100, undefined], 0.5],
    // pollutant falls 10 %: −0.1/0.1 = −1
    ["pollutant falls: −0.1/0.1 = −1", [100, 90, 1000, 1100, 1], -1],
    // two years: p 100 → 121 is 10 %/a, va 100 → 144 is 20 %/a → 0.1/0.2 = 0.5
    ["compound over 2 years: 0.10/0.20 = 0.5", [100, 121, 100, 144, 2], 0.5],
    // NaN years is "empty": the default 1 year → 0.5
    ["empty years defaults to 1", [100, 105, 1000, 1100, NaN], 0.5],
  ])("%s", (_name, args, expected) => expectNumber(elasticity(args[0], args[1], args[2], args[3], args[4]), expected));

  test.each<[string, unknown[], Reason]>([
    ["va did not grow (v1 = v0): #N/A", [100, 105, 1000, 1000], "undefined-growth"],
    ["va fell (v1 < v0): #N/A", [100, 105, 1000, 900], "undefined-growth"],
    ["zero base pollutant", [0, 5, 1000, 1100], "division-by-zero"],
    ["zero base va", [100, 105, 0, 1100], "division-by-zero"],
    ["negative pollutant", [-1, 5, 1000, 1100], "invalid-input"],
    ["missing va", [100, 105, 1000, null], "missing-input"],
    ["zero years", [100, 105, 1000, 1100, 0], "invalid-input"],
  ])("%s → %s", (_name, args, reason) => expectReason(elasticity(args[0], args[1], args[2], args[3], args[4]), reason));
});

describe("results beyond the range of numbers are reported, not returned as Infinity", () => {
  test.each<[string, () => Outcome<unknown>]>([
    ["rate 1e308/1e-308", () => rate(1e308, 1e-308)],
    ["reduction 1e308 − (−1e308)", () => reduction(1e308, -1e308)],
    ["intensity 1e308/1e-308", () => intensity(1e308, 1e-308)],
  ])("%s → invalid-input", (_name, run) => expectReason(run(), "invalid-input"));
});
