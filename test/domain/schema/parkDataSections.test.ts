/**
 * docs/data-file.md "Sections": each section is checked as the sheet checks a typed value — the drop-down words,
 * the number bounds and the rows the sheet has — and every problem names its JSON path.
 */
import { readParkData } from "../../../src/domain/schema/parkData";
import { optionsFromParkData } from "../../../src/domain/schema/parkDataOptions";
import { fullPark } from "./fullPark";

type File = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function problemsOf(change: (file: File) => void) {
  const file = fullPark() as File;
  change(file);
  const result = readParkData(file);
  return result.ok ? [] : result.problems;
}

test("a full park data file is accepted, and a file of data items only (version 1) still is", () => {
  expect(problemsOf(() => undefined)).toEqual([]);
  expect(
    problemsOf((f) => {
      for (const key of Object.keys(f)) if (!["park", "years", "values", "energy"].includes(key)) delete f[key];
    }),
  ).toEqual([]);
});

test.each([
  ["a version this program does not know", (f: File) => (f.version = 3), "version", /from 1 to 2, got 3/],
  ["a negative investment", (f: File) => (f.options[0].investment = -5), "options[0].investment", /≥ 0, got -5/],
  ["an option type outside the list", (f: File) => (f.options[1].type = "其它"), "options[1].type", /节能/],
  ["an unknown column", (f: File) => (f.options[0].cost = 1), "options[0].cost", /unknown column "cost"/],
  [
    "a term outside 近期 / 中期 / 远期",
    (f: File) => (f.targets[4].term = "长期"),
    "targets[4].term",
    /近期 \/ 中期 \/ 远期/,
  ],
  ["text as a target value", (f: File) => (f.targets[4].target = "380t"), "targets[4].target", /a number/],
  [
    "a fixed target row that is not one of the four",
    (f: File) => (f.targets[0].id = "other"),
    "targets[0].id",
    /pollutant-reduction, ghg-reduction, resource-energy, cp-level/,
  ],
  [
    "a fixed target row listed twice",
    (f: File) => (f.targets[1].id = "pollutant-reduction"),
    "targets[1].id",
    /pollutant-reduction is listed twice/,
  ],
  [
    "an actual typed on a row the performance matrix computes",
    (f: File) => (f.targets[1].actual = 350),
    "targets[1].actual",
    /ghg-reduction has no input "actual"/,
  ],
  [
    "an indicator no performance-matrix total measures",
    (f: File) => (f.targets[2].indicator = "节水量"),
    "targets[2].indicator",
    /节综合能耗/,
  ],
  ["an unknown synergy indicator", (f: File) => (f.synergy[0].id = "SY9-9"), "synergy[0].id", /SY1-1/],
  ["a requirement listed twice", (f: File) => (f.basic[1].id = "BR1"), "basic[1].id", /BR1 is listed twice/],
  ["an answer outside 符合 / 不符合", (f: File) => (f.basic[0].answer = "是"), "basic[0].answer", /符合 \/ 不符合/],
  ["a date not as YYYY-MM-DD", (f: File) => (f.plan[0].start = "3月1日"), "plan[0].start", /YYYY-MM-DD/],
  [
    "more team members than the sheet has rows",
    (f: File) => (f.team = Array.from({ length: 41 }, () => ({}))),
    "team",
    /40 rows; got 41/,
  ],
  ["a row that is not an object", (f: File) => (f.suggestions[0] = "x"), "suggestions[0]", /expected an object/],
  [
    "a selection other than 是 / 否",
    (f: File) => (f.parameters.selected.RG8 = "maybe"),
    "parameters.selected.RG8",
    /是 \/ 否/,
  ],
  ["an unknown indicator's lead", (f: File) => (f.parameters.leads.XX1 = 1), "parameters.leads.XX1", /unknown id/],
  ["an unknown parameter group", (f: File) => (f.parameters.rates = {}), "parameters.rates", /unknown key "rates"/],
  [
    "an unknown confirmed row",
    (f: File) => f.parameters.confirmed.push("lead:XX1"),
    "parameters.confirmed[2]",
    /unknown parameter row/,
  ],
  [
    "a grid choice outside the sheet's drop-down",
    (f: File) => (f.parameters.gridChoice = "华北"),
    "parameters.gridChoice",
    /expected one of 全国电网平均 \/ .*华北区域电网.*, got "华北"/,
  ],
  [
    "an output basis outside 工业总产值 / 工业增加值",
    (f: File) => (f.parameters.choices = { "synergy-output-basis": "产值" }),
    "parameters.choices.synergy-output-basis",
    /工业总产值 \/ 工业增加值/,
  ],
  [
    "a grid factor that is not a number",
    (f: File) => (f.parameters.gridFactors = { "national-2023": "0.53" }),
    "parameters.gridFactors.national-2023",
    /expected a number/,
  ],
  [
    "an unknown grid factor set",
    (f: File) => (f.parameters.gridFactors = { "national-1999": 0.5 }),
    "parameters.gridFactors.national-1999",
    /unknown id/,
  ],
  [
    "an unknown row marked 否",
    (f: File) => (f.parameters.notConfirmed = ["tce:coal"]),
    "parameters.notConfirmed[0]",
    /unknown parameter row "tce:coal"/,
  ],
  [
    "an oxidation rate given in percent",
    (f: File) => (f.carbon = { "raw-coal": { oxidationRate: 94 } }),
    "carbon.raw-coal.oxidationRate",
    /expected a number from 0 to 1, got 94/,
  ],
  [
    "a negative calorific value",
    (f: File) => (f.carbon = { "raw-coal": { ncv: -1 } }),
    "carbon.raw-coal.ncv",
    /expected a number ≥ 0, got -1/,
  ],
  [
    "an unknown carrier's CO₂ data",
    (f: File) => (f.carbon = { coal: { factor: 2 } }),
    "carbon.coal",
    /unknown carrier id "coal"/,
  ],
  [
    "an unknown CO₂ data field",
    (f: File) => (f.carbon = { "raw-coal": { ef: 2 } }),
    "carbon.raw-coal.ef",
    /has no input "ef"; the inputs are ncv, carbonContent, oxidationRate, factor/,
  ],
  [
    "a factor typed as text",
    (f: File) => (f.carbon = { steam: { factor: "0.1" } }),
    "carbon.steam.factor",
    /a number or null/,
  ],
  [
    "a diagnosis-plan date not as YYYY-MM-DD",
    (f: File) => (f.plan[0]["diag:start"] = "3月3日"),
    "plan[0].diag:start",
    /YYYY-MM-DD/,
  ],
  [
    "a low-carbon answer outside the four",
    (f: File) => (f.lowcarbon = [{ id: "4a", answer: "基本符合" }]),
    "lowcarbon[0].answer",
    /符合 \/ 部分符合 \/ 不符合 \/ 不适用/,
  ],
])("%s is refused with its path", (_, change, path, message) => {
  const problems = problemsOf(change);
  expect(problems).toContainEqual(expect.objectContaining({ path, message: expect.stringMatching(message) }));
});

test("a section's problem in both languages, named by the sheet and the row", () => {
  const problems = problemsOf((f) => (f.options[0].investment = -5));
  const found = problems.find((p) => p.path === "options[0].investment");
  expect(found?.field).toEqual({ zh: "方案汇总第 1 行 investment", en: "Options row 1, investment" });
  expect(found?.words.zh).toMatch(/^应为 ≥ 0 的数字，实际为 -5$/);
  expect(found?.words.en).toMatch(/^expected a number ≥ 0, got -5$/);
});

test("the sections become the templates' rows and the parameter sheet's values", () => {
  const result = readParkData(fullPark());
  if (!result.ok) throw new Error("fullPark is invalid");
  const options = optionsFromParkData(result.data);
  expect(options.rows?.options?.[1]).toMatchObject({ name: "集中式VOCs处理", vocs: 12.5 });
  expect(options.parameters?.selection).toEqual({ RG8: true, RG9: false });
  expect(options.parameters?.leads).toEqual({ EG1: 0.35 });
  expect(options.parameterValues).toEqual({ "discount-rate": 6 });
  // steam per kg from the parameters section wins over nothing given in the energy block
  expect(options.coefficients?.steam).toBe(0.09);
  expect(options.confirmedParameters).toEqual(["lead:EG1", "param:discount-rate"]);
});

test("the grid choice, bases, grid factors, rows marked 否 and CO₂ data become the sheets' inputs", () => {
  const file = fullPark() as File;
  file.parameters = {
    choices: { "synergy-output-basis": "工业增加值" },
    gridChoice: "North China grid",
    gridFactors: { "north-2022": 0.58 },
    notConfirmed: ["tce:steam"],
  };
  file.energy = [{ carrier: "原煤", unit: "t", values: [1, 2, 3, 4], co2Factor: 1.9 }];
  file.carbon = { "raw-coal": { ncv: 20.9, oxidationRate: null }, steam: { factor: 0.11 } };
  const result = readParkData(file);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("\n"));
  const options = optionsFromParkData(result.data);
  expect(options.parameterChoices).toEqual({ "synergy-output-basis": "工业增加值" });
  expect(options.gridChoice).toBe("North China grid");
  expect(options.gridFactors).toEqual({ "north-2022": 0.58 });
  expect(options.unconfirmedParameters).toEqual(["tce:steam"]);
  // the energy row's factor (t CO₂ per t) and the carbon section's fields, field by field
  expect(options.co2Factors).toEqual({
    "raw-coal": { factor: 1.9, ncv: 20.9, oxidationRate: null },
    steam: { factor: 0.11 },
  });
});
