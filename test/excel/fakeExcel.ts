/**
 * A strict in-memory fake of the Excel JavaScript API subset the adapter uses (docs/architecture.md, testing rung 3).
 * It enforces Excel's documented rules where the adapter could break them: value arrays must match the
 * range's shape, addresses must parse, sheet and defined names must be valid and unique, properties must
 * be loaded and synced before they are read (and read back as they were at that sync, not as later
 * queued writes left them), locked cells of a protected sheet cannot be written, cells of a protected
 * sheet cannot be formatted unless its protection allows formatting, a sheet protected with a password
 * is unprotected only with it, protecting a protected sheet fails, a name that lost its sheet (#REF!) has
 * no range, an inline list source is at most 255 characters, validation titles 32, input messages 255 and
 * error messages 224, a getRanges address at most 8 192, and one
 * request at most 5 MB. Strings written to `values` are read the way Excel reads typed input ("=…", "+…",
 * "-…" are formulas, number-like text becomes a number, a leading apostrophe keeps text). It counts syncs.
 * It is a test double: it models what we call, nothing more.
 */
import { parseCell, parseRange, type RangeRef } from "../../src/domain/templates/a1";
import {
  CHART_ENUMS,
  strictChartCollection,
  strictPageBreaks,
  type FakeChartCollection,
  type FakeChartState,
  type FakePageBreakCollection,
} from "./fakeCharts";

export class FakeExcelError extends Error {
  constructor(
    public readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

/**
 * Excel's limits on a data validation's texts: a title of 32 characters; an input message of 255; an error
 * message of 224 ([MS-OI29500] §2.1.613), which Excel cuts or refuses beyond.
 */
function assertTextLimits(what: string, text: { title?: string; message?: string }, messageLimit: number): void {
  if ((text.title ?? "").length > 32)
    throw new FakeExcelError("InvalidArgument", `${what} title of ${text.title?.length} characters`);
  if ((text.message ?? "").length > messageLimit)
    throw new FakeExcelError("InvalidArgument", `${what} message of ${text.message?.length} characters`);
}
type Scalar = string | number | boolean;

export interface FakeCell {
  formula: Scalar;
  /** what a formula cell shows (the fake does not evaluate formulas) */
  result?: Scalar;
  /** what Excel computed for a formula cell (tests set it; the fake has no calculation engine) */
  value?: Scalar;
  numberFormat: string;
  locked: boolean;
  bold?: boolean;
  /** the fill colour; undefined: no fill */
  fill?: string;
  /** the fill pattern when it is not "Solid" (a fill colour with no pattern is a solid fill) */
  fillPattern?: string;
  fillPatternColor?: string;
  fontColor?: string;
  fontSize?: number;
  wrap?: boolean;
  verticalAlignment?: string;
}

/** Excel enums as office.js defines them (string-valued). */
export const EXCEL_ENUMS = {
  ConditionalFormatType: { custom: "Custom" },
  PageOrientation: { landscape: "Landscape", portrait: "Portrait" },
  PaperType: { a4: "A4" },
  DataValidationAlertStyle: { stop: "Stop" },
  DataValidationOperator: {
    greaterThan: "GreaterThan",
    between: "Between",
    greaterThanOrEqualTo: "GreaterThanOrEqualTo",
    lessThanOrEqualTo: "LessThanOrEqualTo",
  },
  FillPattern: { none: "None", solid: "Solid" },
  NamedItemType: { range: "Range", error: "Error" },
  ...CHART_ENUMS,
};

export function installExcelEnums(): void {
  (globalThis as unknown as { Excel: unknown }).Excel = EXCEL_ENUMS;
}

/**
 * Loaded-state tracking: a property is readable after load(...) and a sync, and reads what it was at that
 * sync (Office.js proxies hold the synced values; writes queued later do not change them).
 */
class Loadable {
  private requested = new Set<string>();
  private readonly synced = new Map<string, unknown>();
  constructor(protected readonly ctx: FakeContext) {}
  load(props: string): this {
    for (const p of props.split(",").map((x) => x.trim())) this.requested.add(p);
    this.ctx.pending.push(() => this.settle([]));
    return this;
  }
  /** what a sync does to a loaded object: takes every requested property (and `more`) as it is now */
  settle(more: readonly string[]): void {
    for (const p of more) this.requested.add(p);
    for (const p of this.requested) this.synced.set(p, this.capture(p));
  }
  /** the current value of a loadable property, taken at sync */
  protected capture(_prop: string): unknown {
    return undefined;
  }
  protected assertLoaded(prop: string): void {
    if (!this.synced.has(prop))
      throw new FakeExcelError("PropertyNotLoaded", `${prop} was read before load("${prop}") and sync()`);
  }
  /** the property as it was at the last sync after its load */
  protected loaded<T>(prop: string): T {
    this.assertLoaded(prop);
    return this.synced.get(prop) as T;
  }
  /** whether any load of this object has been synced (Office.js: isNullObject is known after a sync) */
  protected get isSynced(): boolean {
    return this.synced.size > 0;
  }
}

export class FakeContext {
  readonly workbook: FakeWorkbook;
  syncs = 0;
  pendingBytes = 0;
  readonly requestSizes: number[] = [];
  pending: (() => void)[] = [];
  constructor() {
    this.workbook = new FakeWorkbook(this);
  }
  async sync(): Promise<void> {
    this.syncs += 1;
    this.requestSizes.push(this.pendingBytes);
    const bytes = this.pendingBytes;
    this.pendingBytes = 0;
    if (bytes > REQUEST_LIMIT_BYTES)
      throw new FakeExcelError("RequestPayloadSizeLimitExceeded", `${bytes} bytes in one request`);
    const run = this.pending;
    this.pending = [];
    for (const f of run) f();
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  /** the sheet shown in Excel's window, once a Worksheet.activate() was synced */
  activeSheet?: string;
  /** the range selected in Excel's window, once a Range.select() was synced */
  selection?: { readonly sheet: string; readonly address: string };
  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.names = new FakeNamedItemCollection(ctx);
  }
}

export class FakeWorksheetCollection extends Loadable {
  readonly sheets: FakeWorksheet[] = [];
  get items(): FakeWorksheet[] {
    return this.loaded<FakeWorksheet[]>("items/name");
  }
  protected override capture(_prop: string): unknown {
    return [...this.sheets];
  }
  add(name: string): FakeWorksheet {
    if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || /^'|'$/.test(name)) {
      throw new FakeExcelError("InvalidArgument", `invalid sheet name "${name}"`);
    }
    if (this.find(name)) throw new FakeExcelError("ItemAlreadyExists", `a sheet named "${name}" exists`);
    const sheet = new FakeWorksheet(this.ctx, name);
    this.sheets.push(sheet);
    return sheet;
  }
  /**
   * Worksheet.delete(): the sheet goes; Excel keeps the workbook's names that pointed into it, as =#REF!. The
   * last visible sheet cannot be deleted.
   */
  remove(sheet: FakeWorksheet): void {
    const at = this.sheets.indexOf(sheet);
    if (at < 0) throw new FakeExcelError("ItemNotFound", `the sheet "${sheet.name}" was deleted already`);
    if (this.sheets.length === 1) throw new FakeExcelError("InvalidOperation", "the last sheet cannot be deleted");
    this.sheets.splice(at, 1);
    for (const item of this.ctx.workbook.names.list) if (item.sheet === sheet) item.broken = true;
  }
  getItem(name: string): FakeWorksheet {
    const sheet = this.find(name);
    if (!sheet) throw new FakeExcelError("ItemNotFound", `no sheet named "${name}"`);
    return sheet;
  }
  find(name: string): FakeWorksheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
}

interface FakeNamedItem {
  name: string;
  sheet: FakeWorksheet;
  ref: RangeRef;
  /** the sheet it pointed at was deleted: Excel shows the formula =#REF! and the type Error (tests set it) */
  broken?: boolean;
}

/** Office.js NamedItem: name, formula and type after load and sync; getRange() only for a range name. */
export class FakeNamedItemProxy extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly item: FakeNamedItem,
  ) {
    super(ctx);
  }
  protected override capture(prop: string): unknown {
    if (prop === "name") return this.item.name;
    if (prop === "formula")
      return this.item.broken ? "=#REF!" : `='${this.item.sheet.name.replace(/'/g, "''")}'!${absolute(this.item.ref)}`;
    if (prop === "type") return this.item.broken ? "Error" : "Range";
    return undefined;
  }
  get name(): string {
    return this.loaded("name");
  }
  get formula(): string {
    return this.loaded("formula");
  }
  get type(): string {
    return this.loaded("type");
  }
  getRange(): FakeRange {
    if (this.item.broken) throw new FakeExcelError("InvalidReference", `name "${this.item.name}" refers to #REF!`);
    return new FakeRange(this.ctx, this.item.sheet, this.item.ref);
  }
  /** Office.js NamedItem.delete() (ExcelApi 1.4): the name goes; a name deleted already is ItemNotFound */
  delete(): void {
    const list = this.ctx.workbook.names.list;
    const at = list.indexOf(this.item);
    if (at < 0) throw new FakeExcelError("ItemNotFound", `name "${this.item.name}" was deleted already`);
    list.splice(at, 1);
  }
}

export class FakeNamedItemCollection extends Loadable {
  readonly list: FakeNamedItem[] = [];
  private proxies = new Map<FakeNamedItem, FakeNamedItemProxy>();
  /** items/<prop> loads <prop> of every item (Office.js collection loads) */
  private requestedItemProps: string[] = [];
  override load(props: string): this {
    const list = props.split(",").map((x) => x.trim());
    for (const p of list) {
      if (!/^items\/(name|formula|type)$/.test(p))
        throw new FakeExcelError("InvalidArgument", `the fake does not model loading "${p}" of names`);
    }
    this.requestedItemProps = [...new Set([...this.requestedItemProps, ...list.map((p) => p.slice("items/".length))])];
    super.load(props);
    this.ctx.pending.push(() => {
      for (const item of this.list) this.proxyOf(item).settle(this.requestedItemProps);
    });
    return this;
  }
  /** the items as they were at the sync */
  protected override capture(_prop: string): unknown {
    return [...this.list];
  }
  private proxyOf(item: FakeNamedItem): FakeNamedItemProxy {
    let proxy = this.proxies.get(item);
    if (!proxy) {
      proxy = new FakeNamedItemProxy(this.ctx, item);
      this.proxies.set(item, proxy);
    }
    return proxy;
  }
  get items(): FakeNamedItemProxy[] {
    return this.loaded<FakeNamedItem[]>("items/name").map((n) => this.proxyOf(n));
  }
  /** Office.js: ItemNotFound for a name that does not exist (case-insensitive, as Excel's names are) */
  getItem(name: string): FakeNamedItemProxy {
    const item = this.list.find((n) => n.name.toLowerCase() === name.toLowerCase());
    if (!item) throw new FakeExcelError("ItemNotFound", `no name "${name}"`);
    return new FakeNamedItemProxy(this.ctx, item);
  }
  add(name: string, reference: FakeRange): void {
    // Excel: starts with a letter, _ or \, then letters, digits, _ . \; not a cell reference; ≤ 255 chars
    if (
      !/^[A-Za-z_\\\u4e00-\u9fff][A-Za-z0-9_.\\\u4e00-\u9fff]*$/.test(name) ||
      name.length > 255 ||
      parseCell(name) ||
      /^[Rr]\d*[Cc]\d*$/.test(name)
    ) {
      throw new FakeExcelError("InvalidArgument", `invalid defined name "${name}"`);
    }
    if (this.list.some((n) => n.name.toLowerCase() === name.toLowerCase()))
      throw new FakeExcelError("ItemAlreadyExists", `name "${name}" exists`);
    if (!(reference instanceof FakeRange)) throw new FakeExcelError("InvalidArgument", "a name must refer to a range");
    this.list.push({ name, sheet: reference.sheet, ref: reference.ref });
  }
}

function isFormula(v: Scalar): boolean {
  return typeof v === "string" && v.startsWith("=");
}

/** A constant as stored: text written with a leading apostrophe is the text after it. */
function textOf(v: Scalar): Scalar {
  return typeof v === "string" && v.startsWith("'") ? v.slice(1) : v;
}

function absolute(ref: RangeRef): string {
  const a = (row: number, col: number) => `$${letters(col)}$${row + 1}`;
  return ref.top === ref.bottom && ref.left === ref.right
    ? a(ref.top, ref.left)
    : `${a(ref.top, ref.left)}:${a(ref.bottom, ref.right)}`;
}

function letters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export interface FakeValidation {
  rule?: unknown;
  prompt?: unknown;
  errorAlert?: unknown;
}

export class FakeWorksheet {
  readonly cells = new Map<string, FakeCell>();
  readonly merges: RangeRef[] = [];
  readonly validations = new Map<string, FakeValidation>();
  readonly conditionalFormats: FakeConditionalFormatEntry[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  protectedSheet = false;
  /** the options and password of the protection in force */
  protectionOptions: Excel.WorksheetProtectionOptions = {};
  protectionPassword?: string;
  frozen?: RangeRef;
  readonly rowHeights = new Map<number, number>();
  readonly pageLayout = new FakePageLayout();
  readonly protection: FakeWorksheetProtection;
  /** the sheet's charts (fakeCharts.ts), for assertions */
  readonly chartStates: FakeChartState[] = [];
  /** rows (0-based) a manual page break stands above */
  readonly pageBreaks: number[] = [];
  readonly charts: FakeChartCollection;
  readonly horizontalPageBreaks: FakePageBreakCollection;
  readonly freezePanes = {
    freezeAt: (range: FakeRange) => {
      this.frozen = range.ref;
    },
    freezeRows: (count: number) => {
      if (count < 1) throw new FakeExcelError("InvalidArgument", "freezeRows needs a count ≥ 1");
      this.frozen = { top: 0, left: 0, bottom: count - 1, right: -1 };
    },
    freezeColumns: (count: number) => {
      if (count < 1) throw new FakeExcelError("InvalidArgument", "freezeColumns needs a count ≥ 1");
      this.frozen = { top: 0, left: 0, bottom: -1, right: count - 1 };
    },
    unfreeze: () => {
      this.frozen = undefined;
    },
  };
  constructor(
    private readonly ctx: FakeContext,
    public name: string,
  ) {
    this.protection = new FakeWorksheetProtection(ctx, this);
    this.charts = strictChartCollection(ctx, this);
    this.horizontalPageBreaks = strictPageBreaks(this);
  }

  /** Worksheet.activate(): shows the sheet in Excel's window at the next sync. */
  activate(): void {
    this.ctx.pending.push(() => (this.ctx.workbook.activeSheet = this.name));
  }

  /** Office.js Worksheet.delete() (ExcelApi 1.1) */
  delete(): void {
    this.ctx.workbook.worksheets.remove(this);
  }

  /** Excel refuses to format cells of a protected sheet unless its protection allows it. */
  assertFormattable(what: string, allowed: keyof Excel.WorksheetProtectionOptions | null): void {
    if (this.protectedSheet && !(allowed && this.protectionOptions[allowed] === true)) {
      throw new FakeExcelError("InvalidOperation", `${what} on protected sheet "${this.name}"`);
    }
  }

  cell(row: number, col: number): FakeCell {
    const key = `${row},${col}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { formula: "", numberFormat: "General", locked: true };
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** A1 text of a cell, for assertions. */
  at(address: string): FakeCell | undefined {
    const ref = parseCell(address);
    return ref ? this.cells.get(`${ref.row},${ref.col}`) : undefined;
  }

  getRange(address?: string): FakeRange {
    if (address === undefined) return new FakeRange(this.ctx, this, { top: 0, left: 0, bottom: 1048575, right: 16383 });
    const columns = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(address);
    if (columns) {
      const a = parseRange(`${columns[1]}1`);
      const b = parseRange(`${columns[2]}1`);
      if (!a || !b) throw new FakeExcelError("InvalidArgument", `bad address "${address}"`);
      return new FakeRange(this.ctx, this, { top: 0, left: a.left, bottom: 1048575, right: b.right }, true);
    }
    const rows = /^(\d+):(\d+)$/.exec(address);
    if (rows) {
      const top = Number(rows[1]) - 1;
      const bottom = Number(rows[2]) - 1;
      if (top < 0 || bottom < top || bottom > 1048575)
        throw new FakeExcelError("InvalidArgument", `bad address "${address}"`);
      return new FakeRange(this.ctx, this, { top, left: 0, bottom, right: 16383 }, false, true);
    }
    const ref = parseRange(address);
    if (!ref) throw new FakeExcelError("InvalidArgument", `bad address "${address}"`);
    return new FakeRange(this.ctx, this, ref);
  }

  /** Office.js: the smallest range holding every non-empty cell, or a null object on an empty sheet. */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    const ref = this.usedRef(valuesOnly);
    return ref ? new FakeRange(this.ctx, this, ref) : FakeRange.nullObject(this.ctx, this);
  }

  /** Office.js: the smallest range holding every non-empty cell; A1 on an empty sheet. */
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, this, this.usedRef(valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 });
  }

  private usedRef(valuesOnly: boolean): RangeRef | undefined {
    let ref: RangeRef | undefined;
    for (const [key, cell] of this.cells) {
      if (cell.formula === "" && (valuesOnly || (cell.numberFormat === "General" && cell.fill === undefined))) continue;
      const [row = NaN, col = NaN] = key.split(",").map(Number);
      ref = ref
        ? {
            top: Math.min(ref.top, row),
            left: Math.min(ref.left, col),
            bottom: Math.max(ref.bottom, row),
            right: Math.max(ref.right, col),
          }
        : { top: row, left: col, bottom: row, right: col };
    }
    return ref;
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    if (rows < 1 || cols < 1) throw new FakeExcelError("InvalidArgument", "empty range");
    return new FakeRange(this.ctx, this, { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 });
  }

  getRanges(addresses: string): FakeRangeAreas {
    if (addresses.length > 8192)
      throw new FakeExcelError("InvalidArgument", `getRanges address of ${addresses.length} characters`);
    return new FakeRangeAreas(
      this.ctx,
      addresses.split(",").map((a) => this.getRange(a)),
    );
  }
}

const PROTECTION_OPTION_KEYS = [
  "allowAutoFilter",
  "allowDeleteColumns",
  "allowDeleteRows",
  "allowEditObjects",
  "allowEditScenarios",
  "allowFormatCells",
  "allowFormatColumns",
  "allowFormatRows",
  "allowInsertColumns",
  "allowInsertHyperlinks",
  "allowInsertRows",
  "allowPivotTables",
  "allowSort",
] as const;

/** Office.js WorksheetProtection: `protected` and `options` after load and sync; protect fails on a protected sheet. */
export class FakeWorksheetProtection extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly sheet: FakeWorksheet,
  ) {
    super(ctx);
  }
  protected override capture(prop: string): unknown {
    if (prop === "protected") return this.sheet.protectedSheet;
    // Excel reports every option, false where it was not given
    if (prop === "options")
      return {
        ...Object.fromEntries(PROTECTION_OPTION_KEYS.map((k) => [k, false])),
        selectionMode: "Normal",
        ...this.sheet.protectionOptions,
      };
    throw new FakeExcelError("InvalidArgument", `the fake does not model protection.${prop}`);
  }
  get protected(): boolean {
    return this.loaded("protected");
  }
  get options(): Excel.WorksheetProtectionOptions {
    return this.loaded("options");
  }
  protect(options: Excel.WorksheetProtectionOptions = {}, password?: string): void {
    if (this.sheet.protectedSheet)
      throw new FakeExcelError("InvalidOperation", `sheet "${this.sheet.name}" is already protected`);
    for (const key of Object.keys(options)) {
      if (!(PROTECTION_OPTION_KEYS as readonly string[]).includes(key) && key !== "selectionMode")
        throw new FakeExcelError("InvalidArgument", `unknown protection option ${key}`);
    }
    this.sheet.protectedSheet = true;
    this.sheet.protectionOptions = { ...options };
    this.sheet.protectionPassword = password || undefined;
  }
  unprotect(password?: string): void {
    if (
      this.sheet.protectedSheet &&
      this.sheet.protectionPassword !== undefined &&
      password !== this.sheet.protectionPassword
    ) {
      throw new FakeExcelError("InvalidArgument", `sheet "${this.sheet.name}" is protected with a password`);
    }
    this.sheet.protectedSheet = false;
    this.sheet.protectionPassword = undefined;
  }
}

/** A1-style 6-digit colours come back upper-case, as Excel reports them. */
function colorOf(v: string): string {
  return /^#[0-9a-f]{6}$/i.test(v) ? v.toUpperCase() : v;
}

/**
 * Office.js RangeFill: color, pattern and patternColor after load and sync (null where the cells differ);
 * a cell without fill reads as colour #FFFFFF, pattern None. Setting a colour gives a solid fill.
 */
export class FakeRangeFill extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly format: FakeFormat,
  ) {
    super(ctx);
  }
  protected override capture(prop: string): unknown {
    const of = (cell: FakeCell): string => {
      if (prop === "color") return cell.fill ?? "#FFFFFF";
      if (prop === "pattern") return cell.fill === undefined ? "None" : (cell.fillPattern ?? "Solid");
      if (prop === "patternColor") return cell.fillPatternColor ?? "#000000";
      throw new FakeExcelError("InvalidArgument", `the fake does not model fill.${prop}`);
    };
    const values = new Set(this.format.peek().map(of));
    return values.size === 1 ? [...values][0] : null;
  }
  get color(): string {
    return this.loaded("color");
  }
  set color(v: string) {
    this.format.each("fill", (c) => (c.fill = colorOf(v)));
  }
  get pattern(): string {
    return this.loaded("pattern");
  }
  set pattern(v: string) {
    this.format.each("fill", (c) => {
      if (v === "None") {
        delete c.fill;
        delete c.fillPattern;
      } else {
        c.fill ??= "#FFFFFF";
        if (v === "Solid") delete c.fillPattern;
        else c.fillPattern = v;
      }
    });
  }
  get patternColor(): string {
    return this.loaded("patternColor");
  }
  set patternColor(v: string) {
    this.format.each("fill", (c) => (c.fillPatternColor = colorOf(v)));
  }
  clear(): void {
    this.format.each("fill", (c) => {
      delete c.fill;
      delete c.fillPattern;
      delete c.fillPatternColor;
    });
  }
}

class FakeFormat {
  readonly fill: FakeRangeFill;
  constructor(
    ctx: FakeContext,
    /** the sheets and, lazily (a whole column has a million cells), their cells */
    private readonly targets: () => { sheet: FakeWorksheet; cells: () => FakeCell[] }[],
    private readonly onWidth?: (w: number) => void,
    private readonly onHeight?: (h: number) => void,
  ) {
    this.fill = new FakeRangeFill(ctx, this);
  }
  readonly font = {
    set bold(v: boolean) {
      this.owner.each("font", (c) => (c.bold = v));
    },
    set color(v: string) {
      this.owner.each("font", (c) => (c.fontColor = v));
    },
    set size(v: number) {
      this.owner.each("font", (c) => (c.fontSize = v));
    },
    owner: this as FakeFormat,
  };
  readonly protection = {
    // the lock state cannot change while the sheet is protected, whatever its options
    set locked(v: boolean) {
      this.owner.each("locked", (c) => (c.locked = v), null);
    },
    owner: this as FakeFormat,
  };
  set wrapText(v: boolean) {
    this.each("wrapText", (c) => (c.wrap = v));
  }
  set verticalAlignment(v: string) {
    if (!["Top", "Center", "Bottom", "Justify", "Distributed"].includes(v))
      throw new FakeExcelError("InvalidArgument", `verticalAlignment ${v}`);
    this.each("verticalAlignment", (c) => (c.verticalAlignment = v));
  }
  /** Excel: row heights are 0–409 points, set on whole rows here */
  set rowHeight(points: number) {
    if (!this.onHeight)
      throw new FakeExcelError("InvalidArgument", "rowHeight on a range the fake does not model (use whole rows)");
    if (!(points >= 0 && points <= 409)) throw new FakeExcelError("InvalidArgument", `row height ${points}`);
    for (const { sheet } of this.targets()) sheet.assertFormattable("rowHeight", "allowFormatRows");
    this.onHeight(points);
  }
  set columnWidth(points: number) {
    if (!this.onWidth) throw new FakeExcelError("InvalidArgument", "columnWidth on a non-column range");
    for (const { sheet } of this.targets()) sheet.assertFormattable("columnWidth", "allowFormatColumns");
    this.onWidth(points);
  }
  /** the cells, for reading (no protection check) */
  peek(): FakeCell[] {
    return this.targets().flatMap((t) => t.cells());
  }
  /** a format write: refused on a protected sheet unless its protection allows formatting cells */
  each(what: string, f: (cell: FakeCell) => void, allowed: "allowFormatCells" | null = "allowFormatCells"): void {
    const targets = this.targets();
    for (const { sheet } of targets) sheet.assertFormattable(`format ${what}`, allowed);
    for (const { cells } of targets) for (const c of cells()) f(c);
  }
}

export class FakeRangeAreas {
  readonly format: FakeFormat;
  constructor(
    ctx: FakeContext,
    readonly areas: FakeRange[],
  ) {
    this.format = new FakeFormat(ctx, () => areas.map((a) => ({ sheet: a.sheet, cells: () => a.cellList() })));
  }
}

/** A conditional format on a sheet: the template's and the user's own custom rules, or another kind (a colour scale…). */
export interface FakeConditionalFormatEntry {
  address: string;
  /** Office.js ConditionalFormatType; "Custom" unless a test adds another kind */
  type?: string;
  formula?: string;
  fill?: string;
  fontColor?: string;
}

const CONDITIONAL_FORMAT_LOADS =
  /^items\/(type|customOrNullObject\/rule\/formula|customOrNullObject\/format\/fill\/color)$/;

/**
 * Office.js ConditionalFormatCollection of a range: add (custom rules only), clearAll, and, after
 * load("items/…") and a sync, the items intersecting the range with their type, their custom rule
 * (customOrNullObject: a null object for another type) and delete().
 */
export class FakeConditionalFormats extends Loadable {
  private loads = new Set<string>();
  constructor(
    ctx: FakeContext,
    private readonly sheet: FakeWorksheet,
    private readonly ref: RangeRef,
  ) {
    super(ctx);
  }
  override load(props: string): this {
    for (const p of props.split(",").map((x) => x.trim())) {
      if (!CONDITIONAL_FORMAT_LOADS.test(p))
        throw new FakeExcelError("InvalidArgument", `the fake does not model loading "${p}" of conditional formats`);
      this.loads.add(p);
    }
    return super.load("items");
  }
  protected override capture(): unknown {
    const loads = new Set(this.loads);
    return this.sheet.conditionalFormats
      .filter((e) => intersects(parseRange(e.address.replace(/\$/g, "")), this.ref))
      .map((entry) => this.item(entry, loads));
  }
  private item(entry: FakeConditionalFormatEntry, loads: ReadonlySet<string>) {
    const sheet = this.sheet;
    const need = (p: string) => {
      if (!loads.has(`items/${p}`))
        throw new FakeExcelError(
          "PropertyNotLoaded",
          `${p} of a conditional format was read before load("items/${p}") and sync()`,
        );
    };
    const type = entry.type ?? "Custom";
    const formula = entry.formula;
    const fill = entry.fill;
    return {
      get type() {
        need("type");
        return type;
      },
      customOrNullObject: {
        isNullObject: type !== "Custom",
        rule: {
          get formula() {
            need("customOrNullObject/rule/formula");
            if (type !== "Custom") throw new FakeExcelError("InvalidObjectPath", "rule of a null object");
            return formula ?? "";
          },
        },
        format: {
          fill: {
            get color() {
              need("customOrNullObject/format/fill/color");
              if (type !== "Custom") throw new FakeExcelError("InvalidObjectPath", "fill of a null object");
              return fill ?? "";
            },
          },
        },
      },
      delete: () => {
        sheet.assertFormattable("conditionalFormat.delete", "allowFormatCells");
        const at = sheet.conditionalFormats.indexOf(entry);
        if (at < 0) throw new FakeExcelError("ItemNotFound", "the conditional format was deleted already");
        sheet.conditionalFormats.splice(at, 1);
      },
    };
  }
  get items() {
    return this.loaded<ReturnType<FakeConditionalFormats["item"]>[]>("items");
  }
  add(type: string): {
    custom: { rule: { formula: string }; format: { fill: { color: string }; font: { color: string } } };
  } {
    this.sheet.assertFormattable("conditionalFormats.add", "allowFormatCells");
    if (type !== "Custom") throw new FakeExcelError("InvalidArgument", `conditional format type ${type}`);
    const entry: FakeConditionalFormatEntry = { address: absolute(this.ref) };
    this.sheet.conditionalFormats.push(entry);
    return {
      custom: {
        rule: {
          set formula(f: string) {
            if (!f.startsWith("=")) throw new FakeExcelError("InvalidArgument", "rule formula must start with =");
            entry.formula = f;
          },
          get formula() {
            return entry.formula ?? "";
          },
        },
        format: {
          fill: {
            set color(c: string) {
              entry.fill = c;
            },
            get color() {
              return entry.fill ?? "";
            },
          },
          font: {
            set color(c: string) {
              entry.fontColor = c;
            },
            get color() {
              return entry.fontColor ?? "";
            },
          },
        },
      },
    };
  }
  clearAll(): void {
    this.sheet.assertFormattable("conditionalFormats.clearAll", "allowFormatCells");
    const kept = this.sheet.conditionalFormats.filter(
      (e) => !intersects(parseRange(e.address.replace(/\$/g, "")), this.ref),
    );
    this.sheet.conditionalFormats.splice(0, this.sheet.conditionalFormats.length, ...kept);
  }
}

function intersects(a: RangeRef | undefined, b: RangeRef): boolean {
  return a !== undefined && a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export class FakeRange extends Loadable {
  readonly format: FakeFormat;
  readonly dataValidation: FakeValidation & { clear(): void };
  readonly conditionalFormats: FakeConditionalFormats;
  constructor(
    ctx: FakeContext,
    readonly sheet: FakeWorksheet,
    readonly ref: RangeRef,
    readonly wholeColumns = false,
    readonly wholeRows = false,
  ) {
    super(ctx);
    this.format = new FakeFormat(
      ctx,
      () => [{ sheet, cells: () => this.cellList() }],
      wholeColumns
        ? (w) => {
            for (let c = ref.left; c <= ref.right; c++) sheet.columnWidths.set(c, w);
          }
        : undefined,
      wholeRows
        ? (h) => {
            for (let r = ref.top; r <= ref.bottom; r++) sheet.rowHeights.set(r, h);
          }
        : undefined,
    );
    const key = absolute(ref);
    const store = () => {
      const v = sheet.validations.get(key) ?? {};
      sheet.validations.set(key, v);
      return v;
    };
    const validationAllowed = () => sheet.assertFormattable("dataValidation", null);
    this.dataValidation = {
      clear: () => {
        validationAllowed();
        sheet.validations.delete(key);
      },
      set rule(rule: unknown) {
        validationAllowed();
        const list = (rule as { list?: { source: string } }).list;
        if (list && (list.source.length === 0 || list.source.length > 255))
          throw new FakeExcelError("InvalidArgument", `list source of ${list.source.length} characters`);
        store().rule = rule;
      },
      set prompt(p: unknown) {
        validationAllowed();
        assertTextLimits("prompt", p as { title?: string; message?: string }, 255);
        store().prompt = p;
      },
      set errorAlert(e: unknown) {
        validationAllowed();
        assertTextLimits("error alert", e as { title?: string; message?: string }, 224);
        store().errorAlert = e;
      },
    };
    this.conditionalFormats = new FakeConditionalFormats(ctx, sheet, ref);
  }

  private isNull = false;

  static nullObject(ctx: FakeContext, sheet: FakeWorksheet): FakeRange {
    const range = new FakeRange(ctx, sheet, { top: 0, left: 0, bottom: 0, right: 0 });
    range.isNull = true;
    return range;
  }

  get isNullObject(): boolean {
    if (!this.isSynced)
      throw new FakeExcelError("PropertyNotLoaded", "isNullObject was read before the range was loaded and synced");
    return this.isNull;
  }

  private assertReal(prop: string): void {
    this.assertLoaded(prop);
    if (this.isNull) throw new FakeExcelError("InvalidObjectPath", `${prop} of a null object`);
  }

  protected override capture(prop: string): unknown {
    if (this.isNull) return undefined;
    const grid = <T>(f: (cell: FakeCell | undefined) => T): T[][] =>
      Array.from({ length: this.rows }, (_, r) =>
        Array.from({ length: this.columns }, (_, c) =>
          f(this.sheet.cells.get(`${this.ref.top + r},${this.ref.left + c}`)),
        ),
      );
    switch (prop) {
      case "values":
        // a formula cell shows what a test says Excel computed ("" when it says nothing); text without its apostrophe
        return grid((cell) => (!cell ? "" : isFormula(cell.formula) ? (cell.value ?? "") : textOf(cell.formula)));
      case "formulas":
        // Office.js returns text without its protecting apostrophe (the fake models that)
        return grid((cell) => textOf(cell?.formula ?? ""));
      case "address":
        return `'${this.sheet.name.replace(/'/g, "''")}'!${absolute(this.ref).replace(/\$/g, "")}`;
      case "rowIndex":
        return this.ref.top;
      case "columnIndex":
        return this.ref.left;
      default:
        throw new FakeExcelError("InvalidArgument", `the fake does not model range.${prop}`);
    }
  }

  get values(): Scalar[][] {
    this.assertReal("values");
    return this.loaded("values");
  }

  /**
   * Office.js reads written values like typed input: "=…" is a formula, "+…" and "-…" too unless they are
   * numbers, number-like text becomes a number, a leading apostrophe keeps the rest as text; a cell
   * formatted as text ("@") keeps any string as text.
   */
  set values(data: Scalar[][]) {
    this.assertShape(data, "values");
    this.write(data, (v, cell) => {
      if (typeof v !== "string" || v.startsWith("'")) return v;
      if (cell.numberFormat === "@") return /^[=']/.test(v) ? `'${v}` : v;
      if (v.trim() !== "" && Number.isFinite(Number(v))) return Number(v);
      if (/^[+-]/.test(v)) return `=${v}`;
      return v;
    });
  }

  get address(): string {
    this.assertReal("address");
    return this.loaded("address");
  }

  get rowIndex(): number {
    this.assertReal("rowIndex");
    return this.loaded("rowIndex");
  }

  get columnIndex(): number {
    this.assertReal("columnIndex");
    return this.loaded("columnIndex");
  }

  get rows(): number {
    return this.ref.bottom - this.ref.top + 1;
  }
  get columns(): number {
    return this.ref.right - this.ref.left + 1;
  }

  cellList(): FakeCell[] {
    const list: FakeCell[] = [];
    for (let r = this.ref.top; r <= this.ref.bottom; r++)
      for (let c = this.ref.left; c <= this.ref.right; c++) list.push(this.sheet.cell(r, c));
    return list;
  }

  private assertShape(data: unknown, what: string): asserts data is Scalar[][] {
    if (
      !Array.isArray(data) ||
      data.length !== this.rows ||
      data.some((row) => !Array.isArray(row) || row.length !== this.columns)
    ) {
      throw new FakeExcelError(
        "InvalidArgument",
        `${what}: the array's shape does not match the range ${absolute(this.ref)} (${this.rows}×${this.columns})`,
      );
    }
  }

  set formulas(data: Scalar[][]) {
    this.assertShape(data, "formulas");
    this.write(data, (v) => v);
  }

  /** cell by cell: locked cells of a protected sheet refuse; a formula's computed value is gone until a test sets it */
  private write(data: Scalar[][], stored: (v: Scalar, cell: FakeCell) => Scalar): void {
    for (const [r, row] of data.entries()) {
      for (const [c, v] of row.entries()) {
        if (!["string", "number", "boolean"].includes(typeof v))
          throw new FakeExcelError("InvalidArgument", `unsupported value ${String(v)}`);
        const cell = this.sheet.cell(this.ref.top + r, this.ref.left + c);
        if (this.sheet.protectedSheet && cell.locked)
          throw new FakeExcelError("InvalidOperation", `cell on protected sheet "${this.sheet.name}" is locked`);
        cell.formula = stored(v, cell);
        delete cell.value;
      }
    }
    this.ctx.pendingBytes += JSON.stringify(data).length;
  }

  get formulas(): Scalar[][] {
    this.assertReal("formulas");
    return this.loaded("formulas");
  }

  set numberFormat(data: string[][]) {
    this.assertShape(data, "numberFormat");
    this.sheet.assertFormattable("numberFormat", "allowFormatCells");
    for (const [r, row] of data.entries())
      for (const [c, f] of row.entries()) this.sheet.cell(this.ref.top + r, this.ref.left + c).numberFormat = f;
    this.ctx.pendingBytes += JSON.stringify(data).length;
  }

  set columnHidden(hidden: boolean) {
    if (!this.wholeColumns) throw new FakeExcelError("InvalidArgument", "columnHidden on a non-column range");
    this.sheet.assertFormattable("columnHidden", "allowFormatColumns");
    for (let c = this.ref.left; c <= this.ref.right; c++) if (hidden) this.sheet.hiddenColumns.add(c);
  }

  merge(across: boolean): void {
    if (across) throw new FakeExcelError("InvalidArgument", "merge across not used");
    this.sheet.assertFormattable("merge", null);
    const overlaps = this.sheet.merges.some(
      (m) =>
        !(m.bottom < this.ref.top || m.top > this.ref.bottom || m.right < this.ref.left || m.left > this.ref.right),
    );
    if (overlaps) throw new FakeExcelError("InvalidOperation", `merge ${absolute(this.ref)} overlaps another merge`);
    this.sheet.merges.push(this.ref);
  }

  /** Range.select(): selects the range in Excel's window at the next sync. */
  select(): void {
    this.ctx.pending.push(
      () => (this.ctx.workbook.selection = { sheet: this.sheet.name, address: absolute(this.ref) }),
    );
  }
}

/** Excel: a header or footer section holds at most 255 characters. */
const HEADER_FOOTER_LIMIT = 255;

/**
 * Office.js PageLayout: orientation, paper, zoom (a scale of 10–400 % or fit to pages), margins in points,
 * the print area (an address on the sheet), print titles ("$1:$3" rows, "$A:$B" columns), header/footer.
 */
export class FakePageLayout {
  orientation?: string;
  paperSize?: string;
  leftMargin?: number;
  rightMargin?: number;
  topMargin?: number;
  bottomMargin?: number;
  headerMargin?: number;
  footerMargin?: number;
  printArea?: string;
  titleRows?: string;
  titleColumns?: string;
  private zoomValue?: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  readonly headersFooters = { defaultForAllPages: new FakeHeaderFooter() };
  get zoom(): { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number } | undefined {
    return this.zoomValue;
  }
  set zoom(z: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number } | undefined) {
    if (!z) throw new FakeExcelError("InvalidArgument", "zoom needs a value");
    if (z.scale !== undefined && (z.horizontalFitToPages !== undefined || z.verticalFitToPages !== undefined))
      throw new FakeExcelError("InvalidArgument", "zoom: a scale or pages to fit, not both");
    if (z.scale !== undefined && !(z.scale >= 10 && z.scale <= 400))
      throw new FakeExcelError("InvalidArgument", `zoom scale ${z.scale}`);
    this.zoomValue = { ...z };
  }
  setPrintArea(area: string): void {
    if (typeof area !== "string" || !area.split(",").every((a) => parseRange(a.replace(/\$/g, ""))))
      throw new FakeExcelError("InvalidArgument", `print area "${String(area)}"`);
    this.printArea = area;
  }
  setPrintTitleRows(rows: string): void {
    const m = /^\$?(\d+):\$?(\d+)$/.exec(rows);
    if (!m || Number(m[1]) < 1 || Number(m[2]) < Number(m[1]))
      throw new FakeExcelError("InvalidArgument", `print title rows "${rows}"`);
    this.titleRows = rows;
  }
  setPrintTitleColumns(columns: string): void {
    if (!/^\$?[A-Z]{1,3}:\$?[A-Z]{1,3}$/.test(columns))
      throw new FakeExcelError("InvalidArgument", `print title columns "${columns}"`);
    this.titleColumns = columns;
  }
}

export class FakeHeaderFooter {
  private readonly sections = new Map<string, string>();
  private set(key: string, v: string): void {
    if (typeof v !== "string" || v.length > HEADER_FOOTER_LIMIT)
      throw new FakeExcelError("InvalidArgument", `${key} of ${String(v).length} characters`);
    this.sections.set(key, v);
  }
  get leftHeader(): string {
    return this.sections.get("leftHeader") ?? "";
  }
  set leftHeader(v: string) {
    this.set("leftHeader", v);
  }
  get centerHeader(): string {
    return this.sections.get("centerHeader") ?? "";
  }
  set centerHeader(v: string) {
    this.set("centerHeader", v);
  }
  get rightHeader(): string {
    return this.sections.get("rightHeader") ?? "";
  }
  set rightHeader(v: string) {
    this.set("rightHeader", v);
  }
  get leftFooter(): string {
    return this.sections.get("leftFooter") ?? "";
  }
  set leftFooter(v: string) {
    this.set("leftFooter", v);
  }
  get centerFooter(): string {
    return this.sections.get("centerFooter") ?? "";
  }
  set centerFooter(v: string) {
    this.set("centerFooter", v);
  }
  get rightFooter(): string {
    return this.sections.get("rightFooter") ?? "";
  }
  set rightFooter(v: string) {
    this.set("rightFooter", v);
  }
}

/** The fake as the adapter sees it: an Excel.RequestContext. */
export function fakeContext(): { context: Excel.RequestContext; fake: FakeContext } {
  const fake = new FakeContext();
  return { context: fake as unknown as Excel.RequestContext, fake };
}

/**
 * A fresh fake workbook as the global Excel: Excel.run runs its batch on it, and `more` adds other members
 * (Excel.createWorkbook); the fake and its context returned for the test to look at.
 */
export function installFakeExcel(more: Record<string, unknown> = {}): {
  context: Excel.RequestContext;
  fake: FakeContext;
} {
  const made = fakeContext();
  (globalThis as unknown as { Excel: unknown }).Excel = {
    ...EXCEL_ENUMS,
    run: <T>(batch: (c: Excel.RequestContext) => Promise<T>) => batch(made.context),
    ...more,
  };
  return made;
}

/** Excel as a host that fails every batch with `message` (a cell in edit mode, a lost connection). */
export function installFailingExcel(message: string): void {
  (globalThis as unknown as { Excel: unknown }).Excel = {
    ...EXCEL_ENUMS,
    run: async () => {
      throw new Error(message);
    },
  };
}
