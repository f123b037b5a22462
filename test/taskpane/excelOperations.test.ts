/**
 * The pane's Office.js operations against the strict Excel fake of test/excel (docs/architecture.md rung 3): Insert adds
 * the chosen templates and what they read, a second Insert adds a suffixed copy with its own names, and
 * refresh rewrites the sheets in place.
 */
import { excelOperations } from "../../src/taskpane/excelOperations";
import { OperationError, type InsertRequest } from "../../src/taskpane/operations";
import { EXCEL_ENUMS, fakeContext } from "../excel/fakeExcel";

const request = (over: Partial<InsertRequest> = {}): InsertRequest => ({
  templates: ["indicators"],
  lang: "zh-CN",
  mode: "native",
  years: [2021, 2022, 2023, 2024],
  costClassThreshold: 40,
  refresh: false,
  ...over,
});

function installExcel() {
  const { context, fake } = fakeContext();
  (globalThis as unknown as { Excel: unknown }).Excel = {
    ...EXCEL_ENUMS,
    run: <T>(batch: (c: Excel.RequestContext) => Promise<T>) => batch(context),
  };
  return fake;
}

test("Insert: the chosen templates and those they read, with progress; existing templates are reported", async () => {
  const fake = installExcel();
  const operations = excelOperations();
  expect(await operations.existingTemplates()).toEqual([]);
  const steps: string[] = [];
  const outcome = await operations.insertTemplates(request(), (step) => steps.push(step));
  expect(steps).toEqual(["loading", "writing", "building"]);
  expect(outcome.sheets).toEqual([
    { templateId: "params", sheetName: "参数", refreshed: false },
    { templateId: "data", sheetName: "基础数据", refreshed: false },
    { templateId: "carbon", sheetName: "碳排放核算", refreshed: false },
    { templateId: "indicators", sheetName: "评价指标", refreshed: false },
  ]);
  expect(fake.workbook.worksheets.sheets.map((s) => s.name)).toEqual(["参数", "基础数据", "碳排放核算", "评价指标"]);
  expect(await operations.existingTemplates()).toEqual(["params", "data", "carbon", "indicators"]);
});

test("a second Insert adds a suffixed copy with its own names; refresh rewrites in place", async () => {
  const fake = installExcel();
  const operations = excelOperations();
  await operations.insertTemplates(request());
  const copy = await operations.insertTemplates(request({ templates: ["params"] }));
  expect(copy.sheets).toEqual([{ templateId: "params", sheetName: "参数 (2)", refreshed: false }]);
  const names = fake.workbook.names.list.map((n) => n.name);
  expect(names).toContain("GREEN_META_params_2");
  expect(names.filter((n) => n === "GREEN_META_params")).toHaveLength(1);
  const refreshed = await operations.insertTemplates(request({ refresh: true, mode: "custom" }));
  expect(refreshed.sheets.map((s) => [s.sheetName, s.refreshed])).toEqual([
    ["参数", true],
    ["基础数据", true],
    ["碳排放核算", true],
    ["评价指标", true],
  ]);
  expect(fake.workbook.worksheets.sheets).toHaveLength(5);
});

test("an Excel failure comes back as an OperationError the pane words plainly", async () => {
  (globalThis as unknown as { Excel: unknown }).Excel = {
    ...EXCEL_ENUMS,
    run: async () => {
      throw new Error("InvalidOperation: cell edit mode");
    },
  };
  await expect(excelOperations().insertTemplates(request())).rejects.toEqual(
    new OperationError("excel", ["InvalidOperation: cell edit mode"]),
  );
});
