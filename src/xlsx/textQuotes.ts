/**
 * Quotes and apostrophes in element text written as themselves, as Excel writes them (docs/workbooks.md
 * "Quotes in formulas"): XML 1.0 §2.4 asks only `<` and `&` to be escaped in character data, and ExcelJS
 * escapes `"` and `'` too. Formulas are full of quotes (`IF(A1="","",…)`), so written as `&quot;` they make a
 * sheet's part about a third longer, and every reader decodes each one.
 *
 * Only text between one tag's end and the next tag's start changes; attribute values keep their escapes. That
 * holds for parts whose attribute values have `>` escaped, as ExcelJS and this program write them.
 */

const ELEMENT_TEXT = />[^<]*</g;
const QUOTE_ENTITY = /&(quot|apos);/g;

const literal = (text: string) =>
  text.includes("&") ? text.replace(QUOTE_ENTITY, (_, e) => (e === "quot" ? '"' : "'")) : text;

/** `xml` with `&quot;` and `&apos;` in element text written as `"` and `'`. */
export function literalQuotes(xml: string): string {
  return xml.replace(ELEMENT_TEXT, literal);
}

/** The parts whose element text is cells and names: worksheets, the shared strings, the workbook's defined names. */
export const holdsCellText = (part: string): boolean =>
  /^xl\/(?:worksheets\/sheet\d+|sharedStrings|workbook)\.xml$/.test(part);
