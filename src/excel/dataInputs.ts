/**
 * A park data file's values into an existing data sheet (docs/data-file.md): the data sheet's plan, built from
 * the file, gives every input value already in the sheet's units; each lands in its input cell — statistics
 * and the park name through their defined names, energy rows in the row of their carrier (column A holds the
 * row ids) — and nothing else is written. Two syncs whatever the file holds.
 */
import { cellAddress, parseRange, type SheetReference } from "../domain/templates/a1";
import type { CellValue, PlannedCell, SheetPlan } from "../domain/templates/sheetPlan";
import { textConstant } from "./cellWrites";
import { withoutProtection } from "./protection";

interface Place {
  readonly row: number;
  readonly col: number;
}

/** Where each named input of the plan is now (rows may have been inserted): its name's cell, on `sheet` only. */
function namedPlaces(plan: SheetPlan, sheet: string, names: ReadonlyMap<string, SheetReference>) {
  const nameAt = new Map(plan.names.map((n) => [n.range, n.name]));
  return (cell: PlannedCell | undefined): Place | undefined => {
    const name = cell ? nameAt.get(cellAddress(cell.row, cell.col)) : undefined;
    const target = name ? names.get(name.toUpperCase()) : undefined;
    const at = target && target.sheet.toLowerCase() === sheet.toLowerCase() ? parseRange(target.range) : undefined;
    return at && at.top === at.bottom && at.left === at.right ? { row: at.top, col: at.left } : undefined;
  };
}

/** Writes the plan's filled input cells into `sheet`; returns the number of cells written. */
export async function writeDataInputs(
  context: Excel.RequestContext,
  sheet: string,
  plan: SheetPlan,
  names: ReadonlyMap<string, SheetReference>,
): Promise<number> {
  const placeOf = namedPlaces(plan, sheet, names);
  // the energy rows have no names: their year columns are those of the named statistics
  const yearColumns = [0, 1, 2, 3].map((k) => placeOf(plan.cells.find((c) => c.key === `data:va:${k}`))?.col);
  // a null in the file is "not known": the cell keeps what the sheet holds
  const inputs = plan.cells.filter((c) => c.role === "input" && c.value !== null && c.value !== undefined);
  const worksheet = context.workbook.worksheets.getItem(sheet);
  const labels = worksheet.getUsedRange().load("values,rowIndex,columnIndex");
  const protection = worksheet.protection.load("protected,options");
  await context.sync();
  const firstRowOf = new Map<string, number>();
  labels.values.forEach((row, r) => {
    const label = labels.columnIndex === 0 ? row[0] : undefined;
    if (typeof label === "string" && !firstRowOf.has(label)) firstRowOf.set(label, labels.rowIndex + r);
  });
  const writes: (Place & { value: CellValue })[] = [];
  for (const cell of inputs) {
    const [kind, id = "", year] = (cell.key ?? "").split(":");
    const row = kind === "energy" ? firstRowOf.get(id) : undefined;
    const col = kind === "energy" ? yearColumns[Number(year)] : undefined;
    const at = placeOf(cell) ?? (row !== undefined && col !== undefined ? { row, col } : undefined);
    if (at) writes.push({ ...at, value: cell.value ?? null });
  }
  withoutProtection(worksheet, protection, () => {
    for (const w of writes) worksheet.getRangeByIndexes(w.row, w.col, 1, 1).values = [[textConstant(w.value)]];
  });
  await context.sync();
  return writes.length;
}
