/**
 * The one blank-cell rule (src/domain/calc/blank.ts) and everything that applies it: calc's isMissing, the
 * functions' coercion and the review see the same cells as blank, and the rule's whitespace characters are
 * exactly Unicode's White_Space as JavaScript's \s knows it (plus the control characters CLEAN removes).
 */
import fc from "fast-check";
import { BLANK_CHARACTERS, isBlankText, spreadsheetTrim } from "../../../src/domain/calc/blank";
import { isMissing } from "../../../src/domain/calc/inputs";
import { isMember } from "../../../src/domain/calc/teamRules";
import { isOmitted, toNumberInput, toTextInput } from "../../../src/functions/coerce";

const whitespace = fc
  .array(fc.constantFrom(...BLANK_CHARACTERS, "\u0001", "\u001b"), { maxLength: 6 })
  .map((cs) => cs.join(""));
const text = fc.oneof(
  whitespace,
  fc.string({ maxLength: 8 }),
  fc.tuple(whitespace, fc.constantFrom("具备", "是", "a b"), whitespace).map((p) => p.join("")),
);

test("the blank characters are every character \\s matches, once each", () => {
  const matched: string[] = [];
  for (let code = 0; code <= 0xffff; code++)
    if (/\s/.test(String.fromCharCode(code))) matched.push(String.fromCharCode(code));
  expect([...BLANK_CHARACTERS].sort()).toEqual(matched.sort());
  expect(new Set(BLANK_CHARACTERS).size).toBe(BLANK_CHARACTERS.length);
});

test.each([
  ["", true],
  [" ", true],
  ["\u3000", true],
  ["\u00a0", true],
  ["\t", true],
  ["\r\n", true],
  ["\ufeff\u2003 ", true],
  ["\u0001\u001f", true], // control characters, which spreadsheet CLEAN removes
  ["\u200b", false], // a zero-width space is a format character, not whitespace
  ["0", false],
  ["　具备　", false],
])("isBlankText(%j) is %s", (x, blank) => {
  expect(isBlankText(x)).toBe(blank);
});

test.each([
  ["\u3000具备\u3000", "具备"],
  ["\u00a0up\t", "up"],
  ["a \u3000\t b", "a b"],
  ["a\tb", "ab"], // CLEAN removes a control character, it does not read it as a space
  ["  a  b  ", "a b"],
  ["\u3000", ""],
])("spreadsheetTrim(%j) is %j: every whitespace read as a space, then TRIM", (x, trimmed) => {
  expect(spreadsheetTrim(x)).toBe(trimmed);
});

test("blank is what trims to nothing; calc, the functions' coercion and team rows agree on every text", () => {
  fc.assert(
    fc.property(text, (x) => {
      const blank = isBlankText(x);
      expect(spreadsheetTrim(x) === "").toBe(blank);
      expect(isMissing(x)).toBe(blank);
      expect(isOmitted(x)).toBe(blank);
      expect(isMember(x)).toBe(!blank);
      expect(toTextInput(x, "x")).toEqual({ ok: true, value: blank ? null : x });
      if (blank) expect(toNumberInput(x, "x")).toEqual({ ok: true, value: null });
    }),
    { numRuns: 2000 },
  );
});
