/**
 * The .xlsx reader for the review (`green-audit verify` and the pane's file mode): from the zip (zip.ts:
 * bounded, checked) only the parts a WorkbookSnapshot needs — xl/workbook.xml (sheets, defined names), its
 * relationships, the shared strings, the cell formats (a number in a date format reads as a date) and the
 * <sheetData> of the sheets the review reads — within the read limits (readLimits.ts).
 *
 * It follows ExcelJS 4.4's reading rules, also where they are not Excel's (each is marked "as ExcelJS"),
 * since test/xlsx/fastSnapshot.test.ts holds it equal to ExcelJS on the product's workbooks. ExcelJS is not
 * used for reading. XML is parsed by saxes (the parser ExcelJS uses); what no spreadsheet program writes (a
 * DOCTYPE, malformed XML, rows out of order…) is refused with a one-line reason naming the part.
 */
import type { NameSnapshot, SheetSnapshot, SnapshotCell, WorkbookSnapshot } from "../domain/review/snapshot";
import type { CellValue } from "../domain/templates/sheetPlan";
import type { Text } from "../domain/text";
import { fromStoredFormula } from "./customFunctionNames";
import type { ReadLimits, SheetLimits } from "./readLimits";
import { parseReference } from "./reference";
import { UNREADABLE } from "./unreadable";
import type { XlsxZip } from "./zip";
import { SaxesParser } from "saxes";

/**
 * Content no spreadsheet program writes (a DOCTYPE, malformed XML, rows out of order…): the part
 * that holds it is refused with the reason (see inPart), never guessed at.
 */
class Unsupported extends Error {
  constructor(readonly words: Text) {
    super(words.en);
  }
}

/** Refuses the part: what is unusual, in English and in Chinese (an XML name stays as the file spells it). */
const unsupported = (en: string, zh: string): never => {
  throw new Unsupported({ zh, en });
};

/** Reads one part; what it cannot read becomes a one-line refusal naming the part. */
function inPart<T>(part: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof Unsupported) throw UNREADABLE.unusualContent(part, error.words);
    throw error;
  }
}

/* ---------------------------------------------------------------- XML */

type Attributes = Readonly<Record<string, string | undefined>>;

interface XmlHandler {
  /** an element opens; depth 0 is the root; attributes decoded and normalised as XML says */
  open(name: string, attributes: Attributes, depth: number): void;
  close(name: string, depth: number): void;
  /** character data (entities decoded, CDATA as its text), never empty */
  text(value: string): void;
}

/**
 * Malformed XML: saxes's reason in English; in Chinese where it is (saxes says it in English only), since the
 * reason words would be English inside a Chinese line.
 */
function malformedXml(message: string): never {
  const at = /^(?:[^:]*:)?(\d+):(\d+): /.exec(message);
  const reason = message.replace(/^(?:[^:]*:)?\d+:\d+: /, "").replace(/\.$/, "");
  return unsupported(`malformed XML: ${reason}`, at ? `XML 格式错误（第 ${at[1]} 行第 ${at[2]} 列）` : "XML 格式错误");
}

/** A part's text handed over piece by piece (zip.ts inflates a large part in slices). */
type XmlSource = (write: (text: string) => void) => void;

/**
 * An XML part read with saxes (the strict, streaming parser ExcelJS uses too): well-formedness, entities,
 * character references and attribute normalisation as XML 1.0 says. A DOCTYPE is refused (no entity
 * declarations, no external references); anything malformed is refused with saxes's reason.
 */
function scanXml(source: string | XmlSource, handler: XmlHandler): void {
  const parser = new SaxesParser({ xmlns: false });
  let depth = 0;
  parser.on("doctype", () => unsupported("a DOCTYPE", "DOCTYPE 声明"));
  parser.on("error", (error) => malformedXml(error.message));
  parser.on("opentag", (tag) => handler.open(tag.name, tag.attributes as Attributes, depth++));
  parser.on("closetag", (tag) => handler.close(tag.name, --depth));
  parser.on("text", (text) => {
    if (depth > 0 && text !== "") handler.text(text);
  });
  parser.on("cdata", (text) => {
    if (text !== "") handler.text(text);
  });
  if (typeof source === "string") parser.write(source);
  else source((text) => parser.write(text));
  parser.close();
}

/** As ExcelJS: ExcelJS decodes the five XML entities a second time in some places (utils.xmlDecode). */
function xmlDecodeAgain(text: string): string {
  return text.replace(
    /&([a-z]*);/g,
    (c) => ({ "&lt;": "<", "&gt;": ">", "&amp;": "&", "&apos;": "'", "&quot;": '"' })[c] ?? c,
  );
}

/** As ExcelJS's TextXform: `_xHHHH_` escapes in <t> of shared strings and rich runs. */
function unescapeText(text: string): string {
  return text.includes("_x")
    ? text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}

/* ---------------------------------------------------------------- A1 (ExcelJS's col-cache) */

function columnLetters(n: number): string {
  if (!(n >= 1 && n <= 16384)) unsupported(`column ${n} out of bounds`, `第 ${n} 列超出范围`);
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + letters.charCodeAt(i) - 64;
  return n;
}

/** As ExcelJS's colCache.decodeAddress: letters then digits, "$" skipped; throws past column XFD. */
function decodeAddress(value: string): { col: number | undefined; row: number | undefined } {
  let hasCol = false;
  let col = 0;
  let hasRow = false;
  let row = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (!hasRow && c >= 65 && c <= 90) {
      hasCol = true;
      col = col * 26 + c - 64;
    } else if (c >= 48 && c <= 57) {
      hasRow = true;
      row = row * 10 + c - 48;
    } else if (hasRow && hasCol && c !== 36) {
      break;
    }
  }
  if (hasCol && col > 16384) throw new RangeError("column out of bounds");
  return { col: hasCol ? col : undefined, row: hasRow ? row : undefined };
}

interface Area {
  readonly sheetName: string | undefined;
  /** a rectangle (top ≥ 1), or one cell (top undefined) */
  readonly top?: number;
  readonly left?: number;
  readonly bottom?: number;
  readonly right?: number;
  readonly row?: number;
  readonly col?: number;
}

/** As ExcelJS's colCache.decodeEx: [sheet!]address or [sheet!]tl:br (the quoted sheet name keeps its ''). */
function decodeEx(value: string): Area {
  const [, quoted, plain, address = ""] = /(?:(?:(?:'((?:[^']|'')*)')|([^'^ !]*))!)?(.*)/.exec(value) ?? [];
  const sheetName = quoted || plain;
  const [from = "", to] = address.split(":");
  if (to !== undefined) {
    const tl = decodeAddress(from);
    const br = decodeAddress(to);
    const num = (v: number | undefined) => (v === undefined ? NaN : v);
    return {
      sheetName,
      top: Math.min(num(tl.row), num(br.row)),
      left: Math.min(num(tl.col), num(br.col)),
      bottom: Math.max(num(tl.row), num(br.row)),
      right: Math.max(num(tl.col), num(br.col)),
    };
  }
  if (address.startsWith("#")) return { sheetName };
  return { sheetName, ...decodeAddress(address) };
}

function isValidRange(range: string): boolean {
  try {
    decodeEx(range);
    return true;
  } catch {
    return false;
  }
}

/** As ExcelJS's DefinedNamesXform: a name's text split into ranges, commas inside quoted sheet names kept. */
function extractRanges(text: string): string[] {
  const ranges: string[] = [];
  let quotesOpened = false;
  let last = "";
  for (const item of text.split(",")) {
    if (!item) continue;
    const quotes = (item.match(/'/g) ?? []).length;
    if (!quotes) {
      if (quotesOpened) last += `${item},`;
      else if (isValidRange(item)) ranges.push(item);
      continue;
    }
    const quotesEven = quotes % 2 === 0;
    if (!quotesOpened && quotesEven && isValidRange(item)) {
      ranges.push(item);
    } else if (quotesOpened && !quotesEven) {
      quotesOpened = false;
      if (isValidRange(last + item)) ranges.push(last + item);
      last = "";
    } else {
      quotesOpened = true;
      last += `${item},`;
    }
  }
  return ranges;
}

const MAX_ROW = 1048576;
/** The product's own names (GREEN_META_*, GREEN_VALUE_*, …): the names the review reads. */
export const isProductName = (name: string) => name.toUpperCase().startsWith("GREEN_");

/**
 * A defined name's first area, as ExcelJS reads it: only absolute references count; a name whose text has
 * none is left out; of a name of several areas the first is kept (the review reads one cell or one block).
 * An area larger than the sheet limits is refused for the product's names (nothing the product writes is
 * that large) and left out for a user's own names, which the review does not read.
 */
function nameOf(name: string, text: string, limits: SheetLimits): NameSnapshot | undefined {
  let area: Area | undefined;
  for (const range of extractRanges(text)) {
    if (!/[$](\w+)[$](\d+)(:[$](\w+)[$](\d+))?/.test(range.split("!").pop() || "")) continue;
    const a = decodeEx(range);
    if (a.top !== undefined) {
      if (!(a.top >= 1)) continue; // ExcelJS files it under no row: it never shows
      if (!Number.isFinite(a.left) || !Number.isFinite(a.right) || !Number.isFinite(a.bottom)) continue;
      if ((a.bottom as number) > MAX_ROW) continue; // beyond the sheet: not a reference
    } else {
      if (a.row === undefined || a.col === undefined) continue;
      if (a.row < 1 || a.row > MAX_ROW) continue;
    }
    area = a;
    break;
  }
  if (!area) return undefined;
  const [top, left, bottom, right] =
    area.top !== undefined
      ? [area.top, area.left as number, area.bottom as number, area.right as number]
      : [area.row as number, area.col as number, area.row as number, area.col as number];
  const rows = bottom - top + 1;
  const columns = right - left + 1;
  if (rows > limits.rows || columns > limits.columns || rows * columns > limits.cells) {
    if (!isProductName(name)) return undefined;
    throw UNREADABLE.nameTooLarge(name, rows, columns, limits);
  }
  const sheet = area.sheetName
    ? /^[a-zA-Z0-9]*$/.test(area.sheetName)
      ? `${area.sheetName}!`
      : `'${area.sheetName}'!`
    : "";
  const first = `$${columnLetters(left)}$${top}`;
  const reference =
    top === bottom && left === right ? `${sheet}${first}` : `${sheet}${first}:$${columnLetters(right)}$${bottom}`;
  const parsed = parseReference(reference);
  return parsed ? { name, ...parsed } : undefined;
}

/* ---------------------------------------------------------------- shared formulas (ExcelJS's slideFormula) */

const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL_REF = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

/** As ExcelJS: the master's formula with its relative references moved from the master's cell to `to`. */
function slideFormula(formula: string, from: { row: number; col: number }, to: { row: number; col: number }): string {
  return formula.replace(
    CANDIDATE,
    (
      match: string,
      sheet: string | undefined,
      _sheetName: string | undefined,
      part: string,
      paren: string | undefined,
    ) => {
      if (paren) return match;
      const [, colAbs, colLetters, rowAbs, digits] = CELL_REF.exec(part) ?? [];
      if (colLetters === undefined || digits === undefined) return match;
      const letters = colLetters.toUpperCase();
      if (letters.length > 3 || (letters.length === 3 && letters > "XFD")) return match;
      const col = columnNumber(letters) + (colAbs ? 0 : to.col - from.col);
      const row = parseInt(digits, 10) + (rowAbs ? 0 : to.row - from.row);
      return (sheet || "") + (colAbs || "") + columnLetters(col) + (rowAbs || "") + row;
    },
  );
}

/* ---------------------------------------------------------------- parts */

interface WorkbookPart {
  readonly date1904: boolean;
  readonly sheets: { name: string; id: number; rId: string | undefined }[];
  readonly names: { name: string; localSheetId: string | undefined; text: string }[];
}

function readWorkbookPart(xml: string): WorkbookPart {
  const part: WorkbookPart = { date1904: false, sheets: [], names: [] };
  let date1904 = false;
  let where: "" | "sheets" | "names" | "name" = "";
  let seen = "";
  let current: { name: string; localSheetId: string | undefined; raw: string } | undefined;
  scanXml(xml, {
    open(name, raw, depth) {
      if (depth === 0) {
        if (name !== "workbook") unsupported("not a workbook part", "不是工作簿部件");
        return;
      }
      if (where === "name") unsupported("an element inside a defined name", "定义的名称中含有元素");
      if (where === "sheets" && depth === 2) {
        if (name !== "sheet") unsupported(`<${name}> in <sheets>`, `<sheets> 中的 <${name}>`);
        const a = raw;
        const sheetName = a["name"];
        if (sheetName === undefined || a["r:id"] === undefined)
          unsupported("a sheet without a name or a relationship", "工作表缺少名称或关系");
        part.sheets.push({
          name: xmlDecodeAgain(sheetName as string),
          id: parseInt(a["sheetId"] ?? "", 10),
          rId: a["r:id"],
        });
        return;
      }
      if (where === "names" && depth === 2) {
        if (name !== "definedName") unsupported(`<${name}> in <definedNames>`, `<definedNames> 中的 <${name}>`);
        const a = raw;
        const definedName = a["name"];
        if (definedName === undefined) unsupported("a defined name without a name", "定义的名称没有名字");
        current = { name: definedName as string, localSheetId: a["localSheetId"], raw: "" };
        where = "name";
        return;
      }
      // ExcelJS picks these up wherever they are (outside the lists it parses): only the usual place is handled
      if (
        name === "workbookPr" ||
        name === "sheets" ||
        name === "definedNames" ||
        name === "sheet" ||
        name === "definedName"
      ) {
        if (depth !== 1 || seen.includes(`<${name}>`)) unsupported(`<${name}> out of place`, `位置不对的 <${name}>`);
        seen += `<${name}>`;
        if (name === "workbookPr") date1904 = raw.date1904 === "1";
        else if (name === "sheets") where = "sheets";
        else if (name === "definedNames") where = "names";
      }
    },
    close(_name, depth) {
      if (where === "name" && depth === 2 && current) {
        part.names.push({ name: current.name, localSheetId: current.localSheetId, text: current.raw });
        current = undefined;
        where = "names";
      } else if (depth === 1) {
        where = "";
      }
    },
    text(value) {
      if (where === "name" && current) current.raw += value;
    },
  });
  return { ...part, date1904 };
}

function readRelationships(xml: string): Map<string, string> {
  const targets = new Map<string, string>();
  scanXml(xml, {
    open(name, raw, depth) {
      if (depth === 0 ? name !== "Relationships" : depth === 1 ? name !== "Relationship" : true)
        unsupported(`<${name}> in relationships`, `关系部件中的 <${name}>`);
      if (depth === 1) {
        const a = raw;
        targets.set(
          a["Id"] ?? "undefined",
          a["Target"] ?? unsupported("a relationship without a target", "关系缺少目标"),
        );
      }
    },
    close() {},
    text() {},
  });
  return targets;
}

/** A shared string: plain text, or rich text (its runs' text joined, as snapshotOf reads it). */
function readSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let plain: string | undefined;
  let plainCount = 0;
  let runs: string[] = [];
  let run: string | undefined;
  let capture: "" | "plain" | "run" = "";
  let raw = "";
  let skipFrom = -1;
  scanXml(xml, {
    open(name, _raw, depth) {
      if (skipFrom >= 0) return;
      if (depth === 0) {
        if (name !== "sst") unsupported("not a shared-strings part", "不是共享字符串部件");
      } else if (depth === 1) {
        if (name !== "si") unsupported(`<${name}> in <sst>`, `<sst> 中的 <${name}>`);
        plain = undefined;
        plainCount = 0;
        runs = [];
      } else if (depth === 2) {
        if (name === "t") {
          capture = "plain";
          raw = "";
        } else if (name === "r") {
          run = undefined;
        } else if (name === "rPh" || name === "phoneticPr") {
          skipFrom = depth;
        } else {
          unsupported(`<${name}> in a shared string`, `共享字符串中的 <${name}>`);
        }
      } else if (depth === 3 && name === "t") {
        if (run !== undefined) unsupported("two texts in one run", "一个文本段中有两段文字");
        capture = "run";
        raw = "";
      } else if (depth === 3 && name === "rPr") {
        skipFrom = depth;
      } else {
        unsupported(`<${name}> in a shared string`, `共享字符串中的 <${name}>`);
      }
    },
    close(_name, depth) {
      if (skipFrom >= 0) {
        if (depth === skipFrom) skipFrom = -1;
        return;
      }
      if (capture === "plain" && depth === 2) {
        plain = unescapeText(raw);
        plainCount++;
        capture = "";
      } else if (capture === "run" && depth === 3) {
        run = unescapeText(raw);
        capture = "";
      } else if (depth === 2) {
        runs.push(run ?? "");
      } else if (depth === 1) {
        // as ExcelJS: a second <t> replaces the first, <t> mixed with runs drops one of them, none gives {}
        if (plainCount > 1 || (plainCount === 1 && runs.length > 0) || (plainCount === 0 && runs.length === 0))
          unsupported("an unusual shared string", "异常的共享字符串");
        strings.push(plainCount === 1 ? (plain as string) : runs.join(""));
      }
    },
    text(value) {
      if (capture) raw += value;
    },
  });
  return strings;
}

// ExcelJS's built-in number formats that are dates (its isDateFmt of its defaultnumformats)
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** As ExcelJS's utils.isDateFmt. */
function isDateFormat(code: string): boolean {
  return /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** Which cell formats (styles.xml cellXfs, by index) are dates. */
function readDateStyles(xml: string): boolean[] {
  const codes = new Map<number, string>();
  const xfs: number[] = [];
  let list: "" | "numFmts" | "cellXfs" = "";
  const seen = new Set<string>();
  scanXml(xml, {
    open(name, raw, depth) {
      if (depth === 0) {
        if (name !== "styleSheet") unsupported("not a styles part", "不是样式部件");
      } else if (depth === 1 && (name === "numFmts" || name === "cellXfs")) {
        if (seen.has(name)) unsupported(`two <${name}>`, `两个 <${name}>`);
        seen.add(name);
        list = name;
      } else if (depth === 2 && list === "numFmts" && name === "numFmt") {
        const a = raw;
        const code = a["formatCode"] ?? unsupported("a number format without a code", "数字格式缺少格式代码");
        codes.set(parseInt(a["numFmtId"] ?? "", 10), code.replace(/[\\](.)/g, "$1"));
      } else if (depth === 2 && list === "cellXfs" && name === "xf") {
        xfs.push(parseInt(raw.numFmtId ?? "", 10));
      } else if (depth > 1 && (name === "numFmts" || name === "cellXfs")) {
        unsupported(`<${name}> out of place`, `位置不对的 <${name}>`);
      }
    },
    close(_name, depth) {
      if (depth === 1) list = "";
    },
    text() {},
  });
  // as ExcelJS's getStyleModel: the part's own code for the id, else the built-in one
  return xfs.map((id) => {
    if (!id) return false;
    const code = codes.get(id);
    return code ? isDateFormat(code) : BUILT_IN_DATES.has(id);
  });
}

/* ---------------------------------------------------------------- sheets */

interface SheetContext {
  readonly strings: readonly string[] | undefined;
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
  readonly limits: SheetLimits;
}

/** The sheet being read: its name, and the cells kept in the sheets read before it. */
interface SheetBeingRead {
  readonly name: string;
  readonly cellsBefore: number;
}

const tooLarge = (sheet: SheetBeingRead, what: Text) => UNREADABLE.sheetTooLarge(sheet.name, what);

type Result = number | string | boolean | { readonly error: string } | undefined;

/** As ExcelJS's excelToDate, then snapshotOf's date text. */
function dateText(v: Result, date1904: boolean): CellValue {
  const n = typeof v === "number" ? v : typeof v === "string" || typeof v === "boolean" ? Number(v) : NaN;
  const date = new Date(Math.round((n - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
  // no date (a serial beyond any calendar): the number as it is
  return Number.isNaN(date.getTime()) ? scalar(v) : date.toISOString().slice(0, 10);
}

const scalar = (v: Result): CellValue => (v === undefined ? "" : typeof v === "object" ? String(v.error) : v);

/**
 * The column of a cell's address when it is 1 to 3 letters then `row` in digits ("AB12" in row 12 → 28);
 * 0 when it is not. Read char by char: it runs for every cell, empty ones included.
 */
function columnInRow(address: string, row: number): number {
  let col = 0;
  let at = 0;
  for (; at < 3 && at < address.length; at++) {
    const c = address.charCodeAt(at);
    if (c < 65 || c > 90) break;
    col = col * 26 + c - 64;
  }
  const digits = at;
  let n = 0;
  for (; at < address.length; at++) {
    const c = address.charCodeAt(at);
    if (c < 48 || c > 57 || (at === digits && c === 48)) return 0;
    n = n * 10 + c - 48;
    if (n > row) return 0;
  }
  return digits > 0 && at > digits && n === row ? col : 0;
}

/**
 * Kept text as a string of its own. The parser hands text over as slices of the piece of the part it was given, and
 * V8 keeps a slice's whole piece alive: a sheet's formulas, kept as slices, would keep the sheet's whole text.
 * Joining then slicing copies the text (V8 slices only strings of 13 characters or more).
 */
const ownCopy = (text: string): string => (text.length < 13 ? text : ` ${text}`.slice(1));

enum At {
  Outside,
  Data,
  Row,
  Cell,
  Formula,
  Value,
  Inline,
  InlineText,
  Run,
  RunText,
  Skip,
}

function readSheet(xml: XmlSource, context: SheetContext, sheet: SheetBeingRead): Map<string, SnapshotCell> {
  const { limits } = context;
  const cells = new Map<string, SnapshotCell>();
  const keep = (address: string, cell: SnapshotCell) => {
    if (cell.formula !== undefined && cell.formula.length > limits.formulaLength) {
      throw UNREADABLE.formulaTooLong(sheet.name, address, cell.formula.length, limits.formulaLength);
    }
    cells.set(address, cell);
    if (sheet.cellsBefore + cells.size > limits.cells)
      throw tooLarge(sheet, {
        zh: `所读工作表共超过 ${limits.cells} 个单元格`,
        en: `over ${limits.cells} cells in the sheets read`,
      });
  };
  /** shared formulas' masters by their `si` (ExcelJS keeps the last master of an si) */
  const masters = new Map<string, { text: string; row: number; col: number }>();
  let at = At.Outside;
  let skipFrom = 0;
  let skipBack = At.Outside;
  let seenData = false;
  let rowNumber = 0;
  let lastRow = 0;
  let lastCol = 0;
  // the cell being read
  let address = "";
  let col = 0;
  let type: string | undefined;
  let styled = false;
  let dateStyle = false;
  let formula: string | undefined;
  let formulaSeen = false;
  let shareType: string | undefined;
  let si: string | undefined;
  let ref: string | undefined;
  let value: string | undefined;
  let valueSeen = false;
  let inlineSeen = false;
  let inlineText: string | undefined;
  let runs: string[] | undefined;
  let run: string | undefined;
  let runTextSeen = false;
  let raw = "";

  const finishCell = () => {
    // as ExcelJS: <v> and <is> text add up, and <is> text under another type is read as that type
    if (inlineSeen && (valueSeen || type !== "inlineStr")) unsupported("an unusual inline string", "异常的内联字符串");
    const isFormula = !!formula || !!shareType;
    if (isFormula) {
      if (runs !== undefined) unsupported("a formula with a rich inline string", "公式带有富文本内联字符串");
      let result: Result;
      if (value) {
        if (type === "str") result = xmlDecodeAgain(value);
        else if (type === "b") result = parseInt(value, 10) !== 0;
        else if (type === "e") result = { error: value };
        else result = parseFloat(value);
      }
      const shown: CellValue = result !== undefined && dateStyle ? dateText(result, context.date1904) : scalar(result);
      let text = formula;
      if (shareType === "shared") {
        if (ref) {
          if (!formula) unsupported("a shared formula's master without a formula", "共享公式的主单元格没有公式");
          masters.set(String(si), { text: formula as string, row: rowNumber, col });
        } else if (!formula) {
          const master = masters.get(String(si));
          if (master) text = slideFormula(master.text, master, { row: rowNumber, col });
        }
      }
      keep(
        address,
        text ? { value: shown, formula: text.includes("_xldudf_") ? fromStoredFormula(text) : text } : { value: shown },
      );
      return;
    }
    if (runs !== undefined) {
      if (inlineText !== undefined) unsupported("an unusual inline string", "异常的内联字符串");
      keep(address, { value: runs.join("") });
      return;
    }
    if (value === undefined) return;
    let v: CellValue;
    if (type === "s") {
      const index = parseInt(value, 10);
      const strings =
        context.strings ??
        unsupported("a shared string without the shared-strings part", "引用共享字符串，但缺少共享字符串部件");
      v = strings[index] ?? unsupported("a shared string that does not exist", "引用了不存在的共享字符串");
    } else if (type === "str") v = xmlDecodeAgain(value);
    else if (type === "inlineStr") v = value;
    else if (type === "b") v = parseInt(value, 10) !== 0;
    else if (type === "e") v = value;
    else v = dateStyle ? dateText(parseFloat(value), context.date1904) : parseFloat(value);
    keep(address, { value: v });
  };

  const beginRow = (a: Record<string, string | undefined>) => {
    const r = a.r ?? "";
    if (!/^[1-9][0-9]*$/.test(r)) unsupported("a row without a number", "行没有行号");
    rowNumber = Number(r);
    if (rowNumber <= lastRow) unsupported("rows out of order", "行的顺序错乱");
    lastRow = rowNumber;
    if (rowNumber > limits.rows)
      throw tooLarge(sheet, {
        zh: `第 ${rowNumber} 行；上限为 ${limits.rows} 行`,
        en: `row ${rowNumber}; the limit is ${limits.rows} rows`,
      });
    lastCol = 0;
  };

  const beginCell = (a: Record<string, string | undefined>) => {
    address = a["r"] ?? "";
    col = columnInRow(address, rowNumber);
    if (col === 0) unsupported("a cell without its address in its row", "单元格的地址不在其所在行");
    if (col > 16384 || col <= lastCol) unsupported("cells out of order", "单元格的顺序错乱");
    lastCol = col;
    if (col > limits.columns)
      throw tooLarge(sheet, {
        zh: `第 ${col} 列；上限为 ${limits.columns} 列`,
        en: `column ${col}; the limit is ${limits.columns} columns`,
      });
    type = a["t"];
    const s = a["s"];
    const style = s ? parseInt(s, 10) : NaN;
    styled = !!style;
    dateStyle = styled && context.dateStyles[style] === true;
    formula = undefined;
    formulaSeen = false;
    shareType = si = ref = undefined;
    value = undefined;
    valueSeen = inlineSeen = false;
    inlineText = undefined;
    runs = undefined;
  };

  const formulaAttributes = (a: Record<string, string | undefined>) => {
    formulaSeen = true;
    shareType = a["t"];
    si = a["si"];
    ref = a["ref"];
  };

  scanXml(xml, {
    open(name, attributeText, depth) {
      switch (at) {
        case At.Outside:
          if (depth === 0) {
            if (name !== "worksheet") unsupported("not a worksheet part", "不是工作表部件");
          } else if (name === "sheetData") {
            if (depth !== 1 || seenData) unsupported("<sheetData> out of place", "位置不对的 <sheetData>");
            seenData = true;
            at = At.Data;
          } else if (name === "row" || name === "c") {
            unsupported(`<${name}> outside <sheetData>`, `<sheetData> 之外的 <${name}>`);
          }
          return;
        case At.Data:
          if (name !== "row") unsupported(`<${name}> in <sheetData>`, `<sheetData> 中的 <${name}>`);
          beginRow(attributeText);
          at = At.Row;
          return;
        case At.Row:
          if (name !== "c") unsupported(`<${name}> in a row`, `行中的 <${name}>`);
          beginCell(attributeText);
          at = At.Cell;
          return;
        case At.Cell:
          raw = "";
          if (name === "f") {
            if (formulaSeen) unsupported("two formulas in a cell", "一个单元格中有两个公式");
            formulaAttributes(attributeText);
            at = At.Formula;
          } else if (name === "v") {
            if (valueSeen) unsupported("two values in a cell", "一个单元格中有两个值");
            valueSeen = true;
            at = At.Value;
          } else if (name === "is") {
            if (inlineSeen) unsupported("two inline strings in a cell", "一个单元格中有两个内联字符串");
            inlineSeen = true;
            at = At.Inline;
          } else {
            unsupported(`<${name}> in a cell`, `单元格中的 <${name}>`);
          }
          return;
        case At.Inline:
          if (name === "t") {
            if (inlineText !== undefined || runs !== undefined)
              unsupported("an unusual inline string", "异常的内联字符串");
            raw = "";
            at = At.InlineText;
          } else if (name === "r") {
            if (inlineText !== undefined) unsupported("an unusual inline string", "异常的内联字符串");
            runs ??= [];
            run = undefined;
            runTextSeen = false;
            at = At.Run;
          } else if (name === "phoneticPr") {
            skipFrom = depth;
            skipBack = At.Inline;
            at = At.Skip;
          } else {
            unsupported(`<${name}> in an inline string`, `内联字符串中的 <${name}>`); // phonetic runs would join the text in ExcelJS
          }
          return;
        case At.Run:
          if (name === "t") {
            if (runTextSeen) unsupported("two texts in one run", "一个文本段中有两段文字");
            runTextSeen = true;
            raw = "";
            at = At.RunText;
          } else if (name === "rPr") {
            skipFrom = depth;
            skipBack = At.Run;
            at = At.Skip;
          } else {
            unsupported(`<${name}> in a rich-text run`, `富文本段中的 <${name}>`);
          }
          return;
        case At.Skip:
          return;
        default:
          unsupported(`<${name}> inside text`, `文本中的 <${name}>`);
      }
    },
    close(_name, depth) {
      switch (at) {
        case At.Data:
          at = At.Outside;
          return;
        case At.Row:
          at = At.Data;
          return;
        case At.Cell:
          finishCell();
          at = At.Row;
          return;
        case At.Formula:
          formula = raw === "" ? undefined : ownCopy(raw);
          at = At.Cell;
          return;
        case At.Value:
          if (raw !== "") value = ownCopy(raw);
          at = At.Cell;
          return;
        case At.Inline:
          at = At.Cell;
          return;
        case At.InlineText:
          inlineText = ownCopy(raw);
          // as ExcelJS: the text of <is><t> is the cell's value (not unescaped), like a <v>
          if (raw !== "") value = inlineText;
          at = At.Inline;
          return;
        case At.RunText:
          run = ownCopy(unescapeText(raw));
          at = At.Run;
          return;
        case At.Run:
          (runs as string[]).push(run ?? "");
          at = At.Inline;
          return;
        case At.Skip:
          if (depth === skipFrom) at = skipBack;
          return;
        default:
          return;
      }
    },
    text(value) {
      if (at === At.Formula || at === At.Value || at === At.InlineText || at === At.RunText) raw += value;
    },
  });
  return cells;
}

/* ---------------------------------------------------------------- the workbook */

const WORKSHEET_ENTRY = /xl\/worksheets\/sheet(\d+)[.]xml/;

export interface ReadOptions {
  /**
   * "review": only the sheets the product's defined names (GREEN_*) point at — the template sheets — are
   * parsed and kept, others skipped by their part names; "all": every worksheet.
   */
  readonly sheets: "review" | "all";
}

/**
 * The snapshot of an .xlsx whose zip has been opened (its central directory checked): the workbook part,
 * its relationships, the styles, the shared strings and the worksheets asked for, within the limits.
 * Throws UnreadableWorkbook with a one-line reason.
 */
export function readXlsx(zip: XlsxZip, limits: ReadLimits, options: ReadOptions): WorkbookSnapshot {
  const text = (name: string) => {
    const content = zip.text(name);
    return content === undefined ? undefined : { name, content };
  };
  const parse = <T>(
    part: { name: string; content: string } | undefined,
    read: (xml: string) => T,
    otherwise: () => T,
  ): T => (part ? inPart(part.name, () => read(part.content)) : otherwise());
  const workbook = parse(text("xl/workbook.xml"), readWorkbookPart, () => {
    throw UNREADABLE.noWorkbookPart();
  });
  const rels = parse(text("xl/_rels/workbook.xml.rels"), readRelationships, () => {
    throw UNREADABLE.noWorkbookRelationships();
  });

  // as ExcelJS: print areas and titles are page setup, not names; a later name of the same spelling
  // (another sheet's local name) replaces an earlier one in its place
  const named = new Map<string, NameSnapshot | undefined>();
  for (const entry of workbook.names) {
    if (entry.name === "_xlnm.Print_Area" || entry.name === "_xlnm.Print_Titles") continue;
    named.set(
      entry.name,
      inPart("xl/workbook.xml", () => nameOf(entry.name, entry.text, limits)),
    );
  }
  const names = [...named.values()].filter((n): n is NameSnapshot => n !== undefined);
  const wanted = new Set(names.filter((n) => isProductName(n.name)).map((n) => n.sheet));
  const read = (sheetName: string) => options.sheets === "all" || wanted.has(sheetName);

  const context: SheetContext = {
    strings: parse(text("xl/sharedStrings.xml"), readSharedStrings, () => undefined),
    dateStyles: parse(text("xl/styles.xml"), readDateStyles, () => []),
    date1904: workbook.date1904,
    limits,
  };

  // as ExcelJS: a sheet whose relationship leads to no worksheet part (a chartsheet) is left out
  const parts = new Set<string>();
  const sheets: SheetSnapshot[] = [];
  let cellsBefore = 0;
  for (const sheet of workbook.sheets) {
    const target = rels.get(sheet.rId as string);
    if (target === undefined) continue;
    const path = `xl/${target.replace(/^(\s|\/xl\/)+/, "")}`;
    if (!WORKSHEET_ENTRY.test(path) || !read(sheet.name)) continue;
    if (!zip.has(path)) throw UNREADABLE.sheetWithoutPart(sheet.name, path);
    if (parts.has(path)) throw UNREADABLE.twoSheetsOnePart(path);
    parts.add(path);
    // a sheet is parsed as it is inflated: its XML (hundreds of megabytes for 50 000 option rows) is never whole
    const xml: XmlSource = (write) => zip.textChunks(path, write);
    const cells = inPart(path, () => readSheet(xml, context, { name: sheet.name, cellsBefore }));
    cellsBefore += cells.size;
    sheets.push({ name: sheet.name, cells });
  }
  return { sheets, names };
}
