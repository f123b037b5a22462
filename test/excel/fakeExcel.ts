/**
 * A strict in-memory fake of the Excel JavaScript API subset the adapter uses (DESIGN.md, testing rung 3).
 * It enforces Excel's documented rules where the adapter could break them: value arrays must match the
 * range's shape, addresses must parse, sheet and defined names must be valid and unique, properties must
 * be loaded and synced before they are read, locked cells of a protected sheet cannot be written, an
 * inline list source is at most 255 characters, a getRanges address at most 8 192, and one request at
 * most 5 MB. It counts syncs. It is a test double: it models what we call, nothing more.
 */
import { parseCell, parseRange, type RangeRef } from "../../src/domain/templates/a1";

export class FakeExcelError extends Error {
  constructor(
    public readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
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
  fill?: string;
  fontColor?: string;
  fontSize?: number;
  wrap?: boolean;
}

/** Excel enums as office.js defines them (string-valued). */
export const EXCEL_ENUMS = {
  ConditionalFormatType: { custom: "Custom" },
  PageOrientation: { landscape: "Landscape", portrait: "Portrait" },
  PaperType: { a4: "A4" },
  DataValidationAlertStyle: { stop: "Stop" },
  DataValidationOperator: { greaterThan: "GreaterThan", between: "Between", greaterThanOrEqualTo: "GreaterThanOrEqualTo", lessThanOrEqualTo: "LessThanOrEqualTo" },
};

export function installExcelEnums(): void {
  (globalThis as unknown as { Excel: unknown }).Excel = EXCEL_ENUMS;
}

/** Loaded-state tracking: a property is readable after load(...) and a sync. */
class Loadable {
  private requested = new Set<string>();
  private ready = new Set<string>();
  constructor(protected readonly ctx: FakeContext) {}
  load(props: string): this {
    for (const p of props.split(",").map((x) => x.trim())) this.requested.add(p);
    this.ctx.pending.push(() => {
      for (const p of this.requested) this.ready.add(p);
    });
    return this;
  }
  protected assertLoaded(prop: string): void {
    if (!this.ready.has(prop)) throw new FakeExcelError("PropertyNotLoaded", `${prop} was read before load("${prop}") and sync()`);
  }
  /** whether any load of this object has been synced (Office.js: isNullObject is known after a sync) */
  protected get synced(): boolean {
    return this.ready.size > 0;
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
    if (bytes > REQUEST_LIMIT_BYTES) throw new FakeExcelError("RequestPayloadSizeLimitExceeded", `${bytes} bytes in one request`);
    const run = this.pending;
    this.pending = [];
    for (const f of run) f();
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.names = new FakeNamedItemCollection(ctx);
  }
}

export class FakeWorksheetCollection extends Loadable {
  readonly sheets: FakeWorksheet[] = [];
  get items(): FakeWorksheet[] {
    this.assertLoaded("items/name");
    return this.sheets;
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
}

export class FakeNamedItemCollection extends Loadable {
  readonly list: FakeNamedItem[] = [];
  get items(): { name: string; formula: string }[] {
    this.assertLoaded("items/name");
    const formulaOf = (n: FakeNamedItem) => {
      this.assertLoaded("items/formula");
      return `='${n.sheet.name.replace(/'/g, "''")}'!${absolute(n.ref)}`;
    };
    return this.list.map((n) => ({ name: n.name, get formula() { return formulaOf(n); } }));
  }
  add(name: string, reference: FakeRange): void {
    // Excel: starts with a letter, _ or \, then letters, digits, _ . \; not a cell reference; ≤ 255 chars
    if (!/^[A-Za-z_\\\u4e00-\u9fff][A-Za-z0-9_.\\\u4e00-\u9fff]*$/.test(name) || name.length > 255 || parseCell(name) || /^[Rr]\d*[Cc]\d*$/.test(name)) {
      throw new FakeExcelError("InvalidArgument", `invalid defined name "${name}"`);
    }
    if (this.list.some((n) => n.name.toLowerCase() === name.toLowerCase())) throw new FakeExcelError("ItemAlreadyExists", `name "${name}" exists`);
    if (!(reference instanceof FakeRange)) throw new FakeExcelError("InvalidArgument", "a name must refer to a range");
    this.list.push({ name, sheet: reference.sheet, ref: reference.ref });
  }
}

/** A constant as stored: text written with a leading apostrophe is the text after it. */
function textOf(v: Scalar): Scalar {
  return typeof v === "string" && v.startsWith("'") ? v.slice(1) : v;
}

function absolute(ref: RangeRef): string {
  const a = (row: number, col: number) => `$${letters(col)}$${row + 1}`;
  return ref.top === ref.bottom && ref.left === ref.right ? a(ref.top, ref.left) : `${a(ref.top, ref.left)}:${a(ref.bottom, ref.right)}`;
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
  readonly conditionalFormats: { address: string; formula?: string; fill?: string; fontColor?: string }[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  protectedSheet = false;
  frozen?: RangeRef;
  readonly pageLayout: { orientation?: string; paperSize?: string; zoom?: unknown } = {};
  readonly protection = {
    protect: () => {
      if (this.protectedSheet) throw new FakeExcelError("InvalidOperation", `sheet "${this.name}" is already protected`);
      this.protectedSheet = true;
    },
    unprotect: () => {
      this.protectedSheet = false;
    },
  };
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
  ) {}

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
    const ref = parseRange(address);
    if (!ref) throw new FakeExcelError("InvalidArgument", `bad address "${address}"`);
    return new FakeRange(this.ctx, this, ref);
  }

  /** Office.js: the smallest range holding every non-empty cell, or a null object on an empty sheet. */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    let ref: RangeRef | undefined;
    for (const [key, cell] of this.cells) {
      if (cell.formula === "" && (valuesOnly || cell.numberFormat === "General")) continue;
      const [row, col] = key.split(",").map(Number);
      ref = ref ? { top: Math.min(ref.top, row), left: Math.min(ref.left, col), bottom: Math.max(ref.bottom, row), right: Math.max(ref.right, col) } : { top: row, left: col, bottom: row, right: col };
    }
    return ref ? new FakeRange(this.ctx, this, ref) : FakeRange.nullObject(this.ctx, this);
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    if (rows < 1 || cols < 1) throw new FakeExcelError("InvalidArgument", "empty range");
    return new FakeRange(this.ctx, this, { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 });
  }

  getRanges(addresses: string): FakeRangeAreas {
    if (addresses.length > 8192) throw new FakeExcelError("InvalidArgument", `getRanges address of ${addresses.length} characters`);
    return new FakeRangeAreas(addresses.split(",").map((a) => this.getRange(a)));
  }
}

class FakeFormat {
  constructor(private readonly targets: () => FakeCell[], private readonly onWidth?: (w: number) => void) {}
  readonly font = {
    set bold(v: boolean) { this.owner.each((c) => (c.bold = v)); },
    set color(v: string) { this.owner.each((c) => (c.fontColor = v)); },
    set size(v: number) { this.owner.each((c) => (c.fontSize = v)); },
    owner: this as FakeFormat,
  };
  readonly fill = {
    set color(v: string) { this.owner.each((c) => (c.fill = v)); },
    clear: () => this.each((c) => delete c.fill),
    owner: this as FakeFormat,
  };
  readonly protection = {
    set locked(v: boolean) { this.owner.each((c) => (c.locked = v)); },
    owner: this as FakeFormat,
  };
  set wrapText(v: boolean) { this.each((c) => (c.wrap = v)); }
  set columnWidth(points: number) {
    if (!this.onWidth) throw new FakeExcelError("InvalidArgument", "columnWidth on a non-column range");
    this.onWidth(points);
  }
  each(f: (cell: FakeCell) => void): void {
    for (const c of this.targets()) f(c);
  }
}

export class FakeRangeAreas {
  readonly format: FakeFormat;
  constructor(readonly areas: FakeRange[]) {
    this.format = new FakeFormat(() => areas.flatMap((a) => a.cellList()));
  }
}

export class FakeRange extends Loadable {
  readonly format: FakeFormat;
  readonly dataValidation: FakeValidation & { clear(): void };
  readonly conditionalFormats: { add(type: string): { custom: { rule: { formula: string }; format: { fill: { color: string }; font: { color: string } } } }; clearAll(): void };
  constructor(
    ctx: FakeContext,
    readonly sheet: FakeWorksheet,
    readonly ref: RangeRef,
    readonly wholeColumns = false,
  ) {
    super(ctx);
    this.format = new FakeFormat(
      () => this.cellList(),
      wholeColumns ? (w) => { for (let c = ref.left; c <= ref.right; c++) sheet.columnWidths.set(c, w); } : undefined,
    );
    const key = absolute(ref);
    const store = () => {
      const v = sheet.validations.get(key) ?? {};
      sheet.validations.set(key, v);
      return v;
    };
    this.dataValidation = {
      clear: () => void sheet.validations.delete(key),
      set rule(rule: unknown) {
        const list = (rule as { list?: { source: string } }).list;
        if (list && (list.source.length === 0 || list.source.length > 255)) throw new FakeExcelError("InvalidArgument", `list source of ${list.source.length} characters`);
        store().rule = rule;
      },
      set prompt(p: unknown) { store().prompt = p; },
      set errorAlert(e: unknown) { store().errorAlert = e; },
    };
    this.conditionalFormats = {
      add: (type: string) => {
        if (type !== "Custom") throw new FakeExcelError("InvalidArgument", `conditional format type ${type}`);
        const entry: { address: string; formula?: string; fill?: string; fontColor?: string } = { address: key };
        sheet.conditionalFormats.push(entry);
        return {
          custom: {
            rule: { set formula(f: string) { if (!f.startsWith("=")) throw new FakeExcelError("InvalidArgument", "rule formula must start with ="); entry.formula = f; }, get formula() { return entry.formula ?? ""; } },
            format: { fill: { set color(c: string) { entry.fill = c; }, get color() { return entry.fill ?? ""; } }, font: { set color(c: string) { entry.fontColor = c; }, get color() { return entry.fontColor ?? ""; } } },
          },
        };
      },
      clearAll: () => void sheet.conditionalFormats.splice(0),
    };
  }

  private isNull = false;

  static nullObject(ctx: FakeContext, sheet: FakeWorksheet): FakeRange {
    const range = new FakeRange(ctx, sheet, { top: 0, left: 0, bottom: 0, right: 0 });
    range.isNull = true;
    return range;
  }

  get isNullObject(): boolean {
    if (!this.synced) throw new FakeExcelError("PropertyNotLoaded", "isNullObject was read before the range was loaded and synced");
    return this.isNull;
  }

  private assertReal(prop: string): void {
    this.assertLoaded(prop);
    if (this.isNull) throw new FakeExcelError("InvalidObjectPath", `${prop} of a null object`);
  }

  get values(): Scalar[][] {
    this.assertReal("values");
    return Array.from({ length: this.rows }, (_, r) =>
      Array.from({ length: this.columns }, (_, c) => {
        const cell = this.sheet.cells.get(`${this.ref.top + r},${this.ref.left + c}`);
        if (!cell) return "";
        return typeof cell.formula === "string" && cell.formula.startsWith("=") ? (cell.value ?? "") : cell.formula;
      }),
    );
  }

  get address(): string {
    this.assertReal("address");
    return `'${this.sheet.name.replace(/'/g, "''")}'!${absolute(this.ref).replace(/\$/g, "")}`;
  }

  get rowIndex(): number {
    this.assertReal("rowIndex");
    return this.ref.top;
  }

  get columnIndex(): number {
    this.assertReal("columnIndex");
    return this.ref.left;
  }

  get rows(): number { return this.ref.bottom - this.ref.top + 1; }
  get columns(): number { return this.ref.right - this.ref.left + 1; }

  cellList(): FakeCell[] {
    const list: FakeCell[] = [];
    for (let r = this.ref.top; r <= this.ref.bottom; r++) for (let c = this.ref.left; c <= this.ref.right; c++) list.push(this.sheet.cell(r, c));
    return list;
  }

  private assertShape(data: unknown, what: string): asserts data is Scalar[][] {
    if (!Array.isArray(data) || data.length !== this.rows || data.some((row) => !Array.isArray(row) || row.length !== this.columns)) {
      throw new FakeExcelError("InvalidArgument", `${what}: the array's shape does not match the range ${absolute(this.ref)} (${this.rows}×${this.columns})`);
    }
  }

  set formulas(data: Scalar[][]) {
    this.assertShape(data, "formulas");
    for (const [r, row] of data.entries()) {
      for (const [c, v] of row.entries()) {
        if (!["string", "number", "boolean"].includes(typeof v)) throw new FakeExcelError("InvalidArgument", `unsupported value ${String(v)}`);
        const cell = this.sheet.cell(this.ref.top + r, this.ref.left + c);
        if (this.sheet.protectedSheet && cell.locked) throw new FakeExcelError("InvalidOperation", `cell on protected sheet "${this.sheet.name}" is locked`);
        cell.formula = v;
      }
    }
    this.ctx.pendingBytes += JSON.stringify(data).length;
  }

  get formulas(): Scalar[][] {
    this.assertReal("formulas");
    // Office.js returns text without its protecting apostrophe (the fake models that)
    return Array.from({ length: this.rows }, (_, r) => Array.from({ length: this.columns }, (_, c) => textOf(this.sheet.cells.get(`${this.ref.top + r},${this.ref.left + c}`)?.formula ?? "")));
  }

  set numberFormat(data: string[][]) {
    this.assertShape(data, "numberFormat");
    for (const [r, row] of data.entries()) for (const [c, f] of row.entries()) this.sheet.cell(this.ref.top + r, this.ref.left + c).numberFormat = f;
    this.ctx.pendingBytes += JSON.stringify(data).length;
  }

  set columnHidden(hidden: boolean) {
    if (!this.wholeColumns) throw new FakeExcelError("InvalidArgument", "columnHidden on a non-column range");
    for (let c = this.ref.left; c <= this.ref.right; c++) if (hidden) this.sheet.hiddenColumns.add(c);
  }

  merge(across: boolean): void {
    if (across) throw new FakeExcelError("InvalidArgument", "merge across not used");
    const overlaps = this.sheet.merges.some((m) => !(m.bottom < this.ref.top || m.top > this.ref.bottom || m.right < this.ref.left || m.left > this.ref.right));
    if (overlaps) throw new FakeExcelError("InvalidOperation", `merge ${absolute(this.ref)} overlaps another merge`);
    this.sheet.merges.push(this.ref);
  }
}

/** The fake as the adapter sees it: an Excel.RequestContext. */
export function fakeContext(): { context: Excel.RequestContext; fake: FakeContext } {
  const fake = new FakeContext();
  return { context: fake as unknown as Excel.RequestContext, fake };
}
