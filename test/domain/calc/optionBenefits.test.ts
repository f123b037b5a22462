/**
 * 江苏省《行业清洁生产审核技术指南》附录B 7.2 sums each benefit over the options; 《工业园区减污降碳协同增效管控规范》
 * “污染物协同控制要求”: "避免因单一污染治理措施导致能源消耗显著增加或者碳排放反弹" — an increase is recorded as a
 * negative benefit and every total adds the signs (docs/templates.md `options`).
 */
import { isIncrease, signedTotal } from "../../../src/domain/calc";

describe("a negative benefit is an increase", () => {
  test.each([
    [-30, true], // an RTO using 30 万kWh/a more electricity
    [-0.001, true],
    [0, false],
    [12.5, false],
    ["-30", false], // text is no benefit (the review reports it as text in a number cell)
    ["", false],
    [null, false],
    [Number.NEGATIVE_INFINITY, false],
  ])("isIncrease(%p) = %p", (value, expected) => {
    expect(isIncrease(value)).toBe(expected);
  });
});

describe("totals add the signs, as SUMPRODUCT does", () => {
  test.each([
    // 节电 of three options: 12 + 120 − 30 = 102 万kWh/a, not the 132 a total of the savings alone would claim
    [[12, 120, -30], 102],
    // CO₂: 684 + 860 − 171 = 1373 t/a
    [[684, 860, -171], 1373],
    // text and empty cells count nothing
    [[5, "", null, "n/a", -2], 3],
    [[], 0],
  ])("signedTotal(%p) = %p", (values, expected) => {
    expect(signedTotal(values)).toBeCloseTo(expected, 12);
  });
});
