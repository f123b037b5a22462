/**
 * The review of 低碳管理 (docs/review-codes.md): a missing answer or evidence index is a warning, a 应 item not met a
 * warning, a tampered verdict an error — also an edited verdict formula whose value still agrees.
 */
import type ExcelJS from "exceljs";
import { LOW_CARBON_ITEMS } from "../../../src/domain/catalog";
import { reviewWorkbook, type Finding, type ReviewReport } from "../../../src/domain/review";
import { TEMPLATES } from "../../../src/domain/templates/specs";
import type { SheetPlan } from "../../../src/domain/templates/sheetPlan";
import { planToXlsx } from "../../../src/xlsx/writePlan";
import { readSnapshot } from "../../../src/xlsx/readSnapshot";
import { keyedAddress, loadBook, sampleOptions, saveBook } from "./reviewFixtures";

const SHEET = "低碳管理";
const rows = LOW_CARBON_ITEMS.map((i) => ({ id: i.id, answer: "符合", evidence: `附件${i.id}` })).map((r) =>
  r.id === "5.2a"
    ? { ...r, answer: null } // a 宜 item unanswered
    : r.id === "6.1c"
      ? { ...r, evidence: null } // answered, no evidence
      : r.id === "8.2c"
        ? { ...r, answer: "部分符合" } // a 应 record kept in part
        : r,
);

const options = sampleOptions({ rows: { lowcarbon: rows } });
const PLANS: SheetPlan[] = TEMPLATES.filter((t) => ["params", "data", "carbon", "lowcarbon"].includes(t.id)).map((t) =>
  t.build(options),
);
const at = (key: string) => `${SHEET}!${keyedAddress(PLANS, "lowcarbon", key)}`;
const id = (f: Finding) => `${f.code} ${f.sheet}!${f.cell}`;

let pristine: Uint8Array;
let baseline: ReviewReport;

async function tampered(edit: (sheet: ExcelJS.Worksheet) => void): Promise<ReviewReport> {
  const book = await loadBook(pristine);
  const sheet = book.getWorksheet(SHEET);
  if (!sheet) throw new Error("no sheet");
  edit(sheet);
  return reviewWorkbook(await readSnapshot(await saveBook(book)));
}

const added = (report: ReviewReport) => {
  const before = new Set(baseline.findings.map(id));
  return report.findings.filter((f) => !before.has(id(f)));
};

beforeAll(async () => {
  pristine = await planToXlsx(PLANS);
  baseline = reviewWorkbook(await readSnapshot(pristine));
});

test("the untouched sheet: no error; the unanswered item, the missing evidence and the 应 item not met are warnings", () => {
  expect(baseline.findings.filter((f) => f.severity === "error")).toEqual([]);
  const mine = baseline.findings.filter((f) => f.templateId === "lowcarbon");
  expect(mine.map(id)).toEqual([
    `requirement-unanswered ${at("answer:5.2a")}`,
    `evidence-missing ${at("evidence:6.1c")}`,
    `requirement-not-met ${at("answer:8.2c")}`,
  ]);
  expect(mine.map((f) => f.severity)).toEqual(["warning", "warning", "warning"]);
  expect(mine[2]?.message.zh).toContain("8.2 c)");
});

test("a verdict typed over its formula: formula-replaced (error) at that cell", async () => {
  const report = await tampered((sheet) => {
    sheet.getCell(keyedAddress(PLANS, "lowcarbon", "verdict:overall")).value = "符合";
  });
  expect(added(report).map(id)).toEqual([`formula-replaced ${at("verdict:overall")}`]);
  expect(added(report)[0]?.severity).toBe("error");
});

test("a verdict formula edited to show the same word: formula-changed (error)", async () => {
  const address = keyedAddress(PLANS, "lowcarbon", "verdict:6.1");
  const report = await tampered((sheet) => {
    sheet.getCell(address).value = { formula: '"符合"', result: "符合" } as ExcelJS.CellFormulaValue;
  });
  expect(added(report).map(id)).toEqual([`formula-changed ${at("verdict:6.1")}`]);
  expect(added(report)[0]?.severity).toBe("error");
});

test("an answer changed without recalculating: the stale clause verdict is an error, the answer a warning", async () => {
  const report = await tampered((sheet) => {
    sheet.getCell(keyedAddress(PLANS, "lowcarbon", "answer:6.1b")).value = "不符合";
  });
  const found = added(report);
  // the overall verdict was 不符合 already (8.2 c) 部分符合): only the clause's verdict is stale
  expect(found.map(id)).toEqual([`total-mismatch ${at("verdict:6.1")}`, `requirement-not-met ${at("answer:6.1b")}`]);
  expect(found[0]).toMatchObject({ severity: "error", expected: "不符合", found: "符合" });
});
