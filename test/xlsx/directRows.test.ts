/**
 * Rows written directly (src/xlsx/directRows.ts) give the workbook ExcelJS writes cell by cell: openpyxl reads
 * the same value or formula, number format, fill, font, wrapping, lock and row height in every cell of both
 * files, the cached results read the same, and the direct one passes the ECMA-376 schemas and Excel's rules.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { PlannedCell, SheetPlan } from "../../src/domain/templates/sheetPlan";
import { buildOptions } from "../../src/domain/templates/specs/options";
import { optionParameters } from "../../src/domain/templates/specs/optionShared";
import { splitDirectRows, type SplitPlan } from "../../src/xlsx/directRows";
import { planToXlsx } from "../../src/xlsx/writePlan";
import { openpyxlPython } from "./openpyxl";
import { OPTION_ROWS, SAMPLE_PARAMETERS } from "./optionRows.fixture";
import { checkXlsxSchemas, excelRuleProblems } from "./schemaCheck";

jest.setTimeout(120000);

const ROWS = 300;

/**
 * A list sheet: a title, a header, ROWS rows of texts, numbers, empty inputs, flags and formulas (results of
 * every type, none, and a text needing escapes; a custom function), a wrapped input, a total formula.
 */
function listPlan(): SheetPlan {
  const cells: PlannedCell[] = [
    { row: 0, col: 0, role: "title", value: "企业汇总" },
    { row: 1, col: 0, role: "header", value: "企业" },
    { row: 1, col: 1, role: "header", value: "数值" },
    { row: 1, col: 2, role: "header", value: "空" },
    { row: 1, col: 3, role: "header", value: "标志" },
    { row: 1, col: 4, role: "header", value: "计算" },
    { row: 1, col: 5, role: "header", value: "说明" },
  ];
  const results = [12.5, 'a < b & "c"', true, null, 0.000001];
  for (let i = 0; i < ROWS; i++) {
    const row = 2 + i;
    cells.push(
      { row, col: 0, role: "label", value: i % 7 === 3 ? ` 企业 <${i}> & "甲"\u0001 ` : `企业${i}` },
      { row, col: 1, role: "input", value: i % 5 === 0 ? null : i * 1.25 - 3, numberFormat: "#,##0.00" },
      { row, col: 2, role: "input", value: i % 3 === 0 ? "" : null },
      { row, col: 3, role: "note", value: i % 2 === 0 },
      i % 11 === 4
        ? { row, col: 4, role: "computed", formula: `GREEN.SCORE(B${row + 1},1)`, cached: 3 }
        : {
            row,
            col: 4,
            role: "computed",
            formula: `IF(B${row + 1}>0,B${row + 1}*2,"<无>")`,
            cached: results[i % results.length] ?? null,
            numberFormat: "0.00",
          },
      { row, col: 5, role: "input", value: i % 4 === 1 ? "较长的一段说明文字" : null, wrap: i % 4 === 1 },
    );
  }
  cells.push({ row: ROWS + 2, col: 1, role: "total", formula: `SUM(B3:B${ROWS + 2})`, cached: 0, numberFormat: "0.0" });
  return {
    templateId: "enterprises",
    sheetName: "企业汇总",
    lang: "zh-CN",
    mode: "native",
    cells,
    columnWidths: [20, 12, 8, 8, 10, 10],
    merges: ["A1:F1"],
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
        out.append([c.coordinate, c.value, c.number_format, c.fill.fgColor.rgb, c.font.b, c.font.color.rgb if c.font.color else None, c.protection.locked, c.alignment.wrap_text])
cached = openpyxl.load_workbook(sys.argv[1], data_only=True)["企业汇总"]
results = [[c.coordinate, c.value] for row in cached.iter_rows() for c in row if c.data_type != "n" or c.value is not None]
heights = {r: d.height for r, d in ws.row_dimensions.items() if d.height}
json.dump({"cells": out, "results": results, "heights": heights, "dimension": ws.dimensions}, sys.stdout, ensure_ascii=False, default=str)
`;

async function openpyxlCells(bytes: Uint8Array): Promise<unknown> {
  const file = join(mkdtempSync(join(tmpdir(), "green-direct-")), "book.xlsx");
  writeFileSync(file, bytes);
  const { stdout } = await promisify(execFile)(openpyxlPython(), ["-c", READ_CELLS, file], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout);
}

test("the rows after the first of each style are written directly, formulas with them", () => {
  const split = splitDirectRows(listPlan());
  // the title (merged), the header and the first list rows (examples of each style) stay with ExcelJS
  expect(split.rows.length).toBeGreaterThan(ROWS - 5);
  expect(split.rows.some((r) => r.cells.some((c) => c.formula !== undefined))).toBe(true);
  // the total's style (its role) first appears on its row: that row is its example, written by ExcelJS
  expect(split.plan.cells.some((c) => c.role === "total")).toBe(true);
  expect(split.plan.cells.filter((c) => c.row === 0)).toHaveLength(1);
  expect(split.plan.rowHeights).toEqual([]);
  expect(split.rows.find((r) => r.row === 9)?.height).toBe(30);
});

test("a sheet with direct rows reads as the one ExcelJS writes cell by cell, and is valid", async () => {
  const plan = listPlan();
  const cellByCell = await planToXlsx([plan], { directRows: [] });
  const direct = await planToXlsx([plan], { directRows: ["enterprises"] });
  const expected = await openpyxlCells(cellByCell);
  expect(await openpyxlCells(direct)).toEqual(expected);
  expect((expected as { cells: unknown[] }).cells.length).toBeGreaterThan(4 * ROWS);
  expect((await checkXlsxSchemas(direct)).errors).toEqual([]);
  expect(excelRuleProblems(direct)).toEqual([]);
});

/** The options sheet of `count` option rows, cycled from the sample's rows, as the bench builds it. */
function optionsPlan(count: number): SheetPlan {
  const options = Array.from({ length: count }, (_, i) => {
    const row = OPTION_ROWS[i % OPTION_ROWS.length] ?? {};
    return { ...row, name: `${String(row.name)} ${i + 1}` };
  });
  return buildOptions(
    { lang: "zh-CN", mode: "native", years: [2021, 2022, 2023, 2024], nameSuffix: "", rows: { options } },
    optionParameters(SAMPLE_PARAMETERS),
  );
}

test("the options sheet's rows beyond the first few are written directly, however many there are", () => {
  const small = splitDirectRows(optionsPlan(100));
  const large = splitDirectRows(optionsPlan(400));
  // what goes cell by cell through ExcelJS (the sheet's head and the examples of each style) does not grow
  expect(large.plan.cells.length).toBe(small.plan.cells.length);
  expect(large.examples).toEqual(small.examples);
  // every further option row is one direct row, formulas with it: 300 more rows of as many cells each
  expect(large.rows.length - small.rows.length).toBe(300);
  const cellsOf = (split: SplitPlan) => split.rows.map((r) => r.cells.length);
  expect(new Set(cellsOf(large).slice(-300))).toEqual(new Set(cellsOf(small).slice(-1)));
  expect(large.rows.at(-1)?.cells.some((c) => c.formula !== undefined)).toBe(true);
});
