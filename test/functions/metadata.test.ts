/**
 * The generated metadata (dist/functions.json, dist/functions.zh-CN.json from `npm run build`) against docs/functions.md,
 * the INDICATOR description against the catalog, the help page and the reference against the function list,
 * and the build step that localizes the metadata and moves helpUrls to the production origin.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { INDICATORS } from "../../src/domain/catalog";
import type { IndicatorDef, IndicatorInput } from "../../src/domain/catalog";
import zhTable from "../../src/functions/metadata.zh-CN.json";
import {
  assertDistIsCurrent,
  readMetadata,
  ROOT,
  type FunctionMetadata,
  type FunctionsMetadata,
} from "./builtFunctions";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizeMetadata, rebaseHelpUrls } = require("../../scripts/functionsMetadataPlugin.cjs") as {
  localizeMetadata: (
    metadata: FunctionsMetadata,
    table: unknown,
  ) => { metadata: FunctionsMetadata; problems: string[] };
  rebaseHelpUrls: (metadata: FunctionsMetadata, from: string, to: string) => FunctionsMetadata;
};

/**
 * docs/functions.md, parameter by parameter: `[name]` optional, `name...` repeating, `range:` a range (matrix) argument.
 * GREEN.INDICATOR's inputs are ranges so that HG24 can take its emissions as ranges.
 */
const SIGNATURES: Readonly<Record<string, readonly string[]>> = {
  RATE: ["part", "whole", "[percent]"],
  INDICATOR: ["id", "range:input1", "[range:input2...]"],
  REDUCTION: ["before", "after"],
  REDUCTIONRATE: ["before", "after"],
  INTENSITY: ["amount", "output"],
  INTENSITYDROP: ["amount0", "output0", "amount1", "output1"],
  AVGDROP: ["first", "last", "years"],
  ELASTICITY: ["p0", "p1", "v0", "v1", "[years]"],
  SCORE: ["id", "value", "[lead]", "[cap]"],
  TOTALSCORE: ["range:ids", "range:scores", "[range:weights]"],
  GRADE: ["range:actuals", "range:targets", "range:directions", "[range:main]", "[range:basics]"],
  CPINDEX: ["range:levels", "range:weights", "level"],
  CPLEVEL: [
    "range:values",
    "range:bench1",
    "range:bench2",
    "range:bench3",
    "range:weights",
    "range:directions",
    "range:binding",
  ],
  TCE: ["quantity", "carrier", "[unit]", "[coefficient]"],
  CO2: ["quantity", "carrier", "[unit]", "[factor_set]", "[factor]"],
  PAYBACK: ["investment", "annual_saving", "[years]", "[tax]"],
  NPV: ["investment", "annual_saving", "years", "rate", "[tax]"],
  IRR: ["investment", "annual_saving", "years", "[tax]"],
  COSTCLASS: ["investment", "[threshold]"],
  LEAD: ["id"],
  UNIT: ["id"],
  NAME: ["id", "[lang]"],
};

function signatureOf(fn: FunctionMetadata): string[] {
  return fn.parameters.map((p) => {
    const core = `${p.dimensionality === "matrix" ? "range:" : ""}${p.name}${p.repeating ? "..." : ""}`;
    return p.optional ? `[${core}]` : core;
  });
}

/** "va_prev", "range(cod, nh3n, so2, nox)", "[sw_stock_utilized]" — the notation of the INDICATOR help. */
function inputText(input: IndicatorInput): string {
  const items = input.items.map((item) => (input.year === "prev" ? `${item}_prev` : item));
  const text = items.length > 1 ? `range(${items.join(", ")})` : (items[0] ?? "");
  return input.optional ? `[${text}]` : text;
}

const indicatorInputs = (def: IndicatorDef): string => `${def.id} ${def.inputs.map(inputText).join(", ")}`;
const EXPECTED_INPUT_LIST = INDICATORS.map(indicatorInputs);

/** The "Inputs: …." list of an INDICATOR description, entry by entry. */
function inputList(description: string): string[] {
  const match = /Inputs: (.+)\.$/m.exec(description);
  if (!match) throw new Error(`no "Inputs: …." list in: ${description}`);
  return match[1]!.split("; ");
}

const CJK = /[\u4e00-\u9fff]/;
let metadata: FunctionsMetadata;
let localized: FunctionsMetadata;

beforeAll(() => {
  metadata = readMetadata("functions.json");
  assertDistIsCurrent(metadata);
  localized = readMetadata("functions.zh-CN.json");
});

describe("dist/functions.json (custom-functions-metadata-plugin)", () => {
  test("declares exactly the functions of docs/functions.md, with ASCII ids equal to their names", () => {
    expect(metadata.functions.map((f) => f.id).sort()).toEqual(Object.keys(SIGNATURES).sort());
    for (const fn of metadata.functions) {
      expect(fn.name).toBe(fn.id);
      expect(fn.id).toMatch(/^[A-Z][A-Z0-9]{2,}$/);
    }
  });

  test.each(Object.entries(SIGNATURES))(
    "%s has the docs/functions.md parameters, order and optional flags",
    (id, signature) => {
      const fn = metadata.functions.find((f) => f.id === id) as FunctionMetadata;
      expect(signatureOf(fn)).toEqual(signature);
      for (const p of fn.parameters) expect(p.type).toBe("any");
    },
  );

  test("every function and parameter has an English description, and a help URL on the add-in's origin", () => {
    for (const fn of metadata.functions) {
      expect(fn.description.length).toBeGreaterThan(10);
      expect(fn.description).toMatch(/^[A-Z][a-z]/); // English (it may quote Chinese results such as 优良)
      expect(fn.helpUrl).toBe(`https://localhost:3000/functions.html#${fn.id}`);
      for (const p of fn.parameters) expect(p.description?.length ?? 0).toBeGreaterThan(2);
    }
  });

  test("results: numbers where docs/functions.md returns numbers, text for grades, classes and names", () => {
    const resultOf = (id: string) => metadata.functions.find((f) => f.id === id)?.result.type ?? "any";
    for (const id of ["GRADE", "CPLEVEL", "COSTCLASS", "UNIT", "NAME"]) expect(resultOf(id)).toBe("string");
    for (const id of ["INDICATOR", "LEAD"]) expect(resultOf(id)).toBe("any"); // a number, or a qualitative answer
    for (const id of ["RATE", "SCORE", "TOTALSCORE", "TCE", "CO2", "IRR"]) expect(resultOf(id)).toBe("number");
  });
});

describe("GREEN.INDICATOR's help lists every indicator's inputs as the catalog defines them", () => {
  test("English description (JSDoc)", () => {
    const fn = metadata.functions.find((f) => f.id === "INDICATOR") as FunctionMetadata;
    expect(inputList(fn.description)).toEqual(EXPECTED_INPUT_LIST);
  });

  test("Chinese description", () => {
    expect(inputList(zhTable.INDICATOR.description)).toEqual(EXPECTED_INPUT_LIST);
  });

  test("the help page and the reference have the same table", () => {
    const page = readFileSync(join(ROOT, "src", "functions.html"), "utf8");
    const docs = readFileSync(join(ROOT, "docs", "functions.md"), "utf8");
    for (const def of INDICATORS) {
      const inputs = def.inputs.map(inputText).join(", ");
      expect(page).toContain(`<tr><td>${def.id}</td><td>${inputs}`);
      expect(docs).toMatch(new RegExp(`\\| ${def.id} \\| ${inputs.replace(/[()[\]]/g, "\\$&")}`));
    }
  });
});

describe("dist/functions.zh-CN.json (zh-CN Excel)", () => {
  test("has exactly the ids, names, parameters, results and help URLs of functions.json", () => {
    const strip = (m: FunctionsMetadata) =>
      m.functions.map((f) => ({
        ...f,
        description: undefined,
        parameters: f.parameters.map((p) => ({ ...p, description: undefined })),
      }));
    expect(strip(localized)).toEqual(strip(metadata));
  });

  test("describes every function and parameter in Chinese", () => {
    for (const fn of localized.functions) {
      expect(fn.description).toMatch(CJK);
      for (const p of fn.parameters) expect(`${fn.id}.${p.name}: ${p.description}`).toMatch(CJK);
    }
  });

  test("comes from src/functions/metadata.zh-CN.json", () => {
    expect(localized.functions.map((f) => f.description)).toEqual(
      metadata.functions.map((f) => (zhTable as Record<string, { description: string }>)[f.id]!.description),
    );
  });
});

describe("help page and reference cover every function", () => {
  const page = readFileSync(join(ROOT, "src", "functions.html"), "utf8");
  const docs = readFileSync(join(ROOT, "docs", "functions.md"), "utf8");
  test.each(Object.keys(SIGNATURES))("%s", (id) => {
    expect(page).toContain(`<section id="${id}">`);
    expect(docs).toContain(`## ${id}\n`);
    expect(docs).toContain(`GREEN.${id}(`);
  });

  test("the help page names no other origin (it is served from the add-in's own)", () => {
    expect(page).not.toMatch(/(src|href)=["']?https?:/i);
  });
});

describe("the metadata build step (scripts/functionsMetadataPlugin.cjs)", () => {
  const sample: FunctionsMetadata = {
    functions: [
      {
        id: "RATE",
        name: "RATE",
        description: "Part / whole",
        helpUrl: "https://localhost:3000/functions.html#RATE",
        parameters: [{ name: "part" }, { name: "whole" }],
        result: {},
      },
    ],
  };

  test("moves help URLs to the production base URL", () => {
    const moved = rebaseHelpUrls(sample, "https://localhost:3000/", "https://addin.example.org/green-audit/");
    expect(moved.functions[0]!.helpUrl).toBe("https://addin.example.org/green-audit/functions.html#RATE");
    expect(sample.functions[0]!.helpUrl).toBe("https://localhost:3000/functions.html#RATE");
  });

  test("replaces descriptions only", () => {
    const { metadata: out, problems } = localizeMetadata(sample, {
      RATE: { description: "比率", parameters: { part: "部分", whole: "整体" } },
    });
    expect(problems).toEqual([]);
    expect(out.functions[0]).toEqual({
      ...sample.functions[0],
      description: "比率",
      parameters: [
        { name: "part", description: "部分" },
        { name: "whole", description: "整体" },
      ],
    });
  });

  test("reports what the table misses or names wrongly", () => {
    expect(localizeMetadata(sample, {}).problems).toEqual(["no localized description for RATE"]);
    expect(
      localizeMetadata(sample, {
        RATE: { description: "比率", parameters: { part: "部分", hole: "?" } },
        XYZ: { description: "?" },
      }).problems,
    ).toEqual([
      "table has XYZ, which functions.json does not declare",
      "table has parameter RATE.hole, which does not exist",
      "no localized description for RATE.whole",
    ]);
  });

  test("the webpack config wires it with the production base URL", () => {
    type Plugin = {
      options?: {
        source?: string;
        fromBase?: string;
        toBase?: string;
        locales?: { file: string; tablePath: string }[];
      };
    };
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const makeConfig = require("../../webpack.config.js") as (
      env: unknown,
      argv: { mode: string },
    ) => { plugins: Plugin[] };
    const saved = process.env.GREEN_AUDIT_BASE_URL;
    process.env.GREEN_AUDIT_BASE_URL = "https://addin.example.org/green-audit";
    try {
      const plugin = makeConfig({}, { mode: "production" }).plugins.find((p) => p.options?.source === "functions.json");
      expect(plugin?.options?.fromBase).toBe("https://localhost:3000/");
      expect(plugin?.options?.toBase).toBe("https://addin.example.org/green-audit/");
      expect(plugin?.options?.locales?.map((l) => l.file)).toEqual(["functions.zh-CN.json"]);
    } finally {
      if (saved === undefined) delete process.env.GREEN_AUDIT_BASE_URL;
      else process.env.GREEN_AUDIT_BASE_URL = saved;
    }
  });
});
