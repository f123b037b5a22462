/**
 * A SheetPlan as Office.js writes it: whole 2D blocks (formulas, number formats) over the plan's bounding
 * box and one address list per cell role, so the number of API calls depends on the plan's shape, not
 * on its row count, and no call needs a sync (docs/architecture.md).
 */
import { rangeAddress } from "../domain/templates/a1";
import type { CellRole, CellValue, PlannedCell, SheetPlan } from "../domain/templates/sheetPlan";

/** Excel on the web refuses requests over 5 MB; stay well under it, JSON overhead included. */
export const REQUEST_PAYLOAD_LIMIT = 4 * 1024 * 1024;
/** Excel's limit for the address text of one getRanges() call is 8 192 characters. */
const RANGE_AREAS_ADDRESS_LIMIT = 8000;

export type FormulaCell = string | number | boolean;

export interface Block {
  /** A1 address of the block on its sheet */
  readonly address: string;
  readonly top: number;
  readonly formulas: FormulaCell[][];
  readonly numberFormats: string[][];
  /** true where the cell is an input, whose value a refresh keeps */
  readonly inputs: boolean[][];
  /** true where the plan puts a cell; a refresh keeps what the workbook holds elsewhere */
  readonly planned: boolean[][];
  /** estimated request bytes */
  readonly bytes: number;
}

/** What a cell holds in the `formulas` array: "=…" for a formula, the constant otherwise, "" for empty. */
export function formulaCell(cell: PlannedCell | undefined): FormulaCell {
  if (!cell) return "";
  if (cell.formula !== undefined) return `=${cell.formula}`;
  return constantCell(cell.value);
}

function constantCell(v: CellValue | undefined): FormulaCell {
  if (v === null || v === undefined) return "";
  // text that looks like a formula must stay text
  if (typeof v === "string" && /^[=+\-@]/.test(v)) return `'${v}`;
  return v;
}

export function boundingBox(plan: SheetPlan): { rows: number; columns: number } {
  let rows = 0;
  let columns = plan.columnWidths.length;
  for (const cell of plan.cells) {
    rows = Math.max(rows, cell.row + 1);
    columns = Math.max(columns, cell.col + 1);
  }
  return { rows, columns };
}

function grid(plan: SheetPlan): (PlannedCell | undefined)[][] {
  const { rows, columns } = boundingBox(plan);
  const cells: (PlannedCell | undefined)[][] = Array.from({ length: rows }, () =>
    new Array<PlannedCell | undefined>(columns).fill(undefined),
  );
  for (const cell of plan.cells) (cells[cell.row] ??= [])[cell.col] = cell;
  return cells;
}

/** Estimated request bytes of a block (its JSON), for chunking under REQUEST_PAYLOAD_LIMIT. */
export function payloadBytes(formulas: FormulaCell[][], numberFormats: string[][]): number {
  return JSON.stringify(formulas).length * 2 + JSON.stringify(numberFormats).length;
}

/**
 * The plan's cells as row blocks, each small enough for one request. One block for any ordinary
 * template; a huge one is cut into row bands.
 */
export function planBlocks(plan: SheetPlan, limit = REQUEST_PAYLOAD_LIMIT): Block[] {
  const cells = grid(plan);
  const { columns } = boundingBox(plan);
  if (cells.length === 0 || columns === 0) return [];
  const formulas = cells.map((row) => row.map(formulaCell));
  const numberFormats = cells.map((row) => row.map((cell) => cell?.numberFormat ?? "General"));
  const inputs = cells.map((row) => row.map((cell) => cell?.role === "input"));
  const planned = cells.map((row) => row.map((cell) => cell !== undefined));
  const total = payloadBytes(formulas, numberFormats);
  const rowsPerBlock = total <= limit ? cells.length : Math.max(1, Math.floor((limit * cells.length) / total));
  const blocks: Block[] = [];
  for (let top = 0; top < cells.length; top += rowsPerBlock) {
    const bottom = Math.min(cells.length, top + rowsPerBlock) - 1;
    const band = { formulas: formulas.slice(top, bottom + 1), numberFormats: numberFormats.slice(top, bottom + 1) };
    blocks.push({
      address: rangeAddress(top, 0, bottom, columns - 1),
      top,
      ...band,
      inputs: inputs.slice(top, bottom + 1),
      planned: planned.slice(top, bottom + 1),
      bytes: payloadBytes(band.formulas, band.numberFormats),
    });
  }
  return blocks;
}

/** Cell addresses grouped by role, each group cut into getRanges()-sized address lists. */
export function roleAddresses(plan: SheetPlan): Map<CellRole, string[]> {
  const byRole = new Map<CellRole, string[]>();
  for (const [role, cells] of groupByRole(plan.cells)) {
    const lists: string[] = [];
    let current = "";
    for (const address of rowRuns(cells)) {
      const next = current ? `${current},${address}` : address;
      if (next.length > RANGE_AREAS_ADDRESS_LIMIT) {
        lists.push(current);
        current = address;
      } else current = next;
    }
    if (current) lists.push(current);
    byRole.set(role, lists);
  }
  return byRole;
}

function groupByRole(cells: readonly PlannedCell[]): Map<CellRole, PlannedCell[]> {
  const groups = new Map<CellRole, PlannedCell[]>();
  for (const cell of cells) {
    const group = groups.get(cell.role) ?? [];
    group.push(cell);
    groups.set(cell.role, group);
  }
  return groups;
}

/** Adjacent cells of one row merged into runs ("C5:F5"), to keep address lists short. */
function rowRuns(cells: readonly PlannedCell[]): string[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: { start: PlannedCell; end: PlannedCell }[] = [];
  for (const cell of sorted) {
    const last = runs[runs.length - 1];
    if (last && cell.row === last.end.row && cell.col === last.end.col + 1) last.end = cell;
    else runs.push({ start: cell, end: cell });
  }
  return runs.map(({ start, end }) => rangeAddress(start.row, start.col, end.row, end.col));
}
