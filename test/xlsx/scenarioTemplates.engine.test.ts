/**
 * docs/architecture.md rung 4 for the templates (basic, synergy, suggestions, team, plan): built in native
 * mode from realistic rows and edge cases, written to .xlsx, recalculated by LibreOffice; every computed
 * cell must equal the value domain/calc cached. One conversion holds all three scenarios (name suffixes
 * keep their defined names apart). Custom mode must call GREEN.* with the same arguments.
 */
import { answerOrText } from "../../src/domain/calc/answers";
import { paramsTemplate } from "../../src/domain/templates/specs/params";
import { dataTemplate } from "../../src/domain/templates/specs/data";
import { basicTemplate } from "../../src/domain/templates/specs/basic";
import { synergyTemplate } from "../../src/domain/templates/specs/synergy";
import { suggestionsTemplate } from "../../src/domain/templates/specs/suggestions";
import { teamTemplate } from "../../src/domain/templates/specs/team";
import { planTemplate } from "../../src/domain/templates/specs/plan";
import type { TemplateSpec } from "../../src/domain/templates/registry";
import type { SheetPlan } from "../../src/domain/templates/sheetPlan";
import type { TemplateOptions } from "../../src/domain/templates/context";
import { SYNERGY_INDICATORS } from "../../src/domain/catalog";
import { parseRange } from "../../src/domain/templates/a1";
import * as GREEN from "../../src/functions/functions";
import { cellOfCall, installCustomFunctionsStub } from "../functions/customFunctionsStub";
import { planProblems } from "../../src/domain/templates/validatePlan";
import { planToXlsx } from "../../src/xlsx/writePlan";
import { recalculateAndCompare, type EngineRun } from "./engineCheck";
import { SCENARIO_A, SCENARIO_B, SCENARIO_C, scenarioOptions } from "../domain/templates/scenarioFixtures";
import { FUNCTIONS_STATUS_KEY } from "../../src/domain/templates/functionsNotice";

/** A range's cells as GREEN.* receives them: a 2-D array of values (inputs) and results (formulas). */
function valuesOf(plan: SheetPlan, range: string): unknown[][] {
  const r = parseRange(range.replace(/\$/g, ""));
  if (!r) throw new Error(`bad range ${range}`);
  const at = new Map(plan.cells.map((c) => [`${c.row},${c.col}`, c.formula !== undefined ? c.cached : c.value]));
  const rows: unknown[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const line: unknown[] = [];
    for (let col = r.left; col <= r.right; col++) line.push(at.get(`${row},${col}`) ?? null);
    rows.push(line);
  }
  return rows;
}

const TEMPLATES: readonly TemplateSpec[] = [
  basicTemplate,
  synergyTemplate,
  suggestionsTemplate,
  teamTemplate,
  planTemplate,
];

function scenario(rows: TemplateOptions["rows"], suffix: string, lang: "zh-CN" | "en-US" = "zh-CN"): SheetPlan[] {
  const options = scenarioOptions(rows, suffix, lang);
  // the synergy actuals read the data sheet and the output basis of the parameter sheet
  return [paramsTemplate, dataTemplate, ...TEMPLATES].map((t) => t.build(options));
}

/**
 * ExcelJS reads a number in a date-formatted cell back as a Date (the plan's span cells): the engine's
 * serial is that Date in days since 1899-12-30.
 */
function sameDate(expected: unknown, found: unknown): boolean {
  return found instanceof Date && typeof expected === "number" && found.getTime() / 86400000 + 25569 === expected;
}

const PLANS = [...scenario(SCENARIO_A, ""), ...scenario(SCENARIO_B, "_B"), ...scenario(SCENARIO_C, "_C", "en-US")];

/** A small deterministic generator (LCG) for the random synergy tables. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

/**
 * Random synergy tables: targets on some indicators, basics on some, main flags 是/否/empty, direction
 * synonyms, actuals around the target with gaps — the native grade must agree with calc.synergyGrade.
 */
function randomSynergy(seed: number, lang: "zh-CN" | "en-US"): SheetPlan[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const yes = lang === "zh-CN" ? "是" : "yes";
  const no = lang === "zh-CN" ? "否" : "no";
  const rows = SYNERGY_INDICATORS.filter(() => next() < 0.25).map((s) => {
    const target = next() < 0.7 ? Math.round(next() * 1000) / 10 : null;
    const around = () =>
      target === null ? Math.round(next() * 1000) / 10 : Math.round(target * (0.8 + next() * 0.4) * 100) / 100;
    return {
      id: s.id,
      target,
      basic: target !== null && next() < 0.5 ? Math.round(target * (0.8 + next() * 0.4) * 100) / 100 : null,
      main: pick([yes, no, null]),
      direction: pick(["↑", "↓", "正向", "逆向", "up", "down", 1, -1, s.direction === "up" ? "↑" : "↓"]),
      actual_y1: next() < 0.9 ? around() : null,
      actual_y2: next() < 0.97 ? around() : null,
      actual_y3: around(),
    };
  });
  // random data behind the linked actuals: 工业总产值 and the amounts they divide, some years missing
  const amount = (scale: number) =>
    [0, 1, 2, 3].map(() => (next() < 0.9 ? Math.round(next() * scale * 100) / 100 : null));
  const data = {
    years: [2021, 2022, 2023, 2024] as [number, number, number, number],
    values: {
      gross_output: amount(20000),
      va: amount(5000),
      energy_total: amount(8000),
      energy_renewable: amount(800),
      co2: amount(20000),
      wastewater: amount(50000),
      cod: amount(200),
      nh3n: amount(20),
    },
  };
  const basis = pick([null, "工业增加值", "Industrial value added", "工业总产值", "产值"]);
  const options = {
    ...scenarioOptions({ synergy: rows }, `_R${seed}`, lang),
    data,
    ...(basis === null ? {} : { parameterChoices: { "synergy-output-basis": basis } }),
  };
  return [paramsTemplate, dataTemplate, synergyTemplate].map((t) => t.build(options));
}

const RANDOM_SYNERGY = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((seed) =>
  randomSynergy(seed, seed % 2 === 0 ? "en-US" : "zh-CN"),
);

/** A copy whose cached grades are deliberately wrong: the engine must disagree, proving it recalculated. */
const synergyA = synergyTemplate.build(scenarioOptions(SCENARIO_A, "_T"));
const TAMPERED_READS = [paramsTemplate, dataTemplate].map((t) => t.build(scenarioOptions(SCENARIO_A, "_T")));
const TAMPERED: SheetPlan = {
  ...synergyA,
  cells: synergyA.cells.map((c) => (c.key?.startsWith("grade:") ? { ...c, cached: "stale" } : c)),
};

function cached(plan: SheetPlan, key: string): unknown {
  return plan.cells.find((c) => c.key === key)?.cached;
}
const find = (id: string, suffix: string) => {
  const index = ["", "_B", "_C"].indexOf(suffix) * 7 + 2 + TEMPLATES.findIndex((t) => t.id === id);
  return PLANS[index];
};

describe("the scenario templates on a real spreadsheet engine (LibreOffice)", () => {
  let run: EngineRun;
  beforeAll(async () => {
    run = await recalculateAndCompare([...PLANS, ...RANDOM_SYNERGY, ...TAMPERED_READS, TAMPERED]);
  }, 180000);

  test("every computed cell recalculates to the cached value", () => {
    const real = run.mismatches.filter((m) => !sameDate(m.expected, m.found));
    expect(real.filter((m) => m.expected !== "stale")).toEqual([]);
    const computed = PLANS.flatMap((p) => p.cells.filter((c) => c.formula !== undefined));
    expect(computed.length).toBeGreaterThan(400);
    const extra = [...RANDOM_SYNERGY, ...TAMPERED_READS, TAMPERED].flatMap((p) =>
      p.cells.filter((c) => c.formula !== undefined),
    );
    expect(run.computedCells).toBe(computed.length + extra.length);
  });

  test("the random synergy tables reach every grade (and the ungraded state)", () => {
    const shown = RANDOM_SYNERGY.flatMap((p) =>
      p.cells.filter((c) => c.key?.startsWith("grade:")).map((c) => ({ lang: p.lang, grade: String(c.cached) })),
    );
    expect(new Set(shown.map((s) => answerOrText(s.grade)))).toEqual(new Set(["优良", "合格", "需改进", ""]));
    // the English tables show each grade with its meaning (docs/templates.md#words-kept-in-chinese)
    const english = shown.filter((s) => s.lang === "en-US" && s.grade !== "").map((s) => s.grade);
    expect(english.length).toBeGreaterThan(0);
    for (const grade of english)
      expect(grade).toMatch(/^(优良 \(excellent\)|合格 \(pass\)|需改进 \(needs improvement\))$/);
  });

  test("the engine recalculated: the stale cached grades of the tampered copy are all caught", () => {
    const stale = run.mismatches.filter((m) => m.expected === "stale");
    expect(stale.map((m) => m.found)).toEqual(["优良", "", "需改进"]);
  });

  test("the edge cases give the verdicts a consultant expects (cached = engine)", () => {
    expect(cached(find("basic", "")!, "basic-overall")).toBe("不符合");
    expect(cached(find("basic", "_B")!, "basic-overall")).toBe("符合"); // an encouraged item 不符合 does not count
    expect(cached(find("basic", "_C")!, "basic-overall")).toBe(""); // a mandatory item unanswered
    expect([1, 2, 3].map((k) => cached(find("synergy", "")!, `grade:Y${k}`))).toEqual(["优良", "", "需改进"]); // Y3: SY5-4 (not main) is below its basic requirement
    expect([1, 2, 3].map((k) => cached(find("synergy", "_B")!, `grade:Y${k}`))).toEqual(["需改进", "优良", "合格"]);
    // scenario C is in English: the grade words with their meaning
    expect([1, 2, 3].map((k) => cached(find("synergy", "_C")!, `grade:Y${k}`))).toEqual([
      "优良 (excellent)",
      "需改进 (needs improvement)",
      "需改进 (needs improvement)",
    ]); // Y2: the main SY2-3 misses its basic (= target); Y3: SY4-4 (↑, not main) 3 900 < its basic 4 000
    expect(cached(find("synergy", "")!, "met:SY1-2:Y2")).toBe("");
    expect(cached(find("synergy", "")!, "met:SY5-4:Y3")).toBe("未达标");
    expect(cached(find("team", "")!, "verdict:members")).toBe("不符合");
    expect(cached(find("team", "")!, "verdict:expertise")).toBe("符合");
    expect(cached(find("team", "")!, "verdict:overall")).toBe("不符合");
    expect(cached(find("team", "_B")!, "count:members")).toBe(5);
    expect(cached(find("team", "_B")!, "count:senior")).toBe(0);
    expect(cached(find("team", "_B")!, "verdict:expertise")).toBe("符合");
    expect(cached(find("team", "_B")!, "verdict:overall")).toBe("符合");
    expect(cached(find("team", "_C")!, "verdict:overall")).toBe("compliant");
    // T/CPPC《工业园区清洁生产审核指南》5.1.2 (2), per enterprise by COUNTIFS: 2 members with 1 from finance; 1; 3 with none; none
    expect([1, 2, 3, 4].map((n) => cached(find("team", "")!, `enterprise:members:${n}`))).toEqual([2, 1, 3, 0]);
    expect([1, 2, 3, 4].map((n) => cached(find("team", "")!, `enterprise:finance:${n}`))).toEqual([1, 1, 0, 0]);
    expect(cached(find("team", "")!, "enterprise:overall")).toBe("不符合");
    expect(cached(find("team", "_B")!, "enterprise:overall")).toBe(""); // no enterprise listed
    expect(
      ["enterprise:members:1", "enterprise:finance:1", "enterprise:verdict:1"].map((k) =>
        cached(find("team", "_C")!, k),
      ),
    ).toEqual([2, 1, "compliant"]); // case differs, as COUNTIFS compares
    expect(cached(find("plan", "")!, "days:1")).toBe(5);
    expect(cached(find("plan", "")!, "days:3")).toBe(""); // the end is before the start
    expect(cached(find("plan", "")!, "days:4")).toBe(1);
    expect(cached(find("plan", "")!, "plan-days")).toBe(93); // earliest start 2024-03-01, latest end 2024-06-01
    // 《北京市工业园区绿色诊断工作指南》四（三）1 "不应少于4个工作日" by NETWORKDAYS; 附件2-1-2 注2 years before the diagnosis
    expect(cached(find("plan", "")!, "diag:workdays:7")).toBe(5); // Wed 2025-02-26 … Tue 03-04
    expect(cached(find("plan", "")!, "diag-check:onsite-days")).toBe(4); // Mon 2025-03-03 … Thu 03-06
    expect(cached(find("plan", "")!, "diag-check:onsite")).toBe("符合");
    expect(cached(find("plan", "")!, "diag-phase:workdays:diagnosis")).toBe(9);
    expect(cached(find("plan", "")!, "diag-check:diagnosis-year")).toBe(2025);
    expect(cached(find("plan", "")!, "diag-check:years")).toBe("符合");
    expect(cached(find("plan", "_B")!, "diag-check:onsite")).toBe(""); // no dates yet
    expect(cached(find("plan", "_C")!, "diag-check:onsite-days")).toBe(3); // Fri 2024-07-05 … Tue 07-09
    expect(cached(find("plan", "_C")!, "diag-check:onsite")).toBe("non-compliant");
    expect(cached(find("plan", "_C")!, "diag:workdays:7")).toBe(""); // the end before the start
    expect(cached(find("plan", "_C")!, "diag-check:years")).toBe("non-compliant"); // 2024 is evaluation year 3
    expect(cached(find("suggestions", "")!, "total:investment")).toBe(4350.5);
    expect(cached(find("suggestions", "_B")!, "total:investment")).toBe("");
  });

  test("the recalculated workbook carries the grades under their defined names", () => {
    const names = run.workbook.definedNames.getRanges("GREEN_SYNERGY_GRADE_Y3_B").ranges;
    expect(names).toHaveLength(1);
  });
});

describe("custom mode: GREEN.* with the same arguments", () => {
  const modes = (template: TemplateSpec, rows: TemplateOptions["rows"]) => ({
    native: template.build(scenarioOptions(rows, "", "zh-CN", "native")),
    custom: template.build(scenarioOptions(rows, "", "zh-CN", "custom")),
  });

  test("synergy grades call GREEN.GRADE over the graded-values block; every other formula is the native one", () => {
    const { native, custom } = modes(synergyTemplate, SCENARIO_A);
    const grades = custom.cells.filter((c) => c.key?.startsWith("grade:"));
    expect(grades).toHaveLength(3);
    for (const cell of grades) {
      const match =
        /^IFERROR\(GREEN\.GRADE\((\$[A-Z]+\$\d+:\$[A-Z]+\$\d+(?:,\$[A-Z]+\$\d+:\$[A-Z]+\$\d+){4})\),""\)$/.exec(
          cell.formula ?? "",
        );
      expect(match).not.toBeNull();
      const [actual, target, direction, main, basic] = (match?.[1] ?? "").split(",");
      const nativeFormula = native.cells.find((c) => c.key === cell.key)?.formula ?? "";
      for (const range of [actual, target, direction, main, basic]) expect(nativeFormula).toContain(range);
      expect(cell.cached).toBe(native.cells.find((c) => c.key === cell.key)?.cached);
    }
    // custom mode adds one notice cell that speaks when the GREEN functions are missing
    expect(custom.cells.filter((c) => c.key === FUNCTIONS_STATUS_KEY)).toHaveLength(1);
    expect(native.cells.filter((c) => c.key === FUNCTIONS_STATUS_KEY)).toHaveLength(0);
    const others = (plan: SheetPlan) =>
      plan.cells.filter(
        (c) => c.formula !== undefined && !c.key?.startsWith("grade:") && c.key !== FUNCTIONS_STATUS_KEY,
      );
    const customCells = others(custom);
    expect(customCells.map((c) => [c.row, c.col, c.cached])).toEqual(
      others(native).map((c) => [c.row, c.col, c.cached]),
    );
    const nativeFormulas = others(native).map((c) => c.formula);
    customCells.forEach((c, i) => {
      if (!c.formula?.includes("GREEN.")) expect(c.formula).toBe(nativeFormulas[i]);
    });
    // the per-output actuals call GREEN.INTENSITY (calc.intensity), the renewable share GREEN.INDICATOR("EG2", …)
    const linked = custom.cells.filter((c) => /GREEN\.(INTENSITY|INDICATOR)\(/.test(c.formula ?? ""));
    expect(linked.length).toBe(3 * 8);
  });

  test("GREEN.INTENSITY over the data sheet's values gives each cached intensity (tce/万元 = tce ÷ 万元)", () => {
    installCustomFunctionsStub();
    const options = scenarioOptions(SCENARIO_A, "", "zh-CN", "custom");
    const custom = synergyTemplate.build(options);
    const data = options.data?.values ?? {};
    let checked = 0;
    for (const c of custom.cells.filter((x) => x.formula?.includes("GREEN.INTENSITY("))) {
      const m = /GREEN\.INTENSITY\(GREEN_DATA_(\w+)_Y(\d)/.exec(c.formula ?? "");
      expect(m).not.toBeNull();
      const [item, k] = [m?.[1] ?? "", Number(m?.[2])];
      const result = cellOfCall(GREEN.intensityFunction, data[item]?.[k] ?? null, data.gross_output?.[k] ?? null);
      expect(typeof result === "number" ? result : "").toBe(c.cached);
      if (c.cached !== "") checked += 1;
    }
    expect(checked).toBe(7 * 3 - 3); // SY1-2, SY4-2 and SY5-2 lack co2 in year 2
  });

  test('GREEN.GRADE itself, given the cells its custom formula names, returns the native grade (IFERROR → "")', () => {
    installCustomFunctionsStub();
    const plans = [
      ...RANDOM_SYNERGY.filter((p) => p.templateId === "synergy"),
      find("synergy", ""),
      find("synergy", "_B"),
      find("synergy", "_C"),
    ];
    let graded = 0;
    for (const plan of plans) {
      const custom = synergyTemplate.build({
        ...JSON.parse(plan!.cells.find((c) => c.key === "metadata")?.value as string),
        rows: undefined,
        mode: "custom",
      });
      for (const k of [1, 2, 3]) {
        const formula = custom.cells.find((c) => c.key === `grade:Y${k}`)?.formula ?? "";
        // an English sheet maps the function's Chinese grade to the word with its meaning around the call
        const ranges = (/GREEN\.GRADE\(([^)]*)\)/.exec(formula)?.[1] ?? "").split(",");
        const args = ranges.map((range) => valuesOf(plan!, range));
        const result = cellOfCall(GREEN.gradeFunction, ...args);
        const expected = plan!.cells.find((c) => c.key === `grade:Y${k}`)?.cached;
        expect(typeof result === "string" ? result : "").toBe(answerOrText(String(expected)));
        if (expected !== "") graded += 1;
      }
    }
    expect(graded).toBeGreaterThan(10);
  });

  test.each([
    ["basic", basicTemplate, SCENARIO_A],
    ["suggestions", suggestionsTemplate, SCENARIO_A],
    ["team", teamTemplate, SCENARIO_A],
    ["plan", planTemplate, SCENARIO_A],
  ] as const)(
    "%s has no GREEN function for its formulas: both modes write the native formula",
    (_id, template, rows) => {
      const { native, custom } = modes(template, rows);
      const content = (plan: SheetPlan) => plan.cells.filter((c) => c.key !== "metadata" && c.key !== "row-key");
      expect(content(custom)).toEqual(content(native));
      expect(custom.cells.some((c) => c.formula?.includes("GREEN."))).toBe(false);
    },
  );
});

describe("plans are valid and write to .xlsx", () => {
  test("planProblems is empty for every template, language and mode", () => {
    for (const template of TEMPLATES) {
      for (const lang of ["zh-CN", "en-US"] as const) {
        for (const mode of ["native", "custom"] as const) {
          expect(planProblems(template.build(scenarioOptions(SCENARIO_A, "", lang, mode)))).toEqual([]);
        }
      }
    }
  });

  test("planToXlsx writes the five sheets", async () => {
    const bytes = await planToXlsx(TEMPLATES.map((t) => t.build(scenarioOptions(SCENARIO_A, ""))));
    expect(bytes.byteLength).toBeGreaterThan(10000);
  });
});
