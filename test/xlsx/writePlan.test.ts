import ExcelJS from "exceljs";
import type { SheetPlan } from "../../src/domain/templates/sheetPlan";
import { addPlansToWorkbook, planToXlsx } from "../../src/xlsx/writePlan";
import { recalculateWithLibreOffice } from "./libreOffice";

function plan(overrides: Partial<SheetPlan> = {}): SheetPlan {
  return {
    templateId: "data",
    sheetName: "基础数据",
    lang: "zh-CN",
    mode: "native",
    cells: [
      { row: 0, col: 0, role: "title", value: "基础数据" },
      { row: 1, col: 0, role: "label", value: "工业增加值" },
      { row: 1, col: 1, role: "input", value: 1200, numberFormat: "#,##0.00" },
      { row: 2, col: 0, role: "label", value: "综合能源消费量" },
      { row: 2, col: 1, role: "input", value: 400 },
      { row: 3, col: 0, role: "label", value: "能源产出率" },
      // deliberately stale cache (1): the recalculation must replace it with 1200 / 400 = 3
      { row: 3, col: 1, role: "computed", formula: "GREEN_DATA_va_Y1/B3", cached: 1 },
    ],
    columnWidths: [20, 12],
    merges: [],
    hiddenColumns: [],
    freeze: { rows: 1, columns: 1 },
    validations: [
      {
        range: "B2:B3",
        rule: { kind: "decimal", min: 0 },
        prompt: { title: "单位：万元", message: "≥ 0" },
        error: { title: "输入无效", message: "须为非负数" },
      },
      {
        range: "C2",
        rule: { kind: "list", items: ["具备", "不具备"] },
        error: { title: "输入无效", message: "请选择" },
      },
    ],
    conditionalFormats: [{ range: "B4", formula: "B4<100", fill: "#FCE4D6" }],
    names: [{ name: "GREEN_DATA_va_Y1", range: "B2" }],
    regions: [],
    print: { landscape: true, fitToWidth: true },
    ...overrides,
  };
}

async function reread(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

describe("ExcelJS writer", () => {
  test("writes values, formulas with cached results, names, validation, protection and layout", async () => {
    const book = await reread(await planToXlsx([plan()]));
    const sheet = book.getWorksheet("基础数据");
    expect(sheet).toBeDefined();
    if (!sheet) return;
    expect(sheet.getCell("B2").value).toBe(1200);
    expect(sheet.getCell("B2").numFmt).toBe("#,##0.00");
    expect(sheet.getCell("B4").value).toEqual({ formula: "GREEN_DATA_va_Y1/B3", result: 1 });
    expect(sheet.getCell("B2").protection?.locked).toBe(false);
    expect(sheet.getCell("B4").protection?.locked ?? true).toBe(true); // locked is the default, omitted in the file
    expect(sheet.getCell("B3").dataValidation).toMatchObject({
      type: "decimal",
      operator: "greaterThanOrEqual",
      formulae: [0],
      promptTitle: "单位：万元",
    });
    expect(sheet.getCell("C2").dataValidation).toMatchObject({ type: "list", formulae: ['"具备,不具备"'] });
    expect(book.definedNames.getRanges("GREEN_DATA_va_Y1").ranges).toEqual(["'基础数据'!$B$2"]);
    expect(
      (sheet as unknown as { sheetProtection: { sheet: boolean; hashValue?: string } }).sheetProtection,
    ).toMatchObject({ sheet: true });
    expect((sheet as unknown as { sheetProtection: { hashValue?: string } }).sheetProtection.hashValue).toBeUndefined();
    expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 1 });
    expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToWidth: 1 });
  });

  test("writes row heights, A4 page setup, print area and titles, header and footer", async () => {
    const print = {
      landscape: true,
      fitToWidth: false,
      scale: 75,
      area: "A1:B4",
      titleRows: { first: 1, last: 2 },
      titleColumns: { first: 0, last: 0 },
      header: { left: "&9园区", right: "&9&A" },
      footer: { center: "&9第 &P 页 / 共 &N 页" },
    };
    const book = await reread(await planToXlsx([plan({ rowHeights: [{ row: 1, height: 34 }], print })]));
    const sheet = book.getWorksheet("基础数据");
    expect(sheet?.getRow(2).height).toBe(34);
    expect(sheet?.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      scale: 75,
      printArea: "A1:B4",
      printTitlesRow: "2:3",
      printTitlesColumn: "A:A",
    });
    expect(sheet?.pageSetup.fitToPage).toBeFalsy();
    expect(sheet?.headerFooter).toMatchObject({ oddHeader: "&L&9园区&R&9&A", oddFooter: "&C&9第 &P 页 / 共 &N 页" });
    expect(sheet?.getCell("A2").alignment).toMatchObject({ wrapText: true, vertical: "middle" });
  });

  test("a decimal rule without bounds accepts any number, negatives included", async () => {
    const book = await reread(
      await planToXlsx([
        plan({
          names: [],
          validations: [{ range: "D2", rule: { kind: "decimal" }, error: { title: "x", message: "y" } }],
        }),
      ]),
    );
    expect(book.getWorksheet("基础数据")?.getCell("D2").dataValidation).toMatchObject({
      type: "decimal",
      operator: "between",
      formulae: [-9.99e307, 9.99e307],
    });
  });

  test("a taken sheet name gets a suffix", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("基础数据");
    const { sheets } = await addPlansToWorkbook([plan({ names: [] })], workbook);
    expect(sheets[0]!.sheetName).toBe("基础数据 (2)");
  });

  test("LibreOffice recalculates the written file through the defined name", async () => {
    const recalculated = await reread(await recalculateWithLibreOffice(await planToXlsx([plan()])));
    const cell = recalculated.getWorksheet("基础数据")?.getCell("B4").value as { result?: number };
    expect(cell.result).toBe(3);
  });
});
