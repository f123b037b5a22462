/**
 * Looking at the fake workbook as a user would (for the tests of src/excel and of the pane through it): sheets and
 * named cells, what a cell shows, before/after copies of a sheet's cells, typing into cells, protection options as
 * Excel reports them, and a template set inserted the way the pane inserts it.
 */
import { parseCell } from "../../src/domain/templates/a1";
import type { TemplateOptions } from "../../src/domain/templates/context";
import type { TemplateId } from "../../src/domain/templates/sheetPlan";
import { withDependencies } from "../../src/domain/templates/specs";
import { insertPlans } from "../../src/excel/operations/insert";
import type { FakeCell, FakeContext, FakeWorksheet } from "./fakeExcel";

export const YEARS = [2021, 2022, 2023, 2024] as const;

export function sheetOf(fake: FakeContext, name: string): FakeWorksheet {
  const sheet = fake.workbook.worksheets.find(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The cell a defined name points at. */
export function named(fake: FakeContext, name: string): FakeCell {
  const item = fake.workbook.names.list.find((n) => n.name === name);
  if (!item) throw new Error(`no name ${name}`);
  return item.sheet.cell(item.ref.top, item.ref.left);
}

/** What a constant cell shows: text without the apostrophe that keeps it text. */
export function shown(cell: FakeCell | undefined): unknown {
  const v = cell?.formula;
  return typeof v === "string" && v.startsWith("'") ? v.slice(1) : v;
}

/** Every cell of a sheet as a plain copy, by "row,col", for before/after comparisons. */
export function cellsOf(sheet: FakeWorksheet): Map<string, FakeCell> {
  return new Map(
    [...sheet.cells]
      .filter(([, c]) => c.formula !== "" || c.fill !== undefined || c.numberFormat !== "General")
      .map(([k, c]) => [k, { ...c }]),
  );
}

/** "row,col" keys whose cells differ between two copies. */
export function changed(before: Map<string, FakeCell>, after: Map<string, FakeCell>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => JSON.stringify(before.get(k) ?? null) !== JSON.stringify(after.get(k) ?? null)).sort();
}

/** What the user types into cells. */
export function typeInto(sheet: FakeWorksheet, values: Record<string, FakeCell["formula"]>): void {
  for (const [address, value] of Object.entries(values)) {
    const at = parseCell(address);
    if (!at) throw new Error(address);
    sheet.cell(at.row, at.col).formula = value;
  }
}

/** Protection options as Excel reports them: every option, false where not given. */
export function effective(options: Excel.WorksheetProtectionOptions): Excel.WorksheetProtectionOptions {
  return {
    allowAutoFilter: false,
    allowDeleteColumns: false,
    allowDeleteRows: false,
    allowEditObjects: false,
    allowEditScenarios: false,
    allowFormatCells: false,
    allowFormatColumns: false,
    allowFormatRows: false,
    allowInsertColumns: false,
    allowInsertHyperlinks: false,
    allowInsertRows: false,
    allowPivotTables: false,
    allowSort: false,
    selectionMode: "Normal",
    ...options,
  };
}

/** The row whose first column holds `label` (the data sheet's row keys of its energy rows). */
export function rowOfLabel(sheet: FakeWorksheet, label: string): number {
  for (let row = 0; row < 500; row++) if (sheet.cells.get(`${row},0`)?.formula === label) return row;
  throw new Error(`no row ${label}`);
}

/** The plans of the chosen templates and those they read, for insertPlans (the first set of the workbook). */
export const templateSet =
  (ids: readonly TemplateId[], options: Partial<TemplateOptions> = {}) =>
  () =>
    withDependencies(ids).map((spec) =>
      spec.build({ lang: "zh-CN", mode: "native", years: YEARS, nameSuffix: "", ...options }),
    );

/** The chosen templates and those they read inserted into the fake workbook through the adapter. */
export function insertSet(ids: readonly TemplateId[], options: Partial<TemplateOptions> = {}) {
  return insertPlans(templateSet(ids, options), false);
}
