/** Fake workbook operations for the component tests: every call recorded, results chosen by the test. */
import type { InsertOutcome, InsertRequest, PaneReviewReport, WorkbookOperations } from "../../src/taskpane/operations";

export interface FakeOperations extends WorkbookOperations {
  readonly inserts: InsertRequest[];
  readonly selected: { sheet: string; cell: string }[];
}

export function fakeOperations(
  overrides: Partial<WorkbookOperations> & { insertResult?: InsertOutcome | Error; report?: PaneReviewReport } = {},
): FakeOperations {
  const inserts: InsertRequest[] = [];
  const selected: { sheet: string; cell: string }[] = [];
  const { insertResult, report, ...rest } = overrides;
  return {
    mode: "excel",
    inserts,
    selected,
    existingTemplates: async () => [],
    async insertTemplates(request, onProgress) {
      inserts.push(request);
      onProgress?.("writing");
      if (insertResult instanceof Error) throw insertResult;
      return (
        insertResult ?? { sheets: request.templates.map((id) => ({ templateId: id, sheetName: id, refreshed: false })) }
      );
    },
    readWorkbook: async () => ({ sheets: [], names: [] }),
    ...(report ? { review: async () => report } : {}),
    selectCell: async (sheet, cell) => {
      selected.push({ sheet, cell });
    },
    ...rest,
  };
}
