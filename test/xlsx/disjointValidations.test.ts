/**
 * A sheet's validations become disjoint rectangles (a cell holds one validation in Excel's model); where
 * plan validations overlap the last one listed holds the cell, as when Office.js applies them in turn.
 */
import fc from "fast-check";
import { strFromU8, unzipSync } from "fflate";
import { rangeAddress } from "../../src/domain/templates/a1";
import type { SheetPlan } from "../../src/domain/templates/sheetPlan";
import { disjointValidations } from "../../src/xlsx/disjointValidations";
import { planToXlsx } from "../../src/xlsx/writePlan";
import { excelRuleProblems } from "./schemaCheck";

const rect = fc
  .record({
    top: fc.integer({ min: 0, max: 12 }),
    left: fc.integer({ min: 0, max: 6 }),
    height: fc.integer({ min: 1, max: 6 }),
    width: fc.integer({ min: 1, max: 4 }),
  })
  .map(({ top, left, height, width }) => ({ top, left, bottom: top + height - 1, right: left + width - 1 }));

test("the pieces are disjoint, cover the same cells, and each cell keeps the last validation listed over it", () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(rect, fc.integer({ min: 0, max: 2 })), { minLength: 1, maxLength: 8 }), (items) => {
      const input = items.map(([r, kind]) => ({
        range: rangeAddress(r.top, r.left, r.bottom, r.right),
        validation: `v${kind}`,
      }));
      const pieces = disjointValidations(input, (a, b) => a === b);
      const holder = new Map<string, string>();
      for (const [r, kind] of items)
        for (let y = r.top; y <= r.bottom; y++)
          for (let x = r.left; x <= r.right; x++) holder.set(`${y},${x}`, `v${kind}`);
      const seen = new Map<string, string>();
      for (const p of pieces) {
        for (let y = p.rect.top; y <= p.rect.bottom; y++) {
          for (let x = p.rect.left; x <= p.rect.right; x++) {
            expect(seen.has(`${y},${x}`)).toBe(false);
            seen.set(`${y},${x}`, p.validation);
          }
        }
      }
      expect(seen).toEqual(holder);
    }),
  );
});

test("neighbouring cells of one validation are joined into one range", () => {
  const cells = ["D84", "D85", "D86", "E84", "E85", "E86"].map((range) => ({ range, validation: "amount" }));
  expect(disjointValidations(cells, (a, b) => a === b).map((p) => p.rect)).toEqual([
    { top: 83, left: 3, bottom: 85, right: 4 },
  ]);
});

test("ExcelJS writes what it is given: single-cell validations down a column (its optimiser's overlap case) stay disjoint", async () => {
  const rows = Array.from({ length: 30 }, (_, i) => i);
  const plan: SheetPlan = {
    templateId: "data",
    sheetName: "S",
    lang: "zh-CN",
    mode: "native",
    cells: [{ row: 0, col: 0, role: "title", value: "S" }],
    columnWidths: [],
    merges: [],
    hiddenColumns: [],
    freeze: { rows: 0, columns: 0 },
    // rows 1–30 one by one, then an overlapping block 20–30 with another message, then the first again on row 25
    validations: [
      ...rows.map((r) => ({
        range: `D${r + 1}`,
        rule: { kind: "decimal" as const, min: 0 },
        error: { title: "输入无效", message: "须为非负数" },
      })),
      { range: "D20:D30", rule: { kind: "decimal", min: 0, max: 100 }, error: { title: "输入无效", message: "0–100" } },
      { range: "D25", rule: { kind: "decimal", min: 0 }, error: { title: "输入无效", message: "须为非负数" } },
    ],
    conditionalFormats: [],
    names: [],
    regions: [],
    print: { landscape: false, fitToWidth: false },
  };
  const xlsx = await planToXlsx([plan]);
  expect(excelRuleProblems(xlsx)).toEqual([]);
  const sheet = strFromU8(unzipSync(xlsx)["xl/worksheets/sheet1.xml"]!);
  const sqrefs = [...sheet.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1]).sort();
  expect(sqrefs).toEqual(["D1:D19", "D20:D24", "D25", "D26:D30"]);
  expect(sheet).toContain('errorStyle="stop"');
});
