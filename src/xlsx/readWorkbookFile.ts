/**
 * Reading a submitted .xlsx safely (issue 6): explicit limits against zip bombs and huge sheets, checked
 * on the raw bytes — the zip's central directory — BEFORE anything is inflated, then on the read sheets.
 * Every refusal is one line saying why. docs/review-codes.md lists the limits.
 *
 * The lean reader (fastSnapshot) reads the file; what it does not handle is read with ExcelJS, which
 * gives the same snapshot (test/xlsx/fastSnapshot.test.ts) more slowly.
 */
import ExcelJS from "exceljs";
import type { WorkbookSnapshot } from "../domain/review/snapshot";
import { fastSnapshot, type FastRead } from "./fastSnapshot";
import { snapshotOf } from "./readSnapshot";
import { UnreadableWorkbook } from "./unreadable";

export { UnreadableWorkbook };

export const READ_LIMITS = {
  /** bytes of the .xlsx file */
  fileBytes: 50 * 1024 * 1024,
  /** entries in the zip */
  zipEntries: 5000,
  /** sum of the entries' uncompressed sizes, as the central directory declares them */
  uncompressedBytes: 400 * 1024 * 1024,
  /** uncompressed : compressed of one entry larger than 1 MB */
  compressionRatio: 1000,
  /** rows and columns of one sheet */
  rows: 100000,
  columns: 2000,
} as const;

export type ReadLimits = { readonly [K in keyof typeof READ_LIMITS]: number };

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL = 0x04034b50;
const ZIP_EMPTY = 0x06054b50;
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/** Refuses what is not a plain, reasonably sized .xlsx zip; throws UnreadableWorkbook with the reason. */
export function checkXlsxBytes(bytes: Uint8Array, limits: ReadLimits = READ_LIMITS): void {
  if (bytes.length > limits.fileBytes) throw new UnreadableWorkbook(`file too large (${mb(bytes.length)}; the limit is ${mb(limits.fileBytes)})`);
  if (bytes.length >= 8 && OLE_SIGNATURE.every((x, i) => bytes[i] === x)) {
    throw new UnreadableWorkbook("password-protected (encrypted) workbook or legacy .xls (OLE compound file): save it unprotected as .xlsx");
  }
  if (bytes.length < 22 || (u32(bytes, 0) !== ZIP_LOCAL && u32(bytes, 0) !== ZIP_EMPTY)) throw new UnreadableWorkbook("not an .xlsx file (no zip signature)");
  // the end-of-central-directory record: the last 22 bytes plus at most a 65 535-byte comment
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65535); at--) {
    if (u32(bytes, at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new UnreadableWorkbook("damaged zip (truncated: no end of central directory)");
  const entries = u16(bytes, eocd + 10);
  const size = u32(bytes, eocd + 12);
  const offset = u32(bytes, eocd + 16);
  if (entries === 0xffff || size === 0xffffffff || offset === 0xffffffff) throw new UnreadableWorkbook("zip64 archive: larger than any workbook this tool reads");
  if (entries > limits.zipEntries) throw new UnreadableWorkbook(`too many zip entries (${entries}; the limit is ${limits.zipEntries})`);
  if (offset + size > eocd) throw new UnreadableWorkbook("damaged zip (central directory outside the file)");
  let at = offset;
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > eocd || u32(bytes, at) !== CENTRAL) throw new UnreadableWorkbook("damaged zip (bad central directory entry)");
    const compressed = u32(bytes, at + 20);
    const uncompressed = u32(bytes, at + 24);
    if (compressed === 0xffffffff || uncompressed === 0xffffffff) throw new UnreadableWorkbook("zip64 entry: larger than any workbook this tool reads");
    total += uncompressed;
    if (total > limits.uncompressedBytes) throw new UnreadableWorkbook(`uncompressed content too large (over ${mb(limits.uncompressedBytes)}): possible zip bomb`);
    if (uncompressed > 1024 * 1024 && uncompressed > limits.compressionRatio * Math.max(1, compressed)) {
      throw new UnreadableWorkbook(`an entry expands ${Math.round(uncompressed / Math.max(1, compressed))}-fold (limit ${limits.compressionRatio}): possible zip bomb`);
    }
    at += 46 + u16(bytes, at + 28) + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
}

function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, " ").trim().slice(0, 300);
}

/**
 * Worksheet parts the review never reads (it checks inputs against the rebuilt plan's validations and
 * formats): skipping them makes reading a workbook markedly faster.
 */
const NOT_REVIEWED = ["dataValidations", "conditionalFormatting", "sheetViews", "sheetFormatPr", "cols", "mergeCells", "pageMargins", "pageSetup", "printOptions", "headerFooter", "sheetProtection", "extLst", "rowBreaks"];

function checkExtent(sheet: { name: string; rows: number; columns: number }, limits: ReadLimits): void {
  if (sheet.rows > limits.rows || sheet.columns > limits.columns) {
    throw new UnreadableWorkbook(`sheet "${sheet.name}" too large (${sheet.rows} rows × ${sheet.columns} columns; limits ${limits.rows} × ${limits.columns})`);
  }
}

/** Bytes of an .xlsx → a WorkbookSnapshot, within the limits; throws UnreadableWorkbook with a one-line reason. */
export async function readWorkbookBytes(bytes: Uint8Array, limits: ReadLimits = READ_LIMITS): Promise<WorkbookSnapshot> {
  checkXlsxBytes(bytes, limits);
  let fast: FastRead | undefined;
  try {
    fast = fastSnapshot(bytes);
  } catch (error) {
    if (error instanceof UnreadableWorkbook) throw error;
    fast = undefined; // a fault in the lean reader must not make a readable file unreadable: ExcelJS reads it
  }
  if (!fast) return readWithExcelJS(bytes, limits);
  for (const sheet of fast.extents) checkExtent(sheet, limits);
  return fast.snapshot;
}

/**
 * The reference reader, and the fallback: ExcelJS without the worksheet parts the review never reads.
 * `bytes` must have passed checkXlsxBytes.
 */
export async function readWithExcelJS(bytes: Uint8Array, limits: ReadLimits = READ_LIMITS): Promise<WorkbookSnapshot> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer, { ignoreNodes: NOT_REVIEWED });
  } catch (error) {
    throw new UnreadableWorkbook(`cannot read the workbook: ${oneLine(error instanceof Error ? error.message : String(error))}`);
  }
  for (const sheet of workbook.worksheets) checkExtent({ name: sheet.name, rows: sheet.rowCount, columns: sheet.columnCount }, limits);
  return snapshotOf(workbook);
}
