/**
 * A1 addresses: 0-based (row, col) to "C5" and back, ranges, and sheet-qualified references — parsed and
 * printed here only (the .xlsx reader, the Office.js adapter and the pane all use this module). References
 * inside formulas are read by src/domain/review/formulaRefs.ts with Excel's tokenizer.
 */

/** Column letters worked out, by column: a large sheet names the same columns in every row. */
const LETTERS: string[] = [];

export function columnLetters(col: number): string {
  const known = LETTERS[col];
  if (known !== undefined) return known;
  const letters = lettersOf(col);
  if (Number.isInteger(col) && col >= 0 && col < MAX_COLUMNS) LETTERS[col] = letters;
  return letters;
}

function lettersOf(col: number): string {
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellAddress(row: number, col: number, absolute = false): string {
  const dollar = absolute ? "$" : "";
  return `${dollar}${columnLetters(col)}${dollar}${row + 1}`;
}

export function rangeAddress(top: number, left: number, bottom: number, right: number, absolute = false): string {
  const first = cellAddress(top, left, absolute);
  return top === bottom && left === right ? first : `${first}:${cellAddress(bottom, right, absolute)}`;
}

export interface CellRef {
  readonly row: number;
  readonly col: number;
}

export interface RangeRef {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]{0,6})$/;
/** Excel's grid: 1 048 576 rows × 16 384 columns (XFD). */
export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

export function parseCell(address: string): CellRef | undefined {
  const [, letters, digits] = CELL.exec(address.trim()) ?? [];
  if (letters === undefined) return undefined;
  const cell = { row: Number(digits) - 1, col: columnIndex(letters) };
  return cell.row < MAX_ROWS && cell.col < MAX_COLUMNS ? cell : undefined;
}

export function parseRange(address: string): RangeRef | undefined {
  const [first = "", second, extra] = address.split(":");
  if (extra !== undefined) return undefined;
  const a = parseCell(first);
  const b = second === undefined ? a : parseCell(second);
  if (!a || !b) return undefined;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** 'Sheet name'!$A$1 — quoted whenever the name is not a plain identifier (Chinese names included). */
export function sheetReference(sheetName: string, address: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheetName) && !parseCell(sheetName);
  return `${plain ? sheetName : `'${sheetName.replace(/'/g, "''")}'`}!${address}`;
}

/** A sheet-qualified reference split: the sheet's name as Excel shows it, the address without "$". */
export interface SheetReference {
  readonly sheet: string;
  readonly range: string;
}

const SHEET_QUALIFIED = /^=?(?:'((?:[^']|'')+)'|([^'!=]+))!(.+)$/;

/**
 * 'Sheet name'!$B$7 or =Data!$D$7:$G$7 (a defined name's formula, a range's address) → { sheet, range };
 * undefined without a sheet. The inverse of sheetReference.
 */
export function parseSheetReference(text: string): SheetReference | undefined {
  const [, quoted, plain, range] = SHEET_QUALIFIED.exec(text.trim()) ?? [];
  if (range === undefined) return undefined;
  return { sheet: (quoted ?? plain ?? "").replace(/''/g, "'"), range: range.replace(/\$/g, "") };
}
