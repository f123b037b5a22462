/**
 * Text from a reviewed workbook is untrusted: a cell, a sheet name or a file name may carry a spreadsheet
 * formula or terminal escape sequences. These writers neutralise it for the tool that reads the report
 * (docs/review-codes.md, "Reading the report safely").
 */

export { csvField, csvRows, startsLikeFormula } from "../domain/review/csv";

/**
 * Characters a terminal acts on instead of showing: C0 controls (ESC, BEL, backspace, CR, LF, tab…), DEL,
 * C1 controls (CSI U+009B) and the bidirectional overrides and isolates that reorder what is shown.
 */
// eslint-disable-next-line no-control-regex
const TERMINAL_ACTIVE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function escapeCodePoint(ch: string): string {
  const code = ch.charCodeAt(0);
  if (ch === "\n") return "\\n";
  if (ch === "\r") return "\\r";
  if (ch === "\t") return "\\t";
  return code <= 0xff
    ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}`
    : `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * Untrusted text made safe to print on a terminal on one line: every control character written as a
 * visible escape (ESC as \x1B, a line break as \n). Backslashes stay as they are, so Windows paths read as
 * typed.
 */
export function terminalText(text: string): string {
  return text.replace(TERMINAL_ACTIVE, escapeCodePoint);
}
