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
  const groups = new Map<string, { first: F; findings: F[] }>();
  for (const f of findings) {
    const key = `${f.severity}\u0000${f.code}\u0000${f.sheet}`;
    const group = groups.get(key);
    if (group) group.findings.push(f);
    else groups.set(key, { first: f, findings: [f] });
  }
  return [...groups.values()].map(({ first, findings: list }) => ({
    code: first.code,
    severity: first.severity,
    sheet: first.sheet,
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
    const [, column, row] = A1.exec(cell.toUpperCase()) ?? [];
    if (column === undefined) {
      if (cell && !other.includes(cell)) other.push(cell);
      continue;
    }
    const rows = rowsByColumn.get(column) ?? rowsByColumn.set(column, new Set()).get(column);
    rows?.add(Number(row));
  }
  const ranges: string[] = [];
  for (const [column, set] of rowsByColumn) {
    const runs: { start: number; end: number }[] = [];
    for (const row of [...set].sort((x, y) => x - y)) {
      const last = runs[runs.length - 1];
      if (last && row === last.end + 1) last.end = row;
      else runs.push({ start: row, end: row });
    }
    for (const { start, end } of runs)
      ranges.push(start === end ? `${column}${start}` : `${column}${start}:${column}${end}`);
  }
  return [...ranges, ...other];
}

/** "评价指标!P7:P37, D5" — where a group is, for one line of text. */
export function groupPlace(group: { readonly sheet: string; readonly cells: readonly string[] }): string {
  if (group.cells.length === 0) return group.sheet;
  return group.sheet ? `${group.sheet}!${group.cells.join(", ")}` : group.cells.join(", ");
}
