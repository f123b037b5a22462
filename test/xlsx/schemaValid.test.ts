/**
 * Every .xlsx the product writes is valid for programs it did not write: each part against the ECMA-376
 * transitional schemas (xmllint, after removing what mc:Ignorable declares ignorable), Excel's rules beyond
 * the schema, and openpyxl (pandas' reader) loads it and reads the cached results of the indicator names —
 * compared with the domain's own evaluation of the same park, not with what our reader finds in the file.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { shownIfAnswer } from "../../src/domain/calc/answers";
import { evaluatePark, type ParkData, type ParkEvaluation } from "../../src/domain/calc";
import { parseParkData, type ParkDataFile } from "../../src/domain/schema/parkData";
import { optionsFromParkData } from "../../src/domain/schema/parkDataOptions";
import { effectiveParkData, type TemplateOptions } from "../../src/domain/templates/context";
import type { FormulaMode, Lang, TemplateId } from "../../src/domain/templates/sheetPlan";
import { TEMPLATES, withDependencies } from "../../src/domain/templates/specs";
import { fileOperations } from "../../src/taskpane/fileOperations";
import { planToXlsx } from "../../src/xlsx/writePlan";
import { readWithOpenpyxl } from "./openpyxl";
import { checkXlsxSchemas, excelRuleProblems } from "./schemaCheck";

jest.setTimeout(240000);

const SAMPLE = (() => {
  const parsed = parseParkData(readFileSync(join(__dirname, "../../examples/sample-park.json"), "utf8"));
  if (!parsed.ok) throw new Error("examples/sample-park.json does not parse");
  return parsed.data;
})();
const YEARS = SAMPLE.years as [number, number, number, number];

/** As `green-audit template` builds a workbook (src/cli/template.ts). */
function workbook(ids: readonly TemplateId[], lang: Lang, mode: FormulaMode, data?: ParkDataFile): Promise<Uint8Array> {
  const options: TemplateOptions = {
    lang,
    mode,
    years: data ? (data.years as [number, number, number, number]) : YEARS,
    nameSuffix: "",
    // every section of the file fills its sheet: options, targets, synergy, basic answers, team and plan too
    ...(data ? optionsFromParkData(data) : {}),
  };
  return planToXlsx(withDependencies(ids).map((spec) => spec.build(options)));
}

const ALL = TEMPLATES.map((t) => t.id);

async function expectValid(xlsx: Uint8Array): Promise<void> {
  const report = await checkXlsxSchemas(xlsx);
  expect(report.errors).toEqual([]);
  // every kind of part was checked, none skipped
  const schemas = new Set(report.parts.map((p) => p.contentType.replace(/^application\/vnd\.openxmlformats-/, "")));
  for (const kind of [
    "package.content-types",
    "package.relationships+xml",
    "package.core-properties+xml",
    "officedocument.extended-properties+xml",
    "officedocument.theme+xml",
    "officedocument.spreadsheetml.sheet.main+xml",
    "officedocument.spreadsheetml.worksheet+xml",
    "officedocument.spreadsheetml.styles+xml",
    "officedocument.spreadsheetml.sharedStrings+xml",
  ]) {
    expect(schemas).toContain(kind);
  }
  expect(excelRuleProblems(xlsx)).toEqual([]);
}

/**
 * The cached value each GREEN_VALUE_/GREEN_SCORE_/GREEN_TOTAL_ name must hold: the domain's evaluation, an answer
 * word with its English meaning in an English sheet ("具备 (available)", docs/templates.md#words-kept-in-chinese).
 */
function expectedNames(evaluation: ParkEvaluation, lang: Lang): Map<string, number | string> {
  const expected = new Map<string, number | string>();
  evaluation.years.forEach((year, i) => {
    const k = i + 1;
    for (const r of year.indicators) {
      expected.set(`GREEN_VALUE_${r.id}_Y${k}`, r.value.ok ? shownIfAnswer(r.value.value, lang) : "");
      expected.set(`GREEN_SCORE_${r.id}_Y${k}`, r.counted ?? "");
    }
    expected.set(`GREEN_TOTAL_Y${k}`, year.total.ok ? year.total.value : "");
  });
  return expected;
}

function sameValue(found: unknown, expected: number | string): boolean {
  if (typeof expected === "number")
    return typeof found === "number" && Math.abs(found - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
  return (found ?? "") === expected;
}

async function expectOpenpyxlReads(xlsx: Uint8Array, evaluation: ParkEvaluation, lang: Lang): Promise<void> {
  const read = await readWithOpenpyxl(xlsx);
  const expected = expectedNames(evaluation, lang);
  const wrong = [...expected]
    .filter(([name, v]) => !(name in read.names) || !sameValue(read.names[name], v))
    .map(([name, v]) => `${name}: ${JSON.stringify(read.names[name])} ≠ ${JSON.stringify(v)}`);
  expect(wrong).toEqual([]);
  // 31 indicators × 3 years × value and score, and 3 totals
  expect(expected.size).toBe(31 * 3 * 2 + 3);
}

/** The park as the sheets evaluate it: co2 from the carbon inventory where the energy block is filled. */
const evaluationOf = (data: ParkData): ParkEvaluation => {
  const effective = effectiveParkData({ lang: "zh-CN", mode: "native", years: YEARS, nameSuffix: "", data }) ?? data;
  const result = evaluatePark(effective);
  if (!result.ok) throw new Error(`the sample park does not evaluate: ${result.reason}`);
  return result.value;
};

describe("every workbook the product writes is valid outside Excel", () => {
  const cases: [Lang, FormulaMode][] = [
    ["zh-CN", "native"],
    ["zh-CN", "custom"],
    ["en-US", "native"],
    ["en-US", "custom"],
  ];

  test.each(cases)(
    "the full set filled from the sample park, %s, %s formulas: schema-valid, and openpyxl reads the computed results",
    async (lang, mode) => {
      const xlsx = await workbook(ALL, lang, mode, SAMPLE);
      await expectValid(xlsx);
      await expectOpenpyxlReads(xlsx, evaluationOf(SAMPLE), lang);
    },
  );

  test("the empty full set (no park data)", async () => {
    const xlsx = await workbook(ALL, "zh-CN", "native");
    await expectValid(xlsx);
    expect((await readWithOpenpyxl(xlsx)).sheets).toHaveLength(ALL.length);
    // no data: every mandatory indicator counts 0, as the domain evaluates an empty park
    await expectOpenpyxlReads(xlsx, evaluationOf({ years: YEARS, values: {} }), "zh-CN");
  });

  test("a single template on its own", async () => {
    expect(withDependencies(["params"]).map((s) => s.id)).toEqual(["params"]);
    const xlsx = await workbook(["params"], "en-US", "native");
    await expectValid(xlsx);
    expect((await readWithOpenpyxl(xlsx)).sheets).toHaveLength(1);
  });

  test("the pane's file-mode download", async () => {
    let downloaded: Uint8Array | undefined;
    const operations = fileOperations((bytes) => (downloaded = bytes));
    await operations.insertTemplates({
      templates: ["indicators", "options"],
      lang: "zh-CN",
      mode: "custom",
      years: YEARS,
      costClassThreshold: 40,
      refresh: false,
      data: SAMPLE,
    });
    if (!downloaded) throw new Error("no download");
    await expectValid(downloaded);
    await expectOpenpyxlReads(downloaded, evaluationOf(SAMPLE), "zh-CN");
  });

  test("the pane's file-mode import of the sample park into an opened empty workbook", async () => {
    let downloaded: Uint8Array | undefined;
    const operations = fileOperations((bytes) => (downloaded = bytes));
    const opened = await workbook(ALL, "en-US", "native");
    const outcome = await operations.importDataInto?.({ kind: "file", name: "park.xlsx", bytes: opened }, SAMPLE);
    if (!downloaded || !outcome) throw new Error("no download");
    expect(outcome.fileName).toBe("park-imported.xlsx");
    await expectValid(downloaded);
    expect((await readWithOpenpyxl(downloaded)).sheets).toHaveLength(ALL.length);
    await expectOpenpyxlReads(downloaded, evaluationOf(SAMPLE), "en-US");
  });
});

describe("the checks themselves", () => {
  test("an overlap, a repeated priority, an over-long error text and a schema error are all caught", async () => {
    const { strToU8, strFromU8, unzipSync, zipSync } = await import("fflate");
    const good = await workbook(["params"], "zh-CN", "native");
    const entries = unzipSync(good);
    const sheet = strFromU8(entries["xl/worksheets/sheet1.xml"]!);
    const first = /<dataValidation [^>]*sqref="([^"]+)"/.exec(sheet);
    expect(first).not.toBeNull();
    const broken = sheet
      .replace(
        /<dataValidations count="(\d+)">/,
        (_m, n) =>
          `<dataValidations count="${Number(n) + 1}"><dataValidation type="whole" errorStyle="error" error="${"x".repeat(225)}" sqref="${first?.[1]}"/>`,
      )
      .replace(/(<cfRule [^>]*priority=")\d+/g, "$11");
    entries["xl/worksheets/sheet1.xml"] = strToU8(broken);
    const bad = zipSync(entries);
    expect((await checkXlsxSchemas(bad)).errors.join("\n")).toMatch(/errorStyle.*'stop', 'warning', 'information'/);
    const problems = excelRuleProblems(bad).join("\n");
    expect(problems).toMatch(/data validations overlap/);
    expect(problems).toMatch(/error of 225 characters/);
    expect(problems).toMatch(/priorities repeated: 1/);
  });
});
