/**
 * What the pane asks of a workbook, passed to the components as a prop (docs/architecture.md "components receive Excel
 * operations as props"): excelOperations.ts implements it with Office.js inside Excel, fileOperations.ts with
 * ExcelJS in a plain browser (file mode), and the component tests with fakes. Capabilities a host lacks are
 * absent (file mode cannot select a cell), and the components hide their controls.
 */
import type { ParkDataFile } from "../domain/schema/parkData";
import type { WorkbookSnapshot } from "../domain/review/snapshot";
import type { FormulaMode, Lang, TemplateId } from "../domain/templates/sheetPlan";
import type { HostMode } from "./hostMode";
import type { Text } from "../domain/text";

export interface InsertRequest {
  /** the templates the user chose; the operation adds the ones their formulas read */
  readonly templates: readonly TemplateId[];
  readonly lang: Lang;
  readonly mode: FormulaMode;
  /** base year y0 and evaluation years y1–y3 */
  readonly years: readonly [number, number, number, number];
  readonly parkName?: string;
  /** TemplateOptions.parameterValues["cost-class-threshold"]; null leaves it for the parameter sheet */
  readonly costClassThreshold: number | null;
  /** rewrite templates already present in place instead of adding a copy (Excel only) */
  readonly refresh: boolean;
  /** a validated park data file that fills the data sheet */
  readonly data?: ParkDataFile;
}

export type ProgressStep = "loading" | "building" | "writing" | "saving";

export interface InsertedSheet {
  readonly templateId: TemplateId;
  readonly sheetName: string;
  readonly refreshed: boolean;
}

export interface InsertOutcome {
  readonly sheets: readonly InsertedSheet[];
  /** file mode: the name of the downloaded file */
  readonly fileName?: string;
}

export type Severity = "error" | "warning" | "info";

/** One finding as the review engine reports it (docs/review-codes.md). */
export interface PaneFinding {
  readonly code: string;
  readonly severity: Severity;
  readonly sheet: string;
  readonly cell: string;
  readonly message: Text;
  readonly expected?: unknown;
  readonly found?: unknown;
}

export interface YearScore {
  /** the evaluation year (or 1–3 when the workbook does not say) */
  readonly year: number;
  /** the total score as the workbook shows it */
  readonly score: number | null;
  /** the total score recomputed from the workbook's inputs */
  readonly expected: number | null;
  /** both present and different at the two decimals shown */
  readonly differs: boolean;
}

export interface PaneReviewReport {
  readonly findings: readonly PaneFinding[];
  readonly counts: { readonly error: number; readonly warning: number; readonly info: number };
  readonly totalScores: readonly YearScore[];
  /** false for an empty or foreign workbook: no GreenAudit template to check */
  readonly templateFound: boolean;
  /** file mode: the file reviewed */
  readonly fileName?: string;
}

export interface DataImportOutcome {
  /** number of values written into the workbook (Excel); 0 when the data was attached to the generate form */
  readonly written: number;
  readonly sheetName?: string;
  readonly inserted?: readonly InsertedSheet[];
}

/** A source of a workbook to read: the open workbook (Excel), or a file the user chose (file mode). */
export type WorkbookSource =
  { readonly kind: "open" } | { readonly kind: "file"; readonly name: string; readonly bytes: Uint8Array };

export interface WorkbookOperations {
  readonly mode: HostMode;
  /** ids of the templates already in the workbook (Excel), none in file mode */
  existingTemplates(): Promise<TemplateId[]>;
  /** inserts the templates (Excel) or downloads them as an .xlsx (file mode) */
  insertTemplates(request: InsertRequest, onProgress?: (step: ProgressStep) => void): Promise<InsertOutcome>;
  /** reads the workbook's cells and names (for the data and parameter panels) */
  readWorkbook(source: WorkbookSource): Promise<WorkbookSnapshot>;
  /** runs the review engine; undefined while the engine is not available */
  review?(source: WorkbookSource): Promise<PaneReviewReport>;
  /** Excel: writes a park data file's values into the data sheet's input cells (or inserts the data sheet) */
  importData?(data: ParkDataFile, lang: Lang): Promise<DataImportOutcome>;
  selectCell?(sheet: string, cell: string): Promise<void>;
  highlight?(findings: readonly PaneFinding[]): Promise<number>;
  clearHighlights?(): Promise<void>;
  /** Excel: every template refreshed in native mode, or its formulas replaced with values */
  prepareForSubmission?(kind: "native" | "values"): Promise<number>;
}

/**
 * Errors the pane shows in plain words, with the technical details apart; `words`, when present, is the
 * reason in both languages (a file the reader refuses: src/xlsx/unreadable.ts; a template sheet that cannot be
 * refreshed in place: src/excel/insertTemplates.ts).
 */
export class OperationError extends Error {
  constructor(
    readonly reason: "plan" | "years" | "no-templates" | "excel" | "file" | "refresh",
    readonly details: readonly string[],
    readonly words?: Text,
  ) {
    super(details.join("; "));
  }
}
