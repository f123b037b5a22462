import { parseDirection, parseFlag, synergyGrade, targetMet } from "../../../src/domain/calc";
import type { Reason } from "../../../src/domain/calc";
import { expectReason, expectValue } from "./expectOutcome";

describe("parseDirection (docs/functions.md conventions)", () => {
  test.each([
    ["up", "up"],
    ["Down", "down"],
    [" ↑ ", "up"],
    ["↓", "down"],
    ["正向", "up"],
    ["逆向", "down"],
    [1, "up"],
    [-1, "down"],
    ["-1", "down"],
  ])("%s → %s", (input, expected) => expectValue(parseDirection(input), expected));
  test.each<[unknown, Reason]>([
    [null, "missing-input"],
    ["", "missing-input"],
    [0, "invalid-input"],
    ["constructor", "invalid-input"],
    [true, "invalid-input"],
  ])("%s → %s", (input, reason) => expectReason(parseDirection(input), reason));
});

describe("parseFlag (main / binding columns)", () => {
  test.each([
    [true, true],
    [1, true],
    ["是", true],
    ["限定性", true],
    ["否", false],
    [0, false],
    [null, false],
    ["no", false],
  ])("%s → %s", (input, expected) => expectValue(parseFlag(input), expected));
  test("anything else is invalid", () => expectReason(parseFlag("maybe"), "invalid-input"));
  test("an object is invalid", () => expectReason(parseFlag({}), "invalid-input"));
});

describe("targetMet (docs/functions.md: actual ≥ target up, ≤ target down)", () => {
  test.each([
    ["up, above", 10, 8, "up", true],
    ["up, equal", 8, 8, "↑", true],
    ["up, below", 7, 8, "正向", false],
    ["down, below", 5, 6, "down", true],
    ["down, equal", 6, 6, -1, true],
    ["down, above", 7, 6, "逆向", false],
  ])("%s", (_name, actual, target, direction, expected) => expectValue(targetMet(actual, target, direction), expected));
  test("missing actual", () => expectReason(targetMet(null, 1, "up"), "missing-input"));
  test("bad direction", () => expectReason(targetMet(1, 1, "left"), "invalid-input"));
});

describe("synergyGrade (《工业园区减污降碳协同增效管控规范》评估等级划分)", () => {
  test("every indicator meets its target: 10 ≥ 8 (↑), 5 ≤ 6 (↓) → 优良", () => {
    expectValue(synergyGrade([10, 5], [8, 6], ["up", "down"]), "优良");
  });
  test("a target missed, the main indicator meets its basic, the other its target: 7 ≥ 6, 5 ≤ 6 → 合格", () => {
    expectValue(synergyGrade([7, 5], [8, 6], ["up", "down"], [1, 0], [6, 5]), "合格");
  });
  test("the main indicator misses its basic: 5 < 6 → 需改进", () => {
    expectValue(synergyGrade([5, 5], [8, 6], ["up", "down"], [1, 0], [6, 4]), "需改进");
  });
  // 评估等级划分: "当园区部分指标未达到要求时，应评定为需改进等级" — "应" (shall) prevails over the "可" of 合格.
  test("a non-main indicator misses its basic requirement: 7 > 4 (↓, not main) → 需改进", () => {
    expectValue(synergyGrade([7, 7], [8, 6], ["up", "down"], [1, 0], [6, 4]), "需改进");
  });
  test("a non-main indicator misses its target but has no basic requirement: 7 > 6 (↓) → 合格", () => {
    expectValue(synergyGrade([7, 7], [8, 6], ["up", "down"], [1, 0], [6, null]), "合格");
  });
  test("a non-main indicator meets its basic though not its target: 5 ≤ basic 6 → 合格", () => {
    expectValue(synergyGrade([7, 5], [8, 4], ["up", "down"], [1, 0], [6, 6]), "合格");
  });
  test("without main/basics basics equal targets: a missed target → 需改进", () => {
    expectValue(synergyGrade([7, 5], [8, 6], ["up", "down"]), "需改进");
  });
  test("an empty basic falls back to the target: 7 < 8 → 需改进", () => {
    expectValue(synergyGrade([7, 5], [8, 6], ["up", "down"], [1, 1], [null, 4]), "需改进");
  });
  test("a main column marking none means all are main: 7 ≥ basic 6, 5 ≤ basic 6 → 合格", () => {
    expectValue(synergyGrade([7, 5], [8, 4], ["up", "down"], [0, 0], [6, 6]), "合格");
  });
  test("blank rows of a range are skipped; 2-D ranges are read row by row", () => {
    expectValue(synergyGrade([[10], [null]], [[8], [null]], [["up"], [""]]), "优良");
  });
  test.each<[string, unknown[], Reason]>([
    ["columns of different length", [[1, 2], [1], ["up", "up"]], "invalid-input"],
    ["main column of wrong length", [[1], [1], ["up"], [1, 0]], "invalid-input"],
    [
      "missing actual in a filled row",
      [
        [null, 2],
        [1, 2],
        ["up", "up"],
      ],
      "missing-input",
    ],
    ["no rows at all", [[null], [null], [null]], "missing-input"],
    ["bad direction", [[1], [1], ["left"]], "invalid-input"],
    ["bad main flag", [[1], [1], ["up"], ["perhaps"]], "invalid-input"],
    ["bad basic", [[1], [1], ["up"], [1], ["x"]], "invalid-input"],
  ])("%s → %s", (_name, args, reason) =>
    expectReason(synergyGrade(args[0], args[1], args[2], args[3], args[4]), reason),
  );
});
