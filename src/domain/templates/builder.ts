/**
 * Builds a SheetPlan cell by cell. Templates describe their layout with it; it keeps the plan's
 * invariants (one cell per position, the metadata record, names, the formula mode).
 */
import { cellAddress, parseRange, rangeAddress } from "./a1";
import { firstPageColumns, HEADER_FONT_SIZE, MIN_PRINTED_POINTS, onePageScale, printSetup, rowHeights } from "./layout";
import { templateNames, textOf, type TemplateNames, type TemplateOptions } from "./context";
import {
  METADATA_NAME_PREFIX,
  type CellRole,
  type CellValue,
  type HeaderFooter,
  type PlannedCell,
  type PlannedConditionalFormat,
  type PlannedName,
  type PlannedRegion,
  type PlannedValidation,
  type PrintSetup,
  type RowHeight,
  type SheetPlan,
  type TemplateId,
} from "./sheetPlan";
import type { Text } from "../catalog";
import type { PlannedChart } from "./charts";
import { givenListValue, givenRowValue, type ListPosition } from "./inputKeys";
import { CellGrid } from "./cellGrid";
import { inMode, LazyFormulaCell, type FormulaSource } from "./formulaSource";
import { callsGreen, FUNCTIONS_NOTICE, functionsNotice, noticeCell } from "./functionsNotice";
import { VALIDATION_ERROR_LIMIT, VALIDATION_PROMPT_LIMIT, VALIDATION_TITLE_LIMIT } from "./validatePlan";

export { holdsFormula, type Formula, type FormulaSource } from "./formulaSource";

export interface CellOptions {
  readonly numberFormat?: string;
  readonly key?: string;
  /** a workbook-scoped defined name for this cell */
  readonly name?: string;
  /** wrap the cell's text although its role does not (PlannedCell.wrap) */
  readonly wrap?: boolean;
}

/** Prefix of the row keys in the metadata column ("#12" = plan row 12). */
export const ROW_KEY_PREFIX = "#";

/**
 * Schema version of the metadata record (schema/templateMetadata). 2: the input layout of this version; a record
 * of version 1 was written by the previous version, whose inputs previousLayout.ts finds.
 */
export const METADATA_VERSION = 2;

export class SheetBuilder {
  /** by row and column (cellGrid.ts): found without a key made per cell, and in reading order without a sort */
  private readonly cells = new CellGrid();
  private readonly names: PlannedName[] = [];
  private readonly validations: PlannedValidation[] = [];
  private readonly rules: PlannedConditionalFormat[] = [];
  private readonly regions: PlannedRegion[] = [];
  private readonly merges: string[] = [];
  private readonly charts: PlannedChart[] = [];
  private widths: number[] = [];
  private frozen = { rows: 0, columns: 0 };
  private landscape = false;
  private onePage = false;
  readonly n: TemplateNames;

  constructor(
    readonly templateId: TemplateId,
    readonly sheetName: Text,
    readonly options: TemplateOptions,
  ) {
    this.n = templateNames(options.nameSuffix);
  }

  /** Text in the template's language. */
  t(text: Text): string {
    return textOf(text, this.options.lang);
  }

  private put(cell: PlannedCell, name?: string): void {
    if (!this.cells.add(cell))
      throw new Error(`${this.templateId}: cell ${cellAddress(cell.row, cell.col)} planned twice`);
    if (name) this.names.push({ name, range: cellAddress(cell.row, cell.col) });
  }

  /** A constant cell: title, header, label, unit or note. */
  text(row: number, col: number, role: CellRole, value: CellValue | Text, options: CellOptions = {}): void {
    if (this.options.inputsOnly === true) return;
    const v = value !== null && typeof value === "object" ? this.t(value) : value;
    this.put(withOptions({ row, col, role, value: v }, options), options.name);
  }

  /**
   * An input cell. A value the template leaves empty is taken from TemplateOptions.rows through the cell's key
   * (inputKeys.ts), so every keyed input of a row template is filled from a park data file.
   */
  input(row: number, col: number, value: CellValue | undefined, options: CellOptions = {}): void {
    const given =
      (value === null || value === undefined) && options.key !== undefined
        ? givenRowValue(this.templateId, options.key, this.options.rows?.[this.templateId])
        : undefined;
    this.put(withOptions({ row, col, role: "input", value: value ?? given ?? null }, options), options.name);
  }

  /**
   * An input of a list filled by position (the options): as `input`, with the value TemplateOptions.rows gives read at
   * the row's index and column directly — what the cell's key `[<prefix>:]<column>:<n>` stands for (inputKeys.ts),
   * without reading a key for every cell of a long list.
   */
  listInput(row: number, col: number, value: CellValue | undefined, at: ListPosition, options: CellOptions = {}): void {
    const given =
      value === null || value === undefined ? givenListValue(this.options.rows?.[this.templateId], at) : undefined;
    this.put(withOptions({ row, col, role: "input", value: value ?? given ?? null }, options), options.name);
  }

  computed(
    row: number,
    col: number,
    formula: FormulaSource,
    cached: CellValue,
    options: CellOptions & { role?: CellRole } = {},
  ): void {
    if (this.options.inputsOnly === true) return;
    const role = options.role ?? "computed";
    const custom = this.options.mode === "custom";
    if (typeof formula === "function" && this.options.forReview === true) {
      this.put(withOptions(new LazyFormulaCell(row, col, role, formula, custom, cached), options), options.name);
      return;
    }
    const text = inMode(typeof formula === "function" ? formula() : formula, custom);
    this.put(withOptions({ row, col, role, formula: text, cached }, options), options.name);
  }

  /** A validation; its titles and messages are cut to Excel's limits (titles 32, error 224, input message 255 characters). */
  validate(validation: PlannedValidation): void {
    const fit = (m: { title: string; message: string }, limit: number) => ({
      title: m.title.slice(0, VALIDATION_TITLE_LIMIT),
      message: m.message.slice(0, limit),
    });
    this.validations.push({
      ...validation,
      error: fit(validation.error, VALIDATION_ERROR_LIMIT),
      ...(validation.prompt ? { prompt: fit(validation.prompt, VALIDATION_PROMPT_LIMIT) } : {}),
    });
  }

  highlight(rule: PlannedConditionalFormat): void {
    this.rules.push(rule);
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    this.merges.push(rangeAddress(top, left, bottom, right));
  }

  region(id: string, top: number, left: number, bottom: number, right: number): void {
    this.regions.push({ id, range: rangeAddress(top, left, bottom, right) });
  }

  columnWidths(widths: readonly number[]): void {
    this.widths = [...widths];
  }

  freeze(rows: number, columns: number): void {
    this.frozen = { rows, columns };
  }

  printLandscape(): void {
    this.landscape = true;
  }

  /** A chart over the sheet's cells (charts.ts); the print area reaches down to it. */
  chart(chart: PlannedChart): void {
    this.charts.push(chart);
  }

  /** The sheet prints on one page (fit to one page wide and tall). */
  printOnOnePage(): void {
    this.onePage = true;
  }

  /**
   * Custom mode: a sheet whose formulas call GREEN.* says, in its title row, when the functions are missing
   * (functionsNotice).
   */
  private noticeWhereFunctionsMissing(): void {
    if (this.options.mode !== "custom" || !this.cells.some((c) => callsGreen(c.formula))) return;
    const title = this.cells.at(0, 0)?.value;
    const at = noticeCell(
      typeof title === "string" ? title : "",
      this.widths,
      (col) => this.cells.at(0, col) !== undefined,
    );
    const { cell, rule } = functionsNotice(at, this.t(FUNCTIONS_NOTICE));
    this.put(cell);
    this.rules.push(rule);
  }

  /** The plan, with the metadata record in a hidden column right of the content. */
  build(extra: Record<string, unknown> = {}): SheetPlan {
    if (this.options.inputsOnly === true) return this.inputLayout(extra);
    this.noticeWhereFunctionsMissing();
    const metaCol = this.metadataRecord(extra);
    // Row keys: each planned row carries "#<row>" in the hidden column, so the review maps plan rows to the
    // workbook's rows after rows were inserted, deleted or moved (docs/architecture.md "rows inserted").
    for (const row of this.cells.rows().filter((r) => r > 0))
      this.put({ row, col: metaCol, role: "note", value: `${ROW_KEY_PREFIX}${row}`, key: "row-key" });
    if (this.options.forReview === true) return this.reviewPlan(metaCol);
    this.spreadLoneNotes(metaCol);
    const cells = this.cells.inReadingOrder();
    const visible = cells.filter((c) => c.col !== metaCol);
    const laidOut = printSetup({
      cells: visible,
      widths: this.widths,
      hiddenColumns: [metaCol],
      freeze: this.frozen,
      landscape: this.landscape,
      lang: this.options.lang,
      ...(this.options.parkName ? { parkName: this.options.parkName } : {}),
    });
    const withCharts = chartsPrinted(laidOut, this.charts);
    const merges = withCharts.fitToWidth
      ? this.merges
      : notesOnFirstPage(this.merges, visible, firstPageColumns(this.widths, withCharts));
    const heights = rowHeights(
      visible,
      this.widths,
      merges.map(parseRange).filter((m) => m !== undefined),
    );
    const print = this.onePage ? onOnePage(withCharts, this.widths, heights) : withCharts;
    return {
      ...this.planParts(cells, metaCol),
      merges,
      rowHeights: heights,
      print,
      ...(this.charts.length > 0 ? { charts: this.charts } : {}),
    };
  }

  /** What a whole plan and an input layout both hold: the sheet's identity, cells, widths, rules and names. */
  private planParts(cells: PlannedCell[], metaCol: number): Omit<SheetPlan, "merges" | "print"> {
    return {
      templateId: this.templateId,
      sheetName: this.t(this.sheetName),
      lang: this.options.lang,
      mode: this.options.mode,
      cells,
      columnWidths: this.widths,
      hiddenColumns: [metaCol],
      freeze: this.frozen,
      validations: this.validations,
      conditionalFormats: this.rules,
      names: this.names,
      regions: this.regions,
    };
  }

  /** The metadata record, in the column after the content's (right of every cell and column width): its column. */
  private metadataRecord(extra: Record<string, unknown>): number {
    const metaCol = Math.max(this.widths.length, this.cells.width()) + 1;
    const metadata = {
      product: "GreenAudit",
      version: METADATA_VERSION,
      templateId: this.templateId,
      lang: this.options.lang,
      mode: this.options.mode,
      years: this.options.years,
      nameSuffix: this.options.nameSuffix,
      regions: this.regions,
      ...extra,
    };
    this.put(
      { row: 0, col: metaCol, role: "note", value: JSON.stringify(metadata), key: "metadata" },
      `${METADATA_NAME_PREFIX}${this.templateId}${this.options.nameSuffix}`,
    );
    return metaCol;
  }

  /**
   * The plan built for where its input cells are (TemplateOptions.inputsOnly): the input cells and the
   * metadata record, without the texts, formulas, row keys and print layout a sheet would need.
   */
  private inputLayout(extra: Record<string, unknown>): SheetPlan {
    const metaCol = this.metadataRecord(extra);
    return {
      ...this.planParts(this.cells.inReadingOrder(), metaCol),
      merges: [],
      print: { landscape: this.landscape, fitToWidth: true },
    };
  }

  /** The plan a review compares (TemplateOptions.forReview): every cell, without the page layout. */
  private reviewPlan(metaCol: number): SheetPlan {
    return {
      ...this.planParts(this.cells.inReadingOrder(), metaCol),
      merges: this.merges,
      print: { landscape: this.landscape, fitToWidth: true },
      ...(this.charts.length > 0 ? { charts: this.charts } : {}),
    };
  }

  /**
   * A note alone on its row in the first column spans the table's width: in one narrow column it would
   * wrap into a tall strip (a layout rule, so every template's notes print whole).
   */
  private spreadLoneNotes(metaCol: number): void {
    const last = this.widths.length - 1;
    if (last < 1) return;
    // in the order the rows were first planned, which is the order of their merges
    for (const row of this.cells.rows()) {
      const cells = this.cells.rowCells(row).filter((c) => c.col !== metaCol);
      const [cell] = cells;
      if (cells.length !== 1 || cell?.col !== 0 || cell.role !== "note") continue;
      if (this.merges.some((m) => parseRange(m)?.top === row)) continue;
      this.merges.push(rangeAddress(row, 0, row, last));
    }
  }
}

/**
 * A sheet printed over several pages across: a note merged beyond the first page's columns is merged
 * over those columns only (it wraps there, taller), so it does not run on over the page break.
 */
function notesOnFirstPage(merges: readonly string[], cells: readonly PlannedCell[], lastColumn: number): string[] {
  const notes = new Set(cells.filter((c) => c.role === "note").map((c) => `${c.row},${c.col}`));
  return merges.map((merge) => {
    const m = parseRange(merge);
    if (!m || m.top !== m.bottom || m.right <= lastColumn || m.left >= lastColumn || !notes.has(`${m.top},${m.left}`))
      return merge;
    return rangeAddress(m.top, m.left, m.bottom, lastColumn);
  });
}

/** The print area reaching down to the lowest chart, when there are any. */
function chartsPrinted(print: PrintSetup, charts: readonly PlannedChart[]): PrintSetup {
  const area = print.area === undefined ? undefined : parseRange(print.area);
  const bottom = charts.reduce((m, c) => Math.max(m, parseRange(c.at)?.bottom ?? m), area?.bottom ?? 0);
  return area && bottom > area.bottom
    ? { ...print, area: rangeAddress(area.top, area.left, bottom, area.right) }
    : print;
}

/**
 * A print setup fitting the whole sheet on one page, without repeated columns: the scale the fit comes to, and
 * the header and footer in a size that prints at about 8 pt or more at that scale (Excel scales them with the page).
 */
function onOnePage(print: PrintSetup, widths: readonly number[], heights: readonly RowHeight[]): PrintSetup {
  const area = print.area === undefined ? undefined : parseRange(print.area);
  const scale = onePageScale({
    widths: widths.slice(0, (area?.right ?? widths.length - 1) + 1),
    rows: (area?.bottom ?? 0) + 1,
    heights,
    landscape: print.landscape,
  });
  const size = Math.max(HEADER_FONT_SIZE, Math.ceil((MIN_PRINTED_POINTS * 100) / scale));
  const sized = (part: HeaderFooter | undefined): HeaderFooter | undefined =>
    part &&
    Object.fromEntries(Object.entries(part).map(([k, v]) => [k, v.replace(`&${HEADER_FONT_SIZE}`, `&${size}`)]));
  const whole: { -readonly [K in keyof PrintSetup]: PrintSetup[K] } = {
    ...print,
    fitToWidth: true,
    onePage: true,
    scale,
  };
  const [header, footer] = [sized(print.header), sized(print.footer)];
  if (header) whole.header = header;
  if (footer) whole.footer = footer;
  delete whole.titleColumns;
  return whole;
}

type MutableCell = { -readonly [K in keyof PlannedCell]: PlannedCell[K] };

/** The cell with the options' number format and key (in that order), when set; without spreading copies (the review rebuilds plans often). */
function withOptions(cell: MutableCell, options: CellOptions): PlannedCell {
  if (options.numberFormat !== undefined) cell.numberFormat = options.numberFormat;
  if (options.key !== undefined) cell.key = options.key;
  if (options.wrap === true) cell.wrap = true;
  return cell;
}
