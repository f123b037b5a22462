/** The enterprise request sheet's year headers: the park data sheet's words (docs/enterprises.md). */
import { buildRequestSheet } from "../../../src/domain/enterprise/requestSheet";

const YEARS = [2021, 2022, 2023, 2024] as const;

const headerTexts = (lang: "zh-CN" | "en-US") =>
  buildRequestSheet({ lang, years: YEARS })
    .cells.filter((c) => c.role === "header")
    .map((c) => c.value);

test.each([
  ["zh-CN", "2021（基准年）", "核对"],
  ["en-US", "2021 (Base year)", "Check"],
] as const)("%s: the base year is marked, the other years plain, the check column named", (lang, base, check) => {
  const texts = headerTexts(lang);
  expect(texts).toContain(base);
  for (const year of ["2022", "2023", "2024"]) expect(texts).toContain(year);
  expect(texts.some((t) => typeof t === "string" && t.startsWith(check))).toBe(true);
});
