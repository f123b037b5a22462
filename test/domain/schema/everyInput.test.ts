/**
 * docs/data-file.md "Export": the park data file holds every input of every template. Every keyed input cell of
 * every template's plan (enumerated from the templates themselves, not a list kept here) is typed with a value
 * its rule accepts and that differs from the template's own; the workbook is exported, the templates are built
 * again from that file, and every input cell must show the typed value — then a second export gives the same file.
 */
import { readParkData, type ParkDataFile } from "../../../src/domain/schema/parkData";
import { exportParkData } from "../../../src/domain/schema/exportParkData";
import { TEMPLATES } from "../../../src/domain/templates/specs";
import { TEMPLATE_IDS } from "../../../src/domain/templates/sheetPlan";
import { parseRange } from "../../../src/domain/templates/a1";
import type { CellValue, Lang, PlannedCell, SheetPlan, Validation } from "../../../src/domain/templates/sheetPlan";
import { planToXlsx } from "../../../src/xlsx/writePlan";
import { readWorkbookSync } from "../../../src/xlsx/readWorkbookFile";
import { optionsFromParkData } from "../../../src/domain/schema/parkDataOptions";

const YEARS = [2021, 2022, 2023, 2024] as const;

function buildAll(file: ParkDataFile, lang: Lang): SheetPlan[] {
  const years = file.years as [number, number, number, number];
  const options = { lang, mode: "native" as const, years, nameSuffix: "", ...optionsFromParkData(file) };
  return TEMPLATES.map((t) => t.build(options));
}

function ruleAt(plan: SheetPlan, cell: PlannedCell): Validation | undefined {
  return plan.validations.find((v) => {
    const r = parseRange(v.range);
    return r && cell.row >= r.top && cell.row <= r.bottom && cell.col >= r.left && cell.col <= r.right;
  })?.rule;
}

/** A value the cell's rule accepts, different from what the template puts there; n makes it unique. */
function typedValue(
  templateId: string,
  key: string,
  rule: Validation | undefined,
  own: CellValue,
  n: number,
): CellValue {
  switch (rule?.kind) {
    case "list": {
      const items = rule.items.filter((i) => i !== own);
      return items[n % items.length] ?? null;
    }
    case "date":
      return 46000 + (n % 300);
    case "decimal":
    case "whole": {
      const min = rule.min ?? 0;
      const max = rule.max ?? min + 1000;
      const span = max - min;
      let v = min + (span * ((n % 7) + 1)) / 9;
      if (rule.kind === "whole") v = Math.round(v);
      if (v === own) v = rule.kind === "whole" ? (v === max ? v - 1 : v + 1) : (v + min) / 2 + span / 100;
      return v;
    }
    default:
      // the data sheet's items and energy quantities are numbers; other free columns take a text
      if (templateId === "data" && /^(data|energy):/.test(key)) return 100 + n;
      return `${key} ${n}`;
  }
}

/** Every keyed input of the skeleton templates with a typed value: template → key → value. */
function typeEveryInput(plans: readonly SheetPlan[]): { plans: SheetPlan[]; typed: Map<string, CellValue> } {
  const typed = new Map<string, CellValue>();
  let n = 0;
  const filled = plans.map((plan) => ({
    ...plan,
    cells: plan.cells.map((cell) => {
      if (cell.role !== "input" || cell.key === undefined) return cell;
      const value = typedValue(plan.templateId, cell.key, ruleAt(plan, cell), cell.value ?? null, n++);
      typed.set(`${plan.templateId} ${cell.key}`, value);
      return { ...cell, value };
    }),
  }));
  return { plans: filled, typed };
}

function inputsOf(plans: readonly SheetPlan[]): Map<string, CellValue> {
  const shown = new Map<string, CellValue>();
  for (const plan of plans)
    for (const c of plan.cells)
      if (c.role === "input" && c.key !== undefined) shown.set(`${plan.templateId} ${c.key}`, c.value ?? null);
  return shown;
}

function parsed(file: unknown): ParkDataFile {
  const result = readParkData(JSON.parse(JSON.stringify(file)));
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
  return result.data;
}

async function exported(plans: readonly SheetPlan[]): Promise<Record<string, unknown>> {
  const result = exportParkData(readWorkbookSync(await planToXlsx(plans)));
  if (!result.ok) throw new Error(result.message);
  expect(result.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([]);
  return JSON.parse(JSON.stringify(result.file));
}

const same = (a: CellValue | undefined, b: CellValue | undefined) =>
  a === b || (typeof a === "number" && typeof b === "number" && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)));

describe.each(["zh-CN", "en-US"] as const)("every input of every template round-trips (%s)", (lang: Lang) => {
  test("typed → export → template → export", async () => {
    const skeleton = buildAll({ years: [...YEARS], values: {} } as ParkDataFile, lang);
    const { plans, typed } = typeEveryInput(skeleton);
    expect(typed.size).toBeGreaterThan(3000);
    // every template with inputs is typed into (the gallery's templates but the two computed ones)
    const typedTemplates = new Set([...typed.keys()].map((k) => k.split(" ")[0]));
    expect([...typedTemplates].sort()).toEqual(
      TEMPLATE_IDS.filter((id) => !["summary", "matrix", "enterprise", "enterprises"].includes(id)).sort(),
    );
    const file = await exported(plans);
    const rebuilt = buildAll(parsed(file), lang);
    const shown = inputsOf(rebuilt);
    const lost = [...typed]
      .filter(([key, v]) => !same(shown.get(key), v))
      .map(([key, v]) => `${key}: typed ${JSON.stringify(v)}, shown ${JSON.stringify(shown.get(key))}`);
    expect(lost).toEqual([]);
    // the parts a file held no place for before: calculation bases, grid choice and factors, the carbon data,
    // rows marked 否, the diagnosis plan and the low-carbon answers
    expect(Object.keys(file.parameters as object)).toEqual(
      expect.arrayContaining(["choices", "gridFactors", "gridChoice", "confirmed", "notConfirmed"]),
    );
    expect(Object.keys(file.carbon as object)).toContain("raw-coal");
    expect(Object.keys((file.plan as object[])[0] ?? {})).toContain("diag:start");
    expect(file.lowcarbon).toHaveLength(73);
    expect(await exported(rebuilt)).toEqual(file);
  });
});
