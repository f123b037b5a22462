/** The one A1 module: sheet-qualified references printed and parsed back, for any sheet name Excel allows. */
import fc from "fast-check";
import { cellAddress, parseRange, parseSheetReference, sheetReference } from "../../../src/domain/templates/a1";

/** Excel's sheet names: 1–31 characters, none of : \ / ? * [ ], not starting or ending with an apostrophe. */
const sheetName = fc
  .string({
    unit: fc.constantFrom("a", "Z", "1", " ", "'", "!", "=", ".", "_", "$", "参", "数", "-", "(", ")"),
    minLength: 1,
    maxLength: 31,
  })
  .filter((s) => !s.startsWith("'") && !s.endsWith("'") && s.trim() === s && s.length > 0);

test("printing then parsing a sheet-qualified reference gives the sheet and the address back", () => {
  fc.assert(
    fc.property(sheetName, fc.nat(1048575), fc.nat(16383), fc.boolean(), (sheet, row, col, absolute) => {
      const printed = sheetReference(sheet, cellAddress(row, col, absolute));
      expect(parseSheetReference(printed)).toEqual({ sheet, range: cellAddress(row, col) });
      expect(parseSheetReference(`=${printed}`)).toEqual({ sheet, range: cellAddress(row, col) });
    }),
    { numRuns: 500 },
  );
});

test("the forms defined names and Office.js use", () => {
  expect(parseSheetReference("='基础 数据'!$D$7")).toEqual({ sheet: "基础 数据", range: "D7" });
  expect(parseSheetReference("Data!$D$7:$G$7")).toEqual({ sheet: "Data", range: "D7:G7" });
  expect(parseSheetReference("'O''Brien'!A1")).toEqual({ sheet: "O'Brien", range: "A1" });
  expect(parseSheetReference("=0.06")).toBeUndefined();
  expect(parseSheetReference("nonsense")).toBeUndefined();
  expect(sheetReference("A1", "B2")).toBe("'A1'!B2");
  expect(parseRange("$A$1:$XFD$1048576")).toEqual({ top: 0, left: 0, bottom: 1048575, right: 16383 });
});
