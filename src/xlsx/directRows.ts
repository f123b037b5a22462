/**
 * Large sheets written without ExcelJS's per-cell cost (docs/workbooks.md "Large sheets"): the rows of a plan
 * that hold only constants — an 企业汇总 sheet of 2 000 enterprises is half a million of them — are written as
 * SpreadsheetML directly into the sheet's part after ExcelJS has written the rest. Each such cell takes the
 * style ExcelJS gave an example cell of the same role and number format, so the workbook is the one ExcelJS
 * would have written cell by cell: same values, styles, protection and row heights. Texts are inline strings
 * (ECMA-376 Part 1, §18.3.1.53 is), which every reader takes as it takes shared ones.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { cellAddress, parseRange } from "../domain/templates/a1";
import type { CellValue, PlannedCell, SheetPlan } from "../domain/templates/sheetPlan";

export interface DirectCell {
  readonly col: number;
  readonly value: CellValue | undefined;
  /** the example cell whose style this one takes: same role and number format */
  readonly like: string;
}

export interface DirectRow {
  readonly row: number;
  readonly height?: number;
  readonly cells: readonly DirectCell[];
}

/** A plan's rows split: those ExcelJS writes (with an example of every style) and those written directly. */
export interface SplitPlan {
  readonly plan: SheetPlan;
  readonly rows: readonly DirectRow[];
}

const styleOf = (c: PlannedCell) => `${c.role}\u0000${c.numberFormat ?? ""}`;

/** Rows of constants whose every style has an example in a row ExcelJS writes; merged rows stay with ExcelJS. */
export function splitDirectRows(plan: SheetPlan): SplitPlan {
  const merged = new Set<number>();
  for (const m of plan.merges) {
    const range = parseRange(m);
    if (range) for (let r = range.top; r <= range.bottom; r++) merged.add(r);
  }
  const byRow = new Map<number, PlannedCell[]>();
  for (const cell of plan.cells) {
    const row = byRow.get(cell.row);
    if (row) row.push(cell);
    else byRow.set(cell.row, [cell]);
  }
  const constant = (row: number, cells: readonly PlannedCell[]) =>
    !merged.has(row) && cells.every((c) => c.formula === undefined);
  // the example of each style: a cell ExcelJS writes
  const examples = new Map<string, string>();
  const keep = (cells: readonly PlannedCell[]) => {
    for (const c of cells) if (!examples.has(styleOf(c))) examples.set(styleOf(c), cellAddress(c.row, c.col));
  };
  for (const [row, cells] of byRow) if (!constant(row, cells)) keep(cells);
  const heights = new Map((plan.rowHeights ?? []).map((h) => [h.row, h.height]));
  const viaExcelJs: PlannedCell[] = [];
  const rows: DirectRow[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cells = byRow.get(row) ?? [];
    if (!constant(row, cells) || !cells.every((c) => examples.has(styleOf(c)))) {
      keep(cells);
      viaExcelJs.push(...cells);
      continue;
    }
    const height = heights.get(row);
    rows.push({
      row,
      ...(height === undefined ? {} : { height }),
      cells: cells
        .map((c) => ({ col: c.col, value: c.value, like: examples.get(styleOf(c)) ?? "" }))
        .sort((a, b) => a.col - b.col),
    });
  }
  const direct = new Set(rows.map((r) => r.row));
  return {
    plan: {
      ...plan,
      cells: viaExcelJs,
      ...(plan.rowHeights ? { rowHeights: plan.rowHeights.filter((h) => !direct.has(h.row)) } : {}),
    },
    rows,
  };
}

/** Characters XML 1.0 does not allow: left out, as ExcelJS leaves them out. */
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const escapeXml = (text: string) =>
  text.replace(NOT_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function cellXml(address: string, style: number, value: CellValue | undefined): string {
  const s = style === 0 ? "" : ` s="${style}"`;
  // no xml:space: the schemas give <t> no attributes, and readers keep its spaces without it
  if (typeof value === "string") return `<c r="${address}"${s} t="inlineStr"><is><t>${escapeXml(value)}</t></is></c>`;
  if (typeof value === "number" && Number.isFinite(value)) return `<c r="${address}"${s}><v>${value}</v></c>`;
  if (typeof value === "boolean") return `<c r="${address}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${address}"${s}/>`;
}

function rowXml(row: DirectRow, styles: ReadonlyMap<string, number>): string {
  const height = row.height === undefined ? "" : ` ht="${row.height}" customHeight="1"`;
  const cells = row.cells.map((c) => cellXml(cellAddress(row.row, c.col), styles.get(c.like) ?? 0, c.value));
  return `<row r="${row.row + 1}"${height}>${cells.join("")}</row>`;
}

/** The part of the sheet named `sheetName`, through the workbook's relationships. */
function sheetPart(parts: Zippable, sheetName: string): string {
  const text = (name: string) => {
    const part = parts[name];
    if (!(part instanceof Uint8Array)) throw new Error(`direct rows: the workbook has no ${name}`);
    return strFromU8(part);
  };
  const sheet = [...text("xl/workbook.xml").matchAll(/<sheet [^>]*>/g)]
    .map(([tag]) => tag)
    .find((tag) => tag.includes(` name="${escapeXml(sheetName)}"`));
  const id = sheet && /\br:id="([^"]+)"/.exec(sheet)?.[1];
  const rel = [...text("xl/_rels/workbook.xml.rels").matchAll(/<Relationship [^>]*>/g)]
    .map(([tag]) => tag)
    .find((tag) => tag.includes(` Id="${id}"`));
  const target = rel && /\bTarget="([^"]+)"/.exec(rel)?.[1];
  if (!target) throw new Error(`direct rows: no part for sheet ${sheetName}`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

/** The style index (s) ExcelJS gave each example cell; 0 when it wrote none. */
function exampleStyles(xml: string, rows: readonly DirectRow[]): Map<string, number> {
  const wanted = new Set(rows.flatMap((r) => r.cells.map((c) => c.like)));
  const styles = new Map<string, number>();
  for (const [, address, attributes = ""] of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)\/?>/g))
    if (address !== undefined && wanted.has(address))
      styles.set(address, Number(/\bs="(\d+)"/.exec(attributes)?.[1] ?? 0));
  for (const address of wanted)
    if (!styles.has(address)) throw new Error(`direct rows: the example cell ${address} was not written`);
  return styles;
}

/** The sheet XML with the rows inserted among ExcelJS's in row order, and its dimension covering them. */
function withRows(xml: string, rows: readonly DirectRow[]): string {
  const open = xml.indexOf("<sheetData>");
  const close = xml.indexOf("</sheetData>");
  if (open < 0 || close < 0) throw new Error("direct rows: no <sheetData> in the sheet part");
  const styles = exampleStyles(xml, rows);
  const data = xml.slice(open + "<sheetData>".length, close);
  const starts = [...data.matchAll(/<row r="(\d+)"/g)].map((m) => ({ at: m.index, row: Number(m[1]) - 1 }));
  const out: string[] = [xml.slice(0, open), "<sheetData>"];
  let next = 0;
  starts.forEach((start, i) => {
    for (; next < rows.length && (rows[next]?.row ?? 0) < start.row; next++)
      out.push(rowXml(rows[next] as DirectRow, styles));
    out.push(data.slice(start.at, starts[i + 1]?.at ?? data.length));
  });
  for (; next < rows.length; next++) out.push(rowXml(rows[next] as DirectRow, styles));
  out.push(xml.slice(close));
  return withDimension(out.join(""), rows);
}

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

/** An .xlsx ExcelJS wrote (stored or deflated) with the direct rows of each named sheet added; deflated. */
export function addDirectRows(
  xlsx: Uint8Array,
  sheets: readonly { readonly sheetName: string; readonly rows: readonly DirectRow[] }[],
): Uint8Array {
  const parts: Zippable = unzipSync(xlsx);
  for (const { sheetName, rows } of sheets) {
    if (rows.length === 0) continue;
    const path = sheetPart(parts, sheetName);
    const part = parts[path];
    if (!(part instanceof Uint8Array)) throw new Error(`direct rows: no ${path}`);
    parts[path] = strToU8(withRows(strFromU8(part), rows));
  }
  return zipSync(parts, { level: 6 });
}
