/**
 * The ExcelJS adapter's writer: the same SheetPlans the Office.js adapter applies, as an .xlsx file with
 * the same names, validations, protection, formats and metadata. Each formula carries its cached
 * result, so viewers that do not recalculate show the right numbers (docs/templates.md); Excel recalculates on load.
 */
import ExcelJS from "exceljs";
import { columnLetters, parseRange, sheetReference } from "../domain/templates/a1";
import { PRINT_MARGINS } from "../domain/templates/layout";
import type {
  HeaderFooter,
  PlannedCell,
  PlannedValidation,
  PrintSetup,
  SheetPlan,
  TemplateId,
} from "../domain/templates/sheetPlan";
import { ROLE_STYLES } from "../domain/templates/styles";
import { ANY_NUMBER_BOUND, planProblems } from "../domain/templates/validatePlan";
import { uniqueSheetName } from "../domain/templates/sheetNames";
import { toStoredFormula } from "./customFunctionNames";
import { withCharts } from "./addCharts";
import { addDirectRows, splitDirectRows, type DirectSheet } from "./directRows";
import { disjointValidations, rectAddress } from "./disjointValidations";

/** ExcelJS paper size code of A4 (OOXML ST_PaperSize 9). */
const PAPER_A4 = 9;

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

export interface WrittenSheet {
  readonly templateId: string;
  readonly sheetName: string;
}

/** Refuses plans with a cell or name the writer would not write faithfully (validatePlan.ts). */
function checkPlans(plans: readonly SheetPlan[]): void {
  const problems = plans.flatMap(planProblems);
  if (problems.length > 0) throw new Error(`template plan refused: ${problems.join("; ")}`);
}

/** Adds the plans to `workbook` (a new one by default); a taken sheet name gets a suffix. */
export async function addPlansToWorkbook(
  plans: readonly SheetPlan[],
  workbook = new ExcelJS.Workbook(),
): Promise<{ workbook: ExcelJS.Workbook; sheets: WrittenSheet[] }> {
  checkPlans(plans);
  return writePlans(plans, workbook);
}

/** The plans written into `workbook`, checked by the caller. */
async function writePlans(
  plans: readonly SheetPlan[],
  workbook: ExcelJS.Workbook,
): Promise<{ workbook: ExcelJS.Workbook; sheets: WrittenSheet[] }> {
  const taken = workbook.worksheets.map((w) => w.name);
  const sheets: WrittenSheet[] = [];
  for (const plan of plans) {
    const name = uniqueSheetName(plan.sheetName, taken);
    taken.push(name);
    await writeSheet(workbook, plan, name);
    sheets.push({ templateId: plan.templateId, sheetName: name });
  }
  workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
  return { workbook, sheets };
}

/** Sheets whose rows grow with a list (options, enterprises): their rows are written directly (directRows.ts). */
export const LIST_SHEETS: readonly TemplateId[] = ["options", "enterprises"];

export interface WriteOptions {
  /** templates whose rows are written directly, not cell by cell through ExcelJS (directRows.ts); LIST_SHEETS by default */
  readonly directRows?: readonly TemplateId[];
}

/**
 * The plans as an .xlsx: ExcelJS writes the package stored, the charts are added as chart parts (addCharts.ts), then
 * every part is deflated once with the list sheets' rows added and cell text's quotes as themselves (directRows.ts).
 */
export async function planToXlsx(plans: readonly SheetPlan[], options: WriteOptions = {}): Promise<Uint8Array> {
  const direct = new Set(options.directRows ?? LIST_SHEETS);
  // every cell checked once, also those ExcelJS does not write
  checkPlans(plans);
  const split = plans.map((plan) =>
    direct.has(plan.templateId) ? splitDirectRows(plan) : { plan, rows: [], examples: new Map<string, string>() },
  );
  const { workbook, sheets } = await writePlans(
    split.map((s) => s.plan),
    new ExcelJS.Workbook(),
  );
  workbook.creator = "GreenAudit";
  return workbookToXlsx(
    workbook,
    plans,
    sheets,
    split.map((s, i) => ({ sheetName: sheets[i]?.sheetName ?? "", rows: s.rows, examples: s.examples })),
  );
}

const chartedSheets = (plans: readonly SheetPlan[], sheets: readonly WrittenSheet[]) =>
  plans.flatMap((plan, i) => {
    const sheet = sheets[i];
    return sheet ? [{ plan, sheetName: sheet.sheetName }] : [];
  });

/**
 * A workbook `addPlansToWorkbook` filled with `plans` (and perhaps changed since) as .xlsx bytes, with the plans'
 * charts and the direct rows of `direct`'s sheets.
 */
export async function workbookToXlsx(
  workbook: ExcelJS.Workbook,
  plans: readonly SheetPlan[],
  sheets: readonly WrittenSheet[],
  direct: readonly DirectSheet[] = [],
): Promise<Uint8Array> {
  // stored, not deflated: the package is deflated once, part by part (directRows.ts)
  const stored = await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } } as ExcelJS.XlsxWriteOptions);
  return addDirectRows(withCharts(new Uint8Array(stored), chartedSheets(plans, sheets)), direct);
}

async function writeSheet(workbook: ExcelJS.Workbook, plan: SheetPlan, name: string): Promise<void> {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: "frozen", xSplit: plan.freeze.columns, ySplit: plan.freeze.rows }],
    pageSetup: pageSetup(plan.print),
    headerFooter: { oddHeader: headerFooterCodes(plan.print.header), oddFooter: headerFooterCodes(plan.print.footer) },
  });
  plan.columnWidths.forEach((width, col) => (sheet.getColumn(col + 1).width = width));
  for (const col of plan.hiddenColumns) sheet.getColumn(col + 1).hidden = true;
  for (const cell of plan.cells) writeCell(sheet, cell);
  for (const { row, height } of plan.rowHeights ?? []) sheet.getRow(row + 1).height = height;
  for (const merge of plan.merges) sheet.mergeCells(merge);
  writeValidations(sheet, plan.validations);
  // Excel orders a sheet's rules by a priority unique on the sheet; the plan lists them first-to-apply first
  plan.conditionalFormats.forEach((rule, i) => {
    sheet.addConditionalFormatting({
      ref: rule.range,
      rules: [
        {
          type: "expression",
          priority: i + 1,
          formulae: [rule.formula],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(rule.fill) } },
            ...(rule.fontColor ? { font: { color: { argb: argb(rule.fontColor) } } } : {}),
          },
        },
      ],
    });
  });
  for (const definedName of plan.names) {
    const range = parseRange(definedName.range);
    if (!range) continue;
    workbook.definedNames.add(sheetReference(name, absolute(definedName.range)), definedName.name);
  }
  // protection without a password, so a user can lift it (docs/templates.md)
  await sheet.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    autoFilter: true,
  });
}

/** A4, the orientation, the scale (fit to one page width, or a percentage), margins, area and titles. */
function pageSetup(print: PrintSetup): Partial<ExcelJS.PageSetup> {
  const rows = print.titleRows;
  const columns = print.titleColumns;
  return {
    paperSize: PAPER_A4,
    orientation: print.landscape ? "landscape" : "portrait",
    ...(print.fitToWidth
      ? { fitToPage: true, fitToWidth: 1, fitToHeight: print.onePage ? 1 : 0 }
      : { fitToPage: false, scale: print.scale ?? 100 }),
    margins: PRINT_MARGINS,
    // ExcelJS writes "$" before the column letters of these; "$" before the row numbers makes them absolute
    ...(print.area ? { printArea: print.area.replace(/([A-Z]+)(\d+)/g, "$1$$$2") } : {}),
    ...(rows ? { printTitlesRow: `${rows.first + 1}:${rows.last + 1}` } : {}),
    ...(columns ? { printTitlesColumn: `${columnLetters(columns.first)}:${columnLetters(columns.last)}` } : {}),
  };
}

/** Header or footer sections as one OOXML string (&L left, &C centre, &R right). */
export function headerFooterCodes(sections: HeaderFooter | undefined): string {
  if (!sections) return "";
  return `${sections.left ? `&L${sections.left}` : ""}${sections.center ? `&C${sections.center}` : ""}${sections.right ? `&R${sections.right}` : ""}`;
}

function absolute(range: string): string {
  return range
    .split(":")
    .map((cell) => cell.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2"))
    .join(":");
}

function writeCell(sheet: ExcelJS.Worksheet, planned: PlannedCell): void {
  const cell = sheet.getCell(planned.row + 1, planned.col + 1);
  if (planned.formula !== undefined) {
    const result = planned.cached ?? undefined;
    const formula = toStoredFormula(planned.formula);
    cell.value = (result === undefined ? { formula } : { formula, result }) as ExcelJS.CellFormulaValue;
  } else if (planned.value !== undefined && planned.value !== null) {
    cell.value = planned.value;
  }
  if (planned.numberFormat) cell.numFmt = planned.numberFormat;
  const style = ROLE_STYLES[planned.role];
  // the workbook's default font named, so every program measures the text as the column widths assume
  cell.font = {
    name: "Calibri",
    bold: style.bold ?? false,
    ...(style.fontSize ? { size: style.fontSize } : {}),
    ...(style.fontColor ? { color: { argb: argb(style.fontColor) } } : {}),
  };
  if (style.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  cell.alignment = { vertical: "middle", ...(style.wrap || planned.wrap ? { wrapText: true } : {}) };
  cell.protection = { locked: style.locked };
}

/** ExcelJS's sheet-level validations, keyed by A1 cell or range (not in its type declarations). */
interface SheetValidations {
  add(address: string, validation: ExcelJS.DataValidation): void;
}

/**
 * Writes the sheet's validations as disjoint rectangles (docs/workbooks.md). ExcelJS's own optimiser, which
 * joins single-cell entries and can emit overlaps, finds nothing to join: no two single cells of one
 * validation touch after `disjointValidations`.
 */
function writeValidations(sheet: ExcelJS.Worksheet, validations: readonly PlannedValidation[]): void {
  const target = (sheet as unknown as { dataValidations: SheetValidations }).dataValidations;
  const items = validations.map((v) => ({ range: v.range, validation: excelValidation(v) }));
  for (const piece of disjointValidations(items, (a, b) => JSON.stringify(a) === JSON.stringify(b))) {
    target.add(rectAddress(piece.rect), piece.validation);
  }
}

function excelValidation(v: PlannedValidation): ExcelJS.DataValidation {
  const base = {
    allowBlank: true,
    showErrorMessage: true,
    // ECMA-376 ST_DataValidationErrorStyle: stop | warning | information
    errorStyle: "stop",
    errorTitle: v.error.title,
    error: v.error.message,
    ...(v.prompt ? { showInputMessage: true, promptTitle: v.prompt.title, prompt: v.prompt.message } : {}),
  };
  const rule = v.rule;
  return (
    rule.kind === "list"
      ? { ...base, type: "list", formulae: [`"${rule.items.join(",")}"`] }
      : rule.kind === "date"
        ? { ...base, type: "date", operator: "greaterThan", formulae: [new Date(Date.UTC(1900, 0, 1))] }
        : { ...base, type: rule.kind, ...bounds(rule.min, rule.max) }
  ) as ExcelJS.DataValidation;
}

function bounds(
  min: number | undefined,
  max: number | undefined,
): Pick<ExcelJS.DataValidation, "operator" | "formulae"> {
  if (min !== undefined && max !== undefined) return { operator: "between", formulae: [min, max] };
  if (min !== undefined) return { operator: "greaterThanOrEqual", formulae: [min] };
  if (max !== undefined) return { operator: "lessThanOrEqual", formulae: [max] };
  return { operator: "between", formulae: [-ANY_NUMBER_BOUND, ANY_NUMBER_BOUND] };
}
