/** params, data, carbon and indicators: SheetPlan snapshots per language, structure, and the custom formula mode. */
import { INDICATORS } from "../../../src/domain/catalog";
import { isValidDefinedName, planProblems } from "../../../src/domain/templates/validatePlan";
import type { TemplateOptions } from "../../../src/domain/templates/context";
import { buildCarbon } from "../../../src/domain/templates/specs/carbon";
import { buildData } from "../../../src/domain/templates/specs/data";
import { buildIndicators } from "../../../src/domain/templates/specs/indicators";
import { buildParams } from "../../../src/domain/templates/specs/params";
import type { Lang, SheetPlan } from "../../../src/domain/templates/sheetPlan";
import { projectPlan } from "./planProjection";

const options = (lang: Lang, mode: "native" | "custom" = "native"): TemplateOptions => ({
  lang,
  mode,
  years: [2021, 2022, 2023, 2024],
  nameSuffix: "",
});
const builders = { params: buildParams, data: buildData, carbon: buildCarbon, indicators: buildIndicators };

describe.each(["zh-CN", "en-US"] as const)("%s", (lang) => {
  test.each(Object.keys(builders) as (keyof typeof builders)[])("%s plan snapshot", (id) => {
    expect(projectPlan(builders[id](options(lang)))).toMatchSnapshot();
  });
});

describe("structure", () => {
  const plans: SheetPlan[] = Object.values(builders).map((build) => build(options("zh-CN")));

  test("no plan has a problem Excel would refuse, and every defined name is valid and unique", () => {
    for (const plan of plans) expect(planProblems(plan)).toEqual([]);
    const names = plans.flatMap((p) => p.names.map((n) => n.name));
    for (const name of names) expect(isValidDefinedName(name)).toBe(true);
    expect(new Set(names.map((n) => n.toUpperCase())).size).toBe(names.length);
  });

  test("the defined names of docs/data-file.md exist for every item, indicator and year", () => {
    const names = new Set(plans.flatMap((p) => p.names.map((n) => n.name)));
    for (const k of [0, 1, 2, 3]) expect(names.has(`GREEN_DATA_va_Y${k}`)).toBe(true);
    for (const ind of INDICATORS) {
      expect(names.has(`GREEN_PARAM_LEAD_${ind.id}`)).toBe(true);
      for (const k of [1, 2, 3]) {
        expect(names.has(`GREEN_VALUE_${ind.id}_Y${k}`)).toBe(true);
        expect(names.has(`GREEN_SCORE_${ind.id}_Y${k}`)).toBe(true);
      }
    }
    for (const k of [1, 2, 3]) expect(names.has(`GREEN_TOTAL_Y${k}`)).toBe(true);
  });

  test("inputs are inputs and formulas are computed, never both", () => {
    for (const plan of plans) {
      for (const cell of plan.cells) {
        if (cell.role === "input") expect(cell.formula).toBeUndefined();
        if (cell.formula !== undefined) expect(["computed", "subtotal", "total"]).toContain(cell.role);
      }
    }
  });

  test("native formulas use no function newer than Excel 2010 and no GREEN.* call", () => {
    const newer = /\b(IFS|SWITCH|XLOOKUP|MAXIFS|MINIFS|TEXTJOIN|CONCAT|FILTER|UNIQUE|LET|SEQUENCE)\(/;
    for (const plan of plans)
      for (const cell of plan.cells.filter((c) => c.formula)) {
        expect(cell.formula).not.toMatch(newer);
        expect(cell.formula).not.toMatch(/GREEN\./);
      }
  });

  test("a second copy's names carry its suffix and cross-sheet formulas read them", () => {
    const copy = buildIndicators({ ...options("zh-CN"), nameSuffix: "_2" });
    expect(copy.names.every((n) => n.name.endsWith("_2"))).toBe(true);
    const value = copy.cells.find((c) => c.key === "value:EG1:1");
    expect(value?.formula).toContain("GREEN_DATA_va_Y1_2");
  });
});

describe("custom formula mode calls GREEN.* with the native formula's arguments", () => {
  const native = buildIndicators(options("zh-CN", "native"));
  const custom = buildIndicators(options("zh-CN", "custom"));
  const cellOf = (plan: SheetPlan, key: string) => plan.cells.find((c) => c.key === key);

  test.each(INDICATORS.filter((d) => d.formula.kind !== "elasticity").map((d) => d.id))("%s value", (id) => {
    const def = INDICATORS.find((d) => d.id === id);
    for (const k of [1, 2, 3]) {
      const args = (def?.inputs ?? []).map((input) =>
        input.items.map((item) => `GREEN_DATA_${item}_Y${input.year === "prev" ? k - 1 : k}`).join(","),
      );
      expect(cellOf(custom, `value:${id}:${k}`)?.formula).toBe(
        `IFERROR(GREEN.INDICATOR("${id}",${args.join(",")}),"")`,
      );
      for (const arg of args) expect(cellOf(native, `value:${id}:${k}`)?.formula).toContain(arg.split(",")[0]);
    }
  });

  test("scores call GREEN.SCORE with the value, the lead and the cap", () => {
    const score = cellOf(custom, "score:EG1:2");
    expect(score?.formula).toContain('GREEN.SCORE("EG1",K7,H7,$B$3)');
  });

  test("HG24 takes each pollutant's GREEN.ELASTICITY", () => {
    expect(cellOf(custom, "elasticity:cod:1")?.formula).toContain(
      "GREEN.ELASTICITY(GREEN_DATA_cod_Y0,GREEN_DATA_cod_Y1,GREEN_DATA_va_Y0,GREEN_DATA_va_Y1)",
    );
  });

  test("both modes cache the same numbers", () => {
    for (const cell of native.cells.filter((c) => c.formula))
      expect(cellOf(custom, cell.key ?? "")?.cached ?? null).toEqual(cell.cached ?? null);
  });
});

/**
 * 《北京市工业园区绿色诊断工作指南》附件2-1-2 (工业园区绿色诊断评价表): each year's table reads 一级指标 / 序号 / 二级指标 /
 * 指标单位 / 指标数据, then 证明材料索引 in year 1's table and 评价情况说明 in the tables of years 2 and 3.
 */
describe("indicators: the annex's headings and one evidence column per year", () => {
  const plan = buildIndicators(options("zh-CN"));
  const headerRow = plan.cells.find((c) => c.value === "一级指标")?.row;
  const header = (col: number) => plan.cells.find((c) => c.row === headerRow && c.col === col)?.value;
  const headers = plan.cells.filter((c) => c.row === headerRow).map((c) => c.value);

  test.each([
    ["一级指标", 0],
    ["序号", 1],
    ["二级指标", 3],
    ["指标单位", 4],
    ["指标数据 2022", 9],
    ["指标数据 2024", 11],
    ["证明材料索引 2022", 15],
    ["评价情况说明 2023", 16],
    ["评价情况说明 2024", 17],
  ])("%s in column %i", (text, col) => {
    expect(header(col)).toBe(text);
  });

  test("no shared evidence or explanation column remains; each year's column is an input per indicator", () => {
    expect(headers.filter((h) => typeof h === "string" && /证明材料索引|评价情况说明/.test(h))).toHaveLength(3);
    expect(
      ["evidence:EG1", "explanation_y2:EG1", "explanation_y3:EG1"].map((k) => plan.cells.find((c) => c.key === k)?.col),
    ).toEqual([15, 16, 17]);
    for (const k of ["evidence:EG1", "explanation_y2:EG1", "explanation_y3:EG1"])
      expect(plan.cells.find((c) => c.key === k)?.role).toBe("input");
    expect(plan.cells.filter((c) => c.key === "explanation:EG1")).toEqual([]);
  });
});
