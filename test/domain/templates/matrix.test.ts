/**
 * The `matrix` template as data: snapshot per language, every value cell a formula over the options'
 * names (no inputs at all), names, custom mode (GREEN.TCE for 节综合能耗, the rest native).
 */
import { MATRIX_COLUMNS, MATRIX_GROUPS, OTHER_BENEFITS } from "../../../src/domain/catalog";
import { cellAddress, parseRange } from "../../../src/domain/templates/a1";
import type { TemplateOptions } from "../../../src/domain/templates/context";
import { FUNCTIONS_STATUS_KEY } from "../../../src/domain/templates/functionsNotice";
import type { PlannedCell, SheetPlan } from "../../../src/domain/templates/sheetPlan";
import { isValidDefinedName, planProblems } from "../../../src/domain/templates/validatePlan";
import { buildMatrix, matrixTemplate } from "../../../src/domain/templates/specs/matrix";
import { buildOptions } from "../../../src/domain/templates/specs/options";
import { ENERGY_SAVINGS, optionParameters } from "../../../src/domain/templates/specs/optionShared";
import { OPTION_ROWS, SAMPLE_PARAMETERS } from "../../xlsx/optionRows.fixture";

const options = (over: Partial<TemplateOptions> = {}): TemplateOptions => ({
  lang: "zh-CN",
  mode: "native",
  years: [2021, 2022, 2023, 2024],
  nameSuffix: "",
  rows: { options: OPTION_ROWS },
  ...over,
});
const sample = optionParameters(SAMPLE_PARAMETERS);
// INDEX, IFERROR and MAX name the free blocks' rows (其他污染物减排量, 其他)
const EXCEL_2010 = new Set(["IF", "OR", "AND", "NOT", "ISNUMBER", "MATCH", "SUMPRODUCT", "INDEX", "IFERROR", "MAX"]);
const OTHER_SLOTS = OTHER_BENEFITS.reduce((n, o) => n + o.slots, 0);

function line(c: PlannedCell): string {
  // cached numbers to 10 significant digits: the snapshot shows the layout, the engine test the precision
  const cached = typeof c.cached === "number" ? Number(c.cached.toPrecision(10)) : c.cached;
  const body = c.formula !== undefined ? `=${c.formula}  → ${JSON.stringify(cached)}` : JSON.stringify(c.value);
  return `${cellAddress(c.row, c.col)} ${c.role}${c.numberFormat ? ` [${c.numberFormat}]` : ""} ${body}`;
}

function projection(plan: SheetPlan) {
  return {
    sheetName: plan.sheetName,
    cells: plan.cells.filter((c) => c.key !== "metadata" && c.key !== "row-key").map(line),
    names: plan.names.map((n) => `${n.name} = ${n.range}`),
    conditionalFormats: plan.conditionalFormats.map((f) => `${f.range} =${f.formula} ${f.fill}`),
    merges: plan.merges,
    regions: plan.regions.map((r) => `${r.id} ${r.range}`),
    freeze: plan.freeze,
    columnWidths: plan.columnWidths,
    print: plan.print,
  };
}

/** Cells inside a region's value columns. */
function regionCells(plan: SheetPlan, id: string, firstCol: number, lastCol: number): PlannedCell[] {
  const range = parseRange(plan.regions.find((r) => r.id === id)?.range ?? "");
  if (!range) throw new Error(`no region ${id}`);
  return plan.cells.filter((c) => c.row >= range.top && c.row <= range.bottom && c.col >= firstCol && c.col <= lastCol);
}

describe.each(["zh-CN", "en-US"] as const)("matrix snapshot (%s)", (lang) => {
  test("native mode over the fixture options", () => {
    expect(projection(buildMatrix(options({ lang }), sample))).toMatchSnapshot();
  });
});

describe("matrix structure", () => {
  const plan = buildMatrix(options(), sample);

  test("the spec reads options and params; plans pass planProblems in both languages and modes", () => {
    expect(matrixTemplate.reads).toEqual(["options", "params"]);
    for (const lang of ["zh-CN", "en-US"] as const) {
      for (const mode of ["native", "custom"] as const)
        expect(planProblems(matrixTemplate.build(options({ lang, mode })))).toEqual([]);
    }
  });

  test("every value cell is a formula: no input anywhere, counts block 3 × 9, benefits block one row per MATRIX_COLUMN × 3", () => {
    expect(plan.cells.filter((c) => c.role === "input")).toEqual([]);
    const counts = regionCells(plan, "matrix-counts", 1, 9).filter((c) => c.role !== "label");
    expect(counts).toHaveLength(3 * 9);
    for (const c of counts) expect(c.formula).toMatch(/SUMPRODUCT\(/);
    const benefits = regionCells(plan, "matrix-benefits", 2, 4);
    expect(benefits).toHaveLength((MATRIX_COLUMNS.length + OTHER_SLOTS) * 3);
    for (const c of benefits) expect(c.formula).toMatch(/GREEN_OPT_/);
    for (const c of plan.cells.filter((x) => typeof x.cached === "number")) expect(c.formula).toBeDefined();
  });

  test("formulas read only names the options sheet defines, and params names", () => {
    const optionNames = new Set(buildOptions(options()).names.map((n) => n.name));
    for (const c of plan.cells.filter((x) => x.formula !== undefined)) {
      for (const [name] of (c.formula ?? "").matchAll(/GREEN_[A-Z]+_[A-Za-z0-9_]+/g)) {
        if (name.startsWith("GREEN_OPT_")) expect(optionNames).toContain(name);
        else expect(name).toMatch(/^GREEN_PARAM_/);
      }
      for (const [, fn] of (c.formula ?? "").matchAll(/([A-Z][A-Z0-9.]*)\(/g)) expect(EXCEL_2010).toContain(fn);
    }
  });

  test("GREEN_MTX_ names are valid, unique, suffixed, one per value cell", () => {
    const suffixed = buildMatrix(options({ nameSuffix: "_B" }));
    const names = suffixed.names.map((n) => n.name).filter((n) => n.startsWith("GREEN_MTX_"));
    expect(new Set(names).size).toBe(names.length);
    // counts 3 × 9, levels 3 × 3 (园区、行业、企业), benefits and the free blocks' rows × (3 statuses + 3 levels),
    // and each free block's names, units and implemented totals over its rows (the targets look them up)
    expect(names).toHaveLength(3 * 9 + 3 * 3 + (MATRIX_COLUMNS.length + OTHER_SLOTS) * 6 + OTHER_BENEFITS.length * 3);
    for (const name of names) expect(isValidDefinedName(name) && name.endsWith("_B")).toBe(true);
    for (const g of MATRIX_GROUPS)
      expect(names).toContain(`GREEN_MTX_COUNT_${g.id.replace(/-/g, "_").toUpperCase()}_B`);
    expect(names).toEqual(
      expect.arrayContaining([
        "GREEN_MTX_COUNT_LOW_IMPLEMENTED_B",
        "GREEN_MTX_INVESTMENT_HIGH_PENDING_B",
        "GREEN_MTX_BENEFIT_ALL_B",
        "GREEN_MTX_SAVE_ENERGY_TOTAL_ALL_B",
      ]),
    );
  });

  test("status and group criteria match both languages' words (a refreshed sheet keeps its inputs)", () => {
    const count = plan.cells.find((c) => c.key === "mtx:count:low_implemented")?.formula;
    expect(count).toBe(
      'SUMPRODUCT((GREEN_OPT_COSTCLASS="无/低费")*ISNUMBER(MATCH(GREEN_OPT_STATUS,{"已实施","Implemented"},0)))',
    );
    const en = buildMatrix(options({ lang: "en-US" }), sample);
    expect(en.cells.find((c) => c.key === "mtx:count:low_implemented")?.formula).toBe(count);
    // same numbers from an English options sheet: the aggregation does not depend on the language
    const numbers = (p: SheetPlan) => p.cells.filter((c) => typeof c.cached === "number").map((c) => c.cached);
    expect(numbers(en)).toEqual(numbers(plan));
  });

  test("without a threshold: a visible check, and cost-class columns at 0", () => {
    const catalog = buildMatrix(options());
    expect(catalog.cells.find((c) => c.key === "mtx:threshold-check")?.cached).toContain("未设定");
    expect(catalog.cells.find((c) => c.key === "mtx:count:high_implemented")?.cached).toBe(0);
    expect(plan.cells.find((c) => c.key === "mtx:threshold-check")?.cached).toBe("");
  });

  test("custom mode: 节综合能耗 calls GREEN.TCE once per energy carrier with the parameter coefficient; everything else is native", () => {
    const customPlan = buildMatrix(options({ mode: "custom" }), sample);
    // the custom sheet's one extra cell, the notice for a program without the GREEN functions, aside
    const custom = customPlan.cells.filter((c) => c.key !== FUNCTIONS_STATUS_KEY);
    plan.cells.forEach((c, i) => {
      const other = custom[i];
      if (!c.key?.startsWith("mtx:save_energy_total:")) {
        expect(other!.formula).toBe(c.formula);
        return;
      }
      for (const s of ENERGY_SAVINGS) {
        expect(other!.formula).toContain(`GREEN.TCE(SUMPRODUCT(`);
        expect(other!.formula).toContain(
          `*${s.factor},"${s.carrier.id}","${s.carrier.nativeUnit}",GREEN_PARAM_TCE_${s.carrier.id.replace(/-/g, "_")})`,
        );
      }
      expect(other!.cached).toBe(c.cached);
    });
  });
});
