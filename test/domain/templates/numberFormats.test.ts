/**
 * Number formats: none shows a whole number with a dangling decimal point, as `#,##0.####` does in Excel
 * and WPS ("1,200,000."). Checked on the format codes of every cell of every template in both languages.
 */
import { TEMPLATES } from "../../../src/domain/templates/specs";
import { NUMBER_FORMATS, dataFormat, hasDanglingPoint } from "../../../src/domain/templates/numberFormats";
import type { Lang } from "../../../src/domain/templates/sheetPlan";

describe("hasDanglingPoint", () => {
  test.each([
    ["#,##0.####", true],
    ["0.##", true],
    ["#,##0.;-#,##0.", true],
    ["#,##0.00##", false],
    ["#,##0.00", false],
    ["0.0000", false],
    ["0.00%", false],
    ["#,##0", false],
    ["General", false],
    ["@", false],
    ['0.00" t."', false],
    ["[Red]0.0;0.#", true],
  ])("%s → %s", (code, dangling) => {
    expect(hasDanglingPoint(code)).toBe(dangling);
  });
});

test("amounts get two to four decimals, counts General, answers text", () => {
  expect(dataFormat("万元", "amount")).toBe("#,##0.00##");
  expect(dataFormat("tce", "amount")).toBe("#,##0.00##");
  expect(dataFormat("人", "amount")).toBe("General");
  expect(dataFormat("辆", "amount")).toBe("General");
  expect(dataFormat("–", "answer")).toBe("@");
  expect(Object.values(NUMBER_FORMATS).filter(hasDanglingPoint)).toEqual([]);
});

describe.each(["zh-CN", "en-US"] as Lang[])("%s templates", (lang) => {
  test.each(TEMPLATES.map((t) => [t.id, t] as const))("%s: no format with a dangling point", (_id, template) => {
    const plan = template.build({ lang, mode: "native", years: [2021, 2022, 2023, 2024], nameSuffix: "" });
    const codes = new Set(plan.cells.map((c) => c.numberFormat).filter((f): f is string => f !== undefined));
    expect([...codes].filter(hasDanglingPoint)).toEqual([]);
  });
});
