/**
 * A park data file into the open workbook through the Office.js adapter (src/excel/operations/importData.ts), against
 * the strict fake (docs/architecture.md rung 3): each value in its input cell, in the sheet's units; typed values
 * replaced only where the file gives one; protection lifted and put back; a fixed number of syncs whatever the file
 * holds; a file of other years refused with nothing changed; a workbook without templates given the data sheet.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ParkDataFile } from "../../src/domain/schema/parkData";
import { exportParkData, readWorkbookInputs } from "../../src/domain/schema/exportParkData";
import { optionsFromParkData } from "../../src/domain/schema/parkDataOptions";
import { cellAddress } from "../../src/domain/templates/a1";
import type { TemplateId } from "../../src/domain/templates/sheetPlan";
import { dataTemplate, ENERGY_BLOCK_CARRIERS, reportingUnit } from "../../src/domain/templates/specs/data";
import { YearsError } from "../../src/excel/errors";
import { importParkData } from "../../src/excel/operations/importData";
import { readWorkbookSnapshot } from "../../src/excel/readSnapshot";
import { installFakeExcel } from "./fakeExcel";
import {
  cellsOf,
  changed,
  effective,
  insertSet,
  named,
  rowOfLabel,
  sheetOf,
  shown,
  templateSet,
  YEARS,
} from "./workbookCells";

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
    const { fake } = installFakeExcel();
    await insertSet(["data"]);
    const data = sheetOf(fake, "基础数据");
    expect(data.protectedSheet).toBe(true);
    const options = { ...data.protectionOptions };
    // the user typed the base-year value added earlier; the file leaves it null
    named(fake, "GREEN_DATA_va_Y0").formula = 999;
    // and locked one input cell: the import must still write it (the sheet's protection is lifted, no password)
    named(fake, "GREEN_DATA_va_Y3").locked = true;
    const before = cellsOf(data);
    const syncs = fake.syncs;

    const outcome = await importParkData(file, templateSet(["data"]));
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
    const { fake } = installFakeExcel();
    await insertSet(["data"]);
    const small: ParkDataFile = { years: [...YEARS], values: { va: [1, null, null, null] } };
    let syncs = fake.syncs;
    expect((await importParkData(small, templateSet(["data"]))).written).toBe(1);
    const few = fake.syncs - syncs;
    syncs = fake.syncs;
    const outcome = await importParkData(sample, templateSet(["data"]));
    expect(outcome.written).toBeGreaterThan(150);
    expect(fake.syncs - syncs).toBe(few);
    expect(named(fake, "GREEN_DATA_va_Y3").formula).toBe(1470000);
  });

  test("a data file whose years differ changes nothing and says so", async () => {
    const { fake } = installFakeExcel();
    await insertSet(["data"]);
    const data = sheetOf(fake, "基础数据");
    const before = cellsOf(data);
    const other = { ...file, years: [2020, 2021, 2022, 2023] };
    const error = await importParkData(other, templateSet(["data"])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(YearsError);
    expect((error as YearsError).message).toContain("2020, 2021, 2022, 2023");
    expect(changed(before, cellsOf(data))).toEqual([]);
    expect(data.protectedSheet).toBe(true);
  });

  test("without a data sheet the data sheet is inserted, filled from the file", async () => {
    const { fake } = installFakeExcel();
    const outcome = await importParkData(
      sample,
      templateSet(["data"], { lang: "en-US", ...optionsFromParkData(sample) }),
    );
    expect(outcome.written).toBe(0);
    expect(outcome.inserted?.map((s) => s.templateId)).toEqual(["params", "data", "carbon"]);
    expect(named(fake, "GREEN_DATA_va_Y1").formula).toBe(1296000);
  });

  test("a template name that lost its sheet (=#REF!) does not stop the import", async () => {
    const { fake } = installFakeExcel();
    await insertSet(["indicators"]);
    fake.workbook.names.list.find((n) => n.name === "GREEN_META_indicators")!.broken = true;
    const outcome = await importParkData(file, templateSet(["data"]));
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
    const { fake, context } = installFakeExcel();
    await insertSet(["lowcarbon", "options", "plan", "carbon"]);
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
    const outcome = await importParkData(file, templateSet(["data"]));
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

test("the data template's plan names the cells the import writes (the import reads them from the plan)", () => {
  const plan = dataTemplate.build({ lang: "zh-CN", mode: "native", years: YEARS, nameSuffix: "" });
  for (const cell of plan.cells.filter((c) => c.role === "input" && c.key?.startsWith("data:"))) {
    expect(plan.names.some((n) => n.range === cellAddress(cell.row, cell.col))).toBe(true);
  }
});
