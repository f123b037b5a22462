/**
 * The `options` template as data: snapshot per language (a compact, readable projection), structure
 * (names, drop-downs, roles, capacity), both formula modes — the GREEN.* calls of custom mode, evaluated
 * by the real custom functions, give the numbers native mode caches.
 */
import {
  COST_CLASSES,
  OPTION_LEVELS,
  OPTION_STATUSES,
  OPTION_TYPES,
  MATRIX_COLUMNS,
  SCREENING_VERDICTS,
} from "../../../src/domain/catalog";
import { cellAddress, parseRange } from "../../../src/domain/templates/a1";
import type { TemplateOptions } from "../../../src/domain/templates/context";
import { FUNCTIONS_STATUS_KEY } from "../../../src/domain/templates/functionsNotice";
import type { PlannedCell, SheetPlan } from "../../../src/domain/templates/sheetPlan";
import { ROLE_STYLES } from "../../../src/domain/templates/styles";
import { isValidDefinedName, planProblems } from "../../../src/domain/templates/validatePlan";
import { buildOptions, optionsTemplate } from "../../../src/domain/templates/specs/options";
import { OPTION_COLUMN_IDS, OPTION_INPUT_KEYS } from "../../../src/domain/templates/specs/optionColumns";
import { OPTION_CAPACITY, optionParameters } from "../../../src/domain/templates/specs/optionShared";
import * as GREEN from "../../../src/functions/functions";
import { cellOfCall, installCustomFunctionsStub } from "../../functions/customFunctionsStub";
import { OPTION_ROWS, SAMPLE_PARAMETERS } from "../../xlsx/optionRows.fixture";

const options = (over: Partial<TemplateOptions> = {}): TemplateOptions => ({
  lang: "zh-CN",
  mode: "native",
  years: [2021, 2022, 2023, 2024],
  nameSuffix: "",
  ...over,
});
const sample = optionParameters(SAMPLE_PARAMETERS);
/** Row 15 (0-based 14) holds option 1 (LAYOUT.firstOption). */
const FIRST = 14;

/** Excel 2010 functions the native formulas may use (docs/templates.md). */
const EXCEL_2010 = new Set([
  "IF",
  "OR",
  "AND",
  "NOT",
  "ISNUMBER",
  "IFERROR",
  "INDEX",
  "MATCH",
  "LEN",
  "TRIM",
  "CLEAN",
  "SUBSTITUTE",
  "PV",
  "RATE",
  "SUMPRODUCT",
  "INT",
  "MIN",
  "MAX",
]);

function line(c: PlannedCell): string {
  // cached numbers to 10 significant digits: the snapshot shows the layout, the engine test the precision
  const cached = typeof c.cached === "number" ? Number(c.cached.toPrecision(10)) : c.cached;
  const body = c.formula !== undefined ? `=${c.formula}  → ${JSON.stringify(cached)}` : JSON.stringify(c.value);
  return `${cellAddress(c.row, c.col)} ${c.role}${c.numberFormat ? ` [${c.numberFormat}]` : ""}${c.key ? ` {${c.key}}` : ""} ${body}`;
}

/** The layout rows and the first two option rows (one prefilled, one empty), plus everything but cells. */
function projection(plan: SheetPlan) {
  return {
    sheetName: plan.sheetName,
    cells: plan.cells.filter((c) => c.row < FIRST + 2 && c.key !== "metadata" && c.key !== "row-key").map(line),
    names: plan.names.map((n) => `${n.name} = ${n.range}`),
    validations: plan.validations.map(
      (v) =>
        `${v.range} ${JSON.stringify(v.rule)} ${v.prompt ? `prompt "${v.prompt.title}: ${v.prompt.message}"` : ""} error "${v.error.message}"`,
    ),
    conditionalFormats: plan.conditionalFormats.map((f) => `${f.range} =${f.formula} ${f.fill}`),
    merges: plan.merges,
    regions: plan.regions.map((r) => `${r.id} ${r.range}`),
    freeze: plan.freeze,
    columnWidths: plan.columnWidths,
    print: plan.print,
  };
}

const cellsByKey = (plan: SheetPlan) => new Map(plan.cells.filter((c) => c.key).map((c) => [c.key as string, c]));

describe.each(["zh-CN", "en-US"] as const)("options snapshot (%s)", (lang) => {
  test("native mode, the docs/templates.md economics worked example as option 1", () => {
    const plan = buildOptions(options({ lang, rows: { options: [OPTION_ROWS[2]!] } }), sample);
    expect(projection(plan)).toMatchSnapshot();
  });
  test("custom mode formulas of option 1", () => {
    const plan = buildOptions(options({ lang, mode: "custom", rows: { options: [OPTION_ROWS[2]!] } }), sample);
    expect(plan.cells.filter((c) => c.row === FIRST && c.formula !== undefined).map(line)).toMatchSnapshot();
  });
});

describe("options structure", () => {
  const plan = buildOptions(options({ rows: { options: OPTION_ROWS } }), sample);
  const en = buildOptions(options({ lang: "en-US", rows: { options: OPTION_ROWS } }), sample);

  test("the spec and the plan pass planProblems in both languages and modes", () => {
    expect(optionsTemplate.id).toBe("options");
    expect(optionsTemplate.reads).toEqual(["params"]);
    for (const lang of ["zh-CN", "en-US"] as const) {
      for (const mode of ["native", "custom"] as const)
        expect(planProblems(optionsTemplate.build(options({ lang, mode })))).toEqual([]);
    }
  });

  test("every column over the option rows has a valid, unique GREEN_OPT_ name with the suffix", () => {
    const suffixed = buildOptions(options({ nameSuffix: "_2" }));
    const names = suffixed.names.map((n) => n.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(isValidDefinedName(name)).toBe(true);
    for (const id of OPTION_COLUMN_IDS) {
      const name = suffixed.names.find((n) => n.name === `GREEN_OPT_${id.toUpperCase()}_2`);
      const range = name && parseRange(name.range);
      expect(range).toMatchObject({ top: FIRST, bottom: FIRST + OPTION_CAPACITY - 1 });
      expect(range?.left).toBe(range?.right);
    }
    expect(names).toEqual(
      expect.arrayContaining([
        "GREEN_OPT_INVESTMENT_2",
        "GREEN_OPT_COSTCLASS_2",
        "GREEN_OPT_STATUS_2",
        "GREEN_OPT_TYPE_2",
        "GREEN_OPT_GROUP_2",
        "GREEN_OPT_SAVE_ENERGY_TOTAL_2",
        "GREEN_META_options_2",
      ]),
    );
    // one name per MATRIX_COLUMN
    for (const c of MATRIX_COLUMNS) expect(names).toContain(`GREEN_OPT_${c.id.toUpperCase()}_2`);
  });

  test("drop-downs for level, type and status list the catalog names in the sheet's language", () => {
    const lists = (p: SheetPlan) =>
      p.validations.filter((v) => v.rule.kind === "list").map((v) => (v.rule.kind === "list" ? v.rule.items : []));
    expect(lists(plan)).toEqual([
      OPTION_LEVELS.map((l) => l.name.zh),
      OPTION_TYPES.map((t) => t.name.zh),
      OPTION_STATUSES.map((s) => s.name.zh),
      ["可行", "不可行"],
    ]);
    expect(lists(en)).toEqual([
      OPTION_LEVELS.map((l) => l.name.en),
      OPTION_TYPES.map((t) => t.name.en),
      OPTION_STATUSES.map((s) => s.name.en),
      SCREENING_VERDICTS.map((s) => s.name.en),
    ]);
    for (const v of plan.validations)
      expect(parseRange(v.range)).toMatchObject({ top: FIRST, bottom: FIRST + OPTION_CAPACITY - 1 });
  });

  test("the investment is validated ≥ 0 with a prompt naming the unit; P and every benefit may be negative (an increase)", () => {
    const investment = plan.validations.find((v) => v.prompt?.title.startsWith("投资费用"));
    expect(investment?.rule).toEqual({ kind: "decimal", min: 0 });
    expect(investment?.prompt?.title).toContain("万元");
    const cod = plan.validations.find((v) => v.prompt?.title.startsWith("COD减排"));
    expect(cod).toMatchObject({ rule: { kind: "decimal" }, prompt: { title: "COD减排（t/a）" } });
    expect(cod?.rule).not.toHaveProperty("min");
    expect(cod?.prompt?.message).toContain("负值");
    const benefit = plan.validations.find((v) => v.prompt?.title.startsWith("经济效益"));
    expect(benefit?.rule).toEqual({ kind: "decimal" }); // any number, negatives included
  });

  test("input columns are unlocked input cells; computed columns are locked formulas", () => {
    expect(ROLE_STYLES.input.locked).toBe(false);
    expect(ROLE_STYLES.computed.locked).toBe(true);
    const rows = plan.cells.filter((c) => c.row >= FIRST && c.key !== "metadata" && c.key !== "row-key");
    expect(rows).toHaveLength(OPTION_CAPACITY * OPTION_COLUMN_IDS.length);
    for (const c of rows) {
      const id = (c.key ?? "").split(":")[1];
      if (OPTION_INPUT_KEYS.includes(id!)) expect(c.role).toBe("input");
      else expect(c).toMatchObject({ role: "computed", formula: expect.any(String) });
    }
  });

  test("prefilled choices are written in the sheet's language (ids, English names and aliases accepted)", () => {
    const cells = cellsByKey(en);
    expect(cells.get("opt:level:1")?.value).toBe("Park");
    expect(cells.get("opt:status:13")?.value).toBe("Implemented"); // "完成" is an alias of 已实施
    expect(cellsByKey(plan).get("opt:type:13")?.value).toBe("过程控制"); // "Process control"
    expect(cellsByKey(plan).get("opt:group:13")?.cached).toBe("工艺革新方案");
  });

  test("empty rows compute to empty text, and the capacity grows with the prefilled rows", () => {
    const empty = buildOptions(options());
    for (const c of empty.cells.filter((x) => x.row >= FIRST && x.formula !== undefined)) expect(c.cached).toBe("");
    const many = Array.from({ length: 75 }, (_, i) => ({ name: `方案${i + 1}`, investment: i }));
    expect(metadataOf(buildOptions(options({ rows: { options: many } }))).capacity).toBe(75);
    expect(metadataOf(empty).capacity).toBe(OPTION_CAPACITY);
    // 25 empty rows: the sheet with its header prints on one landscape page down, with room to spare (print.engine.test.ts)
    expect(OPTION_CAPACITY).toBe(25);
  });

  test("the cost class without a threshold says so, and economics stay empty", () => {
    const catalog = cellsByKey(buildOptions(options({ rows: { options: OPTION_ROWS } })));
    expect(catalog.get("opt:costClass:3")?.cached).toBe("请设定阈值");
    expect(catalog.get("opt:payback:3")?.cached).toBe("");
    expect(
      cellsByKey(buildOptions(options({ lang: "en-US", rows: { options: OPTION_ROWS } }))).get("opt:costClass:3")
        ?.cached,
    ).toBe("set threshold");
  });

  test("each parameter is read once, into a named cell of the parameter strip that every option row reads", () => {
    const strip = (id: string) => plan.names.find((n) => n.name === `GREEN_OPTIONS_${id}`)?.range;
    // E7:E10: threshold, tax rate, depreciation years, discount rate (LAYOUT.parameters + 1 …)
    expect([
      strip("COST_CLASS_THRESHOLD"),
      strip("TAX_RATE"),
      strip("DEPRECIATION_YEARS"),
      strip("DISCOUNT_RATE"),
    ]).toEqual(["E7", "E8", "E9", "E10"]);
    const rows = plan.cells.filter((c) => c.row >= FIRST && c.formula !== undefined);
    for (const c of rows) expect(c.formula).not.toMatch(/GREEN_PARAM_(?!TCE_)/);
    // about 5 100 characters with the two 其他 matrix-row numbers (about 15 400 when every formula read the
    // parameter cells itself)
    const perRow = rows.filter((c) => c.row === FIRST).reduce((n, c) => n + (c.formula ?? "").length, 0);
    expect(perRow).toBeLessThan(5500);
  });

  test("an empty depreciation years or tax rate shows the default the rows compute with (Y = 10, t = 25 %)", () => {
    const blank = buildOptions(
      options({ rows: { options: OPTION_ROWS } }),
      optionParameters({ costClassThreshold: 5, depreciationYears: null, taxRate: null }),
    );
    const used = cellsByKey(blank);
    expect(used.get("param:depreciation-years")?.cached).toBe(10);
    expect(used.get("param:tax-rate")?.cached).toBe(0.25);
    // the docs/templates.md worked example (row 3: I = 10, P = 1.58) with those defaults: N = 6.969
    expect(used.get("opt:payback:3")?.cached).toBeCloseTo(6.969, 3);
  });

  test("built for its inputs only (the review's layout), the same input cells and no row formulas", () => {
    const layout = buildOptions(options({ rows: { options: OPTION_ROWS }, inputsOnly: true }), sample);
    const inputs = (p: SheetPlan) => p.cells.filter((c) => c.role === "input").map(line);
    expect(inputs(layout)).toEqual(inputs(plan));
    expect(layout.cells.filter((c) => c.row >= FIRST && c.formula !== undefined)).toEqual([]);
    expect(metadataOf(layout)).toEqual(metadataOf(plan));
  });

  test("native formulas use Excel 2010 functions only", () => {
    for (const c of plan.cells.filter((x) => x.formula !== undefined)) {
      for (const [, fn] of (c.formula ?? "").matchAll(/([A-Z][A-Z0-9.]*)\(/g)) expect(EXCEL_2010).toContain(fn);
    }
  });

  test("the English sheet has no Chinese text except the cost-class words and the options' own data", () => {
    const inputs = new Set(en.cells.filter((c) => c.role === "input").map((c) => `${c.row},${c.col}`));
    for (const c of en.cells.filter(
      (x) => !inputs.has(`${x.row},${x.col}`) && x.key !== "metadata" && x.key !== "row-key",
    )) {
      const shown = String(c.formula !== undefined ? c.cached : c.value);
      expect(shown.replace(/无\/低费|中\/高费/g, "")).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe("the columns of 6.1, 7.3.2, 7.4.1, 7.4.2 and 5.4.1", () => {
  const row = (over: Record<string, string>) => ({ level: "企业", type: "节能", name: "试验方案", ...over });
  const screening = (t: string, e: string, d: string, c: string) =>
    row({ screen_technical: t, screen_environmental: e, screen_difficulty: d, screen_cost: c });
  const cases: [Record<string, string>, string][] = [
    // 7.3.2 "剔除不可行方案，形成拟实施清洁生产方案清单"
    [screening("可行", "可行", "可行", "可行"), "拟实施"],
    [screening("可行", "可行", "可行", "不可行"), "剔除"],
    [screening("不可行", "", "", ""), "剔除"],
    [screening("可行", "可行", "", ""), "筛选未完成"],
    [screening("Feasible", "feasible", "可行", "可行"), "拟实施"], // English words, any case, as MATCH compares
    [screening("通过", "可行", "可行", "可行"), "拟实施"], // an alias, written as 可行
    [row({}), ""],
  ];
  const plan = buildOptions(options({ rows: { options: cases.map(([r]) => r) } }), sample);
  const cells = cellsByKey(plan);

  test.each(cases.map(([r, result], i) => [i + 1, r, result] as const))(
    "screening of option %i: %p → %p",
    (n, _row, result) => {
      expect(cells.get(`opt:screening:${n}`)?.cached).toBe(result);
    },
  );

  test("headers: 实施企业 after the level, the four dimensions of 7.3.2 and the result, the deadline and evidence after the status", () => {
    const at = (id: string) => OPTION_COLUMN_IDS.indexOf(id);
    expect(at("enterprise")).toBe(at("level") + 1);
    expect(at("planned")).toBe(at("status") + 1);
    expect(at("evidence")).toBe(at("status") + 2);
    const header = (id: string) => plan.cells.find((c) => c.row === FIRST - 2 && c.col === at(id))?.value;
    expect(
      ["enterprise", "screen_technical", "screen_environmental", "screen_difficulty", "screen_cost", "screening"].map(
        header,
      ),
    ).toEqual(["实施企业", "技术可行性", "环境效益", "实施难度", "投资成本", "筛选结果"]);
    expect(["planned", "evidence"].map(header)).toEqual(["计划完成时间", "证明材料索引"]);
    expect(OPTION_INPUT_KEYS).toEqual(expect.arrayContaining(["enterprise", "planned", "evidence", "screen_cost"]));
    expect(OPTION_INPUT_KEYS).not.toContain("screening");
  });

  test("the deadline is a date; an ISO date is written as its serial", () => {
    const dated = buildOptions(options({ rows: { options: [row({ status: "待实施", planned: "2025-06-30" })] } }));
    const at = OPTION_COLUMN_IDS.indexOf("planned");
    expect(dated.validations.find((v) => parseRange(v.range)?.left === at)?.rule).toEqual({ kind: "date" });
    // 2025-06-30 is day 45838 of the 1900 date system
    expect(cellsByKey(dated).get("opt:planned:1")).toMatchObject({ value: 45838, numberFormat: "yyyy-mm-dd" });
  });

  test("其他 (6.1 注 “等类型”) is a type of the list, in none of the four groups of 7.2", () => {
    const other = buildOptions(options({ rows: { options: [row({ type: "其他" })] } }));
    expect(cellsByKey(other).get("opt:group:1")?.cached).toBe("未归类");
  });

  test("highlights what 5.4.1, 7.4.1 and 7.4.2 make necessary, in both languages' words", () => {
    const formulas = plan.conditionalFormats.map((f) => `${f.range} ${f.formula}`);
    const top = (id: string) => cellAddress(FIRST, OPTION_COLUMN_IDS.indexOf(id));
    expect(formulas).toEqual(
      expect.arrayContaining([
        expect.stringContaining(`OR(${top("level")}="企业",${top("level")}="Enterprise"),LEN(${top("enterprise")})=0`),
        expect.stringContaining(`OR(${top("status")}="待实施",${top("status")}="Pending"),LEN(${top("planned")})=0`),
        expect.stringContaining(
          `OR(${top("status")}="已实施",${top("status")}="Implemented"),LEN(${top("evidence")})=0`,
        ),
      ]),
    );
  });
});

describe("custom mode: the GREEN.* calls take the native formula's arguments and give its numbers", () => {
  beforeAll(() => installCustomFunctionsStub());
  const native = buildOptions(options({ rows: { options: OPTION_ROWS } }), sample);
  // the custom sheet's one extra cell, the notice for a program without the GREEN functions, aside
  const customPlan = buildOptions(options({ mode: "custom", rows: { options: OPTION_ROWS } }), sample);
  const custom = { ...customPlan, cells: customPlan.cells.filter((c) => c.key !== FUNCTIONS_STATUS_KEY) };
  // the parameter strip's cells the rows read (all four set: each holds the parameter sheet's number)
  const parameters: Record<string, unknown> = {
    GREEN_OPTIONS_COST_CLASS_THRESHOLD: SAMPLE_PARAMETERS.costClassThreshold,
    GREEN_OPTIONS_TAX_RATE: sample.taxRate,
    GREEN_OPTIONS_DEPRECIATION_YEARS: sample.depreciationYears,
    GREEN_OPTIONS_DISCOUNT_RATE: SAMPLE_PARAMETERS.discountRate,
  };
  const inputAt = new Map(
    custom.cells.filter((c) => c.role === "input").map((c) => [cellAddress(c.row, c.col), c.value ?? null]),
  );
  const resolve = (arg: string): unknown =>
    arg in parameters ? parameters[arg] : inputAt.has(arg) ? inputAt.get(arg) : Number.NaN;
  const FUNCTIONS: Record<string, unknown> = {
    COSTCLASS: GREEN.costClassFunction,
    PAYBACK: GREEN.paybackFunction,
    NPV: GREEN.npvFunction,
    IRR: GREEN.irrFunction,
  };

  test("row 1: GREEN.COSTCLASS/PAYBACK/NPV/IRR with I, P and the names of the parameter strip", () => {
    const row = custom.cells
      .filter((c) => c.row === FIRST && c.formula !== undefined)
      .map((c) => c.formula)
      .join("\n");
    const i = cellAddress(FIRST, OPTION_COLUMN_IDS.indexOf("investment"));
    const p = cellAddress(FIRST, OPTION_COLUMN_IDS.indexOf("benefit"));
    expect(row).toContain(`GREEN.COSTCLASS(${i},GREEN_OPTIONS_COST_CLASS_THRESHOLD)`);
    expect(row).toContain(`GREEN.PAYBACK(${i},${p},GREEN_OPTIONS_DEPRECIATION_YEARS,GREEN_OPTIONS_TAX_RATE)`);
    expect(row).toContain(
      `GREEN.NPV(${i},${p},GREEN_OPTIONS_DEPRECIATION_YEARS,GREEN_OPTIONS_DISCOUNT_RATE,GREEN_OPTIONS_TAX_RATE)`,
    );
    expect(row).toContain(`GREEN.IRR(${i},${p},GREEN_OPTIONS_DEPRECIATION_YEARS,GREEN_OPTIONS_TAX_RATE)`);
  });

  test("every call, run by the custom function, equals the cached value (or errs where the sheet shows a message)", () => {
    let calls = 0;
    custom.cells.forEach((c, i) => {
      const match = /GREEN\.(COSTCLASS|PAYBACK|NPV|IRR)\(([^()]*)\)/.exec(c.formula ?? "");
      if (!match || c.cached === "") return;
      expect(native.cells[i]!.cached).toEqual(c.cached);
      const result = cellOfCall(FUNCTIONS[match[1]!], ...match[2]!.split(",").map(resolve));
      calls += 1;
      if (typeof c.cached === "number") expect(result as number).toBeCloseTo(c.cached, 10);
      else if (c.cached === COST_CLASSES[0]!.name.zh || c.cached === COST_CLASSES[1]!.name.zh)
        expect(result).toBe(c.cached);
      else expect(result).toMatchObject({ error: expect.any(String) }); // IFERROR shows the message
    });
    // 13 options with an investment (cost class) + 9 中/高费 options with P × (payback, NPV, IRR)
    expect(calls).toBe(13 + 9 * 3);
  });

  test("outside the GREEN.* core the two modes write the same formula", () => {
    native.cells.forEach((c, i) => {
      const other = custom.cells[i]!.formula;
      if (c.formula === other) return;
      expect(other).toMatch(/GREEN\./);
    });
  });
});

function metadataOf(plan: SheetPlan): { capacity: number } {
  const cell = plan.cells.find((c) => c.key === "metadata");
  return JSON.parse(String(cell?.value)) as { capacity: number };
}
