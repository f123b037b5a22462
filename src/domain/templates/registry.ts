/**
 * The templates of docs/templates.md: id, sheet name, purpose and source standard (for the pane's gallery and the
 * command line), and the builder that turns options into a SheetPlan. Each template lives in
 * specs/<id>.ts and exports one TemplateSpec; specs/index.ts lists them in docs/templates.md order.
 */
import type { Text } from "../catalog";
import type { TemplateOptions } from "./context";
import type { SheetPlan, TemplateId } from "./sheetPlan";

export interface TemplateSpec {
  readonly id: TemplateId;
  readonly sheetName: Text;
  readonly purpose: Text;
  /** the standard it implements, e.g. "《北京市工业园区绿色诊断工作指南》附件2-1-2" */
  readonly source: Text;
  /** templates whose defined names its formulas read */
  readonly reads: readonly TemplateId[];
  /**
   * the park data file fills its input cells (docs/data-file.md "Importing into a workbook"): true for every
   * template with keyed input cells; the summary and the matrix only compute
   */
  readonly importable: boolean;
  readonly build: (options: TemplateOptions) => SheetPlan;
}
