/**
 * The review recomputes a further target's actual linked to the performance matrix (江苏省《行业清洁生产审核技术指南》
 * 附录B 7.3, the 其他污染物减排量 of 7.2; docs/templates.md#targets) like every template formula: the untouched
 * workbook has nothing to say about it, an edited formula is formula-changed and a typed value formula-replaced.
 */
import type ExcelJS from "exceljs";
import { reviewWorkbook, type Finding, type ReviewReport } from "../../../src/domain/review";
import { readSnapshot } from "../../../src/xlsx/readSnapshot";
import {
  TARGET_ROWS,
  keyedAddress,
  loadBook,
  sampleOptions,
  samplePlans,
  sampleWorkbook,
  saveBook,
} from "./reviewFixtures";

/** The options of the fixture implement 甲苯 2.4 + 3.6 = 6 t/a (docs/templates.md#performance). */
const TOLUENE_TARGET = {
  type: "其他",
  indicator: "甲苯",
  unit: "t/a",
  direction: "↑",
  baseline: 0,
  target: 8,
  evidence: "RTO 验收监测报告",
};
const id = (f: Finding) => `${f.code} ${f.sheet}!${f.cell}`;
const review = async (bytes: Uint8Array) => reviewWorkbook(await readSnapshot(bytes));

let pristine: Uint8Array;
let baseline: ReviewReport;
let actualAt = "";

beforeAll(async () => {
  const rows = { ...sampleOptions().rows, targets: [...TARGET_ROWS, TOLUENE_TARGET] };
  pristine = await saveBook(await loadBook(await sampleWorkbook({ rows })));
  baseline = await review(pristine);
  actualAt = keyedAddress(samplePlans({ rows }), "targets", "tgt:actual:3");
});

async function tampered(edit: (sheet: ExcelJS.Worksheet) => void): Promise<Finding[]> {
  const book = await loadBook(pristine);
  const sheet = book.getWorksheet("目标完成");
  if (!sheet) throw new Error("no targets sheet");
  edit(sheet);
  const report = await review(await saveBook(book));
  const before = new Set(baseline.findings.map(id));
  return report.findings.filter((f) => !before.has(id(f)));
}

test("untouched: the linked actual agrees with its recomputation (6 t/a), no finding at the targets sheet", async () => {
  expect(baseline.findings.filter((f) => f.severity === "error")).toEqual([]);
  expect(baseline.findings.filter((f) => f.sheet === "目标完成" && f.cell === actualAt)).toEqual([]);
  const book = await loadBook(pristine);
  const { formula, result } = book.getWorksheet("目标完成")?.getCell(actualAt) ?? {};
  expect(formula).toContain("GREEN_MTX_OTHER_POLLUTANT_NAMES");
  expect(result).toBeCloseTo(6, 9);
});

test("the lookup edited (the unit compared with the names): formula-changed at the actual, once", async () => {
  const news = await tampered((sheet) => {
    const { formula } = sheet.getCell(actualAt);
    const edited = formula.replace(/GREEN_MTX_OTHER_POLLUTANT_UNITS/g, "GREEN_MTX_OTHER_POLLUTANT_NAMES");
    sheet.getCell(actualAt).value = { formula: edited, result: "" };
  });
  expect(news.map(id)).toEqual([`formula-changed 目标完成!${actualAt}`]);
  expect(news[0]).toMatchObject({ severity: "error", expected: 6 });
});

test("the actual typed over the formula: formula-replaced at the actual, once", async () => {
  const news = await tampered((sheet) => {
    sheet.getCell(actualAt).value = 8;
  });
  expect(news.map(id)).toEqual([`formula-replaced 目标完成!${actualAt}`]);
  expect(news[0]).toMatchObject({ severity: "error", found: 8, expected: 6 });
});
