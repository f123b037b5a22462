/**
 * The pane's workbook operations inside Excel: Excel.run around the Office.js adapter (src/excel) and the
 * domain. Every operation makes a small, fixed number of context.sync() calls (never one per cell). The
 * template builders and the adapter are loaded on first use, not with the pane's first render.
 */
import type { WorkbookSnapshot, SheetSnapshot, SnapshotCell, NameSnapshot } from "../domain/review/snapshot";
import type { ParkDataFile } from "../domain/schema/parkData";
import { METADATA_NAME_PREFIX, TEMPLATE_IDS, type CellValue, type FormulaMode, type Lang, type SheetPlan, type TemplateId } from "../domain/templates/sheetPlan";
import {
  OperationError,
  type DataImportOutcome,
  type InsertOutcome,
  type InsertRequest,
  type PaneFinding,
  type PaneReviewReport,
  type ProgressStep,
  type Severity,
  type WorkbookOperations,
  type WorkbookSource,
} from "./operations";

/** Fills of highlighted cells by severity (light enough to keep the text readable). */
const HIGHLIGHT_FILL: Record<Severity, string> = { error: "#F4B6B6", warning: "#FCE4A8", info: "#CFE3F7" };
/** The protection insertTemplates applies (no password: SPEC §2); restored after highlighting. */
const PROTECTION: Excel.WorksheetProtectionOptions = { allowFormatColumns: true, allowFormatRows: true, allowAutoFilter: true, allowSort: false };
/** Highlighting more cells than this would make one request too large; the first ones are shown. */
const HIGHLIGHT_LIMIT = 500;

/** Names the pane reads for the data and parameter panels. */
const READ_PREFIXES = ["GREEN_DATA_", "GREEN_PARAM_", METADATA_NAME_PREFIX, "GREEN_PARK_NAME", "GREEN_TOTAL_"];

/** GREEN_META_<id><suffix> → { id, suffix } */
export function templateOfMetadataName(name: string): { id: TemplateId; suffix: string } | undefined {
  if (!name.toUpperCase().startsWith(METADATA_NAME_PREFIX)) return undefined;
  const rest = name.slice(METADATA_NAME_PREFIX.length);
  // longest id first: "plan" must not swallow a longer id that starts with it
  const id = [...TEMPLATE_IDS].sort((a, b) => b.length - a.length).find((t) => rest.toLowerCase().startsWith(t.toLowerCase()));
  return id ? { id, suffix: rest.slice(id.length) } : undefined;
}

/** 'Sheet name'!$B$7 (a name's formula or a range's address) → { sheet, range } without "$". */
export function splitReference(reference: string): { sheet: string; range: string } | undefined {
  const match = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(reference.trim());
  if (!match) return undefined;
  return { sheet: (match[1] ?? match[2]).replace(/''/g, "'"), range: match[3].replace(/\$/g, "") };
}

function plainError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

interface TemplateMetadata {
  readonly templateId: TemplateId;
  readonly lang: Lang;
  readonly mode: FormulaMode;
  readonly years: readonly [number, number, number, number];
  readonly nameSuffix: string;
}

function parseMetadata(value: unknown): TemplateMetadata | undefined {
  if (typeof value !== "string") return undefined;
  try {
    const json = JSON.parse(value) as Partial<TemplateMetadata> & { product?: string };
    if (json.product !== "GreenAudit" || !json.templateId || !Array.isArray(json.years) || json.years.length !== 4) return undefined;
    return { templateId: json.templateId, lang: json.lang === "en-US" ? "en-US" : "zh-CN", mode: json.mode === "custom" ? "custom" : "native", years: json.years as TemplateMetadata["years"], nameSuffix: json.nameSuffix ?? "" };
  } catch {
    return undefined;
  }
}

/** Every template sheet of the workbook with its metadata: one sync for names, one for the metadata cells. */
async function readTemplates(context: Excel.RequestContext): Promise<{ sheet: string; meta: TemplateMetadata }[]> {
  const names = context.workbook.names;
  names.load("items/name,items/formula");
  await context.sync();
  const metaNames = names.items.filter((n) => templateOfMetadataName(n.name));
  const ranges = metaNames.map((n) => ({ name: n, range: n.getRange().load("values") }));
  if (ranges.length > 0) await context.sync();
  const found: { sheet: string; meta: TemplateMetadata }[] = [];
  for (const { name, range } of ranges) {
    const meta = parseMetadata(range.values[0]?.[0]);
    const sheet = splitReference(name.formula)?.sheet;
    if (meta && sheet) found.push({ sheet, meta });
  }
  return found;
}

export function excelOperations(): WorkbookOperations {
  /** cells highlighted by this pane: "sheet\u0000cell" → the fill to restore (null: no fill) */
  const highlighted = new Map<string, { sheet: string; cell: string; fill: string | null }>();

  const insert = async (request: InsertRequest, onProgress?: (step: ProgressStep) => void): Promise<InsertOutcome> => {
    onProgress?.("loading");
    const [{ planTemplates }, adapter] = await Promise.all([
      import(/* webpackChunkName: "templates" */ "./planTemplates"),
      import(/* webpackChunkName: "office-adapter" */ "../excel/insertTemplates"),
    ]);
    onProgress?.("writing");
    try {
      const report = await Excel.run((context) =>
        adapter.insertTemplates(
          context,
          (existing) => {
            onProgress?.("building");
            return planTemplates(request, existing.names);
          },
          { refresh: request.refresh },
        ),
      );
      return { sheets: report.sheets.map((s) => ({ templateId: s.templateId, sheetName: s.sheetName, refreshed: s.refreshed })) };
    } catch (error) {
      if (error instanceof adapter.PlanError) throw new OperationError("plan", error.problems);
      throw new OperationError("excel", [plainError(error)]);
    }
  };

  return {
    mode: "excel",

    existingTemplates: () =>
      Excel.run(async (context) => {
        const names = context.workbook.names;
        names.load("items/name");
        await context.sync();
        const ids = new Set<TemplateId>();
        for (const item of names.items) {
          const template = templateOfMetadataName(item.name);
          if (template) ids.add(template.id);
        }
        return TEMPLATE_IDS.filter((id) => ids.has(id));
      }),

    insertTemplates: insert,

    /** The review engine on the open workbook: the full snapshot (two syncs), then the pure review. */
    async review(_source: WorkbookSource): Promise<PaneReviewReport> {
      const [{ readWorkbookSnapshot }, { reviewWorkbook }, { paneReport, evaluationYearsOf }] = await Promise.all([
        import(/* webpackChunkName: "office-adapter" */ "../excel/readSnapshot"),
        import(/* webpackChunkName: "review" */ "../domain/review"),
        import(/* webpackChunkName: "review" */ "./model/reviewReport"),
      ]);
      let snapshot: WorkbookSnapshot;
      try {
        snapshot = await Excel.run((context) => readWorkbookSnapshot(context));
      } catch (error) {
        throw new OperationError("excel", [plainError(error)]);
      }
      return paneReport(reviewWorkbook(snapshot), evaluationYearsOf(snapshot));
    },

    /**
     * The cells the data and parameter panels need: every GREEN_* name and the cell it points to (two syncs).
     * The review uses the full snapshot reader of src/excel when it is there.
     */
    readWorkbook: (_source: WorkbookSource) =>
      Excel.run(async (context): Promise<WorkbookSnapshot> => {
        const names = context.workbook.names;
        names.load("items/name,items/formula,items/type");
        await context.sync();
        const wanted = names.items.filter((n) => n.type === Excel.NamedItemType.range && READ_PREFIXES.some((p) => n.name.toUpperCase().startsWith(p)));
        const ranges = wanted.map((n) => ({ item: n, range: n.getRange().load("values,formulas") }));
        if (ranges.length > 0) await context.sync();
        const sheets = new Map<string, Map<string, SnapshotCell>>();
        const nameList: NameSnapshot[] = [];
        for (const { item, range } of ranges) {
          const ref = splitReference(item.formula);
          if (!ref || ref.range.includes(":")) continue;
          nameList.push({ name: item.name, sheet: ref.sheet, range: ref.range });
          const value = range.values[0]?.[0] as CellValue;
          const formula = range.formulas[0]?.[0];
          const cell: SnapshotCell = typeof formula === "string" && formula.startsWith("=") ? { value, formula: formula.slice(1) } : { value };
          if (!sheets.has(ref.sheet)) sheets.set(ref.sheet, new Map());
          sheets.get(ref.sheet)?.set(ref.range, cell);
        }
        const sheetList: SheetSnapshot[] = [...sheets].map(([name, cells]) => ({ name, cells }));
        return { sheets: sheetList, names: nameList };
      }),

    async importData(data: ParkDataFile, lang: Lang): Promise<DataImportOutcome> {
      const [{ dataTemplate }, { templateOptions }] = await Promise.all([
        import(/* webpackChunkName: "templates" */ "../domain/templates/specs/data"),
        import(/* webpackChunkName: "templates" */ "./planTemplates"),
      ]);
      const years = data.years as [number, number, number, number];
      const existing = await Excel.run(async (context) => (await readTemplates(context)).find((t) => t.meta.templateId === "data"));
      if (!existing) {
        // no data sheet yet: insert it (and the parameter sheet it reads) filled from the file
        const outcome = await insert({ templates: ["data"], lang, mode: "native", years, costClassThreshold: null, refresh: false, data });
        return { written: 0, inserted: outcome.sheets };
      }
      const { sheet, meta } = existing;
      if (meta.years.join(",") !== years.join(",")) {
        throw new OperationError("years", [`data file years ${years.join(", ")} ≠ data sheet years ${meta.years.join(", ")}`]);
      }
      // The data sheet's plan filled from the file gives every input value already in the sheet's units.
      const plan: SheetPlan = dataTemplate.build(templateOptions({ templates: ["data"], lang: meta.lang, mode: meta.mode, years, costClassThreshold: null, refresh: false, data }, meta.nameSuffix));
      const suffix = meta.nameSuffix;
      try {
        return await Excel.run(async (context) => {
          const worksheet = context.workbook.worksheets.getItem(sheet);
          const labels = worksheet.getUsedRange().load("values,rowIndex,columnIndex");
          const yearCells = [0, 1, 2, 3].map((k) => context.workbook.names.getItem(`GREEN_DATA_va_Y${k}${suffix}`).getRange().load("columnIndex"));
          await context.sync();
          const firstRowOf = new Map<string, number>();
          labels.values.forEach((row, r) => {
            const label = labels.columnIndex === 0 ? row[0] : undefined; // column A holds the row ids
            if (typeof label === "string" && !firstRowOf.has(label)) firstRowOf.set(label, labels.rowIndex + r);
          });
          let written = 0;
          for (const cell of plan.cells) {
            if (cell.role !== "input" || cell.value === null || cell.value === undefined || !cell.key) continue;
            const [kind, id, year] = cell.key.split(":");
            if (kind === "data") {
              context.workbook.names.getItem(`GREEN_DATA_${id}_Y${year}${suffix}`).getRange().values = [[cell.value]];
              written += 1;
            } else if (kind === "energy") {
              const row = firstRowOf.get(id);
              if (row === undefined) continue;
              worksheet.getRangeByIndexes(row, yearCells[Number(year)].columnIndex, 1, 1).values = [[cell.value]];
              written += 1;
            } else if (kind === "park") {
              context.workbook.names.getItem(`GREEN_PARK_NAME${suffix}`).getRange().values = [[cell.value]];
              written += 1;
            }
          }
          await context.sync();
          return { written, sheetName: sheet };
        });
      } catch (error) {
        throw new OperationError("excel", [plainError(error)]);
      }
    },

    selectCell: (sheet: string, cell: string) =>
      Excel.run(async (context) => {
        const worksheet = context.workbook.worksheets.getItem(sheet);
        worksheet.activate();
        worksheet.getRange(cell).select();
        await context.sync();
      }),

    highlight: (findings: readonly PaneFinding[]) =>
      Excel.run(async (context) => {
        const worksheets = context.workbook.worksheets;
        worksheets.load("items/name");
        await context.sync();
        const present = new Set(worksheets.items.map((w) => w.name));
        const targets = new Map<string, { sheet: string; cell: string; severity: Severity }>();
        const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
        for (const f of findings) {
          if (!present.has(f.sheet) || !f.cell) continue;
          const key = `${f.sheet}\u0000${f.cell}`;
          const current = targets.get(key);
          if (!current || rank[f.severity] < rank[current.severity]) targets.set(key, { sheet: f.sheet, cell: f.cell, severity: f.severity });
        }
        const list = [...targets].slice(0, HIGHLIGHT_LIMIT);
        const fills = list.map(([, t]) => worksheets.getItem(t.sheet).getRange(t.cell).format.fill.load("color,pattern"));
        const sheetNames = [...new Set(list.map(([, t]) => t.sheet))];
        const protections = sheetNames.map((name) => worksheets.getItem(name).protection.load("protected"));
        await context.sync();
        sheetNames.forEach((name, i) => protections[i].protected && worksheets.getItem(name).protection.unprotect());
        list.forEach(([key, t], i) => {
          if (!highlighted.has(key)) highlighted.set(key, { sheet: t.sheet, cell: t.cell, fill: fills[i].pattern === Excel.FillPattern.none ? null : fills[i].color });
          worksheets.getItem(t.sheet).getRange(t.cell).format.fill.color = HIGHLIGHT_FILL[t.severity];
        });
        sheetNames.forEach((name, i) => protections[i].protected && worksheets.getItem(name).protection.protect(PROTECTION));
        await context.sync();
        return list.length;
      }),

    clearHighlights: () =>
      Excel.run(async (context) => {
        const worksheets = context.workbook.worksheets;
        worksheets.load("items/name");
        await context.sync();
        const present = new Set(worksheets.items.map((w) => w.name));
        const cells = [...highlighted.values()].filter((c) => present.has(c.sheet));
        const sheetNames = [...new Set(cells.map((c) => c.sheet))];
        const protections = sheetNames.map((name) => worksheets.getItem(name).protection.load("protected"));
        await context.sync();
        sheetNames.forEach((name, i) => protections[i].protected && worksheets.getItem(name).protection.unprotect());
        for (const c of cells) {
          const fill = worksheets.getItem(c.sheet).getRange(c.cell).format.fill;
          if (c.fill === null) fill.clear();
          else fill.color = c.fill;
        }
        sheetNames.forEach((name, i) => protections[i].protected && worksheets.getItem(name).protection.protect(PROTECTION));
        await context.sync();
        highlighted.clear();
      }),

    async prepareForSubmission(kind: "native" | "values"): Promise<number> {
      const templates = await Excel.run((context) => readTemplates(context));
      if (templates.length === 0) throw new OperationError("no-templates", []);
      if (kind === "native") return refreshNative(templates);
      return toValues(templates.map((t) => t.sheet));
    },
  };
}

/** Refresh in place in native mode, one template set (name suffix) at a time; inputs are kept. */
async function refreshNative(templates: readonly { sheet: string; meta: TemplateMetadata }[]): Promise<number> {
  const [{ TEMPLATES }, adapter] = await Promise.all([
    import(/* webpackChunkName: "templates" */ "../domain/templates/specs"),
    import(/* webpackChunkName: "office-adapter" */ "../excel/insertTemplates"),
  ]);
  const sets = new Map<string, TemplateMetadata[]>();
  for (const { meta } of templates) sets.set(meta.nameSuffix, [...(sets.get(meta.nameSuffix) ?? []), meta]);
  let count = 0;
  for (const metas of sets.values()) {
    const plans = metas.flatMap((meta) => {
      const spec = TEMPLATES.find((t) => t.id === meta.templateId);
      return spec ? [spec.build({ lang: meta.lang, mode: "native", years: meta.years as [number, number, number, number], nameSuffix: meta.nameSuffix })] : [];
    });
    try {
      const report = await Excel.run((context) => adapter.insertTemplates(context, () => plans, { refresh: true }));
      count += report.sheets.length;
    } catch (error) {
      if (error instanceof adapter.PlanError) throw new OperationError("plan", error.problems);
      throw new OperationError("excel", [plainError(error)]);
    }
  }
  return count;
}

/** Formulas → their current values on the template sheets: one sync to read, one to write. */
function toValues(sheets: readonly string[]): Promise<number> {
  return Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    const used = sheets.map((name) => worksheets.getItem(name).getUsedRange().load("formulas,values,rowIndex,columnIndex"));
    const protections = sheets.map((name) => worksheets.getItem(name).protection.load("protected"));
    await context.sync();
    sheets.forEach((name, i) => {
      const worksheet = worksheets.getItem(name);
      if (protections[i].protected) worksheet.protection.unprotect();
      const { formulas, values, rowIndex, columnIndex } = used[i];
      formulas.forEach((row, r) => {
        // contiguous runs of formula cells in a row become one write
        let start = -1;
        for (let c = 0; c <= row.length; c++) {
          const isFormula = c < row.length && typeof row[c] === "string" && String(row[c]).startsWith("=");
          if (isFormula && start < 0) start = c;
          if (!isFormula && start >= 0) {
            worksheet.getRangeByIndexes(rowIndex + r, columnIndex + start, 1, c - start).values = [values[r].slice(start, c)];
            start = -1;
          }
        }
      });
      if (protections[i].protected) worksheet.protection.protect(PROTECTION);
    });
    await context.sync();
    return sheets.length;
  });
}
