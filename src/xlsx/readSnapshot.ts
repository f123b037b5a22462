/**
 * The ExcelJS adapter's reader: an .xlsx file into a WorkbookSnapshot for the review (issue 5). Formula
 * results are read through `cell.result`: ExcelJS's `cell.value` drops falsy results (0, FALSE).
 */
import ExcelJS from "exceljs";
import type { NameSnapshot, SheetSnapshot, SnapshotCell, WorkbookSnapshot } from "../domain/review/snapshot";
import type { CellValue } from "../domain/templates/sheetPlan";
import { fromStoredFormula } from "./customFunctionNames";

function scalar(value: unknown): CellValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("error" in value) return String((value as { error: unknown }).error);
    if ("richText" in value) return (value as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join("");
    if ("text" in value) return String((value as { text: unknown }).text);
  }
  return String(value);
}

function cellOf(cell: ExcelJS.Cell): SnapshotCell | undefined {
  if (cell.type === ExcelJS.ValueType.Formula) {
    const formula = cell.formula ? fromStoredFormula(cell.formula) : undefined;
    return formula ? { value: scalar(cell.result), formula } : { value: scalar(cell.result) };
  }
  if (cell.type === ExcelJS.ValueType.Null || cell.type === ExcelJS.ValueType.Merge) return undefined;
  return { value: scalar(cell.value) };
}

function sheetOf(worksheet: ExcelJS.Worksheet): SheetSnapshot {
  const cells = new Map<string, SnapshotCell>();
  worksheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      const snapshot = cellOf(cell);
      if (snapshot) cells.set(cell.address, snapshot);
    });
  });
  return { name: worksheet.name, cells };
}

/** 'Sheet name'!$B$7 → { sheet, range } */
export function parseReference(reference: string): { sheet: string; range: string } | undefined {
  const match = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(reference.trim());
  if (!match) return undefined;
  return { sheet: (match[1] ?? match[2]).replace(/''/g, "'"), range: match[3].replace(/\$/g, "") };
}

function namesOf(workbook: ExcelJS.Workbook): NameSnapshot[] {
  const model = workbook.definedNames.model as { name: string; ranges: string[] }[];
  const names: NameSnapshot[] = [];
  for (const entry of model) {
    const first = entry.ranges[0];
    const ref = first ? parseReference(first) : undefined;
    if (ref) names.push({ name: entry.name, ...ref });
  }
  return names;
}

export function snapshotOf(workbook: ExcelJS.Workbook): WorkbookSnapshot {
  return { sheets: workbook.worksheets.map(sheetOf), names: namesOf(workbook) };
}

export async function readSnapshot(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return snapshotOf(workbook);
}
