/**
 * Review findings shown in the workbook through the Office.js adapter (src/excel/highlight.ts), against the strict
 * fake (docs/architecture.md rung 3): the most severe finding's colour, the fills from before restored exactly, the
 * sheets' protection put back, and a fixed number of syncs whatever the number of cells.
 */
import type { Severity } from "../../src/domain/review/types";
import { cellAddress, parseCell } from "../../src/domain/templates/a1";
import { createHighlighter, type CellFinding } from "../../src/excel/highlight";
import { installFakeExcel, type FakeWorksheet } from "./fakeExcel";
import { effective, insertSet, sheetOf } from "./workbookCells";

describe("highlight and clear", () => {
  const finding = (sheet: string, cell: string, severity: Severity): CellFinding => ({ severity, sheet, cell });

  /** Fills of every cell that has one, plus the cells named, exactly as stored. */
  const fills = (sheet: FakeWorksheet, extra: readonly string[] = []) => {
    const keys = new Set([...sheet.cells].filter(([, c]) => c.fill !== undefined).map(([k]) => k));
    for (const address of extra) {
      const at = parseCell(address)!;
      keys.add(`${at.row},${at.col}`);
    }
    return new Map(
      [...keys].map((k) => {
        const c = sheet.cells.get(k);
        return [
          k,
          { fill: c?.fill ?? null, pattern: c?.fillPattern ?? null, patternColor: c?.fillPatternColor ?? null },
        ];
      }),
    );
  };

  test("cells take the colour of their most severe finding; clearing restores every fill exactly", async () => {
    const { fake, context } = installFakeExcel();
    const highlighter = createHighlighter();
    await insertSet(["indicators"]);
    const data = sheetOf(fake, "基础数据");
    const params = sheetOf(fake, "参数");
    const va = fake.workbook.names.list.find((n) => n.name === "GREEN_DATA_va_Y1")!;
    const input = cellAddress(va.ref.top, va.ref.left); // input fill #FFF2CC
    const label = cellAddress(va.ref.top, 1); // no fill
    const empty = "Z200"; // nothing there at all
    const patterned = cellAddress(va.ref.top, 2);
    // a fill the user gave a pattern
    Object.assign(data.cell(va.ref.top, 2), { fill: "#DDEBF7", fillPattern: "Gray25", fillPatternColor: "#FF0000" });
    const before = fills(data, [label, empty]);
    const beforeParams = fills(params, ["A1"]);
    const options = { ...data.protectionOptions };

    const count = await highlighter.highlight(context, [
      finding("基础数据", input, "warning"),
      finding("基础数据", input, "error"),
      finding("基础数据", label, "info"),
      finding("基础数据", empty, "warning"),
      finding("基础数据", patterned, "error"),
      finding("参数", "A1", "info"),
      finding("no such sheet", "A1", "error"),
      finding("基础数据", "", "error"),
    ]);
    expect(count).toBe(5);
    expect(data.at(input)?.fill).toBe("#F4B6B6");
    expect(data.at(label)?.fill).toBe("#CFE3F7");
    expect(data.at(empty)?.fill).toBe("#FCE4A8");
    expect(data.at(patterned)?.fill).toBe("#F4B6B6");
    expect(params.at("A1")?.fill).toBe("#CFE3F7");
    expect(data.protectedSheet && params.protectedSheet).toBe(true);
    expect(effective(data.protectionOptions)).toEqual(effective(options));

    // highlighting again (another review) keeps the fills from before the first highlight
    await highlighter.highlight(context, [finding("基础数据", input, "info")]);
    expect(data.at(input)?.fill).toBe("#CFE3F7");

    await highlighter.clear(context);
    expect(fills(data, [label, empty])).toEqual(before);
    expect(fills(params, ["A1"])).toEqual(beforeParams);
    expect(data.at(label)?.fill).toBeUndefined();
    expect(data.protectedSheet && params.protectedSheet).toBe(true);
    expect(effective(data.protectionOptions)).toEqual(effective(options));
    expect(data.protectionPassword).toBeUndefined();

    // nothing left to clear: nothing written
    const syncs = fake.syncs;
    await highlighter.clear(context);
    expect(fake.syncs - syncs).toBe(1);
    expect(fills(data, [label, empty])).toEqual(before);
  });

  test("the number of syncs does not grow with the number of highlighted cells", async () => {
    const { fake, context } = installFakeExcel();
    const highlighter = createHighlighter();
    await insertSet(["data"]);
    const count = async (cells: number) => {
      const findings = Array.from({ length: cells }, (_, i) => finding("基础数据", cellAddress(10 + i, 3), "error"));
      let syncs = fake.syncs;
      expect(await highlighter.highlight(context, findings)).toBe(cells);
      const highlight = fake.syncs - syncs;
      syncs = fake.syncs;
      await highlighter.clear(context);
      return [highlight, fake.syncs - syncs];
    };
    const one = await count(1);
    expect(one).toEqual([3, 3]);
    expect(await count(60)).toEqual(one);
  });

  test("a sheet protected with a password is left alone and the sheets before it are protected again", async () => {
    const { fake, context } = installFakeExcel();
    const highlighter = createHighlighter();
    await insertSet(["data"]);
    const data = sheetOf(fake, "基础数据");
    data.protection.unprotect();
    data.protection.protect({}, "secret");
    await expect(
      highlighter.highlight(context, [finding("参数", "A1", "error"), finding("基础数据", "A1", "error")]),
    ).rejects.toThrow(/password/);
    expect(sheetOf(fake, "参数").protectedSheet).toBe(true);
    expect(data.protectedSheet).toBe(true);
    expect(data.at("A1")?.fill).toBeUndefined();
  });
});
