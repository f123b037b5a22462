/**
 * The blank-cell rule of calc (calc/blank.ts) as native formula text, in functions Excel 2010, WPS and
 * LibreOffice share: CLEAN removes the control characters; the other whitespace characters of
 * BLANK_CHARACTERS are written literally in the formula.
 *
 * - One cell is blank when every character left after CLEAN is whitespace: the characters SUBSTITUTE removes,
 *   counted over an array constant of the whitespace characters inside SUMPRODUCT, add up to its length. This
 *   keeps the test short (a formula may hold 8 192 characters and some hold several tests).
 * - Text is compared after CLEAN, every whitespace character replaced by a space (SUBSTITUTE) and TRIM, as
 *   calc's spreadsheetTrim reads it; the same works over a range inside SUMPRODUCT.
 *
 * LibreOffice's CLEAN also removes the C1 control characters U+0080–U+009F; a cell holding nothing but those
 * is blank there and not in Excel or calc.
 */
import { BLANK_CHARACTERS } from "../calc/blank";

const literal = (c: string) => `"${c}"`;
const isControl = (c: string) => c.charCodeAt(0) < 0x20;
const WHITESPACE = BLANK_CHARACTERS.filter((c) => !isControl(c));
const WHITESPACE_ARRAY = `{${WHITESPACE.map(literal).join(",")}}`;

/** TRUE when the cell `ref` is blank by calc's isMissing: empty, or nothing but whitespace. */
export function isBlankNative(ref: string): string {
  const clean = `CLEAN(${ref})`;
  return `SUMPRODUCT(LEN(${clean})-LEN(SUBSTITUTE(${clean},${WHITESPACE_ARRAY},"")))=LEN(${clean})`;
}

/** The text of `ref` (a cell, or a range inside SUMPRODUCT) as calc's spreadsheetTrim reads it. */
export function trimNative(ref: string): string {
  const spaced = WHITESPACE.filter((c) => c !== " ").reduce(
    (text, c) => `SUBSTITUTE(${text},${literal(c)}," ")`,
    `CLEAN(${ref})`,
  );
  return `TRIM(${spaced})`;
}

/** Per cell of a range (inside SUMPRODUCT): TRUE where the cell holds something other than whitespace. */
export const isFilledRangeNative = (range: string): string => `LEN(${trimNative(range)})>0`;
