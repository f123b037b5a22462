/**
 * Metadata records the schema accepts but no workbook of the product carries: many GREEN_META_* records
 * with large list capacities. The review stays within the same row limit as the reader's sheets, reports
 * what it did not review as a finding (never as an unreadable file) and never overflows the stack.
 */
import { reviewWorkbook } from "../../../src/domain/review";
import type { SnapshotCell, WorkbookSnapshot } from "../../../src/domain/review/snapshot";
import { cellAddress } from "../../../src/domain/templates/a1";
import { findTemplate } from "../../../src/domain/templates/specs";
import { readWorkbookSync } from "../../../src/xlsx/readWorkbookFile";
import { sampleWorkbook } from "./reviewFixtures";

let sample: WorkbookSnapshot;
beforeAll(async () => {
  sample = readWorkbookSync(await sampleWorkbook());
});

/** The sample with `records` extra options records of `capacity` rows, each its own template set, in a spare column of the options sheet. */
function withRecords(records: number, capacity: number): WorkbookSnapshot {
  const metaName = sample.names.find((n) => n.name === "GREEN_META_options") as { sheet: string; range: string };
  const sheet = sample.sheets.find((s) => s.name === metaName.sheet) as WorkbookSnapshot["sheets"][number];
  const record = JSON.parse(String(sheet.cells.get(metaName.range)?.value)) as Record<string, unknown>;
  const cells = new Map<string, SnapshotCell>(sheet.cells);
  const names = [...sample.names];
  for (let i = 0; i < records; i++) {
    const address = cellAddress(1000 + i, 200);
    cells.set(address, { value: JSON.stringify({ ...record, nameSuffix: `_${i}`, capacity }) });
    names.push({ name: `GREEN_META_options_${i}`, sheet: sheet.name, range: address });
  }
  return { sheets: sample.sheets.map((s) => (s === sheet ? { name: s.name, cells } : s)), names };
}

test("80 records of capacity 3 000: over the row limit, reported as a review finding without rebuilding them", () => {
  const report = reviewWorkbook(withRecords(80, 3000));
  expect(report.findings).toEqual([expect.objectContaining({ code: "review-incomplete", severity: "error" })]);
  expect(report.findings[0]!.message.en).toMatch(/2400\d\d list rows in all, over the check's limit of 100000 rows/);
}, 30000);

test("one record of capacity 100 000 (the schema's maximum): no stack overflow, a finding", () => {
  const report = reviewWorkbook(withRecords(1, 100000));
  expect(report.findings.some((f) => f.code === "review-incomplete")).toBe(true);
});

test("a record of capacity 4 000 (within the limit) is reviewed: no stack overflow in the sheet builder", () => {
  const report = reviewWorkbook(withRecords(1, 4000));
  expect(report.findings.some((f) => f.code === "review-incomplete")).toBe(false);
  expect(report.summary.templates).toContain("options_0");
}, 120000);

test("the options sheet of 4 000 rows is built (the print setup and the metadata column without argument spreading)", () => {
  const plan = findTemplate("options")?.build({
    lang: "zh-CN",
    mode: "native",
    years: [2021, 2022, 2023, 2024],
    nameSuffix: "",
    rows: { options: Array.from({ length: 4000 }, () => ({})) },
  });
  expect(plan?.cells.some((c) => c.row >= 4000)).toBe(true);
});
