/** Going to a cell through the strict fake: the sheet activated and the cell selected in one sync. */
import { goToCell } from "../../src/excel/navigation";
import { fakeContext, installExcelEnums } from "./fakeExcel";

beforeAll(installExcelEnums);

test("shows the sheet and selects the cell, in one sync", async () => {
  const { context, fake } = fakeContext();
  fake.workbook.worksheets.add("基础数据");
  fake.workbook.worksheets.add("评价指标");
  await goToCell(context, "基础数据", "E7");
  expect(fake.syncs).toBe(1);
  expect(fake.workbook.activeSheet).toBe("基础数据");
  expect(fake.workbook.selection).toEqual({ sheet: "基础数据", address: "$E$7" });
});

test("a sheet that is gone is Excel's ItemNotFound, and nothing is selected", async () => {
  const { context, fake } = fakeContext();
  fake.workbook.worksheets.add("参数");
  await expect(goToCell(context, "基础数据", "E7")).rejects.toThrow("ItemNotFound");
  expect(fake.workbook.activeSheet).toBeUndefined();
  expect(fake.workbook.selection).toBeUndefined();
});
