/**
 * The dependency graph the review needs to report root causes only (docs/review-codes.md, "How root causes
 * are found"): the precedents of template cells, read from their formulas (src/domain/review/formulaRefs),
 * and, among the cells in scope, which read which. A user's own formulas elsewhere in the workbook are
 * never parsed, however many there are.
 */
import { cellAddress, parseCell, parseRange, type RangeRef } from "../templates/a1";
import { formulaReferences, type FormulaReference } from "./formulaRefs";
import type { SheetSnapshot, WorkbookSnapshot } from "./snapshot";

/** A node: "<sheet>\u0000<row>,<col>" (0-based). */
export type NodeId = string;
export const nodeId = (sheet: string, row: number, col: number): NodeId => `${sheet}\u0000${row},${col}`;

export interface DependencyGraph {
  precedents(node: NodeId): readonly NodeId[];
  /** the cells in scope whose formulas read `node` */
  dependents(node: NodeId): readonly NodeId[];
  isFormula(node: NodeId): boolean;
}

/** Ranges larger than this are not expanded cell by cell (no template sums more cells than this). */
const MAX_RANGE_CELLS = 20000;

export function splitNode(node: NodeId): { sheet: string; row: number; col: number } {
  const [sheet = "", position = ""] = node.split("\u0000");
  const [row = NaN, col = NaN] = position.split(",").map(Number);
  return { sheet, row, col };
}

/** The last row and column holding a cell, so a whole column (A:A) stops where the sheet's content does. */
function extentOf(sheet: SheetSnapshot): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const address of sheet.cells.keys()) {
    const at = parseCell(address);
    if (!at) continue;
    if (at.row >= rows) rows = at.row + 1;
    if (at.col >= cols) cols = at.col + 1;
  }
  return { rows, cols };
}

/**
 * `scope`: the cells whose formulas are parsed for the reverse index (the template cells the review
 * compares). Precedents are read lazily, once per cell asked for.
 */
export function buildDependencyGraph(snapshot: WorkbookSnapshot, scope: Iterable<NodeId>): DependencyGraph {
  const names = new Map(snapshot.names.map((n) => [n.name.toUpperCase(), n]));
  const isName = (name: string) => names.has(name.toUpperCase());
  const sheets = new Map(snapshot.sheets.map((s) => [s.name, s]));
  const order = snapshot.sheets.map((s) => s.name);
  const extents = new Map<string, { rows: number; cols: number }>();
  const extent = (sheet: SheetSnapshot) =>
    extents.get(sheet.name) ?? extents.set(sheet.name, extentOf(sheet)).get(sheet.name) ?? { rows: 0, cols: 0 };
  const cache = new Map<NodeId, NodeId[]>();
  let reverse: Map<NodeId, NodeId[]> | undefined;

  const expand = (sheetName: string, range: RangeRef, into: Set<NodeId>) => {
    const sheet = sheets.get(sheetName);
    if (!sheet) return;
    const { rows, cols } = extent(sheet);
    const bottom = Math.min(range.bottom, rows - 1);
    const right = Math.min(range.right, cols - 1);
    // a range within the sheet's content, or a cell past it (an empty input still counts)
    const clipped = range.top === range.bottom && range.left === range.right ? range : { ...range, bottom, right };
    if (clipped.bottom < clipped.top || clipped.right < clipped.left) return;
    if ((clipped.bottom - clipped.top + 1) * (clipped.right - clipped.left + 1) > MAX_RANGE_CELLS) return;
    for (let r = clipped.top; r <= clipped.bottom; r++)
      for (let c = clipped.left; c <= clipped.right; c++) into.add(nodeId(sheetName, r, c));
  };
  /** The sheets a reference reaches: its own, the one named, or every sheet of a 3-D span in workbook order. */
  const sheetsOf = (ref: FormulaReference, own: string): string[] => {
    if (ref.sheet === undefined) return [own];
    if (ref.toSheet === undefined) return [ref.sheet];
    const from = order.indexOf(ref.sheet);
    const to = order.indexOf(ref.toSheet);
    return from < 0 || to < 0 ? [] : order.slice(Math.min(from, to), Math.max(from, to) + 1);
  };
  const formulaOf = (node: NodeId): { sheet: string; formula: string } | undefined => {
    const { sheet, row, col } = splitNode(node);
    const formula = sheets.get(sheet)?.cells.get(cellAddress(row, col))?.formula;
    return formula === undefined ? undefined : { sheet, formula };
  };
  const precedents = (node: NodeId): NodeId[] => {
    const cached = cache.get(node);
    if (cached) return cached;
    const found = formulaOf(node);
    const into = new Set<NodeId>();
    if (found) {
      const { refs, names: used } = formulaReferences(found.formula, isName);
      for (const ref of refs) for (const sheet of sheetsOf(ref, found.sheet)) expand(sheet, ref.range, into);
      for (const name of used) {
        const target = names.get(name.toUpperCase());
        const range = target ? parseRange(target.range) : undefined;
        if (target && range) expand(target.sheet, range, into);
      }
      into.delete(node);
    }
    const list = [...into];
    cache.set(node, list);
    return list;
  };
  const inScope = [...new Set(scope)];
  const dependents = (node: NodeId): NodeId[] => {
    if (!reverse) {
      reverse = new Map();
      for (const id of inScope)
        for (const p of precedents(id)) (reverse.get(p) ?? reverse.set(p, []).get(p) ?? []).push(id);
    }
    return reverse.get(node) ?? [];
  };
  return { precedents, dependents, isFormula: (node) => formulaOf(node) !== undefined };
}
