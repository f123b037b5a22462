/**
 * The one rule for a blank cell, shared by calc, the GREEN.* functions, the review and the native formulas of
 * the templates: a cell is blank when it is empty or its text holds nothing but whitespace. Chinese users type
 * the full-width space (U+3000); text pasted from web pages and documents brings no-break spaces (U+00A0),
 * tabs, line breaks and byte-order marks. Every one of them is whitespace here, as in Unicode's White_Space
 * property (the characters JavaScript's \s matches), and so are the control characters U+0000–U+001F, which
 * spreadsheet CLEAN removes. Text is compared the way the native formulas compare it: CLEAN, every other
 * whitespace character read as a space, then TRIM (ends removed, inner runs made one space).
 */

/**
 * Every whitespace character, listed once: the template builders write the same list into the native formulas
 * (blankNative.ts), so a spreadsheet engine applies the rule calc applies.
 */
export const BLANK_CHARACTERS: readonly string[] = [
  "\t", // U+0009 tab
  "\n", // U+000A line feed (Alt+Enter in a cell)
  "\v", // U+000B vertical tab
  "\f", // U+000C form feed
  "\r", // U+000D carriage return
  " ", // U+0020 space
  "\u00a0", // no-break space
  "\u1680", // Ogham space mark
  "\u2000", // en quad
  "\u2001", // em quad
  "\u2002", // en space
  "\u2003", // em space
  "\u2004", // three-per-em space
  "\u2005", // four-per-em space
  "\u2006", // six-per-em space
  "\u2007", // figure space
  "\u2008", // punctuation space
  "\u2009", // thin space
  "\u200a", // hair space
  "\u2028", // line separator
  "\u2029", // paragraph separator
  "\u202f", // narrow no-break space
  "\u205f", // medium mathematical space
  "\u3000", // ideographic (full-width) space
  "\ufeff", // zero-width no-break space (byte-order mark)
];

const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
/** The control characters U+0000–U+001F: spreadsheet CLEAN removes them (tab, line breaks among them). */
const CONTROL_RANGE = `${escape("\u0000")}-${escape("\u001f")}`;
const CONTROL = new RegExp(`[${CONTROL_RANGE}]`, "g");
const BLANK_CLASS = `[${CONTROL_RANGE}${BLANK_CHARACTERS.map(escape).join("")}]`;
const ONLY_BLANKS = new RegExp(`^${BLANK_CLASS}*$`);
const BLANK_RUNS = new RegExp(`${BLANK_CLASS}+`, "g");
const ANY_BLANK = new RegExp(BLANK_CLASS);

/** Text with nothing but whitespace and control characters (or nothing at all). */
export function isBlankText(text: string): boolean {
  return ONLY_BLANKS.test(text);
}

/**
 * Text as the native formulas compare it: control characters removed (CLEAN), every other whitespace character
 * read as a space, then spreadsheet TRIM (leading and trailing spaces removed, inner runs made one space): a
 * full-width space, 具备, a tab reads 具备.
 */
export function spreadsheetTrim(text: string): string {
  if (!ANY_BLANK.test(text)) return text; // most words have nothing to trim
  const spaced = text.replace(CONTROL, "").replace(BLANK_RUNS, " ");
  const start = spaced.startsWith(" ") ? 1 : 0;
  const end = spaced.length > start && spaced.endsWith(" ") ? spaced.length - 1 : spaced.length;
  return spaced.slice(start, end);
}
