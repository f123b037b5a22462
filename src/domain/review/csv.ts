/**
 * CSV for spreadsheets, safe to open: a field a spreadsheet would take for a formula is written as text
 * (docs/review-codes.md, "Reading the report safely"). The command line's reports and the pane's exported
 * findings both write through here.
 */

/** A number as a spreadsheet reads it from CSV ("-3", "-0.5", "-1e-3"): shown as a number, never run. */
const PLAIN_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * True when a spreadsheet opening the CSV would take the field for a formula: it begins with =, +, -, @,
 * a tab or a carriage return (a minus sign followed by a plain number stays a number).
 */
export function startsLikeFormula(field: string): boolean {
  const first = field.charAt(0);
  if (first === "-" || first === "+") return !PLAIN_NUMBER.test(field);
  return first === "=" || first === "@" || first === "\t" || first === "\r";
}

/**
 * One CSV field (RFC 4180): a field a spreadsheet would read as a formula gets a leading apostrophe, which
 * Excel, WPS and LibreOffice show as text; a field with a quote, comma or line break is quoted.
 */
export function csvField(field: string): string {
  const safe = startsLikeFormula(field) ? `'${field}` : field;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV record per row, CRLF line ends (RFC 4180). */
export function csvRows(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}
