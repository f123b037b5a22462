/**
 * The pane's workbook operations inside Excel: Excel.run around the Office.js adapter (src/excel) and the
 * domain. Every operation makes a small, fixed number of context.sync() calls (never one per cell). The
 * template builders and the adapter are loaded on first use, not with the pane's first render.
 */
import type { WorkbookSnapshot, SheetSnapshot, SnapshotCell, NameSnapshot } from "../domain/review/snapshot";
import type { ParkDataFile } from "../domain/schema/parkData";
import { parseTemplateMetadata, type TemplateMetadata } from "../domain/schema/templateMetadata";
import { cellAddress, parseRange, parseSheetReference } from "../domain/templates/a1";
import { ROW_KEY_PREFIX } from "../domain/templates/builder";
import type { TemplateOptions } from "../domain/templates/context";
import {
  METADATA_NAME_PREFIX,
  TEMPLATE_IDS,
  type CellValue,
  type Lang,
  type PlannedCell,
  type SheetPlan,
  type TemplateId,
} from "../domain/templates/sheetPlan";
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
/** Highlighting more cells than this would make one request too large; the first ones are shown. */
const HIGHLIGHT_LIMIT = 500;

/** Names the pane reads for the data and parameter panels. */
const READ_PREFIXES = ["GREEN_DATA_", "GREEN_PARAM_", METADATA_NAME_PREFIX, "GREEN_PARK_NAME", "GREEN_TOTAL_"];

/** GREEN_META_<id><suffix> → { id, suffix } */
export function templateOfMetadataName(name: string): { id: TemplateId; suffix: string } | undefined {
  if (!name.toUpperCase().startsWith(METADATA_NAME_PREFIX)) return undefined;
  const rest = name.slice(METADATA_NAME_PREFIX.length);
  // longest id first: "plan" must not swallow a longer id that starts with it
  const id = [...TEMPLATE_IDS]
    .sort((a, b) => b.length - a.length)
    .find((t) => rest.toLowerCase().startsWith(t.toLowerCase()));
  return id ? { id, suffix: rest.slice(id.length) } : undefined;
}

/** 'Sheet name'!$B$7 (a name's formula or a range's address) → { sheet, range } without "$". */
export const splitReference = parseSheetReference;

function plainError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A template sheet of the workbook: its metadata record and the cell that holds it (the GREEN_META_* name). */
interface FoundTemplate {
  readonly sheet: string;
  readonly meta: TemplateMetadata;
  /** 0-based position of the metadata cell: plan row 0 and the hidden column of the row keys */
  readonly metaRow: number;
  readonly metaCol: number;
}

interface WorkbookTemplates {
  readonly templates: FoundTemplate[];
  /** where every name that refers to a range points, by upper-case name */
  readonly names: ReadonlyMap<string, { sheet: string; range: string }>;
}

/**
 * Every template sheet of the workbook with its metadata: one sync for names, one for the metadata cells.
 * A name whose sheet was deleted (=#REF!, type Error) has no range to read and is skipped; a damaged record
 * too (the review reports both).
 */
async function readTemplates(context: Excel.RequestContext): Promise<WorkbookTemplates> {
  const names = context.workbook.names;
  names.load("items/name,items/formula,items/type");
  await context.sync();
  const rangeNames = names.items.filter((n) => n.type === Excel.NamedItemType.range);
  const ranges = rangeNames
    .filter((n) => templateOfMetadataName(n.name))
    .map((n) => ({ name: n, range: n.getRange().load("values") }));
  if (ranges.length > 0) await context.sync();
  const templates: FoundTemplate[] = [];
  for (const { name, range } of ranges) {
    const parsed = parseTemplateMetadata(range.values[0]?.[0]);
    const ref = splitReference(name.formula);
    const at = ref ? parseRange(ref.range) : undefined;
    if (parsed.ok && ref && at)
      templates.push({ sheet: ref.sheet, meta: parsed.metadata, metaRow: at.top, metaCol: at.left });
  }
  const targets = new Map<string, { sheet: string; range: string }>();
  for (const n of rangeNames) {
    const ref = splitReference(n.formula);
    if (ref) targets.set(n.name.toUpperCase(), ref);
  }
  return { templates, names: targets };
}

/** Protection as it was read (protected, options), lifted around `write` and put back with the same options. */
function withoutProtection(worksheet: Excel.Worksheet, protection: Excel.WorksheetProtection, write: () => void): void {
  // no password: the templates' protection has none (docs/templates.md); a sheet the user protected with one fails here, before any write to it
  if (protection.protected) worksheet.protection.unprotect();
  write();
  if (protection.protected) worksheet.protection.protect(protection.options);
}

/** A cell's fill as read before highlighting; null: no fill. */
interface SavedFill {
  readonly color: string;
  readonly pattern: string;
  readonly patternColor: string;
}

function savedFill(fill: Excel.RangeFill): SavedFill | null {
  return fill.pattern === Excel.FillPattern.none
    ? null
    : { color: fill.color, pattern: fill.pattern, patternColor: fill.patternColor };
}

function restoreFill(range: Excel.Range, saved: SavedFill | null): void {
  if (saved === null) return range.format.fill.clear();
  range.format.fill.color = saved.color;
  if (saved.pattern !== Excel.FillPattern.solid) {
    range.format.fill.pattern = saved.pattern as Excel.FillPattern;
    range.format.fill.patternColor = saved.patternColor;
  }
}

/** Text as Excel stores it when written through `values`: an apostrophe keeps "3-1", "=x" or "007" text. */
function textConstant(value: CellValue): string | number | boolean {
  return typeof value === "string" && value !== "" ? `'${value}` : (value ?? "");
}

const EXCEL_ERROR = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|GETTING_DATA)$/;

/** A displayed value written back as a constant that shows the same: text stays text, an error stays an error. */
function displayedConstant(value: unknown): string | number | boolean {
  if (typeof value === "number" || typeof value === "boolean") return value;
  const text = value === null || value === undefined ? "" : String(value);
  return EXCEL_ERROR.test(text) ? text : textConstant(text);
}

/** Options that give a template its workbook layout: the list capacities of its set (review's skeletons do the same). */
function layoutOptions(meta: TemplateMetadata, set: readonly TemplateMetadata[]): TemplateOptions {
  const rows: NonNullable<TemplateOptions["rows"]> = {};
  for (const id of ["options", "targets"] as const) {
    const capacity = set.find((m) => m.templateId === id)?.capacity;
    if (capacity) rows[id] = Array.from({ length: capacity }, () => ({}));
  }
  return { lang: meta.lang, mode: meta.mode, years: meta.years, nameSuffix: meta.nameSuffix, rows };
}

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

/** plan row → sheet row, from the row keys "#<row>" in the metadata column (rows may have been inserted or deleted). */
function rowMap(
  template: FoundTemplate,
  used: { formulas: unknown[][]; rowIndex: number; columnIndex: number },
): Map<number, number> {
  const rows = new Map<number, number>([[0, template.metaRow]]);
  const col = template.metaCol - used.columnIndex;
  used.formulas.forEach((row, r) => {
    const key = row[col];
    if (typeof key === "string" && key.startsWith(ROW_KEY_PREFIX) && /^\d+$/.test(key.slice(ROW_KEY_PREFIX.length))) {
      const planRow = Number(key.slice(ROW_KEY_PREFIX.length));
      if (!rows.has(planRow)) rows.set(planRow, used.rowIndex + r);
    }
  });
  return rows;
}

export function excelOperations(): WorkbookOperations {
  /** cells highlighted by this pane: "sheet\u0000cell" → the fill to restore (null: no fill) */
  const highlighted = new Map<string, { sheet: string; cell: string; fill: SavedFill | null }>();

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
      return {
        sheets: report.sheets.map((s) => ({
          templateId: s.templateId,
          sheetName: s.sheetName,
          refreshed: s.refreshed,
        })),
      };
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
        const wanted = names.items.filter(
          (n) => n.type === Excel.NamedItemType.range && READ_PREFIXES.some((p) => n.name.toUpperCase().startsWith(p)),
        );
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
          const cell: SnapshotCell =
            typeof formula === "string" && formula.startsWith("=") ? { value, formula: formula.slice(1) } : { value };
          if (!sheets.has(ref.sheet)) sheets.set(ref.sheet, new Map());
          sheets.get(ref.sheet)?.set(ref.range, cell);
        }
        const sheetList: SheetSnapshot[] = [...sheets].map(([name, cells]) => ({ name, cells }));
        return { sheets: sheetList, names: nameList };
      }),

    /**
     * A park data file into the workbook's data sheet: every value the file gives lands in its input cell —
     * statistics and the park name through their defined names, energy rows (converted to the row's unit by
     * the data template) in the row of their carrier — and nothing else is written. A file whose years
     * differ from the sheet's changes nothing. Four syncs whatever the file holds.
     */
    async importData(data: ParkDataFile, lang: Lang): Promise<DataImportOutcome> {
      const [{ dataTemplate }, { templateOptions }] = await Promise.all([
        import(/* webpackChunkName: "templates" */ "../domain/templates/specs/data"),
        import(/* webpackChunkName: "templates" */ "./planTemplates"),
      ]);
      const years = data.years as [number, number, number, number];
      let workbook: WorkbookTemplates;
      try {
        workbook = await Excel.run((context) => readTemplates(context));
      } catch (error) {
        throw new OperationError("excel", [plainError(error)]);
      }
      // the first copy of the data sheet ("" before "_2")
      const existing = workbook.templates
        .filter((t) => t.meta.templateId === "data")
        .sort(
          (a, b) =>
            a.meta.nameSuffix.length - b.meta.nameSuffix.length || a.meta.nameSuffix.localeCompare(b.meta.nameSuffix),
        )[0];
      if (!existing) {
        // no data sheet yet: insert it (and the parameter sheet it reads) filled from the file
        const outcome = await insert({
          templates: ["data"],
          lang,
          mode: "native",
          years,
          costClassThreshold: null,
          refresh: false,
          data,
        });
        return { written: 0, inserted: outcome.sheets };
      }
      const { sheet, meta } = existing;
      if (meta.years.join(",") !== years.join(",")) {
        throw new OperationError("years", [
          `data file years ${years.join(", ")} ≠ data sheet years ${meta.years.join(", ")}`,
        ]);
      }
      // The data sheet's plan filled from the file gives every input value already in the sheet's units.
      const plan: SheetPlan = dataTemplate.build(
        templateOptions(
          {
            templates: ["data"],
            lang: meta.lang,
            mode: meta.mode,
            years,
            costClassThreshold: null,
            refresh: false,
            data,
          },
          meta.nameSuffix,
        ),
      );
      // Where each named input is now (rows may have been inserted): its name's reference, on the data sheet only.
      const nameAt = new Map(plan.names.map((n) => [n.range, n.name]));
      const placeOf = (cell: PlannedCell | undefined) => {
        const name = cell ? nameAt.get(cellAddress(cell.row, cell.col)) : undefined;
        const target = name ? workbook.names.get(name.toUpperCase()) : undefined;
        const at = target && target.sheet.toLowerCase() === sheet.toLowerCase() ? parseRange(target.range) : undefined;
        return at && at.top === at.bottom && at.left === at.right ? { row: at.top, col: at.left } : undefined;
      };
      // the energy rows have no names: their year columns are those of the named statistics
      const yearColumns = [0, 1, 2, 3].map((k) => placeOf(plan.cells.find((c) => c.key === `data:va:${k}`))?.col);
      // a null in the file is "not known": the cell keeps what the sheet holds
      const inputs = plan.cells.filter((c) => c.role === "input" && c.value !== null && c.value !== undefined);
      try {
        return await Excel.run(async (context) => {
          const worksheet = context.workbook.worksheets.getItem(sheet);
          const labels = worksheet.getUsedRange().load("values,rowIndex,columnIndex");
          const protection = worksheet.protection.load("protected,options");
          await context.sync();
          const firstRowOf = new Map<string, number>();
          labels.values.forEach((row, r) => {
            const label = labels.columnIndex === 0 ? row[0] : undefined; // column A holds the row ids
            if (typeof label === "string" && !firstRowOf.has(label)) firstRowOf.set(label, labels.rowIndex + r);
          });
          const writes: { row: number; col: number; value: CellValue }[] = [];
          for (const cell of inputs) {
            const [kind, id, year] = (cell.key ?? "").split(":");
            const named = placeOf(cell);
            const row = kind === "energy" ? firstRowOf.get(id) : undefined;
            const col = kind === "energy" ? yearColumns[Number(year)] : undefined;
            const at = named ?? (row !== undefined && col !== undefined ? { row, col } : undefined);
            if (at) writes.push({ ...at, value: cell.value ?? null });
          }
          withoutProtection(worksheet, protection, () => {
            for (const w of writes) worksheet.getRangeByIndexes(w.row, w.col, 1, 1).values = [[textConstant(w.value)]];
          });
          await context.sync();
          return { written: writes.length, sheetName: sheet };
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

    /**
     * Fills the cells of the findings by severity (the most severe finding of a cell wins), keeping each
     * cell's fill from before the first highlight for clearHighlights. Three syncs whatever the number of cells.
     */
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
          if (!current || rank[f.severity] < rank[current.severity])
            targets.set(key, { sheet: f.sheet, cell: f.cell, severity: f.severity });
        }
        const list = [...targets].slice(0, HIGHLIGHT_LIMIT);
        const fills = list.map(([, t]) =>
          worksheets.getItem(t.sheet).getRange(t.cell).format.fill.load("color,pattern,patternColor"),
        );
        const sheetNames = [...new Set(list.map(([, t]) => t.sheet))];
        const protections = sheetNames.map((name) => worksheets.getItem(name).protection.load("protected,options"));
        await context.sync();
        list.forEach(([key, t], i) => {
          if (!highlighted.has(key)) highlighted.set(key, { sheet: t.sheet, cell: t.cell, fill: savedFill(fills[i]) });
        });
        // sheet by sheet, so a sheet that cannot be unprotected leaves the sheets before it protected again
        sheetNames.forEach((name, i) => {
          const worksheet = worksheets.getItem(name);
          withoutProtection(worksheet, protections[i], () => {
            for (const [, t] of list)
              if (t.sheet === name) worksheet.getRange(t.cell).format.fill.color = HIGHLIGHT_FILL[t.severity];
          });
        });
        await context.sync();
        return list.length;
      }),

    /** Puts back the fills highlight found (no fill where there was none). Three syncs. */
    clearHighlights: () =>
      Excel.run(async (context) => {
        const worksheets = context.workbook.worksheets;
        worksheets.load("items/name");
        await context.sync();
        const present = new Set(worksheets.items.map((w) => w.name));
        const cells = [...highlighted.values()].filter((c) => present.has(c.sheet));
        const sheetNames = [...new Set(cells.map((c) => c.sheet))];
        const protections = sheetNames.map((name) => worksheets.getItem(name).protection.load("protected,options"));
        if (sheetNames.length > 0) await context.sync();
        sheetNames.forEach((name, i) => {
          const worksheet = worksheets.getItem(name);
          withoutProtection(worksheet, protections[i], () => {
            for (const c of cells) if (c.sheet === name) restoreFill(worksheet.getRange(c.cell), c.fill);
          });
        });
        if (sheetNames.length > 0) await context.sync();
        highlighted.clear();
      }),

    async prepareForSubmission(kind: "native" | "values"): Promise<number> {
      let templates: FoundTemplate[];
      try {
        templates = (await Excel.run((context) => readTemplates(context))).templates;
      } catch (error) {
        throw new OperationError("excel", [plainError(error)]);
      }
      if (templates.length === 0) throw new OperationError("no-templates", []);
      if (kind === "native") return refreshNative(templates);
      try {
        return await toValues(templates);
      } catch (error) {
        throw error instanceof OperationError ? error : new OperationError("excel", [plainError(error)]);
      }
    },
  };
}

/**
 * Every template refreshed in place in native mode, inputs kept (insertTemplates' refresh): all sets in one
 * insertTemplates call (three syncs), each template built with its set's list capacities so its rows stay where they are.
 */
async function refreshNative(templates: readonly FoundTemplate[]): Promise<number> {
  const [plans, adapter] = await Promise.all([
    layoutPlans(templates, "native"),
    import(/* webpackChunkName: "office-adapter" */ "../excel/insertTemplates"),
  ]);
  const known = plans.filter((plan): plan is SheetPlan => plan !== undefined);
  try {
    const report = await Excel.run((context) => adapter.insertTemplates(context, () => known, { refresh: true }));
    return report.sheets.length;
  } catch (error) {
    if (error instanceof adapter.PlanError) throw new OperationError("plan", error.problems);
    throw new OperationError("excel", [plainError(error)]);
  }
}

/**
 * The formulas of the templates' computed cells → the values they show, one sync to read and one to write.
 * Only cells the template computes are converted (found through the template's plan and the row keys);
 * formulas the user typed, in input cells or beside the template, stay formulas. A sheet whose columns moved
 * is refused before anything is written.
 */
async function toValues(templates: readonly FoundTemplate[]): Promise<number> {
  const plans = await layoutPlans(templates);
  return Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    const reads = templates.map((t) => {
      const worksheet = worksheets.getItem(t.sheet);
      return {
        worksheet,
        used: worksheet.getUsedRange().load("formulas,values,rowIndex,columnIndex"),
        protection: worksheet.protection.load("protected,options"),
      };
    });
    await context.sync();
    const moved = templates.filter((t, i) => plans[i] && plans[i]?.hiddenColumns[0] !== t.metaCol).map((t) => t.sheet);
    if (moved.length > 0)
      throw new OperationError("excel", [
        `${moved.join(", ")}: columns were inserted or deleted since the template was inserted; nothing was converted`,
      ]);
    let converted = 0;
    templates.forEach((t, i) => {
      const plan = plans[i];
      if (!plan) return;
      const { worksheet, used, protection } = reads[i];
      const { formulas, values, rowIndex, columnIndex } = used;
      const rows = rowMap(t, used);
      // sheet row → the columns the template computes there
      const computed = new Map<number, number[]>();
      for (const cell of plan.cells) {
        const row = rows.get(cell.row);
        if (cell.formula === undefined || row === undefined) continue;
        computed.set(row, [...(computed.get(row) ?? []), cell.col]);
      }
      const isFormula = (r: number, c: number) => {
        const formula = formulas[r]?.[c];
        return typeof formula === "string" && formula.startsWith("=");
      };
      withoutProtection(worksheet, protection, () => {
        for (const [row, cols] of computed) {
          const r = row - rowIndex;
          // contiguous runs of formula cells in a row become one write
          const convert = cols
            .map((col) => col - columnIndex)
            .filter((c) => isFormula(r, c))
            .sort((a, b) => a - b);
          for (let start = 0; start < convert.length;) {
            let end = start;
            while (end + 1 < convert.length && convert[end + 1] === convert[end] + 1) end += 1;
            const first = convert[start];
            const count = end - start + 1;
            worksheet.getRangeByIndexes(row, columnIndex + first, 1, count).values = [
              values[r].slice(first, first + count).map(displayedConstant),
            ];
            start = end + 1;
          }
        }
      });
      converted += 1;
    });
    await context.sync();
    return converted;
  });
}
