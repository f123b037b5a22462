/**
 * Formula references as Excel reads them (the forms of Excel's "Overview of formulas" and "Using
 * references"), canonical spellings, and the work the review does on long and many formulas — bounded by
 * counting what is parsed, and by the growth of CPU time with the formula's length, not by a wall clock.
 */
import * as refsModule from "../../../src/domain/review/formulaRefs";
import { canonicalFormula, formulaReferences, shiftFormulaRows } from "../../../src/domain/review/formulaRefs";
import { reviewWorkbook } from "../../../src/domain/review";
import type { SheetSnapshot, SnapshotCell, WorkbookSnapshot } from "../../../src/domain/review/snapshot";
import { MAX_COLUMNS, MAX_ROWS } from "../../../src/domain/templates/a1";
import { readSnapshot } from "../../../src/xlsx/readSnapshot";
import { loadBook, namedCell, sampleWorkbook, saveBook } from "./reviewFixtures";

const noNames = () => false;
const refs = (formula: string, names: readonly string[] = []) =>
  formulaReferences(formula, (n) => names.includes(n.toUpperCase()));
const cell = (row: number, col: number) => ({ top: row, left: col, bottom: row, right: col });

describe("Excel's reference forms", () => {
  test.each([
    ["A10", [{ range: cell(9, 0) }]],
    ["$B$2+b3", [{ range: cell(1, 1) }, { range: cell(2, 1) }]],
    ["SUM(A10:A20)", [{ range: { top: 9, left: 0, bottom: 19, right: 0 } }]],
    ["SUM(B15:E15)", [{ range: { top: 14, left: 1, bottom: 14, right: 4 } }]],
    ["SUM(A:A)", [{ range: { top: 0, left: 0, bottom: MAX_ROWS - 1, right: 0 } }]],
    ["SUM(H:J)", [{ range: { top: 0, left: 7, bottom: MAX_ROWS - 1, right: 9 } }]],
    ["SUM(5:5)", [{ range: { top: 4, left: 0, bottom: 4, right: MAX_COLUMNS - 1 } }]],
    ["SUM($5:$10)", [{ range: { top: 4, left: 0, bottom: 9, right: MAX_COLUMNS - 1 } }]],
    ["Marketing!A1:C10", [{ sheet: "Marketing", range: { top: 0, left: 0, bottom: 9, right: 2 } }]],
    ["'基础 数据'!$D$4", [{ sheet: "基础 数据", range: cell(3, 3) }]],
    ["参数!D5", [{ sheet: "参数", range: cell(4, 3) }]],
    ["'O''Brien'!A1", [{ sheet: "O'Brien", range: cell(0, 0) }]],
    ["SUM(Sheet2:Sheet13!B5)", [{ sheet: "Sheet2", toSheet: "Sheet13", range: cell(4, 1) }]],
    [
      "SUM('Jan 2024:Mar 2024'!B2:B4)",
      [{ sheet: "Jan 2024", toSheet: "Mar 2024", range: { top: 1, left: 1, bottom: 3, right: 1 } }],
    ],
  ])("%s", (formula, expected) => {
    expect(refs(formula)).toEqual({ refs: expected, names: [], external: [] });
  });

  test("the intersection operator (a space) reads only the shared cells", () => {
    expect(refs("SUM(B7:D7 C6:C8)").refs).toEqual([{ range: cell(6, 2) }]);
    expect(refs("A1:B2 C3:D4").refs).toEqual([]); // #NULL!: no cell in common
    expect(refs("SUM(A:A 3:3)").refs).toEqual([{ range: cell(2, 0) }]);
  });

  test("the range operator between references spans them", () => {
    expect(refs("SUM(A1:A3:C5)").refs).toEqual([{ range: { top: 0, left: 0, bottom: 4, right: 2 } }]);
    expect(refs("SUM(Data!A1:Data!B9)").refs).toEqual([
      { sheet: "Data", range: { top: 0, left: 0, bottom: 8, right: 1 } },
    ]);
  });

  test("references into other workbooks are never this workbook's cells", () => {
    const r = refs("[1]Sheet1!A1+[Budget.xlsx]Annual!C10:C25+'C:\\Reports\\[Q1.xlsx]Sheet1'!B2+A2");
    expect(r.refs).toEqual([{ range: cell(1, 0) }]);
    expect(r.external).toEqual(["[1]Sheet1!A1", "[Budget.xlsx]Annual!C10:C25", "B2"]);
  });

  test("names, sheet-scoped names; nothing inside string literals; functions are not names", () => {
    const r = refs(
      'IF(A1="B2",SUM($C$3:C9)+green_data_va_y1,Sheet1!GREEN_X)+COUNTIF(GREEN_OPT_STATUS,"Y1")+LOG10(E5)',
      ["GREEN_DATA_VA_Y1", "GREEN_X", "GREEN_OPT_STATUS"],
    );
    expect(r.refs).toEqual([
      { range: cell(0, 0) },
      { range: { top: 2, left: 2, bottom: 8, right: 2 } },
      { range: cell(4, 4) },
    ]);
    expect(r.names).toEqual(["green_data_va_y1", "GREEN_X", "GREEN_OPT_STATUS"]);
    expect(refs('"unterminated A1').refs).toEqual([]);
  });

  test("beyond Excel's grid, R1C1 text and A0 are not cell references", () => {
    expect(refs("A1048577+XFE1+A0").refs).toEqual([]);
    expect(refs("XFD1048576").refs).toEqual([{ range: cell(MAX_ROWS - 1, MAX_COLUMNS - 1) }]);
  });
});

describe("canonical formulas and moved rows", () => {
  test("spaces are dropped, except the intersection operator", () => {
    expect(canonicalFormula("=sum( $a$1 , _xlfn.IFS(1) )")).toBe(canonicalFormula("SUM(A1,IFS(1))"));
    expect(canonicalFormula("_xldudf_GREEN_SCORE(1)")).toBe("GREEN.SCORE(1)");
    expect(canonicalFormula("SUM(B7:D7 C6:C8)")).toBe("SUM(B7:D7 C6:C8)");
    expect(canonicalFormula("SUM(B7:D7  C6:C8)")).toBe(canonicalFormula("sum(b7:d7 c6:c8)"));
    expect(canonicalFormula("SUM(B7:D7 C6:C8)")).not.toBe(canonicalFormula("SUM(B7:D7,C6:C8)"));
    expect(canonicalFormula('A1&" x  y "')).toBe('A1&" x  y "');
    expect(canonicalFormula("'My $Sheet'!$A$1")).toBe("'MY $SHEET'!A1");
  });

  test("same-sheet rows move; sheet-qualified, whole-column and quoted text stay", () => {
    const rowOf = (r: number) => (r >= 5 ? r + 2 : r);
    expect(shiftFormulaRows('SUM(J3:J9)+"A9"+Data!B9', rowOf)).toBe('SUM(J3:J11)+"A9"+Data!B9');
    expect(shiftFormulaRows("SUM($B$6:B$8)+SUM(C:C)+A2", rowOf)).toBe("SUM($B$8:B$10)+SUM(C:C)+A2");
  });
});

describe("the review's work is bounded", () => {
  /** CPU time of `f`, the least of three runs (CPU time, not wall time: another process does not count). */
  function cpuMicros(f: () => void): number {
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const start = process.cpuUsage();
      f();
      const used = process.cpuUsage(start);
      best = Math.min(best, used.user + used.system);
    }
    return best;
  }

  test.each([
    ["a long identifier", (n: number) => `LEN(${"a".repeat(n)})`],
    ["a long run of Chinese text", (n: number) => `${"参".repeat(n)}!A1`],
    ["an unterminated quoted sheet name", (n: number) => `'${"x".repeat(n)}`],
    [
      "many sheet-qualified references",
      (n: number) =>
        Array.from({ length: Math.floor(n / 12) }, (_, i) => `'数据 ${i % 7}'!B${(i % 999) + 1}`).join("+"),
    ],
  ])("%s: reading grows linearly with the length (4× longer costs well under 16×)", (_name, make) => {
    const short = make(75000);
    const long = make(300000);
    formulaReferences(short, noNames); // warm up the compiler
    const a = cpuMicros(() => formulaReferences(short, noNames));
    const b = cpuMicros(() => formulaReferences(long, noNames));
    // linear: about 4×; the regex reader was quadratic: 16× (75 000 characters took it seconds, so a floor
    // of 50 ms under the short case keeps collector noise out without hiding quadratic growth)
    expect(b / Math.max(a, 50000)).toBeLessThan(9);
  });

  let sample: WorkbookSnapshot;
  let staleAddress = "";
  beforeAll(async () => {
    const book = await loadBook(await sampleWorkbook());
    const { sheet, address } = namedCell(book, "GREEN_DATA_va_Y2");
    staleAddress = address;
    sheet.getCell(address).value = 1500000;
    sample = await readSnapshot(await saveBook(book));
  });

  test("one stale input beside 1 000 unrelated 8 000-character formulas: only template formulas are read", () => {
    const long = (i: number) =>
      `SUM(${Array.from({ length: 1000 }, (_, k) => `A${((i + k) % 5000) + 1}`).join(",")})`.slice(0, 7990) + "0)";
    const cells = new Map<string, SnapshotCell>();
    for (let i = 0; i < 1000; i++) cells.set(`B${i + 1}`, { value: 0, formula: long(i) });
    const userSheet: SheetSnapshot = { name: "我的计算", cells };
    const snapshot: WorkbookSnapshot = { ...sample, sheets: [...sample.sheets, userSheet] };
    const read = jest.spyOn(refsModule, "formulaReferences");
    try {
      const report = reviewWorkbook(snapshot);
      expect(
        report.findings.filter((f) => f.severity === "error").map((f) => `${f.code} ${f.sheet}!${f.cell}`),
      ).toEqual([`stale-results 基础数据!${staleAddress}`]);
      const formulas = read.mock.calls.map(([formula]) => formula);
      expect(formulas.some((f) => f.length > 7000)).toBe(false);
      // the discrepant cells' formulas, each read once
      expect(new Set(formulas).size).toBeGreaterThan(10);
      expect(formulas.length).toBeLessThan(2000);
    } finally {
      read.mockRestore();
    }
  });

  test("a discrepant cell whose formula is 300 000 characters long is reviewed", () => {
    const sheet = sample.sheets.find((s) => s.name === "评价指标");
    const total = sample.names.find((n) => n.name === "GREEN_TOTAL_Y2");
    if (!sheet || !total) throw new Error("sample sheet missing");
    const cells = new Map(sheet.cells);
    const formula = `${"a".repeat(150000)}+'${"参".repeat(150000)}`;
    cells.set(total.range, { value: 1, formula });
    const snapshot: WorkbookSnapshot = {
      ...sample,
      sheets: sample.sheets.map((s) => (s === sheet ? { ...s, cells } : s)),
    };
    const report = reviewWorkbook(snapshot);
    expect(report.findings.some((f) => f.sheet === "评价指标" && f.cell === total.range)).toBe(true);
  });
});
