/**
 * File mode (a plain browser, outside Office): templates become an .xlsx download written by ExcelJS in the
 * browser, and the review reads an .xlsx the user opens with the same bounded reader as the command line
 * (src/xlsx/readWorkbookFile: the same limits, the same one-line refusals). ExcelJS, the reader, the template
 * builders and the review engine are loaded on first use (dynamic import), never with the pane's first render.
 */
import { uniqueSheetName } from "../domain/templates/sheetNames";
import type { ParkDataFile } from "../domain/schema/parkData";
import { downloadInBrowser } from "./download";
import {
  OperationError,
  type EnterpriseImportOutcome,
  type EnterpriseImportRequest,
  type EnterpriseRequestForm,
  type EnterpriseRequestOutcome,
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

const NO_PARK: OperationError = new OperationError("file", ["choose the park workbook to merge into"], {
  zh: "请先选择要合并到的园区工作簿（.xlsx）",
  en: "Choose the park workbook (.xlsx) to merge into first",
});

/** The merged workbook's file name: the park workbook's with “-merged”. */
export function mergedFileName(parkFile: string): string {
  return `${parkFile.replace(/\.xlsx$/i, "") || "park"}-merged.xlsx`;
}

/** File mode's merge: the park workbook the user chose, rebuilt with 企业汇总 and the sums, downloaded. */
async function importEnterprises(
  request: EnterpriseImportRequest,
  download: (bytes: Uint8Array, fileName: string) => void,
): Promise<EnterpriseImportOutcome> {
  if (!request.park) throw NO_PARK;
  const [reader, work, { readParkForMerge, mergedWorkbookPlans }, { planToXlsx }] = await Promise.all([
    import(/* webpackChunkName: "reader" */ "../xlsx/readWorkbookFile"),
    import(/* webpackChunkName: "enterprises" */ "./enterpriseWork"),
    import(/* webpackChunkName: "enterprises" */ "../domain/enterprise/mergePark"),
    import(/* webpackChunkName: "xlsx" */ "../xlsx/writePlan"),
  ]);
  const parkFile = request.park;
  const snapshot = await readRefusingInWords(reader, {
    kind: "file",
    name: parkFile.name,
    bytes: await parkFile.bytes(),
  });
  const park = readParkForMerge(snapshot);
  if (!park.ok) throw new OperationError("no-templates", [park.words.en], park.words);
  const merge = await work.mergeChosen(park.park, request.files, request.list);
  if (!merge.merged) return work.importOutcome(merge, request.files.length, {});
  const bytes = await planToXlsx(mergedWorkbookPlans(park.park, merge.merged.file, merge.result));
  const fileName = mergedFileName(parkFile.name);
  download(bytes, fileName);
  return work.importOutcome(merge, request.files.length, { fileName });
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

    async createEnterpriseRequest(form: EnterpriseRequestForm): Promise<EnterpriseRequestOutcome> {
      const { requestWorkbook } = await import(/* webpackChunkName: "enterprises" */ "./enterpriseWork");
      const { bytes, fileName } = await requestWorkbook(form);
      download(bytes, fileName);
      return { fileName, how: "downloaded" };
    },

    importEnterprises: (request: EnterpriseImportRequest) => importEnterprises(request, download),

    async readWorkbook(source: WorkbookSource) {
      return readRefusingInWords(await import(/* webpackChunkName: "reader" */ "../xlsx/readWorkbookFile"), source);
    },

    async importDataInto(source: WorkbookSource, data: ParkDataFile) {
      const { importDataIntoFile } = await import(/* webpackChunkName: "review" */ "./fileImportData");
      const reader = await import(/* webpackChunkName: "reader" */ "../xlsx/readWorkbookFile");
      return importDataIntoFile(source, data, (s) => readRefusingInWords(reader, s), download);
    },
  };
}
