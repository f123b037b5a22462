/**
 * A park data file into a workbook that already holds templates (docs/data-file.md "Importing into a workbook"): every
 * template of the workbook's first set takes the inputs the file gives, each written into its own input cell — found
 * again by the template's markers, wherever rows were inserted or sheets renamed, as the export finds them. A value
 * the file does not give (a section or key left out, a row or column not listed, `null` for an unknown statistic)
 * leaves the cell as it is; a value it gives replaces what was typed. The values are those the template writes when
 * generated from the file (its units, dates and drop-down words), so import and generate agree. Pure: the Office.js
 * adapter (src/excel/inputWrites.ts) and file mode apply the writes.
 */
import { findCarrier } from "../catalog";
import { parseInputKey, ROW_TEMPLATES, type InputKey } from "../templates/inputKeys";
import { findTemplate, TEMPLATES } from "../templates/specs";
import type { CellValue, SheetPlan, TemplateId } from "../templates/sheetPlan";
import { baseOptions, skeletonOptions } from "../review/readInputs";
import type { WorkbookSnapshot } from "../review/snapshot";
import { readWorkbookInputs } from "./exportParkData";
import { PARAMETER_GROUPS } from "./parkDataSections";
import { optionsFromParkData } from "./parkDataOptions";
import { sectionRows, type ParkDataFile } from "./parkData";

export interface InputWrite {
  readonly templateId: TemplateId;
  readonly sheet: string;
  /** 0-based workbook position */
  readonly row: number;
  readonly col: number;
  readonly value: CellValue;
}

export type ImportPlan =
  | {
      readonly ok: true;
      /** the cells to write, only those whose value changes */
      readonly writes: readonly InputWrite[];
      /** templates of the workbook the file gives inputs for (written or already holding them), with their sheets */
      readonly filled: readonly { readonly templateId: TemplateId; readonly sheet: string }[];
      /** templates the file gives inputs for that the workbook does not hold */
      readonly absent: readonly TemplateId[];
      /** written cells that held a typed value before */
      readonly overwritten: number;
      /** values of the file with no cell in the workbook (rows beyond a sheet's rows) */
      readonly unplaced: number;
      readonly sheetYears: readonly number[];
    }
  | { readonly ok: false; readonly reason: "no-templates" | "years"; readonly message: string };

type Row = Readonly<Record<string, CellValue>>;

const has = (record: object | undefined, key: string): boolean =>
  record !== undefined && Object.prototype.hasOwnProperty.call(record, key);

/** The rows of a list section that fill by position (the fixed rows named by id are not counted). */
const positional = (rows: readonly Row[]): readonly Row[] => rows.filter((r) => r.id === undefined);

/** Whether the file gives a value for the input a key stands for (null counts for rows and parameters: a cleared cell). */
export function fileGives(file: ParkDataFile, templateId: TemplateId, key: InputKey): boolean {
  const p = file.parameters;
  switch (key.kind) {
    case "park":
      return typeof file.park?.name === "string";
    case "data": {
      const list = (file.values as Record<string, readonly CellValue[] | undefined>)[key.item];
      // a null statistic is "not known": the cell keeps what the sheet holds; the reported totals are the items'
      const item = key.item.replace(/_reported$/, "");
      const given = list ?? (file.values as Record<string, readonly CellValue[] | undefined>)[item];
      return given?.[key.year] !== undefined && given[key.year] !== null;
    }
    case "energy": {
      const row = file.energy?.find((r) => findCarrier(r.carrier)?.id === key.carrier);
      return row?.values[key.year] !== undefined && row.values[key.year] !== null;
    }
    case "parameter": {
      if (key.group === "tce")
        return (
          has(p?.coefficients, key.id) ||
          (file.energy ?? []).some((r) => findCarrier(r.carrier)?.id === key.id && typeof r.coefficient === "number")
        );
      const group = Object.entries(PARAMETER_GROUPS).find(([, g]) => g === key.group)?.[0];
      return group !== undefined && has(p?.[group as keyof typeof PARAMETER_GROUPS], key.id);
    }
    case "confirmed":
      return (p?.confirmed ?? []).includes(key.id) || (p?.notConfirmed ?? []).includes(key.id);
    case "gridChoice":
      return p?.gridChoice !== undefined;
    case "co2":
      return (
        has(file.carbon?.[key.carrier], key.field) ||
        (key.field === "factor" &&
          (file.energy ?? []).some(
            (r) => findCarrier(r.carrier)?.id === key.carrier && typeof r.co2Factor === "number",
          ))
      );
    case "row": {
      const rows = sectionRows(file, templateId);
      if (!rows) return false;
      const row =
        "index" in key
          ? (ROW_TEMPLATES[templateId]?.rows === "position" ? positional(rows) : rows)[key.index]
          : rows.find((r) => r.id === key.id);
      return row !== undefined && has(row, key.column);
    }
  }
}

/** Whether any input of a template is given by the file (what the import reports as filled or absent). */
function givesAny(file: ParkDataFile, plan: SheetPlan): boolean {
  return plan.cells.some((c) => {
    const key = c.role === "input" && c.key !== undefined ? parseInputKey(plan.templateId, c.key) : undefined;
    return key !== undefined && fileGives(file, plan.templateId, key);
  });
}

const isEmpty = (v: CellValue | undefined) => v === null || v === undefined || v === "";
const same = (a: CellValue | undefined, b: CellValue | undefined) =>
  (isEmpty(a) && isEmpty(b)) || a === b || (typeof a === "number" && typeof b === "number" && Math.abs(a - b) < 1e-12);

/** The writes that put a validated park data file's inputs into the workbook's first template set. */
/** The templates the file fills (their specs say so), in docs/templates.md order. */
const IMPORTABLE = TEMPLATES.filter((t) => t.importable);

export function planImport(snapshot: WorkbookSnapshot, file: ParkDataFile): ImportPlan {
  const read = readWorkbookInputs(snapshot);
  if (!read.ok) return { ok: false, reason: "no-templates", message: read.message };
  const base = baseOptions(read.set);
  if (base.years.join(",") !== file.years.join(","))
    return {
      ok: false,
      reason: "years",
      message: `data file years ${file.years.join(", ")} ≠ workbook years ${base.years.join(", ")}`,
    };
  const options = { ...skeletonOptions(read.set), inputsOnly: false, ...optionsFromParkData(file) };
  const plans = new Map<TemplateId, SheetPlan>();
  const planned = new Map<string, CellValue>();
  const filled: { templateId: TemplateId; sheet: string }[] = [];
  const absent: TemplateId[] = [];
  for (const { id } of IMPORTABLE) {
    const meta = read.set.get(id)?.metadata;
    const plan = findTemplate(id)?.build({ ...options, lang: meta?.lang ?? base.lang, mode: meta?.mode ?? base.mode });
    if (!plan || !givesAny(file, plan)) continue;
    const located = read.set.get(id);
    if (located) {
      plans.set(id, plan);
      filled.push({ templateId: id, sheet: located.sheet.name });
      for (const c of plan.cells)
        if (c.role === "input" && c.key !== undefined) planned.set(`${id} ${c.key}`, c.value ?? null);
    } else absent.push(id);
  }
  const writes: InputWrite[] = [];
  const placed = new Set<string>();
  let overwritten = 0;
  for (const input of read.inputs) {
    const plan = plans.get(input.templateId);
    const key = parseInputKey(input.templateId, input.key);
    if (!plan || !key || input.row === undefined || !fileGives(file, input.templateId, key)) continue;
    placed.add(`${input.templateId} ${input.key}`);
    const value = planned.get(`${input.templateId} ${input.key}`) ?? null;
    if (same(value, input.value)) continue;
    // typed: a value other than the template's own (a default the template fills is not the user's)
    if (!isEmpty(input.value) && !same(input.value, input.planCell.value)) overwritten++;
    const sheet = read.set.get(input.templateId)?.sheet.name ?? "";
    writes.push({ templateId: input.templateId, sheet, row: input.row, col: input.col, value });
  }
  let unplaced = 0;
  for (const [id, plan] of plans)
    for (const c of plan.cells) {
      const key = c.role === "input" && c.key !== undefined ? parseInputKey(id, c.key) : undefined;
      if (key && !placed.has(`${id} ${c.key}`) && fileGives(file, id, key) && !isEmpty(c.value)) unplaced++;
    }
  return { ok: true, writes, filled, absent, overwritten, unplaced, sheetYears: base.years };
}
