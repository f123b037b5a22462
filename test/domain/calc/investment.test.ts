import { columnTotal, fixedAssetsWithinTotal } from "../../../src/domain/calc/investment";
import { expectNumber, expectReason, expectValue } from "./expectOutcome";

describe("improvement suggestions (《北京市工业园区绿色诊断工作指南》 附件2-1-3)", () => {
  test("the total of a column sums its numbers, as SUM does", () =>
    expectNumber(columnTotal([1200, null, 850.5, "n/a", 2300]), 4350.5));
  test("no number: no total yet", () => expectReason(columnTotal([null, "", "x"]), "missing-input"));
  test.each<[number, number, boolean]>([
    [1000, 1200, true],
    [1200, 1200, true],
    [900, 850.5, false],
  ])("fixed assets %d within total %d: %s", (f, t, ok) => expectValue(fixedAssetsWithinTotal(f, t), ok));
  test("a missing amount: nothing to check", () => expectReason(fixedAssetsWithinTotal(null, 100), "missing-input"));
});
