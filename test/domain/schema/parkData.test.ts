import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseParkData, readParkData } from "../../../src/domain/schema/parkData";

const sampleText = readFileSync(join(__dirname, "..", "..", "..", "examples", "sample-park.json"), "utf8");
const sample = JSON.parse(sampleText);

function problemsOf(change: (file: typeof sample) => void) {
  const file = JSON.parse(sampleText);
  change(file);
  const result = readParkData(file);
  return result.ok ? [] : result.problems;
}

test("the shipped sample park is a valid park data file", () => {
  const result = parseParkData(sampleText);
  expect(result.ok).toBe(true);
  expect(result.ok && result.data.years).toEqual([2021, 2022, 2023, 2024]);
  expect(result.ok && Object.keys(result.data.values).length).toBe(Object.keys(sample.values).length);
});

test.each([
  ["an unknown data item", (f: typeof sample) => (f.values.vaa = [1, 2, 3, 4]), "values", /unknown key "vaa"/],
  ["an unknown top-level key", (f: typeof sample) => (f.extra = 1), "(root)", /unknown key "extra"/],
  ["a wrong number of entries", (f: typeof sample) => (f.values.va = [1, 2, 3]), "values.va", /expected 4 entries/],
  ["text in a number item", (f: typeof sample) => (f.values.va[2] = "12"), "values.va[2]", /expected a number in 万元/],
  ["a negative amount", (f: typeof sample) => (f.values.co2[1] = -5), "values.co2[1]", /≥ 0/],
  [
    "an answer outside its set",
    (f: typeof sample) => (f.values.green_plan[0] = "maybe"),
    "values.green_plan[0]",
    /是 \/ 否/,
  ],
  [
    "an unknown carrier",
    (f: typeof sample) => (f.energy[0].carrier = "木柴"),
    "energy[0].carrier",
    /unknown energy carrier/,
  ],
  ["a unit of the wrong kind", (f: typeof sample) => (f.energy[0].unit = "kWh"), "energy[0].unit", /does not measure/],
  [
    "a carrier listed twice",
    (f: typeof sample) => f.energy.push({ ...f.energy[0] }),
    "energy[5].carrier",
    /listed twice/,
  ],
  ["three years only", (f: typeof sample) => (f.years = [2022, 2023, 2024]), "years", /expected 4 years/],
  ["years not increasing", (f: typeof sample) => (f.years = [2021, 2023, 2022, 2024]), "years[2]", /must increase/],
  [
    "a value of the wrong type in energy",
    (f: typeof sample) => (f.energy[1].values[0] = "x"),
    "energy[1].values[0]",
    /expected number/,
  ],
])("%s is refused with its JSON path", (_name, change, path, message) => {
  const problems = problemsOf(change);
  expect(problems.some((p) => p.path === path && message.test(p.message))).toBe(true);
});

test("text that is not JSON is refused with a reason", () => {
  const result = parseParkData("{ not json");
  expect(result.ok).toBe(false);
  expect(!result.ok && result.problems[0]!.message).toMatch(/not valid JSON/);
});

test("a byte-order mark (Notepad, WPS) is not an error", () => {
  expect(parseParkData(`\uFEFF${sampleText}`).ok).toBe(true);
});
