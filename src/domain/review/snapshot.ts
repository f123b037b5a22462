/**
 * What the review reads from a workbook, whichever adapter read it (docs/architecture.md: src/excel and src/xlsx
 * both produce it): each sheet's cells with their value and formula, and the workbook's defined names.
 */
import type { CellValue } from "../templates/sheetPlan";

export interface SnapshotCell {
  /** the cell's value: a constant, or a formula's last computed result ("" for an empty text) */
  readonly value: CellValue;
  /** the formula without "=", when the cell holds one */
  readonly formula?: string;
}

export interface SheetSnapshot {
  readonly name: string;
  /** cells by A1 address ("B7"); empty cells are absent */
  readonly cells: ReadonlyMap<string, SnapshotCell>;
}

export interface NameSnapshot {
  readonly name: string;
  readonly sheet: string;
  /** A1 address on `sheet` without "$" ("B7" or "B7:D9") */
  readonly range: string;
}

export interface WorkbookSnapshot {
  readonly sheets: readonly SheetSnapshot[];
  readonly names: readonly NameSnapshot[];
}
