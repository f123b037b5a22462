/**
 * The pane's workbook operations inside Excel: each one a call into the Office.js adapter (src/excel), whose refusals
 * become the pane's plain-words errors. The adapter, the template builders and the review engine are loaded on
 * first use, not with the pane's first render.
 */
import type { ParkDataFile } from "../domain/schema/parkData";
import { METADATA_NAME_PREFIX, TEMPLATE_IDS, type Lang } from "../domain/templates/sheetPlan";
import { NoTemplatesError, PlanError, RefreshError, YearsError } from "../excel/errors";
import type { createHighlighter } from "../excel/highlight";
import {
  OperationError,
  type EnterpriseImportRequest,
  type EnterpriseRequestForm,
  type InsertOutcome,
  type InsertRequest,
  type PaneFinding,
  type ProgressStep,
  type WorkbookOperations,
} from "./operations";

/** Names the pane reads for the data and parameter panels. */
const READ_PREFIXES = ["GREEN_DATA_", "GREEN_PARAM_", METADATA_NAME_PREFIX, "GREEN_PARK_NAME", "GREEN_TOTAL_"];

/** The adapter's refusals in the pane's terms; anything else is Excel's own failure. */
function paneError(error: unknown): OperationError {
  if (error instanceof OperationError) return error;
  if (error instanceof PlanError) return new OperationError("plan", error.problems);
  if (error instanceof RefreshError) return new OperationError("refresh", [error.message], error.words);
  if (error instanceof YearsError) return new OperationError("years", [error.message]);
  if (error instanceof NoTemplatesError)
    return new OperationError("no-templates", error.words ? [error.words.en] : [], error.words);
  return new OperationError("excel", [error instanceof Error ? error.message : String(error)]);
}

async function fromExcel<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw paneError(error);
  }
}

/** One batch of the adapter's requests. */
const inExcel = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => fromExcel(() => Excel.run(batch));

async function insert(request: InsertRequest, onProgress?: (step: ProgressStep) => void): Promise<InsertOutcome> {
  onProgress?.("loading");
  const [{ planTemplates }, { insertPlans }] = await Promise.all([
    import(/* webpackChunkName: "templates" */ "./planTemplates"),
    import(/* webpackChunkName: "office-adapter" */ "../excel/operations/insert"),
  ]);
  onProgress?.("writing");
  const build = (names: readonly string[]) => {
    onProgress?.("building");
    return planTemplates(request, names);
  };
  return { sheets: await fromExcel(() => insertPlans(build, request.refresh)) };
}

/** A park data file into the workbook's templates; a workbook without templates gets the data sheet, filled. */
async function importData(data: ParkDataFile, lang: Lang) {
  const [{ planTemplates }, { importParkData }] = await Promise.all([
    import(/* webpackChunkName: "templates" */ "./planTemplates"),
    import(/* webpackChunkName: "office-adapter" */ "../excel/operations/importData"),
  ]);
  const request: InsertRequest = {
    templates: ["data"],
    lang,
    mode: "native",
    years: data.years as [number, number, number, number],
    costClassThreshold: null,
    refresh: false,
    data,
  };
  return fromExcel(() => importParkData(data, (names) => planTemplates(request, names)));
}

/** One enterprise's data request, the .xlsx `green-audit collect` writes, opened as a new workbook to save and send. */
async function createEnterpriseRequest(form: EnterpriseRequestForm) {
  const [{ requestWorkbook }, { openAsNewWorkbook }] = await Promise.all([
    import(/* webpackChunkName: "enterprises" */ "./enterpriseWork"),
    import(/* webpackChunkName: "office-adapter" */ "../excel/newWorkbook"),
  ]);
  const { bytes, fileName } = await requestWorkbook(form);
  await fromExcel(() => openAsNewWorkbook(bytes));
  return { fileName, how: "opened" as const };
}

/** Returned enterprise workbooks, checked and summed as `green-audit merge` does, into the open park workbook. */
async function importEnterprises(request: EnterpriseImportRequest) {
  const [{ mergeIntoOpenWorkbook }, work] = await Promise.all([
    import(/* webpackChunkName: "office-adapter" */ "../excel/operations/mergeEnterprises"),
    import(/* webpackChunkName: "enterprises" */ "./enterpriseWork"),
  ]);
  const merged = (park: Parameters<typeof work.mergeChosen>[0]) => work.mergeChosen(park, request.files, request.list);
  const { merge, written } = await fromExcel(() => mergeIntoOpenWorkbook(merged));
  return work.importOutcome(merge, request.files.length, written ?? {});
}

export function excelOperations(): WorkbookOperations {
  // one highlighter per pane (it remembers the fills to restore), loaded on the first highlight
  // (the promise is kept, so two clicks before the chunk arrives share one highlighter)
  let highlighter: Promise<ReturnType<typeof createHighlighter>> | undefined;
  const theHighlighter = () =>
    (highlighter ??= import(/* webpackChunkName: "office-adapter" */ "../excel/highlight").then((m) =>
      m.createHighlighter(),
    ));

  return {
    mode: "excel",

    async existingTemplates() {
      const { presentTemplateIds } = await import(/* webpackChunkName: "office-adapter" */ "../excel/templates");
      const ids = await inExcel(presentTemplateIds);
      return TEMPLATE_IDS.filter((id) => ids.has(id));
    },

    insertTemplates: insert,

    /** The review engine on the open workbook: the full snapshot (two syncs), then the pure review. */
    async review() {
      const [{ readWorkbookSnapshot }, { reviewWorkbook }, { paneReport, evaluationYearsOf }] = await Promise.all([
        import(/* webpackChunkName: "office-adapter" */ "../excel/readSnapshot"),
        import(/* webpackChunkName: "review" */ "../domain/review"),
        import(/* webpackChunkName: "review" */ "./model/reviewReport"),
      ]);
      const snapshot = await inExcel(readWorkbookSnapshot);
      return paneReport(reviewWorkbook(snapshot), evaluationYearsOf(snapshot));
    },

    /** The cells the data and parameter panels need: every GREEN_* name of a few kinds and its cell (two syncs). */
    async readWorkbook() {
      const { readNamedCells } = await import(/* webpackChunkName: "office-adapter" */ "../excel/namedCells");
      return inExcel((context) => readNamedCells(context, READ_PREFIXES));
    },

    importData,

    createEnterpriseRequest,

    importEnterprises,

    async selectCell(sheet: string, cell: string) {
      const { goToCell } = await import(/* webpackChunkName: "office-adapter" */ "../excel/navigation");
      return inExcel((context) => goToCell(context, sheet, cell));
    },

    async highlight(findings: readonly PaneFinding[]) {
      const { highlight } = await theHighlighter();
      return inExcel((context) => highlight(context, findings));
    },

    async clearHighlights() {
      const { clear } = await theHighlighter();
      return inExcel(clear);
    },

    async prepareForSubmission(kind: "native" | "values") {
      const { prepareForSubmission } = await import(
        /* webpackChunkName: "office-adapter" */ "../excel/operations/prepareForSubmission"
      );
      return fromExcel(() => prepareForSubmission(kind));
    },
  };
}
