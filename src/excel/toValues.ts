/**
 * The formulas of the templates' computed cells → the values they show (a workbook submitted without formulas):
 * one sync to read and one to write. Only cells the template computes are converted, found through the
 * template's plan and the row keys; formulas the user typed, in input cells or beside the template, stay
 * formulas. A sheet whose columns moved is refused before anything is written.
 */
import type { SheetPlan } from "../domain/templates/sheetPlan";
import { planRowMap } from "../domain/templates/templateLocation";
import { displayedConstant } from "./cellWrites";
import { withoutProtection } from "./protection";
import type { FoundTemplate } from "./templates";

/** Columns were inserted or deleted on these sheets since their templates were inserted: nothing was converted. */
export class ColumnsMovedError extends Error {
  constructor(readonly sheets: readonly string[]) {
    super(
      `${sheets.join(", ")}: columns were inserted or deleted since the template was inserted; nothing was converted`,
    );
  }
}

/** sheet row → the plan's computed columns there */
function computedCells(plan: SheetPlan, rows: ReadonlyMap<number, number>): Map<number, number[]> {
  const computed = new Map<number, number[]>();
  for (const cell of plan.cells) {
    const row = rows.get(cell.row);
    if (cell.formula === undefined || row === undefined) continue;
    computed.set(row, [...(computed.get(row) ?? []), cell.col]);
  }
  return computed;
}

/** Sorted column offsets → runs of consecutive offsets [first, count]. */
function runs(cols: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const c of cols) {
    const last = out[out.length - 1];
    if (last && last[0] + last[1] === c) last[1] += 1;
    else out.push([c, 1]);
  }
  return out;
}

export async function convertToValues(
  context: Excel.RequestContext,
  templates: readonly FoundTemplate[],
  plans: readonly (SheetPlan | undefined)[],
): Promise<number> {
  const worksheets = context.workbook.worksheets;
  const reads = templates.map((t, i) => {
    const worksheet = worksheets.getItem(t.sheet);
    return {
      t,
      plan: plans[i],
      worksheet,
      used: worksheet.getUsedRange().load("formulas,values,rowIndex,columnIndex"),
      protection: worksheet.protection.load("protected,options"),
    };
  });
  await context.sync();
  const moved = reads.filter(({ t, plan }) => plan && plan.hiddenColumns[0] !== t.metaCol).map(({ t }) => t.sheet);
  if (moved.length > 0) throw new ColumnsMovedError(moved);
  let converted = 0;
  reads.forEach(({ t, plan, worksheet, used, protection }) => {
    if (!plan) return;
    const { formulas, values, rowIndex, columnIndex } = used;
    const column = formulas.map((row, r) => [rowIndex + r, row[t.metaCol - columnIndex]] as const);
    const isFormula = (r: number, c: number) => {
      const formula = formulas[r]?.[c];
      return typeof formula === "string" && formula.startsWith("=");
    };
    withoutProtection(worksheet, protection, () => {
      for (const [row, cols] of computedCells(plan, planRowMap(t.metaRow, column))) {
        const r = row - rowIndex;
        const convert = cols
          .map((col) => col - columnIndex)
          .filter((c) => isFormula(r, c))
          .sort((a, b) => a - b);
        // contiguous runs of formula cells in a row become one write
        for (const [first, count] of runs(convert))
          worksheet.getRangeByIndexes(row, columnIndex + first, 1, count).values = [
            (values[r] ?? []).slice(first, first + count).map(displayedConstant),
          ];
      }
    });
    converted += 1;
  });
  await context.sync();
  return converted;
}
