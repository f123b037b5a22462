/**
 * Punctuation matches the language of the text around it, in every template text of both languages: a
 * Chinese text uses the full-width colon and parentheses （：） next to Chinese characters, an English text the
 * ASCII ones (": ", "( )") next to Latin words. Checked on the built sheets — titles, headers, labels, notes,
 * units, input prompts and error messages — of every template, empty and filled from the sample park.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseParkData } from "../../src/domain/schema/parkData";
import { coefficientsFromParkData, type TemplateOptions } from "../../src/domain/templates/context";
import type { SheetPlan } from "../../src/domain/templates/sheetPlan";
import { TEMPLATES } from "../../src/domain/templates/specs";
import type { Lang } from "../../src/domain/text";

const data = parseParkData(readFileSync(join(__dirname, "../../examples/sample-park.json"), "utf8"));
if (!data.ok) throw new Error("the sample park data file does not parse");

function plans(lang: Lang): SheetPlan[] {
  const options: TemplateOptions = {
    lang,
    mode: "native",
    years: data.ok ? (data.data.years as [number, number, number, number]) : [2021, 2022, 2023, 2024],
    nameSuffix: "",
    ...(data.ok
      ? { data: data.data, parkName: data.data.park?.name, coefficients: coefficientsFromParkData(data.data) }
      : {}),
  };
  return TEMPLATES.map((t) => t.build(options));
}

/** Every text a user reads on the sheet: cell texts (the hidden metadata aside) and validation messages. */
function texts(plan: SheetPlan): string[] {
  const hidden = new Set(plan.hiddenColumns);
  const cells = plan.cells
    .filter((c) => !hidden.has(c.col) && c.role !== "input" && typeof c.value === "string")
    .map((c) => String(c.value));
  const messages = plan.validations.flatMap((v) => [
    v.error.title,
    v.error.message,
    ...(v.prompt ? [v.prompt.title, v.prompt.message] : []),
  ]);
  return [...cells, ...messages];
}

const CJK = "[\\u3400-\\u9fff]";
/** An ASCII colon or parenthesis touching a Chinese character. */
const ASCII_IN_CHINESE = new RegExp(`${CJK}[:()]|[:()]${CJK}`);
/** A full-width colon, semicolon, comma or parenthesis touching a Latin letter, a digit or a space. */
const FULL_WIDTH_IN_ENGLISH = /[A-Za-z0-9 ][：；，（）]|[：；，（）][A-Za-z0-9 ]/;

describe("punctuation follows the language of the text", () => {
  test("Chinese sheets: no ASCII colon or parenthesis next to Chinese characters", () => {
    const found = plans("zh-CN").flatMap((plan) =>
      texts(plan)
        .filter((t) => ASCII_IN_CHINESE.test(t))
        .map((t) => `${plan.sheetName}: ${t}`),
    );
    expect([...new Set(found)]).toEqual([]);
  });

  test("English sheets: no full-width colon, semicolon, comma or parenthesis next to Latin words", () => {
    const found = plans("en-US").flatMap((plan) =>
      texts(plan)
        .filter((t) => FULL_WIDTH_IN_ENGLISH.test(t))
        .map((t) => `${plan.sheetName}: ${t}`),
    );
    expect([...new Set(found)]).toEqual([]);
  });

  test("the checks find what they look for", () => {
    expect(ASCII_IN_CHINESE.test("参数表名称: GREEN_PARAM_TAX_RATE")).toBe(true);
    expect(ASCII_IN_CHINESE.test("参数表名称：GREEN_PARAM_TAX_RATE")).toBe(false);
    expect(FULL_WIDTH_IN_ENGLISH.test("Source：GB/T 2589")).toBe(true);
    expect(FULL_WIDTH_IN_ENGLISH.test("Source: GB/T 2589")).toBe(false);
  });
});
