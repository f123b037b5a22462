/**
 * The pane's Excel actions besides Insert, against the strict Office.js fake of test/excel (docs/architecture.md rung 3):
 * importing a park data file into the data sheet, highlighting review findings and clearing them, and the two
 * "prepare for submission" actions. Every action makes a fixed number of syncs, whatever the number of cells.
 */
import { FUNCTIONS_STATUS_KEY } from "../../src/domain/templates/functionsNotice";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ParkDataFile } from "../../src/domain/schema/parkData";
import { cellAddress, parseCell } from "../../src/domain/templates/a1";
import { findTemplate } from "../../src/domain/templates/specs";
import { dataTemplate, ENERGY_BLOCK_CARRIERS, reportingUnit } from "../../src/domain/templates/specs/data";
import type { SheetPlan, TemplateId } from "../../src/domain/templates/sheetPlan";
import type { TemplateOptions } from "../../src/domain/templates/context";
import { insertTemplates } from "../../src/excel/insertTemplates";
import { excelOperations } from "../../src/taskpane/excelOperations";
import { readWorkbookSnapshot } from "../../src/excel/readSnapshot";
import { exportParkData, readWorkbookInputs } from "../../src/domain/schema/exportParkData";
import { OperationError, type InsertRequest, type PaneFinding, type Severity } from "../../src/taskpane/operations";
import { errorTitle } from "../../src/taskpane/components/InsertPanel";
import { STRINGS } from "../../src/taskpane/i18n";
import { EXCEL_ENUMS, fakeContext, type FakeCell, type FakeContext, type FakeWorksheet } from "../excel/fakeExcel";

const YEARS = [2021, 2022, 2023, 2024] as const;

const request = (over: Partial<InsertRequest> = {}): InsertRequest => ({
  templates: ["data"],
  lang: "zh-CN",
  mode: "native",
  years: YEARS,
  costClassThreshold: 40,
  refresh: false,
  ...over,
});

function installExcel(): { fake: FakeContext; context: Excel.RequestContext } {
  const { context, fake } = fakeContext();
  (globalThis as unknown as { Excel: unknown }).Excel = {
    ...EXCEL_ENUMS,
    run: <T>(batch: (c: Excel.RequestContext) => Promise<T>) => batch(context),
  };
  return { fake, context };
}

function sheetOf(fake: FakeContext, name: string): FakeWorksheet {
  const sheet = fake.workbook.worksheets.find(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The cell a defined name points at. */
function named(fake: FakeContext, name: string): FakeCell {
  const item = fake.workbook.names.list.find((n) => n.name === name);
  if (!item) throw new Error(`no name ${name}`);
  return item.sheet.cell(item.ref.top, item.ref.left);
}

/** What a constant cell shows: text without the apostrophe that keeps it text. */
function shown(cell: FakeCell | undefined): unknown {
  const v = cell?.formula;
  return typeof v === "string" && v.startsWith("'") ? v.slice(1) : v;
}

/** Every cell of a sheet as a plain copy, by "row,col", for before/after comparisons. */
function cellsOf(sheet: FakeWorksheet): Map<string, FakeCell> {
  return new Map(
    [...sheet.cells]
      .filter(([, c]) => c.formula !== "" || c.fill !== undefined || c.numberFormat !== "General")
      .map(([k, c]) => [k, { ...c }]),
  );
}

/** "row,col" keys whose cells differ between two copies. */
function changed(before: Map<string, FakeCell>, after: Map<string, FakeCell>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => JSON.stringify(before.get(k) ?? null) !== JSON.stringify(after.get(k) ?? null)).sort();
}

/** What the user types into cells. */
function typeInto(sheet: FakeWorksheet, values: Record<string, FakeCell["formula"]>): void {
  for (const [address, value] of Object.entries(values)) {
    const at = parseCell(address);
    if (!at) throw new Error(address);
    sheet.cell(at.row, at.col).formula = value;
  }
}

/** Protection options as Excel reports them: every option, false where not given. */
function effective(options: Excel.WorksheetProtectionOptions): Excel.WorksheetProtectionOptions {
  return {
    allowAutoFilter: false,
    allowDeleteColumns: false,
    allowDeleteRows: false,
    allowEditObjects: false,
    allowEditScenarios: false,
    allowFormatCells: false,
    allowFormatColumns: false,
    allowFormatRows: false,
    allowInsertColumns: false,
    allowInsertHyperlinks: false,
    allowInsertRows: false,
    allowPivotTables: false,
    allowSort: false,
    selectionMode: "Normal",
    ...options,
  };
}

function rowOfLabel(sheet: FakeWorksheet, label: string): number {
  for (let row = 0; row < 500; row++) if (sheet.cells.get(`${row},0`)?.formula === label) return row;
  throw new Error(`no row ${label}`);
}

const sample = JSON.parse(readFileSync(join(__dirname, "../../examples/sample-park.json"), "utf8")) as ParkDataFile;

describe("importData into the workbook's templates", () => {
  /** A file in other units than the sheet's rows: kWh for 万kWh, m³ for 万m³, kg for t. */
  const file: ParkDataFile = {
    park: { name: "3-1 园区" },
    years: [...YEARS],
    values: { va: [null, 1300000, 1400000, 1500000], sewage_facility: ["具备", "具备", "不具备", "具备"] },
    energy: [
      { carrier: "电力", unit: "kWh", values: [10000, 20000, null, 40000] },
      { carrier: "天然气", unit: "m³", values: [50000, null, null, 80000] },
      { carrier: "原煤", unit: "kg", values: [1000, 2000, 3000, 4000] },
    ],
  };

  test("the values land in the named input cells and the energy rows in the sheet's units; nothing else changes", async () => {
    const { fake } = installExcel();
    const operations = excelOperations();
    await operations.insertTemplates(request());
    const data = sheetOf(fake, "基础数据");
    expect(data.protectedSheet).toBe(true);
    const options = { ...data.protectionOptions };
    // the user typed the base-year value added earlier; the file leaves it null
    named(fake, "GREEN_DATA_va_Y0").formula = 999;
    // and locked one input cell: the import must still write it (the sheet's protection is lifted, no password)
    named(fake, "GREEN_DATA_va_Y3").locked = true;
    const before = cellsOf(data);
    const syncs = fake.syncs;

    const outcome = await operations.importData!(file, "zh-CN");
    expect(fake.syncs - syncs).toBe(4);

    expect(named(fake, "GREEN_DATA_va_Y0").formula).toBe(999);
    expect([1, 2, 3].map((k) => named(fake, `GREEN_DATA_va_Y${k}`).formula)).toEqual([1300000, 1400000, 1500000]);
    expect([0, 1, 2, 3].map((k) => shown(named(fake, `GREEN_DATA_sewage_facility_Y${k}`)))).toEqual([
      "具备",
      "具备",
      "不具备",
      "具备",
    ]);
    // text that Excel would read as a date stays text
    expect(shown(named(fake, "GREEN_PARK_NAME"))).toBe("3-1 园区");
    expect(named(fake, "GREEN_PARK_NAME").formula).toBe("'3-1 园区");

    const electricity = rowOfLabel(data, "electricity");
    const gas = rowOfLabel(data, "natural-gas");
    const coal = rowOfLabel(data, "raw-coal");
    expect(shown(data.cell(electricity, 2))).toBe(
      reportingUnit(ENERGY_BLOCK_CARRIERS.find((c) => c.id === "electricity")!),
    );
    expect([3, 4, 5, 6].map((col) => data.cells.get(`${electricity},${col}`)?.formula)).toEqual([1, 2, "", 4]);
    expect([3, 4, 5, 6].map((col) => data.cells.get(`${gas},${col}`)?.formula)).toEqual([5, "", "", 8]);
    expect([3, 4, 5, 6].map((col) => data.cells.get(`${coal},${col}`)?.formula)).toEqual([1, 2, 3, 4]);

    // exactly the input cells the file gives a value for
    const expected = [
      ...[1, 2, 3].map((k) => `GREEN_DATA_va_Y${k}`),
      ...[0, 1, 2, 3].map((k) => `GREEN_DATA_sewage_facility_Y${k}`),
      "GREEN_PARK_NAME",
    ].map((name) => {
      const item = fake.workbook.names.list.find((n) => n.name === name)!;
      return `${item.ref.top},${item.ref.left}`;
    });
    expected.push(
      `${electricity},3`,
      `${electricity},4`,
      `${electricity},6`,
      `${gas},3`,
      `${gas},6`,
      ...[3, 4, 5, 6].map((col) => `${coal},${col}`),
    );
    expect(changed(before, cellsOf(data))).toEqual(expected.sort());
    expect(outcome).toEqual({
      written: expected.length,
      overwritten: 0,
      filled: [{ templateId: "data", sheetName: "基础数据" }],
      absent: [],
      unplaced: 0,
    });

    // protected again, with the options it had and no password
    expect(data.protectedSheet).toBe(true);
    expect(effective(data.protectionOptions)).toEqual(effective(options));
    expect(data.protectionPassword).toBeUndefined();
  });

  test("the number of syncs does not grow with the number of values", async () => {
    const { fake } = installExcel();
    const operations = excelOperations();
    await operations.insertTemplates(request());
    const small: ParkDataFile = { years: [...YEARS], values: { va: [1, null, null, null] } };
    let syncs = fake.syncs;
    expect((await operations.importData!(small, "zh-CN")).written).toBe(1);
    const few = fake.syncs - syncs;
    syncs = fake.syncs;
    const outcome = await operations.importData!(sample, "zh-CN");
    expect(outcome.written).toBeGreaterThan(150);
    expect(fake.syncs - syncs).toBe(few);
    expect(named(fake, "GREEN_DATA_va_Y3").formula).toBe(1470000);
  });

  test("a data file whose years differ changes nothing and says so", async () => {
    const { fake } = installExcel();
    const operations = excelOperations();
    await operations.insertTemplates(request());
    const data = sheetOf(fake, "基础数据");
    const before = cellsOf(data);
    const other = { ...file, years: [2020, 2021, 2022, 2023] };
    const error = await operations.importData!(other, "zh-CN").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OperationError);
    expect((error as OperationError).reason).toBe("years");
    expect((error as OperationError).details[0]).toContain("2020, 2021, 2022, 2023");
    expect(changed(before, cellsOf(data))).toEqual([]);
    expect(data.protectedSheet).toBe(true);
  });

  test("without a data sheet the data sheet is inserted, filled from the file", async () => {
    const { fake } = installExcel();
    const outcome = await excelOperations().importData!(sample, "en-US");
    expect(outcome.written).toBe(0);
    expect(outcome.inserted?.map((s) => s.templateId)).toEqual(["params", "data", "carbon"]);
    expect(named(fake, "GREEN_DATA_va_Y1").formula).toBe(1296000);
  });

  test("a template name that lost its sheet (=#REF!) does not stop the import", async () => {
    const { fake } = installExcel();
    const operations = excelOperations();
    await operations.insertTemplates(request({ templates: ["indicators"] }));
    fake.workbook.names.list.find((n) => n.name === "GREEN_META_indicators")!.broken = true;
    const outcome = await operations.importData!(file, "zh-CN");
    expect(outcome.filled).toEqual([{ templateId: "data", sheetName: "基础数据" }]);
    expect(named(fake, "GREEN_DATA_va_Y1").formula).toBe(1300000);
  });
});

describe("importData fills every template the workbook holds", () => {
  /** The input cell of a template's key in the workbook, as the export finds it. */
  async function inputCell(context: Excel.RequestContext, templateId: TemplateId, key: string) {
    const read = readWorkbookInputs(await readWorkbookSnapshot(context));
    if (!read.ok) throw new Error(read.message);
    const input = read.inputs.find((i) => i.templateId === templateId && i.key === key);
    const sheet = read.set.get(templateId)?.sheet.name;
    if (!input || input.row === undefined || !sheet) throw new Error(`no input ${templateId} ${key}`);
    return { sheet, row: input.row, col: input.col };
  }

  test("options, low-carbon answers, the diagnosis plan, the grid choice, CO₂ data: each in its input cell; a typed value replaced only where the file gives one", async () => {
    const { fake, context } = installExcel();
    const operations = excelOperations();
    await operations.insertTemplates(request({ templates: ["lowcarbon", "options", "plan", "carbon"] }));
    // typed before the import: the first option's name (the file renames it) and the third's (the file lists two)
    const first = await inputCell(context, "options", "opt:name:1");
    const third = await inputCell(context, "options", "opt:name:3");
    sheetOf(fake, first.sheet).cell(first.row, first.col).formula = "旧名称";
    sheetOf(fake, third.sheet).cell(third.row, third.col).formula = "园区污水厂提标";
    const before = fake.syncs;
    const file: ParkDataFile = {
      years: [...YEARS],
      values: { va: [1, 2, 3, 4] },
      parameters: { gridChoice: "华北区域电网" },
      carbon: { "raw-coal": { oxidationRate: 0.9 } },
      lowcarbon: [{ id: "5.4b", answer: "部分符合", evidence: "附件D-5.4", remarks: "台账自2024年起建立" }],
      options: [
        { name: "空压机余热回收", investment: 120 },
        { name: "屋顶光伏", investment: 800 },
      ],
      plan: [{ "diag:start": "2025-03-31", "diag:end": "2025-04-04" }],
      team: [{ name: "李娜" }],
    };
    const outcome = await operations.importData!(file, "zh-CN");
    // a snapshot (two syncs), then the writes (two syncs), whatever the number of sheets
    expect(fake.syncs - before).toBe(4);
    expect(outcome.filled?.map((f) => f.templateId)).toEqual([
      "params",
      "data",
      "carbon",
      "lowcarbon",
      "options",
      "plan",
    ]);
    expect(outcome.absent).toEqual(["team"]);
    // 4 statistics, the grid choice, 1 CO₂ datum, 3 low-carbon inputs, 4 option inputs, 2 dates; one was typed
    expect(outcome.written).toBe(4 + 1 + 1 + 3 + 4 + 2);
    expect(outcome.overwritten).toBe(1);
    expect(outcome.unplaced).toBe(0);

    const exported = exportParkData(await readWorkbookSnapshot(context));
    if (!exported.ok) throw new Error(exported.message);
    const back = exported.file as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(back.parameters.gridChoice).toBe("华北区域电网");
    expect(back.carbon).toEqual({ "raw-coal": { oxidationRate: 0.9 } });
    expect(back.lowcarbon).toEqual([
      { id: "5.4b", answer: "部分符合", evidence: "附件D-5.4", remarks: "台账自2024年起建立" },
    ]);
    expect(back.options.slice(0, 3)).toEqual([
      { name: "空压机余热回收", investment: 120 },
      { name: "屋顶光伏", investment: 800 },
      { name: "园区污水厂提标" },
    ]);
    expect(back.plan[0]).toMatchObject({ "diag:start": 45747, "diag:end": 45751 });
  });
});

describe("highlight and clear", () => {
  const finding = (sheet: string, cell: string, severity: Severity): PaneFinding => ({
    code: "test",
    severity,
    sheet,
    cell,
    message: { zh: "", en: "" },
  });

  /** Fills of every cell that has one, plus the cells named, exactly as stored. */
  const fills = (sheet: FakeWorksheet, extra: readonly string[] = []) => {
    const keys = new Set([...sheet.cells].filter(([, c]) => c.fill !== undefined).map(([k]) => k));
    for (const address of extra) {
      const at = parseCell(address)!;
      keys.add(`${at.row},${at.col}`);
    }
    return new Map(
      [...keys].map((k) => {
        const c = sheet.cells.get(k);
        return [
          k,
          { fill: c?.fill ?? null, pattern: c?.fillPattern ?? null, patternColor: c?.fillPatternColor ?? null },
        ];
      }),
    );
  };

  test("cells take the colour of their most severe finding; clearing restores every fill exactly", async () => {
    const { fake } = installExcel();
    const operations = excelOperations();
    await operations.insertTemplates(request({ templates: ["indicators"] }));
    const data = sheetOf(fake, "基础数据");
    const params = sheetOf(fake, "参数");
    const va = fake.workbook.names.list.find((n) => n.name === "GREEN_DATA_va_Y1")!;
    const input = cellAddress(va.ref.top, va.ref.left); // input fill #FFF2CC
    const label = cellAddress(va.ref.top, 1); // no fill
    const empty = "Z200"; // nothing there at all
    const patterned = cellAddress(va.ref.top, 2);
    // a fill the user gave a pattern
    Object.assign(data.cell(va.ref.top, 2), { fill: "#DDEBF7", fillPattern: "Gray25", fillPatternColor: "#FF0000" });
    const before = fills(data, [label, empty]);
    const beforeParams = fills(params, ["A1"]);
    const options = { ...data.protectionOptions };

    const count = await operations.highlight!([
      finding("基础数据", input, "warning"),
      finding("基础数据", input, "error"),
      finding("基础数据", label, "info"),
      finding("基础数据", empty, "warning"),
      finding("基础数据", patterned, "error"),
      finding("参数", "A1", "info"),
      finding("no such sheet", "A1", "error"),
      finding("基础数据", "", "error"),
    ]);
    expect(count).toBe(5);
    expect(data.at(input)?.fill).toBe("#F4B6B6");
    expect(data.at(label)?.fill).toBe("#CFE3F7");
    expect(data.at(empty)?.fill).toBe("#FCE4A8");
    expect(data.at(patterned)?.fill).toBe("#F4B6B6");
    expect(params.at("A1")?.fill).toBe("#CFE3F7");
    expect(data.protectedSheet && params.protectedSheet).toBe(true);
    expect(effective(data.protectionOptions)).toEqual(effective(options));

    // highlighting again (another review) keeps the fills from before the first highlight
    await operations.highlight!([finding("基础数据", input, "info")]);
    expect(data.at(input)?.fill).toBe("#CFE3F7");

    await operations.clearHighlights!();
    expect(fills(data, [label, empty])).toEqual(before);
    expect(fills(params, ["A1"])).toEqual(beforeParams);
    expect(data.at(label)?.fill).toBeUndefined();
    expect(data.protectedSheet && params.protectedSheet).toBe(true);
    expect(effective(data.protectionOptions)).toEqual(effective(options));
    expect(data.protectionPassword).toBeUndefined();

    // nothing left to clear: nothing written
    const syncs = fake.syncs;
    await operations.clearHighlights!();
    expect(fake.syncs - syncs).toBe(1);
    expect(fills(data, [label, empty])).toEqual(before);
  });

  test("the number of syncs does not grow with the number of highlighted cells", async () => {
    const { fake } = installExcel();
    const operations = excelOperations();
    await operations.insertTemplates(request());
    const count = async (cells: number) => {
      const findings = Array.from({ length: cells }, (_, i) => finding("基础数据", cellAddress(10 + i, 3), "error"));
      let syncs = fake.syncs;
      expect(await operations.highlight!(findings)).toBe(cells);
      const highlight = fake.syncs - syncs;
      syncs = fake.syncs;
      await operations.clearHighlights!();
      return [highlight, fake.syncs - syncs];
    };
    const one = await count(1);
    expect(one).toEqual([3, 3]);
    expect(await count(60)).toEqual(one);
  });

  test("a sheet protected with a password is left alone and the sheets before it are protected again", async () => {
    const { fake } = installExcel();
    const operations = excelOperations();
    await operations.insertTemplates(request());
    const data = sheetOf(fake, "基础数据");
    data.protection.unprotect();
    data.protection.protect({}, "secret");
    await expect(
      operations.highlight!([finding("参数", "A1", "error"), finding("基础数据", "A1", "error")]),
    ).rejects.toThrow(/password/);
    expect(sheetOf(fake, "参数").protectedSheet).toBe(true);
    expect(data.protectedSheet).toBe(true);
    expect(data.at("A1")?.fill).toBeUndefined();
  });
});

describe("prepare for submission", () => {
  /** Plans as the adapter writes them, with more option rows than the template's default (a file-mode import). */
  function plans(ids: readonly TemplateId[], options: Partial<TemplateOptions> = {}): SheetPlan[] {
    const base: TemplateOptions = {
      lang: "zh-CN",
      mode: "custom",
      years: YEARS,
      nameSuffix: "",
      data: sample,
      ...options,
    };
    return ids.map((id) => findTemplate(id)!.build(base));
  }
  const SET: TemplateId[] = ["params", "data", "indicators", "options", "matrix"];
  const optionRows = Array.from({ length: 75 }, (_, i) => ({ name: `方案 ${i + 1}`, investment: 5 + i }));

  /** Every input cell of the plans on their sheets, as shown (a kept text is written back behind an apostrophe). */
  function inputs(fake: FakeContext, list: readonly SheetPlan[]) {
    return list.map((plan) => {
      const sheet = sheetOf(fake, plan.sheetName);
      return plan.cells
        .filter((c) => c.role === "input")
        .map(
          (c) =>
            [
              plan.sheetName,
              cellAddress(c.row, c.col),
              { ...sheet.cell(c.row, c.col), formula: shown(sheet.cell(c.row, c.col)) },
            ] as const,
        );
    });
  }

  test("native: every template refreshed in native mode, every input kept, in a fixed number of syncs", async () => {
    const { fake, context } = installExcel();
    const written = plans(SET, { rows: { options: optionRows } });
    await insertTemplates(context, () => written);
    const data = sheetOf(fake, "基础数据");
    // the user typed: a number, text Excel would read as a date, a formula in an input cell
    data.protection.unprotect();
    const va = fake.workbook.names.list.find((n) => n.name === "GREEN_DATA_va_Y2")!;
    typeInto(data, {
      [cellAddress(va.ref.top, va.ref.left)]: 1400001,
      [cellAddress(va.ref.top, va.ref.left + 1)]: "=1400000+2",
    });
    named(fake, "GREEN_PARK_NAME").formula = "'3-1";
    data.protection.protect();
    const before = inputs(fake, written);
    expect(written.flatMap((p) => p.cells).some((c) => c.formula?.includes("GREEN."))).toBe(true);

    const syncs = fake.syncs;
    expect(await excelOperations().prepareForSubmission!("native")).toBe(SET.length);
    expect(fake.syncs - syncs).toBe(5);

    expect(inputs(fake, written)).toEqual(before);
    expect(named(fake, "GREEN_PARK_NAME").formula).toBe("'3-1");
    for (const plan of written) {
      const sheet = sheetOf(fake, plan.sheetName);
      expect(sheet.protectedSheet).toBe(true);
      const formulas = [...sheet.cells.values()].map((c) => String(c.formula)).filter((f) => f.startsWith("="));
      expect(formulas.filter((f) => /GREEN\./.test(f))).toEqual([]);
      // every computed cell (the option rows beyond the default capacity too) is still a formula; the custom
      // sheet's notice for a program without the GREEN functions is gone, with its rule
      for (const c of plan.cells.filter((x) => x.formula !== undefined && x.key !== FUNCTIONS_STATUS_KEY))
        expect(String(sheet.cell(c.row, c.col).formula)).toMatch(/^=/);
      const notice = plan.cells.find((x) => x.key === FUNCTIONS_STATUS_KEY);
      if (notice) expect(sheet.cell(notice.row, notice.col).formula).toBe("");
      expect(sheet.conditionalFormats.filter((f) => /^=LEN\([A-Z]+1\)>0$/.test(f.formula ?? ""))).toEqual([]);
      const meta = fake.workbook.names.list.find((n) => n.name === `GREEN_META_${plan.templateId}`)!;
      expect(JSON.parse(String(shown(sheet.cell(meta.ref.top, meta.ref.left))))).toMatchObject({ mode: "native" });
    }
  });

  test("native: no template in the workbook says so", async () => {
    installExcel();
    await expect(excelOperations().prepareForSubmission!("native")).rejects.toEqual(
      new OperationError("no-templates", []),
    );
  });

  test("values: template formulas become the values they show; typed formulas, inputs and labels stay", async () => {
    const { fake, context } = installExcel();
    const written = plans(SET, { mode: "native" });
    await insertTemplates(context, () => written);
    // Excel's results: the cached values, and some awkward ones
    const shownBy = new Map<string, unknown>();
    written.forEach((plan, p) => {
      const sheet = sheetOf(fake, plan.sheetName);
      plan.cells.forEach((c, i) => {
        if (c.formula === undefined) return;
        const odd = [p === 0 ? "3-1" : undefined, "#DIV/0!", "", true][i % 7];
        const value = odd ?? (c.cached === null || c.cached === undefined ? "" : c.cached);
        sheet.cell(c.row, c.col).value = value;
        shownBy.set(`${plan.sheetName}!${c.row},${c.col}`, value);
      });
    });
    const data = sheetOf(fake, "基础数据");
    const va = fake.workbook.names.list.find((n) => n.name === "GREEN_DATA_va_Y1")!;
    data.protection.unprotect();
    Object.assign(data.cell(va.ref.top, va.ref.left), { formula: "=1000+200", value: 1200 });
    Object.assign(data.cell(300, 30), { formula: "=SUM(D10:D12)", value: 7 }); // beside the template
    data.protection.protect({ allowFormatColumns: true, allowFormatCells: true });
    const beforeOthers = written.map((plan) => {
      const sheet = sheetOf(fake, plan.sheetName);
      const computed = new Set(plan.cells.filter((c) => c.formula !== undefined).map((c) => `${c.row},${c.col}`));
      return new Map([...cellsOf(sheet)].filter(([k]) => !computed.has(k)));
    });

    const syncs = fake.syncs;
    expect(await excelOperations().prepareForSubmission!("values")).toBe(SET.length);
    expect(fake.syncs - syncs).toBe(4);

    written.forEach((plan, p) => {
      const sheet = sheetOf(fake, plan.sheetName);
      for (const c of plan.cells.filter((x) => x.formula !== undefined)) {
        const cell = sheet.cell(c.row, c.col);
        const value = shownBy.get(`${plan.sheetName}!${c.row},${c.col}`);
        expect([`${plan.sheetName}!${cellAddress(c.row, c.col)}`, shown(cell)]).toEqual([
          `${plan.sheetName}!${cellAddress(c.row, c.col)}`,
          value,
        ]);
        if (typeof value === "string" && value !== "" && !value.startsWith("#")) expect(cell.formula).toBe(`'${value}`); // text stays text
      }
      const computed = new Set(plan.cells.filter((c) => c.formula !== undefined).map((c) => `${c.row},${c.col}`));
      expect(new Map([...cellsOf(sheet)].filter(([k]) => !computed.has(k)))).toEqual(beforeOthers[p]);
      expect(sheet.protectedSheet).toBe(true);
    });
    expect(data.cell(va.ref.top, va.ref.left).formula).toBe("=1000+200");
    expect(data.cell(300, 30).formula).toBe("=SUM(D10:D12)");
    expect(effective(data.protectionOptions)).toEqual(effective({ allowFormatColumns: true, allowFormatCells: true }));
  });

  test("values: the number of syncs does not grow with the number of sheets or cells", async () => {
    const count = async (ids: TemplateId[]) => {
      const { fake, context } = installExcel();
      await insertTemplates(context, () => plans(ids, { mode: "native" }));
      const syncs = fake.syncs;
      await excelOperations().prepareForSubmission!("values");
      return fake.syncs - syncs;
    };
    expect(await count(["params"])).toBe(await count(SET));
  });

  test("an Excel failure comes back as an OperationError", async () => {
    (globalThis as unknown as { Excel: unknown }).Excel = {
      ...EXCEL_ENUMS,
      run: async () => {
        throw new Error("InvalidOperation: cell edit mode");
      },
    };
    await expect(excelOperations().prepareForSubmission!("values")).rejects.toEqual(
      new OperationError("excel", ["InvalidOperation: cell edit mode"]),
    );
    await expect(excelOperations().importData!({ years: [...YEARS], values: {} }, "zh-CN")).rejects.toEqual(
      new OperationError("excel", ["InvalidOperation: cell edit mode"]),
    );
  });
});

test("the data template's plan names the cells the import writes (the import reads them from the plan)", () => {
  const plan = dataTemplate.build({ lang: "zh-CN", mode: "native", years: YEARS, nameSuffix: "" });
  for (const cell of plan.cells.filter((c) => c.role === "input" && c.key?.startsWith("data:"))) {
    expect(plan.names.some((n) => n.range === cellAddress(cell.row, cell.col))).toBe(true);
  }
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
    const { fake } = installExcel();
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
    const { fake } = installExcel();
    const operations = excelOperations();
    await operations.insertTemplates(request());
    const s = sheetOf(fake, "基础数据");
    // Excel inserts a row above row 6: every cell from there down moves one row
    const moved = [...s.cells.entries()].map(([key, cell]) => [key.split(",").map(Number), cell] as const);
    s.cells.clear();
    for (const [[r = 0, c = 0], cell] of moved) s.cells.set(`${r >= 5 ? r + 1 : r},${c}`, cell);
    const before = everything(fake);
    const error = await refusal(() => operations.insertTemplates(request({ refresh: true })));
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
