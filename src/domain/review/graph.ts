/**
 * The workbook's dependency graph from formula references (same-sheet A1 cells and ranges,
 * sheet-qualified references, defined names), for reporting root causes only (SPEC §5).
 */
import { cellAddress, parseCell, parseRange } from "../templates/a1";
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

/**
 * Lazy: a formula is parsed when its precedents are first asked for, and the reverse index (dependents)
 * is built on first use — a workbook without discrepancies never pays for the graph.
 */
export function buildDependencyGraph(snapshot: WorkbookSnapshot): DependencyGraph {
  const names = new Map(snapshot.names.map((n) => [n.name.toUpperCase(), n]));
  const isName = (name: string) => names.has(name.toUpperCase());
  const sheets = new Map(snapshot.sheets.map((s) => [s.name, s]));
  const cache = new Map<NodeId, NodeId[]>();
  let reverse: Map<NodeId, NodeId[]> | undefined;
  const expand = (sheet: string, range: { top: number; left: number; bottom: number; right: number }, into: Set<NodeId>) => {
    if ((range.bottom - range.top + 1) * (range.right - range.left + 1) > MAX_RANGE_CELLS) return;
    for (let r = range.top; r <= range.bottom; r++) for (let c = range.left; c <= range.right; c++) into.add(nodeId(sheet, r, c));
  };
  const formulaOf = (node: NodeId): { sheet: string; formula: string } | undefined => {
    const [sheet, position] = node.split("\u0000");
    const [row, col] = position.split(",").map(Number);
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
      for (const ref of refs) expand(ref.sheet ?? found.sheet, ref.range, into);
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
  const dependents = (node: NodeId): NodeId[] => {
    if (!reverse) {
      reverse = new Map();
      for (const sheet of snapshot.sheets) {
        for (const [address, cell] of sheet.cells) {
          const at = cell.formula === undefined ? undefined : parseCell(address);
          if (!at) continue;
          const id = nodeId(sheet.name, at.row, at.col);
          for (const p of precedents(id)) (reverse.get(p) ?? reverse.set(p, []).get(p) ?? []).push(id);
        }
      }
    }
    return reverse.get(node) ?? [];
  };
  return { precedents, dependents, isFormula: (node) => formulaOf(node) !== undefined };
}
