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
import type { AuditStatus } from "../domain/enterprise/listFile";

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
  /** number of input cells written into the workbook (Excel); 0 when the templates were inserted from the file */
  readonly written: number;
  /** of those, the cells that held a typed value the file replaced */
  readonly overwritten?: number;
  /** the workbook's templates the file gives inputs for, with their sheets */
  readonly filled?: readonly { readonly templateId: TemplateId; readonly sheetName: string }[];
  /** templates the file gives inputs for that the workbook does not hold */
  readonly absent?: readonly TemplateId[];
  /** values of the file with no cell in the workbook (rows beyond a sheet's rows) */
  readonly unplaced?: number;
  /** a workbook without templates: the data sheet (and the sheets it reads) inserted, filled from the file */
  readonly inserted?: readonly InsertedSheet[];
}

/** File mode: a park data file imported into the workbook the user opened, the updated workbook downloaded. */
export interface FileDataImportOutcome extends DataImportOutcome {
  /** the name the updated workbook was downloaded under */
  readonly fileName: string;
  /** the updated workbook, to read again and to import the next file into */
  readonly workbook: { readonly name: string; readonly bytes: Uint8Array };
  /** sheets of the opened workbook that are not templates: not in the updated workbook */
  readonly notCopied: readonly string[];
}

/** A source of a workbook to read: the open workbook (Excel), or a file the user chose (file mode). */
export type WorkbookSource =
  { readonly kind: "open" } | { readonly kind: "file"; readonly name: string; readonly bytes: Uint8Array };

/** The pane's small form for one enterprise's data-request workbook (docs/enterprises.md "In the pane"). */
export interface EnterpriseRequestForm {
  readonly name: string;
  /** unified social credit code, as typed */
  readonly code: string;
  readonly industry: string;
  readonly key: boolean;
  readonly auditStatus: AuditStatus | "";
  /** the year the audit was completed, as typed ("" when not given) */
  readonly auditYear: string;
  readonly years: readonly [number, number, number, number];
  /** the workbook's language */
  readonly lang: Lang;
}

export interface EnterpriseRequestOutcome {
  readonly fileName: string;
  /** file mode: downloaded; Excel: opened as a new workbook */
  readonly how: "downloaded" | "opened";
}

/** A file the user chose, read only when its turn comes (one workbook in memory at a time). */
export interface ChosenFile {
  readonly name: string;
  readonly bytes: () => Promise<Uint8Array>;
}

export interface EnterpriseImportRequest {
  /** the returned enterprise workbooks */
  readonly files: readonly ChosenFile[];
  /** the enterprise list (docs/enterprises.md "The enterprise list"), to name who sent nothing */
  readonly list?: ChosenFile;
  /** file mode: the park workbook to merge into (Excel merges into the open workbook) */
  readonly park?: ChosenFile;
}

/** The findings about one enterprise (or one file, or the park workbook), in the order found. */
export interface FindingGroup {
  /** the enterprise's name, else the file's ("" for the park workbook's own values) */
  readonly title: string;
  /** typed values of the park workbook that the enterprises' sums replace */
  readonly park?: boolean;
  readonly file?: string;
  /** nothing of it was merged */
  readonly refused: boolean;
  readonly lines: readonly { readonly cell?: string; readonly words: Text; readonly refused: boolean }[];
}

export interface EnterpriseImportOutcome {
  /** false when no workbook could be merged: nothing was changed or written */
  readonly written: boolean;
  readonly merged: number;
  readonly files: number;
  readonly refused: number;
  readonly groups: readonly FindingGroup[];
  readonly keyEnterprises: { readonly total: number; readonly audited: number };
  /** file mode: the merged workbook downloaded */
  readonly fileName?: string;
  /** Excel: the sheets written (企业汇总, the data sheet) */
  readonly sheets?: readonly string[];
  /** Excel: an earlier 企业汇总 sheet replaced */
  readonly replacedSheet?: string;
  /** Excel: basic requirement 4's evidence from the enterprises; written false when typed evidence was kept */
  readonly evidence?: { readonly text: string; readonly written: boolean };
}

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
  /**
   * Excel: writes a park data file's inputs into every template of the workbook (or inserts the data sheet into a
   * workbook without templates)
   */
  importData?(data: ParkDataFile, lang: Lang): Promise<DataImportOutcome>;
  /**
   * file mode: a park data file's inputs into the templates of a workbook the user opened (the writes of importData),
   * the templates rebuilt and the updated workbook downloaded; nothing downloaded when the file does not fit
   */
  importDataInto?(source: WorkbookSource, data: ParkDataFile): Promise<FileDataImportOutcome>;
  /** one enterprise's data-request workbook: downloaded (file mode) or opened as a new workbook (Excel) */
  createEnterpriseRequest?(form: EnterpriseRequestForm): Promise<EnterpriseRequestOutcome>;
  /** returned enterprise workbooks merged into the park workbook, with the merge's checks */
  importEnterprises?(request: EnterpriseImportRequest): Promise<EnterpriseImportOutcome>;
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

/** The enterprise form holds something the request cannot be made with: each field and what is wrong. */
export class FormProblems extends Error {
  constructor(readonly problems: readonly { readonly field: Text; readonly words: Text }[]) {
    super(problems.map((p) => `${p.field.en}: ${p.words.en}`).join("; "));
  }
}
