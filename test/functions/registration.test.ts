/**
 * The built functions chunk as Excel's shared runtime loads it: dist/functions.js run in a node `vm` sandbox
 * with a stub CustomFunctions (no window, no document, no Office) registers exactly the ids of
 * dist/functions.json, and the registered functions compute and fail as the source does.
 */
import { assertDistIsCurrent, loadBuiltFunctions, readDist, readMetadata } from "./builtFunctions";

const metadata = (() => {
  const m = readMetadata();
  assertDistIsCurrent(m);
  return m;
})();

test("dist/functions.js registers exactly the ids of dist/functions.json, each once", () => {
  const { registered } = loadBuiltFunctions();
  expect([...registered.keys()].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
});

test("the registered functions compute the SPEC worked examples", () => {
  const { call } = loadBuiltFunctions();
  expect(call("RATE", 17, 20)).toBe(85);
  expect(call("TCE", 10000, "电力", "kWh")).toBeCloseTo(1.229, 12);
  expect(call("CO2", 1000, "电力", "MWh", "national-2023")).toBeCloseTo(530.6, 9);
  expect(call("IRR", 10, 1.58, 10)).toBeCloseTo(0.0717, 4);
  expect(call("INDICATOR", "HG24", [[10000]], [[11000]], [[100, 10, 50, 40]], [[102, 10, 51.5, 40.4]])).toBeCloseTo(0.3, 12);
  expect(call("GRADE", [[5], [3]], [[4], [3]], [["up"], ["↓"]])).toBe("优良");
});

test("errors carry their code, in Chinese by default and in English for an English Office", () => {
  expect(loadBuiltFunctions().call("TCE", 10, "蒸汽", "t")).toEqual({
    error: "#N/A",
    message: "GREEN.TCE：蒸汽没有默认折标准煤系数：请在参数 coefficient（第 4 个参数）中给出，单位 kgce/t",
  });
  const english = loadBuiltFunctions({ Office: { context: { displayLanguage: "en-US" } } });
  expect(english.call("RATE", 1, 0)).toEqual({ error: "#DIV/0!", message: "GREEN.RATE: Division by zero: whole is zero" });
});

test("the chunk holds no React or Fluent UI code", () => {
  expect(readDist("functions.js")).not.toMatch(/@fluentui|react-dom|__SECRET_INTERNALS|createElement\(/);
});
