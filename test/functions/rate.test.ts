import { rateFunction } from "../../src/functions/functions";
import { cellOf, installCustomFunctionsStub } from "./customFunctionsStub";

beforeAll(installCustomFunctionsStub);

describe("GREEN.RATE(part, whole, [percent])", () => {
  test.each([
    // 17 / 20 × 100 = 85
    ["percent by default", [17, 20], 85],
    ["fraction when percent is FALSE", [17, 20, false], 0.85],
    ["numeric text and a one-cell range", ["17", [[20]]], 85],
  ])("%s", (_name, args, expected) => {
    expect(cellOf(() => (rateFunction as (...a: unknown[]) => number)(...args))).toBeCloseTo(expected as number, 12);
  });

  test.each([
    ["a zero whole", [1, 0], "#DIV/0!"],
    ["an empty part", [null, 5], "#N/A"],
    ["text that is no number", ["abc", 5], "#VALUE!"],
    ["a bad percent flag", [1, 2, "maybe"], "#VALUE!"],
  ])("%s gives %s with a message", (_name, args, code) => {
    const cell = cellOf(() => (rateFunction as (...a: unknown[]) => number)(...args)) as { error: string; message: string };
    expect(cell.error).toBe(code);
    expect(cell.message.length).toBeGreaterThan(0);
  });
});
