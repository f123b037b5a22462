/**
 * Large sheets written without ExcelJS's per-cell cost (docs/workbooks.md "Large sheets"): the rows of a list
 * sheet — an 企业汇总 sheet of 2 000 enterprises is half a million cells, a 方案汇总 sheet of 50 000 options two
 * and a half million, most of them formulas — are written as SpreadsheetML directly into the sheet's part after
 * ExcelJS has written the rest, and the package is deflated part by part as those rows are produced, so the
 * sheet's XML is never held whole. Each such cell takes the style ExcelJS gave an example cell of the same role,
 * number format and wrapping, so the workbook is the one ExcelJS would have written cell by cell: same values,
 * formulas with their cached results, styles, protection and row heights. Texts are inline strings (ECMA-376
 * Part 1, §18.3.1.53 is), which every reader takes as it takes shared ones; a formula's text result is a `str`
 * cell (§18.18.11), as ExcelJS writes it.
 */
import { strFromU8, strToU8, unzipSync, Zip, ZipDeflate, type Unzipped } from "fflate";
import { cellAddress, parseRange } from "../domain/templates/a1";
import type { CellValue, PlannedCell, SheetPlan } from "../domain/templates/sheetPlan";
import { toStoredFormula } from "./customFunctionNames";
import { holdsCellText, literalQuotes } from "./textQuotes";

export interface DirectRow {
  readonly row: number;
  readonly height?: number;
  /** the plan's own cells, in column order */
  readonly cells: readonly PlannedCell[];
}

/** A plan's rows split: those ExcelJS writes (with an example of every style) and those written directly. */
export interface SplitPlan {
  readonly plan: SheetPlan;
  readonly rows: readonly DirectRow[];
  /** the address of the cell ExcelJS writes that shows each style (styleOf) */
  readonly examples: ReadonlyMap<string, string>;
}

/** What decides the style ExcelJS gives a cell: its role, number format and wrapping. */
const styleOf = (c: PlannedCell) => `${c.role}\u0000${c.numberFormat ?? ""}\u0000${c.wrap === true ? 1 : 0}`;

/** Rows whose every style has an example in a row ExcelJS writes; merged rows stay with ExcelJS. */
export function splitDirectRows(plan: SheetPlan): SplitPlan {
  const merged = new Set<number>();
  for (const m of plan.merges) {
    const range = parseRange(m);
    if (range) for (let r = range.top; r <= range.bottom; r++) merged.add(r);
  }
  // the plan's cells come in row order (builder.ts); each row is one run of them
  const runs: PlannedCell[][] = [];
  let sorted = true;
  for (const cell of plan.cells) {
    const last = runs[runs.length - 1];
    const lastRow = last?.[0]?.row;
    if (last && lastRow === cell.row) last.push(cell);
    else {
      if (lastRow !== undefined && lastRow > cell.row) sorted = false;
      runs.push([cell]);
    }
  }
  if (!sorted) return splitDirectRows({ ...plan, cells: [...plan.cells].sort((a, b) => a.row - b.row) });
  const examples = new Map<string, string>();
  const keep = (cells: readonly PlannedCell[]) => {
    for (const c of cells) if (!examples.has(styleOf(c))) examples.set(styleOf(c), cellAddress(c.row, c.col));
  };
  for (const cells of runs) if (merged.has(cells[0]?.row ?? -1)) keep(cells);
  const heights = new Map((plan.rowHeights ?? []).map((h) => [h.row, h.height]));
  const viaExcelJs: PlannedCell[] = [];
  const rows: DirectRow[] = [];
  const direct = new Set<number>();
  for (const cells of runs) {
    const row = cells[0]?.row ?? 0;
    if (merged.has(row) || !cells.every((c) => examples.has(styleOf(c)))) {
      keep(cells);
      for (const c of cells) viaExcelJs.push(c);
      continue;
    }
    const height = heights.get(row);
    direct.add(row);
    rows.push({ row, ...(height === undefined ? {} : { height }), cells: [...cells].sort((a, b) => a.col - b.col) });
  }
  return {
    plan: {
      ...plan,
      cells: viaExcelJs,
      ...(plan.rowHeights ? { rowHeights: plan.rowHeights.filter((h) => !direct.has(h.row)) } : {}),
    },
    rows,
    examples,
  };
}

/** Characters XML 1.0 does not allow: left out, as ExcelJS leaves them out. */
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const TEXT_SPECIAL = /[&<>]/;

/** Element text: quotes as themselves, as in every part this program writes (textQuotes.ts). */
const escapeText = (text: string) => {
  const clean = text.replace(NOT_XML, "");
  return TEXT_SPECIAL.test(clean) ? clean.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;") : clean;
};

const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, "&quot;");

const isNumber = (value: CellValue | undefined): value is number => typeof value === "number" && Number.isFinite(value);

/** A formula cell as ExcelJS writes it: the formula, then its cached result typed (none when there is none). */
function formulaXml(address: string, s: string, formula: string, cached: CellValue | undefined): string {
  const f = `<f>${escapeText(toStoredFormula(formula))}</f>`;
  if (typeof cached === "string") return `<c r="${address}"${s} t="str">${f}<v>${escapeText(cached)}</v></c>`;
  if (isNumber(cached)) return `<c r="${address}"${s}>${f}<v>${cached}</v></c>`;
  if (typeof cached === "boolean") return `<c r="${address}"${s} t="b">${f}<v>${cached ? 1 : 0}</v></c>`;
  return `<c r="${address}"${s}>${f}</c>`;
}

function cellXml(address: string, style: number, cell: PlannedCell): string {
  const s = style === 0 ? "" : ` s="${style}"`;
  if (cell.formula !== undefined) return formulaXml(address, s, cell.formula, cell.cached);
  const value = cell.value;
  // no xml:space: the schemas give <t> no attributes, and readers keep its spaces without it
  if (typeof value === "string") return `<c r="${address}"${s} t="inlineStr"><is><t>${escapeText(value)}</t></is></c>`;
  if (isNumber(value)) return `<c r="${address}"${s}><v>${value}</v></c>`;
  if (typeof value === "boolean") return `<c r="${address}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${address}"${s}/>`;
}

/** The rows' XML, each cell styled as the example of its style (`styles`: style key → s index). */
function rowXml(row: DirectRow, styles: ReadonlyMap<string, number>): string {
  const height = row.height === undefined ? "" : ` ht="${row.height}" customHeight="1"`;
  let cells = "";
  for (const c of row.cells) cells += cellXml(cellAddress(row.row, c.col), styles.get(styleOf(c)) ?? 0, c);
  return `<row r="${row.row + 1}"${height}>${cells}</row>`;
}

/** The part of the sheet named `sheetName`, through the workbook's relationships. */
function sheetPart(parts: Unzipped, sheetName: string): string {
  const text = (name: string) => {
    const part = parts[name];
    if (!part) throw new Error(`direct rows: the workbook has no ${name}`);
    return strFromU8(part);
  };
  const sheet = [...text("xl/workbook.xml").matchAll(/<sheet [^>]*>/g)]
    .map(([tag]) => tag)
    .find((tag) => tag.includes(` name="${escapeAttribute(sheetName)}"`));
  const id = sheet && /\br:id="([^"]+)"/.exec(sheet)?.[1];
  const rel = [...text("xl/_rels/workbook.xml.rels").matchAll(/<Relationship [^>]*>/g)]
    .map(([tag]) => tag)
    .find((tag) => tag.includes(` Id="${id}"`));
  const target = rel && /\bTarget="([^"]+)"/.exec(rel)?.[1];
  if (!target) throw new Error(`direct rows: no part for sheet ${sheetName}`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

/** The style index (s) ExcelJS gave the example of each style; 0 when it wrote none. */
function exampleStyles(xml: string, examples: ReadonlyMap<string, string>): Map<string, number> {
  const wanted = new Set(examples.values());
  const byAddress = new Map<string, number>();
  for (const [, address, attributes = ""] of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)\/?>/g))
    if (address !== undefined && wanted.has(address))
      byAddress.set(address, Number(/\bs="(\d+)"/.exec(attributes)?.[1] ?? 0));
  const styles = new Map<string, number>();
  for (const [style, address] of examples) {
    const s = byAddress.get(address);
    if (s === undefined) throw new Error(`direct rows: the example cell ${address} was not written`);
    styles.set(style, s);
  }
  return styles;
}

/** The dimension of the sheet ExcelJS wrote grown to cover the direct rows. */
function withDimension(xml: string, rows: readonly DirectRow[]): string {
  return xml.replace(/<dimension ref="([^"]*)"\/>/, (tag, ref: string) => {
    const range = parseRange(ref);
    if (!range) return tag;
    let { top, left, bottom, right } = range;
    for (const r of rows) {
      top = Math.min(top, r.row);
      bottom = Math.max(bottom, r.row);
      for (const c of r.cells) {
        left = Math.min(left, c.col);
        right = Math.max(right, c.col);
      }
    }
    return `<dimension ref="${cellAddress(top, left)}:${cellAddress(bottom, right)}"/>`;
  });
}

/** The sheet's XML in pieces: ExcelJS's, with the direct rows inserted among its rows in row order. */
function* sheetPieces(written: string, split: DirectSheet): Generator<string> {
  const xml = withDimension(written, split.rows);
  const open = xml.indexOf("<sheetData>");
  const close = xml.indexOf("</sheetData>");
  if (open < 0 || close < 0) throw new Error("direct rows: no <sheetData> in the sheet part");
  const styles = exampleStyles(xml, split.examples);
  const data = xml.slice(open + "<sheetData>".length, close);
  const starts = [...data.matchAll(/<row r="(\d+)"/g)].map((m) => ({ at: m.index, row: Number(m[1]) - 1 }));
  yield xml.slice(0, open + "<sheetData>".length);
  const rows = split.rows;
  let next = 0;
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i];
    if (!start) continue;
    for (let row = rows[next]; row && row.row < start.row; row = rows[++next]) yield rowXml(row, styles);
    yield data.slice(start.at, starts[i + 1]?.at ?? data.length);
  }
  for (let row = rows[next]; row; row = rows[++next]) yield rowXml(row, styles);
  yield xml.slice(close);
}

/** Pieces of text joined into chunks of about this many characters before they are encoded and deflated. */
const CHUNK = 1 << 20;

function deflateText(file: ZipDeflate, pieces: Iterable<string>): void {
  let chunk = "";
  for (const piece of pieces) {
    chunk += piece;
    if (chunk.length >= CHUNK) {
      file.push(strToU8(chunk));
      chunk = "";
    }
  }
  file.push(strToU8(chunk), true);
}

export interface DirectSheet {
  readonly sheetName: string;
  readonly rows: readonly DirectRow[];
  readonly examples: ReadonlyMap<string, string>;
}

/**
 * An .xlsx ExcelJS wrote (stored or deflated) with the direct rows of each named sheet added and the quotes of
 * cell text written as themselves (textQuotes.ts); deflated part by part.
 */
export function addDirectRows(xlsx: Uint8Array, sheets: readonly DirectSheet[]): Uint8Array {
  const parts = unzipSync(xlsx);
  const direct = new Map<string, DirectSheet>();
  for (const sheet of sheets) if (sheet.rows.length > 0) direct.set(sheetPart(parts, sheet.sheetName), sheet);
  const out: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, data) => {
    if (error) failure = error;
    else out.push(data);
  });
  for (const [name, data] of Object.entries(parts)) {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    const sheet = direct.get(name);
    if (sheet) deflateText(file, sheetPieces(literalQuotes(strFromU8(data)), sheet));
    else if (holdsCellText(name)) file.push(strToU8(literalQuotes(strFromU8(data))), true);
    else file.push(data, true);
    // the part's bytes are no longer needed once deflated
    delete parts[name];
  }
  zip.end();
  if (failure) throw failure;
  const bytes = new Uint8Array(out.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of out) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}
