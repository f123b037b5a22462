/**
 * The Office.js adapter's writer: applies SheetPlans to the open workbook in a constant number of
 * context.sync() calls, whatever the row count (≤ 3 for the full set):
 *   1. read the sheet and defined names that exist;
 *   2. (refresh only) read the current cells of the sheets to refresh, to keep their input values, their
 *      conditional formats, to replace the template's own rules and keep the user's, and their charts' names, to
 *      redraw the template's charts and keep the user's;
 *   3. write every sheet: 2D blocks, role formats, validations, rules, charts, names, protection, layout.
 * A block too large for one request (Excel on the web: 5 MB) is written in row bands, one sync each.
 * Nothing existing is overwritten: a taken sheet name gets a suffix " (2)" (docs/templates.md).
 */
import {
  METADATA_NAME_PREFIX,
  type PlannedValidation,
  type PrintSetup,
  type RowHeight,
  type SheetPlan,
  type TemplateId,
} from "../domain/templates/sheetPlan";
import { PRINT_MARGINS } from "../domain/templates/layout";
import { ROLE_STYLES } from "../domain/templates/styles";
import { isFunctionsNotice, isFunctionsNoticeRule } from "../domain/templates/functionsNotice";
import { cellAddress, columnLetters, parseSheetReference } from "../domain/templates/a1";
import { REQUEST_PAYLOAD_LIMIT, planBlocks, roleAddresses, type Block, type FormulaCell } from "./blocks";
import { drawCharts, plannedChartsPresent } from "./charts";
import { uniqueSheetName } from "../domain/templates/sheetNames";
import { ANY_NUMBER_BOUND, planProblems } from "../domain/templates/validatePlan";
import { canonicalFormula } from "../domain/review/formulaRefs";
import { parseTemplateMetadata } from "../domain/schema/templateMetadata";
import { PREVIOUS_METADATA_VERSION, sameInputLayout } from "../domain/templates/previousLayout";
import type { Text } from "../domain/text";
import { PlanError, RefreshError } from "./errors";

/** What already exists in the workbook, for the plan builder to choose names that do not collide. */
export interface ExistingWorkbook {
  readonly sheetNames: readonly string[];
  readonly names: readonly string[];
  /** template sheets already present: metadata name → sheet name */
  readonly templateSheets: ReadonlyMap<string, string>;
}

export interface InsertOptions {
  /** rewrite labels and formulas of templates already present, keeping every input value */
  readonly refresh?: boolean;
}

export interface InsertedSheet {
  readonly templateId: TemplateId;
  readonly sheetName: string;
  readonly requestedName: string;
  readonly refreshed: boolean;
}

export interface InsertReport {
  readonly sheets: readonly InsertedSheet[];
  readonly syncs: number;
}

/**
 * Inserts (or refreshes) templates. `build` receives what exists and returns the plans to apply — so
 * names and suffixes are chosen on the real workbook, in the same round trips.
 */
export async function insertTemplates(
  context: Excel.RequestContext,
  build: (existing: ExistingWorkbook) => readonly SheetPlan[],
  options: InsertOptions = {},
): Promise<InsertReport> {
  let syncs = 0;
  const sync = async () => {
    await context.sync();
    syncs += 1;
  };
  const worksheets = context.workbook.worksheets;
  const names = context.workbook.names;
  worksheets.load("items/name");
  names.load("items/name,items/formula");
  await sync();

  const existing = existingWorkbook(
    worksheets.items.map((sheet) => sheet.name),
    names.items.map((item) => ({ name: item.name, formula: item.formula })),
  );
  const plans = build(existing);
  const problems = plans.flatMap(planProblems);
  if (problems.length > 0) throw new PlanError(problems);
  const targets = plans.map((plan) => target(plan, existing, options.refresh === true));
  assignNewSheetNames(targets, existing.sheetNames);

  const kept = options.refresh ? await readInputs(context, targets, sync) : new Map<SheetTarget, RefreshState>();
  // Every write is queued; requests are cut only where Excel on the web's 5 MB limit demands it, so an
  // ordinary template set goes in one sync, and the count never depends on rows otherwise.
  for (const request of packRequests(targets.flatMap((t) => sheetWrites(context, t, kept.get(t), existing.names)))) {
    for (const write of request) write.apply();
    await sync();
  }
  return {
    syncs,
    sheets: targets.map((t) => ({
      templateId: t.plan.templateId,
      sheetName: t.sheetName,
      requestedName: t.plan.sheetName,
      refreshed: t.refreshed,
    })),
  };
}

interface SheetTarget {
  readonly plan: SheetPlan;
  sheetName: string;
  readonly refreshed: boolean;
}

function target(plan: SheetPlan, existing: ExistingWorkbook, refresh: boolean): SheetTarget {
  const metadataName = plan.names.find((n) => n.name.startsWith(METADATA_NAME_PREFIX))?.name;
  const current = metadataName ? existing.templateSheets.get(metadataName.toUpperCase()) : undefined;
  return refresh && current
    ? { plan, sheetName: current, refreshed: true }
    : { plan, sheetName: plan.sheetName, refreshed: false };
}

function assignNewSheetNames(targets: SheetTarget[], taken: readonly string[]): void {
  const used = [...taken];
  for (const t of targets.filter((x) => !x.refreshed)) {
    t.sheetName = uniqueSheetName(t.plan.sheetName, used);
    used.push(t.sheetName);
  }
}

/** Template sheets are found through their metadata names, whose formula is ='Sheet'!$X$1. */
export function existingWorkbook(sheetNames: string[], names: { name: string; formula: string }[]): ExistingWorkbook {
  const templateSheets = new Map<string, string>();
  for (const item of names) {
    if (!item.name.toUpperCase().startsWith(METADATA_NAME_PREFIX)) continue;
    const sheet = sheetOfReference(item.formula);
    if (sheet && sheetNames.includes(sheet)) templateSheets.set(item.name.toUpperCase(), sheet);
  }
  return { sheetNames, names: names.map((n) => n.name), templateSheets };
}

export function sheetOfReference(formula: string): string | undefined {
  return parseSheetReference(formula)?.sheet;
}

/** What a block holds now: formulas (or constants) and the values they show. */
interface CurrentBlock {
  readonly formulas: FormulaCell[][];
  readonly values: FormulaCell[][];
}

/** A sheet to refresh as it is now: its blocks, and the conditional formats the template wrote there. */
interface RefreshState {
  readonly blocks: CurrentBlock[];
  readonly templateRules: Excel.ConditionalFormat[];
  /** the template's charts on the sheet, redrawn (charts.ts) */
  readonly charts: Excel.Chart[];
}

const RULE_LOADS = "items/type,items/customOrNullObject/rule/formula,items/customOrNullObject/format/fill/color";

/**
 * The conditional formats of a sheet the template wrote: custom rules with one of the plan's formulas and
 * fills, and a custom-mode notice's rule. Every other rule — the user's own, or another kind (a colour scale, data bars) — is kept.
 */
function templateRules(plan: SheetPlan, formats: Excel.ConditionalFormatCollection): Excel.ConditionalFormat[] {
  const planned = new Set(
    plan.conditionalFormats.map((rule) => `${canonicalFormula(rule.formula)}\u0000${rule.fill.toUpperCase()}`),
  );
  return formats.items.filter((format) => {
    if (format.type !== Excel.ConditionalFormatType.custom || format.customOrNullObject.isNullObject) return false;
    const custom = format.customOrNullObject;
    if (isFunctionsNoticeRule(custom.rule.formula, custom.format.fill.color)) return true;
    return planned.has(`${canonicalFormula(custom.rule.formula)}\u0000${custom.format.fill.color.toUpperCase()}`);
  });
}

/**
 * Refresh: one sync reads the current content of every block of the sheets to refresh, and the row keys
 * in the hidden metadata column. A sheet whose rows were inserted, deleted or moved is refused before
 * anything is written: rewriting it at the plan's places would put inputs under the wrong labels.
 */
async function readInputs(
  context: Excel.RequestContext,
  targets: readonly SheetTarget[],
  sync: () => Promise<void>,
): Promise<Map<SheetTarget, RefreshState>> {
  const reads = new Map<
    SheetTarget,
    {
      blocks: Excel.Range[];
      keys: Excel.Range;
      formats: Excel.ConditionalFormatCollection;
      charts?: Excel.ChartCollection;
    }
  >();
  for (const t of targets.filter((x) => x.refreshed)) {
    const sheet = context.workbook.worksheets.getItem(t.sheetName);
    const blocks = planBlocks(t.plan).map((block) => sheet.getRange(block.address).load("formulas,values"));
    reads.set(t, {
      blocks,
      keys: sheet.getRange(rowKeyColumn(t.plan)).load("values"),
      formats: sheet.getRange().conditionalFormats.load(RULE_LOADS),
      ...((t.plan.charts ?? []).length > 0 ? { charts: sheet.charts.load("items/name") } : {}),
    });
  }
  if (reads.size > 0) await sync();
  const kept = new Map<SheetTarget, RefreshState>();
  for (const [t, read] of reads) {
    const previous = previousLayoutProblem(t, read.keys.values as FormulaCell[][]);
    if (previous) throw new RefreshError(previous);
    const moved = movedRows(t.plan, read.keys.values as FormulaCell[][]);
    if (moved.length > 0) throw new RefreshError(movedRowsProblem(t.sheetName));
    kept.set(t, {
      blocks: read.blocks.map((range) => ({
        formulas: range.formulas as FormulaCell[][],
        values: range.values as FormulaCell[][],
      })),
      templateRules: templateRules(t.plan, read.formats),
      charts: read.charts ? plannedChartsPresent(t.plan, read.charts.items) : [],
    });
  }
  return kept;
}

/**
 * A sheet inserted by the previous version whose inputs now sit elsewhere (docs/data-file.md "Upgrading a
 * workbook"): rewriting it in place would put its typed values under other headings, so it is refused with what
 * to do instead.
 */
function previousLayoutProblem(t: SheetTarget, keys: FormulaCell[][]): Text | undefined {
  const parsed = parseTemplateMetadata(keys[0]?.[0]);
  if (!parsed.ok || parsed.metadata.version > PREVIOUS_METADATA_VERSION) return undefined;
  if (sameInputLayout(t.plan.templateId, t.plan, parsed.metadata.capacity)) return undefined;
  return {
    zh:
      `工作表“${t.sheetName}”是上一版本插入的，其填写列的位置与本版本不同：在原处更新会把已填写的数值放到别的标题下，因此未作任何更改。` +
      "请保存工作簿后运行命令 green-audit template --refresh 升级它；或在“数据”选项卡导出其输入，再把该文件导入一个新的工作簿。",
    en:
      `The sheet “${t.sheetName}” was inserted by the previous version, whose input columns are in other places: refreshing it where it is would put typed values under other headings, so nothing was changed. ` +
      "Save the workbook and run green-audit template --refresh to upgrade it, or export its inputs on the Data tab and import that file into a new workbook.",
  };
}

/** The hidden metadata column from row 1 to the plan's last row, where the row keys are. */
function rowKeyColumn(plan: SheetPlan): string {
  const col = columnLetters(plan.hiddenColumns[0] ?? 0);
  const last = plan.cells.reduce((m, c) => Math.max(m, c.row + 1), 1);
  return `${col}1:${col}${last}`;
}

/** Rows of a template sheet were inserted, deleted or moved: its inputs are not where the plan would write. */
function movedRowsProblem(sheetName: string): Text {
  return {
    zh: `工作表“${sheetName}”在插入模板后插入、删除或移动过行：在原处更新会把数值写错位置，因此未作任何更改。请改为插入一份新的模板。`,
    en: `Rows of the sheet “${sheetName}” were inserted, deleted or moved after the template was inserted: refreshing it where it is would put values in the wrong places, so nothing was changed. Insert a new copy of the templates instead.`,
  };
}

/** Plan rows whose row key is not where the plan put it. */
function movedRows(plan: SheetPlan, keys: FormulaCell[][]): number[] {
  const planned = plan.cells.filter((c) => c.key === "row-key");
  return planned.filter((c) => keys[c.row]?.[0] !== c.value).map((c) => c.row);
}

interface Write {
  readonly bytes: number;
  readonly apply: () => void;
}

/** The writes of one sheet in order: the sheet, its blocks, then layout and names with the last block. */
function sheetWrites(
  context: Excel.RequestContext,
  t: SheetTarget,
  current: RefreshState | undefined,
  taken: readonly string[],
): Write[] {
  const sheetOf = () => context.workbook.worksheets.getItem(t.sheetName);
  const blocks = planBlocks(t.plan);
  const writes: Write[] = blocks.map((block, index) => ({
    bytes: block.bytes,
    apply: () => writeBlock(sheetOf(), block, current?.blocks[index]),
  }));
  const prepare: Write = {
    bytes: 0,
    apply: () => {
      if (t.refreshed) sheetOf().protection.unprotect();
      else context.workbook.worksheets.add(t.sheetName);
    },
  };
  const finish: Write = {
    bytes: 0,
    apply: () => {
      applyLayout(sheetOf(), t.plan, t.refreshed, current?.templateRules ?? [], current?.charts ?? []);
      addNames(context, t.plan, t.sheetName, taken);
    },
  };
  return [prepare, ...writes, finish];
}

/** Groups writes into requests under the payload limit, keeping their order. */
export function packRequests<T extends { readonly bytes: number }>(
  writes: readonly T[],
  limit = REQUEST_PAYLOAD_LIMIT,
): T[][] {
  const requests: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const write of writes) {
    if (current.length > 0 && bytes + write.bytes > limit) {
      requests.push(current);
      current = [];
      bytes = 0;
    }
    current.push(write);
    bytes += write.bytes;
  }
  if (current.length > 0) requests.push(current);
  return requests;
}

/** Writes a block; on refresh, input cells keep what the workbook holds (docs/templates.md). */
function writeBlock(sheet: Excel.Worksheet, block: Block, current: CurrentBlock | undefined): void {
  const range = sheet.getRange(block.address);
  range.formulas = current ? keepInputs(block, current) : block.formulas;
  range.numberFormat = block.numberFormats;
}

/**
 * The block to write on refresh: planned labels and formulas; inputs, and cells the plan does not use,
 * keep what the workbook holds (docs/templates.md) — except a custom-mode notice the new plan does not put there. Office.js returns text without its protecting apostrophe, so
 * kept text is written back as text ("'3-1" stays the text 3-1, not a date); kept formulas stay formulas.
 */
function keepInputs(block: Block, current: CurrentBlock): FormulaCell[][] {
  return block.formulas.map((row, r) =>
    row.map((planned, c) => {
      if (!block.inputs[r]?.[c] && block.planned[r]?.[c]) return planned;
      const formula = current.formulas[r]?.[c];
      if (formula === undefined) return planned;
      // a custom-mode notice the new plan has elsewhere or not at all (native mode) goes
      if (isFunctionsNotice(formula)) return planned;
      const isFormula = typeof formula === "string" && formula.startsWith("=") && current.values[r]?.[c] !== formula;
      return typeof formula === "string" && formula !== "" && !isFormula ? `'${formula}` : formula;
    }),
  );
}

/** Formats, rules and protection; on refresh the template's own conditional formats are replaced, no other. */
function applyLayout(
  sheet: Excel.Worksheet,
  plan: SheetPlan,
  refreshed: boolean,
  oldRules: readonly Excel.ConditionalFormat[],
  oldCharts: readonly Excel.Chart[],
): void {
  for (const [role, lists] of roleAddresses(plan)) {
    const style = ROLE_STYLES[role];
    for (const addresses of lists) {
      const areas = sheet.getRanges(addresses);
      areas.format.font.bold = style.bold ?? false;
      if (style.fontSize) areas.format.font.size = style.fontSize;
      if (style.fontColor) areas.format.font.color = style.fontColor;
      if (style.fill) areas.format.fill.color = style.fill;
      else areas.format.fill.clear();
      areas.format.wrapText = style.wrap ?? false;
      // text centred in rows made tall by wrapped neighbours, as the .xlsx writer aligns it
      areas.format.verticalAlignment = "Center";
      areas.format.protection.locked = style.locked;
    }
  }
  // a few cells wrap although their role does not (PlannedCell.wrap)
  for (const cell of plan.cells.filter((c) => c.wrap === true))
    sheet.getRange(cellAddress(cell.row, cell.col)).format.wrapText = true;
  plan.columnWidths.forEach((width, col) => {
    // Office.js widths are in points; a character of the default font is about 7 points wide
    sheet.getRange(`${columnLetters(col)}:${columnLetters(col)}`).format.columnWidth = width * 7;
  });
  for (const col of plan.hiddenColumns)
    sheet.getRange(`${columnLetters(col)}:${columnLetters(col)}`).columnHidden = true;
  for (const run of rowHeightRuns(plan.rowHeights ?? []))
    sheet.getRange(`${run.first + 1}:${run.last + 1}`).format.rowHeight = run.height;
  if (!refreshed) for (const merge of plan.merges) sheet.getRange(merge).merge(false);
  for (const validation of plan.validations) applyValidation(sheet.getRange(validation.range), validation);
  for (const rule of oldRules) rule.delete();
  for (const rule of plan.conditionalFormats) {
    const format = sheet.getRange(rule.range).conditionalFormats.add(Excel.ConditionalFormatType.custom);
    format.custom.rule.formula = `=${rule.formula}`;
    format.custom.format.fill.color = rule.fill;
    if (rule.fontColor) format.custom.format.font.color = rule.fontColor;
  }
  freeze(sheet, plan.freeze);
  applyPageLayout(sheet, plan.print);
  for (const chart of oldCharts) chart.delete();
  drawCharts(sheet, plan);
  // protection without a password, so a user can lift it (docs/templates.md)
  sheet.protection.protect({
    allowFormatColumns: true,
    allowFormatRows: true,
    allowAutoFilter: true,
    allowSort: false,
  });
}

/** Consecutive rows of the same height, one API call each. */
export function rowHeightRuns(heights: readonly RowHeight[]): { first: number; last: number; height: number }[] {
  const runs: { first: number; last: number; height: number }[] = [];
  for (const { row, height } of [...heights].sort((a, b) => a.row - b.row)) {
    const run = runs[runs.length - 1];
    if (run && run.last === row - 1 && run.height === height) run.last = row;
    else runs.push({ first: row, last: row, height });
  }
  return runs;
}

/**
 * A4, orientation, scale, margins (Office.js takes points), print area, titles, header and footer. A user's manual
 * page breaks are left as they are: no template sets one, so a refresh has none to write again.
 */
function applyPageLayout(sheet: Excel.Worksheet, print: PrintSetup): void {
  const layout = sheet.pageLayout;
  layout.orientation = print.landscape ? Excel.PageOrientation.landscape : Excel.PageOrientation.portrait;
  layout.paperSize = Excel.PaperType.a4;
  layout.zoom = print.fitToWidth
    ? { horizontalFitToPages: 1, verticalFitToPages: print.onePage ? 1 : 0 }
    : { scale: print.scale ?? 100 };
  layout.leftMargin = PRINT_MARGINS.left * 72;
  layout.rightMargin = PRINT_MARGINS.right * 72;
  layout.topMargin = PRINT_MARGINS.top * 72;
  layout.bottomMargin = PRINT_MARGINS.bottom * 72;
  layout.headerMargin = PRINT_MARGINS.header * 72;
  layout.footerMargin = PRINT_MARGINS.footer * 72;
  if (print.area) layout.setPrintArea(print.area);
  if (print.titleRows) layout.setPrintTitleRows(`$${print.titleRows.first + 1}:$${print.titleRows.last + 1}`);
  if (print.titleColumns)
    layout.setPrintTitleColumns(
      `$${columnLetters(print.titleColumns.first)}:$${columnLetters(print.titleColumns.last)}`,
    );
  const pages = layout.headersFooters.defaultForAllPages;
  pages.leftHeader = print.header?.left ?? "";
  pages.centerHeader = print.header?.center ?? "";
  pages.rightHeader = print.header?.right ?? "";
  pages.leftFooter = print.footer?.left ?? "";
  pages.centerFooter = print.footer?.center ?? "";
  pages.rightFooter = print.footer?.right ?? "";
}

/** Frozen header rows and label columns, the same panes the .xlsx writer freezes. */
function freeze(sheet: Excel.Worksheet, panes: SheetPlan["freeze"]): void {
  sheet.freezePanes.unfreeze();
  if (panes.rows > 0 && panes.columns > 0)
    sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, panes.rows, panes.columns));
  else if (panes.rows > 0) sheet.freezePanes.freezeRows(panes.rows);
  else if (panes.columns > 0) sheet.freezePanes.freezeColumns(panes.columns);
}

function applyValidation(range: Excel.Range, v: PlannedValidation): void {
  range.dataValidation.clear();
  const rule = v.rule;
  if (rule.kind === "list") {
    range.dataValidation.rule = { list: { inCellDropDown: true, source: rule.items.join(",") } };
  } else if (rule.kind === "date") {
    range.dataValidation.rule = {
      date: { operator: Excel.DataValidationOperator.greaterThan, formula1: "1900-01-01" },
    };
  } else if (rule.kind === "decimal" || rule.kind === "whole") {
    const basic = between(rule.min, rule.max);
    range.dataValidation.rule = rule.kind === "decimal" ? { decimal: basic } : { wholeNumber: basic };
  }
  if (v.prompt) range.dataValidation.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.message };
  range.dataValidation.errorAlert = {
    showAlert: true,
    style: Excel.DataValidationAlertStyle.stop,
    title: v.error.title,
    message: v.error.message,
  };
}

function between(min: number | undefined, max: number | undefined): Excel.BasicDataValidation {
  if (min !== undefined && max !== undefined)
    return { operator: Excel.DataValidationOperator.between, formula1: min, formula2: max };
  if (min !== undefined) return { operator: Excel.DataValidationOperator.greaterThanOrEqualTo, formula1: min };
  if (max !== undefined) return { operator: Excel.DataValidationOperator.lessThanOrEqualTo, formula1: max };
  return { operator: Excel.DataValidationOperator.between, formula1: -ANY_NUMBER_BOUND, formula2: ANY_NUMBER_BOUND };
}

/** Workbook-scoped names (docs/data-file.md); a name that exists already is left as it is (a refresh re-adds deleted ones). */
function addNames(context: Excel.RequestContext, plan: SheetPlan, sheetName: string, taken: readonly string[]): void {
  const existing = new Set(taken.map((n) => n.toUpperCase()));
  const sheet = context.workbook.worksheets.getItem(sheetName);
  for (const name of plan.names) {
    if (existing.has(name.name.toUpperCase())) continue;
    context.workbook.names.add(name.name, sheet.getRange(name.range));
  }
}
