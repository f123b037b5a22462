import { errorOf, excelInvoker, type ExcelInvoker, type Typed } from "./excelInvoker";

let excel: ExcelInvoker;
beforeAll(() => {
  excel = excelInvoker();
});

describe("GREEN.RATE(part, whole, [percent]) as Excel calls it", () => {
  test.each<[string, Typed[], number]>([
    // 17 / 20 × 100 = 85
    ["percent by default", [17, 20], 85],
    ["fraction when percent is FALSE", [17, 20, false], 0.85],
    ["numeric text and a one-cell range", ["17", [[20]]], 85],
  ])("%s", (_name, args, expected) => {
    expect(excel.cell("RATE", ...args)).toBeCloseTo(expected, 12);
  });

  test.each<[string, Typed[], string]>([
    ["a zero whole", [1, 0], "#DIV/0!"],
    ["an empty part", [null, 5], "#N/A"],
    ["text that is no number", ["abc", 5], "#VALUE!"],
    ["a bad percent flag", [1, 2, "maybe"], "#VALUE!"],
  ])("%s gives %s with a message", (_name, args, code) => {
    const error = errorOf(excel.cell("RATE", ...args));
    expect(error?.error).toBe(code);
    expect(error?.message.length).toBeGreaterThan(0);
  });
});
