/**
 * The pane's Excel operations against the strict Office.js fake of test/excel (docs/architecture.md rung 3): each a
 * call into src/excel (whose own tests are under test/excel), here with what the pane adds — Insert's request and
 * progress, the data sheet built from a data file, and the adapter's refusals and Excel's failures in the pane's
 * words.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ParkDataFile } from "../../src/domain/schema/parkData";
import { excelOperations } from "../../src/taskpane/excelOperations";
import { errorTitle } from "../../src/taskpane/components/ErrorBar";
import { STRINGS } from "../../src/taskpane/i18n";
import { OperationError, type InsertRequest } from "../../src/taskpane/operations";
import { installFailingExcel, installFakeExcel, type FakeContext } from "../excel/fakeExcel";
import { cellsOf, named, sheetOf, shown, YEARS } from "../excel/workbookCells";

const sample = JSON.parse(readFileSync(join(__dirname, "../../examples/sample-park.json"), "utf8")) as ParkDataFile;

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
  return installFakeExcel().fake;
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

test("an Excel failure comes back as an OperationError the pane words plainly, from every operation", async () => {
  installFailingExcel("InvalidOperation: cell edit mode");
  const failure = new OperationError("excel", ["InvalidOperation: cell edit mode"]);
  const operations = excelOperations();
  await expect(operations.insertTemplates(request())).rejects.toEqual(failure);
  await expect(operations.prepareForSubmission!("values")).rejects.toEqual(failure);
  await expect(operations.importData!({ years: [...YEARS], values: {} }, "zh-CN")).rejects.toEqual(failure);
  await expect(operations.readWorkbook({ kind: "open" })).rejects.toEqual(failure);
  await expect(operations.selectCell!("参数", "A1")).rejects.toEqual(failure);
});

test("a data file into a workbook without templates: the data sheet and what it reads, filled from the file", async () => {
  const fake = installExcel();
  const outcome = await excelOperations().importData!(sample, "en-US");
  expect(outcome.written).toBe(0);
  expect(outcome.inserted?.map((s) => [s.templateId, s.sheetName])).toEqual([
    ["params", "Parameters"],
    ["data", "Data"],
    ["carbon", "Carbon inventory"],
  ]);
  expect(named(fake, "GREEN_DATA_va_Y1").formula).toBe(1296000);
});

test("a data file of other years and a workbook without templates are refused in the pane's terms", async () => {
  installExcel();
  const operations = excelOperations();
  await expect(operations.prepareForSubmission!("native")).rejects.toEqual(new OperationError("no-templates", []));
  await operations.insertTemplates(request({ templates: ["data"] }));
  const error = await operations.importData!({ years: [2020, 2021, 2022, 2023], values: {} }, "zh-CN").catch(
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OperationError);
  expect((error as OperationError).reason).toBe("years");
  expect((error as OperationError).details[0]).toContain("2020, 2021, 2022, 2023");
});

describe("refresh in place refuses what it cannot upgrade, in both languages (docs/data-file.md Upgrading a workbook)", () => {
  /** Every cell of every sheet, for "nothing changed". */
  const everything = (fake: FakeContext) => fake.workbook.worksheets.sheets.map((s) => [s.name, cellsOf(s)] as const);

  async function refusal(run: () => Promise<unknown>): Promise<OperationError> {
    const error = await run().then(
      () => undefined,
      (e: unknown) => e,
    );
    if (!(error instanceof OperationError)) throw new Error(`expected an OperationError, got ${String(error)}`);
    return error;
  }

  test("a sheet the previous version inserted, whose input columns moved since, is refused with nothing changed", async () => {
    const { fake } = installFakeExcel();
    const operations = excelOperations();
    await operations.insertTemplates(request({ templates: ["options"] }));
    // the metadata record as the previous version wrote it (version 1): its option columns were fewer
    const meta = named(fake, "GREEN_META_options");
    const record = JSON.parse(String(shown(meta))) as Record<string, unknown>;
    meta.formula = `'${JSON.stringify({ ...record, version: 1 })}`;
    const before = everything(fake);
    for (const run of [
      () => operations.insertTemplates(request({ templates: ["options"], refresh: true })),
      () => operations.prepareForSubmission!("native"),
    ]) {
      const error = await refusal(run);
      expect(error.reason).toBe("refresh");
      expect(error.words?.zh).toMatch(/^工作表“方案汇总”是上一版本插入的，其填写列的位置与本版本不同/);
      expect(error.words?.zh).toMatch(/未作任何更改。请保存工作簿后运行命令 green-audit template --refresh/);
      expect(error.words?.en).toMatch(/^The sheet “方案汇总” was inserted by the previous version/);
      expect(error.words?.en).toMatch(/nothing was changed\. Save the workbook and run green-audit template --refresh/);
      // the pane's title says it plainly in each language; the details are the words above
      expect(errorTitle(error, STRINGS["zh-CN"], false)).toBe(STRINGS["zh-CN"].refreshRefused);
      expect(errorTitle(error, STRINGS["en-US"], false)).toMatch(/cannot be refreshed where it is/);
      expect(everything(fake)).toEqual(before);
    }
  });

  test("a sheet whose rows were moved is refused in both languages with nothing changed", async () => {
    const { fake } = installFakeExcel();
    const operations = excelOperations();
    await operations.insertTemplates(request({ templates: ["data"] }));
    const s = sheetOf(fake, "基础数据");
    // Excel inserts a row above row 6: every cell from there down moves one row
    const moved = [...s.cells.entries()].map(([key, cell]) => [key.split(",").map(Number), cell] as const);
    s.cells.clear();
    for (const [[r = 0, c = 0], cell] of moved) s.cells.set(`${r >= 5 ? r + 1 : r},${c}`, cell);
    const before = everything(fake);
    const error = await refusal(() => operations.insertTemplates(request({ templates: ["data"], refresh: true })));
    expect(error.reason).toBe("refresh");
    expect(error.words?.zh).toMatch(
      /^工作表“基础数据”在插入模板后插入、删除或移动过行.*未作任何更改。请改为插入一份新的模板。$/,
    );
    expect(error.words?.en).toMatch(
      /^Rows of the sheet “基础数据” were inserted, deleted or moved .* Insert a new copy/,
    );
    expect(everything(fake)).toEqual(before);
  });
});
