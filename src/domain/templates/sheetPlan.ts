/**
 * A SheetPlan is data (docs/architecture.md): every cell, formula, style, validation and name a template puts on a
 * sheet. Building it is pure; the Office.js adapter (src/excel) and the ExcelJS adapter (src/xlsx) apply it.
 * Rows and columns are 0-based; formulas are Excel formulas without the leading "=", in English function
 * names of Excel 2010 or earlier (docs/templates.md: WPS and older Excel compute the same).
 */

export const TEMPLATE_IDS = [
  "params",
  "data",
  "carbon",
  "indicators",
  "basic",
  "lowcarbon",
  "options",
  "matrix",
  "targets",
  "synergy",
  "suggestions",
  "team",
  "plan",
  "summary",
  "enterprise",
  "enterprises",
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

import type { Lang } from "../text";
import type { PlannedChart } from "./charts";

export type { Lang };
export type FormulaMode = "native" | "custom";

/**
 * What a cell is for; the adapters style by role (input cells unlocked and visibly styled, computed cells
 * locked) and the review reads regions by role.
 */
export type CellRole = "title" | "header" | "label" | "unit" | "note" | "input" | "computed" | "subtotal" | "total";

export type CellValue = string | number | boolean | null;

export interface PlannedCell {
  readonly row: number;
  readonly col: number;
  readonly role: CellRole;
  /** a constant (labels, input values; null leaves an input empty) */
  readonly value?: CellValue;
  /** the formula without "=", for computed cells */
  readonly formula?: string;
  /** the formula's result as the domain core computes it, cached in .xlsx files (docs/templates.md) */
  readonly cached?: CellValue;
  readonly numberFormat?: string;
  /** the data item, indicator or parameter the cell holds, for the review */
  readonly key?: string;
  /** the text wraps although the role's style does not (an input holding a long word chosen from a list) */
  readonly wrap?: boolean;
}

export type Validation =
  | { readonly kind: "list"; readonly items: readonly string[] }
  | { readonly kind: "decimal"; readonly min?: number; readonly max?: number }
  | { readonly kind: "whole"; readonly min?: number; readonly max?: number }
  | { readonly kind: "date" };

export interface PlannedValidation {
  /** A1 range on this sheet, e.g. "C5:F5" */
  readonly range: string;
  readonly rule: Validation;
  readonly prompt?: { readonly title: string; readonly message: string };
  readonly error: { readonly title: string; readonly message: string };
}

/** A rule whose formula is native Excel (docs/templates.md "native formulas only in rules"), relative to the range's top-left cell. */
export interface PlannedConditionalFormat {
  readonly range: string;
  readonly formula: string;
  readonly fill: string;
  readonly fontColor?: string;
}

export interface PlannedName {
  /** workbook-scoped defined name, e.g. GREEN_DATA_va_Y1 (docs/data-file.md "Defined names") */
  readonly name: string;
  /** A1 cell or range on this sheet */
  readonly range: string;
}

/** A region the review finds again: its role and the A1 range it covers on the sheet. */
export interface PlannedRegion {
  readonly id: string;
  readonly range: string;
}

export interface SheetPlan {
  readonly templateId: TemplateId;
  /** the sheet name wanted; the adapter adds a suffix "(2)" when it is taken (docs/templates.md) */
  readonly sheetName: string;
  readonly lang: Lang;
  readonly mode: FormulaMode;
  readonly cells: readonly PlannedCell[];
  /** column widths in characters, from column A */
  readonly columnWidths: readonly number[];
  readonly merges: readonly string[];
  /** columns hidden from view (0-based), e.g. the one holding the template's metadata record */
  readonly hiddenColumns: readonly number[];
  readonly freeze: { readonly rows: number; readonly columns: number };
  readonly validations: readonly PlannedValidation[];
  readonly conditionalFormats: readonly PlannedConditionalFormat[];
  readonly names: readonly PlannedName[];
  readonly regions: readonly PlannedRegion[];
  /** heights in points of rows whose wrapped text needs more than one line (others keep the default) */
  readonly rowHeights?: readonly RowHeight[];
  readonly print: PrintSetup;
  /** charts drawn over the sheet's own cells (charts.ts), none on most sheets */
  readonly charts?: readonly PlannedChart[];
}

export interface RowHeight {
  readonly row: number;
  /** points */
  readonly height: number;
}

/** How a sheet prints on A4 (src/domain/templates/layout.ts). */
export interface PrintSetup {
  readonly landscape: boolean;
  /** all columns on one page width (the scale follows); otherwise `scale` and pages across */
  readonly fitToWidth: boolean;
  /**
   * percent: the scale printed at when not fitting to width; on a one-page sheet the scale the fit comes to
   * (layout.ts onePageScale), which the writers leave to the spreadsheet program
   */
  readonly scale?: number;
  /** the whole sheet on one page (a one-page summary): fit to one page wide and one page tall */
  readonly onePage?: boolean;
  /** A1 range printed: from A1 to the last column and the last row with content */
  readonly area?: string;
  /** rows repeated at the top of every page (0-based, inclusive) */
  readonly titleRows?: { readonly first: number; readonly last: number };
  /** columns repeated at the left of every page when the table is printed over several pages across */
  readonly titleColumns?: { readonly first: number; readonly last: number };
  /** header and footer sections in Excel's codes (&P page, &N pages, &A sheet name, && an ampersand) */
  readonly header?: HeaderFooter;
  readonly footer?: HeaderFooter;
}

export interface HeaderFooter {
  readonly left?: string;
  readonly center?: string;
  readonly right?: string;
}

/**
 * Every template sheet records itself in one cell named `GREEN_META_<templateId><suffix>` (a JSON
 * `TemplateMetadata`, schema/templateMetadata): the name follows renames, moved rows and saves by other
 * spreadsheet programs, so the review finds each region again (docs/architecture.md).
 */
export const METADATA_NAME_PREFIX = "GREEN_META_";
