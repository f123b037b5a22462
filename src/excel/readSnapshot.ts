/**
 * The Office.js adapter's reader (docs/architecture.md: src/excel and src/xlsx both produce a WorkbookSnapshot): every
 * worksheet's used range — values and formulas — and the workbook's defined names, in two syncs whatever
 * the workbook's size (one for the sheet and name lists, one for all used ranges).
 */
import type { NameSnapshot, SheetSnapshot, SnapshotCell, WorkbookSnapshot } from "../domain/review/snapshot";
import { cellAddress, parseRange, parseSheetReference, type SheetReference } from "../domain/templates/a1";
import type { CellValue } from "../domain/templates/sheetPlan";

/** ='Sheet name'!$B$7 → { sheet, range: "B7" }; other name formulas (constants, expressions) are skipped. */
export function nameTarget(formula: string): SheetReference | undefined {
  const target = parseSheetReference(formula);
  return target && parseRange(target.range) ? target : undefined;
}

function cellOf(value: unknown, formula: unknown): SnapshotCell | undefined {
  const v: CellValue =
    typeof value === "number" || typeof value === "string" || typeof value === "boolean"
      ? value
      : value === null || value === undefined
        ? ""
        : String(value);
  if (typeof formula === "string" && formula.startsWith("=")) return { value: v, formula: formula.slice(1) };
  return v === "" ? undefined : { value: v };
}

export async function readWorkbookSnapshot(context: Excel.RequestContext): Promise<WorkbookSnapshot> {
  const worksheets = context.workbook.worksheets;
  const names = context.workbook.names;
  worksheets.load("items/name");
  names.load("items/name,items/formula");
  await context.sync();

  const used = worksheets.items.map((sheet) => ({
    name: sheet.name,
    range: sheet.getUsedRangeOrNullObject().load("values,formulas,rowIndex,columnIndex"),
  }));
  await context.sync();

  const sheets: SheetSnapshot[] = used.map(({ name, range }) => {
    const cells = new Map<string, SnapshotCell>();
    if (!range.isNullObject) {
      const values = range.values;
      const formulas = range.formulas;
      values.forEach((row, r) =>
        row.forEach((value, c) => {
          const cell = cellOf(value, formulas[r]?.[c]);
          if (cell) cells.set(cellAddress(range.rowIndex + r, range.columnIndex + c), cell);
        }),
      );
    }
    return { name, cells };
  });
  const namesOut: NameSnapshot[] = [];
  for (const item of names.items) {
    const target = nameTarget(item.formula);
    if (target) namesOut.push({ name: item.name, ...target });
  }
  return { sheets, names: namesOut };
}
