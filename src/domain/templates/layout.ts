/**
 * Page layout of a sheet, computed from its planned cells: row heights for
 * wrapped text, a note alone on its row spread over the table's width, and the print setup — A4, the
 * table's header rows repeated on every page, park and sheet in the header, "page x of y" in the footer,
 * a print area ending at the last row with content, and a scale no smaller than MIN_PRINT_SCALE (a
 * table too wide for one page at that scale prints over several pages, its label columns repeated).
 */
import { rangeAddress } from "./a1";
import { ROLE_STYLES } from "./styles";
import type { Lang, PlannedCell, PrintSetup, RowHeight } from "./sheetPlan";

/** Excel's default font size (Calibri 11) and its default row height in points. */
export const DEFAULT_FONT_SIZE = 11;
export const DEFAULT_ROW_HEIGHT = 15;
/** A wrapped line of CJK text needs a little more than the default row: points per line at 11 pt. */
const LINE_HEIGHT_FACTOR = 1.4;
/** Cell padding in character widths (a column's width counts its text; a little stays clear at the sides). */
const CELL_PADDING = 0.8;

/** Printed text no smaller than about 8 pt: 11 pt at 75 %. */
export const MIN_PRINT_SCALE = 75;
/** A table that fits one page width at a little under 75 % (about 7.8 pt) fits rather than spill a sliver onto a second page. */
const FIT_TOLERANCE = 3;

/** A4 in points and the margins written (inches, as OOXML and Office.js take them). */
const A4 = { width: 595.3, height: 841.9 };
export const PRINT_MARGINS = { left: 0.4, right: 0.4, top: 0.7, bottom: 0.6, header: 0.3, footer: 0.3 } as const;

/**
 * The display width of a text in character widths of the default font: CJK ideographs, kana, hangul and
 * full-width forms take two (they are about twice as wide as Latin digits), everything else one.
 */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000
  );
}

/** CJK characters and Latin words (with the spaces after them): the units a line breaks between. */
const BREAK_UNITS =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]|[^\s\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]+\s*|\s+/g;
/** A CJK glyph at 11 pt is about two digit widths of the default font. */
const WIDE_GLYPH = 2;

/**
 * Advance widths of the printable ASCII characters (space to "~") in digit widths of Calibri, the default
 * font (Carlito, which LibreOffice prints with, has the same metrics): a space or an "i" takes under half a
 * digit, an "m" or a "W" over one and a half. Latin text counted one digit a character would wrap a
 * column's text over a third more lines than it takes.
 */
const ASCII_GLYPHS = [
  0.45, 0.64, 0.79, 0.98, 1, 1.41, 1.35, 0.44, 0.6, 0.6, 0.98, 0.98, 0.49, 0.6, 0.5, 0.76, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  0.53, 0.53, 0.98, 0.98, 0.98, 0.91, 1.76, 1.14, 1.07, 1.05, 1.21, 0.96, 0.91, 1.24, 1.23, 0.5, 0.63, 1.03, 0.83, 1.69,
  1.27, 1.31, 1.02, 1.33, 1.07, 0.91, 0.96, 1.27, 1.12, 1.76, 1.02, 0.96, 0.92, 0.61, 0.76, 0.61, 0.98, 0.98, 0.57,
  0.95, 1.04, 0.83, 1.04, 0.98, 0.6, 0.93, 1.04, 0.45, 0.47, 0.9, 0.45, 1.58, 1.04, 1.04, 1.04, 1.04, 0.69, 0.77, 0.66,
  1.04, 0.89, 1.41, 0.85, 0.89, 0.78, 0.62, 0.91, 0.62, 0.98,
] as const;
/** Excel draws text on screen with glyph widths rounded to pixels, a few percent wider than the font's own. */
const SCREEN_ROUNDING = 1.04;

/** Curly quotes print full width in a CJK font (“是”): counted wide, so a line of Chinese with quotes is not underestimated. */
const CURLY_QUOTES = /[\u2018-\u201f]/;

function glyphWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (isWide(code) || CURLY_QUOTES.test(ch)) width += WIDE_GLYPH;
    else width += (ASCII_GLYPHS[code - 0x20] ?? 1) * SCREEN_ROUNDING;
  }
  return width;
}

/** Lines a text takes in a cell `width` characters wide when wrapped (a Latin word moves whole to the next line). */
export function wrappedLines(text: string, width: number, bold = false): number {
  const room = Math.max(1, width - CELL_PADDING);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let count = 1;
    let line = 0;
    for (const unit of paragraph.match(BREAK_UNITS) ?? []) {
      let w = glyphWidth(unit) * (bold ? 1.08 : 1);
      if (line + w <= room) {
        line += w;
        continue;
      }
      if (line > 0) count += 1;
      // a unit wider than the line breaks over several lines
      while (w > room) {
        w -= room;
        count += 1;
      }
      line = w;
    }
    lines += count;
  }
  return lines;
}

/** The text a cell shows: its value, or the cached result of its formula. */
export function shownText(cell: PlannedCell): string {
  const v = cell.formula !== undefined ? cell.cached : cell.value;
  return v === null || v === undefined ? "" : String(v);
}

interface Span {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Row heights (points) for rows whose wrapped text needs more than one line. */
export function rowHeights(
  cells: readonly PlannedCell[],
  widths: readonly number[],
  merges: readonly Span[],
): RowHeight[] {
  const needed = new Map<number, number>();
  for (const cell of cells) {
    const style = ROLE_STYLES[cell.role];
    if (!style.wrap && cell.wrap !== true) continue;
    const text = shownText(cell);
    if (text === "") continue;
    const merge = merges.find((m) => m.top === cell.row && m.left === cell.col);
    if (
      merges.some(
        (m) => m !== merge && cell.row >= m.top && cell.row <= m.bottom && cell.col >= m.left && cell.col <= m.right,
      )
    )
      continue;
    const rows = merge ? merge.bottom - merge.top + 1 : 1;
    const right = merge ? merge.right : cell.col;
    let width = 0;
    for (let c = cell.col; c <= right; c++) width += widths[c] ?? 9;
    const size = style.fontSize ?? DEFAULT_FONT_SIZE;
    const lines = wrappedLines(text, width * (DEFAULT_FONT_SIZE / size), style.bold === true);
    const height = Math.ceil((lines * size * LINE_HEIGHT_FACTOR + 3) / rows);
    if (lines > 1 && height > DEFAULT_ROW_HEIGHT) needed.set(cell.row, Math.max(needed.get(cell.row) ?? 0, height));
  }
  return [...needed].sort((a, b) => a[0] - b[0]).map(([row, height]) => ({ row, height }));
}

/** Width in points of a column `chars` characters wide (Excel: 7 px per character plus 5 px, at 96 dpi). */
export function columnPoints(chars: number): number {
  return (chars * 7 + 5) * 0.75;
}

/** The last column printed on the first page across (all columns when the sheet fits one page width). */
export function firstPageColumns(widths: readonly number[], print: PrintSetup): number {
  if (print.fitToWidth) return widths.length - 1;
  const room = (printableWidth(print.landscape) * 100) / (print.scale ?? 100);
  let used = 0;
  for (const [col, w] of widths.entries()) {
    used += columnPoints(w);
    // one column of room kept: engines measure columns a little wider than Excel's 7 px per character
    if (used > room) return Math.max(0, col - 2);
  }
  return widths.length - 1;
}

/** The printable width of an A4 page in points. */
export function printableWidth(landscape: boolean): number {
  return (landscape ? A4.height : A4.width) - (PRINT_MARGINS.left + PRINT_MARGINS.right) * 72;
}

/** The printable height of an A4 page in points (the header and footer print within the top and bottom margins). */
export function printableHeight(landscape: boolean): number {
  return (landscape ? A4.width : A4.height) - (PRINT_MARGINS.top + PRINT_MARGINS.bottom) * 72;
}

/** The smallest printed text the layout allows, in points: 11 pt at the 75 % floor (about 8 pt). */
export const MIN_PRINTED_POINTS = (DEFAULT_FONT_SIZE * MIN_PRINT_SCALE) / 100;

export interface OnePageInput {
  /** column widths in characters of the printed columns, from A */
  readonly widths: readonly number[];
  /** rows printed, from the first */
  readonly rows: number;
  /** heights in points of the rows taller than the default */
  readonly heights: readonly RowHeight[];
  readonly landscape: boolean;
}

/**
 * The scale (percent) a sheet fitted to one page prints at: the smaller of the page's width over the columns' and
 * its height over the rows', whole percent, never enlarged past 100 % (as Excel and LibreOffice fit a page).
 */
export function onePageScale(input: OnePageInput): number {
  const width = input.widths.reduce((sum, w) => sum + (w > 0 ? columnPoints(w) : 0), 0);
  const tall = new Map(input.heights.map((h) => [h.row, h.height]));
  let height = 0;
  for (let row = 0; row < input.rows; row++) height += tall.get(row) ?? DEFAULT_ROW_HEIGHT;
  const fit = Math.min(printableWidth(input.landscape) / width, printableHeight(input.landscape) / height);
  return Math.min(100, Math.floor(100 * fit));
}

export interface PrintInput {
  readonly cells: readonly PlannedCell[];
  readonly widths: readonly number[];
  readonly hiddenColumns: readonly number[];
  readonly freeze: { readonly rows: number; readonly columns: number };
  readonly landscape: boolean;
  readonly parkName?: string;
  readonly lang: Lang;
}

/** The header's and footer's font size in points. */
export const HEADER_FONT_SIZE = 9;

/** Words of the header and footer, in the sheet's language. */
const PAGE_OF = { "zh-CN": "第 &P 页 / 共 &N 页", "en-US": "Page &P of &N" } as const;

/**
 * A text for a header or footer after its font-size code: "&" is a field code there, a literal ampersand is written
 * "&&"; a leading digit would be read as part of the size ("&9" then "1号园区" is size 91), so a space parts them.
 */
function headerText(text: string): string {
  const escaped = text.replace(/&/g, "&&");
  return /^\d/.test(escaped) ? ` ${escaped}` : escaped;
}

/** The print setup of a sheet (see the file comment). */
export function printSetup(input: PrintInput): PrintSetup {
  const hidden = new Set(input.hiddenColumns);
  const shown = input.cells.filter((c) => !hidden.has(c.col));
  // input rows count as content: a static print area must not cut off rows a user fills later
  const content = shown.filter((c) => shownText(c) !== "" || c.role === "input");
  // reduce, not Math.max(...cells): argument spreading overflows the stack at a few thousand list rows
  const lastRow = content.reduce((m, c) => Math.max(m, c.row), 0);
  const lastColumn = shown.reduce((m, c) => Math.max(m, c.col), input.widths.length - 1);
  const visibleWidths = Array.from({ length: lastColumn + 1 }, (_, c) => (hidden.has(c) ? 0 : (input.widths[c] ?? 9)));
  const total = visibleWidths.reduce((sum, w) => sum + (w > 0 ? columnPoints(w) : 0), 0);
  const fitScale = Math.floor((100 * printableWidth(input.landscape)) / total);
  const titleRows = headerBand(input.cells, input.freeze.rows);
  const fits = fitScale >= MIN_PRINT_SCALE - FIT_TOLERANCE;
  return {
    landscape: input.landscape,
    fitToWidth: fits,
    ...(fits ? {} : { scale: MIN_PRINT_SCALE }),
    area: rangeAddress(0, 0, lastRow, lastColumn),
    ...(titleRows ? { titleRows } : {}),
    ...(!fits && input.freeze.columns > 0 ? { titleColumns: { first: 0, last: input.freeze.columns - 1 } } : {}),
    header: {
      ...(input.parkName ? { left: `&${HEADER_FONT_SIZE}${headerText(input.parkName)}` } : {}),
      right: `&${HEADER_FONT_SIZE}&A`,
    },
    footer: { center: `&${HEADER_FONT_SIZE}${PAGE_OF[input.lang]}` },
  };
}

/**
 * The table header to repeat on every page: the band of rows holding header (and unit) cells right above
 * the frozen line. None when nothing is frozen (sheets of several tables) or the band is the whole top.
 */
function headerBand(cells: readonly PlannedCell[], frozenRows: number): { first: number; last: number } | undefined {
  if (frozenRows <= 0) return undefined;
  const roles = new Map<number, Set<string>>();
  for (const c of cells) {
    if (c.row >= frozenRows || c.key === "row-key" || c.key === "metadata") continue;
    const set = roles.get(c.row) ?? new Set<string>();
    set.add(c.role);
    roles.set(c.row, set);
  }
  const isHeader = (row: number) => {
    const set = roles.get(row);
    return set !== undefined && (set.has("header") || (set.has("unit") && set.size === 1));
  };
  let last = frozenRows - 1;
  while (last >= 0 && !isHeader(last)) last -= 1;
  if (last < 0) return undefined;
  let first = last;
  while (first > 0 && isHeader(first - 1)) first -= 1;
  return { first, last };
}
