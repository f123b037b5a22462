/**
 * English sheets in English, Chinese sheets in Chinese (docs/templates.md#words-kept-in-chinese).
 *
 * Every template written in English from the sample park through the .xlsx writer the command line uses — cells,
 * notes, validation prompts, errors and lists, headers and footers, sheet names, defined names — the English
 * pane, the catalog's English texts and the review's English findings show Chinese only in a short list of
 * words that must stay comparable, each beside its English meaning in the same text ("具备 (available)"), and in
 * the user's own data (the park's name, the work group typed in). The other way, the Chinese sheets, pane and
 * findings hold no English words but units, standard codes, chemical formulas, indicator numbers, function and
 * product names and the data file's keys.
 */
import { ANSWER_WORDS, answerMeaning } from "../../src/domain/calc/answers";
import {
  CARRIERS,
  COST_CLASSES,
  DATA_ITEMS,
  GRID_FACTOR_SETS,
  INDICATORS,
  SYNERGY_INDICATORS,
} from "../../src/domain/catalog";
import {
  catalogTexts,
  paneTexts,
  planTexts,
  reviewTexts,
  SAMPLE,
  samplePlans,
  sampleWorkbookTexts,
  type UserText,
} from "./userTexts";

const CJK = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]+/g;

/** Words that stay Chinese in an English text, each with the English meaning that must stand in the same text. */
const KEPT: readonly (readonly [string, string])[] = [
  // the answers of the qualitative data items and the synergy grades: "具备 (available)"
  ...ANSWER_WORDS.map((w) => [w, `${w} (${answerMeaning(w) ?? "?"})`] as const),
  // the cost classes, named in English with the standard's words after them: "No/low-cost options (无/低费)"
  ...COST_CLASSES.map((c) => [c.name.zh, c.name.en] as const),
  // a Chinese term and a unit quoted with their translation in a source note
  ["园区增加值", "园区增加值 (park GDP)"] as const,
  ["万度/年", "万度/年 = 10⁴ kWh/a"] as const,
].sort((a, b) => b[0].length - a[0].length);

/** The user's own words: the sample park's name and the work group the review test types in. */
const USER_DATA = [SAMPLE.park.name as string, "王伟", "组长", "高级工程师", "节能"];

const loose = (s: string) => s.toLowerCase().replace(/-/g, " ");

function chineseLeft(texts: readonly UserText[]): string[] {
  return texts.flatMap(({ where, text }) => {
    let rest = text;
    for (const word of USER_DATA) rest = rest.split(word).join("");
    const unlabelled: string[] = [];
    for (const [word, label] of KEPT) {
      if (!rest.includes(word)) continue;
      if (!loose(text).includes(loose(label))) unlabelled.push(`${word} without “${label}”`);
      rest = rest.split(word).join("");
    }
    const left = [...unlabelled, ...(rest.match(CJK) ?? [])];
    return left.length > 0 ? [`${where}: ${left.join(" ")} in ${JSON.stringify(text.slice(0, 100))}`] : [];
  });
}

describe("English in English", () => {
  test("every English template shows Chinese only for kept words, each with its meaning", () => {
    const texts = planTexts(samplePlans("en-US"));
    expect(texts.length).toBeGreaterThan(1000);
    expect(chineseLeft(texts)).toEqual([]);
  });

  test("the written English workbook too: cells, notes, validations, lists, headers, sheet and defined names", async () => {
    const texts = await sampleWorkbookTexts("en-US");
    for (const part of ["(validation)", "(list)", "(header/footer)", "(sheet)", "(defined name)"])
      expect({ part, found: texts.some((t) => t.where.endsWith(part)) }).toEqual({ part, found: true });
    expect(chineseLeft(texts)).toEqual([]);
  });

  test("the answers of the qualitative indicators are shown with their meaning in the sheets that hold them", async () => {
    const texts = (await sampleWorkbookTexts("en-US")).map((t) => t.text);
    for (const shown of ["具备 (available)", "完善 (complete)", "是 (yes)", "基本完善 (basically complete)"])
      expect(texts).toContain(shown);
  });

  test("the English pane, the catalog's English texts and the English review", async () => {
    expect(chineseLeft([...paneTexts("en-US"), ...catalogTexts("en-US"), ...(await reviewTexts("en-US"))])).toEqual([]);
  });

  test("a Chinese word that is not kept, or a kept word without its meaning, is caught", () => {
    expect(
      chineseLeft([
        { where: "planted", text: "Source：Beijing" },
        { where: "planted", text: "unit 万元" },
        { where: "planted", text: "具备" },
        { where: "planted", text: "Answers: 完善 = complete" },
      ]),
    ).toHaveLength(4);
    expect(chineseLeft([{ where: "clean", text: "不具备 (not available)" }])).toEqual([]);
  });
});

/**
 * English words a Chinese text may hold: units, standard codes, chemical formulas, levels, the 31 indicators'
 * numbers, spreadsheet function and defined names, product and file names, and the data file's keys (the
 * 编号 of 基础数据 and 碳排放核算, as docs/data-file.md names the fields).
 */
const UNITS = ["t", "tce", "kgce", "tC", "tCO", "MWh", "kWh", "GJ", "MJ", "kJ", "kg", "km", "mg", "g", "m", "a", "h"];
const CODES = ["GB", "T", "HJ", "DB", "CPPC", "COD", "NOx", "SO", "NH", "N", "CO", "VOCs", "PM", "I", "II", "III"];
const FUNCTIONS = ["GREEN", "IRR", "NPV", "NETWORKDAYS", "Excel", "WPS", "Office", "LibreOffice", "GreenAudit"];
const FILES = ["xlsx", "JSON", "CSV", "UTF", "docs", "data-file", "md"];
const KEYS = [
  ...DATA_ITEMS.map((d) => d.id),
  ...CARRIERS.map((c) => c.id),
  ...GRID_FACTOR_SETS.map((g) => g.id),
  "co2_reported",
  "energy_total_reported",
  "grid_set",
  "grid_factor",
  "grid_choice",
];
const ALLOWED_LATIN = new Set([...UNITS, ...CODES, ...FUNCTIONS, ...FILES, ...KEYS]);
const INDICATOR_NUMBER = new RegExp(
  `^(?:${[...new Set([...INDICATORS, ...SYNERGY_INDICATORS].map((i) => i.id.replace(/\d.*/, "")))].join("|")}|BR)$`,
);
/** a clause's letter (5.4 b), a column (C 列), an appendix (附录A), a variable (Y_k), a key (F9) */
const LETTER = /^[A-Za-z](?:_[A-Za-z]+|\d+)?$/;
/** a defined name a formula may use: GREEN_PARAM_TAX_RATE */
const DEFINED_NAME = /^GREEN(?:_[A-Z0-9]+)+$/;

function englishLeft(texts: readonly UserText[]): string[] {
  return texts.flatMap(({ where, text: shown }) => {
    // a header's or footer's codes (&L left, &P page …) are not shown
    const text = where.endsWith("(header/footer)") ? shown.replace(/&(?:[A-Z]|\d+)/g, " ") : shown;
    const words = (text.match(/[A-Za-z][A-Za-z0-9_-]*/g) ?? []).filter((w) => {
      if (DEFINED_NAME.test(w) || ALLOWED_LATIN.has(w) || LETTER.test(w)) return false;
      const letters = w.replace(/[\d_-]+.*$/, "");
      return !(ALLOWED_LATIN.has(letters) || INDICATOR_NUMBER.test(letters));
    });
    return words.length > 0 ? [`${where}: ${words.join(" ")} in ${JSON.stringify(text.slice(0, 100))}`] : [];
  });
}

describe("Chinese in Chinese", () => {
  test("every Chinese template holds no English words but units, codes, names and keys", () => {
    expect(englishLeft(planTexts(samplePlans("zh-CN")))).toEqual([]);
  });

  test("the written Chinese workbook too", async () => {
    expect(englishLeft(await sampleWorkbookTexts("zh-CN"))).toEqual([]);
  });

  test("the Chinese pane and the Chinese review", async () => {
    expect(englishLeft([...paneTexts("zh-CN"), ...(await reviewTexts("zh-CN"))])).toEqual([]);
  });

  test("an English word of a developer is caught", () => {
    expect(
      englishLeft([
        { where: "planted", text: "name and unit confirmed" },
        { where: "planted", text: "数据 missing-input" },
      ]),
    ).toHaveLength(2);
    expect(
      englishLeft([{ where: "clean", text: "GB/T 2589-2020 附录A；tCO₂/MWh；RG6；GREEN_PARAM_TAX_RATE；raw-coal" }]),
    ).toEqual([]);
  });
});
