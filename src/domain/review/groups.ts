/**
 * Repeated findings grouped so a reviewer reads one line per problem: findings of the same code, severity
 * and sheet become one group with a count and the cells listed (contiguous cells of a column as a range,
 * P7:P37). Groups keep the findings' order (worst first, then by sheet and row: see sortFindings).
 */

/** What grouping needs of a finding; the pane's and the engine's findings both fit. */
export interface GroupableFinding {
  readonly code: string;
  readonly severity: string;
  readonly sheet: string;
  readonly cell: string;
}

export interface FindingGroup<F extends GroupableFinding> {
  readonly code: F["code"];
  readonly severity: F["severity"];
  readonly sheet: string;
  readonly findings: readonly F[];
  /** the findings' cells (without repeats), compacted into ranges: ["P7:P37", "D5"] */
  readonly cells: readonly string[];
}

export function groupFindings<F extends GroupableFinding>(findings: readonly F[]): FindingGroup<F>[] {
  const groups = new Map<string, F[]>();
  for (const f of findings) {
    const key = `${f.severity}\u0000${f.code}\u0000${f.sheet}`;
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.values()].map((list) => ({
    code: list[0].code,
    severity: list[0].severity,
    sheet: list[0].sheet,
    findings: list,
    cells: compactCells(list.map((f) => f.cell)),
  }));
}

const A1 = /^([A-Z]{1,3})(\d+)$/;

/** A1 addresses as ranges of consecutive rows per column, columns in order of first appearance. */
export function compactCells(cells: readonly string[]): string[] {
  const rowsByColumn = new Map<string, Set<number>>();
  const other: string[] = [];
  for (const cell of cells) {
    const m = A1.exec(cell.toUpperCase());
    if (!m) {
      if (cell && !other.includes(cell)) other.push(cell);
      continue;
    }
    const rows = rowsByColumn.get(m[1]) ?? rowsByColumn.set(m[1], new Set()).get(m[1]);
    rows?.add(Number(m[2]));
  }
  const ranges: string[] = [];
  for (const [column, set] of rowsByColumn) {
    const rows = [...set].sort((a, b) => a - b);
    let start = rows[0];
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && rows[i] === rows[i - 1] + 1) continue;
      const end = rows[i - 1];
      ranges.push(start === end ? `${column}${start}` : `${column}${start}:${column}${end}`);
      start = rows[i];
    }
  }
  return [...ranges, ...other];
}

/** "评价指标!P7:P37, D5" — where a group is, for one line of text. */
export function groupPlace(group: { readonly sheet: string; readonly cells: readonly string[] }): string {
  if (group.cells.length === 0) return group.sheet;
  return group.sheet ? `${group.sheet}!${group.cells.join(", ")}` : group.cells.join(", ");
}
