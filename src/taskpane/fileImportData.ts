/**
 * File mode's import of a park data file into a workbook the user opened (docs/data-file.md "Importing into a
 * workbook"): the file's inputs written where Excel would write them, the workbook's templates rebuilt from their
 * inputs (src/domain/schema/importIntoFile.ts) and written by the same .xlsx writer as file mode's templates, then
 * downloaded. A file for other years, or a workbook without templates, downloads nothing.
 */
import type { ParkDataFile } from "../domain/schema/parkData";
import { OperationError, type FileDataImportOutcome, type WorkbookSource } from "./operations";
import type { WorkbookSnapshot } from "../domain/review/snapshot";

/** The updated workbook's file name: the opened one's with “-imported” (the opened file is never replaced). */
export function importedFileName(opened: string): string {
  const base = opened.replace(/\.xlsx$/i, "").replace(/-imported$/i, "");
  return `${base || "park"}-imported.xlsx`;
}

const YEARS_WORDS = (message: string) => ({
  zh: `数据文件的年份与工作簿不同，未作任何更改（${message}）`,
  en: `The data file is for other years than the workbook: nothing was changed (${message})`,
});
const NO_TEMPLATES_WORDS = {
  zh: "此工作簿没有 GreenAudit 模板：请先在“插入”中生成模板，或直接导入数据文件后生成",
  en: "This workbook holds no GreenAudit template: generate the templates under Insert first, or import the data file and then generate them",
};

export async function importDataIntoFile(
  source: WorkbookSource,
  data: ParkDataFile,
  read: (source: WorkbookSource) => Promise<WorkbookSnapshot>,
  download: (bytes: Uint8Array, fileName: string) => void,
): Promise<FileDataImportOutcome> {
  if (source.kind !== "file") throw new OperationError("file", ["file mode imports into a file the user opens"]);
  const [{ importIntoFile }, { planToXlsx }] = await Promise.all([
    import(/* webpackChunkName: "review" */ "../domain/schema/importIntoFile"),
    import(/* webpackChunkName: "xlsx" */ "../xlsx/writePlan"),
  ]);
  const result = importIntoFile(await read(source), data);
  if (!result.ok)
    throw result.reason === "years"
      ? new OperationError("years", [result.message], YEARS_WORDS(result.message))
      : new OperationError("no-templates", [result.message], NO_TEMPLATES_WORDS);
  let bytes: Uint8Array;
  try {
    bytes = await planToXlsx(result.plans);
  } catch (error) {
    throw new OperationError("plan", [error instanceof Error ? error.message : String(error)]);
  }
  const fileName = importedFileName(source.name);
  download(bytes, fileName);
  return {
    written: result.written,
    overwritten: result.overwritten,
    filled: result.filled,
    absent: result.absent,
    unplaced: result.unplaced,
    notCopied: result.notCopied,
    fileName,
    workbook: { name: fileName, bytes },
  };
}
