/**
 * Finds the template regions of a workbook again (docs/architecture.md, docs/review-codes.md): every defined name `GREEN_META_*` points at
 * its template's metadata cell — on whatever sheet it is now, under whatever name — and the hidden column
 * of that cell holds a row key "#<planRow>" on every planned row, so plan rows map to the workbook's rows
 * after rows were inserted or deleted.
 */
import { parseTemplateMetadata, type TemplateMetadata } from "../schema/templateMetadata";
import { cellAddress, parseCell, parseRange } from "../templates/a1";
import { planRowMap, planRowOfKey } from "../templates/templateLocation";
import { METADATA_NAME_PREFIX, type CellValue, type TemplateId } from "../templates/sheetPlan";
import type { SheetSnapshot, WorkbookSnapshot } from "./snapshot";
import { SheetGrid } from "./sheetGrid";

export interface LocatedTemplate {
  readonly id: TemplateId;
  readonly metaName: string;
  readonly sheet: SheetSnapshot;
  /** the sheet's cells by position (shared by the templates of one sheet) */
  readonly grid: SheetGrid;
  readonly metadata: TemplateMetadata;
  readonly metaRow: number;
  readonly metaCol: number;
  /** plan row → workbook row (0-based), from the row keys */
  readonly rows: ReadonlyMap<number, number>;
}

export interface BrokenTemplate {
  readonly metaName: string;
  readonly sheet: string;
  readonly cell: string;
  readonly problem: string;
}

export interface Located {
  /** template sets by name suffix ("" for the first copy) */
  readonly sets: ReadonlyMap<string, ReadonlyMap<TemplateId, LocatedTemplate>>;
  readonly broken: readonly BrokenTemplate[];
  /** whether the workbook has any GREEN_META_* name at all */
  readonly isGreenAudit: boolean;
}

export function valueAt(sheet: SheetSnapshot, row: number, col: number): CellValue | undefined {
  return sheet.cells.get(cellAddress(row, col))?.value;
}

/** The row-key cells of the metadata column, as (row, key) pairs. */
function* metadataColumn(sheet: SheetSnapshot, col: number): Generator<[number, unknown]> {
  for (const [address, cell] of sheet.cells) {
    if (planRowOfKey(cell.value) === undefined) continue;
    const where = parseCell(address);
    if (where && where.col === col) yield [where.row, cell.value];
  }
}

export function locateTemplates(snapshot: WorkbookSnapshot): Located {
  const metaNames = snapshot.names.filter((n) => n.name.toUpperCase().startsWith(METADATA_NAME_PREFIX));
  const sets = new Map<string, Map<TemplateId, LocatedTemplate>>();
  const broken: BrokenTemplate[] = [];
  const grids = new Map<SheetSnapshot, SheetGrid>();
  const gridOf = (sheet: SheetSnapshot) => {
    let grid = grids.get(sheet);
    if (grid === undefined) grids.set(sheet, (grid = new SheetGrid(sheet)));
    return grid;
  };
  for (const name of metaNames) {
    const sheet = snapshot.sheets.find((s) => s.name === name.sheet);
    const range = parseRange(name.range);
    const at = range ? { row: range.top, col: range.left } : undefined;
    if (!sheet || !at) {
      broken.push({
        metaName: name.name,
        sheet: name.sheet,
        cell: name.range,
        problem: `the name points at no cell (${name.sheet}!${name.range})`,
      });
      continue;
    }
    const parsed = parseTemplateMetadata(valueAt(sheet, at.row, at.col));
    if (!parsed.ok) {
      broken.push({
        metaName: name.name,
        sheet: sheet.name,
        cell: cellAddress(at.row, at.col),
        problem: parsed.problem,
      });
      continue;
    }
    const metadata = parsed.metadata;
    const rows = planRowMap(at.row, metadataColumn(sheet, at.col));
    const set = sets.get(metadata.nameSuffix) ?? new Map<TemplateId, LocatedTemplate>();
    sets.set(metadata.nameSuffix, set);
    if (set.has(metadata.templateId)) {
      broken.push({
        metaName: name.name,
        sheet: sheet.name,
        cell: cellAddress(at.row, at.col),
        problem: `a second ${metadata.templateId} template with the suffix "${metadata.nameSuffix}"`,
      });
      continue;
    }
    set.set(metadata.templateId, {
      id: metadata.templateId,
      metaName: name.name,
      sheet,
      grid: gridOf(sheet),
      metadata,
      metaRow: at.row,
      metaCol: at.col,
      rows,
    });
  }
  return { sets, broken, isGreenAudit: metaNames.length > 0 };
}
