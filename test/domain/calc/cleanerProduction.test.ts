import { cpAssessment, cpIndex, cpLevel, cpLevelOfColumns } from "../../../src/domain/calc";
import type { CpReadColumns } from "../../../src/domain/calc";
import type { Reason } from "../../../src/domain/calc";
import { expectNumber, expectReason, expectValue } from "./expectOutcome";

describe("cpIndex (GREEN.CPINDEX, 《清洁生产评价指标体系编制通则》)", () => {
  // levels I, II, III, none, n/a with weights 0.3, 0.2, 0.2, 0.1, 0.2; applicable Σw = 0.8 (n/a dropped)
  const levels = [1, 2, 3, 0, null];
  const weights = [0.3, 0.2, 0.2, 0.1, 0.2];
  test.each([
    // Y_I: only the level-I indicator meets I → 100 × 0.3/0.8 = 37.5
    ["Y_I = 100 × 0.3/0.8 = 37.5", 1, 37.5],
    // Y_II: I and II meet II (nesting) → 100 × (0.3 + 0.2)/0.8 = 62.5
    ["Y_II = 100 × 0.5/0.8 = 62.5", 2, 62.5],
    // Y_III: I, II, III meet III → 100 × 0.7/0.8 = 87.5
    ["Y_III = 100 × 0.7/0.8 = 87.5", 3, 87.5],
  ])("%s", (_name, level, expected) => expectNumber(cpIndex(levels, weights, level), expected));

  test("weights omitted: equal weights, Y_II = 100 × 2/4 = 50", () => expectNumber(cpIndex(levels, undefined, 2), 50));
  test("a weight of a not-applicable indicator is ignored even when empty", () => {
    expectNumber(cpIndex([1, null], [1, null], 1), 100);
  });

  test.each<[string, unknown, unknown, unknown, Reason]>([
    ["level 4", levels, weights, 4, "invalid-input"],
    ["level missing", levels, weights, null, "missing-input"],
    ["achieved level 5", [5], [1], 1, "invalid-input"],
    ["achieved level as text", ["I"], [1], 1, "invalid-input"],
    ["weights of another length", levels, [1, 2], 1, "invalid-input"],
    ["missing weight of an applicable indicator", [1, 2], [1, null], 1, "missing-input"],
    ["negative weight", [1, 2], [1, -1], 1, "invalid-input"],
    ["nothing applicable", [null, null], [1, 1], 1, "missing-input"],
    ["applicable weights all zero", [1, 2], [0, 0], 1, "division-by-zero"],
  ])("%s → %s", (_name, l, w, level, reason) => expectReason(cpIndex(l, w, level), reason));
});

describe("cpLevel (GREEN.CPLEVEL, 《清洁生产评价指标体系编制通则》)", () => {
  // Four indicators: two ↑ (benchmarks I 90, II 85, III 80), two ↓ (I 8/40, II 10/50, III 12/60);
  // the first is binding (限定性).
  const bench1 = [90, 90, 8, 40];
  const bench2 = [85, 85, 10, 50];
  const bench3 = [80, 80, 12, 60];
  const directions = ["up", "up", "down", "down"];
  const binding = [1, 0, 0, 0];
  const equal = [0.25, 0.25, 0.25, 0.25];

  test.each<[string, unknown[], unknown[], string]>([
    // 95 ≥ 90 → I; 88 → II; 10 ≤ 10 → II; 50 ≤ 50 → II. Y_I = 25, Y_II = 100 ≥ 85, binding at I → II级
    ["Y_I 25, Y_II 100 → II级", [95, 88, 10, 50], equal, "II级"],
    // all at I → Y_I = 100 ≥ 85, binding at I → I级
    ["all at level I → I级", [95, 95, 5, 30], equal, "I级"],
    // binding 88 → II; others I; weights 0.1/0.3/0.3/0.3 → Y_I = 90 ≥ 85 but the binding indicator
    // is only at II → not I; Y_II = 100 → II级
    ["Y_I 90 but binding only at II → II级", [88, 95, 5, 30], [0.1, 0.3, 0.3, 0.3], "II级"],
    // binding 82 → III; others I → Y_I = Y_II = 90 but binding at III → neither; Y_III = 100 → III级
    ["binding at III holds the level at III级", [82, 95, 5, 30], [0.1, 0.3, 0.3, 0.3], "III级"],
    // 82 → III, 82 → III, 11 → III, 55 → III → Y_I = Y_II = 0, Y_III = 100 → III级
    ["all at III → III级", [82, 82, 11, 55], equal, "III级"],
    // 70 < 80 meets no level → Y_III = 75 < 100 → 未达III级
    ["one below III → 未达III级", [82, 70, 11, 55], equal, "未达III级"],
    // the binding indicator not applicable (empty): Y_I = 100 over the other three → I级
    ["binding indicator not applicable → I级", [null, 95, 5, 30], equal, "I级"],
  ])("%s", (_name, values, weights, expected) => {
    expectValue(cpLevel(values, bench1, bench2, bench3, weights, directions, binding), expected);
  });

  test("the assessment reports each achieved level and the three indices", () => {
    const assessment = cpAssessment([95, 88, 10, 50], bench1, bench2, bench3, equal, directions, binding);
    expect(assessment).toEqual({
      ok: true,
      value: { achieved: [1, 2, 2, 2], indexI: 25, indexII: 100, indexIII: 100, level: "II级" },
    });
  });
  test("no binding column and no weights: equal weights, nothing binding", () => {
    // 88 → II, 95 → I, 5 → I, 30 → I: Y_I = 75 < 85, Y_II = 100 → II级
    expectValue(cpLevel([88, 95, 5, 30], bench1, bench2, bench3, null, directions, null), "II级");
  });
  test("a missing benchmark cannot be met: I benchmark empty, 95 meets II → II", () => {
    const assessment = cpAssessment([95], [null], [85], [80], [1], ["up"], [0]);
    expect(assessment.ok && assessment.value.achieved).toEqual([2]);
  });

  test.each<[string, unknown[], Reason]>([
    ["benchmark column of another length", [[1, 2], [1], [1, 2], [1, 2], null, ["up", "up"], null], "invalid-input"],
    ["weights of another length", [[1], [1], [1], [1], [1, 1], ["up"], null], "invalid-input"],
    ["missing direction of an applicable indicator", [[1], [1], [1], [1], [1], [null], null], "missing-input"],
    ["text value", [["x"], [1], [1], [1], [1], ["up"], null], "invalid-input"],
    ["text benchmark", [[1], ["x"], [1], [1], [1], ["up"], null], "invalid-input"],
    ["bad binding flag", [[1], [1], [1], [1], [1], ["up"], ["maybe"]], "invalid-input"],
    ["nothing applicable", [[null], [1], [1], [1], [1], ["up"], null], "missing-input"],
  ])("%s → %s", (_name, a, reason) => expectReason(cpLevel(a[0], a[1], a[2], a[3], a[4], a[5], a[6]), reason));
});

describe("cpLevelOfColumns (GREEN.CPLEVEL on cells the function has read)", () => {
  // the indicators of cpLevel's cases above, as read columns: numbers or null, directions, flags
  const benches = { 1: [90, 90, 8, 40], 2: [85, 85, 10, 50], 3: [80, 80, 12, 60] };
  const directions = ["up", "up", "down", "down"] as const;
  const binding = [true, false, false, false];
  const equal = [0.25, 0.25, 0.25, 0.25];
  const read = (values: (number | null)[], weights: (number | null)[] = equal): CpReadColumns => ({
    values,
    benches,
    weights,
    directions: [...directions],
    binding,
  });

  test.each<[string, (number | null)[], number[], string]>([
    // 95 → I, 88 → II, 10 → II, 50 → II: Y_I = 25, Y_II = 100, binding at I → II级
    ["Y_I 25, Y_II 100 → II级", [95, 88, 10, 50], equal, "II级"],
    ["all at level I → I级", [95, 95, 5, 30], equal, "I级"],
    // Y_I = 90 but the binding indicator only at II → II级
    ["Y_I 90 but binding only at II → II级", [88, 95, 5, 30], [0.1, 0.3, 0.3, 0.3], "II级"],
    ["binding at III holds the level at III级", [82, 95, 5, 30], [0.1, 0.3, 0.3, 0.3], "III级"],
    // 70 < 80 meets no level: Y_III = 75 → 未达III级
    ["one below III → 未达III级", [82, 70, 11, 55], equal, "未达III级"],
    ["binding indicator not applicable → I级", [null, 95, 5, 30], equal, "I级"],
  ])("%s", (_name, values, weights, expected) => expectValue(cpLevelOfColumns(read(values, weights)), expected));

  test("an empty benchmark cannot be met: I benchmark empty, 95 meets II → II级", () => {
    const columns = {
      values: [95],
      benches: { 1: [null], 2: [85], 3: [80] },
      weights: [1],
      directions: ["up" as const],
    };
    expectValue(cpLevelOfColumns({ ...columns, binding: [false] }), "II级");
  });
  test("an empty direction or weight of a not-applicable indicator is not asked for", () => {
    const columns = { values: [95, null], benches: { 1: [90, 90], 2: [85, 85], 3: [80, 80] }, weights: [1, null] };
    expectValue(cpLevelOfColumns({ ...columns, directions: ["up", null], binding: [false, false] }), "I级");
  });

  test.each<[string, Partial<CpReadColumns>, Reason]>([
    ["weights of another length", { weights: [1] }, "invalid-input"],
    ["a benchmark column of another length", { benches: { ...benches, 2: [85] } }, "invalid-input"],
    ["empty direction of an applicable indicator", { directions: [null, "up", "down", "down"] }, "missing-input"],
    ["empty weight of an applicable indicator", { weights: [0.25, null, 0.25, 0.25] }, "missing-input"],
    ["negative weight", { weights: [0.25, -1, 0.25, 0.25] }, "invalid-input"],
    ["applicable weights all zero", { weights: [0, 0, 0, 0] }, "division-by-zero"],
    ["nothing applicable", { values: [null, null, null, null] }, "missing-input"],
  ])("%s → %s", (_name, change, reason) =>
    expectReason(cpLevelOfColumns({ ...read([95, 88, 10, 50]), ...change }), reason),
  );
});
