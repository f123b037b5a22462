/**
 * "Saved by another spreadsheet program" (docs/architecture.md): the product's workbook recalculated and saved
 * by LibreOffice headless (one conversion) is still found and verified: no error finding, the same
 * warnings and info as before, totals equal.
 */
import { reviewWorkbook, type Finding } from "../../src/domain/review";
import { readSnapshot } from "../../src/xlsx/readSnapshot";
import { sampleWorkbook } from "../domain/review/reviewFixtures";
import { recalculateWithLibreOffice } from "./libreOffice";

const id = (f: Finding) => `${f.code} ${f.sheet}!${f.cell}`;

test("a workbook saved by LibreOffice: no error finding, the same findings as the original", async () => {
  const original = await sampleWorkbook();
  const saved = await recalculateWithLibreOffice(original, "park.xlsx");
  const before = reviewWorkbook(await readSnapshot(original));
  const after = reviewWorkbook(await readSnapshot(new Uint8Array(saved)));
  expect(after.findings.filter((f) => f.severity === "error")).toEqual([]);
  expect(after.findings.map(id).sort()).toEqual(before.findings.map(id).sort());
  after.summary.totalScores.forEach((score, k) => expect(score).toBeCloseTo(before.summary.totalScores[k] ?? NaN, 6));
}, 180000);
