/**
 * A result the spreadsheet program failed to compute: LibreOffice left #N/A in the IRR cells of options whose
 * IRR is about 130–250 % when the template's IRR was RATE(Y, F, −I) from its default guess. No input explains
 * an error value (a template formula shows a text for every input), so the review reports each such cell as
 * the program's failure — never a parameter of the sheet as "changed after the last calculation".
 */
import ExcelJS from "exceljs";
import { reviewWorkbook, type Finding } from "../../../src/domain/review";
import { readSnapshot } from "../../../src/xlsx/readSnapshot";
import { OPTION_ROWS } from "../../xlsx/optionRows.fixture";
import { keyedAddress, loadBook, sampleOptions, samplePlans, sampleWorkbook, saveBook } from "./reviewFixtures";

const id = (f: Finding) => `${f.code} ${f.sheet}!${f.cell}`;

// two 中/高费 options with IRRs of about 152 % and 127 % (I = 20, P = 40; I = 30, P = 50; Y = 10, t = 25 %)
const HIGH_RETURN = [
  { level: "企业", type: "节能", name: "余压发电", investment: 20, status: "待实施", benefit: 40 },
  { level: "企业", type: "节能", name: "电机系统节能", investment: 30, status: "待实施", benefit: 50 },
];
const over = { rows: { ...sampleOptions().rows, options: [...OPTION_ROWS, ...HIGH_RETURN] } };
const irrRows = [OPTION_ROWS.length + 1, OPTION_ROWS.length + 2];

test("an IRR shown as #N/A by the program: reported at each cell as the program's failure; no input blamed", async () => {
  const plans = samplePlans(over);
  const pristine = await sampleWorkbook(over);
  const before = reviewWorkbook(await readSnapshot(pristine));
  const book = await loadBook(pristine);
  const sheet = book.getWorksheet("方案汇总");
  if (!sheet) throw new Error("no options sheet");
  const cells = irrRows.map((n) => keyedAddress(plans, "options", `opt:irr:${n}`));
  for (const address of cells) {
    const written = sheet.getCell(address).value as ExcelJS.CellFormulaValue;
    expect(written.result).toBeGreaterThan(1.2);
    sheet.getCell(address).value = { formula: written.formula, result: { error: "#N/A" } } as ExcelJS.CellFormulaValue;
  }
  const after = reviewWorkbook(await readSnapshot(await saveBook(book)));
  const known = new Set(before.findings.map(id));
  const added = after.findings.filter((f) => !known.has(id(f)));
  expect(added.map(id).sort()).toEqual(cells.map((c) => `economics-mismatch 方案汇总!${c}`).sort());
  expect(after.findings.filter((f) => f.code === "stale-results")).toEqual([]);
  for (const f of added) {
    expect(f.found).toBe("#N/A");
    expect(typeof f.expected).toBe("number");
    expect(f.message.zh).toMatch(/电子表格程序未能算出此结果.*与输入数据无关/);
    expect(f.message.en).toMatch(/could not compute this result.*not of the inputs/);
  }
}, 120000);
