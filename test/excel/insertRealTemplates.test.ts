/** The Office.js adapter with the real template set: constant syncs, names, refresh keeping inputs. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ParkData } from "../../src/domain/calc";
import type { TemplateOptions } from "../../src/domain/templates/context";
import { TEMPLATES } from "../../src/domain/templates/specs";
import { insertTemplates } from "../../src/excel/insertTemplates";
import { fakeContext, installExcelEnums } from "./fakeExcel";

beforeAll(installExcelEnums);
const sample = JSON.parse(
  readFileSync(join(__dirname, "..", "..", "examples", "sample-park.json"), "utf8"),
) as ParkData;
const options: TemplateOptions = {
  lang: "zh-CN",
  mode: "native",
  years: [2021, 2022, 2023, 2024],
  nameSuffix: "",
  data: sample,
};
const allPlans = () => TEMPLATES.map((t) => t.build(options));

test("the full template set goes in at most three syncs, every defined name added", async () => {
  const { context, fake } = fakeContext();
  const report = await insertTemplates(context, allPlans);
  expect(report.syncs).toBeLessThanOrEqual(3);
  expect(fake.workbook.worksheets.sheets.map((s) => s.name)).toEqual(TEMPLATES.map((t) => t.build(options).sheetName));
  const names = new Set(fake.workbook.names.list.map((n) => n.name));
  expect(names.has("GREEN_TOTAL_Y3")).toBe(true);
  expect(names.has("GREEN_DATA_va_Y0")).toBe(true);
  expect(names.has("GREEN_META_indicators")).toBe(true);
});

test("refresh in place keeps every input value the user typed", async () => {
  const { context, fake } = fakeContext();
  await insertTemplates(context, allPlans);
  const data = fake.workbook.worksheets.find("基础数据");
  const va = fake.workbook.names.list.find((n) => n.name === "GREEN_DATA_va_Y2");
  if (!data || !va) throw new Error("missing");
  data.protection.unprotect();
  data.cell(va.ref.top, va.ref.left).formula = 1400000;
  data.protection.protect();
  const before = fake.syncs;
  await insertTemplates(context, () => TEMPLATES.map((t) => t.build({ ...options, data: undefined })), {
    refresh: true,
  });
  expect(fake.syncs - before).toBeLessThanOrEqual(3);
  expect(data.cell(va.ref.top, va.ref.left).formula).toBe(1400000);
  expect(fake.workbook.worksheets.sheets).toHaveLength(TEMPLATES.length);
});

test("inserting the set again adds suffixed sheets and leaves the first copy alone", async () => {
  const { context, fake } = fakeContext();
  await insertTemplates(context, allPlans);
  const report = await insertTemplates(context, (existing) =>
    TEMPLATES.map((t) =>
      t.build({ ...options, nameSuffix: existing.names.some((n) => n.startsWith("GREEN_META_")) ? "_2" : "" }),
    ),
  );
  expect(report.sheets.map((s) => s.sheetName)).toEqual(allPlans().map((p) => `${p.sheetName} (2)`));
  expect(fake.workbook.names.list.some((n) => n.name === "GREEN_TOTAL_Y1_2")).toBe(true);
});
