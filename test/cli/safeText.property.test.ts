/* eslint-disable no-control-regex -- these tests look for control characters */
/**
 * Properties of the report writers (fast-check): a CSV field never starts a formula in a spreadsheet and
 * reads back as written (apostrophe aside); text for the terminal carries no character a terminal acts on.
 */
import fc from "fast-check";
import { csvField, csvRows, startsLikeFormula, terminalText } from "../../src/cli/safeText";
import { parseCsv } from "./csvParse";

/** Strings rich in what attacks use: formula starts, quotes, separators, controls, bidi overrides. */
const hostile = fc.oneof(
  fc.string({ unit: "grapheme" }),
  fc.string({
    unit: fc.constantFrom(
      "=",
      "+",
      "-",
      "@",
      "\t",
      "\r",
      "\n",
      '"',
      ",",
      "'",
      "|",
      "!",
      "\u001b",
      "[",
      "2",
      "J",
      "\u009b",
      "\u202e",
      "\u0000",
      "\u007f",
      "a",
      " ",
      "中",
      "1",
      ".",
      "e",
    ),
  }),
  fc.constantFrom(
    '=HYPERLINK("http://evil.example/x","click")',
    "=cmd|' /C calc'!A0",
    "+1+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "-2+3",
    "\t=1",
    "\r=1",
    "=1+1.xlsx",
    "-1",
    "-0.5",
    "+3",
    "-1e-3",
    "-",
    "--1",
  ),
);

const DANGEROUS_START = /^[=+@\t\r]|^-/;
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

test("no CSV field read back starts a formula, and each reads back as written (one apostrophe aside)", () => {
  fc.assert(
    fc.property(fc.array(fc.array(hostile, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
      const back = parseCsv(csvRows(rows));
      expect(back).toHaveLength(rows.length);
      back.forEach((row, r) => {
        expect(row).toHaveLength(rows[r]!.length);
        row.forEach((field, c) => {
          const original = rows[r]![c];
          if (DANGEROUS_START.test(field)) expect(field).toMatch(NUMBER);
          expect(field).toBe(startsLikeFormula(original!) ? `'${original}` : original);
        });
      });
    }),
    { numRuns: 500 },
  );
});

test("the formula starts of the OWASP list are neutralised; plain numbers stay numbers", () => {
  expect(csvField('=HYPERLINK("http://evil.example/x","click")')).toBe(
    `"'=HYPERLINK(""http://evil.example/x"",""click"")"`,
  );
  expect(csvField("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
  expect(csvField("=1+1.xlsx")).toBe("'=1+1.xlsx");
  expect(csvField("+1+cmd|' /C calc'!A0")).toBe("'+1+cmd|' /C calc'!A0");
  expect(csvField("@SUM(1)")).toBe("'@SUM(1)");
  expect(csvField("-2+3")).toBe("'-2+3");
  expect(csvField("\t=1")).toBe("'\t=1");
  expect(csvField("\r=1")).toBe(`"'\r=1"`);
  expect(csvField("-12.5")).toBe("-12.5");
  expect(csvField("-1e-3")).toBe("-1e-3");
  expect(csvField("评价指标")).toBe("评价指标");
});

const ACTIVE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

test("terminal text has no control character, keeps every printable one, and is one line", () => {
  fc.assert(
    fc.property(hostile, (s) => {
      const shown = terminalText(s);
      expect(shown).not.toMatch(ACTIVE);
      // printable characters survive in order
      expect(shown.replace(/\\(x[0-9A-F]{2}|u[0-9A-F]{4}|[nrt])/g, "")).toBe(
        s.replace(new RegExp(ACTIVE.source, "g"), "").replace(/\\(x[0-9A-F]{2}|u[0-9A-F]{4}|[nrt])/g, ""),
      );
    }),
    { numRuns: 500 },
  );
});

test("an escape sequence forging a green ALL CLEAR is shown as text", () => {
  expect(terminalText("\u001b[2J\u001b[32mALL CLEAR\u001b[0m")).toBe("\\x1B[2J\\x1B[32mALL CLEAR\\x1B[0m");
  expect(terminalText("a\nb\tc\u009b31m\u202eevil")).toBe("a\\nb\\tc\\x9B31m\\u202Eevil");
});
