import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseParkData, type ParkDataFile } from "../../src/domain/schema/parkData";
import { initialLanguage } from "../../src/taskpane/i18n";
import { dependenciesOf } from "../../src/taskpane/model/gallery";
import { missingInDataFile, missingInWorkbook, requiredInputs } from "../../src/taskpane/model/missingInputs";
import { parameterRows } from "../../src/taskpane/model/parameters";
import { evaluationYearsOf, paneReport } from "../../src/taskpane/model/reviewReport";
import { nameSuffixFor, planTemplates, templateOptions } from "../../src/taskpane/planTemplates";
import { findTemplate } from "../../src/domain/templates/specs";
import type { TemplateOptions } from "../../src/domain/templates/context";
import { templateInfos } from "../../src/taskpane/templateCatalog";
import { luminance, themeKind } from "../../src/taskpane/theme";
import { planToXlsx } from "../../src/xlsx/writePlan";
import { readSnapshot } from "../../src/xlsx/readSnapshot";
import type { InsertRequest } from "../../src/taskpane/operations";

const sample = (): ParkDataFile => {
  const parsed = parseParkData(readFileSync(join(__dirname, "..", "..", "examples", "sample-park.json"), "utf8"));
  if (!parsed.ok) throw new Error("sample-park.json is invalid");
  return parsed.data;
};

const request = (over: Partial<InsertRequest> = {}): InsertRequest => ({
  templates: ["indicators"],
  lang: "zh-CN",
  mode: "native",
  years: [2021, 2022, 2023, 2024],
  costClassThreshold: null,
  refresh: false,
  ...over,
});

test("zh-CN unless the host's language is not Chinese; Office's language wins over the browser's", () => {
  expect(initialLanguage(undefined, undefined)).toBe("zh-CN");
  expect(initialLanguage(undefined, "zh-TW")).toBe("zh-CN");
  expect(initialLanguage(undefined, "en-GB")).toBe("en-US");
  expect(initialLanguage("zh-CN", "en-US")).toBe("zh-CN");
  expect(initialLanguage("de-DE", "zh-CN")).toBe("en-US");
});

test("the theme follows Office's body colour, and high contrast when colours are forced", () => {
  expect(luminance("#ffffff")).toBeCloseTo(1);
  expect(themeKind("#262626", false, false)).toBe("dark");
  expect(themeKind("#FFFFFF", false, true)).toBe("light");
  expect(themeKind(undefined, false, true)).toBe("dark");
  expect(themeKind("#FFFFFF", true, false)).toBe("high-contrast");
});

test("dependencies: the matrix reads options and params; the indicators table reads params and data, whose CO₂ reads the carbon inventory", () => {
  const infos = templateInfos();
  expect([...dependenciesOf(infos, new Set(["matrix"]))].sort()).toEqual(["options", "params"]);
  expect([...dependenciesOf(infos, new Set(["indicators", "params"]))]).toEqual(["data", "carbon"]);
  expect(dependenciesOf(infos, new Set(["team", "params"])).size).toBe(0);
});

test("a second copy of a template set gets its own name suffix; the threshold goes to the parameter sheet", () => {
  expect(nameSuffixFor(["params", "data"], [])).toBe("");
  expect(nameSuffixFor(["params", "data"], ["GREEN_META_params", "GREEN_META_data_2"])).toBe("_3");
  const plans = planTemplates(request({ costClassThreshold: 25 }), ["GREEN_META_params"]);
  expect(plans.map((p) => p.templateId)).toEqual(["params", "data", "carbon", "indicators"]);
  expect(plans[0]!.names.some((n) => n.name === "GREEN_META_params_2")).toBe(true);
  const threshold = plans[0]!.cells.find((c) => c.key === "param:cost-class-threshold");
  expect(threshold?.value).toBe(25);
  // refresh keeps the first set's names so the adapter finds the sheets again
  expect(
    planTemplates(request({ refresh: true }), ["GREEN_META_params"])[0]!.names.some(
      (n) => n.name === "GREEN_META_params",
    ),
  ).toBe(true);
});

test("a park data file's energy coefficient reaches the parameter sheet (kgce per native unit)", () => {
  const file = parseParkData(
    JSON.stringify({
      years: [2021, 2022, 2023, 2024],
      values: {},
      energy: [{ carrier: "蒸汽", unit: "t", values: [1, 1, 1, 1], coefficient: 128.6 }],
    }),
  );
  if (!file.ok) throw new Error("test data invalid");
  const params = planTemplates(request({ data: file.data }), [])[0];
  // 128.6 kgce per t of steam = 0.1286 kgce per kg (the catalog's native unit)
  expect(params!.cells.find((c) => c.key === "tce:steam")?.value).toBeCloseTo(0.1286, 12);
});

test("missing mandatory inputs: every year of an empty data sheet, none of the complete sample, with cells to go to", async () => {
  const required = requiredInputs();
  // HG22 and HG24 read the year before: the base year needs va, co2 and the four pollutants
  expect(required.get(0)).toEqual(expect.arrayContaining(["va", "co2", "cod", "nh3n", "so2", "nox"]));
  expect(required.get(0)).not.toContain("water_fresh");
  expect(required.get(1)).toEqual(
    expect.arrayContaining(["va", "energy_total", "water_fresh", "sewage_facility", "air_good_days"]),
  );

  const empty = await readSnapshot(await planToXlsx(planTemplates(request({ templates: ["data"] }))));
  const years = missingInWorkbook(empty);
  expect(years?.map((y) => y.year)).toEqual([2021, 2022, 2023, 2024]);
  const va = years?.[1]!.missing.find((m) => m.item === "va");
  expect(va).toMatchObject({ sheet: "基础数据", name: { zh: "工业增加值" } });
  expect(va?.cell).toMatch(/^E\d+$/);
  expect(years?.[1]!.missing.find((m) => m.item === "energy_total")?.cell).toMatch(/^E\d+$/);

  const data = sample();
  const filled = await readSnapshot(
    await planToXlsx(planTemplates(request({ templates: ["data"], years: data.years as never, data }))),
  );
  expect(missingInWorkbook(filled)?.map((y) => y.missing.map((m) => m.item))).toEqual([[], [], [], []]);
  expect(missingInDataFile(data).map((y) => y.missing.length)).toEqual([0, 0, 0, 0]);
  const partial = { ...data, values: { ...data.values, va: [null, 1, 2, null] } } as ParkDataFile;
  expect(missingInDataFile(partial).map((y) => y.missing.filter((m) => m.item === "va").length)).toEqual([1, 0, 0, 1]);
});

test("parameters: defaults with source and status; the workbook's changed values are flagged", async () => {
  const defaults = parameterRows();
  const lead = defaults.find((r) => r.key === "lead:EG1");
  expect(lead).toMatchObject({ defaultValue: 3, status: "to-confirm", changed: false, value: undefined });
  expect(defaults.find((r) => r.key === "param:score-cap")).toMatchObject({ defaultValue: 120, status: "confirmed" });
  const snapshot = await readSnapshot(
    await planToXlsx(planTemplates(request({ templates: ["params"], costClassThreshold: 30 }))),
  );
  const rows = parameterRows(snapshot);
  expect(rows.find((r) => r.key === "param:cost-class-threshold")).toMatchObject({
    value: 30,
    defaultValue: null,
    changed: true,
    sheet: "参数",
  });
  expect(rows.find((r) => r.key === "lead:EG1")).toMatchObject({ value: 3, changed: false, sheet: "参数" });
  expect(rows.filter((r) => r.changed).map((r) => r.key)).toEqual(["param:cost-class-threshold"]);
});

test("the engine's report becomes the panel's: counts, scores per evaluation year", async () => {
  const snapshot = await readSnapshot(await planToXlsx(planTemplates(request())));
  expect(evaluationYearsOf(snapshot)).toEqual([2022, 2023, 2024]);
  const report = paneReport(
    {
      findings: [
        {
          code: "value-mismatch",
          severity: "error",
          sheet: "评价指标",
          cell: "F9",
          message: { zh: "不符", en: "differs" },
          expected: 1,
          found: 2,
        },
      ],
      summary: {
        errors: 1,
        warnings: 0,
        info: 0,
        templates: ["indicators"],
        totalScores: [80, null, null],
        expectedTotalScores: [81, null, null],
      },
    },
    evaluationYearsOf(snapshot),
    "a.xlsx",
  );
  expect(report.counts).toEqual({ error: 1, warning: 0, info: 0 });
  expect(report.totalScores).toEqual([{ year: 2022, score: 80, expected: 81, differs: true }]);
  expect(report.templateFound).toBe(true);
  expect(report.fileName).toBe("a.xlsx");
});

test("parameters: the two choices are unchanged at their default in either sheet language, changed when another is chosen", async () => {
  const rowsOf = async (over: Partial<InsertRequest>, options?: Partial<TemplateOptions>) => {
    const plans = planTemplates(request({ templates: ["params"], ...over })).map((p) =>
      options ? findTemplate(p.templateId)!.build({ ...templateOptions(request(over), ""), ...options }) : p,
    );
    return parameterRows(await readSnapshot(await planToXlsx(plans)));
  };
  const keys = ["choice:synergy-output-basis", "grid-choice"];
  for (const lang of ["zh-CN", "en-US"] as const) {
    const rows = await rowsOf({ lang });
    expect(rows.filter((r) => keys.includes(r.key)).map((r) => [r.key, r.changed, r.section])).toEqual([
      ["choice:synergy-output-basis", false, "choices"],
      ["grid-choice", false, "choices"],
    ]);
  }
  const chosen = await rowsOf(
    { lang: "zh-CN" },
    { parameterChoices: { "synergy-output-basis": "工业增加值" }, gridChoice: "east" },
  );
  expect(chosen.filter((r) => keys.includes(r.key)).map((r) => [r.value, r.changed])).toEqual([
    ["工业增加值", true],
    ["华东区域电网", true],
  ]);
});
