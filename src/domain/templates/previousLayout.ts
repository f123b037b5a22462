/**
 * Where the previous version put each input (docs/data-file.md "Upgrading a workbook"): the keyed input cells of
 * every template as version 0.1.0 planned them (metadata version 1), recorded from that version's builders
 * into previousLayout.json — fixed cells as [row, col, key], list columns as [key prefix, col, first row] with
 * the row of entry n at first row + n − 1. Reading a workbook of that version through this layout finds every
 * typed value by its key, whatever columns and rows the current templates add.
 */
import LAYOUT from "./previousLayout.json";
import type { PlannedCell, SheetPlan, TemplateId } from "./sheetPlan";
import { evidenceKey } from "./specs/indicators";

/** The metadata version of workbooks made by the previous version (the current one writes METADATA_VERSION). */
export const PREVIOUS_METADATA_VERSION = 1;

interface StoredLayout {
  readonly fixed: readonly (readonly [number, number, string])[];
  readonly lists: readonly (readonly [string, number, number])[];
  readonly capacity?: number;
}

const STORED = LAYOUT as unknown as Readonly<Record<string, StoredLayout>>;

/**
 * Inputs whose key changed since the previous version: the keys the value goes to now. The data sheet's typed
 * CO₂ is the reported figure. 评价指标 had one
 * explanation column for the three years; 《北京市工业园区绿色诊断工作指南》附件2-1-2 has 评价情况说明 for years 2 and 3, so
 * the explanation goes to both.
 */
const MOVED: Partial<Record<TemplateId, (key: string) => readonly string[] | undefined>> = {
  // the CO₂ the park typed is its reported figure now; the data sheet computes the one used from the inventory
  // (docs/templates.md#carbon-inventory)
  data: (key) => {
    const [, k] = /^data:co2:(\d)$/.exec(key) ?? [];
    return k === undefined ? undefined : [`data:co2_reported:${k}`];
  },
  indicators: (key) => {
    const [, id] = /^explanation:(.+)$/.exec(key) ?? [];
    return id === undefined ? undefined : [evidenceKey(id, 2), evidenceKey(id, 3)];
  },
};

/**
 * The input cells of a template as the previous version planned them, for `capacity` list rows (the metadata's,
 * else that version's own), each with the value the current template starts from for the same key.
 */
export function previousInputCells(
  id: TemplateId,
  current: SheetPlan | undefined,
  capacity?: number,
): PlannedCell[] | undefined {
  const stored = STORED[id] as StoredLayout | undefined;
  if (!stored) return undefined;
  const start = new Map((current?.cells ?? []).filter((c) => c.key !== undefined).map((c) => [c.key, c.value]));
  const cell = (row: number, col: number, key: string): PlannedCell => ({
    row,
    col,
    key,
    role: "input",
    value: start.get(key) ?? null,
  });
  const moved = MOVED[id];
  const cells = stored.fixed.flatMap(([row, col, key]) => (moved?.(key) ?? [key]).map((k) => cell(row, col, k)));
  const rows = capacity ?? stored.capacity ?? 0;
  for (const [prefix, col, first] of stored.lists)
    for (let n = 1; n <= rows; n++) cells.push(cell(first + n - 1, col, `${prefix}${n}`));
  return cells;
}

/** The plan the previous version's inputs are read through: the current plan with the previous input cells. */
export function previousLayoutPlan(id: TemplateId, current: SheetPlan, capacity?: number): SheetPlan {
  const inputs = previousInputCells(id, current, capacity) ?? [];
  return { ...current, cells: [...current.cells.filter((c) => c.role !== "input"), ...inputs] };
}

/** Whether a template's inputs sit where the previous version put them (then refreshing in place is safe). */
export function sameInputLayout(id: TemplateId, current: SheetPlan, capacity?: number): boolean {
  const previous = previousInputCells(id, current, capacity);
  if (!previous) return false;
  const place = (c: PlannedCell) => `${c.row},${c.col},${c.key}`;
  const now = new Set(current.cells.filter((c) => c.role === "input" && c.key !== undefined).map(place));
  return previous.length === now.size && previous.every((c) => now.has(place(c)));
}
