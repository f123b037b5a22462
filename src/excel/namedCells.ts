/**
 * The cells behind the workbook's GREEN_* names of a few kinds (the pane's data and parameter panels), with
 * their values and formulas: two syncs. The review reads the whole workbook with readSnapshot.ts instead.
 */
import type { NameSnapshot, SheetSnapshot, SnapshotCell, WorkbookSnapshot } from "../domain/review/snapshot";
import { parseSheetReference } from "../domain/templates/a1";
import type { CellValue } from "../domain/templates/sheetPlan";

export async function readNamedCells(
  context: Excel.RequestContext,
  prefixes: readonly string[],
): Promise<WorkbookSnapshot> {
  const names = context.workbook.names;
  names.load("items/name,items/formula,items/type");
  await context.sync();
  const wanted = names.items.filter(
    (n) => n.type === Excel.NamedItemType.range && prefixes.some((p) => n.name.toUpperCase().startsWith(p)),
  );
  const ranges = wanted.map((n) => ({ item: n, range: n.getRange().load("values,formulas") }));
  if (ranges.length > 0) await context.sync();
  const sheets = new Map<string, Map<string, SnapshotCell>>();
  const nameList: NameSnapshot[] = [];
  for (const { item, range } of ranges) {
    const ref = parseSheetReference(item.formula);
    if (!ref || ref.range.includes(":")) continue;
    nameList.push({ name: item.name, sheet: ref.sheet, range: ref.range });
    const value = range.values[0]?.[0] as CellValue;
    const formula = range.formulas[0]?.[0];
    const cell: SnapshotCell =
      typeof formula === "string" && formula.startsWith("=") ? { value, formula: formula.slice(1) } : { value };
    if (!sheets.has(ref.sheet)) sheets.set(ref.sheet, new Map());
    sheets.get(ref.sheet)?.set(ref.range, cell);
  }
  const sheetList: SheetSnapshot[] = [...sheets].map(([name, cells]) => ({ name, cells }));
  return { sheets: sheetList, names: nameList };
}
