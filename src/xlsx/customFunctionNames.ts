/**
 * Excel saves JavaScript custom functions in a file under the prefix `_xldudf_` with the namespace's dot
 * replaced by an underscore (`=GREEN.SCORE(…)` is stored as `_xldudf_GREEN_SCORE(…)`), and recognises them
 * on load only in that form. Office.js takes and gives the plain form; the .xlsx adapter converts.
 */
const PLAIN = /\bGREEN\.([A-Z][A-Z0-9]*)\(/g;
const STORED = /\b_xldudf_GREEN_([A-Z][A-Z0-9]*)\(/g;

/** The formula as it is stored in an .xlsx file. */
export function toStoredFormula(formula: string): string {
  return formula.replace(PLAIN, "_xldudf_GREEN_$1(");
}

/** The formula as a user (and Office.js) writes it. */
export function fromStoredFormula(formula: string): string {
  return formula.replace(STORED, "GREEN.$1(");
}
