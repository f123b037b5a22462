import type { SheetPlan } from "../../src/domain/templates/sheetPlan";
import { insertTemplates, packRequests, sheetOfReference } from "../../src/excel/insertTemplates";
import { RefreshError } from "../../src/excel/errors";
import { planBlocks } from "../../src/excel/blocks";
import { fakeContext, installExcelEnums, type FakeContext } from "./fakeExcel";

beforeAll(installExcelEnums);

/** A small hand-made plan: a title, a header row, two input rows, a computed total. */
function smallPlan(overrides: Partial<SheetPlan> = {}): SheetPlan {
  return {
    templateId: "data",
    sheetName: "基础数据",
    lang: "zh-CN",
    mode: "native",
    cells: [
      { row: 0, col: 0, role: "title", value: "基础数据" },
      { row: 1, col: 0, role: "header", value: "项目" },
      { row: 1, col: 1, role: "header", value: "2024" },
      { row: 2, col: 0, role: "label", value: "工业增加值" },
      { row: 2, col: 1, role: "input", value: 1200, numberFormat: "#,##0.00", key: "va" },
      { row: 3, col: 0, role: "label", value: "综合能源消费量" },
      { row: 3, col: 1, role: "input", value: null, key: "energy_total" },
      { row: 4, col: 0, role: "label", value: "能源产出率" },
      { row: 4, col: 1, role: "computed", formula: 'IF(B4=0,"",B3/B4)', cached: null },
      { row: 0, col: 3, role: "note", value: '{"templateId":"data"}', key: "meta" },
      ...[1, 2, 3, 4].map((row) => ({ row, col: 3, role: "note" as const, value: `#${row}`, key: "row-key" })),
    ],
    columnWidths: [24, 14],
    merges: [],
    hiddenColumns: [3],
    freeze: { rows: 2, columns: 1 },
    validations: [
      {
        range: "B3:B4",
        rule: { kind: "decimal", min: 0 },
        prompt: { title: "万元", message: "≥ 0" },
        error: { title: "无效", message: "须 ≥ 0" },
      },
    ],
    conditionalFormats: [{ range: "B4", formula: "ISBLANK(B4)", fill: "#FFC7CE" }],
    names: [
      { name: "GREEN_DATA_va_Y1", range: "B3" },
      { name: "GREEN_META_data", range: "D1" },
    ],
    regions: [{ id: "inputs", range: "B3:B4" }],
    print: { landscape: false, fitToWidth: true },
    ...overrides,
  };
}

function sheet(fake: FakeContext, name: string) {
  const s = fake.workbook.worksheets.find(name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

describe("insertTemplates (Office.js adapter) against the strict fake", () => {
  test("inserts a template in two syncs: values, formulas, formats, names, protection, layout", async () => {
    const { context, fake } = fakeContext();
    const report = await insertTemplates(context, () => [smallPlan()]);
    expect(report.syncs).toBe(2);
    expect(fake.syncs).toBe(2);
    const s = sheet(fake, "基础数据");
    expect(s.at("B3")?.formula).toBe(1200);
    expect(s.at("B3")?.numberFormat).toBe("#,##0.00");
    expect(s.at("B5")?.formula).toBe('=IF(B4=0,"",B3/B4)');
    expect(s.at("B3")?.locked).toBe(false); // input
    expect(s.at("B5")?.locked).toBe(true); // computed
    expect(s.at("B3")?.fill).toBe("#FFF2CC");
    expect(s.protectedSheet).toBe(true);
    expect(s.hiddenColumns.has(3)).toBe(true);
    expect(s.frozen).toEqual({ top: 0, left: 0, bottom: 1, right: 0 });
    expect(fake.workbook.names.list.map((n) => n.name)).toEqual(["GREEN_DATA_va_Y1", "GREEN_META_data"]);
    expect(s.validations.get("$B$3:$B$4")?.rule).toEqual({
      decimal: { operator: "GreaterThanOrEqualTo", formula1: 0 },
    });
    expect(s.conditionalFormats).toEqual([{ address: "$B$4", formula: "=ISBLANK(B4)", fill: "#FFC7CE" }]);
    expect(report.sheets).toEqual([
      { templateId: "data", sheetName: "基础数据", requestedName: "基础数据", refreshed: false },
    ]);
  });

  test("row heights, A4 page layout, print area, titles, header and footer, as the .xlsx writer sets them", async () => {
    const { context, fake } = fakeContext();
    const print = {
      landscape: true,
      fitToWidth: false,
      scale: 75,
      area: "A1:B5",
      titleRows: { first: 1, last: 1 },
      titleColumns: { first: 0, last: 0 },
      header: { left: "&9园区", right: "&9&A" },
      footer: { center: "&9第 &P 页 / 共 &N 页" },
    };
    await insertTemplates(context, () => [
      smallPlan({
        rowHeights: [
          { row: 1, height: 34 },
          { row: 2, height: 34 },
          { row: 4, height: 20 },
        ],
        print,
      }),
    ]);
    const s = sheet(fake, "基础数据");
    expect([...s.rowHeights]).toEqual([
      [1, 34],
      [2, 34],
      [4, 20],
    ]);
    expect(s.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      printArea: "A1:B5",
      titleRows: "$2:$2",
      titleColumns: "$A:$A",
      leftMargin: 28.8,
    });
    expect(s.pageLayout.zoom).toEqual({ scale: 75 });
    const pages = s.pageLayout.headersFooters.defaultForAllPages;
    expect([pages.leftHeader, pages.rightHeader, pages.centerFooter]).toEqual([
      "&9园区",
      "&9&A",
      "&9第 &P 页 / 共 &N 页",
    ]);
    expect(s.at("A2")?.verticalAlignment).toBe("Center");
  });

  test("header rows alone freeze rows only, as the .xlsx writer does", async () => {
    const { context, fake } = fakeContext();
    await insertTemplates(context, () => [smallPlan({ freeze: { rows: 2, columns: 0 } })]);
    expect(sheet(fake, "基础数据").frozen).toEqual({ top: 0, left: 0, bottom: 1, right: -1 });
  });

  test("never overwrites an existing sheet: the new one gets a suffix", async () => {
    const { context, fake } = fakeContext();
    fake.workbook.worksheets.add("基础数据").cell(0, 0).formula = "user data";
    const report = await insertTemplates(context, () => [smallPlan({ names: [] })]);
    expect(report.sheets[0]!.sheetName).toBe("基础数据 (2)");
    expect(sheet(fake, "基础数据").at("A1")?.formula).toBe("user data");
    expect(sheet(fake, "基础数据 (2)").at("B3")?.formula).toBe(1200);
  });

  test("the builder sees existing sheets and names, in the same round trips", async () => {
    const { context, fake } = fakeContext();
    fake.workbook.worksheets.add("参数");
    let seen: readonly string[] = [];
    await insertTemplates(context, (existing) => {
      seen = existing.sheetNames;
      return [smallPlan()];
    });
    expect(seen).toEqual(["参数"]);
    expect(fake.syncs).toBe(2);
  });

  test("refresh in place rewrites labels and formulas and keeps every input value, in three syncs", async () => {
    const { context, fake } = fakeContext();
    await insertTemplates(context, () => [smallPlan()]);
    const s = sheet(fake, "基础数据");
    // the user types inputs and damages a formula and a label
    s.protection.unprotect();
    s.at("B3")!.formula = 1500;
    s.cell(3, 1).formula = 480;
    s.at("B5")!.formula = 2.5;
    s.at("A3")!.formula = "edited";
    s.protection.protect();
    const before = fake.syncs;
    const report = await insertTemplates(context, () => [smallPlan()], { refresh: true });
    expect(fake.syncs - before).toBe(3);
    expect(report.sheets[0]).toMatchObject({ sheetName: "基础数据", refreshed: true });
    expect(s.at("B3")?.formula).toBe(1500);
    expect(s.at("B4")?.formula).toBe(480);
    expect(s.at("B5")?.formula).toBe('=IF(B4=0,"",B3/B4)');
    expect(s.at("A3")?.formula).toBe("工业增加值");
    expect(fake.workbook.worksheets.sheets).toHaveLength(1);
    expect(s.conditionalFormats).toHaveLength(1);
  });

  test("refresh keeps the user's own conditional formats on a template sheet and the template's rule once", async () => {
    const { context, fake } = fakeContext();
    await insertTemplates(context, () => [smallPlan()]);
    const s = sheet(fake, "基础数据");
    // the user lifts the protection and adds rules of their own: a custom rule on the inputs, the
    // template's formula with their own colour, a colour scale over the column
    s.protection.unprotect();
    s.conditionalFormats.push(
      { address: "$B$3:$B$4", type: "Custom", formula: "=B3>1000", fill: "#00B050" },
      { address: "$B$4", type: "Custom", formula: "=ISBLANK(B4)", fill: "#FFFF00" },
      { address: "$B$3:$B$5", type: "ColorScale" },
      { address: "$A$1", type: "Custom", formula: "=TRUE", fill: "#D9D9D9" },
    );
    s.protection.protect({ allowFormatColumns: true, allowFormatRows: true, allowAutoFilter: true, allowSort: false });
    const user = s.conditionalFormats.filter((f) => f.fill !== "#FFC7CE").map((f) => ({ ...f }));
    const before = fake.syncs;
    await insertTemplates(context, () => [smallPlan()], { refresh: true });
    await insertTemplates(context, () => [smallPlan()], { refresh: true });
    expect(fake.syncs - before).toBe(6);
    expect(s.conditionalFormats.filter((f) => f.fill !== "#FFC7CE")).toEqual(user);
    expect(s.conditionalFormats.filter((f) => f.fill === "#FFC7CE")).toEqual([
      { address: "$B$4", formula: "=ISBLANK(B4)", fill: "#FFC7CE" },
    ]);
  });

  test("refresh keeps typed text as text, a formula typed into an input, and content the plan does not use", async () => {
    const { context, fake } = fakeContext();
    await insertTemplates(context, () => [smallPlan()]);
    const s = sheet(fake, "基础数据");
    s.protection.unprotect();
    s.at("B3")!.formula = "'3-1"; // text that Excel would otherwise read as a date
    s.cell(3, 1).formula = "=B3*2"; // a user formula in an input cell
    s.cell(3, 1).result = 2400;
    s.cell(2, 2).formula = "user note"; // C3: inside the plan's box, not planned
    s.protection.protect();
    await insertTemplates(context, () => [smallPlan()], { refresh: true });
    expect(s.at("B3")?.formula).toBe("'3-1");
    expect(s.at("B4")?.formula).toBe("=B3*2");
    expect(s.at("C3")?.formula).toBe("'user note"); // written back as text: the apostrophe marks it
    expect(s.at("A3")?.formula).toBe("工业增加值");
  });

  test("refresh is refused, with nothing written, when rows were inserted in the template", async () => {
    const { context, fake } = fakeContext();
    await insertTemplates(context, () => [smallPlan()]);
    const s = sheet(fake, "基础数据");
    // Excel inserts a row above row 3: every cell from row 3 down moves one row
    const moved = [...s.cells.entries()].map(([key, cell]) => [key.split(",").map(Number), cell] as const);
    s.cells.clear();
    for (const [[r, c], cell] of moved) s.cells.set(`${r! >= 2 ? r! + 1 : r},${c}`, cell);
    const before = JSON.stringify([...s.cells.entries()]);
    await expect(insertTemplates(context, () => [smallPlan()], { refresh: true })).rejects.toThrow(RefreshError);
    expect(JSON.stringify([...s.cells.entries()])).toBe(before);
  });

  test("refresh finds a renamed template sheet through its metadata name", async () => {
    const { context, fake } = fakeContext();
    await insertTemplates(context, () => [smallPlan()]);
    sheet(fake, "基础数据").name = "Data 2024";
    const report = await insertTemplates(context, () => [smallPlan()], { refresh: true });
    expect(report.sheets[0]).toMatchObject({ sheetName: "Data 2024", refreshed: true });
  });

  test("several templates still take two syncs, whatever their row count", async () => {
    const { context, fake } = fakeContext();
    const rows = Array.from({ length: 2000 }, (_, i) => ({ row: i + 1, col: 0, role: "input" as const, value: i }));
    await insertTemplates(context, () => [
      smallPlan({ names: [] }),
      smallPlan({ templateId: "options", sheetName: "方案汇总", names: [], cells: rows }),
    ]);
    expect(fake.syncs).toBe(2);
    expect(sheet(fake, "方案汇总").at("A2001")?.formula).toBe(1999);
  });

  test("a template over the request limit is written in bands, each request under 5 MB", async () => {
    const { context, fake } = fakeContext();
    const longText = "长".repeat(2000);
    const cells = Array.from({ length: 3000 }, (_, i) => ({
      row: i,
      col: 0,
      role: "label" as const,
      value: `${longText}${i}`,
    }));
    const plan = smallPlan({ cells, names: [], validations: [], conditionalFormats: [] });
    expect(planBlocks(plan).length).toBeGreaterThan(1);
    await insertTemplates(context, () => [plan]);
    expect(fake.syncs).toBeGreaterThan(2);
    expect(Math.max(...fake.requestSizes)).toBeLessThan(5 * 1024 * 1024);
    expect(sheet(fake, "基础数据").at("A3000")?.formula).toBe(`${longText}2999`);
  });

  test("a plan Excel would refuse fails before anything is written", async () => {
    const { context, fake } = fakeContext();
    const bad = smallPlan({ names: [{ name: "A1", range: "B3" }] });
    await expect(insertTemplates(context, () => [smallPlan({ names: [] }), bad])).rejects.toThrow(
      /invalid defined name "A1"/,
    );
    expect(fake.workbook.worksheets.sheets).toEqual([]);
    expect(fake.syncs).toBe(1);
  });
});

describe("helpers", () => {
  test("sheetOfReference reads the sheet of a name's formula", () => {
    expect(sheetOfReference("='基础数据'!$D$1")).toBe("基础数据");
    expect(sheetOfReference("=Data!$D$1")).toBe("Data");
    expect(sheetOfReference("='O''Brien'!$A$1")).toBe("O'Brien");
    expect(sheetOfReference("=1+2")).toBeUndefined();
  });

  test("packRequests keeps order and cuts only over the limit", () => {
    const writes = [{ bytes: 3 }, { bytes: 3 }, { bytes: 5 }, { bytes: 0 }];
    expect(packRequests(writes, 6)).toEqual([
      [{ bytes: 3 }, { bytes: 3 }],
      [{ bytes: 5 }, { bytes: 0 }],
    ]);
  });
});
