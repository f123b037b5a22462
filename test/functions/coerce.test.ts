import { toBooleanInput, toNumberInput } from "../../src/functions/coerce";

describe("toNumberInput: Excel-shaped arguments to numbers (SPEC §3)", () => {
  test.each([
    ["a number", 85, 85],
    ["numeric text", "85", 85],
    ["text with thousands separators and spaces", " 1,200.5 ", 1200.5],
    ["percent text", "85%", 0.85],
    ["a one-cell range", [[42]], 42],
    ["an empty cell", null, null],
    ["an omitted argument", undefined, null],
    ["blank text", "  ", null],
  ])("%s", (_name, arg, expected) => {
    expect(toNumberInput(arg, "x")).toEqual({ ok: true, value: expected });
  });

  test.each([
    ["words", "abc"],
    ["a boolean", true],
    ["a two-cell range", [[1, 2]]],
    ["infinity", Infinity],
    ["an object", { a: 1 }],
  ])("%s is a wrong type", (_name, arg) => {
    const read = toNumberInput(arg, "x");
    expect(read.ok).toBe(false);
    expect(read.ok ? undefined : read.reason).toBe("invalid-input");
  });
});

describe("toBooleanInput", () => {
  test.each([
    [true, true],
    [false, false],
    [1, true],
    [0, false],
    ["FALSE", false],
    [null, true],
    [undefined, true],
  ])("%p", (arg, expected) => {
    expect(toBooleanInput(arg, "percent", true)).toEqual({ ok: true, value: expected });
  });

  test("other values are invalid", () => {
    expect(toBooleanInput("maybe", "percent", true).ok).toBe(false);
  });
});
