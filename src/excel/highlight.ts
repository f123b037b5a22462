/**
 * Review findings shown in the workbook: each cell filled by the most severe finding on it, its fill from before
 * the first highlight kept so `clear` puts it back (no fill where there was none). Three syncs for either
 * operation whatever the number of cells; protection lifted and restored sheet by sheet.
 */
import type { Severity } from "../domain/review/types";
import { withoutProtection } from "./protection";

/** Fills of highlighted cells by severity (light enough to keep the text readable). */
const HIGHLIGHT_FILL: Record<Severity, string> = { error: "#F4B6B6", warning: "#FCE4A8", info: "#CFE3F7" };
/** Highlighting more cells than this would make one request too large; the first ones are shown. */
export const HIGHLIGHT_LIMIT = 500;
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface CellFinding {
  readonly sheet: string;
  readonly cell: string;
  readonly severity: Severity;
}

/** A cell's fill as read before highlighting; null: no fill. */
interface SavedFill {
  readonly color: string;
  readonly pattern: string;
  readonly patternColor: string;
}

function savedFill(fill: Excel.RangeFill): SavedFill | null {
  return fill.pattern === Excel.FillPattern.none
    ? null
    : { color: fill.color, pattern: fill.pattern, patternColor: fill.patternColor };
}

function restoreFill(range: Excel.Range, saved: SavedFill | null): void {
  if (saved === null) return range.format.fill.clear();
  range.format.fill.color = saved.color;
  if (saved.pattern !== Excel.FillPattern.solid) {
    range.format.fill.pattern = saved.pattern as Excel.FillPattern;
    range.format.fill.patternColor = saved.patternColor;
  }
}

/** The most severe finding per cell of a sheet that exists, at most HIGHLIGHT_LIMIT cells. */
function cellsToFill(findings: readonly CellFinding[], present: ReadonlySet<string>): [string, CellFinding][] {
  const targets = new Map<string, CellFinding>();
  for (const f of findings) {
    if (!present.has(f.sheet) || !f.cell) continue;
    const key = `${f.sheet}\u0000${f.cell}`;
    const current = targets.get(key);
    if (!current || RANK[f.severity] < RANK[current.severity]) targets.set(key, f);
  }
  return [...targets].slice(0, HIGHLIGHT_LIMIT);
}

async function sheetNamesPresent(context: Excel.RequestContext): Promise<Set<string>> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  return new Set(worksheets.items.map((w) => w.name));
}

/** Writes per sheet with the sheet's protection lifted around them: one sync to read protection, one to write. */
async function writePerSheet(
  context: Excel.RequestContext,
  sheetNames: readonly string[],
  write: (worksheet: Excel.Worksheet, name: string) => void,
): Promise<void> {
  const worksheets = context.workbook.worksheets;
  const sheets = sheetNames.map((name) => ({
    name,
    protection: worksheets.getItem(name).protection.load("protected,options"),
  }));
  if (sheets.length === 0) return;
  await context.sync();
  // sheet by sheet, so a sheet that cannot be unprotected leaves the sheets before it protected again
  for (const { name, protection } of sheets) {
    const worksheet = worksheets.getItem(name);
    withoutProtection(worksheet, protection, () => write(worksheet, name));
  }
  await context.sync();
}

export function createHighlighter() {
  /** cells highlighted so far: "sheet\u0000cell" → the fill to restore (null: no fill) */
  const highlighted = new Map<string, { sheet: string; cell: string; fill: SavedFill | null }>();

  async function highlight(context: Excel.RequestContext, findings: readonly CellFinding[]): Promise<number> {
    const worksheets = context.workbook.worksheets;
    const list = cellsToFill(findings, await sheetNamesPresent(context));
    const fills = list.map(([key, t]) => ({
      key,
      t,
      fill: worksheets.getItem(t.sheet).getRange(t.cell).format.fill.load("color,pattern,patternColor"),
    }));
    const sheets = [...new Set(list.map(([, t]) => t.sheet))].map((name) => ({
      name,
      protection: worksheets.getItem(name).protection.load("protected,options"),
    }));
    await context.sync();
    for (const { key, t, fill } of fills)
      if (!highlighted.has(key)) highlighted.set(key, { sheet: t.sheet, cell: t.cell, fill: savedFill(fill) });
    sheets.forEach(({ name, protection }) => {
      const worksheet = worksheets.getItem(name);
      withoutProtection(worksheet, protection, () => {
        for (const [, t] of list)
          if (t.sheet === name) worksheet.getRange(t.cell).format.fill.color = HIGHLIGHT_FILL[t.severity];
      });
    });
    await context.sync();
    return list.length;
  }

  async function clear(context: Excel.RequestContext): Promise<void> {
    const present = await sheetNamesPresent(context);
    const cells = [...highlighted.values()].filter((c) => present.has(c.sheet));
    await writePerSheet(context, [...new Set(cells.map((c) => c.sheet))], (worksheet, name) => {
      for (const c of cells) if (c.sheet === name) restoreFill(worksheet.getRange(c.cell), c.fill);
    });
    highlighted.clear();
  }

  return { highlight, clear };
}
