/**
 * The workbook's dependency graph from formula references (same-sheet A1 cells and ranges,
 * sheet-qualified references, defined names), for reporting root causes only (SPEC §5).
 */
import { parseCell, parseRange } from "../templates/a1";
import { formulaReferences } from "./formulaRefs";
import type { WorkbookSnapshot } from "./snapshot";

/** A node: "<sheet>\u0000<row>,<col>" (0-based). */
export type NodeId = string;
export const nodeId = (sheet: string, row: number, col: number): NodeId => `${sheet}\u0000${row},${col}`;

export interface DependencyGraph {
  precedents(node: NodeId): readonly NodeId[];
  dependents(node: NodeId): readonly NodeId[];
  isFormula(node: NodeId): boolean;
}

/** Ranges larger than this are not expanded cell by cell (a whole-column reference is no template's). */
const MAX_RANGE_CELLS = 20000;

export function buildDependencyGraph(snapshot: WorkbookSnapshot): DependencyGraph {
  const names = new Map(snapshot.names.map((n) => [n.name.toUpperCase(), n]));
  const isName = (name: string) => names.has(name.toUpperCase());
  const precedents = new Map<NodeId, NodeId[]>();
  const dependents = new Map<NodeId, NodeId[]>();
  const formulas = new Set<NodeId>();
  const add = (sheet: string, range: { top: number; left: number; bottom: number; right: number }, into: Set<NodeId>) => {
    if ((range.bottom - range.top + 1) * (range.right - range.left + 1) > MAX_RANGE_CELLS) return;
    for (let r = range.top; r <= range.bottom; r++) for (let c = range.left; c <= range.right; c++) into.add(nodeId(sheet, r, c));
  };
  for (const sheet of snapshot.sheets) {
    for (const [address, cell] of sheet.cells) {
      if (cell.formula === undefined) continue;
      const at = parseCell(address);
      if (!at) continue;
      const id = nodeId(sheet.name, at.row, at.col);
      formulas.add(id);
      const { refs, names: used } = formulaReferences(cell.formula, isName);
      const into = new Set<NodeId>();
      for (const ref of refs) add(ref.sheet ?? sheet.name, ref.range, into);
      for (const name of used) {
        const target = names.get(name.toUpperCase());
        const range = target ? parseRange(target.range) : undefined;
        if (target && range) add(target.sheet, range, into);
      }
      into.delete(id);
      const list = [...into];
      precedents.set(id, list);
      for (const p of list) (dependents.get(p) ?? dependents.set(p, []).get(p) ?? []).push(id);
    }
  }
  return {
    precedents: (node) => precedents.get(node) ?? [],
    dependents: (node) => dependents.get(node) ?? [],
    isFormula: (node) => formulas.has(node),
  };
}
