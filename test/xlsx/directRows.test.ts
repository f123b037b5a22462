/**
 * Rows of constants written directly (src/xlsx/directRows.ts) give the workbook ExcelJS writes cell by cell:
 * openpyxl reads the same value, number format, fill, font, lock and row height in every cell of both files, and
 * the direct one passes the ECMA-376 schemas and Excel's rules.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { PlannedCell, SheetPlan } from "../../src/domain/templates/sheetPlan";
import { splitDirectRows } from "../../src/xlsx/directRows";
import { planToXlsx } from "../../src/xlsx/writePlan";
import { openpyxlPython } from "./openpyxl";
import { checkXlsxSchemas, excelRuleProblems } from "./schemaCheck";

jest.setTimeout(120000);

const ROWS = 300;

/** A list sheet: a title, a header, ROWS rows of texts, numbers, empty inputs and flags, a total formula. */
function listPlan(): SheetPlan {
  const cells: PlannedCell[] = [
    { row: 0, col: 0, role: "title", value: "企业汇总" },
    { row: 1, col: 0, role: "header", value: "企业" },
    { row: 1, col: 1, role: "header", value: "数值" },
    { row: 1, col: 2, role: "header", value: "空" },
    { row: 1, col: 3, role: "header", value: "标志" },
  ];
  for (let i = 0; i < ROWS; i++) {
    const row = 2 + i;
    cells.push(
      { row, col: 0, role: "label", value: i % 7 === 3 ? ` 企业 <${i}> & "甲"\u0001 ` : `企业${i}` },
      { row, col: 1, role: "input", value: i % 5 === 0 ? null : i * 1.25 - 3, numberFormat: "#,##0.00" },
      { row, col: 2, role: "input", value: i % 3 === 0 ? "" : null },
      { row, col: 3, role: "note", value: i % 2 === 0 },
    );
  }
  cells.push({ row: ROWS + 2, col: 1, role: "total", formula: `SUM(B3:B${ROWS + 2})`, cached: 0, numberFormat: "0.0" });
  return {
    templateId: "enterprises",
    sheetName: "企业汇总",
    lang: "zh-CN",
    mode: "native",
    cells,
    columnWidths: [20, 12, 8, 8],
    merges: ["A1:D1"],
    hiddenColumns: [],
    freeze: { rows: 2, columns: 1 },
    validations: [
      { range: `B3:C${ROWS + 2}`, rule: { kind: "decimal", min: 0 }, error: { title: "无效", message: "≥ 0" } },
    ],
    conditionalFormats: [],
    names: [{ name: "GREEN_ENTSUM_TEST", range: `B3:B${ROWS + 2}` }],
    regions: [],
    rowHeights: [{ row: 9, height: 30 }],
    print: { landscape: true, fitToWidth: true },
  } as SheetPlan;
}

const READ_CELLS = `
import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["企业汇总"]
out = []
for row in ws.iter_rows():
    for c in row:
        out.append([c.coordinate, c.value, c.number_format, c.fill.fgColor.rgb, c.font.b, c.font.color.rgb if c.font.color else None, c.protection.locked])
heights = {r: d.height for r, d in ws.row_dimensions.items() if d.height}
json.dump({"cells": out, "heights": heights, "dimension": ws.dimensions}, sys.stdout, ensure_ascii=False, default=str)
`;

async function openpyxlCells(bytes: Uint8Array): Promise<unknown> {
  const file = join(mkdtempSync(join(tmpdir(), "green-direct-")), "book.xlsx");
  writeFileSync(file, bytes);
  const { stdout } = await promisify(execFile)(openpyxlPython(), ["-c", READ_CELLS, file], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout);
}

test("the rows of constants after the first of each style are written directly", () => {
  const split = splitDirectRows(listPlan());
  // the title (merged), the header, the first list rows (examples of each style) and the formula row stay
  expect(split.rows.length).toBeGreaterThan(ROWS - 5);
  expect(split.plan.cells.some((c) => c.formula !== undefined)).toBe(true);
  expect(split.plan.cells.filter((c) => c.row === 0)).toHaveLength(1);
  expect(split.plan.rowHeights).toEqual([]);
  expect(split.rows.find((r) => r.row === 9)?.height).toBe(30);
});

test("a sheet with direct rows reads as the one ExcelJS writes cell by cell, and is valid", async () => {
  const plan = listPlan();
  const cellByCell = await planToXlsx([plan]);
  const direct = await planToXlsx([plan], { directRows: ["enterprises"] });
  const expected = await openpyxlCells(cellByCell);
  expect(await openpyxlCells(direct)).toEqual(expected);
  expect((expected as { cells: unknown[] }).cells.length).toBeGreaterThan(4 * ROWS);
  expect((await checkXlsxSchemas(direct)).errors).toEqual([]);
  expect(excelRuleProblems(direct)).toEqual([]);
});
