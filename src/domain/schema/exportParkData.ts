/**
 * A filled workbook's inputs as a park data file (docs/data-file.md "Export"): `green-audit export` and the
 * pane's export read every keyed input cell of the workbook's templates (review/readInputs, the same reading
 * the review recomputes from) and write them in the file's sections, so template → export → template gives a
 * workbook with the same inputs. Parameters are written only where they differ from the catalog; the file is
 * checked like any other, and what it would refuse is reported beside it.
 */
import { locateTemplates } from "../review/locate";
import { layoutPlan, readInputs, skeletonOptions, type InputCell, type TemplateSet } from "../review/readInputs";
import type { WorkbookSnapshot } from "../review/snapshot";
import { findCarrier } from "../catalog";
import { SELECTION_ANSWERS } from "../templates/labels";
import { reportingUnit } from "../templates/specs/data";
import { parseInputKey, ROW_TEMPLATES } from "../templates/inputKeys";
import type { CellValue, SheetPlan, TemplateId } from "../templates/sheetPlan";
import { PARK_DATA_VERSION, readParkData, type ParkDataProblem } from "./parkData";
import { PARAMETER_GROUPS } from "./parkDataSections";
import { PREVIOUS_METADATA_VERSION, previousLayoutPlan } from "../templates/previousLayout";

export type ExportResult =
  | {
      readonly ok: true;
      /** the park data file, ready for JSON.stringify */
      readonly file: Record<string, unknown>;
      /** what the file holds that a park data file refuses (a value typed against the sheet's rule) */
      readonly problems: readonly ParkDataProblem[];
      /** the name suffix of the template set exported, when the workbook holds several */
      readonly otherSets: number;
    }
  | { readonly ok: false; readonly message: string };

const YES: readonly string[] = [SELECTION_ANSWERS.yes.zh, SELECTION_ANSWERS.yes.en];
const NO: readonly string[] = [SELECTION_ANSWERS.no.zh, SELECTION_ANSWERS.no.en];
const REPORTED_ITEMS: Readonly<Record<string, string>> = { energy_total_reported: "energy_total", co2_reported: "co2" };
const isEmpty = (v: CellValue | undefined) => v === null || v === undefined || (typeof v === "string" && v === "");
/** A cell value as the file holds it: a number or a text (TRUE/FALSE typed in a text column stays a word). */
const fileValue = (v: CellValue): number | string | null => (typeof v === "boolean" ? String(v).toUpperCase() : v);

/** The file of one template set's inputs. */
export function parkDataFromInputs(set: TemplateSet, inputs: readonly InputCell[]): Record<string, unknown> {
  const first = set.get("params") ?? [...set.values()][0];
  const file: Record<string, unknown> = { version: PARK_DATA_VERSION };
  const values: Record<string, (number | string | null)[]> = {};
  const energy = new Map<string, (number | null)[]>();
  const parameters: Record<string, Record<string, unknown> | string[] | string | null> = {};
  const carbon: Record<string, Record<string, number | string | null>> = {};
  const sections = new Map<TemplateId, Map<string, Record<string, number | string | null>>>();
  const rowOrder = new Map<TemplateId, number>();

  for (const input of inputs) {
    const parsed = parseInputKey(input.templateId, input.key);
    const v = input.value;
    if (!parsed) continue;
    switch (parsed.kind) {
      case "park":
        if (typeof v === "string" && v.trim() !== "") file.park = { name: v };
        break;
      case "data": {
        // the rows typed where the figure used is computed (energy_total, co2) hold the file's item
        const item = REPORTED_ITEMS[parsed.item] ?? parsed.item;
        (values[item] ??= [null, null, null, null])[parsed.year] = isEmpty(v) ? null : fileValue(v);
        break;
      }
      case "energy": {
        const list =
          energy.get(parsed.carrier) ?? energy.set(parsed.carrier, [null, null, null, null]).get(parsed.carrier);
        if (list) list[parsed.year] = typeof v === "number" ? v : null;
        break;
      }
      case "confirmed": {
        const mark = typeof v === "string" ? v.trim().toLowerCase() : "";
        const list = YES.includes(mark) ? "confirmed" : NO.includes(mark) ? "notConfirmed" : undefined;
        if (list) ((parameters[list] ??= []) as string[]).push(parsed.id);
        break;
      }
      case "gridChoice":
        // written where the workbook differs from the template's own choice (the national average)
        if (!sameValue(v, input.planCell.value)) parameters.gridChoice = isEmpty(v) ? null : String(fileValue(v));
        break;
      case "co2": {
        // the carbon inventory's typed CO₂ data, where it differs from the catalog's the template shows
        if (sameValue(v, input.planCell.value)) break;
        const fields = (carbon[parsed.carrier] ??= {});
        fields[parsed.field] = typeof v === "number" ? v : isEmpty(v) ? null : fileValue(v);
        break;
      }
      case "parameter": {
        const group = Object.entries(PARAMETER_GROUPS).find(([, g]) => g === parsed.group)?.[0];
        // written where the workbook differs from the template's own value (the catalog's)
        if (group === undefined || sameValue(v, input.planCell.value)) break;
        if (group === "selected" && isEmpty(v)) break;
        parameters[group] ??= {} as Record<string, unknown>;
        (parameters[group] as Record<string, unknown>)[parsed.id] = isEmpty(v) ? null : fileValue(v);
        break;
      }
      case "row": {
        const rows = sections.get(input.templateId) ?? sections.set(input.templateId, new Map()).get(input.templateId);
        if (!rows) break;
        // a fixed row above a list (the targets table's four) is written where it differs from the template's own
        if (
          "id" in parsed &&
          ROW_TEMPLATES[input.templateId]?.rows === "position" &&
          sameValue(v, input.planCell.value)
        )
          break;
        const rowKey = "index" in parsed ? String(parsed.index) : parsed.id;
        const row = rows.get(rowKey) ?? rows.set(rowKey, "index" in parsed ? {} : { id: parsed.id }).get(rowKey);
        if (!row) break;
        if (!isEmpty(v)) row[parsed.column] = fileValue(v);
        // a value the template fills by default and the workbook has cleared stays cleared
        else if ("id" in parsed && !isEmpty(input.planCell.value)) row[parsed.column] = null;
        if ("index" in parsed && !isEmpty(v))
          rowOrder.set(input.templateId, Math.max(rowOrder.get(input.templateId) ?? -1, parsed.index));
        break;
      }
    }
  }

  if (first) file.years = first.metadata.years;
  if (set.has("data")) {
    file.values = Object.fromEntries(Object.entries(values).filter(([, list]) => list.some((x) => x !== null)));
    const rows = [...energy]
      .filter(([, list]) => list.some((x) => x !== null))
      .map(([carrier, list]) => {
        // the data sheet's energy rows are in their reporting unit (templates/specs/data.ts)
        const def = findCarrier(carrier);
        return { carrier, ...(def ? { unit: reportingUnit(def) } : {}), values: list };
      });
    if (rows.length > 0) file.energy = rows;
  } else file.values = {};
  if (Object.keys(parameters).length > 0) file.parameters = parameters;
  if (Object.keys(carbon).length > 0) file.carbon = carbon;
  for (const id of Object.keys(ROW_TEMPLATES) as TemplateId[]) {
    const rows = sections.get(id);
    if (!rows) continue;
    // rows by id (and the fixed rows above a list) where any of their inputs holds a value
    const byId = [...rows.values()].filter((r) => "id" in r && Object.keys(r).length > 1);
    if (ROW_TEMPLATES[id]?.rows === "id") {
      file[id] = byId;
    } else {
      // rows by position keep their places up to the last filled one: an empty row between stays empty
      const last = rowOrder.get(id) ?? -1;
      file[id] = [...byId, ...Array.from({ length: last + 1 }, (_, i) => rows.get(String(i)) ?? {})];
    }
  }
  return file;
}

function sameValue(a: CellValue, b: CellValue | undefined): boolean {
  if (isEmpty(a) && isEmpty(b)) return true;
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));
  return a === b;
}

export type WorkbookInputs =
  | {
      readonly ok: true;
      readonly set: TemplateSet;
      readonly inputs: readonly InputCell[];
      /** the templates read through the previous version's layout (docs/data-file.md "Upgrading a workbook") */
      readonly previous: readonly TemplateId[];
      readonly otherSets: number;
    }
  | { readonly ok: false; readonly message: string };

/**
 * Every keyed input of a workbook's first template set ("" suffix, when there are several): a sheet made by the
 * previous version is read where that version put its inputs.
 */
export function readWorkbookInputs(snapshot: WorkbookSnapshot): WorkbookInputs {
  const located = locateTemplates(snapshot);
  if (located.sets.size === 0)
    return {
      ok: false,
      message: located.isGreenAudit
        ? "the templates' markers cannot be read, so the inputs cannot be found"
        : "no GreenAudit template found: the workbook was not made with GreenAudit or its markers were deleted",
    };
  const set = located.sets.get("") ?? [...located.sets.values()][0];
  if (set === undefined) throw new Error("a located template set disappeared"); // sets.size > 0 above
  const skeletonOpts = skeletonOptions(set);
  const skeletons = new Map<TemplateId, SheetPlan>();
  const previous: TemplateId[] = [];
  for (const [id, t] of set) {
    const plan = layoutPlan(id, skeletonOpts, t.metadata.lang, t.metadata.mode);
    if (!plan) continue;
    const old = t.metadata.version <= PREVIOUS_METADATA_VERSION;
    if (old) previous.push(id);
    skeletons.set(id, old ? previousLayoutPlan(id, plan, t.metadata.capacity) : plan);
  }
  const { inputs } = readInputs(set, skeletons);
  return { ok: true, set, inputs, previous, otherSets: located.sets.size - 1 };
}

/** Reads the inputs of a workbook's templates into a park data file (the first set when there are several). */
export function exportParkData(snapshot: WorkbookSnapshot): ExportResult {
  const read = readWorkbookInputs(snapshot);
  if (!read.ok) return read;
  const file = parkDataFromInputs(read.set, read.inputs);
  const checked = readParkData(file);
  return { ok: true, file, problems: checked.ok ? [] : checked.problems, otherSets: read.otherSets };
}
