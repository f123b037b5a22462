import {
  costClass,
  internalRateOfReturn,
  netPresentValue,
  netPresentValueRatio,
  optionCashFlow,
  paybackPeriod,
} from "../../../src/domain/calc";
import type { Outcome, Reason } from "../../../src/domain/calc";
import { expectNumber, expectReason, expectValue } from "./expectOutcome";

describe("docs/templates.md economics worked check: I = 10, P = 1.58, Y = n = 10, t = 25 %, i = 6 %", () => {
  // D = 10/10 = 1; T = 1.58 − 1 = 0.58; E = 0.58 × 0.75 = 0.435; F = 0.435 + 1 = 1.435
  test("cash flow D, T, E, F", () => {
    const flow = optionCashFlow(10, 1.58, 10, 0.25);
    expect(flow.ok).toBe(true);
    if (!flow.ok) return;
    expect(flow.value.depreciation).toBeCloseTo(1, 10);
    expect(flow.value.taxableProfit).toBeCloseTo(0.58, 10);
    expect(flow.value.afterTaxProfit).toBeCloseTo(0.435, 10);
    expect(flow.value.annualCashFlow).toBeCloseTo(1.435, 10);
  });
  // N = 10 / 1.435 = 6.9686
  test("payback N = 6.969", () => expectNumber(paybackPeriod(10, 1.58, 10, 0.25), 6.969, 3));
  test("defaults Y = 10 and t = 25 % come from the catalog", () => expectNumber(paybackPeriod(10, 1.58), 6.969, 3));
  // 1.06^10 = 1.790848; (1 − 1/1.790848)/0.06 = 7.360087; 1.435 × 7.360087 − 10 = 0.5617
  test("NPV = 0.562", () => expectNumber(netPresentValue(10, 1.58, 10, 0.06, 0.25), 0.562, 3));
  test("NPVR = 0.5617/10 = 0.0562", () => expectNumber(netPresentValueRatio(10, 1.58, 10, 0.06), 0.05617, 4));
  // annuity factor 10/1.435 = 6.9686 lies between 7 % (7.0236) and 8 % (6.7101): exact root 7.17 %
  test("IRR = 7.17 %", () => expectNumber(internalRateOfReturn(10, 1.58, 10, 0.25), 0.0717, 4));
});

describe("handbook IRR example: I = 150, F = 32.5/yr, 10 years, no tax (so P = F = 32.5)", () => {
  // annuity factor 150/32.5 = 4.6154; at 17 %: 4.6586, at 18 %: 4.4941;
  // interpolation 17 + (4.6586 − 4.6154)/(4.6586 − 4.4941) = 17.26 %; the exact root is 17.257 %
  test("IRR ≈ 17.26 %", () => expectNumber(internalRateOfReturn(150, 32.5, 10, 0), 0.1726, 4));
  test("NPV at 17.257 % is about 0", () => expectNumber(netPresentValue(150, 32.5, 10, 0.17257, 0), 0, 2));
  // D = 15, T = 17.5, E = 17.5, F = 32.5 → N = 150/32.5 = 4.615
  test("payback 150/32.5 = 4.615", () => expectNumber(paybackPeriod(150, 32.5, 10, 0), 4.615385, 5));
});

describe("IRR at and below zero", () => {
  // F·n = 1 × 10 = I: the root is exactly 0
  test("F·n = I → IRR = 0", () => expectNumber(internalRateOfReturn(10, 1, 10, 0), 0, 9));
  // F·n = 9 < I = 10: IRR < 0; Σⱼ 0.9/(1 − 0.018712)ʲ = 10 (independent bisection: −1.8712 %)
  test("F·n < I → negative IRR −1.871 %", () => expectNumber(internalRateOfReturn(10, 0.9, 10, 0), -0.018712, 5));
  test("lifetime longer than depreciation: I 10, F 1.435 over 15 years → above the 10-year 7.17 %", () => {
    const irr = internalRateOfReturn(10, 1.58, 10, 0.25, 15);
    expect(irr.ok && irr.value > 0.0717).toBe(true);
  });
});

describe("economics failures", () => {
  test.each<[string, () => Outcome<unknown>, Reason]>([
    ["missing investment", () => paybackPeriod(null, 1), "missing-input"],
    ["negative investment", () => paybackPeriod(-1, 1), "invalid-input"],
    ["zero depreciation years", () => paybackPeriod(10, 1, 0), "division-by-zero"],
    ["negative depreciation years", () => paybackPeriod(10, 1, -5), "invalid-input"],
    ["tax above 100 %", () => paybackPeriod(10, 1, 10, 1.5), "invalid-input"],
    ["tax in percent by mistake (25)", () => paybackPeriod(10, 1, 10, 25), "invalid-input"],
    // I = 0, P = 0: D = 0, T = 0, E = 0 → F = 0
    ["F = 0 never pays back", () => paybackPeriod(0, 0, 10, 0), "division-by-zero"],
    ["F < 0 never pays back: P = −5, t = 0 → F = −5", () => paybackPeriod(10, -5, 10, 0), "invalid-input"],
    ["missing discount rate", () => netPresentValue(10, 2, 10, null), "missing-input"],
    ["discount rate −100 %", () => netPresentValue(10, 2, 10, -1), "invalid-input"],
    ["fractional lifetime", () => netPresentValue(10, 2, 10, 0.06, 0.25, 2.5), "invalid-input"],
    ["fractional Y as default lifetime", () => netPresentValue(10, 2, 7.5, 0.06), "invalid-input"],
    ["lifetime beyond 1000 years", () => netPresentValue(10, 2, 10, 0.06, 0.25, 1e308), "invalid-input"],
    ["NPVR of zero investment", () => netPresentValueRatio(0, 2, 10, 0.06), "division-by-zero"],
    ["NPVR passes failures on", () => netPresentValueRatio(10, null, 10, 0.06), "missing-input"],
    ["IRR with no investment is unbounded", () => internalRateOfReturn(0, 2, 10), "no-convergence"],
    ["IRR with F ≤ 0 has no root", () => internalRateOfReturn(10, -1, 10, 0), "no-convergence"],
    ["IRR above 1000 %: I 1, F 100", () => internalRateOfReturn(1, 100, 10, 0), "no-convergence"],
    ["IRR passes failures on", () => internalRateOfReturn(10, "x", 10), "invalid-input"],
    ["cash flow with text saving", () => optionCashFlow(10, "x"), "invalid-input"],
  ])("%s → %s", (_name, run, reason) => expectReason(run(), reason));
  test("zero investment with a saving pays back at once: N = 0/F = 0", () => expectNumber(paybackPeriod(0, 5), 0));
});

describe("costClass (GREEN.COSTCLASS, docs/functions.md, COSTCLASS)", () => {
  test.each([
    ["below the threshold: 5 < 10 → 无/低费", 5, 10, "无/低费"],
    ["at the threshold: 10 = 10 → 中/高费", 10, 10, "中/高费"],
    ["above: 50 > 10 → 中/高费", 50, 10, "中/高费"],
    ["zero investment → 无/低费", 0, 10, "无/低费"],
  ])("%s", (_name, investment, threshold, expected) => expectValue(costClass(investment, threshold), expected));
  test.each<[string, unknown, unknown, Reason]>([
    ["no threshold set: no national default", 5, null, "no-default"],
    ["negative investment", -5, 10, "invalid-input"],
    ["negative threshold", 5, -10, "invalid-input"],
    ["missing investment", undefined, 10, "missing-input"],
  ])("%s → %s", (_name, investment, threshold, reason) => expectReason(costClass(investment, threshold), reason));
});
