/**
 * The `targets` template as data: snapshot per language, structure, the direction words against
 * calc.parseDirection, and custom mode (GREEN.RATE ∘ GREEN.REDUCTION run by the real functions).
 */
import { TARGET_TYPES } from "../../../src/domain/catalog";
import { parseDirection } from "../../../src/domain/calc";
import { cellAddress, parseRange } from "../../../src/domain/templates/a1";
import type { TemplateOptions } from "../../../src/domain/templates/context";
import type { CellValue, PlannedCell, SheetPlan } from "../../../src/domain/templates/sheetPlan";
import { ROLE_STYLES } from "../../../src/domain/templates/styles";
import { isValidDefinedName, planProblems } from "../../../src/domain/templates/validatePlan";
import {
  DIRECTION_WORDS,
  TARGET_CAPACITY,
  TARGET_INPUT_KEYS,
  buildTargets,
  targetsTemplate,
} from "../../../src/domain/templates/specs/targets";
import * as GREEN from "../../../src/functions/functions";
import { cellOfCall, installCustomFunctionsStub } from "../../functions/customFunctionsStub";

const ROWS: readonly Readonly<Record<string, CellValue>>[] = [
  {
    type: "污染物减排",
    indicator: "COD排放量",
    unit: "t/a",
    direction: "↓",
    term: "近期",
    baseline: 120,
    target: 100,
    actual: 95,
    evidence: "2024年监测报告",
  },
  {
    type: "资源能源利用",
    indicator: "工业用水重复利用率",
    unit: "%",
    direction: "up",
    term: "medium/long-term",
    baseline: 85,
    target: 90,
    actual: 88,
  },
  {
    type: "cp-level",
    indicator: "达到一级水平的企业数量",
    unit: "家",
    direction: "正向",
    baseline: 2,
    target: 2,
    actual: 3,
  },
];
const options = (over: Partial<TemplateOptions> = {}): TemplateOptions => ({
  lang: "zh-CN",
  mode: "native",
  years: [2021, 2022, 2023, 2024],
  nameSuffix: "",
  rows: { targets: ROWS },
  ...over,
});
const FIRST = 6;

function line(c: PlannedCell): string {
  // cached numbers to 10 significant digits: the snapshot shows the layout, the engine test the precision
  const cached = typeof c.cached === "number" ? Number(c.cached.toPrecision(10)) : c.cached;
  const body = c.formula !== undefined ? `=${c.formula}  → ${JSON.stringify(cached)}` : JSON.stringify(c.value);
  return `${cellAddress(c.row, c.col)} ${c.role}${c.numberFormat ? ` [${c.numberFormat}]` : ""}${c.key ? ` {${c.key}}` : ""} ${body}`;
}

function projection(plan: SheetPlan) {
  return {
    sheetName: plan.sheetName,
    cells: plan.cells.filter((c) => c.row < FIRST + 4 && c.key !== "metadata" && c.key !== "row-key").map(line),
    names: plan.names.map((n) => `${n.name} = ${n.range}`),
    validations: plan.validations.map(
      (v) => `${v.range} ${JSON.stringify(v.rule)} ${v.prompt ? `prompt "${v.prompt.title}"` : ""}`,
    ),
    conditionalFormats: plan.conditionalFormats.map((f) => `${f.range} =${f.formula} ${f.fill}`),
    merges: plan.merges,
    regions: plan.regions.map((r) => `${r.id} ${r.range}`),
    freeze: plan.freeze,
    columnWidths: plan.columnWidths,
  };
}

describe.each(["zh-CN", "en-US"] as const)("targets snapshot (%s)", (lang) => {
  test("native mode with three targets", () => expect(projection(buildTargets(options({ lang })))).toMatchSnapshot());
  test("custom mode formulas of target 1", () => {
    const plan = buildTargets(options({ lang, mode: "custom" }));
    expect(plan.cells.filter((c) => c.row === FIRST && c.formula !== undefined).map(line)).toMatchSnapshot();
  });
});

describe("targets structure", () => {
  const plan = buildTargets(options());

  test("the spec and plans pass planProblems in both languages and modes", () => {
    expect(targetsTemplate.id).toBe("targets");
    for (const lang of ["zh-CN", "en-US"] as const) {
      for (const mode of ["native", "custom"] as const)
        expect(planProblems(targetsTemplate.build(options({ lang, mode })))).toEqual([]);
    }
  });

  test("the direction words of the formulas are exactly what calc.parseDirection reads", () => {
    for (const direction of ["up", "down"] as const) {
      for (const word of DIRECTION_WORDS[direction])
        expect(parseDirection(word)).toEqual({ ok: true, value: direction });
    }
    expect(parseDirection(1)).toEqual({ ok: true, value: "up" });
    expect(parseDirection(-1)).toEqual({ ok: true, value: "down" });
  });

  test("drop-downs: type (TARGET_TYPES), direction (↑/↓), term; prefilled words normalised", () => {
    const lists = plan.validations
      .filter((v) => v.rule.kind === "list")
      .map((v) => (v.rule.kind === "list" ? v.rule.items : []));
    expect(lists).toEqual([TARGET_TYPES.map((t) => t.name.zh), ["↑", "↓"], ["近期", "中远期"]]);
    const at = (key: string) => plan.cells.find((c) => c.key === key)?.value;
    expect([at("tgt:direction:2"), at("tgt:term:2"), at("tgt:type:3"), at("tgt:direction:3")]).toEqual([
      "↑",
      "中远期",
      "清洁生产水平提升",
      "↑",
    ]);
  });

  test("inputs unlocked, computed cells locked formulas, names valid and unique", () => {
    expect(ROLE_STYLES.input.locked).toBe(false);
    const rows = plan.cells.filter((c) => c.row >= FIRST && c.key !== "metadata" && c.key !== "row-key");
    expect(rows).toHaveLength(TARGET_CAPACITY * 12);
    for (const c of rows) {
      if (TARGET_INPUT_KEYS.includes((c.key ?? "").split(":")[1])) expect(c.role).toBe("input");
      else expect(c.formula).toBeDefined();
    }
    const names = plan.names.map((n) => n.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(isValidDefinedName(n)).toBe(true);
    expect(parseRange(plan.names.find((n) => n.name === "GREEN_TGT_COMPLETION")?.range ?? "")).toMatchObject({
      top: FIRST,
      bottom: FIRST + TARGET_CAPACITY - 1,
    });
    expect(names).toEqual(
      expect.arrayContaining([
        "GREEN_TGT_MET",
        "GREEN_TGT_MET_COUNT",
        "GREEN_TGT_ASSESSED_COUNT",
        "GREEN_META_targets",
      ]),
    );
  });

  test("completion and met? of the three rows", () => {
    const cached = (key: string) => plan.cells.find((c) => c.key === key)?.cached;
    expect(cached("tgt:completion:1")).toBeCloseTo(125, 10);
    expect(cached("tgt:completion:2")).toBeCloseTo(60, 10); // (88 − 85)/(90 − 85)
    expect([cached("tgt:met:2"), cached("tgt:completion:3"), cached("tgt:met:3")]).toEqual(["否", "不适用", "是"]);
    expect(cached("tgt:met:4")).toBe("");
  });
});

describe("custom mode: GREEN.RATE(GREEN.REDUCTION(b, a), GREEN.REDUCTION(b, t)) gives the cached completion", () => {
  beforeAll(() => installCustomFunctionsStub());
  test("each numeric completion, recomputed by the custom functions", () => {
    const plan = buildTargets(options({ mode: "custom" }));
    const value = new Map(
      plan.cells.filter((c) => c.role === "input").map((c) => [cellAddress(c.row, c.col), c.value]),
    );
    let checked = 0;
    for (const c of plan.cells.filter((x) => typeof x.cached === "number" && x.key?.startsWith("tgt:completion"))) {
      const m =
        /GREEN\.RATE\(GREEN\.REDUCTION\(([A-Z]+\d+),([A-Z]+\d+)\),GREEN\.REDUCTION\(([A-Z]+\d+),([A-Z]+\d+)\)\)/.exec(
          c.formula ?? "",
        );
      expect(m).not.toBeNull();
      if (!m) continue;
      const [b, a, b2, t] = m.slice(1).map((address) => value.get(address));
      expect(b2).toBe(b);
      const result = cellOfCall(
        GREEN.rateFunction,
        cellOfCall(GREEN.reductionFunction, b, a),
        cellOfCall(GREEN.reductionFunction, b, t),
      );
      expect(result as number).toBeCloseTo(c.cached as number, 10);
      checked += 1;
    }
    expect(checked).toBe(2);
  });
});
