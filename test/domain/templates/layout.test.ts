/**
 * Page layout from the plan: text widths (a CJK character about two digit widths), wrapped lines and
 * row heights, notes spread over the table, and the print setup (area, titles, header/footer, scale).
 * Expected values are counted by hand from the texts and widths given.
 */
import {
  MIN_PRINT_SCALE,
  columnPoints,
  printSetup,
  printableWidth,
  rowHeights,
  textWidth,
  wrappedLines,
} from "../../../src/domain/templates/layout";
import type { PlannedCell } from "../../../src/domain/templates/sheetPlan";
import { TEMPLATES } from "../../../src/domain/templates/specs";

describe("text width and wrapping", () => {
  test("CJK and full-width characters count two, Latin one", () => {
    expect(textWidth("abc")).toBe(3);
    expect(textWidth("总工期（天）")).toBe(12);
    expect(textWidth("2022 得分")).toBe(9);
  });

  test("wrapped lines: CJK breaks anywhere, Latin words move whole, \\n starts a line", () => {
    // 12 CJK characters at 2.1 = 25.2 in a column 12 wide (11.7 usable): three lines
    expect(wrappedLines("其中固定资产投资（万元）", 12)).toBe(3);
    expect(wrappedLines("总工期（天）", 12)).toBe(2);
    expect(wrappedLines("总工期（天）", 14)).toBe(1);
    expect(wrappedLines("Total energy saved", 10)).toBe(3);
    expect(wrappedLines("2022\n得分", 8)).toBe(2);
  });

  test("Latin text is measured with the default font's glyph widths: narrow letters take less room than digits", () => {
    // "illicit little lilies": i, l .45, c .83, t .66, e .98, s .77, spaces .45 — 11.84 digit widths, × 1.04 on
    // screen 12.3: one line in a column 14 wide (13.2 usable); 21 digits, 21.8 wide, take two
    expect(wrappedLines("illicit little lilies", 14)).toBe(1);
    expect(wrappedLines("012345678901234567890", 14)).toBe(2);
    // "MMMMMMMM": 8 × 1.69 × 1.04 = 14.1, wider than 13.2: two lines where eight digits take one
    expect(wrappedLines("MMMMMMMM", 14)).toBe(2);
    expect(wrappedLines("00000000", 14)).toBe(1);
  });

  test("an input cell marked to wrap gets a row tall enough for its lines", () => {
    const text = "national excl. market non-fossil";
    const cells: PlannedCell[] = [
      { row: 0, col: 0, role: "input", value: text, wrap: true },
      { row: 1, col: 0, role: "input", value: text },
    ];
    // n 1.04 a .95 t .66 i .45 o 1.04 n 1.04 a .95 l .45 space .45 → "national " 7.03 × 1.04 = 7.3; "excl. " 4.2;
    // "market " 6.5; "non-fossil" 8.1: in a column 12 wide (11.2 usable) three lines: 3 × 15.4 + 3 → 50
    expect(rowHeights(cells, [12], [])).toEqual([{ row: 0, height: 50 }]);
  });

  test("row heights: only rows whose wrapped text needs a second line, merged widths counted", () => {
    const cells: PlannedCell[] = [
      { row: 0, col: 0, role: "title", value: "一个很长的标题不换行所以不需要更高的行高一个很长的标题" },
      { row: 1, col: 0, role: "note", value: "说明文字说明文字说明文字说明文字说明文字" }, // 20 CJK = 42 units
      { row: 2, col: 0, role: "header", value: "其中固定资产投资（万元）" },
      { row: 2, col: 1, role: "header", value: "序号" },
      { row: 3, col: 0, role: "input", value: "很长的输入不换行很长的输入不换行很长的输入不换行" },
    ];
    const heights = rowHeights(cells, [12, 6, 30], [{ top: 1, left: 0, bottom: 1, right: 2 }]);
    // the note spans 48 units: one line; the header needs 3 lines of 11 pt at 1.4: 3 × 15.4 + 3 → 50
    expect(heights).toEqual([{ row: 2, height: 50 }]);
  });
});

describe("print setup", () => {
  const cells: PlannedCell[] = [
    { row: 0, col: 0, role: "title", value: "标题" },
    { row: 2, col: 0, role: "header", value: "序号" },
    { row: 2, col: 1, role: "header", value: "名称" },
    { row: 3, col: 0, role: "unit", value: "" },
    { row: 4, col: 0, role: "input", value: null },
    { row: 4, col: 1, role: "computed", formula: "1", cached: "" },
    { row: 5, col: 0, role: "computed", formula: "1", cached: "" },
    { row: 0, col: 9, role: "note", value: "{}" },
  ];

  test("area to the last row with content or inputs, header band repeated, park and sheet in the header", () => {
    const setup = printSetup({
      cells: cells.filter((c) => c.col !== 9),
      widths: [6, 20],
      hiddenColumns: [9],
      freeze: { rows: 4, columns: 1 },
      landscape: true,
      lang: "zh-CN",
      parkName: "A&B 园区",
    });
    expect(setup).toEqual({
      landscape: true,
      fitToWidth: true,
      area: "A1:B5",
      // the header row and the units row under it
      titleRows: { first: 2, last: 3 },
      header: { left: "&9A&&B 园区", right: "&9&A" },
      footer: { center: "&9第 &P 页 / 共 &N 页" },
    });
  });

  test("a park name starting with a digit is kept apart from the header's font size", () => {
    const setup = printSetup({
      cells,
      widths: [6, 20],
      hiddenColumns: [],
      freeze: { rows: 4, columns: 0 },
      landscape: false,
      lang: "zh-CN",
      parkName: "1号工业园区",
    });
    // "&91号工业园区" would print 号工业园区 at 91 pt
    expect(setup.header?.left).toBe("&9 1号工业园区");
  });

  test("a table too wide for one page at 75 % prints at 75 % over pages, its frozen columns repeated", () => {
    const wide = Array.from({ length: 30 }, () => 12);
    const setup = printSetup({
      cells,
      widths: wide,
      hiddenColumns: [],
      freeze: { rows: 4, columns: 2 },
      landscape: true,
      lang: "en-US",
    });
    expect(setup).toMatchObject({
      fitToWidth: false,
      scale: MIN_PRINT_SCALE,
      titleColumns: { first: 0, last: 1 },
      footer: { center: "&9Page &P of &N" },
    });
    expect(setup.header).toEqual({ right: "&9&A" });
  });

  test.each(["zh-CN", "en-US"] as const)(
    "the 31-indicator sheet (%s) fits one landscape page width at about 75 % or more",
    (lang) => {
      const indicators = TEMPLATES.find((t) => t.id === "indicators");
      const plan = indicators?.build({ lang, mode: "native", years: [2021, 2022, 2023, 2024], nameSuffix: "" });
      expect(plan?.print.fitToWidth).toBe(true);
      const width = (plan?.columnWidths ?? []).reduce((sum, w) => sum + columnPoints(w), 0);
      expect(printableWidth(true) / width).toBeGreaterThanOrEqual((MIN_PRINT_SCALE - 3) / 100);
    },
  );
});
