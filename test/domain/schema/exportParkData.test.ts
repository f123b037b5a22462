/**
 * docs/data-file.md "Export": template → export → template gives a workbook with the same value in every input
 * cell and every named cell, through the .xlsx writer and the bounded reader, in both languages.
 */
import { readParkData, type ParkDataFile } from "../../../src/domain/schema/parkData";
import { optionsFromParkData } from "../../../src/domain/schema/parkDataOptions";
import { exportParkData } from "../../../src/domain/schema/exportParkData";
import { TEMPLATES } from "../../../src/domain/templates/specs";
import { parseRange } from "../../../src/domain/templates/a1";
import type { CellValue, Lang, SheetPlan } from "../../../src/domain/templates/sheetPlan";
import { planToXlsx } from "../../../src/xlsx/writePlan";
import { readWorkbookSync } from "../../../src/xlsx/readWorkbookFile";
import { fullPark } from "./fullPark";

function parsed(file: unknown): ParkDataFile {
  const result = readParkData(file);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
  return result.data;
}

export function buildAll(file: ParkDataFile, lang: Lang): SheetPlan[] {
  const years = file.years as [number, number, number, number];
  const options = { lang, mode: "native" as const, years, nameSuffix: "", ...optionsFromParkData(file) };
  return TEMPLATES.map((t) => t.build(options));
}

/** Every input cell by template and key, and every single-cell defined name, with what it shows. */
export function shownInputs(plans: readonly SheetPlan[]): Record<string, CellValue | undefined> {
  const shown: Record<string, CellValue | undefined> = {};
  for (const plan of plans) {
    const at = new Map(plan.cells.map((c) => [`${c.row},${c.col}`, c]));
    for (const c of plan.cells) if (c.role === "input") shown[`${plan.templateId} ${c.key}`] = c.value ?? null;
    for (const n of plan.names) {
      const r = parseRange(n.range);
      if (!r || r.top !== r.bottom || r.left !== r.right || n.name.startsWith("GREEN_META_")) continue;
      const cell = at.get(`${r.top},${r.left}`);
      shown[n.name] = cell?.formula !== undefined ? cell.cached : (cell?.value ?? null);
    }
  }
  return shown;
}

describe.each(["zh-CN", "en-US"] as const)("template → export → template (%s)", (lang) => {
  test("every input cell and named cell holds the same value", async () => {
    const first = buildAll(parsed(fullPark()), lang);
    const snapshot = readWorkbookSync(await planToXlsx(first));
    const exported = exportParkData(snapshot);
    if (!exported.ok) throw new Error(exported.message);
    expect(exported.problems).toEqual([]);
    const file = JSON.parse(JSON.stringify(exported.file));
    expect(file.version).toBe(2);
    expect(file.options).toHaveLength(2);
    expect(file.options[1]).toMatchObject({ name: "集中式VOCs处理", investment: 900, vocs: 12.5 });
    expect(file.parameters).toMatchObject({ leads: { EG1: 0.35 }, values: { "discount-rate": 6 } });
    const second = buildAll(parsed(file), lang);
    expect(shownInputs(second)).toEqual(shownInputs(first));
  });
});
