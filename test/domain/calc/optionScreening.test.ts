/**
 * 江苏省《行业清洁生产审核技术指南》7.3.2 可行性分析: "从技术可行性、环境效益、实施难度、投资成本维度初步筛选行业清洁生产方案，
 * 剔除不可行方案，形成拟实施清洁生产方案清单" — one verdict per dimension, in that order.
 */
import { SCREENING_DIMENSIONS } from "../../../src/domain/catalog";
import { SCREENING_DIMENSION_COUNT, screeningResult, type ScreeningVerdict } from "../../../src/domain/calc";

const F: ScreeningVerdict = "feasible";
const X: ScreeningVerdict = "infeasible";

test("the four dimensions of 7.3.2, in its order", () => {
  expect(SCREENING_DIMENSIONS.map((d) => d.name.zh)).toEqual(["技术可行性", "环境效益", "实施难度", "投资成本"]);
  expect(SCREENING_DIMENSION_COUNT).toBe(SCREENING_DIMENSIONS.length);
});

describe("剔除不可行方案，形成拟实施清洁生产方案清单", () => {
  test.each([
    [[F, F, F, F], "shortlisted"],
    [[F, F, F, X], "rejected"], // too costly
    [[X, F, F, F], "rejected"], // not technically feasible
    [[X, undefined, undefined, undefined], "rejected"], // one infeasible dimension is enough
  ] as const)("%p → %s", (verdicts, expected) => {
    expect(screeningResult(verdicts)).toEqual({ ok: true, value: expected });
  });

  test.each([[[F, F, F, undefined]], [[undefined, undefined, undefined, undefined]]] as const)(
    "%p: not judged on every dimension, no result",
    (verdicts) => {
      expect(screeningResult(verdicts)).toMatchObject({ ok: false, reason: "missing-input" });
    },
  );

  test("three verdicts are not a screening", () => {
    expect(screeningResult([F, F, F])).toMatchObject({ ok: false, reason: "invalid-input" });
  });
});
