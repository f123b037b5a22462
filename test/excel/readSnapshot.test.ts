/**
 * The Office.js reader (src/excel/readSnapshot) against the strict fake: two syncs whatever the workbook,
 * every property loaded before it is read, and the review of what it reads: the full template set as
 * inserted by the adapter (formula results set to what Excel would compute — the plans' cached values)
 * has no error finding; a formula typed over is found.
 */
import { reviewWorkbook } from "../../src/domain/review";
import { TEMPLATES } from "../../src/domain/templates/specs";
import { insertTemplates } from "../../src/excel/insertTemplates";
import { nameTarget, readWorkbookSnapshot } from "../../src/excel/readSnapshot";
import { samplePlans } from "../domain/review/reviewFixtures";
import { fakeContext, installExcelEnums, type FakeContext } from "./fakeExcel";

beforeAll(installExcelEnums);

/** What Excel's calculation would leave in each formula cell: the domain core's result. */
function calculate(fake: FakeContext): void {
  for (const plan of samplePlans()) {
    const sheet = fake.workbook.worksheets.find(plan.sheetName);
    for (const cell of plan.cells)
      if (sheet && cell.formula !== undefined) sheet.cell(cell.row, cell.col).value = cell.cached ?? "";
  }
}

test("reads the inserted template set in two syncs; the review finds no error", async () => {
  const { context, fake } = fakeContext();
  await insertTemplates(context, () => samplePlans());
  calculate(fake);
  const before = fake.syncs;
  const snapshot = await readWorkbookSnapshot(context);
  expect(fake.syncs - before).toBe(2);
  expect(snapshot.sheets.map((s) => s.name)).toEqual(
    TEMPLATES.map((t) => samplePlans().find((p) => p.templateId === t.id)?.sheetName),
  );
  expect(snapshot.names.find((n) => n.name === "GREEN_META_indicators")).toMatchObject({ sheet: "评价指标" });
  const report = reviewWorkbook(snapshot);
  expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
  expect(report.summary.templates).toHaveLength(14);
  expect(report.summary.totalScores[0]).toBeCloseTo(report.summary.expectedTotalScores[0] ?? NaN, 9);
});

test("a formula typed over in Excel is reported once", async () => {
  const { context, fake } = fakeContext();
  await insertTemplates(context, () => samplePlans());
  calculate(fake);
  const total = fake.workbook.names.list.find((n) => n.name === "GREEN_TOTAL_Y1");
  if (!total) throw new Error("no total");
  total.sheet.cell(total.ref.top, total.ref.left).formula = 90;
  const report = reviewWorkbook(await readWorkbookSnapshot(context));
  expect(report.findings.filter((f) => f.severity === "error").map((f) => `${f.code} ${f.sheet}`)).toEqual([
    "formula-replaced 评价指标",
  ]);
});

test("an empty workbook: two syncs, no cells, not a GreenAudit workbook", async () => {
  const { context, fake } = fakeContext();
  fake.workbook.worksheets.add("Sheet1");
  const snapshot = await readWorkbookSnapshot(context);
  expect(fake.syncs).toBe(2);
  expect(snapshot.sheets).toEqual([{ name: "Sheet1", cells: new Map() }]);
  expect(reviewWorkbook(snapshot).findings.map((f) => f.code)).toEqual(["not-greenaudit"]);
});

test("name formulas", () => {
  expect(nameTarget("='评价指标'!$M$44")).toEqual({ sheet: "评价指标", range: "M44" });
  expect(nameTarget("=Data!$D$7:$G$7")).toEqual({ sheet: "Data", range: "D7:G7" });
  expect(nameTarget("=0.06")).toBeUndefined();
});
