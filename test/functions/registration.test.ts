/**
 * The built functions chunk as Excel's shared runtime loads it: dist/functions.js run in a node `vm` sandbox
 * with a stub CustomFunctions (no window, no document, no Office) registers exactly the ids of
 * dist/functions.json; each registered function takes exactly its declared parameters (Excel passes one value
 * per parameter, a repeating parameter as one array, then the invocation object), and computes and fails as the
 * source does when called the way Excel calls it (excelInvoker.ts).
 */
import fc from "fast-check";
import { assertDistIsCurrent, loadBuiltFunctions, readDist, readMetadata } from "./builtFunctions";
import { column, excelInvoker } from "./excelInvoker";

const metadata = (() => {
  const m = readMetadata();
  assertDistIsCurrent(m);
  return m;
})();

test("dist/functions.js registers exactly the ids of dist/functions.json, each once", () => {
  const { registered } = loadBuiltFunctions();
  expect([...registered.keys()].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
});

test("every registered function declares exactly its metadata's parameters: no rest parameter, nothing more", () => {
  const { registered } = loadBuiltFunctions();
  for (const fn of metadata.functions) {
    const registeredFn = registered.get(fn.id) as (...args: unknown[]) => unknown;
    const parameterList = /^[^(]*\(([^)]*)\)/.exec(registeredFn.toString())?.[1] ?? "";
    expect({ id: fn.id, rest: parameterList.includes("...") }).toEqual({ id: fn.id, rest: false });
    expect({ id: fn.id, arity: registeredFn.length }).toEqual({ id: fn.id, arity: fn.parameters.length });
  }
});

test("the registered functions compute the worked examples of docs/functions.md", () => {
  const excel = excelInvoker();
  expect(excel.cell("RATE", 17, 20)).toBe(85);
  expect(excel.cell("TCE", 10000, "电力", "kWh")).toBeCloseTo(1.229, 12);
  expect(excel.cell("CO2", 1000, "电力", "MWh", "national-2023")).toBeCloseTo(530.6, 9);
  expect(excel.cell("IRR", 10, 1.58, 10)).toBeCloseTo(0.0717, 4);
  expect(excel.cell("INDICATOR", "HG24", 10000, 11000, [[100, 10, 50, 40]], [[102, 10, 51.5, 40.4]])).toBeCloseTo(
    0.3,
    12,
  );
  expect(excel.cell("GRADE", column(5, 3), column(4, 3), column("up", "↓"))).toBe("优良");
});

test("errors carry their code, in Chinese by default and in English for an English Office", () => {
  expect(excelInvoker().cell("TCE", 10, "蒸汽", "t")).toEqual({
    error: "#N/A",
    message: "GREEN.TCE：蒸汽没有默认折标准煤系数：请在参数 coefficient（第 4 个参数）中给出，单位 kgce/t",
  });
  expect(excelInvoker({ displayLanguage: "en-US" }).cell("RATE", 1, 0)).toEqual({
    error: "#DIV/0!",
    message: "GREEN.RATE: Division by zero: whole is zero",
  });
});

/** Representative arguments per function, as a user types them, every optional parameter given. */
const FULL_CALLS: Readonly<Record<string, readonly unknown[]>> = {
  RATE: [17, 20, false],
  INDICATOR: ["RG6", 90, 95, 5],
  REDUCTION: [120, 100],
  REDUCTIONRATE: [120, 90],
  INTENSITY: [530.6, 100],
  INTENSITYDROP: [100, 1000, 95, 1100],
  AVGDROP: [100, 85, 3],
  ELASTICITY: [100, 105, 1000, 1100, 2],
  SCORE: ["RG7", 85, 100, 150],
  TOTALSCORE: [column("EG1", "RG7"), column(100, 70), column(2, 1)],
  GRADE: [column(5, 4), column(4, 3), column("up", "down"), column("是", "否"), column(4.5, 5)],
  CPINDEX: [column(1, 2), column(0.5, 0.5), 2],
  CPLEVEL: [
    column(7, 65),
    column(8, 60),
    column(12, 50),
    column(15, 40),
    column(0.5, 0.5),
    column("down", "up"),
    column(true, false),
  ],
  TCE: [10, "蒸汽", "t", 128.6],
  CO2: [2, "原煤", "t", "national-2023", 1.9],
  PAYBACK: [10, 1.58, 10, 0.25],
  NPV: [10, 1.58, 10, 0.06, 0.25],
  IRR: [10, 1.58, 10, 0.25],
  COSTCLASS: [5, 10],
  LEAD: ["RG7"],
  UNIT: ["EG1"],
  NAME: ["RG7", "en"],
};

test("no function mistakes the invocation object for an argument: any invocation, same cell", () => {
  const excel = excelInvoker();
  expect(Object.keys(FULL_CALLS).sort()).toEqual([...excel.ids].sort());
  // stand-ins a function would read as a value if it took the last argument for one of its own
  const invocations = fc.oneof(
    fc.record({ address: fc.string(), functionName: fc.string(), parameterAddresses: fc.array(fc.string()) }),
    fc.constantFrom<unknown>([[1]], [[[1]], [[2]]], 0, "RG7", null, true),
  );
  fc.assert(
    fc.property(fc.constantFrom(...excel.ids), fc.boolean(), invocations, (id, full, invocation) => {
      const typed = full
        ? FULL_CALLS[id]
        : FULL_CALLS[id]!.slice(0, excel.parameters(id).filter((p) => !p.optional).length);
      const args = excel.argumentsFor(id, typed!);
      const expected = excel.raw(id, args);
      expect(excel.raw(id, [...args.slice(0, -1), invocation])).toEqual(expected);
    }),
  );
});

test("an omitted optional parameter arrives as null and means its default", () => {
  const excel = excelInvoker();
  expect(excel.argumentsFor("SCORE", ["RG7", 85])).toEqual(["RG7", 85, null, null, excel.invocation("SCORE")]);
  // SCORE("RG7", 85) = 100 × 85 / 90 with the catalog's lead and cap
  expect(excel.cell("SCORE", "RG7", 85)).toBeCloseTo((100 * 85) / 90, 12);
  expect(excel.argumentsFor("TOTALSCORE", [column("EG1"), column(100)])).toEqual([
    [["EG1"]],
    [[100]],
    null,
    excel.invocation("TOTALSCORE"),
  ]);
});

test("the chunk holds no React or Fluent UI code", () => {
  expect(readDist("functions.js")).not.toMatch(/@fluentui|react-dom|__SECRET_INTERNALS|createElement\(/);
});
