/**
 * The differential check of docs/architecture.md rung 4: write plans to .xlsx, recalculate with LibreOffice, read
 * back, and compare every computed cell with the value the domain core cached in the plan.
 */
import ExcelJS from "exceljs";
import { cellAddress } from "../../src/domain/templates/a1";
import type { CellValue, SheetPlan } from "../../src/domain/templates/sheetPlan";
import { addPlansToWorkbook } from "../../src/xlsx/writePlan";
import { recalculateWithLibreOffice } from "./libreOffice";

export interface Mismatch {
  sheet: string;
  cell: string;
  formula: string;
  expected: CellValue;
  found: unknown;
}

/**
 * What LibreOffice computed for a formula cell. Read through `cell.result`: ExcelJS's `cell.value` drops a
 * falsy result (0, FALSE); an empty text result has no result at all and reads as "".
 */
function resultOf(cell: ExcelJS.Cell): unknown {
  if (cell.type !== ExcelJS.ValueType.Formula) return cell.value ?? "";
  const result = cell.result;
  if (result === undefined || result === null) return "";
  if (typeof result === "object" && "error" in result) return (result as { error: string }).error;
  return result;
}

function agrees(expected: CellValue, found: unknown): boolean {
  if (typeof expected === "number" && typeof found === "number") {
    return Math.abs(expected - found) <= 1e-9 * Math.max(1, Math.abs(expected));
  }
  const norm = (x: unknown) => (x === null || x === undefined ? "" : x);
  return norm(expected) === norm(found);
}

export interface EngineRun {
  mismatches: Mismatch[];
  computedCells: number;
  workbook: ExcelJS.Workbook;
}

/** Recalculates the plans in LibreOffice and lists every computed cell whose value differs from `cached`. */
export async function recalculateAndCompare(plans: readonly SheetPlan[]): Promise<EngineRun> {
  const { workbook, sheets } = await addPlansToWorkbook(plans);
  const recalculated = new ExcelJS.Workbook();
  const bytes = await recalculateWithLibreOffice(new Uint8Array(await workbook.xlsx.writeBuffer()));
  await recalculated.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const mismatches: Mismatch[] = [];
  let computedCells = 0;
  plans.forEach((plan, i) => {
    const sheet = recalculated.getWorksheet(sheets[i]!.sheetName);
    for (const cell of plan.cells.filter((c) => c.formula !== undefined)) {
      computedCells += 1;
      const address = cellAddress(cell.row, cell.col);
      const found = sheet ? resultOf(sheet.getCell(address)) : "(no sheet)";
      if (!agrees(cell.cached ?? null, found)) {
        mismatches.push({
          sheet: sheets[i]!.sheetName,
          cell: address,
          formula: cell.formula ?? "",
          expected: cell.cached ?? null,
          found,
        });
      }
    }
  });
  return { mismatches, computedCells, workbook: recalculated };
}
