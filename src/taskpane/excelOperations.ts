/**
 * The pane's workbook operations inside Excel: each one is Excel.run around a function of the Office.js adapter
 * (src/excel) and the domain, with the adapter's errors turned into the pane's plain-words errors. The adapter,
 * the template builders and the review engine are loaded on first use, not with the pane's first render.
 */
import type { WorkbookSnapshot } from "../domain/review/snapshot";
import type { ParkDataFile } from "../domain/schema/parkData";
import { layoutOptions } from "../domain/templates/templateLocation";
import { METADATA_NAME_PREFIX, TEMPLATE_IDS, type Lang, type SheetPlan } from "../domain/templates/sheetPlan";
import type { createHighlighter } from "../excel/highlight";
import type { FoundTemplate } from "../excel/templates";
import { textOf } from "../domain/text";
import {
  OperationError,
  type DataImportOutcome,
  type EnterpriseImportOutcome,
  type EnterpriseImportRequest,
  type EnterpriseRequestForm,
  type EnterpriseRequestOutcome,
  type InsertOutcome,
  type InsertRequest,
  type PaneFinding,
  type PaneReviewReport,
  type ProgressStep,
  type WorkbookOperations,
  type WorkbookSource,
} from "./operations";

type Highlighter = ReturnType<typeof createHighlighter>;

/** Names the pane reads for the data and parameter panels. */
const READ_PREFIXES = ["GREEN_DATA_", "GREEN_PARAM_", METADATA_NAME_PREFIX, "GREEN_PARK_NAME", "GREEN_TOTAL_"];

function plainError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Excel.run whose failures become OperationError("excel") unless already the pane's own error. */
async function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Excel.run(batch);
  } catch (error) {
    throw error instanceof OperationError ? error : new OperationError("excel", [plainError(error)]);
  }
}

/** Each template's plan with its set's list capacities, so its rows stay where they are. */
async function layoutPlans(templates: readonly FoundTemplate[], mode?: "native"): Promise<(SheetPlan | undefined)[]> {
  const { findTemplate } = await import(/* webpackChunkName: "templates" */ "../domain/templates/specs");
  const metas = templates.map((t) => t.meta);
  return templates.map(({ meta }) => {
    const options = layoutOptions(
      meta,
      metas.filter((m) => m.nameSuffix === meta.nameSuffix),
    );
    return findTemplate(meta.templateId)?.build(mode ? { ...options, mode } : options);
  });
}

/** Applies plans through insertTemplates; a plan the adapter refuses becomes OperationError("plan"). */
async function applyPlans(
  plans: (existing: { names: readonly string[] }) => SheetPlan[],
  refresh: boolean,
): Promise<InsertOutcome> {
  const adapter = await import(/* webpackChunkName: "office-adapter" */ "../excel/insertTemplates");
  try {
    const report = await Excel.run((context) => adapter.insertTemplates(context, plans, { refresh }));
    return {
      sheets: report.sheets.map((s) => ({ templateId: s.templateId, sheetName: s.sheetName, refreshed: s.refreshed })),
    };
  } catch (error) {
    if (error instanceof adapter.PlanError) throw new OperationError("plan", error.problems);
    if (error instanceof adapter.RefreshError) throw new OperationError("refresh", [error.message], error.words);
    throw new OperationError("excel", [plainError(error)]);
  }
}

async function insert(request: InsertRequest, onProgress?: (step: ProgressStep) => void): Promise<InsertOutcome> {
  onProgress?.("loading");
  const [{ planTemplates }] = await Promise.all([
    import(/* webpackChunkName: "templates" */ "./planTemplates"),
    import(/* webpackChunkName: "office-adapter" */ "../excel/insertTemplates"),
  ]);
  onProgress?.("writing");
  return applyPlans((existing) => {
    onProgress?.("building");
    return planTemplates(request, existing.names);
  }, request.refresh);
}

/**
 * A park data file into every template of the workbook's first set ("" before "_2"): the inputs the file gives,
 * each in its own input cell (docs/data-file.md "Importing into a workbook"); into a workbook without templates, the
 * data sheet (and the sheets it reads) inserted filled from the file. A file whose years differ from the
 * workbook's changes nothing. Four syncs whatever the file holds.
 */
async function importData(data: ParkDataFile, lang: Lang): Promise<DataImportOutcome> {
  const [{ readWorkbookSnapshot }, { writeInputs }, { planImport }] = await Promise.all([
    import(/* webpackChunkName: "office-adapter" */ "../excel/readSnapshot"),
    import(/* webpackChunkName: "office-adapter" */ "../excel/inputWrites"),
    import(/* webpackChunkName: "review" */ "../domain/schema/importParkData"),
  ]);
  const years = data.years as [number, number, number, number];
  const snapshot = await run((context) => readWorkbookSnapshot(context));
  const plan = planImport(snapshot, data);
  if (!plan.ok && plan.reason === "years") throw new OperationError("years", [plan.message]);
  if (!plan.ok) {
    const request: InsertRequest = {
      templates: ["data"],
      lang,
      mode: "native",
      years,
      costClassThreshold: null,
      refresh: false,
      data,
    };
    return { written: 0, inserted: (await insert(request)).sheets };
  }
  const written = await run((context) => writeInputs(context, plan.writes));
  return {
    written,
    overwritten: plan.overwritten,
    filled: plan.filled.map((f) => ({ templateId: f.templateId, sheetName: f.sheet })),
    absent: plan.absent,
    unplaced: plan.unplaced,
  };
}

/** One enterprise's data request, the .xlsx `green-audit collect` writes, opened as a new workbook to save and send. */
async function createEnterpriseRequest(form: EnterpriseRequestForm): Promise<EnterpriseRequestOutcome> {
  const [{ requestWorkbook }, { openAsNewWorkbook }] = await Promise.all([
    import(/* webpackChunkName: "enterprises" */ "./enterpriseWork"),
    import(/* webpackChunkName: "office-adapter" */ "../excel/newWorkbook"),
  ]);
  const { bytes, fileName } = await requestWorkbook(form);
  try {
    await openAsNewWorkbook(bytes);
  } catch (error) {
    throw new OperationError("excel", [plainError(error)]);
  }
  return { fileName, how: "opened" };
}

/**
 * Returned enterprise workbooks merged into the open park workbook: its snapshot read (two syncs), the files
 * checked and summed as `green-audit merge` does, then the data sheet refreshed with the sums and 企业汇总 written.
 */
async function importEnterprises(request: EnterpriseImportRequest): Promise<EnterpriseImportOutcome> {
  const [{ readWorkbookSnapshot }, { readTemplates }, { writeEnterpriseSheets }, work, mergePark, specs, summary] =
    await Promise.all([
      import(/* webpackChunkName: "office-adapter" */ "../excel/readSnapshot"),
      import(/* webpackChunkName: "office-adapter" */ "../excel/templates"),
      import(/* webpackChunkName: "office-adapter" */ "../excel/enterpriseSheets"),
      import(/* webpackChunkName: "enterprises" */ "./enterpriseWork"),
      import(/* webpackChunkName: "enterprises" */ "../domain/enterprise/mergePark"),
      import(/* webpackChunkName: "templates" */ "../domain/templates/specs"),
      import(/* webpackChunkName: "enterprises" */ "../domain/enterprise/summarySheet"),
    ]);
  const park = mergePark.readParkForMerge(await run((context) => readWorkbookSnapshot(context)));
  if (!park.ok) throw new OperationError("no-templates", [park.words.en], park.words);
  const merge = await work.mergeChosen(park.park, request.files, request.list);
  if (!merge.merged) return work.importOutcome(merge, request.files.length, {});
  const { templates } = await run((context) => readTemplates(context));
  const meta = park.park.meta;
  const set = templates.filter((t) => t.meta.nameSuffix === meta.nameSuffix);
  const options = {
    ...layoutOptions(
      meta,
      set.map((t) => t.meta),
    ),
    enterpriseSums: mergePark.mergedOptions(park.park, merge.merged.file, merge.result).enterpriseSums,
  };
  const dataPlan = specs.findTemplate("data")?.build(options);
  if (!dataPlan) throw new OperationError("no-templates", ["no data template"]);
  const summaryPlan = summary.buildSummarySheet(options, merge.result.enterprises);
  const adapter = await import(/* webpackChunkName: "office-adapter" */ "../excel/insertTemplates");
  let written;
  try {
    written = await Excel.run((context) => writeEnterpriseSheets(context, dataPlan, summaryPlan));
  } catch (error) {
    if (error instanceof adapter.PlanError) throw new OperationError("plan", error.problems);
    if (error instanceof adapter.RefreshError) throw new OperationError("refresh", [error.message], error.words);
    throw new OperationError("excel", [plainError(error)]);
  }
  const evidence = await auditEvidence(set, options, mergePark.auditEvidence(merge.result, meta.lang), merge);
  return work.importOutcome(merge, request.files.length, {
    sheets: [written.summarySheet, written.dataSheet],
    ...(written.replacedSheet ? { replacedSheet: written.replacedSheet } : {}),
    ...(evidence ? { evidence } : {}),
  });
}

/** Basic requirement 4's evidence on the 基础性要求 sheet of the set, when the workbook has one. */
async function auditEvidence(
  set: readonly FoundTemplate[],
  options: ReturnType<typeof layoutOptions>,
  text: string | undefined,
  merge: { readonly result: { readonly keyEnterprises: { readonly total: number; readonly audited: number } } },
): Promise<EnterpriseImportOutcome["evidence"]> {
  const basic = set.find((t) => t.meta.templateId === "basic");
  if (!basic || text === undefined) return undefined;
  const [{ writeAuditEvidence }, { findTemplate }, { BASIC_ANSWER_TEXT }] = await Promise.all([
    import(/* webpackChunkName: "office-adapter" */ "../excel/auditEvidence"),
    import(/* webpackChunkName: "templates" */ "../domain/templates/specs"),
    import(/* webpackChunkName: "templates" */ "../domain/calc/basicRequirements"),
  ]);
  const plan = findTemplate("basic")?.build(options);
  if (!plan) return undefined;
  const { total, audited } = merge.result.keyEnterprises;
  const answer = textOf(BASIC_ANSWER_TEXT[audited === total ? "符合" : "不符合"], options.lang);
  const done = await run((context) => writeAuditEvidence(context, basic.sheet, plan, text, answer));
  return done ? { text, written: done.written } : undefined;
}

/** Every template refreshed in place in native mode, inputs kept: all sets in one insertTemplates call. */
async function refreshNative(templates: readonly FoundTemplate[]): Promise<number> {
  const plans = (await layoutPlans(templates, "native")).filter((plan): plan is SheetPlan => plan !== undefined);
  return (await applyPlans(() => plans, true)).sheets.length;
}

async function toValues(templates: readonly FoundTemplate[]): Promise<number> {
  try {
    const [plans, { convertToValues }] = await Promise.all([
      layoutPlans(templates),
      import(/* webpackChunkName: "office-adapter" */ "../excel/toValues"),
    ]);
    return await Excel.run((context) => convertToValues(context, templates, plans));
  } catch (error) {
    // ColumnsMovedError's message names the sheets and says nothing was converted
    throw new OperationError("excel", [plainError(error)]);
  }
}

export function excelOperations(): WorkbookOperations {
  // one highlighter per pane (it remembers the fills to restore), loaded on the first highlight
  // (the promise is kept, so two clicks before the chunk arrives share one highlighter)
  let highlighter: Promise<Highlighter> | undefined;
  const theHighlighter = () =>
    (highlighter ??= import(/* webpackChunkName: "office-adapter" */ "../excel/highlight").then((m) =>
      m.createHighlighter(),
    ));

  return {
    mode: "excel",

    async existingTemplates() {
      const { presentTemplateIds } = await import(/* webpackChunkName: "office-adapter" */ "../excel/templates");
      const ids = await Excel.run((context) => presentTemplateIds(context));
      return TEMPLATE_IDS.filter((id) => ids.has(id));
    },

    insertTemplates: insert,

    /** The review engine on the open workbook: the full snapshot (two syncs), then the pure review. */
    async review(_source: WorkbookSource): Promise<PaneReviewReport> {
      const [{ readWorkbookSnapshot }, { reviewWorkbook }, { paneReport, evaluationYearsOf }] = await Promise.all([
        import(/* webpackChunkName: "office-adapter" */ "../excel/readSnapshot"),
        import(/* webpackChunkName: "review" */ "../domain/review"),
        import(/* webpackChunkName: "review" */ "./model/reviewReport"),
      ]);
      const snapshot = await run((context) => readWorkbookSnapshot(context));
      return paneReport(reviewWorkbook(snapshot), evaluationYearsOf(snapshot));
    },

    /** The cells the data and parameter panels need: every GREEN_* name of a few kinds and its cell (two syncs). */
    async readWorkbook(_source: WorkbookSource): Promise<WorkbookSnapshot> {
      const { readNamedCells } = await import(/* webpackChunkName: "office-adapter" */ "../excel/namedCells");
      return Excel.run((context) => readNamedCells(context, READ_PREFIXES));
    },

    importData,

    createEnterpriseRequest,

    importEnterprises,

    async selectCell(sheet: string, cell: string) {
      const { goToCell } = await import(/* webpackChunkName: "office-adapter" */ "../excel/navigation");
      return Excel.run((context) => goToCell(context, sheet, cell));
    },

    async highlight(findings: readonly PaneFinding[]) {
      const { highlight } = await theHighlighter();
      return Excel.run((context) => highlight(context, findings));
    },

    async clearHighlights() {
      const { clear } = await theHighlighter();
      return Excel.run((context) => clear(context));
    },

    async prepareForSubmission(kind: "native" | "values"): Promise<number> {
      const { readTemplates } = await import(/* webpackChunkName: "office-adapter" */ "../excel/templates");
      const { templates } = await run((context) => readTemplates(context));
      if (templates.length === 0) throw new OperationError("no-templates", []);
      return kind === "native" ? refreshNative(templates) : toValues(templates);
    },
  };
}
