import {
  aggregateScores,
  countScore,
  failure,
  groupSubtotals,
  isEvaluated,
  parseScoreDirection,
  scoreIndicator,
  totalScore,
  value,
} from "../../../src/domain/calc";
import type { Reason } from "../../../src/domain/calc";
import { expectNumber, expectReason, expectValue } from "./expectOutcome";

// docs/templates.md#scores with the catalog's cap 120 (《北京市工业园区绿色诊断工作指南》"单项指标最高得分不超过120") and full score 100.
describe("scoreIndicator ↑ (docs/templates.md scores: min(cap, 100 × value / lead))", () => {
  test.each([
    ["EG1 at lead: 100 × 3/3 = 100", 3, 3, 100],
    ["EG1 below lead: 100 × 2.5/3 = 83.333", 2.5, 3, 83.333333],
    ["EG1 above lead: 100 × 3.3/3 = 110", 3.3, 3, 110],
    ["EG1 far above: 100 × 4.5/3 = 150 → capped 120", 4.5, 3, 120],
    ["HG22 negative reduction rate: 100 × −5/3 < 0 → 0", -5, 3, 0],
    ["zero value: 0", 0, 15, 0],
  ])("%s", (_name, v, lead, expected) => expectNumber(scoreIndicator("up", v, lead), expected));

  test("an explicit cap: 100 × 4.5/3 = 150 → cap 110", () => expectNumber(scoreIndicator("up", 4.5, 3, 110), 110));
  test("cap given as NaN means the default 120", () => expectNumber(scoreIndicator("up", 4.5, 3, NaN), 120));
});

describe("scoreIndicator ↓ (docs/templates.md scores: min(cap, 100 × lead / value), value ≤ 0 scores the cap)", () => {
  test.each([
    ["HG23 at lead: 100 × 5/5 = 100", 5, 5, 100],
    ["HG23 twice the lead: 100 × 5/10 = 50", 10, 5, 50],
    ["HG23 below lead: 100 × 5/2 = 250 → 120", 2, 5, 120],
    ["HG24 elasticity 0.5 vs 0.3: 100 × 0.3/0.5 = 60", 0.5, 0.3, 60],
    ["value 0 scores the cap", 0, 5, 120],
    ["negative value (falling pollutant) scores the cap", -1, 0.3, 120],
    ["lead 0 with a positive value: 100 × 0/5 = 0", 5, 0, 0],
  ])("%s", (_name, v, lead, expected) => expectNumber(scoreIndicator("down", v, lead), expected));
});

describe("scoreIndicator Q (docs/templates.md scores: 100 when the answer equals the lead answer)", () => {
  test.each([
    ["IG12 具备 = 具备", "具备", "具备", 100],
    ["IG12 不具备 ≠ 具备", "不具备", "具备", 0],
    ["MG29 基本完善 ≠ 完善", "基本完善", "完善", 0],
    ["surrounding blanks ignored", " 是 ", "是", 100],
  ])("%s", (_name, answer, lead, expected) => expectNumber(scoreIndicator("qualitative", answer, lead), expected));
  test("a cap below 100 caps a Q score too", () => expectNumber(scoreIndicator("Q", "是", "是", 80), 80));
});

describe("scoreIndicator failures", () => {
  test.each<[string, unknown, unknown, unknown, unknown, Reason]>([
    ["missing value", "up", null, 3, undefined, "missing-input"],
    ["↑ lead zero", "up", 3, 0, undefined, "division-by-zero"],
    ["negative lead", "up", 3, -1, undefined, "invalid-input"],
    ["↓ missing lead", "down", 3, undefined, undefined, "missing-input"],
    ["text value for ↑", "up", "abc", 3, undefined, "invalid-input"],
    ["number answer for Q", "qualitative", 1, "是", undefined, "invalid-input"],
    ["missing answer", "qualitative", "", "是", undefined, "missing-input"],
    ["missing lead answer", "qualitative", "是", null, undefined, "missing-input"],
    ["unknown direction", "sideways", 3, 3, undefined, "invalid-input"],
    ["missing direction", undefined, 3, 3, undefined, "missing-input"],
    ["negative cap", "up", 3, 3, -1, "invalid-input"],
  ])("%s → %s", (_name, direction, v, lead, cap, reason) => {
    expectReason(scoreIndicator(direction, v as number, lead as number, cap), reason);
  });
});

describe("parseScoreDirection", () => {
  test.each([
    ["up", "up"],
    ["↓", "down"],
    ["正向", "up"],
    [-1, "down"],
    ["Q", "qualitative"],
    ["定性", "qualitative"],
  ])("%s → %s", (input, expected) => expectValue(parseScoreDirection(input), expected));
});

describe("evaluation set (docs/templates.md scores)", () => {
  test.each<[string, "mandatory" | "optional", boolean, boolean | null | undefined, boolean]>([
    ["mandatory, computable", "mandatory", true, undefined, true],
    ["mandatory, not computable: still evaluated", "mandatory", false, undefined, true],
    ["mandatory, deselected: still evaluated", "mandatory", true, false, true],
    ["optional, default, computable → selected", "optional", true, undefined, true],
    ["optional, default, not computable → not selected", "optional", false, null, false],
    ["optional, selected, not computable → evaluated", "optional", false, true, true],
    ["optional, deselected, computable → not evaluated", "optional", true, false, false],
  ])("%s", (_name, flag, computable, selected, expected) => {
    expect(isEvaluated(flag, computable, selected)).toBe(expected);
  });

  test("a mandatory indicator without a value counts 0 and is reported", () => {
    expect(countScore("mandatory", failure("missing-input"))).toEqual({
      evaluated: true,
      counted: 0,
      scoredZeroForMissing: true,
    });
  });
  test("an optional indicator without a value is left out by default", () => {
    expect(countScore("optional", failure("division-by-zero"))).toEqual({
      evaluated: false,
      counted: null,
      scoredZeroForMissing: false,
    });
  });
  test("a computable indicator counts its score", () => {
    expect(countScore("optional", value(87.5))).toEqual({
      evaluated: true,
      counted: 87.5,
      scoredZeroForMissing: false,
    });
  });
});

describe("totalScore (docs/templates.md scores: Σ wᵢ·sᵢ / Σ wᵢ over the evaluated)", () => {
  test("equal weights: (100 + 80 + 120)/3 = 100; the unevaluated 10 is ignored", () => {
    expectNumber(
      totalScore([
        { score: 100, evaluated: true },
        { score: 80, evaluated: true },
        { score: 120, evaluated: true },
        { score: 10, evaluated: false },
      ]),
      100,
    );
  });
  test("weights: (2·100 + 1·70)/(2 + 1) = 90", () => {
    expectNumber(
      totalScore([
        { score: 100, weight: 2, evaluated: true },
        { score: 70, weight: 1, evaluated: true },
      ]),
      90,
    );
  });
  test("an evaluated empty score counts 0: (100 + 0)/2 = 50", () => {
    expectNumber(
      totalScore([
        { score: 100, evaluated: true },
        { score: null, evaluated: true },
      ]),
      50,
    );
  });
  test.each<[string, Parameters<typeof totalScore>[0], Reason]>([
    ["nothing evaluated", [{ score: 100, evaluated: false }], "division-by-zero"],
    ["all weights zero", [{ score: 100, weight: 0, evaluated: true }], "division-by-zero"],
    ["negative weight", [{ score: 100, weight: -1, evaluated: true }], "invalid-input"],
    ["text score", [{ score: "x", evaluated: true }], "invalid-input"],
  ])("%s → %s", (_name, entries, reason) => expectReason(totalScore(entries), reason));

  test("aggregateScores returns the sums behind the average", () => {
    const aggregate = aggregateScores([
      { score: 90, weight: 2, evaluated: true },
      { score: 60, evaluated: true },
    ]);
    // Σ w·s = 2·90 + 1·60 = 240, Σ w = 3, average 80
    expect(aggregate.ok && aggregate.value.weightedSum).toBe(240);
    expect(aggregate.ok && aggregate.value.weightTotal).toBe(3);
    expect(aggregate.ok && aggregate.value.average).toEqual(value(80));
  });

  test("group subtotals add up to the total", () => {
    const subtotals = groupSubtotals([
      { group: "EG", score: 100, evaluated: true },
      { group: "EG", score: 50, evaluated: true },
      { group: "RG", score: 120, evaluated: true },
      { group: "RG", score: 0, evaluated: false },
    ]);
    expect(subtotals.ok).toBe(true);
    if (!subtotals.ok) return;
    // EG: (100 + 50)/2 = 75; RG: 120/1 = 120; total (150 + 120)/3 = 90
    expect(subtotals.value.get("EG")?.average).toEqual(value(75));
    expect(subtotals.value.get("RG")?.average).toEqual(value(120));
    expect(subtotals.value.get("RG")?.weightTotal).toBe(1);
  });
  test("group subtotals pass a failure on", () => {
    expectReason(groupSubtotals([{ group: "EG", score: 1, weight: -2, evaluated: true }]), "invalid-input");
  });
});

describe("the score at the lead comes from the parameter sheet when given", () => {
  test.each([
    // ↑ at the lead with a full score of 90: 90 × 3 / 3 = 90
    ["up at the lead", "up", 3, 3, 90],
    // ↑ twice the lead: 90 × 6 / 3 = 180, capped at 120
    ["up at twice the lead, capped", "up", 6, 3, 120],
    // ↓ at half the lead: 90 × 0.3 / 0.15 = 180 → cap 120; at twice the lead: 90 × 0.3 / 0.6 = 45
    ["down at twice the lead", "down", 0.6, 0.3, 45],
  ] as const)("%s", (_name, direction, v, lead, expected) => {
    const score = scoreIndicator(direction, v, lead, 120, 90);
    expect(score.ok && score.value).toBeCloseTo(expected, 12);
  });

  test("a negative full score is invalid", () => {
    expect(scoreIndicator("up", 3, 3, 120, -1)).toMatchObject({ ok: false, reason: "invalid-input" });
  });
});
