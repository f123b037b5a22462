/**
 * The reference the bounded reader is held equal to (test/xlsx/fastSnapshot.test.ts): ExcelJS 4.4 loading
 * the workbook without the worksheet parts the review never reads, its cells and names turned into a
 * WorkbookSnapshot. Tests only: the product never reads a user's file with ExcelJS (it inflates every entry
 * and expands defined names cell by cell).
 */
import ExcelJS from "exceljs";
import type { NameSnapshot, SheetSnapshot, SnapshotCell, WorkbookSnapshot } from "../../src/domain/review/snapshot";
import type { CellValue } from "../../src/domain/templates/sheetPlan";
import { fromStoredFormula } from "../../src/xlsx/customFunctionNames";
import { parseReference } from "../../src/xlsx/reference";

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

const NOT_REVIEWED = [
  "dataValidations",
  "conditionalFormatting",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "mergeCells",
  "pageMargins",
  "pageSetup",
  "printOptions",
  "headerFooter",
  "sheetProtection",
  "extLst",
  "rowBreaks",
];

export async function readWithExcelJS(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer, { ignoreNodes: NOT_REVIEWED });
  return { sheets: workbook.worksheets.map(sheetOf), names: namesOf(workbook) };
}
