/**
 * The cells of a plan being built (SheetBuilder), by row and then by column: a position is found by two array
 * look-ups, with no key made for it, and the cells come out in reading order (by row, then by column) without a
 * sort. A sheet of 10 000 option rows plans some 450 000 cells, and the review builds it for every workbook.
 */
import type { PlannedCell } from "./sheetPlan";

export class CellGrid {
  /** each row's cells, indexed by column; undefined where a row has no cell */
  private readonly lines: (PlannedCell[] | undefined)[] = [];
  /** the rows in the order their first cell was planned */
  private readonly rowOrder: number[] = [];

  at(row: number, col: number): PlannedCell | undefined {
    return this.lines[row]?.[col];
  }

  /** Adds a cell; false when its position is taken already. */
  add(cell: PlannedCell): boolean {
    const { row, col } = cell;
    // positions index arrays: anything else would be a property the reading order never visits
    if (!Number.isInteger(row) || !Number.isInteger(col) || row < 0 || col < 0)
      throw new Error(`a cell planned outside the sheet: row ${row}, column ${col}`);
    let line = this.lines[row];
    if (line === undefined) {
      line = [];
      this.lines[row] = line;
      this.rowOrder.push(row);
    }
    if (line[col] !== undefined) return false;
    line[col] = cell;
    return true;
  }

  /** Every cell, by row and then by column. */
  inReadingOrder(): PlannedCell[] {
    const cells: PlannedCell[] = [];
    for (const line of this.lines) {
      if (line === undefined) continue;
      for (const cell of line) if (cell !== undefined) cells.push(cell);
    }
    return cells;
  }

  /** Whether a cell passes `test`, looked at in reading order until one does. */
  some(test: (cell: PlannedCell) => boolean): boolean {
    for (const line of this.lines) {
      if (line === undefined) continue;
      for (const cell of line) if (cell !== undefined && test(cell)) return true;
    }
    return false;
  }

  /** The rows holding a cell, in the order their first cell was planned. */
  rows(): readonly number[] {
    return this.rowOrder;
  }

  /** A row's cells, by column. */
  rowCells(row: number): PlannedCell[] {
    const cells: PlannedCell[] = [];
    for (const cell of this.lines[row] ?? []) if (cell !== undefined) cells.push(cell);
    return cells;
  }

  /** One past the rightmost column holding a cell (0 for no cell). */
  width(): number {
    let width = 0;
    for (const line of this.lines) if (line !== undefined && line.length > width) width = line.length;
    return width;
  }
}
