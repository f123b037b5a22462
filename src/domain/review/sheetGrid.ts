/**
 * A sheet's cells by position, row and then column, read from the snapshot's cells by A1 address on the first look-up
 * (docs/architecture.md: a WorkbookSnapshot keys its cells by address). The review looks up every input and computed
 * cell of its templates — some 750 000 look-ups for 10 000 option rows — and a look-up by position makes no address
 * text. An address the snapshot holds in any other form than cellAddress writes it ("b7", "$B$7") is not found by a
 * look-up by address either, and is left out here too.
 */
import { MAX_COLUMNS, MAX_ROWS } from "../templates/a1";
import type { SheetSnapshot, SnapshotCell } from "./snapshot";

const A = 65;
const Z = 90;
const ZERO = 48;
const NINE = 57;
/** Excel's last column, XFD, has three letters; its last row, 1048576, seven digits. */
const MAX_LETTERS = 3;
const MAX_DIGITS = 7;

/**
 * A row's cells by column. A map, not an array indexed by column: a workbook's row with cells far apart (columns A
 * and BXX) would otherwise make an array as wide as the distance, and a sheet of such rows gigabytes.
 */
type Line = Map<number, SnapshotCell>;

export class SheetGrid {
  private lines: (Line | undefined)[] | undefined;

  constructor(private readonly sheet: SheetSnapshot) {}

  /** The cell at a 0-based position; undefined for an empty one. */
  at(row: number, col: number): SnapshotCell | undefined {
    this.lines ??= linesOf(this.sheet);
    return this.lines[row]?.get(col);
  }
}

function linesOf(sheet: SheetSnapshot): (Line | undefined)[] {
  const lines: (Line | undefined)[] = [];
  for (const [address, cell] of sheet.cells) {
    const letters = lettersIn(address);
    const col = letterColumn(address, letters);
    const row = digitRow(address, letters);
    if (col < 0 || row < 0) continue;
    (lines[row] ??= new Map()).set(col, cell);
  }
  return lines;
}

/** How many letters an address begins with (0 when more than Excel's three). */
function lettersIn(address: string): number {
  let n = 0;
  while (n < address.length && isLetter(address.charCodeAt(n))) n++;
  return n <= MAX_LETTERS ? n : 0;
}

const isLetter = (code: number) => code >= A && code <= Z;
const isDigit = (code: number) => code >= ZERO && code <= NINE;

/** The 0-based column of an address's first `letters` capital letters; -1 for none or beyond Excel's last column. */
function letterColumn(address: string, letters: number): number {
  if (letters === 0) return -1;
  let col = 0;
  for (let i = 0; i < letters; i++) col = col * 26 + (address.charCodeAt(i) - A + 1);
  return col - 1 < MAX_COLUMNS ? col - 1 : -1;
}

/** The 0-based row of the digits after the letters: no leading zero, nothing after them; -1 otherwise. */
function digitRow(address: string, start: number): number {
  const digits = address.length - start;
  if (digits < 1 || digits > MAX_DIGITS || address.charCodeAt(start) === ZERO) return -1;
  let row = 0;
  for (let i = start; i < address.length; i++) {
    const code = address.charCodeAt(i);
    if (!isDigit(code)) return -1;
    row = row * 10 + (code - ZERO);
  }
  return row - 1 < MAX_ROWS ? row - 1 : -1;
}
