/**
 * Quotes in cell text are written as themselves, as Excel writes them (src/xlsx/textQuotes.ts): XML 1.0 §2.4 asks
 * only `<` and `&` to be escaped in character data. Attribute values keep their escapes, and openpyxl reads the
 * same formulas, texts, names and validation messages.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { strFromU8, unzipSync } from "fflate";
import type { PlannedCell, SheetPlan } from "../../src/domain/templates/sheetPlan";
import { holdsCellText, literalQuotes } from "../../src/xlsx/textQuotes";
import { planToXlsx } from "../../src/xlsx/writePlan";
import { openpyxlPython } from "./openpyxl";
import { checkXlsxSchemas } from "./schemaCheck";

jest.setTimeout(120000);

test("element text loses its quote escapes; attribute values and other escapes keep theirs", () => {
  const xml =
    `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet><c r="A1" t="str"><f>IF(B1=&quot;&quot;,&quot;&apos;x&apos;&quot;,B1)</f>` +
    `<v>a &amp;quot; b &lt; c</v></c><dataValidation prompt="say &quot;yes&quot; &gt; no" sqref="A1">` +
    `<formula1>&quot;甲,乙&quot;</formula1></dataValidation></worksheet>`;
  expect(literalQuotes(xml)).toBe(
    `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet><c r="A1" t="str"><f>IF(B1="","'x'",B1)</f>` +
      `<v>a &amp;quot; b &lt; c</v></c><dataValidation prompt="say &quot;yes&quot; &gt; no" sqref="A1">` +
      `<formula1>"甲,乙"</formula1></dataValidation></worksheet>`,
  );
});

test("the parts that hold cells and names are the ones changed", () => {
  expect(
    ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet12.xml", "xl/sharedStrings.xml", "xl/workbook.xml"].every(
      holdsCellText,
    ),
  ).toBe(true);
  expect(
    ["xl/styles.xml", "xl/charts/chart1.xml", "[Content_Types].xml", "xl/worksheets/_rels/sheet1.xml.rels"].some(
      holdsCellText,
    ),
  ).toBe(false);
});

const FORMULA = 'IF(B2="","（空）",IF(B2>0,"正 \\"q\\"","负"))';

function plan(templateId: "enterprises" | "parameters", sheetName: string): SheetPlan {
  const cells: PlannedCell[] = [
    { row: 0, col: 0, role: "header", value: "名称 \"甲\" '乙'" },
    { row: 0, col: 1, role: "header", value: "数值" },
  ];
  for (let row = 1; row <= 20; row++)
    cells.push(
      { row, col: 0, role: "label", value: `企业 "${row}"` },
      { row, col: 1, role: "input", value: row - 10 },
      { row, col: 2, role: "computed", formula: FORMULA.replace(/B2/g, `B${row + 1}`), cached: row > 10 ? "正" : "负" },
    );
  return {
    templateId,
    sheetName,
    lang: "zh-CN",
    mode: "native",
    cells,
    columnWidths: [20, 12, 12],
    merges: [],
    hiddenColumns: [],
    freeze: { rows: 1, columns: 0 },
    validations: [
      {
        range: "B2:B21",
        rule: { kind: "decimal", min: -100 },
        prompt: { title: "数值", message: '填 "-100" 以上' },
        error: { title: "无效", message: 'not "a number" > -100' },
      },
    ],
    conditionalFormats: [],
    names: [{ name: `GREEN_TEST_${templateId.toUpperCase()}`, range: "B2" }],
    regions: [],
    rowHeights: [],
    print: { landscape: false, fitToWidth: true },
  } as SheetPlan;
}

const READ = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    out[ws.title] = {
        "cells": [[c.coordinate, c.value] for row in ws.iter_rows() for c in row if c.value is not None],
        "prompts": [[v.promptTitle, v.prompt, v.error] for v in ws.data_validations.dataValidation],
    }
names = wb.defined_names
pairs = names.items() if hasattr(names, "items") else [(d.name, d) for d in names.definedName]
out["names"] = {name: d.attr_text for name, d in pairs}
json.dump(out, sys.stdout, ensure_ascii=False)
`;

async function openpyxlRead(bytes: Uint8Array): Promise<Record<string, unknown>> {
  const file = join(mkdtempSync(join(tmpdir(), "green-quotes-")), "book.xlsx");
  writeFileSync(file, bytes);
  const { stdout } = await promisify(execFile)(openpyxlPython(), ["-c", READ, file]);
  return JSON.parse(stdout) as Record<string, unknown>;
}

test("a written workbook has quotes as themselves in its cells and names, and reads as written", async () => {
  // one sheet written cell by cell by ExcelJS, one with its rows written directly
  const bytes = await planToXlsx([plan("parameters", "参数 '一' 表"), plan("enterprises", "企业汇总")]);
  const parts = unzipSync(bytes);
  const texts = Object.entries(parts)
    .filter(([name]) => holdsCellText(name))
    .map(([name, data]) => [name, strFromU8(data)] as const);
  expect(texts.length).toBeGreaterThanOrEqual(3);
  for (const [, xml] of texts)
    for (const [, text] of xml.matchAll(/>([^<]*)</g)) expect(text).not.toMatch(/&(quot|apos);/);
  const sheets = texts.filter(([name]) => name.startsWith("xl/worksheets/")).map(([, xml]) => xml);
  expect(sheets.every((xml) => xml.includes(`<f>IF(B2="","（空）",IF(B2&gt;0,"正 \\"q\\"","负"))</f>`))).toBe(true);
  // in attributes the quotes stay escaped
  expect(sheets.every((xml) => xml.includes('prompt="填 &quot;-100&quot; 以上"'))).toBe(true);

  const read = await openpyxlRead(bytes);
  for (const sheet of ["参数 '一' 表", "企业汇总"]) {
    const { cells, prompts } = read[sheet] as { cells: [string, unknown][]; prompts: unknown[] };
    expect(cells).toContainEqual(["A1", "名称 \"甲\" '乙'"]);
    expect(cells).toContainEqual(["A21", '企业 "20"']);
    expect(cells).toContainEqual(["C2", `=${FORMULA}`]);
    expect(cells).toContainEqual(["C21", `=${FORMULA.replace(/B2/g, "B21")}`]);
    expect(prompts).toEqual([["数值", '填 "-100" 以上', 'not "a number" > -100']]);
  }
  expect(read["names"]).toEqual({
    GREEN_TEST_PARAMETERS: "'参数 ''一'' 表'!$B$2",
    GREEN_TEST_ENTERPRISES: "'企业汇总'!$B$2",
  });
  expect((await checkXlsxSchemas(bytes)).errors).toEqual([]);
});
