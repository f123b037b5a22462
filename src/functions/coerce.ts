/**
 * The one place Excel-shaped arguments become domain inputs (docs/architecture.md "Functions are thin"): numbers,
 * numeric text ("85", " 1,200.5 ", "85%"), empty cells (null, "", or text of nothing but whitespace by the
 * one blank-cell rule of calc/blank.ts) as missing, single cells or 2D ranges, indicator ids and Chinese
 * names, carriers, units and factor sets by the catalog's finders (with their aliases: 天然气 = 气田天然气,
 * 电 = 电力, 万千瓦时 = 万kWh …), directions and yes/no flags.
 * Every failure carries its message in both languages (messages.ts).
 */
import { value, type Outcome } from "../domain/calc/outcome";
import { isBlankText, spreadsheetTrim } from "../domain/calc/blank";
import { parseDirection, parseFlag, type TargetDirection } from "../domain/calc/direction";
import { findCarrier, findDataItem, findGridFactorSet, findIndicator, findUnit } from "../domain/catalog";
import type { CarrierDef, DataItemDef, GridFactorSet, IndicatorDef, UnitDef } from "../domain/catalog";
import { explained } from "./errors";
import { MESSAGES } from "./messages";

/**
 * A value as Excel hands it to a parameter of type any: number, text, boolean, null for an empty cell
 * (or an omitted optional argument), or a 2D array for a range. Typed `unknown` so custom-functions-metadata
 * declares the parameter "any".
 */
export type CellArgument = unknown;

/** A one-cell value after coercion: a number, text, or null for empty. */
export type CellValue = number | string | null;

/** An argument left out or an empty cell: null, or text with nothing but whitespace (blank.ts). */
export function isOmitted(arg: CellArgument): boolean {
  return arg === null || arg === undefined || (typeof arg === "string" && isBlankText(arg));
}

/** The cells of an argument, row by row: a range's cells, or the argument itself as one cell. */
export function cellsOf(arg: CellArgument): unknown[] {
  if (!Array.isArray(arg)) return [arg];
  const cells: unknown[] = [];
  for (const row of arg as unknown[]) {
    if (Array.isArray(row)) for (const cell of row as unknown[]) cells.push(cell);
    else cells.push(row);
  }
  return cells;
}

/** One cell: a 1×1 range is the cell itself. */
function singleCell(arg: CellArgument, name: string): Outcome<unknown> {
  if (!Array.isArray(arg)) return value(arg);
  const cells = cellsOf(arg);
  return cells.length === 1 ? value(cells[0]) : explained("invalid-input", MESSAGES.notOneCell(name, cells.length));
}

const NUMERIC_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?$/;

/** A cell's number: null when empty; numeric text is read ("1,200.5", "85%" = 0.85); other values are wrong. */
function cellNumber(x: unknown, name: string): Outcome<number | null> {
  if (typeof x === "number")
    return Number.isFinite(x) ? value(x) : explained("invalid-input", MESSAGES.notFinite(name));
  if (x === null || x === undefined) return value(null);
  if (typeof x !== "string") {
    return typeof x === "boolean"
      ? explained("invalid-input", MESSAGES.notANumber(name, x))
      : explained("invalid-input", MESSAGES.unsupportedValue(name));
  }
  const text = spreadsheetTrim(x).replace(/,/g, "");
  if (text === "") return value(null);
  if (!NUMERIC_TEXT.test(text)) return explained("invalid-input", MESSAGES.notANumber(name, x));
  return value(text.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text));
}

/** A number, or null when the cell is empty; text that is not a number is a wrong type (#VALUE!). */
export function toNumberInput(arg: CellArgument, name: string): Outcome<number | null> {
  if (typeof arg === "number")
    return Number.isFinite(arg) ? value(arg) : explained("invalid-input", MESSAGES.notFinite(name));
  const cell = singleCell(arg, name);
  return cell.ok ? cellNumber(cell.value, name) : cell;
}

/**
 * A range's rows as Excel hands them (a single value as one row of one cell), walked in place by the list
 * readers below instead of being copied into one list first: a function reads its ranges in every call.
 */
function rowsOf(arg: CellArgument): readonly unknown[] {
  return Array.isArray(arg) ? arg : [arg];
}

/** One row's cells; a value standing for a row (a 1-D list) is a row of one cell. */
function rowCells(row: unknown): readonly unknown[] {
  return Array.isArray(row) ? row : [row];
}

/** Every cell of a range as a number or null (empty), row by row. */
export function toNumberList(arg: CellArgument, name: string): Outcome<(number | null)[]> {
  const numbers: (number | null)[] = [];
  for (const row of rowsOf(arg))
    for (const cell of rowCells(row)) {
      // a finite number or an empty cell as it is, without an outcome per cell
      if ((typeof cell === "number" && Number.isFinite(cell)) || cell === null) {
        numbers.push(cell);
        continue;
      }
      const read = cellNumber(cell, name);
      if (!read.ok) return read;
      numbers.push(read.value);
    }
  return value(numbers);
}

/** A cell that may hold a number or a text answer: numbers and numeric text as numbers, blank as null. */
function cellValue(x: unknown, name: string): Outcome<CellValue> {
  if (typeof x === "string") {
    const text = spreadsheetTrim(x);
    if (text === "") return value(null);
    return NUMERIC_TEXT.test(text.replace(/,/g, "")) ? cellNumber(text, name) : value(text);
  }
  return cellNumber(x, name);
}

/** One cell holding a number or a text answer (GREEN.SCORE's value, an answer of IG12). */
export function toCellValue(arg: CellArgument, name: string): Outcome<CellValue> {
  const cell = singleCell(arg, name);
  return cell.ok ? cellValue(cell.value, name) : cell;
}

/** An argument that may be one cell or a range (GREEN.INDICATOR's inputs): one value, or the list of values. */
export function toCellValues(arg: CellArgument, name: string): Outcome<CellValue | CellValue[]> {
  // Excel hands a one-cell argument of a matrix parameter as [[x]]: read it without copying
  if (Array.isArray(arg) && arg.length === 1 && Array.isArray(arg[0]) && arg[0].length === 1)
    return cellValue(arg[0][0], name);
  const cells = cellsOf(arg);
  if (cells.length === 1) return cellValue(cells[0], name);
  const values: CellValue[] = [];
  for (const cell of cells) {
    const read = cellValue(cell, name);
    if (!read.ok) return read;
    values.push(read.value);
  }
  return value(values);
}

/** TRUE/FALSE, 1/0, "TRUE"/"FALSE"; empty gives the default. */
export function toBooleanInput(arg: CellArgument, name: string, fallback: boolean): Outcome<boolean> {
  if (typeof arg === "boolean") return value(arg);
  const cell = singleCell(arg, name);
  if (!cell.ok) return cell;
  const x = cell.value;
  if (isOmitted(x)) return value(fallback);
  if (typeof x === "boolean") return value(x);
  if (x === 1 || x === 0) return value(x === 1);
  if (typeof x === "string" && /^(true|false)$/i.test(spreadsheetTrim(x)))
    return value(/^true$/i.test(spreadsheetTrim(x)));
  return explained("invalid-input", MESSAGES.notBoolean(name));
}

/** One cell of text, or null when empty; anything else is a wrong type. */
export function toTextInput(arg: CellArgument, name: string): Outcome<string | null> {
  if (typeof arg === "string") return value(isBlankText(arg) ? null : arg);
  const cell = singleCell(arg, name);
  if (!cell.ok) return cell;
  const x = cell.value;
  if (x === null || x === undefined) return value(null);
  if (typeof x === "string") return value(isBlankText(x) ? null : x);
  return explained("invalid-input", MESSAGES.notText(name));
}

/**
 * A finder with a small memo of the texts users typed: the catalog's finders normalise the name on every
 * call, and a sheet calls the same few names thousands of times. Pure glue: the catalog decides.
 */
function memoized<T>(find: (name: string) => T | undefined): (name: string) => T | undefined {
  const memo = new Map<string, T | undefined>();
  return (name) => {
    if (memo.has(name)) return memo.get(name);
    const found = find(name);
    if (memo.size >= 1000) memo.clear();
    memo.set(name, found);
    return found;
  };
}

const indicatorByName = memoized(findIndicator);
const carrierByName = memoized(findCarrier);
const unitByName = memoized(findUnit);
const factorSetByName = memoized(findGridFactorSet);
const dataItemByName = memoized(findDataItem);

/** A catalog record named by a required text argument; empty is missing (#N/A), unknown is #VALUE!. */
function requiredRecord<T>(
  arg: CellArgument,
  name: string,
  find: (text: string) => T | undefined,
  unknown: (got: string) => Outcome<never>,
): Outcome<T> {
  const text = toTextInput(arg, name);
  if (!text.ok) return text;
  if (text.value === null) return explained("missing-input", MESSAGES.missing(name));
  const found = find(text.value);
  return found === undefined ? unknown(text.value) : value(found);
}

/** An indicator by id ("RG7", "rg7") or name ("工业用水重复利用率", "Industrial water reuse rate"). */
export function toIndicatorInput(arg: CellArgument, name = "id"): Outcome<IndicatorDef> {
  return requiredRecord(arg, name, indicatorByName, (got) => explained("unknown-id", MESSAGES.unknownIndicator(got)));
}

/** An indicator, or else a data item of docs/data-file.md (GREEN.UNIT and GREEN.NAME look both up). */
export function toCatalogEntryInput(
  arg: CellArgument,
  name = "id",
): Outcome<{ indicator?: IndicatorDef; item?: DataItemDef }> {
  const text = toTextInput(arg, name);
  if (!text.ok) return text;
  if (text.value === null) return explained("missing-input", MESSAGES.missing(name));
  const indicator = indicatorByName(text.value);
  if (indicator !== undefined) return value({ indicator });
  const item = dataItemByName(text.value);
  return item !== undefined ? value({ item }) : explained("unknown-id", MESSAGES.unknownCatalogEntry(text.value));
}

/** An energy carrier by id, Chinese or English name or alias (天然气 = 气田天然气, 电 = 电力). */
export function toCarrierInput(arg: CellArgument, name = "carrier"): Outcome<CarrierDef> {
  return requiredRecord(arg, name, carrierByName, (got) => explained("unknown-id", MESSAGES.unknownCarrier(got)));
}

/** An optional unit by symbol or alias (万千瓦时 = 万kWh, m3 = m³); null when omitted. */
export function toUnitInput(arg: CellArgument, name = "unit"): Outcome<UnitDef | null> {
  const text = toTextInput(arg, name);
  if (!text.ok || text.value === null) return text as Outcome<null>;
  const found = unitByName(text.value);
  return found === undefined ? explained("unknown-id", MESSAGES.unknownUnit(text.value)) : value(found);
}

/** An optional grid factor set by docs/functions.md name ("national-2023", "华东-2023"); null when omitted. */
export function toFactorSetInput(arg: CellArgument, name = "factor_set"): Outcome<GridFactorSet | null> {
  const text = toTextInput(arg, name);
  if (!text.ok || text.value === null) return text as Outcome<null>;
  const found = factorSetByName(text.value);
  return found === undefined ? explained("unknown-id", MESSAGES.unknownFactorSet(text.value)) : value(found);
}

/** Every cell of a range as a direction (docs/functions.md: up/down, ↑/↓, 正向/逆向, 1/-1), null where empty. */
export function toDirectionList(arg: CellArgument, name: string): Outcome<(TargetDirection | null)[]> {
  const directions: (TargetDirection | null)[] = [];
  for (const row of rowsOf(arg))
    for (const cell of rowCells(row)) {
      // a direction word first: no blank cell reads as one
      const parsed = parseDirection(cell);
      if (parsed.ok) directions.push(parsed.value);
      else if (isOmitted(cell)) directions.push(null);
      else return explained("invalid-input", MESSAGES.unknownDirection(name, cell));
    }
  return value(directions);
}

/** Every cell of a range as a yes/no flag (TRUE/FALSE, 1/0, 是/否, yes/no, a tick); empty is no. */
export function toFlagList(arg: CellArgument, name: string): Outcome<boolean[]> {
  const flags: boolean[] = [];
  for (const row of rowsOf(arg))
    for (const cell of rowCells(row)) {
      const parsed = parseFlag(cell);
      if (!parsed.ok) return explained("invalid-input", MESSAGES.notBoolean(name));
      flags.push(parsed.value);
    }
  return value(flags);
}

export type NameLanguage = "zh" | "en";

/** A Map, not a plain object: a word like "constructor" must not find Object.prototype's. */
const LANGUAGE_WORDS: ReadonlyMap<string, NameLanguage> = new Map<string, NameLanguage>([
  ["zh", "zh"],
  ["zh-cn", "zh"],
  ["cn", "zh"],
  ["chinese", "zh"],
  ["中文", "zh"],
  ["汉语", "zh"],
  ["en", "en"],
  ["en-us", "en"],
  ["en-gb", "en"],
  ["english", "en"],
  ["英文", "en"],
  ["英语", "en"],
]);

/** GREEN.NAME's language: zh (default) or en, as "zh"/"zh-CN"/"中文" or "en"/"en-US"/"英文". */
export function toLanguageInput(arg: CellArgument, name = "lang"): Outcome<NameLanguage> {
  const text = toTextInput(arg, name);
  if (!text.ok) return text;
  if (text.value === null) return value("zh");
  const language = LANGUAGE_WORDS.get(spreadsheetTrim(text.value).toLowerCase());
  return language ? value(language) : explained("invalid-input", MESSAGES.unknownLanguage(text.value));
}

/** A list failure when two ranges that go together differ in size. */
export function sameLength(lists: readonly (readonly unknown[])[], names: string): Outcome<true> {
  const n = lists[0]?.length ?? 0;
  return lists.every((list) => list.length === n)
    ? value(true)
    : explained("invalid-input", MESSAGES.lengthsDiffer(names));
}
