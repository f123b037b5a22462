/**
 * File mode (a plain browser, outside Office): templates become an .xlsx download written by ExcelJS in the
 * browser, and the review reads an .xlsx the user opens with the same bounded reader as the command line
 * (src/xlsx/readWorkbookFile: the same limits, the same one-line refusals). ExcelJS, the reader, the template
 * builders and the review engine are loaded on first use (dynamic import), never with the pane's first render.
 */
import { uniqueSheetName } from "../domain/templates/sheetNames";
import { downloadInBrowser } from "./download";
import {
  OperationError,
  type InsertOutcome,
  type InsertRequest,
  type PaneReviewReport,
  type ProgressStep,
  type WorkbookOperations,
  type WorkbookSource,
} from "./operations";

export { downloadInBrowser } from "./download";

export function templateFileName(request: InsertRequest): string {
  return `GreenAudit-${request.years[1]}-${request.years[3]}.xlsx`;
}

function bytesOf(source: WorkbookSource): Uint8Array {
  if (source.kind !== "file") throw new OperationError("file", ["file mode reads a file the user opens"]);
  return source.bytes;
}

type Reader = typeof import("../xlsx/readWorkbookFile");

/** The file's snapshot; a refusal becomes an OperationError with the reader's reason in both languages. */
async function readRefusingInWords(reader: Reader, source: WorkbookSource) {
  try {
    return await reader.readWorkbookBytes(bytesOf(source));
  } catch (error) {
    if (error instanceof reader.UnreadableWorkbook) throw new OperationError("file", [error.message], error.words);
    const message = error instanceof Error ? error.message : String(error);
    // the program's own message is English: the Chinese line says what happened without it
    throw new OperationError("file", [message], {
      zh: "无法读取此文件：读取时发生内部错误",
      en: `cannot read the file: ${message}`,
    });
  }
}

export function fileOperations(
  download: (bytes: Uint8Array, fileName: string) => void = downloadInBrowser,
): WorkbookOperations {
  return {
    mode: "file",
    existingTemplates: async () => [],

    async insertTemplates(request: InsertRequest, onProgress?: (step: ProgressStep) => void): Promise<InsertOutcome> {
      onProgress?.("loading");
      const [{ planTemplates }, { planToXlsx }] = await Promise.all([
        import(/* webpackChunkName: "templates" */ "./planTemplates"),
        import(/* webpackChunkName: "xlsx" */ "../xlsx/writePlan"),
      ]);
      onProgress?.("building");
      const plans = planTemplates({ ...request, refresh: false });
      onProgress?.("saving");
      let bytes: Uint8Array;
      try {
        bytes = await planToXlsx(plans);
      } catch (error) {
        throw new OperationError("plan", [(error as Error).message]);
      }
      const fileName = templateFileName(request);
      download(bytes, fileName);
      const taken: string[] = [];
      const sheets = plans.map((plan) => {
        const sheetName = uniqueSheetName(plan.sheetName, taken);
        taken.push(sheetName);
        return { templateId: plan.templateId, sheetName, refreshed: false };
      });
      return { sheets, fileName };
    },

    async review(source: WorkbookSource): Promise<PaneReviewReport> {
      const [reader, { reviewWorkbook }, { paneReport, evaluationYearsOf }] = await Promise.all([
        import(/* webpackChunkName: "reader" */ "../xlsx/readWorkbookFile"),
        import(/* webpackChunkName: "review" */ "../domain/review"),
        import(/* webpackChunkName: "review" */ "./model/reviewReport"),
      ]);
      const snapshot = await readRefusingInWords(reader, source);
      return paneReport(
        reviewWorkbook(snapshot),
        evaluationYearsOf(snapshot),
        source.kind === "file" ? source.name : undefined,
      );
    },

    async readWorkbook(source: WorkbookSource) {
      return readRefusingInWords(await import(/* webpackChunkName: "reader" */ "../xlsx/readWorkbookFile"), source);
    },
  };
}
